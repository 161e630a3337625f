import type { ActiveRule, RunSettings } from '../config/resolved.js';
import type { Finding } from '../types/finding.js';
import { type ParseResult, type SyntaxError } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import { type DocumentResults } from './lint-document.js';
/** The engine's rule for documents that do not parse (always on). */
export declare const YAML_SYNTAX = "yaml-syntax";
/** The engine's rule for a key written twice in one mapping (Kubernetes keeps the later value). */
export declare const DUPLICATE_KEY = "duplicate-key";
/** The engine's rule for content after `...` that kubectl never reads. */
export declare const CONTENT_AFTER_END = "content-after-end";
/** The engine's rule for a file that does not parse because it is a Helm or Go template. */
export declare const HELM_TEMPLATE = "helm-template";
/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;
export interface FileResult extends DocumentResults {
    /** Some document failed js-yaml while the lenient reader was not loaded (see parse.ts). */
    wantsLenientReader: boolean;
}
/** Lets each rule load what it needs (the schema validator of the target version) before a run, in this thread. */
export declare function prepareRules(active: readonly ActiveRule[], settings: RunSettings): Promise<void>;
/** Parses and lints one file, one document at a time. */
export declare function lintSourceFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings): FileResult;
/**
 * Parses and lints some documents of a file (all of them, or a thread's share) one at a time, so
 * each document's source tree is garbage as soon as its findings have their positions: memory
 * stays flat and the collector has less to move.
 */
export declare function lintChunks(file: SourceFile, chunks: readonly DocumentChunk[], rules: readonly ActiveRule[], settings: RunSettings): FileResult;
/** Lints already parsed documents (the fix loop parses once and reuses the result). */
export declare function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult;
export declare function syntaxFinding(file: SourceFile, error: SyntaxError): RawFinding;
/** Deterministic order: file, line, column, rule. */
export declare function compareFindings(a: Finding, b: Finding): number;
