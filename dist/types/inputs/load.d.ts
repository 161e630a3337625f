import { SourceFile } from '../yaml/source-file.js';
export declare const STDIN_PATH = "<stdin>";
/** A problem with the inputs themselves: the run cannot say anything about them (exit 2). */
export declare class InputError extends Error {
}
export interface ResolveOptions {
    /** A pattern, directory or path that yields no file is an error (default), as ESLint has it. */
    errorOnUnmatchedPattern?: boolean;
    /** Receives the Helm chart `templates/` directories a directory walk leaves out. */
    skipped?: string[];
}
/**
 * Expands command-line inputs into the files to lint, in a stable order: explicit paths as given
 * (files, and FIFOs and devices such as /dev/stdin or a `<(...)` process substitution),
 * directories walked recursively for manifests (skipping node_modules and dot-folders), globs
 * matched under their fixed prefix, `-` for standard input. Nothing found is an error that says
 * what was searched, unless `errorOnUnmatchedPattern` is false.
 */
export declare function resolveInputs(patterns: readonly string[], cwd: string, options?: ResolveOptions): Promise<string[]>;
/** The default limit on one input's size (`maxFileSize`): larger files are a finding, not read. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
export interface ReadOptions {
    maxFileSize?: number;
    /** Keep what --fix checks before writing: size, modification time and hash of the bytes read. */
    snapshot?: boolean;
}
/**
 * Reads one resolved input and decodes it (decode.ts). Paths in findings are relative to `cwd`,
 * with forward slashes. Files are read synchronously: manifests are small, and for 2,000 of them
 * the promise API's four thread-pool round trips each (open, stat, read, close) took 100 ms
 * against 15 ms. A file over the size limit is not read: it becomes an empty source whose one
 * problem says so.
 */
export declare function readSource(file: string, cwd: string, readStdin: () => Promise<string | Uint8Array>, options?: ReadOptions): Promise<SourceFile>;
/** Reads one resolved input file (not stdin), as readSource does. */
export declare function readFileSource(file: string, cwd: string, options?: ReadOptions): SourceFile;
export declare function displayPath(file: string, cwd: string): string;
/**
 * Standard input's bytes, at most `limit` + 1 of them: reading stops once there is more than the
 * limit (readSource then refuses the input by its size, without holding all of it).
 */
export declare function readAllStdin(stream?: NodeJS.ReadableStream, limit?: number): Promise<Buffer>;
