import type { RunSettings } from '../config/resolved.js';
import type { Finding, JsonPath, Severity } from '../types/finding.js';
import { asRecord } from '../k8s/values.js';

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
  const annotations = asRecord(asRecord(object.metadata)?.annotations);
  const value = annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== 'string') return undefined;
  const rules = value.split(',').map((r) => r.trim()).filter(Boolean);
  const reason = annotations?.[IGNORE_REASON_ANNOTATION];
  const out: IgnoreAnnotation = { rules, path: ['metadata', 'annotations', IGNORE_ANNOTATION] };
  if (typeof reason === 'string' && reason.trim() !== '') out.reason = reason.trim();
  return out;
}

/**
 * Suppresses the findings from `first` on (one object's) of the rules its ignore annotation
 * names. Returns what to report about the annotation itself when it suppressed nothing (or gave
 * no reason while reasons are required), or undefined. Rules across the input report after the
 * object is done, so whether they use the annotation is not known here: they count as using it.
 */
export function applyIgnoreAnnotation(
  ignore: IgnoreAnnotation,
  findings: readonly Finding[],
  first: number,
  settings: Pick<RunSettings, 'requireReason' | 'unusedSuppression'>,
  acrossInput: ReadonlySet<string>,
): { severity: Severity; message: string } | undefined {
  const requireReason = settings.requireReason ?? true;
  const used = new Set<string>();
  if (ignore.reason !== undefined || !requireReason) {
    for (let i = first; i < findings.length; i++) {
      const f = findings[i];
      if (f.suppressions?.length || !ignore.rules.includes(f.ruleId)) continue;
      f.suppressions = [{ kind: 'inSource', justification: ignore.reason ?? `${IGNORE_ANNOTATION} annotation` }];
      delete f.fix;
      delete f.fixable;
      used.add(f.ruleId);
    }
  }
  const level = settings.unusedSuppression ?? 'warning';
  if (level === 'off') return undefined;
  const unused = ignore.rules.filter((r) => !used.has(r) && !(acrossInput.has(r) && (ignore.reason !== undefined || !requireReason)));
  if (unused.length === 0) return undefined;
  const message =
    ignore.reason === undefined && requireReason
      ? `${IGNORE_ANNOTATION} suppresses nothing without a reason: add annotation ${IGNORE_REASON_ANNOTATION}: "<why>"`
      : `${IGNORE_ANNOTATION} names ${unused.join(', ')}, but ${unused.length === 1 ? 'that rule reports' : 'those rules report'} nothing here; remove ${unused.length === 1 ? 'it' : 'them'} from the annotation`;
  return { severity: level, message };
}
