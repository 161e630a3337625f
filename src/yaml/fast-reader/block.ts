import { SCALAR_STYLE } from 'js-yaml';
import { PLAIN_RESOLVES_ASCII as RESOLVE_ASCII, plainKey } from '../kubernetes-scalars.js';
import type { BuiltDocument, MappingEntry, MappingNode, ScalarNode, SequenceNode, SourceNode } from '../source-node.js';
import { TAB, LF, SPACE, DQUOTE, HASH, SQUOTE, DASH, DOT, COLON, GT, LBRACKET, LBRACE, PIPE, PLAIN_START_SIMPLE } from './chars.js';
import { bail, isDuplicate, MAX_NESTING } from './lines.js';
import { FlowScanner } from './flow.js';

/** Block mappings and sequences, and a document as a whole: the reader the entry point runs. */
export class BlockReader extends FlowScanner {
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
    return this.nullSeen ? { root, value, hasNull: true } : { root, value };
  }

  /** A block mapping whose first key is at `pos`, in column `m`. Ends at the next content line. */
  protected blockMapping(m: number): MappingNode {
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
        if (k === 0x3c /* < */ && raw === '<<') bail(); // a merge key
        key = k < 128 && RESOLVE_ASCII[k] === 0 ? raw : plainKey(raw);
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
      if (this.value === null) this.nullSeen = true;
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
  protected blockSequence(s: number): SequenceNode {
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
      if (this.value === null) this.nullSeen = true;
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
  protected sequenceItem(col: number, flowIndent: number): SourceNode {
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
  protected nodeOnOwnLine(i: number, flowIndent: number): SourceNode {
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
  protected inlineValue(flowIndent: number): SourceNode {
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
}
