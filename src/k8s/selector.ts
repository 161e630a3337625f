import type { JsonPath } from '../types/finding.js';
import { asRecord } from './values.js';

/**
 * Label selectors as the API server reads them: label key and value syntax, the four
 * matchExpressions operators, and whether a selector selects a set of labels.
 * Validation mirrors k8s.io/apimachinery (api/validate/content/kube.go `IsLabelKey`,
 * `IsLabelValue`; apis/meta/v1/validation `ValidateLabelSelectorRequirement`) and keeps its
 * wording, so a finding reads like the error `kubectl apply` would print.
 */

export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
export type SelectorOperator = (typeof SELECTOR_OPERATORS)[number];

/**
 * One condition a selector puts on a label. A matchLabels pair is `Equals` with one value:
 * it selects like `In` but is written and explained as `key=value`.
 */
export interface Requirement {
  key: string;
  operator: SelectorOperator | 'Equals';
  values: readonly string[];
}

/** A requirement with its path relative to the selector (the matchLabels entry or the expression). */
export interface LocatedRequirement {
  requirement: Requirement;
  path: JsonPath;
}

/** Where an issue points, relative to the object read: `at` says key or value, as in a report. */
interface IssueBase {
  path: JsonPath;
  at: 'key' | 'value';
}

export type LabelIssue = IssueBase &
  (
    | { kind: 'invalidKey'; key: string; reasons: readonly string[] }
    | { kind: 'invalidValue'; key: string; value: string; reasons: readonly string[] }
    /** A number or boolean where the API wants a string: YAML read `1` or `yes` unquoted. */
    | { kind: 'nonStringValue'; key: string; value: number | boolean }
  );

export type SelectorIssue =
  | LabelIssue
  | (IssueBase & { index: number } & (
        | { kind: 'missingKey' }
        | { kind: 'missingOperator' }
        | { kind: 'badOperator'; operator: string }
        | { kind: 'valuesRequired'; key: string; operator: SelectorOperator }
        | { kind: 'valuesForbidden'; key: string; operator: SelectorOperator }
      ));

export interface ReadLabels {
  /** The labels the API would store; an empty YAML value reads as the empty string. */
  labels: Record<string, string>;
  /** Keys whose value the API rejects (not a string, or bad syntax): nothing can be said about matching them. */
  unreadable: ReadonlySet<string>;
  issues: readonly LabelIssue[];
}

export interface ReadSelector {
  /** The requirements the API would accept, in the order written: matchLabels, then matchExpressions. */
  requirements: LocatedRequirement[];
  issues: SelectorIssue[];
  /** Neither matchLabels nor matchExpressions has an entry (the selector selects everything). */
  empty: boolean;
  /** Some part has a shape the API cannot decode (e.g. `matchLabels: [a]`); the schema rule reports those. */
  malformed: boolean;
}

const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_KEY_MAX_BYTES = 63;
const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_MAX_BYTES = 63;
const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_MAX_BYTES = 253;

const labelKeyPattern = new RegExp(`^${LABEL_KEY_FMT}$`);
const labelValuePattern = new RegExp(`^${LABEL_VALUE_FMT}$`);
const dns1123SubdomainPattern = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
/**
 * A whole valid key in one test, for the common case; the lengths are checked apart. Its parts
 * are ASCII, so their lengths are their byte counts.
 */
const validLabelKeyPattern = new RegExp(`^(?:${DNS1123_SUBDOMAIN_FMT}/)?${LABEL_KEY_FMT}$`);
const VALID_KEY_MAX_LENGTH = DNS1123_SUBDOMAIN_MAX_BYTES + 1 + LABEL_KEY_MAX_BYTES;

/** What the error lists return for a valid key or value: every label of every object is checked, and nearly all are valid. */
const NO_ERRORS: readonly string[] = Object.freeze([]);
const NO_KEYS: ReadonlySet<string> = new Set();
const NO_ISSUES: readonly LabelIssue[] = Object.freeze([]);

// The API counts bytes (Go `len`), not characters.
function byteLength(value: string): number {
  return Buffer.byteLength(value, 'utf8');
}

function maxBytes(limit: number): string {
  return `must be no more than ${limit} bytes`;
}

function regexError(message: string, format: string, ...examples: string[]): string {
  const shown = examples.map((e) => `'${e}', `).join(' or ');
  return `${message} (e.g. ${shown}regex used for validation is '${format}')`;
}

/** Why `key` is not a valid label key (an optional DNS subdomain prefix and `/`, then a name); empty when valid. */
export function labelKeyErrors(key: string): readonly string[] {
  if (key.length <= VALID_KEY_MAX_LENGTH && validLabelKeyPattern.test(key)) {
    const slash = key.indexOf('/');
    if (slash <= DNS1123_SUBDOMAIN_MAX_BYTES && key.length - slash - 1 <= LABEL_KEY_MAX_BYTES) return NO_ERRORS;
  }
  const errors: string[] = [];
  const parts = key.split('/');
  if (parts.length > 2) {
    return [
      `a valid label key ${regexError(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === '') errors.push('prefix part must be non-empty');
    else errors.push(...dns1123SubdomainErrors(prefix).map((e) => `prefix part ${e}`));
  }
  if (name === '') errors.push('name part must be non-empty');
  else if (byteLength(name) > LABEL_KEY_MAX_BYTES) errors.push(`name part ${maxBytes(LABEL_KEY_MAX_BYTES)}`);
  if (!labelKeyPattern.test(name)) errors.push(`name part ${regexError(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errors;
}

/** Why `value` is not a valid label value; empty when valid (the empty string is a valid value). */
export function labelValueErrors(value: string): readonly string[] {
  // A value that matches is ASCII: its length is its byte count.
  if (value.length <= LABEL_VALUE_MAX_BYTES && labelValuePattern.test(value)) return NO_ERRORS;
  const errors: string[] = [];
  if (byteLength(value) > LABEL_VALUE_MAX_BYTES) errors.push(maxBytes(LABEL_VALUE_MAX_BYTES));
  if (!labelValuePattern.test(value)) errors.push(regexError(LABEL_VALUE_MESSAGE, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errors;
}

function dns1123SubdomainErrors(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_BYTES) errors.push(maxBytes(DNS1123_SUBDOMAIN_MAX_BYTES));
  if (!dns1123SubdomainPattern.test(value)) errors.push(regexError(DNS1123_SUBDOMAIN_MESSAGE, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errors;
}

export function isSelectorOperator(value: unknown): value is SelectorOperator {
  return typeof value === 'string' && (SELECTOR_OPERATORS as readonly string[]).includes(value);
}

/** What readLabelValue says about a value it cannot read, when it has no issue to report (a shape error). */
const UNREADABLE = Symbol('unreadable');

/**
 * A label value as the API decodes it: a string (checked for syntax), or null, which Go decodes
 * into a `map[string]string` as the empty string. Numbers and booleans are the YAML 1.1 trap
 * (`version: 1`, `enabled: yes`); lists and mappings are shape errors left to the schema rule.
 * Returns the value, or what is wrong with it; the path is built only for an issue.
 */
function readLabelValue(key: string, value: unknown, parent: JsonPath, last: string | number): string | LabelIssue | typeof UNREADABLE {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const reasons = labelValueErrors(value);
    return reasons.length === 0 ? value : { kind: 'invalidValue', key, value, reasons, path: [...parent, last], at: 'value' };
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'nonStringValue', key, value, path: [...parent, last], at: 'value' };
  }
  return UNREADABLE;
}

/** An issue when the key is invalid; its path is `parent` and `last`. */
function keyIssue(key: string, parent: JsonPath, last: string, at: 'key' | 'value'): LabelIssue | undefined {
  const reasons = labelKeyErrors(key);
  return reasons.length === 0 ? undefined : { kind: 'invalidKey', key, reasons, path: [...parent, last], at };
}

const ROOT: JsonPath = [];
const MATCH_LABELS: JsonPath = ['matchLabels'];

/** Reads a labels mapping (e.g. a pod template's `metadata.labels`), with what the API would reject in it. */
export function readLabels(labels: Record<string, unknown>): ReadLabels {
  const read: Record<string, string> = {};
  let unreadable: Set<string> | undefined;
  let issues: LabelIssue[] | undefined;
  for (const key in labels) {
    if (!Object.hasOwn(labels, key)) continue;
    const invalidKey = keyIssue(key, ROOT, key, 'key');
    if (invalidKey) (issues ??= []).push(invalidKey);
    const value = readLabelValue(key, labels[key], ROOT, key);
    if (typeof value === 'string') read[key] = value;
    else {
      (unreadable ??= new Set()).add(key);
      if (value !== UNREADABLE) (issues ??= []).push(value);
    }
  }
  return { labels: read, unreadable: unreadable ?? NO_KEYS, issues: issues ?? NO_ISSUES };
}

/**
 * Reads a LabelSelector the way the API validates it. A requirement with an issue is left out of
 * `requirements`: the API rejects the selector, so whether it would match is not a separate problem.
 */
export function readSelector(selector: Record<string, unknown>): ReadSelector {
  const out: ReadSelector = { requirements: [], issues: [], empty: true, malformed: false };
  const matchLabels = selector.matchLabels;
  if (matchLabels !== undefined && matchLabels !== null) {
    const record = asRecord(matchLabels);
    if (!record) out.malformed = true;
    else {
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        out.empty = false;
        const invalidKey = keyIssue(key, MATCH_LABELS, key, 'key');
        const value = readLabelValue(key, record[key], MATCH_LABELS, key);
        if (invalidKey) out.issues.push(invalidKey);
        if (typeof value !== 'string') {
          if (value !== UNREADABLE) out.issues.push(value);
          else out.malformed = true;
        } else if (!invalidKey) {
          out.requirements.push({ requirement: { key, operator: 'Equals', values: [value] }, path: ['matchLabels', key] });
        }
      }
    }
  }
  const matchExpressions = selector.matchExpressions;
  if (matchExpressions !== undefined && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) out.malformed = true;
    else {
      for (let index = 0; index < matchExpressions.length; index++) {
        out.empty = false;
        const expression = asRecord(matchExpressions[index]);
        const requirement = expression && readExpression(expression, index, out.issues);
        if (requirement === 'malformed' || !expression) out.malformed = true;
        else if (requirement) out.requirements.push({ requirement, path: ['matchExpressions', index] });
      }
    }
  }
  return out;
}

function readExpression(expression: Record<string, unknown>, index: number, issues: SelectorIssue[]): Requirement | undefined | 'malformed' {
  const base: JsonPath = ['matchExpressions', index];
  const before = issues.length;
  const { key: rawKey, operator, values: rawValues } = expression;

  let key: string | undefined;
  if (rawKey === undefined || rawKey === null) issues.push({ kind: 'missingKey', index, path: base, at: 'key' });
  else if (typeof rawKey !== 'string') return 'malformed';
  else {
    key = rawKey;
    const invalidKey = keyIssue(rawKey, base, 'key', 'value');
    if (invalidKey) issues.push(invalidKey);
  }

  if (operator !== undefined && operator !== null && typeof operator !== 'string') return 'malformed';
  if (rawValues !== undefined && rawValues !== null && !Array.isArray(rawValues)) return 'malformed';
  const values: string[] = [];
  let malformed = false;
  if (Array.isArray(rawValues)) {
    let valuesPath: JsonPath | undefined;
    for (let i = 0; i < rawValues.length; i++) {
      const value = readLabelValue(key ?? '', rawValues[i], (valuesPath ??= [...base, 'values']), i);
      if (typeof value === 'string') values.push(value);
      else if (value !== UNREADABLE) issues.push(value);
      else malformed = true;
    }
  }
  if (malformed) return 'malformed';
  const given = Array.isArray(rawValues) ? rawValues.length : 0;

  if (operator === undefined || operator === null || operator === '') {
    issues.push({ kind: 'missingOperator', index, path: base, at: 'key' });
  } else if (!isSelectorOperator(operator)) {
    issues.push({ kind: 'badOperator', index, operator, path: [...base, 'operator'], at: 'value' });
  } else if ((operator === 'In' || operator === 'NotIn') && given === 0) {
    issues.push({ kind: 'valuesRequired', index, key: key ?? '', operator, path: [...base, 'values'], at: 'key' });
  } else if ((operator === 'Exists' || operator === 'DoesNotExist') && given > 0) {
    issues.push({ kind: 'valuesForbidden', index, key: key ?? '', operator, path: [...base, 'values'], at: 'key' });
  }

  if (issues.length > before || key === undefined || !isSelectorOperator(operator)) return undefined;
  return { key, operator, values };
}

/** Whether labels satisfy one requirement; `NotIn` is satisfied by a missing label, as in labels.Requirement.Matches. */
export function requirementMatches(requirement: Requirement, labels: Readonly<Record<string, string>>): boolean {
  const present = Object.hasOwn(labels, requirement.key);
  switch (requirement.operator) {
    case 'Equals':
    case 'In':
      return present && requirement.values.includes(labels[requirement.key]);
    case 'NotIn':
      return !present || !requirement.values.includes(labels[requirement.key]);
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
  }
}

/**
 * Whether `selector` (a LabelSelector as written in a manifest) selects an object with `labels`.
 * As metav1.LabelSelectorAsSelector: no selector selects nothing, an empty one selects
 * everything. A selector the API would reject, or cannot decode, selects nothing.
 */
export function selectorMatches(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  const record = asRecord(selector);
  if (!record) return false;
  const read = readSelector(record);
  if (read.malformed || read.issues.length > 0) return false;
  return read.requirements.every(({ requirement }) => requirementMatches(requirement, labels));
}

/** A label as `kubectl get -l` writes it; an empty value is shown as `""` so it is not overlooked. */
export function formatLabel(key: string, value: string): string {
  return `${key}=${value === '' ? '""' : value}`;
}

/** A requirement in words that read after "requires": `app=agent`, `tier in (a, b)`, `tier to exist`. */
export function describeRequirement(requirement: Requirement): string {
  const values = requirement.values.map((v) => (v === '' ? '""' : v)).join(', ');
  switch (requirement.operator) {
    case 'Equals':
      return formatLabel(requirement.key, requirement.values[0] ?? '');
    case 'In':
      return `${requirement.key} in (${values})`;
    case 'NotIn':
      return `${requirement.key} notin (${values})`;
    case 'Exists':
      return `${requirement.key} to exist`;
    case 'DoesNotExist':
      return `${requirement.key} not to exist`;
  }
}
