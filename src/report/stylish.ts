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
 *
 * Given the terminal's width (`columns`), every finding stays on one line of it: the headline is
 * cut with an ellipsis, never the rule id, which is what `daemonlint explain` and the help need.
 * With `verbose`, each finding's help follows it, wrapped to the width.
 */
export function formatStylish(result: LintResult, options: FormatOptions): string {
  return formatWhole(stylishWriter, result, options);
}

export const stylishWriter: FileWriterFactory = (run, options) => {
  const c = pc.createColors(options.color);
  const layout: Layout = {
    c,
    columns: options.columns !== undefined && options.columns > 0 ? options.columns : Infinity,
    verbose: options.verbose === true,
    link: options.links ? ruleLinks(run) : undefined,
  };
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
        for (let start = 0; start < rows.length; start += PIECE) write(neutralizeCommands(formatRows(rows.slice(start, start + PIECE), widths, layout)));
        write('\n');
      }
    },
    ends: () => ({ head: '', tail: summaryLine(run, counts, c) + '\n' + neutralizeCommands(skippedLine(run, c)) + fixableLine(fixable, c) }),
  };
};

interface Layout {
  c: Colors;
  columns: number;
  verbose: boolean;
  /** The documentation link of a rule id, when rule ids are hyperlinks. */
  link: ((ruleId: string) => string | undefined) | undefined;
}

/** Built-in rules link to their pages; a plugin's rule (`plugin/rule`) has none of ours. */
function ruleLinks(result: ReportRun): (ruleId: string) => string | undefined {
  const uris = new Map(result.rules.map((r) => [r.id, r.helpUri]));
  return (ruleId) => (ruleId.includes('/') ? undefined : uris.get(ruleId));
}

/** The narrowest a headline is cut to: below this, the line runs past the terminal instead. */
const MIN_MESSAGE = 20;
/** The narrowest a help text is wrapped to. */
const MIN_HELP = 40;

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
    ruleId: sanitize(f.ruleId),
    note,
    finding: f,
  };
}

interface Widths {
  line: number;
  column: number;
  label: number;
  message: number;
  ruleId: number;
}

/** Columns are aligned across a whole group, whichever piece of it a row is written in. */
function columnWidths(rows: readonly Row[]): Widths {
  return {
    line: maxWidth(rows.map((r) => r.line)),
    column: maxWidth(rows.map((r) => r.column)),
    label: maxWidth(rows.map((r) => r.label)),
    message: maxWidth(rows.map((r) => r.message)),
    ruleId: maxWidth(rows.map((r) => r.ruleId)),
  };
}

function formatRows(rows: readonly Row[], widths: Widths, layout: Layout): string {
  const { c, columns } = layout;
  const { line: lineWidth, column: columnWidth, label: labelWidth, ruleId: ruleWidth } = widths;
  // Two spaces before each of location, label, message and rule id.
  const messageStart = 2 + lineWidth + 1 + columnWidth + 2 + labelWidth + 2;
  const naturalWidth = widths.message;
  // Wide enough for every row as it is: rule ids in one column. Narrower: rule ids stay in a column
  // at the right edge where headlines fit before it; a longer headline takes what its own (shorter)
  // rule id leaves, its rule id ending at the edge, and only what is still too long is cut.
  const fits = messageStart + naturalWidth + 2 + ruleWidth <= columns;
  const alignedWidth = Math.max(MIN_MESSAGE, columns - messageStart - 2 - ruleWidth);
  let out = '';
  for (const row of rows) {
    // Padding is computed on plain text and colour wrapped around it, so escape codes never skew the columns.
    const location = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const label = row.label.padEnd(labelWidth);
    const suppressed = isSuppressed(row.finding);
    // A justification goes after the rule id and gets at most a third of the line when space is short.
    const noteRoom = suppressed && !fits ? Math.min(width(row.note), Math.floor(columns / 3)) + 2 : 0;
    const own = Math.max(MIN_MESSAGE, Math.min(naturalWidth, columns - messageStart - 2 - width(row.ruleId) - noteRoom));
    const messageWidth = fits ? naturalWidth : width(row.message) <= alignedWidth && !suppressed ? alignedWidth : own;
    const message = padEnd(cut(row.message, messageWidth), messageWidth);
    const url = layout.link?.(row.finding.ruleId);
    const ruleId = (text: string): string => (url === undefined ? text : hyperlink(url, text));
    if (suppressed) {
      // The justification goes last: it is free text of any length and would otherwise push the rule column of every row.
      const before = `  ${location}  ${label}  ${message}  `;
      const note = cut(row.note, Math.max(MIN_MESSAGE, columns - width(before) - width(row.ruleId) - 2));
      out += url === undefined ? `${c.dim(`${before}${row.ruleId}  ${note}`)}\n` : `${c.dim(before)}${ruleId(c.dim(row.ruleId))}${c.dim(`  ${note}`)}\n`;
    } else {
      const colorLabel = row.finding.severity === 'error' ? c.red : row.finding.severity === 'warning' ? c.yellow : c.blue;
      out += `  ${c.dim(location)}  ${colorLabel(label)}  ${message}  ${ruleId(c.dim(row.ruleId))}\n`;
    }
    for (const r of row.finding.related ?? []) {
      // The place is left whole (a cut path would point nowhere); its note is cut to the line, as
      // a headline is, and shown whole with --verbose.
      const place = `  ${' '.repeat(location.length)}  ↳ ${sanitize(r.file)}:${r.range.start.line}:${r.range.start.column} `;
      const note = oneLine(r.message);
      out += c.dim(place + (layout.verbose ? note : cut(note, Math.max(MIN_MESSAGE, columns - width(place))))) + '\n';
    }
    if (layout.verbose) {
      // The headline whole when the line had to cut it, then the help: why it matters, how to fix it.
      const indent = ' '.repeat(messageStart);
      const lines = (text: string): string[] => wrap(text, Math.max(MIN_HELP, columns - messageStart)).map((line) => `${indent}${line}`);
      if (width(row.message) > messageWidth) out += `${lines(row.message).join('\n')}\n`;
      if (row.finding.help !== undefined && row.finding.help !== '') out += `${lines(oneLine(row.finding.help)).map((line) => c.dim(line)).join('\n')}\n`;
    }
  }
  return out;
}

/** An OSC 8 hyperlink: terminals that know it show `text` as a link to `url`, the others just the text. */
function hyperlink(url: string, text: string): string {
  return `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
}

/** `text` cut to `max` columns, its last one an ellipsis when anything was cut. */
function cut(text: string, max: number): string {
  if (width(text) <= max) return text;
  const chars = Array.from(text);
  return `${chars.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** Words wrapped to lines of at most `max` columns; a longer word (a path, a URL) gets a line of its own. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (line === '') line = word;
    else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
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

/** Once, the Helm templates a directory walk left out, and how to lint them. */
function skippedLine(result: ReportRun, c: Colors): string {
  const dirs = result.skippedTemplates ?? [];
  if (dirs.length === 0) return '';
  const shown = dirs.slice(0, 3).map(sanitize).join(', ') + (dirs.length > 3 ? `, and ${dirs.length - 3} more` : '');
  const what = dirs.length === 1 ? 'Helm template directory' : 'Helm template directories';
  return `${c.dim(`  Skipped ${dirs.length} ${what} (${shown}): lint the rendered output, e.g. helm template <chart> | daemonlint -`)}\n`;
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
  const fixable = `${c.bold(color(`  ${plural(errors, 'error')} and ${plural(warnings, 'warning')} potentially fixable with the \`--fix\` option.`))}\n`;
  // On a line of its own: joined to the one above, it was 135 columns and wrapped in a terminal.
  return hint === '' ? fixable : `${fixable}${c.dim(`  ${hint[0].toUpperCase()}${hint.slice(1)}.`)}\n`;
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
