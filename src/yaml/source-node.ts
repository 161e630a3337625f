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
  /** The explicit keys, in document order (a duplicated key appears twice; the later one counts). */
  entries: MappingEntry[];
  /** The `<<` merge keys, in document order. */
  merges: MergeKey[];
}
/** A `<<` key: what it merges, and where it stands among the explicit keys. */
export interface MergeKey {
  /** How many explicit entries came before it: it overwrites those, and later ones overwrite it. */
  at: number;
  keyNode: SourceNode;
  value: SourceNode;
  /** The mappings (or aliases of mappings) merged; of several, the earlier wins. */
  sources: SourceNode[];
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

/** A key written twice in one mapping: Kubernetes keeps the later value. Offsets are in the file. */
export interface DuplicateKey {
  key: string;
  offset: number;
  /** The key's earlier occurrence. */
  first: number;
}

/** A document's node tree and its value, as Kubernetes reads it. */
export interface BuiltDocument {
  root: SourceNode | null;
  value: unknown;
  /** Keys written twice (the value holds the later one); absent when there are none. */
  duplicates?: DuplicateKey[];
  /** Some value in the document (not a key) is null. */
  hasNull?: true;
}

/** Where a block collection ends: at its last child's end (not at a comment or line break after it). */
export function blockEnd(node: MappingNode | SequenceNode): number | undefined {
  if (node.kind === 'sequence') return node.items.length ? node.items[node.items.length - 1].end : undefined;
  let end: number | undefined;
  for (const entry of node.entries) end = Math.max(end ?? 0, entry.value.end, entry.keyNode.end);
  for (const merged of node.merges) end = Math.max(end ?? 0, merged.value.end);
  return end;
}

/** Follows aliases to the node they stand for. */
export function resolveAlias(node: SourceNode | undefined): SourceNode | undefined {
  let n = node;
  for (let hops = 0; n?.kind === 'alias' && hops < 64; hops++) n = n.target;
  return n;
}

/**
 * Finds the entry that gives `key` its value in a mapping, as go-yaml decodes it: keys and `<<`
 * merges apply in document order, each overwriting what came before it; of a merge's list of
 * sources the earlier wins, and a source's own merges count as its keys.
 */
export function findEntry(mapping: MappingNode, key: string): MappingEntry | undefined {
  const { entries, merges } = mapping;
  let m = merges.length - 1;
  for (let i = entries.length - 1; i >= -1; i--) {
    // Merges written after entry i (and before entry i + 1) overwrite it.
    for (; m >= 0 && merges[m].at > i; m--) {
      for (const source of merges[m].sources) {
        const target = resolveAlias(source);
        const found = target?.kind === 'mapping' ? findEntry(target, key) : undefined;
        if (found) return found;
      }
    }
    if (i >= 0 && entries[i].key === key) return entries[i];
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

/**
 * Every scalar written under a node, keys included and empty ones not, in no particular order.
 * Aliases are not followed: what they name is reached where it is written.
 */
export function forEachScalar(root: SourceNode | null, visit: (scalar: ScalarNode) => void): void {
  const stack: SourceNode[] = root ? [root] : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'scalar') {
      if (!node.empty) visit(node);
    } else if (node.kind === 'sequence') {
      for (const item of node.items) stack.push(item);
    } else if (node.kind === 'mapping') {
      for (const entry of node.entries) stack.push(entry.keyNode, entry.value);
      for (const merge of node.merges) stack.push(merge.keyNode, merge.value);
    }
  }
}
