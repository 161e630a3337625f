import type { JsonPath } from '../types/finding.js';
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
    /** Path of the annotation in the object, to report an unused or reasonless one. */
    path: JsonPath;
}
export declare function ignoreAnnotationOf(object: Record<string, unknown>): IgnoreAnnotation | undefined;
