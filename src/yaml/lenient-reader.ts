import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node as YamlNode } from 'yaml';
import { keyString } from './kubernetes-scalars.js';
import type { MappingNode, SequenceNode, SourceNode } from './source-node.js';

/**
 * The second reader, for the documents js-yaml refuses but go-yaml (and so kubectl) accepts,
 * such as a flow sequence whose closing bracket sits at its key's indentation. It is loaded only
 * when needed and yields the same value and node tree as the fast path.
 */
export interface FallbackDocument {
  value: unknown;
  root: SourceNode | null;
}

export class FallbackSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const TIMESTAMP = 'tag:yaml.org,2002:timestamp';

export function parseChunkLeniently(source: string, base: number, maxAliasCount: number): FallbackDocument {
  const doc = parseDocument(source, {
    version: '1.1',
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
    // go-yaml v2 keeps timestamp-like scalars as strings in untyped values.
    customTags: (tags) => tags.filter((t) => (typeof t === 'object' ? t.tag !== TIMESTAMP : true)),
  });
  const error = doc.errors[0];
  if (error) throw new FallbackSyntaxError(error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), base + error.pos[0]);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (e) {
    throw new FallbackSyntaxError((e as Error).message, base);
  }
  const root = doc.contents ? convert(doc.contents as YamlNode, doc, source, base) : null;
  return { value, root };
}

function convert(node: YamlNode, doc: Document, source: string, base: number): SourceNode {
  const [start, , end] = node.range ?? [0, 0, 0];
  if (isScalar(node)) {
    const valueEnd = node.range ? node.range[1] : end;
    return { kind: 'scalar', start: start + base, end: valueEnd + base, propsStart: start + base, style: scalarStyle(node), empty: false };
  }
  if (isAlias(node)) {
    const target = node.resolve(doc);
    const n: SourceNode = { kind: 'alias', start: start + base, end: node.range ? node.range[1] + base : end + base, propsStart: start + base, target: undefined };
    if (target) n.target = convert(target as YamlNode, doc, source, base);
    return n;
  }
  if (isSeq(node)) {
    const seq: SequenceNode = { kind: 'sequence', start: start + base, end: contentEnd(source, start, node.range![1]) + base, propsStart: start + base, flow: node.flow === true, items: [] };
    for (const item of node.items) seq.items.push(convert(item as YamlNode, doc, source, base));
    return seq;
  }
  if (isMap(node)) {
    const map: MappingNode = { kind: 'mapping', start: start + base, end: contentEnd(source, start, node.range![1]) + base, propsStart: start + base, flow: node.flow === true, entries: [], merges: [] };
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const key = keyNode ? convert(keyNode, doc, source, base) : emptyAt(map.start);
      const keyText = isScalar(keyNode) ? keyString(keyNode.value) : '';
      let value: SourceNode;
      const written = pair.value as YamlNode | null;
      // An empty value (`key:` or `key:  # note`) is null with a zero-length range at whatever
      // follows; like the fast reader, place it right after the colon.
      const isEmpty = !written || (isScalar(written) && written.value === null && written.range != null && written.range[0] === written.range[1]);
      if (!isEmpty && written) value = convert(written, doc, source, base);
      else {
        const colon = source.indexOf(':', key.end - base);
        value = emptyAt(colon === -1 ? key.end : colon + 1 + base);
      }
      if (keyText === '<<' && isScalar(keyNode) && keyNode.type === Scalar.PLAIN) {
        map.merges.push(...(value.kind === 'sequence' ? value.items : [value]));
      } else {
        map.entries.push({ key: keyText, keyNode: key, value });
      }
    }
    return map;
  }
  return emptyAt(start + base);
}

/**
 * `yaml` ends a block collection's range after its last line break (and any comment lines);
 * the fast reader ends it at the last content character. Both readers must agree.
 */
function contentEnd(source: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /\s/.test(source[e - 1])) e--;
    // A trailing comment line is not part of the collection either.
    const lineStart = source.lastIndexOf('\n', e - 1) + 1;
    const line = source.slice(lineStart, e);
    if (lineStart > start && /^\s*#/.test(line)) e = lineStart;
    else return e;
  }
}

function emptyAt(offset: number): SourceNode {
  return { kind: 'scalar', start: offset, end: offset, propsStart: offset, style: 1, empty: true };
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
