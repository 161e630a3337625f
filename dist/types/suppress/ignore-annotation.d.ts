import type { RunSettings } from '../config/resolved.js';
import type { Finding, JsonPath, Severity } from '../types/finding.js';
export declare const IGNORE_ANNOTATION = "daemonlint.io/ignore";
export declare const IGNORE_REASON_ANNOTATION = "daemonlint.io/ignore-reason";
/**
 * `daemonlint.io/ignore: "rule-a, rule-b"` with `daemonlint.io/ignore-reason: "..."` on an
 * object's metadata: the in-manifest suppression that survives `helm template` and kustomize,
 * which drop YAML comments.
 */
export interface IgnoreAnnotation {
    rules: string[];
    reason?: string;
    /** A reason that is only a placeholder ("TODO"): no reason where one is required. */
    placeholder?: string;
    /** Path of the annotation in the object, to report an unused or reasonless one. */
    path: JsonPath;
}
export declare function ignoreAnnotationOf(object: Record<string, unknown>): IgnoreAnnotation | undefined;
/**
 * Suppresses the findings from `first` on (one object's) of the rules its ignore annotation
 * names. Returns what to report about the annotation itself when it suppressed nothing (or gave
 * no reason while reasons are required), or undefined. Rules across the input report after the
 * object is done, so whether they use the annotation is not known here: they count as using it.
 */
export declare function applyIgnoreAnnotation(ignore: IgnoreAnnotation, findings: readonly Finding[], first: number, settings: Pick<RunSettings, 'requireReason' | 'unusedSuppression'>, acrossInput: ReadonlySet<string>): {
    severity: Severity;
    message: string;
    help: string;
} | undefined;
