import type { SourceNode } from './source-node.js';

/**
 * go-yaml does not check the indentation of a quoted scalar's continuation lines, nor of
 * anything inside a flow collection (scannerc.go rolls indentation only outside flow context), so
 * kubectl reads `key: "abc` + newline + `def"` with `def"` at column 0, or a flow list whose next
 * line sits at its key's column. js-yaml and the `yaml` package refuse both. For a document they
 * refuse, this pads such continuation lines with spaces (which change neither value: folding drops
 * a continuation line's leading white space, and a flow collection ignores it) so that they parse,
 * and maps the offsets of the result back to the original text. It also puts a space before a
 * `#` right after a closing quote or bracket (`a: 'x'#c`), which go-yaml reads as a comment.
 *
 * The scan is a light tokenizer (comments, block scalars, plain scalars, quoted scalars, flow
 * collections); it runs only on documents that already failed, so a misreading can only leave
 * such a document failing.
 */
export interface Padded {
  text: string;
  /** The original offset of an offset in `text`. */
  original(offset: number): number;
}

export function padContinuations(source: string): Padded | undefined {
  const pads: { at: number; count: number }[] = [];
  const len = source.length;
  let p = 0;
  let blockParent = -1; // inside a block scalar: the indentation of the line that opened it
  let lineIndent = 0;
  while (p < len) {
    // At a line start.
    let q = p;
    while (q < len && source.charCodeAt(q) === 0x20) q++;
    const c = source.charCodeAt(q);
    const blank = q >= len || c === 0x0a || c === 0x0d;
    if (blockParent !== -1) {
      if (blank || q - p > blockParent) {
        p = nextLine(source, q);
        continue;
      }
      blockParent = -1;
    }
    lineIndent = q - p;
    p = q;
    // Tokens on this line.
    while (p < len && source.charCodeAt(p) !== 0x0a) {
      const ch = source.charCodeAt(p);
      if (ch === 0x20 || ch === 0x09 || ch === 0x0d) {
        p++;
        continue;
      }
      if (ch === 0x23 /* # */) {
        p = lineEnd(source, p);
        break;
      }
      if ((ch === 0x22 || ch === 0x27 || ch === 0x5b || ch === 0x7b) && tokenStart(source, p)) {
        const column = lineColumn(source, p);
        p = ch === 0x22 || ch === 0x27 ? quoted(source, p, column, pads) : flow(source, p, column, pads);
        // go-yaml takes a `#` right after the closing quote or bracket for a comment.
        if (source.charCodeAt(p) === 0x23) pads.push({ at: p, count: 1 });
        continue;
      }
      if ((ch === 0x7c || ch === 0x3e) && tokenStart(source, p)) {
        blockParent = lineIndent;
        p = lineEnd(source, p);
        break;
      }
      // Anything else (plain text, indicators, properties) up to white space; `: ` and ` #` split.
      while (p < len) {
        const d = source.charCodeAt(p);
        if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) break;
        p++;
        if (d === 0x3a /* : */) break;
      }
    }
    p = nextLine(source, p);
  }
  if (pads.length === 0) return undefined;
  let text = '';
  let last = 0;
  for (const pad of pads) {
    text += source.slice(last, pad.at) + ' '.repeat(pad.count);
    last = pad.at;
  }
  text += source.slice(last);
  return { text, original: (offset) => originalOffset(pads, offset) };
}

/** Pads the continuation line starting at `lineStart` to at least `column`. */
function padLine(source: string, lineStart: number, column: number, pads: { at: number; count: number }[]): number {
  let q = lineStart;
  while (source.charCodeAt(q) === 0x20) q++;
  const c = source.charCodeAt(q);
  if (q < source.length && c !== 0x0a && c !== 0x0d && q - lineStart < column) pads.push({ at: q, count: column - (q - lineStart) });
  return q;
}

/** A quoted scalar at `p`; returns the offset after its closing quote (or the end). */
function quoted(source: string, p: number, column: number, pads: { at: number; count: number }[]): number {
  const quote = source.charCodeAt(p);
  let i = p + 1;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (quote === 0x22 && c === 0x5c /* \ */) {
      i += 2;
      continue;
    }
    if (c === quote) {
      if (quote === 0x27 && source.charCodeAt(i + 1) === 0x27) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    if (c === 0x0a) {
      i = padLine(source, i + 1, column + 1, pads);
      continue;
    }
    i++;
  }
  return i;
}

/** A flow collection at `p`; returns the offset after its closing bracket (or the end). */
function flow(source: string, p: number, column: number, pads: { at: number; count: number }[]): number {
  let depth = 0;
  let i = p;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === 0x22 || c === 0x27) {
      if (tokenStart(source, i)) {
        i = quoted(source, i, column, pads);
        continue;
      }
    } else if (c === 0x23 && (source.charCodeAt(i - 1) === 0x20 || source.charCodeAt(i - 1) === 0x0a)) {
      i = lineEnd(source, i);
      continue;
    } else if (c === 0x0a) {
      i = padLine(source, i + 1, column + 1, pads);
      continue;
    }
    i++;
  }
  return i;
}

/** A quote or block indicator starts a token when only white space or an indicator precedes it. */
function tokenStart(source: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return true;
  const c = source.charCodeAt(i);
  return c === 0x0a || c === 0x3a || c === 0x2d || c === 0x3f || c === 0x2c || c === 0x5b || c === 0x7b || (i < p - 1 && isPropertyEnd(source, i));
}

/** `&anchor` or `!tag` right before white space. */
function isPropertyEnd(source: string, i: number): boolean {
  let j = i;
  while (j >= 0 && !/\s/.test(source[j])) j--;
  const token = source.slice(j + 1, i + 1);
  return token.startsWith('&') || token.startsWith('!');
}

function lineColumn(source: string, p: number): number {
  return p - (source.lastIndexOf('\n', p - 1) + 1);
}

function lineEnd(source: string, p: number): number {
  const nl = source.indexOf('\n', p);
  return nl === -1 ? source.length : nl;
}

function nextLine(source: string, p: number): number {
  const nl = source.indexOf('\n', p);
  return nl === -1 ? source.length : nl + 1;
}

function originalOffset(pads: readonly { at: number; count: number }[], offset: number): number {
  let shift = 0;
  for (const pad of pads) {
    const start = pad.at + shift;
    if (offset < start) break;
    if (offset < start + pad.count) return pad.at;
    shift += pad.count;
  }
  return offset - shift;
}

/** Moves every offset of a node tree built from the padded text back to the original, plus `base`. */
export function remapTree(node: SourceNode, padded: Padded, base: number, seen = new Set<SourceNode>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  node.start = padded.original(node.start) + base;
  node.end = padded.original(node.end) + base;
  node.propsStart = padded.original(node.propsStart) + base;
  if (node.kind === 'mapping') {
    for (const entry of node.entries) {
      remapTree(entry.keyNode, padded, base, seen);
      remapTree(entry.value, padded, base, seen);
    }
    for (const merge of node.merges) {
      remapTree(merge.keyNode, padded, base, seen);
      remapTree(merge.value, padded, base, seen);
      for (const source of merge.sources) remapTree(source, padded, base, seen);
    }
  } else if (node.kind === 'sequence') {
    for (const item of node.items) remapTree(item, padded, base, seen);
  }
}
