import type { RunSettings } from '../config/resolved.js';
import type { Finding, JsonPath, Severity } from '../types/finding.js';
import { asRecord } from '../k8s/values.js';
import { bounded } from '../types/bounded-text.js';
import { isPlaceholderReason } from '../types/placeholder-reason.js';

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
  /** A reason that is only a placeholder ("TODO"): no reason where one is required. */
  placeholder?: string;
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
  if (typeof reason === 'string' && reason.trim() !== '') {
    if (isPlaceholderReason(reason)) out.placeholder = reason.trim();
    else out.reason = reason.trim();
  }
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
): { severity: Severity; message: string; help: string } | undefined {
  const requireReason = settings.requireReason ?? true;
  const used = new Set<string>();
  if (ignore.reason !== undefined || !requireReason) {
    for (let i = first; i < findings.length; i++) {
      const f = findings[i];
      if (f.suppressions?.length || !ignore.rules.includes(f.ruleId)) continue;
      f.suppressions = [{ kind: 'inSource', justification: ignore.reason ?? ignore.placeholder ?? `${IGNORE_ANNOTATION} annotation` }];
      delete f.fix;
      delete f.fixable;
      used.add(f.ruleId);
    }
  }
  const level = settings.unusedSuppression ?? 'warning';
  if (level === 'off') return undefined;
  const unused = ignore.rules.filter((r) => !used.has(r) && !(acrossInput.has(r) && (ignore.reason !== undefined || !requireReason)));
  if (unused.length === 0) return undefined;
  if (ignore.reason === undefined && requireReason) {
    if (ignore.placeholder !== undefined) {
      return {
        severity: level,
        message: `${IGNORE_REASON_ANNOTATION} is a placeholder, so ${IGNORE_ANNOTATION} suppresses nothing`,
        help: `Suppressions must say why (requireReason is on in the configuration), and "${bounded(ignore.placeholder)}" does not: a to-do marker or a word such as "n/a" counts as no reason. Write why in ${IGNORE_REASON_ANNOTATION}, or set requireReason: false in .daemonlint.yaml.`,
      };
    }
    return {
      severity: level,
      message: `${IGNORE_ANNOTATION} has no reason, so it suppresses nothing`,
      help: `Suppressions must say why (requireReason is on in the configuration). Add the annotation ${IGNORE_REASON_ANNOTATION}: "<why>" beside it, or set requireReason: false in .daemonlint.yaml.`,
    };
  }
  const those = unused.length === 1 ? 'it' : 'them';
  return {
    severity: level,
    message: `${IGNORE_ANNOTATION} names ${unused.join(', ')}, which report${unused.length === 1 ? 's' : ''} nothing here`,
    help: `${unused.length === 1 ? 'That rule reports' : 'Those rules report'} nothing in this DaemonSet, so the annotation only hides problems that may come later. Remove ${those} from the annotation.`,
  };
}
