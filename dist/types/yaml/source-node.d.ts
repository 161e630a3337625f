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
export declare function blockEnd(node: MappingNode | SequenceNode): number | undefined;
/** Follows aliases to the node they stand for. */
export declare function resolveAlias(node: SourceNode | undefined): SourceNode | undefined;
/**
 * Finds the entry that gives `key` its value in a mapping, as go-yaml decodes it: keys and `<<`
 * merges apply in document order, each overwriting what came before it; of a merge's list of
 * sources the earlier wins, and a source's own merges count as its keys.
 */
export declare function findEntry(mapping: MappingNode, key: string): MappingEntry | undefined;
/** Resolves `path` from `root`; when the path does not exist, stops at the deepest node that does. */
export declare function locate(root: SourceNode, path: JsonPath): Located;
/**
 * Every scalar written under a node, keys included and empty ones not, in no particular order.
 * Aliases are not followed: what they name is reached where it is written.
 */
export declare function forEachScalar(root: SourceNode | null, visit: (scalar: ScalarNode) => void): void;
export {};
