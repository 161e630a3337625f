import { type ScalarValue } from './kubernetes-scalars.js';
import type { AliasNode, BuiltDocument, MappingNode, SequenceNode, SourceNode } from './source-node.js';
/**
 * A document that Kubernetes cannot read although its YAML parses: an alias to its own anchor,
 * a key JSON cannot name, an infinity, a merge of something that is not a mapping, nesting past
 * the limit. `offset` is in the file.
 */
export declare class ReadingError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
}
/** Collections may nest this deep in every reader (go-yaml allows 10000; no manifest comes near this). */
export declare const MAX_NESTING = 200;
/** Aliases may not expand one document past this many nodes (real manifests stay far below). */
export declare const MAX_EXPANDED_NODES = 100000;
export declare function nestingError(offset: number): ReadingError;
/** What a reader knows of a scalar when it hands it over: its value, and its text as a map key. */
export interface ScalarRead {
    value: ScalarValue;
    /** The key this scalar names in a mapping (go-yaml's key conversion); throws KeyError when JSON cannot name it. */
    key(): string;
    /** A `<<` that go-yaml takes as a merge key (plain and untagged, or tagged `!!merge`). */
    merge: boolean;
}
/**
 * A scalar as Kubernetes reads it, from its text (decoded, folded), whether it is plain, and its
 * tag as written: a value, the key it names, and whether it is a `<<` merge key. `offset` places
 * the error of a tagged scalar that is not of its tag.
 */
export declare function scalarRead(text: string, plain: boolean, tag: string | null, offset: number): ScalarRead;
/**
 * Builds a document's value from the nodes a reader hands over in document order, as go-yaml v2
 * decodes into untyped values (decode.go `mapping`, `merge`, `alias`): a merge key overwrites the
 * keys before it and is overwritten by those after it (of a list of sources, the earlier wins); a
 * duplicated key keeps its last value (and is noted); an alias repeats its anchor's value; a
 * collection or null as a key, a merge of anything but mappings, an alias inside its own anchor
 * and an infinite number are errors. The event reader and the lenient reader both build through it.
 */
export declare class TreeBuilder {
    private readonly documents;
    private readonly anchors;
    private readonly stack;
    private expanded;
    private duplicates;
    private hasNull;
    private started;
    beginDocument(): void;
    /** Ends a document; one that attached nothing has no root. */
    endDocument(): void;
    result(): BuiltDocument[];
    openCollection(node: MappingNode | SequenceNode, anchor: string | null): void;
    closeCollection(): MappingNode | SequenceNode;
    scalar(node: SourceNode, read: ScalarRead, anchor: string | null): void;
    alias(node: AliasNode, name: string): void;
    private attach;
    private keyOf;
}
