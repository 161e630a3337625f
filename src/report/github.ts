import path from 'node:path';
import type { FileWriterFactory, Finding, FormatOptions, LintResult, ObjectRef, Range, ReportRun } from '../types/finding.js';
import { relativePath } from './fingerprint.js';
import { addCounts, isSuppressed, type Counts } from './json.js';
import { formatWhole, PIECE } from './file-writer.js';
import { neutralizeLegacyCommands, visibleTextKeepingLines } from './safe-text.js';

const STDIN = '<stdin>';
/** The longest title the checks API keeps (annotations with longer ones are not shown whole). */
const MAX_TITLE = 255;
/** GitHub turns at most this many commands of one level per step into annotations. */
const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` line per finding that is not
 * suppressed, which the runner turns into annotations on the file and line, then one plain
 * summary line. Suppressed findings get no annotation (an accepted justification is not something
 * to fix, and annotations are few per step); the summary counts them.
 */
export function formatGithub(result: LintResult, options: FormatOptions = { color: false }): string {
  return formatWhole(githubWriter, result, options);
}

export const githubWriter: FileWriterFactory = (run) => {
  const counts: Counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  return {
    order: 'path',
    file(_file, findings, _objects, write) {
      addCounts(counts, findings);
      for (let start = 0; start < findings.length; start += PIECE) {
        let out = '';
        for (const f of findings.slice(start, start + PIECE)) {
          if (!isSuppressed(f)) out += `${annotation(f, run.cwd)}\n`;
        }
        // Every line starts with a command of ours or `daemonlint:`; `##[` counts anywhere in a line.
        write(neutralizeLegacyCommands(out));
      }
    },
    ends: () => ({ head: '', tail: neutralizeLegacyCommands(`${summaryLine(run, counts)}\n`) }),
  };
};

function annotation(finding: Finding, cwd: string): string {
  // With --chart-dir, the annotation goes on the template people edit.
  const f = finding.inTemplate ? { ...finding, file: finding.inTemplate.file, range: finding.inTemplate.range } : finding;
  const command = f.severity === 'info' ? 'notice' : f.severity;
  const { start } = f.range;
  const properties: [string, string][] = [];
  let message = f.message;
  if (f.file === STDIN) {
    // No file to put it on: GitHub shows it on the run, and the message says where it was.
    message = `${STDIN}:${start.line}:${start.column}: ${message}`;
  } else {
    const end = inclusiveEnd(f.range);
    properties.push(['file', annotationPath(f.file, cwd)], ['line', String(start.line)]);
    // GitHub takes columns only for an annotation on one line.
    const oneLine = end.line === start.line;
    if (oneLine) properties.push(['col', String(start.column)]);
    properties.push(['endLine', String(end.line)]);
    if (oneLine && end.column !== undefined) properties.push(['endColumn', String(end.column)]);
  }
  properties.push(['title', title(f)]);
  // The headline is the annotation's first line; the why and how follow it, as the annotation shows them under it.
  if (f.help !== undefined && f.help !== '') message += `\n\n${f.help}`;
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${command} ${props}::${escapeData(message)}`;
}

/**
 * The last line and column a range covers: finding ranges end just after the node, GitHub's end
 * is the last character. A range that ends at the start of a line ends on the line before, at a
 * column this cannot know (undefined).
 */
export function inclusiveEnd(range: Range): { line: number; column?: number } {
  const { start, end } = range;
  if (end.line < start.line || (end.line === start.line && end.column <= start.column)) return { line: start.line, column: start.column };
  if (end.column > 1) return { line: end.line, column: end.column - 1 };
  return { line: end.line - 1 };
}

/**
 * GitHub names files relative to the repository. A relative path is taken as relative to the
 * repository root, so it is given as the user gave it, normalised with `/` (run daemonlint from the
 * root); an absolute one stays absolute, and the runner makes it relative to the workspace itself.
 */
function annotationPath(file: string, cwd: string): string {
  if (path.isAbsolute(file)) return file;
  return relativePath(file, cwd) ?? file;
}

function title(f: Finding): string {
  const object = objectLabel(f.object);
  const text = visibleTextKeepingLines(object === undefined ? f.ruleId : `${f.ruleId} (${object})`);
  const chars = Array.from(text);
  return chars.length <= MAX_TITLE ? text : `${chars.slice(0, MAX_TITLE - 1).join('')}…`;
}

/** `namespace/name` as kubectl users write it, the name alone without a namespace, undefined without a name. */
export function objectLabel(object: ObjectRef | undefined): string | undefined {
  if (object?.name === undefined) return undefined;
  return object.namespace === undefined ? object.name : `${object.namespace}/${object.name}`;
}

// The runner decodes these, in this order reversed, before it creates the annotation. Hidden
// characters are written visibly first (safe-text.ts): the log viewer interprets terminal escapes,
// and a manifest must not be able to colour or hide log lines.
function escapeData(text: string): string {
  return visibleTextKeepingLines(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function summaryLine(result: ReportRun, counts: Counts): string {
  const { errors, warnings, info, suppressed } = counts;
  const scope = `${plural(result.files.length, 'file')}, ${plural(result.daemonSets, 'DaemonSet')} checked`;
  const problems = errors + warnings === 0 ? 'no problems' : `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const tail = (info > 0 ? `, ${info} info` : '') + (suppressed > 0 ? `, ${suppressed} suppressed (not annotated)` : '');
  const capped = errors > ANNOTATIONS_PER_LEVEL || warnings > ANNOTATIONS_PER_LEVEL ? ` · GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error and ${ANNOTATIONS_PER_LEVEL} warning annotations per step` : '';
  // Plain text, not a workflow command: it stays in the log as it is.
  return `daemonlint: ${problems}${tail} · ${scope}${capped}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
