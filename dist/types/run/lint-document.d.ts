import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { type IgnoreAnnotation } from '../suppress/ignore-annotation.js';
import type { CheckedObject, Finding, JsonPath, ObjectRef, Severity } from '../types/finding.js';
import type { PlannedDaemonSet } from '../inventory/plan.js';
import type { ParsedDocument } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source-file.js';
/**
 * An object kept for rules across the input (a workload, or any kind a rule collects), with where
 * to find it again: what each rule's `collect` took of it, and its whole value only if some rule
 * across the input that is given it has no `collect`. Plain data: workers send these to the main thread.
 */
export interface CollectedObject {
    ref: ObjectRef;
    file: string;
    documentIndex: number;
    /** Path from the document root to the object (inside a List). */
    objectPath: JsonPath;
    /**
     * By rule id: what that rule's `collect` returned, for the rules it returned something for. A
     * plain object (rule ids are lowercase words and hyphens), not a Map: a run keeps one per
     * object of the input, and a Map costs ~130 bytes more.
     */
    kept: Record<string, unknown>;
    value?: Record<string, unknown>;
    /** The object's `daemonlint.io/ignore` annotation, which applies to findings across the input too. */
    ignore?: IgnoreAnnotation;
}
/** A rule that threw: a bug in the rule (often a plugin's), never in the manifest. */
export interface RuleFailure {
    ruleId: string;
    where: string;
    message: string;
}
/** What linting a file's documents yields, filled in document by document. */
export interface DocumentResults {
    findings: Finding[];
    daemonSets: number;
    failures: RuleFailure[];
    /** Objects rules across the input collect (workloads, unless a rule says otherwise). */
    objects: CollectedObject[];
    /** Every DaemonSet checked, in document order. */
    checked: CheckedObject[];
    /** With a node inventory: what places each DaemonSet's pods, for the coverage report. */
    planned: PlannedDaemonSet[];
}
/**
 * Returns the function that lints one parsed document of `file` into `result`: every DaemonSet
 * in it through every rule, and what rules across the input keep of the objects they collect.
 * What does not depend on the document (each rule's context) is set up once per file.
 */
export declare function documentLinter(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, result: DocumentResults): (document: ParsedDocument) => void;
/**
 * The severity of a rule's finding: its own when it gives one and the configuration set no level
 * for the rule. One that is not a severity (a plugin's mistake: `'warn'`, null) is the rule's, and
 * `invalid` is told why, for a failure of the rule: no format has a place for it.
 */
export declare function findingSeverity(active: ActiveRule, descriptor: {
    severity?: Severity;
}, invalid?: (message: string) => void): Severity;
/** A failure of a rule at `where`, told once however often the callback is called. */
export declare function failsOnce(failures: RuleFailure[], ruleId: string, where: string): (message: string) => void;
