import type { DuplicateKey, SourceNode } from './source-node.js';
import type { DocumentChunk } from './split-documents.js';
import type { SourceFile } from './source-file.js';
export { MAX_EXPANDED_NODES } from './tree-builder.js';
/** One YAML document of a file: its value as Kubernetes reads it and the source node of every part. */
export interface ParsedDocument {
    index: number;
    /** Offsets of the document's text in the file (markers and comments included). */
    start: number;
    end: number;
    value: unknown;
    root: SourceNode | null;
    /** Keys written twice in one mapping: the value holds the later one, as kubectl keeps it. */
    duplicates?: DuplicateKey[];
    /** Some value is null: the engine reads it as the API decodes it (run/zero-values.ts). */
    hasNull?: true;
}
/** A document that does not parse, or that Kubernetes cannot read, with the position. */
export interface SyntaxError {
    index: number;
    offset: number;
    message: string;
}
/** Something kubectl reads differently from what the text suggests, though nothing fails (split-documents.ts). */
export interface ReadingNotice {
    index: number;
    offset: number;
    kind: 'after-end';
    message: string;
}
export interface ParseResult {
    documents: ParsedDocument[];
    errors: SyntaxError[];
    notices: ReadingNotice[];
    /** Some document failed js-yaml while the lenient reader was not loaded yet. */
    wantsLenientReader: boolean;
}
/**
 * Loads the lenient reader (the `yaml` package) for documents js-yaml refuses. Callers load it only when
 * a parse result asks for it, so runs over ordinary manifests never pay for it.
 */
export declare function loadLenientReader(): Promise<void>;
/** Parses the documents of a file, or only the given chunks of it (a share of parallel work). */
export declare function parseFile(file: SourceFile, chunks?: readonly DocumentChunk[]): ParseResult;
/** Parses one document of a file into `into`: a document, a syntax error, or nothing (empty). */
export declare function parseChunk(file: SourceFile, chunk: DocumentChunk, into: ParseResult): void;
