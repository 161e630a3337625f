import { type DocumentChunk } from './split-documents.js';
import type { Position } from '../types/finding.js';
/**
 * The text of one input, with the BOM removed so offsets and columns match what editors show.
 * Line starts are computed once and shared by every position lookup in the file.
 */
export declare class SourceFile {
    readonly path: string;
    /** Where the file is on disk; undefined for stdin and in-memory texts. */
    readonly absolutePath?: string | undefined;
    readonly text: string;
    readonly hadBom: boolean;
    private lineStarts;
    private chunks;
    constructor(path: string, rawText: string, 
    /** Where the file is on disk; undefined for stdin and in-memory texts. */
    absolutePath?: string | undefined);
    /** The file's documents (split-documents.ts), split once however many passes of a run need them. */
    get documents(): readonly DocumentChunk[];
    position(offset: number): Position;
    /** Offset of the first character of a 1-based line. */
    lineStart(line: number): number;
}
