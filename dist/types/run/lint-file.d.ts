import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { type IgnoreAnnotation } from '../suppress/ignore-annotation.js';
import { type ParseResult } from '../yaml/parse.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { CheckedObject, Finding, JsonPath, ObjectRef } from '../types/finding.js';
export declare const YAML_SYNTAX = "yaml-syntax";
export declare const UNUSED_SUPPRESSION = "unused-suppression";
/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;
/**
 * A workload object kept for rules across the input, with where to find it again: what each
 * rule's `collect` took of it, and its whole value only if some rule across the input has no
 * `collect`. Plain data: workers send these to the main thread.
 */
export interface CollectedObject {
    ref: ObjectRef;
    file: string;
    documentIndex: number;
    /** Path from the document root to the object (inside a List). */
    objectPath: JsonPath;
    /** By rule id: what that rule's `collect` returned, for the rules it returned something for. */
    kept: Map<string, unknown>;
    value?: Record<string, unknown>;
    /** The object's `daemonlint.io/ignore` annotation, which applies to findings across the input too. */
    ignore?: IgnoreAnnotation;
}
export interface FileResult {
    findings: RawFinding[];
    daemonSets: number;
    failures: RuleFailure[];
    /** Workload objects, when rules across the input run. */
    objects: CollectedObject[];
    /** Every DaemonSet checked, in document order. */
    checked: CheckedObject[];
    /** Some document failed js-yaml while the lenient reader was not loaded (see parse.ts). */
    wantsLenientReader: boolean;
}
/** Lets each rule load what it needs (the schema validator of the target version) before a run, in this thread. */
export declare function prepareRules(active: readonly ActiveRule[], settings: RunSettings): Promise<void>;
/** Lints already parsed documents (the fix loop parses once and reuses the result). */
export declare function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult;
/**
 * Parses and lints a file one document at a time, so each document's source tree is garbage as
 * soon as its findings have their positions: memory stays flat and the collector has less to move.
 */
export declare function lintChunks(file: SourceFile, chunks: readonly DocumentChunk[], rules: readonly ActiveRule[], settings: RunSettings): FileResult;
/** A rule that threw: a bug in the rule (often a plugin's), never in the manifest. */
export interface RuleFailure {
    ruleId: string;
    where: string;
    message: string;
}
/** Deterministic order: file, line, column, rule. */
export declare function compareFindings(a: Finding, b: Finding): number;
