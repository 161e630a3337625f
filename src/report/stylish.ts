import pc from 'picocolors';
import type { FileWriterFactory, Finding, FormatOptions, LintResult, ReportRun } from '../types/finding.js';
import { formatWhole, PIECE } from './file-writer.js';
import { addCounts, fixSafetyOf, isSuppressed, type Counts } from './json.js';
import { neutralizeCommands, visibleText } from './safe-text.js';

type Colors = ReturnType<typeof pc.createColors>;

interface Row {
  line: string;
  column: string;
  label: string;
  message: string;
  ruleId: string;
  note: string;
  finding: Finding;
}

/**
 * Findings grouped by file in aligned columns, then one summary line. Suppressed findings are
 * listed (dimmed, with their justification) because a reviewer needs to see which privileges
 * a manifest claims are justified and why; they never count as problems.
 */
export function formatStylish(result: LintResult, options: FormatOptions): string {
  return formatWhole(stylishWriter, result, options);
}

export const stylishWriter: FileWriterFactory = (run, options) => {
  const c = pc.createColors(options.color);
  const counts: Counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  const fixable: Fixable = { errors: 0, warnings: 0, hidden: 0 };
  return {
    order: 'path',
    file(_file, findings, _objects, write) {
      addCounts(counts, findings);
      addFixable(fixable, findings, run.unsafeFixes === true);
      // Findings in `helm template` output are grouped by template too: that is the file to edit.
      const groups = new Map<string | undefined, Finding[]>();
      for (const f of findings) {
        const group = groups.get(f.template);
        if (group) group.push(f);
        else groups.set(f.template, [f]);
      }
      for (const group of groups.values()) {
        const { file, template } = group[0];
        const header = c.underline(sanitize(file)) + (template === undefined ? '' : ` ${c.dim(`(template ${sanitize(template)})`)}`);
        // File names and messages start lines here: no line may be a CI workflow command (safe-text.ts).
        write(neutralizeCommands(`${header}\n`));
        const rows = group.map(toRow);
        const widths = columnWidths(rows);
        for (let start = 0; start < rows.length; start += PIECE) write(neutralizeCommands(formatRows(rows.slice(start, start + PIECE), widths, c)));
        write('\n');
      }
    },
    ends: () => ({ head: '', tail: summaryLine(run, counts, c) + '\n' + fixableLine(fixable, c) }),
  };
};

function toRow(f: Finding): Row {
  const suppression = f.suppressions?.[0];
  let note = '';
  if (suppression) {
    const why = oneLine(suppression.justification);
    note = suppression.kind === 'inSource' ? `(justified: ${why})` : `(suppressed: ${why})`;
  }
  return {
    line: String(f.range.start.line),
    column: String(f.range.start.column),
    label: suppression ? 'suppressed' : f.severity,
    message: oneLine(f.message),
    ruleId: f.ruleId,
    note,
    finding: f,
  };
}

interface Widths {
  line: number;
  column: number;
  label: number;
  message: number;
}

/** Columns are aligned across a whole group, whichever piece of it a row is written in. */
function columnWidths(rows: readonly Row[]): Widths {
  return {
    line: maxWidth(rows.map((r) => r.line)),
    column: maxWidth(rows.map((r) => r.column)),
    label: maxWidth(rows.map((r) => r.label)),
    message: maxWidth(rows.map((r) => r.message)),
  };
}

function formatRows(rows: readonly Row[], widths: Widths, c: Colors): string {
  const { line: lineWidth, column: columnWidth, label: labelWidth, message: messageWidth } = widths;
  let out = '';
  for (const row of rows) {
    // Padding is computed on plain text and colour wrapped around it, so escape codes never skew the columns.
    const location = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const label = row.label.padEnd(labelWidth);
    const message = padEnd(row.message, messageWidth);
    if (isSuppressed(row.finding)) {
      // The justification goes last: it is free text of any length and would otherwise push the rule column of every row.
      out += c.dim(`  ${location}  ${label}  ${message}  ${row.ruleId}  ${row.note}`) + '\n';
    } else {
      const colorLabel = row.finding.severity === 'error' ? c.red : row.finding.severity === 'warning' ? c.yellow : c.blue;
      out += `  ${c.dim(location)}  ${colorLabel(label)}  ${message}  ${c.dim(row.ruleId)}\n`;
    }
    for (const r of row.finding.related ?? []) {
      out += c.dim(`  ${' '.repeat(location.length)}  ↳ ${sanitize(r.file)}:${r.range.start.line}:${r.range.start.column} ${oneLine(r.message)}`) + '\n';
    }
  }
  return out;
}

function summaryLine(result: ReportRun, counts: Counts, c: Colors): string {
  const { errors, warnings, info, suppressed } = counts;
  const scope = `${plural(result.files.length, 'file')}, ${plural(result.daemonSets, 'DaemonSet')} checked`;
  const tail = (info > 0 ? `, ${info} info` : '') + (suppressed > 0 ? `, ${suppressed} suppressed` : '');
  if (errors + warnings === 0) return c.green(`✔ ${scope}: no problems${tail}`);
  const problems = `✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const color = errors > 0 ? c.red : c.yellow;
  return `${c.bold(color(problems + tail))} · ${scope}`;
}

/**
 * As ESLint ends its report: how many of the problems `--fix` can repair (nothing when none), and,
 * as ruff does, how many more only `--unsafe-fixes` would (fixes that may change what the workload
 * does), unless the run enabled them. Findings in Helm output are left out: fixing rendered text
 * leaves the template as it was.
 */
interface Fixable {
  errors: number;
  warnings: number;
  hidden: number;
}

function addFixable(into: Fixable, findings: readonly Finding[], unsafeFixes: boolean): void {
  for (const f of findings) {
    const safety = fixSafetyOf(f);
    if (safety === undefined || isSuppressed(f) || f.template !== undefined || f.severity === 'info') continue;
    if (safety === 'unsafe' && !unsafeFixes) into.hidden++;
    else if (f.severity === 'error') into.errors++;
    else into.warnings++;
  }
}

function fixableLine(counts: Fixable, c: Colors): string {
  const { errors, warnings, hidden } = counts;
  const hint = hidden > 0 ? `${plural(hidden, 'hidden fix', 'hidden fixes')} can be enabled with the \`--unsafe-fixes\` option` : '';
  if (errors + warnings === 0) return hint === '' ? '' : `${c.dim(`  No fixes available (${hint}).`)}\n`;
  const color = errors > 0 ? c.red : c.yellow;
  const fixable = `  ${plural(errors, 'error')} and ${plural(warnings, 'warning')} potentially fixable with the \`--fix\` option`;
  return `${c.bold(color(fixable + (hint === '' ? '.' : ` (${hint}).`)))}\n`;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Code points, not UTF-16 units, so a path like `ünïcode` lines up; wide CJK glyphs may still be off by one column each. */
function width(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function maxWidth(texts: readonly string[]): number {
  return texts.reduce((max, t) => Math.max(max, width(t)), 0);
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

const LINE_BREAK = /\s*[\r\n]+\s*/g;

/** A row is one line: parser messages can span several, and a line break would tear the table apart. */
function oneLine(text: string): string {
  const joined = text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAK, ' ') : text;
  return sanitize(joined.trim());
}

/**
 * Messages quote manifest content and paths come from the file system; neither may drive the
 * terminal or hide text, so hidden characters are shown escaped instead of written raw.
 */
const sanitize = visibleText;
