import { findEntry, locate, resolveAlias, type SequenceNode, type SourceNode } from '../yaml/source-node.js';
import type { FixRequest } from '../types/rule.js';
import type { TextEdit } from './text-edit.js';
import type { JsonPath } from '../types/finding.js';
import { formatScalar } from '../yaml/format-scalar.js';

/**
 * Turns a fix request into the smallest text edit that makes it, in the document's own style:
 * its line endings, its indentation, block or flow, indented or flush sequences. Returns
 * undefined when no edit can be made safely (the finding then simply has no fix).
 */
export function editFor(text: string, root: SourceNode, request: FixRequest): TextEdit | undefined {
  const format = formatFor(root);
  switch (request.op) {
    case 'set':
      return setEdit(text, root, request.path, format(request.value), format);
    case 'delete':
      return deleteEdit(text, root, request.path);
    case 'rename':
      return renameEdit(text, root, request.path, request.to, format);
    case 'append':
      return appendEdit(text, root, request.path, request.value, format);
  }
}

/** Writes a key or a scalar value as the document writes them. */
type Format = (value: string | number | boolean) => string;

/**
 * A document whose root is a flow mapping is JSON (`kubectl get -o json`, generated manifests)
 * and must stay JSON for the tools that read it as such: its keys and strings are written
 * double-quoted. Elsewhere a scalar is plain wherever YAML 1.1 reads it back unchanged.
 */
function formatFor(root: SourceNode): Format {
  return isJsonDocument(root) ? (value) => JSON.stringify(value) : formatScalar;
}

function isJsonDocument(root: SourceNode): boolean {
  return root.kind === 'mapping' && root.flow;
}

/**
 * What goes between the last item of a flow collection and a new one: `, ` when the last item
 * shares its line with the one before (or with the opening bracket), else a line break and the
 * last item's indentation, as in pretty-printed JSON.
 */
function flowSeparator(text: string, previousStart: number, lastStart: number, eol: string): string {
  if (startOfLine(text, previousStart) === startOfLine(text, lastStart)) return ', ';
  return `,${eol}${' '.repeat(columnOf(text, lastStart))}`;
}

function setEdit(text: string, root: SourceNode, path: JsonPath, scalar: string, format: Format): TextEdit | undefined {
  const found = locate(root, path);
  if (found.viaAlias) return undefined;
  if (found.exact) {
    const node = found.value;
    // Only scalars are replaced in place; an alias would change every place that shares it.
    if (node.kind !== 'scalar') return undefined;
    if (node.empty || node.start === node.end) {
      // An empty value is written right after its key's colon. The lenient reader places the
      // empty value of `key:  # note` at the comment, where `true# note` would be one string
      // (property test: a mount's `readOnly:` with a comment, in a document js-yaml refuses).
      const colon = found.key ? text.indexOf(':', found.key.end) : -1;
      const at = colon === -1 ? node.start : colon + 1;
      return { start: at, end: at, text: ` ${scalar}` };
    }
    return { start: node.start, end: node.end, text: scalar };
  }
  return insertMissing(text, root, path, () => scalar, false, format);
}

/**
 * Adds the missing tail of `path` under its deepest existing mapping, nesting block mappings as
 * needed. `valueText` renders the final value; `multiline` says it goes on its own lines.
 */
function insertMissing(
  text: string,
  root: SourceNode,
  path: JsonPath,
  valueText: (indent: number, eol: string) => string,
  multiline: boolean,
  format: Format,
): TextEdit | undefined {
  const found = locate(root, path);
  const parent = found.value;
  if (found.viaAlias || parent.kind !== 'mapping') return undefined;
  const missing = path.slice(found.depth);
  if (missing.some((segment) => typeof segment !== 'string')) return undefined;
  const keys = missing as string[];
  const eol = lineEnding(text);

  if (parent.flow) {
    if (multiline) return undefined;
    const body = nestedFlow(keys, valueText(0, eol), format);
    const last = parent.entries[parent.entries.length - 1];
    if (!last) return { start: contentEnd(text, parent) - 1, end: contentEnd(text, parent) - 1, text: body };
    const at = entryEnd(last, text);
    const previous = parent.entries[parent.entries.length - 2]?.keyNode.start ?? parent.start;
    return { start: at, end: at, text: `${flowSeparator(text, previous, last.keyNode.start, eol)}${body}` };
  }
  if (parent.entries.length === 0) return undefined;
  const indent = columnOf(text, parent.entries[0].keyNode.start);
  const step = indentStep(text, root);
  const lines: string[] = [];
  keys.forEach((key, i) => {
    const pad = ' '.repeat(indent + i * step);
    const last = i === keys.length - 1;
    if (!last) lines.push(`${pad}${format(key)}:`);
    else if (multiline) lines.push(`${pad}${format(key)}:${eol}${valueText(indent + i * step, eol)}`);
    else lines.push(`${pad}${format(key)}: ${valueText(indent + i * step, eol)}`);
  });
  const at = lineAfter(text, parent);
  const insertion = `${lines.join(eol)}${eol}`;
  if (at === text.length && !text.endsWith('\n')) return { start: at, end: at, text: `${eol}${lines.join(eol)}` };
  return { start: at, end: at, text: insertion };
}

function nestedFlow(keys: string[], value: string, format: Format): string {
  let out = value;
  for (let i = keys.length - 1; i >= 0; i--) out = i === keys.length - 1 ? `${format(keys[i])}: ${out}` : `${format(keys[i])}: {${out}}`;
  return out;
}

function deleteEdit(text: string, root: SourceNode, path: JsonPath): TextEdit | undefined {
  const found = locate(root, path);
  if (!found.exact || found.viaAlias || path.length === 0) return undefined;
  const parentFound = locate(root, path.slice(0, -1));
  const parent = parentFound.value;
  if (parent.kind !== 'mapping' || typeof path[path.length - 1] !== 'string') return undefined;
  const entryIndex = parent.entries.findIndex((e) => e.keyNode === found.key);
  if (entryIndex === -1) return undefined; // the key came from a merge: nothing here to delete
  const entry = parent.entries[entryIndex];
  const next = parent.entries[entryIndex + 1];
  const prev = parent.entries[entryIndex - 1];

  if (parent.flow) {
    // Remove the entry with the comma that separates it from a neighbour.
    if (next) return { start: entry.keyNode.start, end: next.keyNode.start, text: '' };
    if (prev) return { start: entryEnd(prev, text), end: entryEnd(entry, text), text: '' };
    return { start: entry.keyNode.start, end: entryEnd(entry, text), text: '' };
  }
  if (parent.entries.length === 1 && parent.merges.length === 0) {
    // The mapping would be left with nothing; an explicit empty mapping keeps the parent's type.
    return { start: entry.keyNode.start, end: entryEnd(entry, text), text: '{}' };
  }
  const lineStart = startOfLine(text, entry.keyNode.start);
  const onOwnLine = text.slice(lineStart, entry.keyNode.start).trim() === '';
  if (!onOwnLine) {
    // The first key of a sequence item (`- replicas: 1`): pull the next key up onto the dash.
    if (next && entryIndex === 0) return { start: entry.keyNode.start, end: next.keyNode.start, text: '' };
    return undefined;
  }
  let end = nextLineStart(text, entryEnd(entry, text));
  // Right after a block scalar that keeps its final line breaks (`|+`), the empty lines after the
  // deleted entry would become part of it: they go too (property test: a `command` script
  // before progressDeadlineSeconds and an empty line).
  if (prev && keepsTrailingLines(text, prev.value)) end = skipEmptyLines(text, end);
  return { start: lineStart, end, text: '' };
}

function renameEdit(text: string, root: SourceNode, path: JsonPath, to: string, format: Format): TextEdit | undefined {
  const found = locate(root, path);
  if (!found.exact || found.viaAlias || !found.key || path.length === 0) return undefined;
  const parent = resolveAlias(locate(root, path.slice(0, -1)).value);
  if (parent?.kind !== 'mapping' || findEntry(parent, to)) return undefined;
  if (!parent.entries.some((e) => e.keyNode === found.key)) return undefined;
  return { start: found.key.start, end: found.key.end, text: format(to) };
}

function appendEdit(text: string, root: SourceNode, path: JsonPath, value: Record<string, string | number | boolean>, format: Format): TextEdit | undefined {
  const found = locate(root, path);
  if (found.viaAlias) return undefined;
  const eol = lineEnding(text);
  const pairs = Object.entries(value).map(([k, v]) => `${format(k)}: ${format(v)}`);
  if (found.exact) {
    const seq = found.value;
    if (seq.kind !== 'sequence') return undefined;
    if (seq.flow) {
      const item = `{${pairs.join(', ')}}`;
      const last = seq.items[seq.items.length - 1];
      if (!last) return { start: contentEnd(text, seq) - 1, end: contentEnd(text, seq) - 1, text: item };
      const previous = seq.items[seq.items.length - 2]?.propsStart ?? seq.start;
      const at = contentEnd(text, last);
      return { start: at, end: at, text: `${flowSeparator(text, previous, last.propsStart, eol)}${item}` };
    }
    return appendBlockItem(text, seq, pairs, eol);
  }
  if (found.depth !== path.length - 1) return undefined;
  // A JSON document has no block style to write the new list in: it goes inline, as a flow
  // sequence (before, JSON files got no such fix; property test: the control-plane toleration).
  // A flow mapping in a YAML document still gets none, as the rules' tests expect.
  if (isJsonDocument(root) && found.value.kind === 'mapping' && found.value.flow) {
    return insertMissing(text, root, path, () => `[{${pairs.join(', ')}}]`, false, format);
  }
  return insertMissing(
    text,
    root,
    path,
    (keyIndent, lineEnd) => {
      const dash = ' '.repeat(keyIndent + (sequencesIndented(text, root) ? indentStep(text, root) : 0));
      return pairs.map((p, i) => (i === 0 ? `${dash}- ${p}` : `${dash}  ${p}`)).join(lineEnd);
    },
    true,
    format,
  );
}

function appendBlockItem(text: string, seq: SequenceNode, pairs: string[], eol: string): TextEdit | undefined {
  const last = seq.items[seq.items.length - 1];
  if (!last) return undefined;
  const dashAt = dashBefore(text, last.propsStart);
  if (dashAt === -1) return undefined;
  const dashColumn = columnOf(text, dashAt);
  const pad = ' '.repeat(dashColumn);
  const item = pairs.map((p, i) => (i === 0 ? `${pad}- ${p}` : `${pad}  ${p}`)).join(eol);
  const at = lineAfter(text, seq);
  if (at === text.length && !text.endsWith('\n')) return { start: at, end: at, text: `${eol}${item}` };
  return { start: at, end: at, text: `${item}${eol}` };
}

/**
 * The offset of the `-` that introduces a block sequence item starting at `itemStart`: on the
 * item's own line (`- key: a`), or alone on an earlier line (`-` or `- # comment`, then the item
 * on the next lines), with only blank or comment lines between.
 */
function dashBefore(text: string, itemStart: number): number {
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] === '-') return i;
  if (i < 0 || text[i] !== '\n') return -1;
  // The item starts its line. Before this, an item written `-\n  key: a` had no dash, and its
  // sequence could not be appended to (property test: a toleration list in that style).
  let lineEnd = i;
  while (lineEnd >= 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const dash = /^([ \t]*)-(?:[ \t]+(?:#.*)?)?$/.exec(line);
    if (dash) return lineStart + dash[1].length;
    if (!/^[ \t]*(?:#.*)?$/.test(line)) return -1;
    lineEnd = lineStart - 1;
  }
  return -1;
}

/** Where an entry's text ends: after its value, or after its colon when the value is empty. */
function entryEnd(entry: { keyNode: SourceNode; value: SourceNode }, text: string): number {
  if (entry.value.kind === 'scalar' && entry.value.empty) {
    const colon = text.indexOf(':', entry.keyNode.end);
    return colon === -1 ? entry.keyNode.end : colon + 1;
  }
  return Math.max(entry.keyNode.end, contentEnd(text, entry.value));
}

/**
 * Where a node's text ends, without the white space and line breaks after it: the lenient
 * reader's ranges of block collections include the line break that ends them, and a line "after"
 * such an end was the line after the next one (corpus: a readOnly added to the wrong mount).
 */
function contentEnd(text: string, node: SourceNode): number {
  let end = node.end;
  while (end > node.start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Where lines added after a block collection go: the start of the line after the collection's
 * text. A block scalar that keeps its final line breaks (`|+`, `>+`) ends the collection and owns
 * the empty lines after its text, so new lines go after those. Before, they went between, and the
 * scalar lost its trailing newlines (property test: a `command` script last in the pod spec).
 */
function lineAfter(text: string, collection: SourceNode): number {
  const at = endOfLine(text, contentEnd(text, collection));
  return keepsTrailingLines(text, collection) ? skipEmptyLines(text, at) : at;
}

/** Whether the text of `node` ends with a block scalar that keeps its final line breaks (`|+`, `>+`). */
function keepsTrailingLines(text: string, node: SourceNode): boolean {
  let last = node;
  for (;;) {
    if (last.kind === 'mapping' && !last.flow && last.entries.length > 0) last = last.entries[last.entries.length - 1].value;
    else if (last.kind === 'sequence' && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1];
    else break;
  }
  return last.kind === 'scalar' && contentEnd(text, last) === contentEnd(text, node) && /^[|>](?:\+|[1-9]\+)/.test(text.slice(last.start, last.start + 3));
}

/** The start of the first line at or after `at` (a line start) that has something on it. */
function skipEmptyLines(text: string, at: number): number {
  let line = at;
  while (line < text.length) {
    const next = endOfLine(text, line);
    if (text.slice(line, next).trim() !== '') break;
    line = next;
  }
  return line;
}

function columnOf(text: string, offset: number): number {
  return offset - startOfLine(text, offset);
}

function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break that ends the line containing `offset` (or the text end). */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function nextLineStart(text: string, offset: number): number {
  return endOfLine(text, offset);
}

export function lineEnding(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** The indentation step the document uses for nested mappings (2 when it cannot tell). */
function indentStep(text: string, root: SourceNode): number {
  let step: number | undefined;
  const visit = (node: SourceNode, depth: number): void => {
    if (step !== undefined || depth > 6) return;
    if (node.kind === 'mapping' && !node.flow) {
      for (const e of node.entries) {
        const child = e.value;
        if (child.kind === 'mapping' && !child.flow && child.entries.length > 0) {
          const d = columnOf(text, child.entries[0].keyNode.start) - columnOf(text, e.keyNode.start);
          if (d > 0 && startOfLine(text, child.entries[0].keyNode.start) !== startOfLine(text, e.keyNode.start)) {
            step = d;
            return;
          }
        }
        visit(child, depth + 1);
      }
    }
  };
  visit(root, 0);
  return step ?? 2;
}

/** Whether block sequences under a key are indented past the key (`key:\n  - a`) or flush with it. */
function sequencesIndented(text: string, root: SourceNode): boolean {
  let answer: boolean | undefined;
  const visit = (node: SourceNode): void => {
    if (answer !== undefined) return;
    if (node.kind === 'mapping') {
      for (const e of node.entries) {
        const v = e.value;
        if (v.kind === 'sequence' && !v.flow && v.items.length > 0) {
          const dash = dashBefore(text, v.items[0].propsStart);
          if (dash !== -1 && startOfLine(text, dash) !== startOfLine(text, e.keyNode.start)) {
            answer = columnOf(text, dash) > columnOf(text, e.keyNode.start);
            return;
          }
        }
        visit(v);
      }
    } else if (node.kind === 'sequence') {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return answer ?? true;
}

