import { isRecord } from '../run/objects.js';
import type { JsonPath } from '../types/finding.js';

export const IGNORE_ANNOTATION = 'daemonlint.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'daemonlint.io/ignore-reason';

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

export function ignoreAnnotationOf(object: Record<string, unknown>): IgnoreAnnotation | undefined {
  const metadata = isRecord(object.metadata) ? object.metadata : undefined;
  const annotations = metadata && isRecord(metadata.annotations) ? metadata.annotations : undefined;
  const value = annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return undefined;
  const rules = value.split(',').map((r) => r.trim()).filter(Boolean);
  const reason = annotations?.[IGNORE_REASON_ANNOTATION];
  const out: IgnoreAnnotation = { rules, path: ['metadata', 'annotations', IGNORE_ANNOTATION] };
  if (typeof reason === 'string' && reason.trim() !== '') out.reason = reason.trim();
  return out;
}
