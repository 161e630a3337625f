import type { TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { editFor, lineEnding } from '../fix/edit.js';
import type { TextEdit } from '../fix/text-edit.js';
import type { LintRun } from '../run/lint.js';
import type { Finding, JsonPath } from '../types/finding.js';
import { parseFile, type ParsedDocument } from '../yaml/parse.js';
import { locate, type SourceNode } from '../yaml/source-node.js';
import type { SourceFile } from '../yaml/source-file.js';
import { toLspPosition } from './convert.js';

/**
 * The edits of the code actions that are not a rule's own fix: justifying a privilege and
 * ignoring a rule for an object. Both are made in terms of the object, with the engine's own
 * reader and fix writer, so they land where the linter will look for them.
 */

/** The reason written by "justify": a to-do marker, which the rule does not accept as a reason, so the finding stays until someone writes one. */
export function justificationPlaceholder(annotation: string): string {
  return `TODO: say why this DaemonSet needs ${annotation.slice(annotation.lastIndexOf('.') + 1)}`;
}

export const IGNORE_REASON_PLACEHOLDER = 'TODO: say why this rule does not apply here';

/** Adds the justification annotation to the DaemonSet's metadata; undefined when it is already there (then it is its reason that needs work). */
export function justifyEdit(run: LintRun, finding: Finding): LspTextEdit[] | undefined {
  const annotation = finding.justifyWith;
  const target = targetOf(run, finding);
  if (annotation === undefined || target === undefined) return undefined;
  const path = [...target.objectPath, 'metadata', 'annotations', annotation];
  if (locate(target.root, path).exact) return undefined;
  const edit = editFor(target.source.text, target.root, { op: 'set', path, value: justificationPlaceholder(annotation) });
  return edit ? [toLspEdit(target.source, edit)] : undefined;
}

/**
 * A `# daemonlint-disable <rule> -- <reason>` comment above the object: for an object that is the
 * whole document it runs to the document's end; for an item of a List it is closed by a
 * `# daemonlint-enable <rule>` after the item. JSON has no comments: undefined there, and where
 * the object does not start its own line.
 */
export function ignoreEdit(run: LintRun, finding: Finding): LspTextEdit[] | undefined {
  const target = targetOf(run, finding);
  if (target === undefined) return undefined;
  const { source, root, objectPath } = target;
  if (root.kind === 'mapping' && root.flow) return undefined;
  const found = locate(root, objectPath);
  const object = found.value;
  if (!found.exact || found.viaAlias || object.kind !== 'mapping' || object.flow) return undefined;
  const text = source.text;
  const eol = lineEnding(text);
  const lineStart = text.lastIndexOf('\n', object.start - 1) + 1;
  const before = text.slice(lineStart, object.start);
  const item = objectPath.length > 0;
  if (!(item ? /^[ \t]*-[ \t]+$/ : /^[ \t]*$/).test(before)) return undefined;
  const indent = /^[ \t]*/.exec(before)![0];
  const edits: TextEdit[] = [{ start: lineStart, end: lineStart, text: `${indent}# daemonlint-disable ${finding.ruleId} -- ${IGNORE_REASON_PLACEHOLDER}${eol}` }];
  if (item) {
    const newline = text.indexOf('\n', Math.max(object.end - 1, object.start));
    const after = newline === -1 ? text.length : newline + 1;
    edits.push({ start: after, end: after, text: `${newline === -1 ? eol : ''}${indent}# daemonlint-enable ${finding.ruleId}${eol}` });
  }
  return edits.map((e) => toLspEdit(source, e));
}

interface Target {
  source: SourceFile;
  root: SourceNode;
  /** Path from the document root to the object the finding is about ([] unless in a List). */
  objectPath: JsonPath;
}

function targetOf(run: LintRun, finding: Finding): Target | undefined {
  const source = run.sources.find((s) => s.path === finding.file);
  const chunk = source?.documents.find((c) => c.index === finding.documentIndex);
  if (!source || !chunk) return undefined;
  const document: ParsedDocument | undefined = parseFile(source, [chunk]).documents[0];
  if (!document?.root) return undefined;
  let objectPath: JsonPath = [];
  for (const checked of run.objects ?? []) {
    const p = checked.path ?? [];
    if (checked.file === finding.file && checked.documentIndex === finding.documentIndex && p.length > objectPath.length && p.every((s, i) => finding.path[i] === s)) {
      objectPath = p;
    }
  }
  return { source, root: document.root, objectPath };
}

export function toLspEdit(source: SourceFile, edit: TextEdit): LspTextEdit {
  return { range: { start: toLspPosition(source.position(edit.start), source.hadBom), end: toLspPosition(source.position(edit.end), source.hadBom) }, newText: edit.text };
}

/** One edit that turns `before` into `after`: what lies between their common start and end. */
export function wholeTextEdit(before: string, after: string, position: (offset: number) => { line: number; character: number }): LspTextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Whole lines, as a reader of the edit expects (and never half a surrogate pair or CRLF).
  while (start > 0 && before[start - 1] !== '\n') start--;
  while (end > 0 && before[before.length - end - 1] !== '\n') end--;
  return { range: { start: position(start), end: position(before.length - end) }, newText: after.slice(start, after.length - end) };
}
