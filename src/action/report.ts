/**
 * What the Action makes of a run's findings, taken a file at a time in path order: the SARIF file,
 * the report in the step's log, the annotations, the counts for its outputs and the job summary.
 * A run of any size reaches it file by file (lintByFile), so memory holds one file's findings,
 * two spooled reports (memory up to a few MiB, then temporary files) and counts per rule and file,
 * never the whole result: the findings of 40,000 DaemonSets took 1.3 GB as one array.
 */
import * as core from '@actions/core';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { EOL } from 'node:os';
import path from 'node:path';
import { headPieces } from '../report/file-writer.js';
import { addCounts, isSuppressed } from '../report/json.js';
import { neutralizeCommands, neutralizeLegacyCommands, visibleText, visibleTextKeepingLines } from '../report/safe-text.js';
import { sarifWriter } from '../report/sarif.js';
import { stylishWriter } from '../report/stylish.js';
import { Spool } from '../run/spool.js';
import { STDIN_PATH } from '../inputs/load.js';
import type { Counts } from '../report/json.js';
import type { Finding, FileWriter, ReportRun, RuleInfo, Severity } from '../types/finding.js';
import type { Changes } from './changed.js';

/** GitHub shows at most this many annotations of one level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** ... and at most this many per job, all steps together (said in the summary, not enforced: one step stays below it). */
const ANNOTATIONS_PER_JOB = 50;
/** Rows of the by-file table; a job summary is limited to 1 MiB. */
const MAX_FILE_ROWS = 100;
/** Memory of the spool of one level's log lines for findings past GitHub's limit. */
const LINES_MEMORY = 1 << 20;

export type FailOn = 'error' | 'warning' | 'never';

interface Annotated {
  /** With the pull request's changes known: findings on changed lines, and in changed files elsewhere. */
  changed?: { lines: number; files: number };
  errors: { shown: number; total: number };
  warnings: { shown: number; total: number };
}

export interface SummaryContext {
  failOn: FailOn;
  failed: boolean;
  sarifFile: string;
  ruleFailures: number;
}

export class ActionReport {
  readonly counts: Counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  private readonly sarif: FileWriter;
  private readonly sarifBody = new Spool();
  private readonly log: FileWriter;
  private readonly logBody = new Spool();
  private readonly byRule = new Map<string, Tally>();
  private readonly byFile = new Map<string, Tally>();
  private readonly levels: Record<Severity, Unannotated> | undefined;
  /** Open findings on lines the pull request changes (rank 0) and elsewhere in its files (rank 1). */
  private readonly changed = { lines: 0, files: 0 };
  private findings = 0;

  constructor(
    readonly run: ReportRun,
    annotations: boolean,
    private readonly changes: Changes | undefined,
  ) {
    this.sarif = sarifWriter(run, { color: false });
    this.log = stylishWriter(run, { color: false });
    this.levels = annotations ? { error: new Unannotated('error'), warning: new Unannotated('warning'), info: new Unannotated('info') } : undefined;
  }

  /** One file's findings, in report order; files come in path order, each once. */
  add(file: string, findings: readonly Finding[]): void {
    this.sarif.file(file, findings, [], (text) => this.sarifBody.write(text));
    this.log.file(file, findings, [], (text) => this.logBody.write(text));
    addCounts(this.counts, findings);
    this.findings += findings.length;
    for (const f of findings) {
      tally(this.byRule, f.ruleId, f);
      tally(this.byFile, f.file, f);
      if (this.levels === undefined || isSuppressed(f)) continue;
      const rank = this.rank(f);
      if (rank === 0) this.changed.lines++;
      else if (rank === 1) this.changed.files++;
      // A plugin's finding may carry a severity of its own making: reported, never annotated.
      if (Object.hasOwn(this.levels, f.severity)) this.levels[f.severity].add(f, rank);
    }
  }

  /** The SARIF log: head, the files' results, tail. */
  writeSarif(file: string): void {
    const { head, tail } = this.sarif.ends();
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(file, 'w');
    try {
      const put = (bytes: Uint8Array): void => {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      };
      for (const piece of headPieces(head)) put(Buffer.from(piece));
      this.sarifBody.drain(() => undefined, put);
      put(Buffer.from(tail));
    } finally {
      closeSync(fd);
    }
  }

  /** The stylish report, as `core.info(report.trimEnd())` would print it: the text of tens of thousands of DaemonSets is more than a string holds. */
  printLog(): void {
    const { head, tail } = this.log.ends();
    let pending = '';
    const out = (piece: string): void => {
      pending += piece;
      const shown = pending.trimEnd();
      if (shown === '') return;
      process.stdout.write(shown);
      pending = pending.slice(shown.length);
    };
    for (const piece of headPieces(head)) out(piece);
    this.logBody.drain(out);
    out(tail);
    process.stdout.write(EOL);
  }

  /**
   * One annotation per open finding, errors first, up to what GitHub shows; the rest go to the
   * log as plain lines, so nothing is lost, and the summary says how many were left out. In a
   * pull request, findings on the lines it changes come first, then those in the files it
   * changes, then the rest: the annotations land where the author is looking.
   */
  annotate(): Annotated | undefined {
    if (this.levels === undefined) return undefined;
    const errors = this.levels.error.emit();
    const warnings = this.levels.warning.emit();
    this.levels.info.emit();
    return { ...(this.changes === undefined ? {} : { changed: { ...this.changed } }), errors, warnings };
  }

  /** The job summary: counts, then findings by rule (linked to each rule's page) and by file. */
  summary(annotated: Annotated | undefined, context: SummaryContext): string {
    const { counts, run } = this;
    const lines: string[] = ['## daemonlint', ''];
    const verdict = context.failed ? '❌ failed' : '✅ passed';
    lines.push(
      `${verdict} (fail-on: ${context.failOn}): **${counts.errors} ${plural(counts.errors, 'error')}**, ` +
        `**${counts.warnings} ${plural(counts.warnings, 'warning')}**, ${counts.suppressed} suppressed, ` +
        `in ${run.files.length} ${plural(run.files.length, 'file')} with ${run.daemonSets} ${plural(run.daemonSets, 'DaemonSet')}.`,
      '',
    );
    const skipped = run.skippedTemplates ?? [];
    if (skipped.length > 0) {
      const shown = skipped.slice(0, 3).map((dir) => `\`${escapeCode(dir)}\``).join(', ') + (skipped.length > 3 ? `, and ${skipped.length - 3} more` : '');
      lines.push(
        `**Not linted:** ${skipped.length} Helm chart ${plural(skipped.length, 'templates directory', 'templates directories')} (${shown}), which ${skipped.length === 1 ? 'holds' : 'hold'} Go templates, not manifests. ` +
          'Render the chart in an earlier step (`helm template <release> <chart> > rendered.yaml`) and add the output to `paths`.',
        '',
      );
    }
    if (context.ruleFailures > 0) {
      lines.push(`**${context.ruleFailures} ${plural(context.ruleFailures, 'rule failure')}:** a rule failed (see the log), so the results may be incomplete and the step fails.`, '');
    }
    const a = annotated;
    if (a?.changed) {
      lines.push(`Annotated first: ${a.changed.lines} ${plural(a.changed.lines, 'finding')} on lines this pull request changes, then ${a.changed.files} elsewhere in the files it changes, then the rest.`, '');
    }
    if (a && (a.errors.shown < a.errors.total || a.warnings.shown < a.warnings.total)) {
      const left = a.errors.total - a.errors.shown + (a.warnings.total - a.warnings.shown);
      lines.push(
        `**Note:** ${left} ${plural(left, 'finding')} not annotated. Annotated ${a.errors.shown} of ${a.errors.total} ${plural(a.errors.total, 'error')} and ${a.warnings.shown} of ${a.warnings.total} ${plural(a.warnings.total, 'warning')}, most severe first: ` +
          `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error and ${ANNOTATIONS_PER_LEVEL} warning annotations per step and ${ANNOTATIONS_PER_JOB} per job. ` +
          `Every finding is counted in the tables below and listed in the step's log and in ${escapeMarkdown(context.sarifFile)}.`,
        '',
      );
    }
    if (this.findings === 0) return `${lines.join('\n')}\n`;

    const rules = new Map<string, RuleInfo>(run.rules.map((r) => [r.id, r]));
    lines.push('### Findings by rule', '', '| rule | errors | warnings | suppressed |', '|---|---:|---:|---:|');
    for (const [id, t] of mostFirst(this.byRule)) {
      const info = rules.get(id);
      const name = info ? `[${escapeMarkdown(id)}](${info.helpUri})` : escapeMarkdown(id);
      lines.push(`| ${name} | ${t.errors} | ${t.warnings} | ${t.suppressed} |`);
    }
    lines.push('');

    const byFile = mostFirst(this.byFile);
    lines.push('### Findings by file', '', '| file | errors | warnings | suppressed |', '|---|---:|---:|---:|');
    for (const [file, t] of byFile.slice(0, MAX_FILE_ROWS)) lines.push(`| ${escapeMarkdown(file)} | ${t.errors} | ${t.warnings} | ${t.suppressed} |`);
    if (byFile.length > MAX_FILE_ROWS) lines.push(`| … and ${byFile.length - MAX_FILE_ROWS} more files | | | |`);
    return `${lines.join('\n')}\n`;
  }

  close(): void {
    this.sarifBody.close();
    this.logBody.close();
    if (this.levels) for (const level of Object.values(this.levels)) level.close();
  }

  /** 0: on a line the pull request changes; 1: elsewhere in a file it changes; 2: anywhere else, or no pull request. */
  private rank(f: Finding): number {
    const lines = this.changes?.get(f.file);
    if (lines === undefined) return 2;
    for (let line = f.range.start.line; line <= Math.max(f.range.start.line, f.range.end.line); line++) if (lines.has(line)) return 0;
    return 1;
  }
}

/**
 * One severity's open findings in annotation order (by rank, then as reported): the first
 * ANNOTATIONS_PER_LEVEL are annotated, the others printed as log lines. Only the first
 * ANNOTATIONS_PER_LEVEL of each rank can be annotated, so only those are kept as findings; the
 * others' lines go to a spool per rank.
 */
class Unannotated {
  private readonly first: Finding[][] = [[], [], []];
  private readonly rest: (Spool | undefined)[] = [undefined, undefined, undefined];
  private total = 0;

  constructor(private readonly severity: Severity) {}

  add(f: Finding, rank: number): void {
    this.total++;
    if (this.first[rank].length < ANNOTATIONS_PER_LEVEL) this.first[rank].push(f);
    else (this.rest[rank] ??= new Spool(LINES_MEMORY)).write(this.line(f));
  }

  emit(): { shown: number; total: number } {
    let shown = 0;
    for (let rank = 0; rank < 3; rank++) {
      for (const f of this.first[rank]) {
        if (shown < ANNOTATIONS_PER_LEVEL) {
          annotation(f, this.severity);
          shown++;
        } else {
          process.stdout.write(this.line(f));
        }
      }
      this.rest[rank]?.drain((text) => {
        if (text !== '') process.stdout.write(text);
      });
    }
    return { shown, total: this.total };
  }

  close(): void {
    for (const spool of this.rest) spool?.close();
  }

  /** As `core.info` prints it. */
  private line(f: Finding): string {
    return `${logText(`${f.file}:${f.range.start.line}:${f.range.start.column}: ${this.severity}: ${f.message} (${f.ruleId}) [not annotated: GitHub's limit]`)}${EOL}`;
  }
}

function annotation(f: Finding, severity: Severity): void {
  const properties: core.AnnotationProperties = {
    title: visibleText(`daemonlint ${f.ruleId}`),
    startLine: f.range.start.line,
    startColumn: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
  };
  // `##[` in a property is a command too, whatever core escapes: such a file name loses its annotation's place.
  if (f.file !== STDIN_PATH) properties.file = neutralizeLegacyCommands(visibleText(f.file));
  // GitHub takes columns only for an annotation that starts and ends on one line.
  if (f.range.start.line !== f.range.end.line) {
    delete properties.startColumn;
    delete properties.endColumn;
  }
  // The headline first, the help (why, how to fix) under it, as the annotation shows them.
  const text = f.help === undefined || f.help === '' ? f.message : `${f.message}\n\n${f.help}`;
  (severity === 'error' ? core.error : severity === 'warning' ? core.warning : core.notice)(annotationText(text), properties);
}

interface Tally {
  errors: number;
  warnings: number;
  suppressed: number;
}

function tally(out: Map<string, Tally>, key: string, f: Finding): void {
  let t = out.get(key);
  if (!t) out.set(key, (t = { errors: 0, warnings: 0, suppressed: 0 }));
  if (isSuppressed(f)) t.suppressed++;
  else if (f.severity === 'error') t.errors++;
  else t.warnings++;
}

function mostFirst(tallies: Map<string, Tally>): [string, Tally][] {
  return [...tallies].sort((x, y) => y[1].errors - x[1].errors || y[1].warnings - x[1].warnings || (x[0] < y[0] ? -1 : 1));
}

/** Text in a Markdown table cell: no pipes, no HTML, no line breaks, nothing hidden. */
function escapeMarkdown(text: string): string {
  return visibleText(text.replace(/[\r\n]+/g, ' ')).replace(/[\\|`*_[\]<>&!()]/g, (c) => `\\${c}`);
}

/**
 * Every line the Action prints goes through the runner, which executes workflow commands in it
 * (see report/safe-text.ts): text from manifests, file names and configs is made visible and
 * defused first. `core` escapes line breaks and `%` in annotation messages itself.
 */
export function logText(text: string): string {
  return neutralizeCommands(visibleText(text));
}

export function annotationText(text: string): string {
  return neutralizeLegacyCommands(visibleTextKeepingLines(text));
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return n === 1 ? word : words;
}

/** Text in Markdown code: no backticks or line breaks, nothing hidden. */
function escapeCode(text: string): string {
  return visibleText(text.replace(/[\r\n]+/g, ' ')).replace(/`/g, "'");
}
