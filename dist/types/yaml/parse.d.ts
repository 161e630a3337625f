import { type SourceNode } from './source-node.js';
import type { DocumentChunk } from './split-documents.js';
import type { SourceFile } from './source-file.js';
/** One YAML document of a file: its value as Kubernetes reads it and the source node of every part. */
export interface ParsedDocument {
    index: number;
    /** Offsets of the document's text in the file (markers and comments included). */
    start: number;
    end: number;
    value: unknown;
    root: SourceNode | null;
}
/** A document that does not parse, with the parser's own position. */
export interface SyntaxError {
    index: number;
    offset: number;
    message: string;
}
export interface ParseResult {
    documents: ParsedDocument[];
    errors: SyntaxError[];
    /** Some document failed js-yaml while the lenient reader was not loaded yet. */
    wantsLenientReader: boolean;
}
/**
 * Loads the lenient reader (the `yaml` package) for documents js-yaml refuses. Callers load it only when
 * a parse result asks for it, so runs over ordinary manifests never pay for it.
 */
export declare function loadLenientReader(): Promise<void>;
/** Aliases may not expand one document past this many nodes (real manifests stay far below). */
export declare const MAX_EXPANDED_NODES = 100000;
/** Parses the documents of a file, or only the given chunks of it (a share of parallel work). */
export declare function parseFile(file: SourceFile, chunks?: readonly DocumentChunk[]): ParseResult;
/** Parses one document of a file into `into`: a document, a syntax error, or nothing (empty). */
export declare function parseChunk(file: SourceFile, chunk: DocumentChunk, into: ParseResult): void;
