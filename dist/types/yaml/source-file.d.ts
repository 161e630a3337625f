import { type DocumentChunk } from './split-documents.js';
import type { Position } from '../types/finding.js';
/** The encodings a manifest is read in (inputs/decode.ts): UTF-8, and UTF-16 or UTF-32 with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
/** How an input's bytes became its text, when it was read from a file or stdin. */
export interface SourceOrigin {
    encoding: TextEncodingName;
    /** Encoding the text again gives back the bytes read, so fixes can be written without touching other bytes. */
    lossless: boolean;
    /** What keeps the bytes from being text Kubernetes reads (each a yaml-syntax finding at that offset of the text). */
    problems: {
        offset: number;
        message: string;
        help?: string;
    }[];
    /** With --fix: the file as read, to tell before writing whether it has changed since. */
    snapshot?: {
        size: number;
        mtimeMs: number;
        sha256: string;
    };
}
/**
 * The text of one input, with the BOM removed so offsets and columns match what editors show.
 * Line starts are computed once and shared by every position lookup in the file.
 */
export declare class SourceFile {
    readonly path: string;
    /** Where the file is on disk; undefined for stdin and in-memory texts. */
    readonly absolutePath?: string | undefined;
    /** How the text was decoded from bytes; undefined for in-memory texts. */
    readonly origin?: SourceOrigin | undefined;
    readonly text: string;
    readonly hadBom: boolean;
    private lineStarts;
    private chunks;
    constructor(path: string, rawText: string, 
    /** Where the file is on disk; undefined for stdin and in-memory texts. */
    absolutePath?: string | undefined, 
    /** How the text was decoded from bytes; undefined for in-memory texts. */
    origin?: SourceOrigin | undefined);
    /** The file's documents (split-documents.ts), split once however many passes of a run need them. */
    get documents(): readonly DocumentChunk[];
    position(offset: number): Position;
    /** Offset of the first character of a 1-based line. */
    lineStart(line: number): number;
}
