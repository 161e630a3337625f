import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { trimTrailingBreaks } from './scalar-text.js';
import { blockEnd, type AliasNode, type BuiltDocument, type MappingNode, type ScalarNode, type SequenceNode, type SourceNode } from './source-node.js';
import { nestingError, ReadingError, scalarRead, TreeBuilder, MAX_NESTING } from './tree-builder.js';

/**
 * The third reader, for the documents js-yaml refuses but go-yaml (and so kubectl) accepts, such
 * as a flow sequence whose closing bracket sits at its key's indentation. It is loaded only when
 * needed. The `yaml` package only parses here (every scalar as text); values are built as in the
 * event reader, through tree-builder.ts and kubernetes-scalars.ts, and nodes are placed as the
 * other readers place them (from their anchor or tag; a block collection ends at its last child).
 */
export class FallbackSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseChunkLeniently(source: string, base: number): BuiltDocument {
  if (nestedTooDeep(source)) throw nestingError(base);
  let doc;
  try {
    doc = parseDocument(source, { version: '1.1', schema: 'failsafe', merge: false, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  } catch (error) {
    if (error instanceof RangeError) throw nestingError(base);
    throw error;
  }
  const error = doc.errors[0];
  if (error?.code === 'RESOURCE_EXHAUSTION') throw nestingError(base + error.pos[0]);
  if (error) throw new FallbackSyntaxError(error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), base + error.pos[0]);
  const builder = new TreeBuilder();
  builder.beginDocument();
  if (doc.contents) new Walker(source, base, builder).node(doc.contents as YamlNode, -1);
  builder.endDocument();
  return builder.result()[0];
}

/** A cheap bound first: the `yaml` package recurses per level and would run out of stack first. */
function nestedTooDeep(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

class Walker {
  private depth = 0;
  /** A node's properties start no earlier than its collection: the properties before that are the collection's. */
  private floor = 0;

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly builder: TreeBuilder,
  ) {}

  /** Hands `node` to the builder; `emptyAt` places an empty value (after its key's colon). */
  node(node: YamlNode, emptyAt: number): SourceNode {
    const [start, valueEnd] = node.range ?? [0, 0, 0];
    const base = this.base;
    const anchor = (node as { anchor?: string }).anchor ?? null;
    if (isScalar(node)) {
      const scalar = node as Scalar;
      const text = typeof scalar.value === 'string' ? scalar.value : String(scalar.value ?? '');
      const style = scalarStyle(scalar);
      const empty = style === 1 && start === valueEnd && text === '';
      const at = empty && emptyAt !== -1 ? emptyAt : start + base;
      const out: ScalarNode = empty
        ? { kind: 'scalar', start: at, end: at, propsStart: at, style, empty: true }
        : { kind: 'scalar', start: start + base, end: (style >= 4 ? trimTrailingBreaks(this.source, start, valueEnd) : valueEnd) + base, propsStart: this.propsStart(start) + base, style, empty: false };
      this.builder.scalar(out, scalarRead(text, style === 1, scalar.tag ?? null, out.start), anchor);
      return out;
    }
    if (isAlias(node)) {
      const out: AliasNode = { kind: 'alias', start: start + base, end: valueEnd + base, propsStart: start + base, target: undefined };
      this.builder.alias(out, node.source);
      return out;
    }
    if (++this.depth > MAX_NESTING) throw nestingError(start + base);
    const flow = (node as { flow?: boolean }).flow === true;
    const propsStart = this.propsStart(start) + base;
    const floor = this.floor;
    this.floor = start;
    let out: MappingNode | SequenceNode;
    if (isSeq(node)) {
      out = { kind: 'sequence', start: start + base, end: valueEnd + base, propsStart, flow, items: [] };
      this.builder.openCollection(out, anchor);
      for (const item of node.items) this.node(item as YamlNode, -1);
    } else if (isMap(node)) {
      out = { kind: 'mapping', start: start + base, end: valueEnd + base, propsStart, flow, entries: [], merges: [] };
      this.builder.openCollection(out, anchor);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const key = keyNode ? this.node(keyNode, -1) : this.emptyKey(out.start);
        const colon = this.source.indexOf(':', key.end - base);
        const valueAt = colon === -1 ? key.end : colon + 1 + base;
        if (pair.value) this.node(pair.value as YamlNode, valueAt);
        else this.builder.scalar(emptyNode(valueAt), scalarRead('', true, null, valueAt), null);
      }
    } else {
      throw new ReadingError('unsupported node', start + base);
    }
    this.builder.closeCollection();
    if (!flow) out.end = blockEnd(out) ?? out.start;
    this.floor = floor;
    this.depth--;
    return out;
  }

  private emptyKey(at: number): SourceNode {
    const node = emptyNode(at);
    this.builder.scalar(node, scalarRead('', true, null, at), null);
    return node;
  }

  /** Where a node's anchor or tag starts, before `start` (the `yaml` package's range leaves them out). */
  private propsStart(start: number): number {
    const src = this.source;
    let first = start;
    let i = start;
    for (let props = 0; props < 2; props++) {
      let j = i - 1;
      while (j >= this.floor && (src[j] === ' ' || src[j] === '\t' || src[j] === '\n' || src[j] === '\r')) j--;
      if (j < this.floor) break;
      let k = j;
      while (k >= this.floor && !/[\s[\]{},]/.test(src[k])) k--;
      const token = src.slice(k + 1, j + 1);
      if (token.length < 2 || !(token.startsWith('&') || token.startsWith('!')) || token.endsWith(':') || token.endsWith(',')) break;
      first = i = k + 1;
    }
    return first;
  }
}

function emptyNode(at: number): ScalarNode {
  return { kind: 'scalar', start: at, end: at, propsStart: at, style: 1, empty: true };
}

function scalarStyle(node: Scalar): number {
  switch (node.type) {
    case Scalar.QUOTE_SINGLE:
      return 2;
    case Scalar.QUOTE_DOUBLE:
      return 3;
    case Scalar.BLOCK_LITERAL:
      return 4;
    case Scalar.BLOCK_FOLDED:
      return 5;
    default:
      return 1;
  }
}
