import { CHOMPING_MODE, getScalarValue, SCALAR_STYLE } from 'js-yaml';
import { keyString, PLAIN_RESOLVES_ASCII as RESOLVE_ASCII, resolvePlain as plainValue } from './kubernetes-scalars.js';
import { indexOfBlockIndicator, scalarEvent, trimTrailingBreaks } from './scalar-text.js';
import type {
  BuiltDocument,
  MappingEntry,
  MappingNode,
  ScalarNode,
  SequenceNode,
  SourceNode,
} from './source-node.js';

/**
 * A single-pass reader for the YAML that manifests are written in: block collections, plain and
 * quoted scalars (folded over lines too), block scalars, flow collections, comments. For one
 * document chunk it yields exactly what `buildDocuments(parseEvents(chunk), chunk, base, …)[0]`
 * yields, without parser events, or UNSUPPORTED for anything it is not sure of, including every
 * document js-yaml rejects: the caller then takes the full parser, which also words the syntax
 * errors. Where js-yaml or the event builder has a quirk (where an empty sequence item sits, where
 * a block scalar's node starts, indentation not counted on the first line) this reader follows it
 * or refuses, because the two paths must agree to the offset. Decoding that is easy to get subtly
 * wrong (escapes, folding, chomping) is left to js-yaml's own getScalarValue.
 */
export const UNSUPPORTED: unique symbol = Symbol('fast reader: unsupported');

/** Thrown inside the reader to give up; one shared object, so bailing out allocates nothing. */
const BAIL = { bail: true };

/**
 * Collections nested deeper than this go to the full parser, which enforces its own limit
 * (parse.ts MAX_DEPTH counts parse calls, about two per level) with its own message.
 */
const MAX_NESTING = 64;

const TAB = 0x09;
const LF = 0x0a;
const SPACE = 0x20;
const DQUOTE = 0x22;
const HASH = 0x23;
const SQUOTE = 0x27;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const GT = 0x3e;
const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LBRACE = 0x7b;
const PIPE = 0x7c;
const RBRACE = 0x7d;

/** ASCII characters a plain scalar may not start with (c-indicator but `-?:`, which may start one before text). */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '#&*!|>\'"%@`,[]{}') NOT_PLAIN_START[c.charCodeAt(0)] = 1;
/** ASCII characters that start a plain scalar whatever follows them (the common case, checked inline). */
const PLAIN_START_SIMPLE = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) PLAIN_START_SIMPLE[c] = 1;
for (const c of '#&*!|>\'"%@`,[]{}-?:') PLAIN_START_SIMPLE[c.charCodeAt(0)] = 0;
/** ASCII characters a plain scalar's scan has to look at; everything else is content. */
const PLAIN_SPECIAL_BLOCK = new Uint8Array(128);
const PLAIN_SPECIAL_FLOW = new Uint8Array(128);
for (let c = 0; c < 0x20; c++) PLAIN_SPECIAL_BLOCK[c] = PLAIN_SPECIAL_FLOW[c] = 1;
for (const c of ' :#\x7f') PLAIN_SPECIAL_BLOCK[c.charCodeAt(0)] = PLAIN_SPECIAL_FLOW[c.charCodeAt(0)] = 1;
for (const c of ',[]{}') PLAIN_SPECIAL_FLOW[c.charCodeAt(0)] = 1;

/** js-yaml's single-character escapes in double-quoted scalars (`\t` may also be a literal tab). */
const SIMPLE_ESCAPE = new Uint8Array(128);
for (const c of '0abt\tnvfre "/\\N_LP') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;

/**
 * Comparing with the few keys read so far is cheaper than a property lookup with a key just
 * sliced from the text (which V8 must hash and intern first); large mappings use the lookup.
 */
function isDuplicate(entries: readonly MappingEntry[], object: Record<string, unknown>, key: string): boolean {
  if (entries.length > 16) return Object.hasOwn(object, key);
  for (let e = 0; e < entries.length; e++) if (entries[e].key === key) return true;
  return false;
}

function bail(): never {
  throw BAIL;
}

/**
 * Reads one document chunk (as split-documents.ts cuts it) whose offsets start at `base` in the
 * file. Returns UNSUPPORTED when the chunk is outside the subset this reader handles exactly.
 */
export function readDocumentFast(source: string, base: number): BuiltDocument | typeof UNSUPPORTED {
  // Carriage returns end lines (also inside what looks like a comment), NUL is refused outright and
  // a byte order mark past the start can end a document: all rare, all left to the full parser.
  if (source.indexOf('\r') !== -1 || source.indexOf('\0') !== -1 || source.indexOf('\ufeff', 1) !== -1) return UNSUPPORTED;
  try {
    return new Reader(source, base).document();
  } catch (error) {
    if (error === BAIL) return UNSUPPORTED;
    throw error;
  }
}

class Reader {
  private readonly src: string;
  private readonly len: number;
  private readonly base: number;
  private pos = 0;
  private lineStart = 0;
  /** Column of the content `pos` stands on after nextContent; -1 at the end of the document or at a marker line. */
  private indent = 0;
  /** nextContent stopped at a `---` or `...` line. */
  private atMarker = false;
  /** The event builder's `lastEnd`, relative to the chunk: empty items and block scalars are placed by it. */
  private lastEnd = 0;
  private depth = 0;
  /** The value of the node the last read method returned. */
  private value: unknown = null;
  /** The key string of the key node the last key read returned. */
  private key = '';
  /** The last quoted scalar scanned spans more than one line. */
  private multiline = false;
  /** nextContent went past a comment line (which ends a plain scalar's lines). */
  private sawComment = false;

  constructor(source: string, base: number) {
    this.src = source;
    this.len = source.length;
    this.base = base;
  }

  document(): BuiltDocument {
    const src = this.src;
    // js-yaml skips a leading byte order mark and counts columns after it.
    if (src.charCodeAt(0) === 0xfeff) this.pos = this.lineStart = 1;
    const firstLine = this.pos;
    this.nextContent();
    // js-yaml counts a line's indentation only after a line break, so on the first line it sees
    // column 0 whatever the spaces (`  --- a: b` is a marker there): not ours.
    if (this.lineStart === firstLine && this.pos > firstLine) bail();
    if (this.indent === -1) {
      // Only a `---` line may come before the content; `...` first, or no content, is not ours.
      if (!this.atMarker || this.src.charCodeAt(this.pos) !== DASH) bail();
      this.atMarker = false;
      this.pos += 3;
      this.finishLine();
      if (this.indent === -1) bail();
    } else if (src.charCodeAt(this.pos) === 0x25 /* % */) {
      bail(); // a directive
    }
    const r = this.indent;
    const c = src.charCodeAt(this.pos);
    let root: SourceNode;
    if (this.isSequenceEntry(this.pos)) root = this.blockSequence(r);
    else if (c === LBRACKET || c === LBRACE) {
      root = this.flowCollection(r);
      this.finishLine();
    } else root = this.blockMapping(r);
    const value = this.value;
    if (this.indent !== -1) bail(); // content after the root, less indented than it
    if (this.atMarker) {
      // Only `...` may close the document, and nothing but comments may follow it.
      if (src.charCodeAt(this.pos) !== DOT) bail();
      this.atMarker = false;
      this.pos += 3;
      this.finishLine();
      if (this.indent !== -1 || this.atMarker) bail();
    }
    return { root, value, needsConstructor: false };
  }

  // ---- lines -------------------------------------------------------------------------------

  /**
   * From a line start, skips blank and comment lines to the next content: sets `pos` to its first
   * character, `lineStart`, and `indent` (-1 at the end or at a document marker line).
   */
  private nextContent(): void {
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

  private isMarker(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (src.charCodeAt(p + 1) !== c || src.charCodeAt(p + 2) !== c) return false;
    const after = src.charCodeAt(p + 3);
    return p + 3 >= this.len || after === SPACE || after === LF || after === TAB;
  }

  /** After a node: only spaces and a comment may end the line. Then moves to the next content. */
  private finishLine(): void {
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
  private isSequenceEntry(p: number): boolean {
    const src = this.src;
    if (src.charCodeAt(p) !== DASH) return false;
    if (p + 1 >= this.len) return true;
    const next = src.charCodeAt(p + 1);
    if (next === TAB) bail();
    return next === SPACE || next === LF;
  }

  /** Skips spaces on the current line from `p`; a tab there is left to the full parser. */
  private skipSpaces(p: number): number {
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

  // ---- block collections -------------------------------------------------------------------

  /** A block mapping whose first key is at `pos`, in column `m`. Ends at the next content line. */
  private blockMapping(m: number): MappingNode {
    if (++this.depth > MAX_NESTING) bail();
    const src = this.src;
    const len = this.len;
    const base = this.base;
    const start = this.pos;
    const entries: MappingEntry[] = [];
    const object: Record<string, unknown> = {};
    this.lastEnd = start + 1;
    for (;;) {
      // The key, on one line, then `:` and white space (a tab there is js-yaml's own story).
      const keyStart = this.pos;
      const k = src.charCodeAt(keyStart);
      let keyNode: ScalarNode;
      let key: string;
      let colon: number;
      if (k === DQUOTE || k === SQUOTE) {
        keyNode = k === DQUOTE ? this.doubleQuoted(true, -1) : this.singleQuoted(true, -1);
        key = this.key;
        colon = this.skipSpaces(this.pos);
        if (src.charCodeAt(colon) !== COLON) bail();
      } else {
        if (k >= 128 || PLAIN_START_SIMPLE[k] !== 1) this.checkPlainStart(keyStart, false);
        const keyEnd = this.plainBlock(keyStart);
        colon = this.pos;
        if (src.charCodeAt(colon) !== COLON) bail(); // no `: ` on the key's line
        const raw = src.slice(keyStart, keyEnd);
        if (k < 128 && RESOLVE_ASCII[k] === 0) key = raw;
        else {
          if (raw === '<<') bail(); // a merge key
          key = keyString(plainValue(raw));
        }
        keyNode = this.scalar(keyStart, keyEnd, SCALAR_STYLE.PLAIN);
      }
      const after = src.charCodeAt(colon + 1);
      if (colon + 1 < len && after !== SPACE && after !== LF) bail();
      // `__proto__` would need defineProperty; a duplicate is the full parser's to report.
      if (key === '__proto__') bail();
      if (isDuplicate(entries, object, key)) bail();
      let value: SourceNode;
      let p = colon + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = src.charCodeAt(p);
      if (c === TAB) bail();
      if (p >= len || c === LF || (c === HASH && src.charCodeAt(p - 1) === SPACE)) {
        this.pos = p;
        this.finishLine();
        const i = this.indent;
        if (i > m) value = this.nodeOnOwnLine(i, m + 1);
        else if (i === m && this.isSequenceEntry(this.pos)) value = this.blockSequence(m);
        else {
          // An empty value sits right after its key's colon.
          const at = colon + 1 + base;
          value = { kind: 'scalar', start: at, end: at, propsStart: at, style: SCALAR_STYLE.PLAIN, empty: true };
          this.value = null;
        }
      } else {
        this.pos = p;
        if (c < 128 && PLAIN_START_SIMPLE[c] === 1) value = this.plainValueNode(p, this.plainBlock(p), m + 1);
        else value = this.inlineValue(m + 1);
      }
      entries.push({ key, keyNode, value });
      object[key] = this.value;
      // The next key stands in column m (a `- ` there is refused as a key, as js-yaml ends up doing).
      const i = this.indent;
      if (i === m) continue;
      if (i > m) bail(); // js-yaml: bad indentation of a mapping entry
      break;
    }
    let end = start + base;
    for (let e = 0; e < entries.length; e++) end = Math.max(end, entries[e].value.end, entries[e].keyNode.end);
    this.lastEnd = end - base;
    this.value = object;
    this.depth--;
    return { kind: 'mapping', start: start + base, end, propsStart: start + base, flow: false, entries, merges: [] };
  }

  /** A block sequence whose first `-` is at `pos`, in column `s`. */
  private blockSequence(s: number): SequenceNode {
    if (++this.depth > MAX_NESTING) bail();
    const src = this.src;
    const len = this.len;
    const base = this.base;
    const start = this.pos;
    const items: SourceNode[] = [];
    const values: unknown[] = [];
    this.lastEnd = start + 1;
    for (;;) {
      let p = this.pos + 1;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      const c = src.charCodeAt(p);
      if (c === TAB) bail();
      let item: SourceNode;
      if (p >= len || c === LF || (c === HASH && src.charCodeAt(p - 1) === SPACE)) {
        this.pos = p;
        this.finishLine();
        const i = this.indent;
        if (i > s) item = this.nodeOnOwnLine(i, s + 1);
        else {
          // The event builder puts an empty item where the previous node ended.
          const at = this.lastEnd + base;
          item = { kind: 'scalar', start: at, end: at, propsStart: at, style: SCALAR_STYLE.PLAIN, empty: true };
          this.value = null;
        }
      } else {
        this.pos = p;
        item = this.sequenceItem(p - this.lineStart, s + 1);
      }
      items.push(item);
      values.push(this.value);
      const i = this.indent;
      if (i === s && this.isSequenceEntry(this.pos)) continue;
      if (i > s) bail();
      break;
    }
    this.value = values;
    const end = items[items.length - 1].end;
    this.lastEnd = end - base;
    this.depth--;
    return { kind: 'sequence', start: start + base, end, propsStart: start + base, flow: false, items };
  }

  /** A sequence item that starts on its `-` line, at `pos` in column `col`. */
  private sequenceItem(col: number, flowIndent: number): SourceNode {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === DASH && this.isSequenceEntry(start)) return this.blockSequence(col);
    if (c === DQUOTE || c === SQUOTE) {
      const node = c === DQUOTE ? this.doubleQuoted(false, flowIndent) : this.singleQuoted(false, flowIndent);
      const p = this.skipSpaces(this.pos);
      if (src.charCodeAt(p) === COLON) {
        if (this.multiline) bail(); // a key on two lines
        // `- "key": value`, a compact mapping: read again as its first key.
        this.pos = start;
        return this.blockMapping(col);
      }
      this.finishLine();
      return node;
    }
    if (c === PIPE || c === GT || c === LBRACKET || c === LBRACE) return this.inlineValue(flowIndent);
    if (c >= 128 || PLAIN_START_SIMPLE[c] !== 1) this.checkPlainStart(start, false);
    const end = this.plainBlock(start);
    if (src.charCodeAt(this.pos) === COLON) {
      this.pos = start;
      return this.blockMapping(col);
    }
    return this.plainValueNode(start, end, flowIndent);
  }

  /** The value of a key, or an item, that starts on a later line than its key or `-`, in column `i`. */
  private nodeOnOwnLine(i: number, flowIndent: number): SourceNode {
    const c = this.src.charCodeAt(this.pos);
    if (c === DASH && this.isSequenceEntry(this.pos)) return this.blockSequence(i);
    if (c === LBRACKET || c === LBRACE) {
      const node = this.flowCollection(flowIndent);
      this.finishLine();
      return node;
    }
    // Anything but a mapping here (a scalar under its key, a block scalar) is left to js-yaml.
    return this.blockMapping(i);
  }

  /** A node after `key: ` on the key's line; `flowIndent` is the parent's column plus one. */
  private inlineValue(flowIndent: number): SourceNode {
    const start = this.pos;
    const c = this.src.charCodeAt(start);
    let node: SourceNode;
    if (c === PIPE || c === GT) return this.blockScalar(flowIndent);
    if (c === DQUOTE) node = this.doubleQuoted(false, flowIndent);
    else if (c === SQUOTE) node = this.singleQuoted(false, flowIndent);
    else if (c === LBRACKET || c === LBRACE) node = this.flowCollection(flowIndent);
    else {
      if (c >= 128 || PLAIN_START_SIMPLE[c] !== 1) this.checkPlainStart(start, false);
      return this.plainValueNode(start, this.plainBlock(start), flowIndent);
    }
    this.finishLine();
    return node;
  }

  // ---- scalars -----------------------------------------------------------------------------

  private scalar(start: number, end: number, style: number): ScalarNode {
    const base = this.base;
    if (end > this.lastEnd) this.lastEnd = end;
    return { kind: 'scalar', start: start + base, end: end + base, propsStart: start + base, style, empty: false };
  }

  /** Refuses what cannot start a plain scalar here (an indicator), and what we do not read as one. */
  private checkPlainStart(p: number, inFlow: boolean): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (p >= this.len) bail();
    if (c < 128) {
      if (NOT_PLAIN_START[c] === 1 || c <= SPACE || c === 0x7f) bail();
      if (c === DASH || c === 0x3f /* ? */ || c === COLON) {
        const next = src.charCodeAt(p + 1);
        if (p + 1 >= this.len || next === SPACE || next === LF || next === TAB) bail();
        if (inFlow && (next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE)) bail();
      }
    }
    // Non-ASCII first characters are checked by the scan.
  }

  /**
   * Scans one line of a plain scalar in block context from `start`: stops at `: `, ` #` or the
   * line end, leaving `pos` there. Returns the end of its text (trailing spaces excluded).
   */
  private plainBlock(start: number): number {
    const src = this.src;
    const len = this.len;
    let p = start;
    let end = start;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (PLAIN_SPECIAL_BLOCK[c] === 0) {
          end = ++p;
          continue;
        }
        if (c === SPACE) {
          p++;
          continue;
        }
        if (c === COLON) {
          const next = src.charCodeAt(p + 1);
          if (p + 1 >= len || next === SPACE || next === LF) break;
          if (next === TAB) bail();
          end = ++p;
          continue;
        }
        if (c === HASH) {
          if (src.charCodeAt(p - 1) === SPACE) break;
          end = ++p;
          continue;
        }
        if (c === LF) break;
        bail(); // a tab or a control character
      }
      p = this.nonAscii(p);
      end = p;
    }
    this.pos = p;
    return end;
  }

  /**
   * A plain scalar value in block context whose first line was scanned to `end`; reads the lines
   * it goes on over as js-yaml does (a next non-blank line indented at least `nodeIndent`, unless
   * a comment line comes first), sets `value`, and ends at the next content line.
   */
  private plainValueNode(start: number, end: number, nodeIndent: number): ScalarNode {
    const src = this.src;
    let multiline = false;
    // Only a scalar that ran to its line's end can go on; ` #` ends it for good.
    let open = this.pos >= this.len || src.charCodeAt(this.pos) === LF;
    this.finishLine();
    while (open && !this.sawComment && this.indent >= nodeIndent) {
      multiline = true;
      const lineEnd = this.plainBlock(this.pos);
      if (lineEnd > end) end = lineEnd;
      open = this.pos >= this.len || src.charCodeAt(this.pos) === LF;
      this.finishLine(); // a `: ` on this line is refused here, as js-yaml fails on it
    }
    const node = this.scalar(start, end, SCALAR_STYLE.PLAIN);
    const raw = multiline ? getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1)) : src.slice(start, end);
    const c = src.charCodeAt(start);
    this.value = c < 128 && RESOLVE_ASCII[c] === 0 ? raw : plainValue(raw);
    return node;
  }

  /** The same in flow context, where `,[]{}` also end the scalar. */
  private plainFlow(start: number, nodeIndent: number): number {
    const src = this.src;
    const len = this.len;
    let p = start;
    let end = start;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (PLAIN_SPECIAL_FLOW[c] === 0) {
          end = ++p;
          continue;
        }
        if (c === SPACE) {
          p++;
          continue;
        }
        if (c === COLON) {
          const next = src.charCodeAt(p + 1);
          if (p + 1 >= len || next === SPACE || next === LF || next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE) break;
          if (next === TAB) bail();
          end = ++p;
          continue;
        }
        if (c === HASH) {
          if (src.charCodeAt(p - 1) === SPACE) break;
          end = ++p;
          continue;
        }
        if (c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE) break;
        if (c === LF) {
          this.checkNoPlainContinuation(p, nodeIndent);
          break;
        }
        bail();
      }
      p = this.nonAscii(p);
      end = p;
    }
    this.pos = p;
    return end;
  }

  /**
   * A plain scalar in a flow collection goes on over the line break when the next non-blank line
   * is indented enough and starts with scalar text; we leave such multi-line scalars to js-yaml.
   */
  private checkNoPlainContinuation(lf: number, nodeIndent: number): void {
    const src = this.src;
    const len = this.len;
    let p = lf;
    while (p < len && src.charCodeAt(p) === LF) {
      const lineStart = ++p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) return;
      const c = src.charCodeAt(p);
      if (c === LF) continue;
      if (c === TAB) bail();
      if (c === HASH || p - lineStart < nodeIndent) return;
      if (c === COMMA || c === RBRACKET || c === RBRACE) return;
      bail();
    }
  }

  /** Checks one non-ASCII character of a plain or block scalar as js-yaml's printable test does; returns the next position. */
  private nonAscii(p: number): number {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (c <= 0x9f || c >= 0xfffe) bail();
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = src.charCodeAt(p + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) bail(); // a lone surrogate
      return p + 2;
    }
    return p + 1;
  }

  /**
   * A double-quoted scalar at `pos`; sets `value` (and `key` for a key). It may go on over line
   * breaks when `nodeIndent` >= 0 (not for keys), whose lines must be indented that far.
   */
  private doubleQuoted(isKey: boolean, nodeIndent: number): ScalarNode {
    const src = this.src;
    const len = this.len;
    const start = this.pos + 1;
    let p = start;
    let simple = true;
    this.multiline = false;
    for (;;) {
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        simple = false;
        const e = src.charCodeAt(p + 1);
        if (e < 128 && SIMPLE_ESCAPE[e] === 1) {
          p += 2;
          continue;
        }
        if (e === LF) {
          p = this.quotedLineBreak(p + 1, nodeIndent);
          continue;
        }
        const digits = e === 0x78 /* x */ ? 2 : e === 0x75 /* u */ ? 4 : e === 0x55 /* U */ ? 8 : 0;
        if (digits === 0) bail(); // an unknown escape
        for (let k = 2; k < 2 + digits; k++) {
          const h = src.charCodeAt(p + k);
          if (!((h >= 0x30 && h <= 0x39) || ((h | 0x20) >= 0x61 && (h | 0x20) <= 0x66))) bail();
        }
        p += 2 + digits;
        continue;
      }
      if (c === LF) {
        simple = false;
        p = this.quotedLineBreak(p, nodeIndent);
        continue;
      }
      if (c < SPACE && c !== TAB) bail(); // a control character
      p++;
    }
    const end = p;
    this.pos = p + 1;
    const node = this.scalar(start - 1, end + 1, SCALAR_STYLE.DOUBLE_QUOTED);
    this.value = simple ? src.slice(start, end) : getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1));
    // event-reader.ts's scalarKey tries JSON.parse first: on the one line a key may take, JSON's
    // escapes decode as YAML's do, and what JSON refuses it reads as this value.
    if (isKey) this.key = this.value as string;
    return node;
  }

  /** A single-quoted scalar at `pos`, on one line or (`nodeIndent` >= 0) several. */
  private singleQuoted(isKey: boolean, nodeIndent: number): ScalarNode {
    const src = this.src;
    const len = this.len;
    const start = this.pos + 1;
    let p = start;
    let simple = true;
    this.multiline = false;
    for (;;) {
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === SQUOTE) {
        if (src.charCodeAt(p + 1) === SQUOTE) {
          simple = false;
          p += 2;
          continue;
        }
        break;
      }
      if (c === LF) {
        simple = false;
        p = this.quotedLineBreak(p, nodeIndent);
        continue;
      }
      if (c < SPACE && c !== TAB) bail();
      p++;
    }
    const end = p;
    this.pos = p + 1;
    const node = this.scalar(start - 1, end + 1, SCALAR_STYLE.SINGLE_QUOTED);
    if (simple) this.value = src.slice(start, end);
    else this.value = getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1));
    // event-reader.ts's scalarKey unfolds `''` alone: on the one line a key may take, that is this value.
    if (isKey) this.key = this.value as string;
    return node;
  }

  /**
   * A line break inside a quoted scalar, at `lf`: js-yaml skips blank lines and wants the next
   * line indented at least `nodeIndent`. Returns where the scalar's text goes on.
   */
  private quotedLineBreak(lf: number, nodeIndent: number): number {
    if (nodeIndent < 0) bail(); // a key on two lines
    this.multiline = true;
    const src = this.src;
    const len = this.len;
    let p = lf;
    for (;;) {
      const lineStart = ++p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === LF) continue;
      if (c === TAB) bail();
      // Column 0 would also need js-yaml's document-marker test; no quoted value of ours gets there.
      if (p - lineStart < nodeIndent || p === lineStart) bail();
      return p;
    }
  }

  /**
   * A block scalar at its `|` or `>`, read line by line as js-yaml's readBlockScalar does (same
   * indentation detection and the same refusals), its text decoded by js-yaml itself.
   */
  private blockScalar(parentIndent: number): ScalarNode {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    const style = src.charCodeAt(p) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    p++;
    let chomping: number = CHOMPING_MODE.CLIP;
    let indent = -1;
    let detected = false;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === 0x2b /* + */ || c === DASH) {
        if (chomping !== CHOMPING_MODE.CLIP) bail();
        chomping = c === DASH ? CHOMPING_MODE.STRIP : CHOMPING_MODE.KEEP;
        p++;
      } else if (c >= 0x30 && c <= 0x39) {
        if (c === 0x30 || detected) bail();
        indent = parentIndent + (c - 0x30) - 1;
        detected = true;
        p++;
      } else break;
    }
    let hadWhitespace = false;
    while (p < len && (src.charCodeAt(p) === SPACE || src.charCodeAt(p) === TAB)) {
      hadWhitespace = true;
      p++;
    }
    if (hadWhitespace && src.charCodeAt(p) === HASH) {
      while (p < len && src.charCodeAt(p) !== LF) p++;
    }
    if (p < len) {
      if (src.charCodeAt(p) !== LF) bail();
      p++;
    }
    let contentIndent = detected ? indent : -1;
    let maxLeadingIndent = 0;
    const valueStart = p;
    let valueEnd = p;
    while (p < len) {
      const linePosition = p;
      let column = 0;
      while (linePosition + column < len && src.charCodeAt(linePosition + column) === SPACE) column++;
      if (linePosition + column >= len) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = linePosition + column;
        } else if (column > 0) valueEnd = linePosition + column;
        break;
      }
      const first = src.charCodeAt(linePosition + column);
      if (column === 0 && (first === DASH || first === DOT) && this.isMarker(linePosition)) break;
      const blank = first === LF;
      if (!detected && contentIndent === -1) {
        if (blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        else {
          if (first === TAB && column < parentIndent) bail();
          if (column >= parentIndent && column < maxLeadingIndent) bail();
        }
      }
      if (contentIndent === -1 && !blank && column < parentIndent) break;
      if (!detected && !blank && contentIndent === -1) contentIndent = column;
      const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
      if (!blank && column < requiredIndent) break;
      let q = linePosition + column;
      while (q < len) {
        const c = src.charCodeAt(q);
        if (c === LF) break;
        if (c < SPACE ? c !== TAB : c >= 0x7f) {
          if (c < 0x7f) bail();
          q = this.nonAscii(q);
        } else q++;
      }
      valueEnd = q;
      if (q < len) valueEnd = ++q;
      p = q;
    }
    const value = getScalarValue(src, scalarEvent(valueStart, valueEnd, style, chomping, contentIndent));
    // Placed as the event builder places it: from its indicator, found after the previous node.
    const indicator = indexOfBlockIndicator(src, Math.max(this.lastEnd, 0), valueStart);
    const start = indicator !== -1 ? indicator : valueStart;
    const node = this.scalar(start, trimTrailingBreaks(src, start, valueEnd), style);
    this.value = value;
    // The line that ended the scalar is read again from its start.
    this.pos = p < len ? p : len;
    this.nextContent();
    return node;
  }

  // ---- flow collections --------------------------------------------------------------------

  /** A flow collection at `pos`; lines inside it must be indented at least `nodeIndent`. Leaves `pos` after its bracket. */
  private flowCollection(nodeIndent: number): MappingNode | SequenceNode {
    if (++this.depth > MAX_NESTING) bail();
    const src = this.src;
    const base = this.base;
    const start = this.pos;
    const isMapping = src.charCodeAt(start) === LBRACE;
    const terminator = isMapping ? RBRACE : RBRACKET;
    const object: Record<string, unknown> | undefined = isMapping ? {} : undefined;
    const entries: MappingEntry[] = [];
    const items: SourceNode[] = [];
    const values: unknown[] = [];
    this.lastEnd = start + 1;
    this.pos = start + 1;
    let readNext = true;
    for (;;) {
      this.flowSpace(nodeIndent);
      if (this.pos >= this.len) bail();
      const c = src.charCodeAt(this.pos);
      if (c === terminator) {
        this.pos++;
        break;
      }
      if (!readNext || c === COMMA) bail();
      if (object !== undefined) {
        const keyNode = this.flowKey(nodeIndent);
        const key = this.key;
        if (key === '__proto__' || isDuplicate(entries, object, key)) bail();
        // The `:` on the key's line (js-yaml also takes it on the next; we do not).
        const p = this.skipSpaces(this.pos);
        if (src.charCodeAt(p) !== COLON) bail();
        this.pos = p + 1;
        this.flowSpace(nodeIndent);
        const value = this.flowNode(nodeIndent);
        entries.push({ key, keyNode, value });
        object[key] = this.value;
      } else {
        items.push(this.flowNode(nodeIndent));
        values.push(this.value);
      }
      this.flowSpace(nodeIndent);
      if (src.charCodeAt(this.pos) === COMMA) {
        readNext = true;
        this.pos++;
      } else readNext = false;
    }
    const end = this.pos + base;
    this.lastEnd = this.pos;
    this.value = object ?? values;
    this.depth--;
    if (isMapping) return { kind: 'mapping', start: start + base, end, propsStart: start + base, flow: true, entries, merges: [] };
    return { kind: 'sequence', start: start + base, end, propsStart: start + base, flow: true, items };
  }

  /** Skips white space, comments and line breaks inside a flow collection, as skipFlowSeparationSpace does. */
  private flowSpace(nodeIndent: number): void {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    let separated = p === this.lineStart || src.charCodeAt(p - 1) === SPACE || src.charCodeAt(p - 1) === LF;
    let crossed = false;
    let lineIndent = 0;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === SPACE) {
        p++;
        separated = true;
      } else if (c === HASH && separated) {
        p = src.indexOf('\n', p);
        if (p === -1) p = len;
      } else if (c === LF) {
        p++;
        this.lineStart = p;
        crossed = true;
        separated = true;
        lineIndent = 0;
        while (p < len && src.charCodeAt(p) === SPACE) {
          p++;
          lineIndent++;
        }
      } else if (c === TAB) {
        bail();
      } else break;
    }
    this.pos = p;
    if (crossed) {
      if (lineIndent < nodeIndent) bail(); // js-yaml: deficient indentation
      // A `---` or `...` line ends the document even inside brackets (only a root flow reaches column 0).
      if (lineIndent === 0 && p < len && this.isMarker(p)) bail();
    }
  }

  private flowKey(nodeIndent: number): ScalarNode {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === DQUOTE) return this.doubleQuoted(true, -1);
    if (c === SQUOTE) return this.singleQuoted(true, -1);
    this.checkPlainStart(start, true);
    const end = this.plainFlow(start, nodeIndent);
    if (src.charCodeAt(this.pos) !== COLON) bail(); // a key without a value, or on two lines
    const raw = src.slice(start, end);
    if (raw === '<<') bail();
    this.key = keyString(plainValue(raw));
    return this.scalar(start, end, SCALAR_STYLE.PLAIN);
  }

  /** An entry of a flow collection (or a flow mapping's value); an empty one is left to js-yaml. */
  private flowNode(nodeIndent: number): SourceNode {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(nodeIndent);
    if (c === DQUOTE) return this.doubleQuoted(false, nodeIndent);
    if (c === SQUOTE) return this.singleQuoted(false, nodeIndent);
    this.checkPlainStart(start, true);
    const end = this.plainFlow(start, nodeIndent);
    this.value = plainValue(src.slice(start, end));
    return this.scalar(start, end, SCALAR_STYLE.PLAIN);
  }
}
