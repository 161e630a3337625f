import { SCALAR_STYLE } from 'js-yaml';
import { plainKey, resolvePlain as plainValue } from '../kubernetes-scalars.js';
import type { MappingEntry, MappingNode, ScalarNode, SequenceNode, SourceNode } from '../source-node.js';
import { TAB, LF, SPACE, DQUOTE, HASH, SQUOTE, COMMA, COLON, LBRACKET, RBRACKET, LBRACE, RBRACE } from './chars.js';
import { bail, finite, isDuplicate, MAX_NESTING } from './lines.js';
import { ScalarScanner } from './scalars.js';

/** Flow collections (`[...]`, `{...}`), on one line or several. */
export abstract class FlowScanner extends ScalarScanner {
  /** A flow collection at `pos`; lines inside it must be indented at least `nodeIndent`. Leaves `pos` after its bracket. */
  protected flowCollection(nodeIndent: number): MappingNode | SequenceNode {
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
        if (this.value === null) this.nullSeen = true;
      } else {
        items.push(this.flowNode(nodeIndent));
        values.push(this.value);
        if (this.value === null) this.nullSeen = true;
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
  protected flowSpace(nodeIndent: number): void {
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

  protected flowKey(nodeIndent: number): ScalarNode {
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
    this.key = plainKey(raw);
    return this.scalar(start, end, SCALAR_STYLE.PLAIN);
  }

  /** An entry of a flow collection (or a flow mapping's value); an empty one is left to js-yaml. */
  protected flowNode(nodeIndent: number): SourceNode {
    const src = this.src;
    const start = this.pos;
    const c = src.charCodeAt(start);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(nodeIndent);
    if (c === DQUOTE) return this.doubleQuoted(false, nodeIndent);
    if (c === SQUOTE) return this.singleQuoted(false, nodeIndent);
    this.checkPlainStart(start, true);
    const end = this.plainFlow(start, nodeIndent);
    this.value = finite(plainValue(src.slice(start, end)));
    return this.scalar(start, end, SCALAR_STYLE.PLAIN);
  }
}
