/**
 * The GitHub Action (action.yml, bundled to dist/action.js): lints the checked-out repository,
 * writes a SARIF file for code scanning, annotates the most severe findings, writes a job
 * summary, sets outputs, and fails the step according to `fail-on`.
 *
 * It calls the engine directly, not the CLI, and loads no code from the repository unless the
 * workflow allows it (see guardRepositoryCode).
 */
import { coverageMarkdown } from '../report/coverage.js';
import { InventoryError } from '../inventory/problems.js';
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ConfigError, findConfigFile, normalizeKubeVersion, readConfigText } from '../config/config.js';
import { lint, type LintRun } from '../run/lint.js';
import { allowV8Tuning } from '../run/speed/index.js';
import { displayPath, InputError, STDIN_PATH } from '../inputs/load.js';
import { PluginError } from '../config/plugins.js';
import type { Finding, LintResult, RuleInfo, Severity } from '../types/finding.js';
import { countFindings, isSuppressed } from '../report/json.js';
import { formatPieces } from '../report/file-writer.js';
import { sarifWriter } from '../report/sarif.js';
import { stylishWriter } from '../report/stylish.js';
import { pullRequestChanges, type Changes } from './changed.js';
import { neutralizeCommands, neutralizeLegacyCommands, visibleText, visibleTextKeepingLines } from '../report/safe-text.js';

/** GitHub shows at most this many annotations of one level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** ... and at most this many per job, all steps together (said in the summary, not enforced: one step stays below it). */
const ANNOTATIONS_PER_JOB = 50;
/** Rows of the by-file table; a job summary is limited to 1 MiB. */
const MAX_FILE_ROWS = 100;

/** Config keys that would make daemonlint run code from the repository (plugins are JavaScript modules). */
const CODE_LOADING_KEYS = ['plugins'] as const;

const FAIL_ON = ['error', 'warning', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface Inputs {
  paths: string[];
  config?: string;
  kubeVersion?: string;
  failOn: FailOn;
  sarifFile: string;
  annotations: boolean;
  workingDirectory: string;
  allowRepositoryCode: boolean;
  /** Node inventory files (relative to working-directory); empty: the config's `nodes:`. */
  nodes: string[];
}

/** A bad input value: the step fails with this message. */
class ActionInputError extends Error {}

// The runner fills in action.yml's defaults, but the Action can also be started by hand (and is, by
// its tests), so every default is applied here too and must match action.yml.
function readInputs(): Inputs {
  const paths = core
    .getInput('paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paths.includes('-')) throw new ActionInputError('paths: "-" (standard input) is not available in the Action; list files, directories or globs');
  const failOn = core.getInput('fail-on') || 'error';
  if (!FAIL_ON.includes(failOn as FailOn)) throw new ActionInputError(`fail-on: "${failOn}" is not one of ${FAIL_ON.join(', ')}`);
  const kubeVersion = core.getInput('kube-version');
  const config = core.getInput('config');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: config === '' ? undefined : config,
    kubeVersion: kubeVersion === '' ? undefined : normalizeKubeVersion(kubeVersion),
    failOn: failOn as FailOn,
    sarifFile: core.getInput('sarif-file') || 'daemonlint.sarif',
    annotations: booleanInput('annotations', true),
    workingDirectory: core.getInput('working-directory') || '.',
    allowRepositoryCode: booleanInput('allow-repository-code', false),
    nodes: core
      .getInput('nodes')
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  };
}

/** A YAML 1.2 core-schema boolean, as workflow files write them; empty means the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionInputError(`${name}: "${value}" is not a boolean; use true or false`);
}

/**
 * A pull request from a fork runs the workflow on the fork's code. Linting that code is what the
 * Action is for; running it is not: a config that would load JavaScript from the repository
 * (plugins) stops the step unless the workflow sets `allow-repository-code: true`.
 */
function guardRepositoryCode(configFile: string | undefined, workspace: string, allowed: boolean): void {
  if (allowed || configFile === undefined) return;
  let raw: unknown;
  try {
    // Read as lint() reads it: a regular file of bounded size (a fork's config may be a link to /dev/zero).
    raw = load(readConfigText(configFile), { schema: CORE_SCHEMA });
  } catch {
    // Unreadable or invalid YAML: lint() reports it as a configuration error before loading anything.
    return;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
  const keys = CODE_LOADING_KEYS.filter((key) => loadsSomething((raw as Record<string, unknown>)[key]));
  if (keys.length === 0) return;
  throw new ActionInputError(
    `${displayPath(configFile, workspace)}: ${keys.join(', ')}: this configuration loads code from the repository, ` +
      'which the Action does not run unless the workflow sets `allow-repository-code: true`. ' +
      'Set it only in workflows that never run on code from untrusted pull requests (a pull request from a fork checks out the fork\'s code).',
  );
}

/** A setting that names anything to load (an empty list or null loads nothing). */
function loadsSomething(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

/**
 * `core.info(text.trimEnd())` of the pieces' text, written as they come: the report of tens of
 * thousands of DaemonSets is more text than one string holds in V8 (~512 MB).
 */
function logPieces(pieces: Iterable<string>): void {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    const shown = pending.trimEnd();
    if (shown === '') continue;
    process.stdout.write(shown);
    pending = pending.slice(shown.length);
  }
  process.stdout.write(EOL);
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new ActionInputError(`working-directory: "${inputs.workingDirectory}" is not a directory in ${workspace}`);
  }
  const configFile = inputs.config !== undefined ? path.resolve(cwd, inputs.config) : findConfigFile(cwd);
  guardRepositoryCode(configFile, workspace, inputs.allowRepositoryCode);

  const workerUrl = new URL('./worker.js', import.meta.url);
  const result = await lint({
    patterns: inputs.paths,
    cwd,
    configFile: configFile ?? false,
    kubeVersion: inputs.kubeVersion,
    ...(inputs.nodes.length > 0 ? { nodes: inputs.nodes } : {}),
    workerUrl: existsSync(fileURLToPath(workerUrl)) ? workerUrl : undefined,
  });
  // Annotations and code scanning place findings by their path in the repository, whatever the working directory.
  const view = relativeToWorkspace(result, workspace);

  const sarifFile = path.resolve(cwd, inputs.sarifFile);
  await mkdir(path.dirname(sarifFile), { recursive: true });
  // In pieces, as the CLI writes a report: the SARIF log of 40,000 DaemonSets with every rule is 684 MB.
  await writeFile(sarifFile, formatPieces(sarifWriter, view, { color: false }));

  core.startGroup(`daemonlint: ${view.files.length} ${plural(view.files.length, 'file')}, ${view.daemonSets} ${plural(view.daemonSets, 'DaemonSet')}`);
  logPieces(formatPieces(stylishWriter, view, { color: false }));
  core.endGroup();

  // A rule that threw leaves the results incomplete: said first, and it fails the step whatever fail-on says.
  for (const f of result.ruleFailures) core.error(annotationText(`rule ${f.ruleId} failed on ${f.where}: ${f.message}`), { title: visibleText(`daemonlint ${f.ruleId}`) });
  const counts = countFindings(view.findings);
  const changes = inputs.annotations ? pullRequestChanges(process.env, workspace) : undefined;
  const annotated = inputs.annotations ? annotate(view.findings, changes) : undefined;

  core.setOutput('sarif-file', sarifFile);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);

  const failure =
    result.ruleFailures.length > 0
      ? `${result.ruleFailures.length} ${plural(result.ruleFailures.length, 'rule failure')}: the results are incomplete`
      : failureMessage(inputs.failOn, counts);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const summary = summaryMarkdown(view, { annotated, failOn: inputs.failOn, failed: failure !== undefined, sarifFile: displayPath(sarifFile, workspace), ruleFailures: result.ruleFailures.length });
    // With a node inventory, where each DaemonSet runs follows the findings.
    await core.summary.addRaw(result.coverage ? `${summary}\n${coverageMarkdown(result.coverage)}` : summary).write();
  }
  if (failure !== undefined) fail(failure);
}

function failureMessage(failOn: FailOn, counts: { errors: number; warnings: number }): string | undefined {
  const problems = `${counts.errors} ${plural(counts.errors, 'error')} and ${counts.warnings} ${plural(counts.warnings, 'warning')}`;
  if (failOn === 'error' && counts.errors > 0) return `daemonlint found ${problems} (fail-on: error)`;
  if (failOn === 'warning' && counts.errors + counts.warnings > 0) return `daemonlint found ${problems} (fail-on: warning)`;
  return undefined;
}

/** The result with every file named by its path from the repository root (POSIX separators). */
function relativeToWorkspace(result: LintRun, workspace: string): LintResult {
  const rebase = (file: string): string => {
    if (file === STDIN_PATH) return file;
    const absolute = path.resolve(result.cwd, file);
    const relative = path.relative(workspace, absolute);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return absolute;
    return relative.split(path.sep).join('/');
  };
  return {
    findings: result.findings.map((f) => ({ ...f, file: rebase(f.file) })),
    files: result.files.map(rebase),
    daemonSets: result.daemonSets,
    rules: result.rules,
    cwd: workspace,
    toolVersion: result.toolVersion,
  };
}

interface Annotated {
  /** With the pull request's changes known: findings on changed lines, and in changed files elsewhere. */
  changed?: { lines: number; files: number };
  errors: { shown: number; total: number };
  warnings: { shown: number; total: number };
  notices: { shown: number; total: number };
}

/**
 * One annotation per unsuppressed finding, errors first, up to what GitHub shows; the rest go to
 * the log as plain lines, so nothing is lost, and the summary says how many were left out. In a
 * pull request, findings on the lines it changes come first, then those in the files it changes,
 * then the rest: the annotations land where the author is looking.
 */
function annotate(findings: readonly Finding[], changes?: Changes): Annotated {
  const rank = (f: Finding): number => {
    const lines = changes?.get(f.file);
    if (lines === undefined) return 2;
    for (let line = f.range.start.line; line <= Math.max(f.range.start.line, f.range.end.line); line++) if (lines.has(line)) return 0;
    return 1;
  };
  const ranked = changes === undefined ? findings : findings.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.f);
  const bySeverity = (severity: Severity): Finding[] => ranked.filter((f) => !isSuppressed(f) && f.severity === severity);
  const errors = bySeverity('error');
  const warnings = bySeverity('warning');
  const shownErrors = emit(errors, 'error');
  const shownWarnings = emit(warnings, 'warning');
  const notices = bySeverity('info');
  const shownNotices = emit(notices, 'info');
  const open = findings.filter((f) => !isSuppressed(f));
  return {
    ...(changes === undefined ? {} : { changed: { lines: open.filter((f) => rank(f) === 0).length, files: open.filter((f) => rank(f) === 1).length } }),
    errors: { shown: shownErrors, total: errors.length },
    warnings: { shown: shownWarnings, total: warnings.length },
    notices: { shown: shownNotices, total: notices.length },
  };
}

function emit(findings: readonly Finding[], severity: Severity): number {
  const limit = ANNOTATIONS_PER_LEVEL;
  findings.forEach((f, i) => {
    if (i < limit) {
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
    } else {
      logLine(`${f.file}:${f.range.start.line}:${f.range.start.column}: ${severity}: ${f.message} (${f.ruleId}) [not annotated: GitHub's limit]`);
    }
  });
  return Math.min(limit, findings.length);
}

interface SummaryContext {
  annotated?: Annotated;
  failOn: FailOn;
  failed: boolean;
  sarifFile: string;
  ruleFailures: number;
}

/** The job summary: counts, then findings by rule (linked to each rule's page) and by file. */
function summaryMarkdown(result: LintResult, context: SummaryContext): string {
  const counts = countFindings(result.findings);
  const lines: string[] = ['## daemonlint', ''];
  const verdict = context.failed ? '❌ failed' : '✅ passed';
  lines.push(
    `${verdict} (fail-on: ${context.failOn}): **${counts.errors} ${plural(counts.errors, 'error')}**, ` +
      `**${counts.warnings} ${plural(counts.warnings, 'warning')}**, ${counts.suppressed} suppressed, ` +
      `in ${result.files.length} ${plural(result.files.length, 'file')} with ${result.daemonSets} ${plural(result.daemonSets, 'DaemonSet')}.`,
    '',
  );
  if (context.ruleFailures > 0) {
    lines.push(`**${context.ruleFailures} ${plural(context.ruleFailures, 'rule failure')}:** a rule threw (see the log), so the results are incomplete and the step fails.`, '');
  }
  const a = context.annotated;
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
  if (result.findings.length === 0) return `${lines.join('\n')}\n`;

  const rules = new Map<string, RuleInfo>(result.rules.map((r) => [r.id, r]));
  const byRule = tally(result.findings, (f) => f.ruleId);
  lines.push('### Findings by rule', '', '| rule | errors | warnings | suppressed |', '|---|---:|---:|---:|');
  for (const [id, t] of [...byRule].sort((x, y) => y[1].errors - x[1].errors || y[1].warnings - x[1].warnings || (x[0] < y[0] ? -1 : 1))) {
    const info = rules.get(id);
    const name = info ? `[${escapeMarkdown(id)}](${info.helpUri})` : escapeMarkdown(id);
    lines.push(`| ${name} | ${t.errors} | ${t.warnings} | ${t.suppressed} |`);
  }
  lines.push('');

  const byFile = [...tally(result.findings, (f) => f.file)].sort((x, y) => y[1].errors - x[1].errors || y[1].warnings - x[1].warnings || (x[0] < y[0] ? -1 : 1));
  lines.push('### Findings by file', '', '| file | errors | warnings | suppressed |', '|---|---:|---:|---:|');
  for (const [file, t] of byFile.slice(0, MAX_FILE_ROWS)) lines.push(`| ${escapeMarkdown(file)} | ${t.errors} | ${t.warnings} | ${t.suppressed} |`);
  if (byFile.length > MAX_FILE_ROWS) lines.push(`| … and ${byFile.length - MAX_FILE_ROWS} more files | | | |`);
  return `${lines.join('\n')}\n`;
}

interface Tally {
  errors: number;
  warnings: number;
  suppressed: number;
}

function tally(findings: readonly Finding[], key: (f: Finding) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const f of findings) {
    const k = key(f);
    let t = out.get(k);
    if (!t) out.set(k, (t = { errors: 0, warnings: 0, suppressed: 0 }));
    if (isSuppressed(f)) t.suppressed++;
    else if (f.severity === 'error') t.errors++;
    else t.warnings++;
  }
  return out;
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
function logLine(text: string): void {
  core.info(neutralizeCommands(visibleText(text)));
}

/** Fails the step: messages name files and quote config values, which a pull request controls. */
function fail(message: string): void {
  core.setFailed(annotationText(message));
}

function annotationText(text: string): string {
  return neutralizeLegacyCommands(visibleTextKeepingLines(text));
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

// The Action's process is its own: it may tune V8 for large inputs (see run/speed/index.ts).
allowV8Tuning(setFlagsFromString);
// Not a top-level await: a run whose promises never settle would end the process (exit 13) with
// no word; the flag lets the exit handler fail the step instead.
let finished = false;
run()
  .catch((error: unknown) => {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
    else if (error instanceof InventoryError) fail(`invalid node inventory: ${error.message}`);
    else if (error instanceof InputError || error instanceof ActionInputError || error instanceof PluginError) fail(error.message);
    else fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  })
  .finally(() => {
    finished = true;
  });
process.on('exit', () => {
  if (finished) return;
  fail('the run ended before it produced its report (something it waited for never finished: a plugin?)');
  process.exitCode = 2;
});
