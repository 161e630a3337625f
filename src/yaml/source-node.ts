import type { JsonPath } from '../types/finding.js';

/**
 * Source offsets of every node of one YAML document, as whichever reader took the document built
 * them alongside its value. Offsets are 0-based, end-exclusive, relative to the whole file.
 */
export type SourceNode = ScalarNode | MappingNode | SequenceNode | AliasNode;

interface NodeBase {
  /** First character of the node itself (a quote, `|`, `{`, `[`, or the first key of a block mapping). */
  start: number;
  end: number;
  /** First character of the node's properties (anchor, tag) when it has them, else `start`. */
  propsStart: number;
}
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  style: number;
  /** `start`/`end` of an empty (null) value sit where the value would begin. */
  empty: boolean;
}
export interface MappingEntry {
  key: string;
  keyNode: SourceNode;
  value: SourceNode;
}
export interface MappingNode extends NodeBase {
  kind: 'mapping';
  flow: boolean;
  entries: MappingEntry[];
  /** Targets of `<<` merge keys, in precedence order. */
  merges: SourceNode[];
}
export interface SequenceNode extends NodeBase {
  kind: 'sequence';
  flow: boolean;
  items: SourceNode[];
}
export interface AliasNode extends NodeBase {
  kind: 'alias';
  target: SourceNode | undefined;
}

/** Where a JSON path lands in the source: the key (for mapping entries) and the value. */
export interface Located {
  key?: SourceNode;
  value: SourceNode;
  /** True when the path resolved completely; false when only a prefix exists. */
  exact: boolean;
  /** How many path segments resolved. */
  depth: number;
  /** True when the path passed through an alias or merge: the node is shared with other places. */
  viaAlias: boolean;
}

/** Raised when aliases would expand a document past what any real manifest needs. */
export class AliasLimitError extends Error {}

/** Raised for a key that appears twice in one mapping (strict decoding rejects it too). */
export class DuplicateKeyError extends Error {
  constructor(readonly offset: number) {
    super('duplicated mapping key');
  }
}

/** A document's node tree and, when it needs no YAML feature beyond plain data, its value. */
export interface BuiltDocument {
  root: SourceNode | null;
  value: unknown;
  /**
   * The document uses aliases, merge keys, tags or complex keys: its value must come from
   * js-yaml's constructor, which implements those, rather than from this single pass.
   */
  needsConstructor: boolean;
}

/** Follows aliases to the node they stand for. */
export function resolveAlias(node: SourceNode | undefined): SourceNode | undefined {
  let n = node;
  for (let hops = 0; n?.kind === 'alias' && hops < 64; hops++) n = n.target;
  return n;
}

/** Finds the entry for `key` in a mapping, as Kubernetes sees it: explicit keys win over `<<` merges. */
export function findEntry(mapping: MappingNode, key: string): MappingEntry | undefined {
  for (let i = mapping.entries.length - 1; i >= 0; i--) {
    if (mapping.entries[i].key === key) return mapping.entries[i];
  }
  for (const merged of mapping.merges) {
    const target = resolveAlias(merged);
    if (target?.kind === 'mapping') {
      const found = findEntry(target, key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Resolves `path` from `root`; when the path does not exist, stops at the deepest node that does. */
export function locate(root: SourceNode, path: JsonPath): Located {
  let value: SourceNode = root;
  let key: SourceNode | undefined;
  let depth = 0;
  let viaAlias = false;
  for (const segment of path) {
    const node = resolveAlias(value);
    if (node === undefined) break;
    if (node !== value) viaAlias = true;
    if (node.kind === 'mapping' && typeof segment === 'string') {
      const entry = findEntry(node, segment);
      if (!entry) break;
      if (!node.entries.includes(entry)) viaAlias = true;
      key = entry.keyNode;
      value = entry.value;
    } else if (node.kind === 'sequence' && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
      key = undefined;
      value = node.items[segment];
    } else {
      break;
    }
    depth++;
  }
  if (depth === path.length && resolveAlias(value) !== value) viaAlias = true;
  return { key, value, exact: depth === path.length, depth, viaAlias };
}
