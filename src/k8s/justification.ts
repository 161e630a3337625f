import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { podTemplateMetadataOf } from './containers.js';
import { asRecord } from './values.js';
import { isPlaceholderReason } from '../types/placeholder-reason.js';

/**
 * Justifications: annotations that say why a DaemonSet needs a host privilege. They live on the
 * DaemonSet or on its pod template, are checked for substance (a placeholder is not a reason)
 * and can be given an expiry date so that exceptions get reviewed. See rules.md, "Justification".
 */

export const JUSTIFICATION_KEYS = [
  'privileged',
  'allowPrivilegeEscalation',
  'capabilities',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'hostProcess',
  'hostPath',
] as const;
export type JustificationKey = (typeof JUSTIFICATION_KEYS)[number];

export const JUSTIFICATION_PREFIX = 'daemonlint.io/justification.';
export const EXPIRES_ANNOTATION = 'daemonlint.io/justification-expires';
export const DEFAULT_MIN_JUSTIFICATION_LENGTH = 10;

/** Where justifications may be written: the DaemonSet's own metadata or its pod template's. */
export type JustificationSource = 'daemonSet' | 'podTemplate';
const SOURCES: readonly JustificationSource[] = ['daemonSet', 'podTemplate'];
const METADATA_PATH: Record<JustificationSource, JsonPath> = {
  daemonSet: ['metadata'],
  podTemplate: ['spec', 'template', 'metadata'],
};

export type Justification =
  | { status: 'justified'; reason: string; source: JustificationSource }
  | { status: 'missing' }
  | { status: 'invalid'; problem: InvalidProblem; why: string; source: JustificationSource }
  | { status: 'expired'; expires: string; source: JustificationSource };

const MISSING: Justification = Object.freeze({ status: 'missing' });

export type InvalidProblem = 'placeholder' | 'tooShort' | 'notString' | 'badExpiry';

export interface JustificationSettings {
  /** Shortest reason accepted, in characters after trimming. */
  minLength: number;
  /** The run's date: a justification counts through the end (UTC) of its expiry day. */
  now: Date;
}

export function justificationAnnotation(key: JustificationKey): string {
  return ANNOTATIONS[key];
}

const ANNOTATIONS = Object.fromEntries(JUSTIFICATION_KEYS.map((key) => [key, `${JUSTIFICATION_PREFIX}${key}`])) as Record<JustificationKey, string>;
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>(JUSTIFICATION_KEYS);

/** Path from the DaemonSet root to an annotation, for findings about the annotation itself. */
export function annotationPath(source: JustificationSource, annotation: string): JsonPath {
  return [...METADATA_PATH[source], 'annotations', annotation];
}

function annotationsOf(daemonSet: DaemonSet, source: JustificationSource): Record<string, unknown> | undefined {
  const metadata = source === 'daemonSet' ? asRecord(asRecord(daemonSet)?.metadata) : podTemplateMetadataOf(daemonSet);
  return asRecord(metadata?.annotations);
}

/**
 * Whether `key` is justified. A valid justification on either object counts. When neither has
 * one, the answer is the first object's problem that exists (DaemonSet, then pod template), so
 * the finding can say what is wrong with the annotation that is there.
 */
export function justificationFor(daemonSet: DaemonSet, key: JustificationKey, settings: JustificationSettings): Justification {
  let problem: Justification | undefined;
  for (const source of SOURCES) {
    const found = readJustification(annotationsOf(daemonSet, source), key, source, settings);
    if (found.status === 'justified') return found;
    if (found.status !== 'missing') problem ??= found;
  }
  return problem ?? MISSING;
}

function readJustification(
  annotations: Record<string, unknown> | undefined,
  key: JustificationKey,
  source: JustificationSource,
  settings: JustificationSettings,
): Justification {
  const annotation = justificationAnnotation(key);
  if (!annotations || !(annotation in annotations)) return MISSING;
  const value = annotations[annotation];
  if (typeof value !== 'string') {
    // The API server rejects a non-string annotation; the schema rule says so, this only refuses it.
    return { status: 'invalid', problem: 'notString', why: 'is not a string', source };
  }
  const reason = value.trim();
  if (isPlaceholderReason(reason)) {
    return { status: 'invalid', problem: 'placeholder', why: `is a placeholder ("${reason}")`, source };
  }
  const length = codePoints(reason);
  if (length < settings.minLength) {
    return {
      status: 'invalid',
      problem: 'tooShort',
      why: `is too short ("${reason}", ${length} characters; at least ${settings.minLength})`,
      source,
    };
  }
  if (EXPIRES_ANNOTATION in annotations) {
    const raw = annotations[EXPIRES_ANNOTATION];
    const end = typeof raw === 'string' ? endOfDay(raw) : undefined;
    if (end === undefined) {
      return {
        status: 'invalid',
        problem: 'badExpiry',
        why: `is bounded by ${EXPIRES_ANNOTATION}: ${JSON.stringify(raw ?? null)}, which is not a YYYY-MM-DD date`,
        source,
      };
    }
    if (settings.now.getTime() >= end) return { status: 'expired', expires: String(raw), source };
  }
  return { status: 'justified', reason, source };
}

/** Characters as a person counts them: a surrogate pair is one. */
function codePoints(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * The first instant after the given calendar day, UTC, or undefined for anything but a real
 * `YYYY-MM-DD` date (2027-02-30 and 2027-3-31 are not).
 */
export function endOfDay(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return undefined;
  return Date.UTC(year, month - 1, day + 1);
}

/**
 * Annotations under the justification prefix whose key is not one of JUSTIFICATION_KEYS: they
 * justify nothing, though a reader would think they do.
 */
export function unknownJustificationAnnotations(daemonSet: DaemonSet): readonly UnknownJustificationAnnotation[] {
  let out: UnknownJustificationAnnotation[] | undefined;
  for (let s = 0; s < SOURCES.length; s++) {
    const source = SOURCES[s];
    const annotations = annotationsOf(daemonSet, source);
    for (const annotation in annotations) {
      if (!Object.hasOwn(annotations, annotation) || !annotation.startsWith(JUSTIFICATION_PREFIX)) continue;
      const key = annotation.slice(JUSTIFICATION_PREFIX.length);
      if (!KNOWN_KEYS.has(key)) (out ??= []).push({ source, annotation, key });
    }
  }
  return out ?? NONE_UNKNOWN;
}

export interface UnknownJustificationAnnotation {
  source: JustificationSource;
  annotation: string;
  key: string;
}

const NONE_UNKNOWN: readonly UnknownJustificationAnnotation[] = Object.freeze([]);

/**
 * Message templates shared by every rule that accepts justifications, so the same situation
 * reads the same in each. `subject` says what the manifest does (the headline), `risk` why that
 * matters, `remedy` how to stop doing it.
 */
export const justificationMessages = {
  unjustified: {
    message: '{{subject}}, not justified',
    help: '{{risk}}{{detail}} Fix: {{remedy}}; or, if the DaemonSet needs it, justify it with annotation {{annotation}}: "<why>".',
  },
  invalidJustification: {
    message: '{{subject}}: invalid justification',
    help: 'Annotation {{annotation}} {{why}}, so it justifies nothing. {{risk}}{{detail}} Fix: {{remedy}}; or {{repair}}.',
  },
  expiredJustification: {
    message: '{{subject}}: justification expired on {{expires}}',
    help: `{{risk}}{{detail}} Fix: {{remedy}}; or review the reason in {{annotation}} and move ${EXPIRES_ANNOTATION} forward.`,
  },
  justified: {
    message: '{{subject}}; justified by {{annotation}}',
    help: '{{risk}}{{detail}} Justified by {{annotation}}: "{{reason}}".',
  },
} as const;

export type JustificationMessageId = keyof typeof justificationMessages;

const REPAIR: Record<InvalidProblem, string> = {
  placeholder: 'write down why the privilege is needed',
  tooShort: 'write down why the privilege is needed',
  notString: 'quote the reason',
  badExpiry: 'write the date as YYYY-MM-DD',
};

/**
 * What a privilege is, for a finding: the headline's subject, why it matters, and how to give it
 * up. `detail` continues `risk` (each value of a message is quoted up to a bound, so long prose
 * comes in two parts).
 */
export interface Privilege {
  subject: string;
  risk: string;
  detail?: string;
  remedy: string;
}

/** What a rule reports for a privilege given its justification (a suppressed result when justified). */
export function justificationReport(
  justification: Justification,
  key: JustificationKey,
  { subject, risk, detail: more, remedy }: Privilege,
): { messageId: JustificationMessageId; data: Record<string, string>; justification?: string; justifyWith?: string } {
  const annotation = justificationAnnotation(key);
  const detail = more === undefined ? '' : ` ${more}`;
  switch (justification.status) {
    case 'justified':
      return { messageId: 'justified', data: { subject, risk, detail, annotation, reason: justification.reason }, justification: justification.reason };
    case 'missing':
      return { messageId: 'unjustified', data: { subject, risk, detail, remedy, annotation }, justifyWith: annotation };
    case 'invalid':
      return {
        messageId: 'invalidJustification',
        data: { subject, risk, detail, remedy, annotation, why: justification.why, repair: REPAIR[justification.problem] },
        justifyWith: annotation,
      };
    case 'expired':
      return { messageId: 'expiredJustification', data: { subject, risk, detail, remedy, annotation, expires: justification.expires } };
  }
}
