import type { MappingEntry, ScalarNode } from '../source-node.js';
import { TAB, LF, SPACE, HASH, DASH, DOT } from './chars.js';

/** Thrown inside the reader to give up; one shared object, so bailing out allocates nothing. */
export const BAIL = { bail: true };

/**
 * Collections nested deeper than this go to the full parser, which enforces its own limit
 * (parse.ts MAX_DEPTH counts parse calls, about two per level) with its own message.
 */
export const MAX_NESTING = 64;

export function bail(): never {
  throw BAIL;
}

/** An infinity or NaN makes the document an error, which the event reader words: not ours. */
export function finite<T>(value: T): T {
  if (typeof value === 'number' && !Number.isFinite(value)) bail();
  return value;
}

/**
 * Comparing with the few keys read so far is cheaper than a property lookup with a key just
 * sliced from the text (which V8 must hash and intern first); large mappings use the lookup.
 */
export function isDuplicate(entries: readonly MappingEntry[], object: Record<string, unknown>, key: string): boolean {
  if (entries.length > 16) return Object.hasOwn(object, key);
  for (let e = 0; e < entries.length; e++) if (entries[e].key === key) return true;
  return false;
}

/**
 * The reader's state and its moves between lines: where the next content starts, its column, the
 * document markers, and what may end a line after a node. The scanners of scalars, flow and block
 * collections build on it, each a class of its own, one reader in the end (block.ts).
 */
export abstract class LineScanner {
  protected readonly src: string;
  protected readonly len: number;
  protected readonly base: number;
  protected pos = 0;
  protected lineStart = 0;
  /** Column of the content `pos` stands on after nextContent; -1 at the end of the document or at a marker line. */
  protected indent = 0;
  /** nextContent stopped at a `---` or `...` line. */
  protected atMarker = false;
  /** The event builder's `lastEnd`, relative to the chunk: empty items and block scalars are placed by it. */
  protected lastEnd = 0;
  protected depth = 0;
  /** The value of the node the last read method returned. */
  protected value: unknown = null;
  /** The key string of the key node the last key read returned. */
  protected key = '';
  /** The last quoted scalar scanned spans more than one line. */
  protected multiline = false;
  /** nextContent went past a comment line (which ends a plain scalar's lines). */
  protected sawComment = false;
  /** Some value read is null (which the engine reads as Go's zero value). */
  protected nullSeen = false;

  constructor(source: string, base: number) {
    this.src = source;
    this.len = source.length;
    this.base = base;
  }

  /**
   * From a line start, skips blank and comment lines to the next content: sets `pos` to its first
   * character, `lineStart`, and `indent` (-1 at the end or at a document marker line).
   */
  protected nextContent(): void {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    this.sawComment = false;
    for (;;) {
      const lineStart = p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) break;
      let c = src.charCodeAt(p);
      if (c === TAB) {
        // A tab may stand in a blank or comment line; before content js-yaml's rules get subtle.
        while (p < len && ((c = src.charCodeAt(p)) === SPACE || c === TAB)) p++;
        if (p >= len) break;
        if (c !== LF && c !== HASH) bail();
      }
      if (c === LF) {
        p++;
        continue;
      }
      if (c === HASH) {
        this.sawComment = true;
        p = src.indexOf('\n', p);
        if (p === -1) break;
        p++;
        continue;
      }
      this.pos = p;
      this.lineStart = lineStart;
      if (p === lineStart && (c === DASH || c === DOT) && this.isMarker(p)) {
        this.atMarker = true;
        this.indent = -1;
      } else {
        this.indent = p - lineStart;
      }
      return;
    }
    this.pos = len;
    this.indent = -1;
  }

  protected isMarker(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (src.charCodeAt(p + 1) !== c || src.charCodeAt(p + 2) !== c) return false;
    const after = src.charCodeAt(p + 3);
    return p + 3 >= this.len || after === SPACE || after === LF || after === TAB;
  }

  /** After a node: only spaces and a comment may end the line. Then moves to the next content. */
  protected finishLine(): void {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    while (p < len && src.charCodeAt(p) === SPACE) p++;
    if (p < len) {
      const c = src.charCodeAt(p);
      if (c === HASH) {
        // A `#` is a comment only after white space (`"a"#b` is an error, `a#b` a scalar).
        if (src.charCodeAt(p - 1) !== SPACE) bail();
        p = src.indexOf('\n', p);
        p = p === -1 ? len : p + 1;
      } else if (c === LF) {
        p++;
      } else {
        bail();
      }
    }
    this.pos = p;
    this.nextContent();
  }

  /** `-` followed by white space or the end: a block sequence entry. */
  protected isSequenceEntry(p: number): boolean {
    const src = this.src;
    if (src.charCodeAt(p) !== DASH) return false;
    if (p + 1 >= this.len) return true;
    const next = src.charCodeAt(p + 1);
    if (next === TAB) bail();
    return next === SPACE || next === LF;
  }

  /** Skips spaces on the current line from `p`; a tab there is left to the full parser. */
  protected skipSpaces(p: number): number {
    const src = this.src;
    const len = this.len;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === SPACE) p++;
      else if (c === TAB) bail();
      else break;
    }
    return p;
  }

  protected scalar(start: number, end: number, style: number): ScalarNode {
    const base = this.base;
    if (end > this.lastEnd) this.lastEnd = end;
    return { kind: 'scalar', start: start + base, end: end + base, propsStart: start + base, style, empty: false };
  }
}
