import type { CoverageReport } from '../types/inventory.js';
import type { FileWriterFactory, Finding, FixSafety, FormatOptions, JsonPath, LintResult, ObjectRef, Severity, Suppression } from '../types/finding.js';
/**
 * The `--format json` document. Its shape is a public contract (docs/formats.md): add fields
 * freely, but renaming or removing one means bumping `version`.
 */
export interface JsonReport {
    version: 1;
    tool: {
        name: 'daemonlint';
        version: string;
    };
    summary: JsonSummary;
    /** With a node inventory (`--nodes`): where each DaemonSet runs, misses, does not fit (docs/inventory.md). */
    coverage?: CoverageReport;
    findings: JsonFinding[];
}
export interface JsonSummary {
    files: number;
    daemonSets: number;
    /** Unsuppressed findings only: these decide the exit code. */
    errors: number;
    warnings: number;
    /** Unsuppressed findings of severity info: reported, never a problem. */
    info: number;
    suppressed: number;
}
export interface JsonFinding {
    ruleId: string;
    severity: Severity;
    message: string;
    /** The rule's id for the message (stable when its wording changes), when the rule has one. */
    messageId?: string;
    /** Why it matters and how to fix it, when the rule says. */
    help?: string;
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    object: ObjectRef;
    path: string;
    documentIndex: number;
    suppressed?: Suppression;
    /** A fix is offered: `safe` ones `--fix` applies, `unsafe` ones (which may change what the workload does) only with `--unsafe-fixes`. */
    fixable?: FixSafety;
    /** The Helm template the document was rendered from (`# Source:`), for `helm template` output. */
    template?: string;
    /** Other places the finding involves. */
    related?: {
        file: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        message: string;
    }[];
}
export interface Counts {
    errors: number;
    warnings: number;
    info: number;
    suppressed: number;
}
/** Every report counts the same way as the exit code: a suppressed finding is never an error. */
export declare function countFindings(findings: readonly Finding[]): Counts;
/** Adds findings to counts (a report written file by file counts as it goes). */
export declare function addCounts(counts: Counts, findings: readonly Finding[]): Counts;
/** The safety of the fix a finding offers; a finding built with an edit and no `fixable` (by hand, or by an older plugin) counts as safe. */
export declare function fixSafetyOf(finding: Finding): FixSafety | undefined;
export declare function isSuppressed(finding: Finding): boolean;
/**
 * A path as people write it about Kubernetes objects, `spec.template.spec.containers[0].name`.
 * Keys that would be ambiguous in dotted form (annotation keys such as
 * `container.apparmor.security.beta.kubernetes.io/agent`) are written `["…"]` with JSON string
 * quoting, so the string can always be split back into the original segments. The root is `""`.
 */
export declare function formatJsonPath(path: JsonPath): string;
/** The segments of a path formatJsonPath wrote; throws on text it cannot have written. */
export declare function parseJsonPath(text: string): JsonPath;
/** A finding as a JSON report wrote it, back in the engine's terms (positions have no offset: -1). */
export declare function fromJsonFinding(j: JsonFinding): Finding;
/** Only the fields that are set, in a fixed order, so the output does not depend on how the engine built the object. */
export declare function objectRef(object: ObjectRef | undefined): ObjectRef;
export declare function toJsonReport(result: LintResult): JsonReport;
/**
 * `JSON.stringify(toJsonReport(result), null, 2)`, written file by file and a batch of findings at
 * a time: the objects of one batch are garbage once its text exists, where a whole report's would
 * all be alive at once (tens of megabytes for a large run) and be moved by the collector.
 */
export declare function formatJson(result: LintResult, options?: FormatOptions): string;
export declare const jsonWriter: FileWriterFactory;
