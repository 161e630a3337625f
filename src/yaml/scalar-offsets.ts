import type { Range } from '../types/finding.js';
import type { SourceFile } from './source-file.js';

/**
 * The source range of characters `start` to `end` of a scalar's value, given the range of the
 * scalar node and its value: where a CEL error inside an expression is, in the policy file.
 *
 * A literal block scalar (`|`) keeps each line, so its characters map exactly: line i of the
 * value is line i of the content, after the block's indentation. Other styles change the text
 * on the way to the value (quotes, escapes, folded line breaks), so the value is aligned with
 * the source character by character, an escape sequence or a folded line break standing for the
 * one character it produces. A value that is not a string, or an alignment that fails, gives the
 * scalar's own range.
 */
export function rangeWithinScalar(file: SourceFile, scalar: Range, value: unknown, start: number, end: number): Range {
  if (typeof value !== 'string' || start < 0 || end < start || end > value.length) return scalar;
  const raw = file.text.slice(scalar.start.offset, scalar.end.offset);
  const offsets = raw.startsWith('|') ? literalOffsets(raw, value) : alignedOffsets(raw, value);
  if (offsets === undefined) return scalar;
  const base = scalar.start.offset;
  const from = base + offsets[start];
  // The end is one past the last character (or the start itself for an empty range).
  const to = end === start ? from : base + offsets[end - 1] + 1;
  return { start: file.position(from), end: file.position(to) };
}

/** Source offset (within `raw`) of each character of the value of a literal block scalar, and one past the end. */
function literalOffsets(raw: string, value: string): number[] | undefined {
  const headerEnd = raw.indexOf('\n');
  if (headerEnd === -1) return undefined;
  const lines: { start: number; text: string }[] = [];
  for (let at = headerEnd + 1; at <= raw.length; ) {
    const next = raw.indexOf('\n', at);
    const lineEnd = next === -1 ? raw.length : next;
    lines.push({ start: at, text: raw.slice(at, lineEnd).replace(/\r$/, '') });
    if (next === -1) break;
    at = next + 1;
  }
  const explicit = /^[|][+-]?([1-9])|^[|]([1-9])/.exec(raw);
  const firstContent = lines.find((l) => l.text.trim() !== '');
  if (!firstContent) return undefined;
  const indent = explicit ? minimumIndent(lines) : firstContent.text.length - firstContent.text.trimStart().length;
  const offsets: number[] = [];
  let line = 0;
  let column = 0;
  for (let i = 0; i <= value.length; i++) {
    const l = lines[line];
    // Kept final line breaks (`|+`, or the one `|` keeps) may lie past the node's end.
    if (l === undefined) {
      offsets.push(raw.length);
      continue;
    }
    offsets.push(l.start + Math.min(indent, l.text.length) + column);
    if (value[i] === '\n') {
      line++;
      column = 0;
    } else column++;
  }
  return offsets;
}

function minimumIndent(lines: readonly { text: string }[]): number {
  let min = Infinity;
  for (const l of lines) if (l.text.trim() !== '') min = Math.min(min, l.text.length - l.text.trimStart().length);
  return Number.isFinite(min) ? min : 0;
}

/** Aligns the value with the source text of a plain, quoted or folded scalar. */
function alignedOffsets(raw: string, value: string): number[] | undefined {
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : undefined;
  let at = quote || raw[0] === '>' ? 1 : 0;
  if (raw[0] === '>') at = raw.indexOf('\n') + 1;
  if (at <= 0 && raw[0] === '>') return undefined;
  const offsets: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let found = -1;
    while (at < raw.length) {
      const r = raw[at];
      if (quote === '"' && r === '\\') {
        // An escape stands for one character (or, before a line break, for none).
        if (raw[at + 1] === '\n' || raw[at + 1] === '\r') {
          at = skipBreak(raw, at + 1);
          continue;
        }
        found = at;
        at += escapeLength(raw, at);
        break;
      }
      if (quote === "'" && r === "'" && raw[at + 1] === "'" && c === "'") {
        found = at;
        at += 2;
        break;
      }
      if (r === c) {
        found = at++;
        break;
      }
      if ((c === ' ' || c === '\n') && (r === '\n' || r === '\r')) {
        // A folded line break: the value has a space or a newline where the source breaks the line.
        found = at;
        at = skipBreak(raw, at);
        break;
      }
      at++;
    }
    // Past the source: final line breaks a block keeps lie beyond the node's end.
    if (found === -1 && at >= raw.length && (c === '\n' || c === ' ')) found = raw.length;
    if (found === -1) return undefined;
    offsets.push(found);
  }
  offsets.push(at);
  return offsets;
}

/** Past a line break and the indentation after it. */
function skipBreak(raw: string, at: number): number {
  if (raw[at] === '\r') at++;
  if (raw[at] === '\n') at++;
  while (raw[at] === ' ' || raw[at] === '\t') at++;
  return at;
}

/** Length of the escape sequence at `at` in a double-quoted scalar (`\n`, `\x41`, `\u00e9`, `\U0001f600`). */
function escapeLength(raw: string, at: number): number {
  switch (raw[at + 1]) {
    case 'x':
      return 4;
    case 'u':
      return 6;
    case 'U':
      return 10;
    default:
      return 2;
  }
}
