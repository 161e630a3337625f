import type { JsonPath } from '../../types/finding.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { labelKeyErrors, labelValueErrors } from '../../k8s/selector.js';
import { type FieldErrors, stringOf } from './field-errors.js';

/** The API's limit on the sum of annotation keys and values (apimachinery TotalAnnotationSizeLimitB). */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

const LABEL_WHY = 'Label keys are a DNS subdomain prefix and / (optional) and a name of up to 63 alphanumerics, -, _ or .; values up to 63 of the same (or empty).';

/**
 * ValidateLabels (apimachinery meta/v1 validation): every key a qualified name, every value a
 * label value. The API names the map, not the key; the finding points at the entry. Values that
 * are not strings are the schema rule's (they do not decode).
 */
export function checkLabels(labels: unknown, path: JsonPath, errors: FieldErrors, why = LABEL_WHY): void {
  const record = asRecord(labels);
  if (!record) return;
  for (const key of Object.keys(record)) {
    for (const message of labelKeyErrors(key)) errors.invalid(path, key, message, { node: [...path, key], at: 'key', why });
    const value = record[key];
    if (typeof value !== 'string') continue;
    for (const message of labelValueErrors(value)) errors.invalid(path, value, message, { node: [...path, key], why });
  }
}

/**
 * ValidateAnnotations: every key, lowercased, a qualified name; keys and values together at most
 * 256 KiB.
 */
export function checkAnnotations(annotations: unknown, path: JsonPath, errors: FieldErrors): void {
  const record = asRecord(annotations);
  if (!record) return;
  let size = 0;
  for (const key of Object.keys(record)) {
    for (const message of labelKeyErrors(key.toLowerCase())) {
      errors.invalid(path, key, message, {
        node: [...path, key],
        at: 'key',
        why: 'Annotation keys follow the label key rules (a DNS subdomain prefix and /, then a name of up to 63 characters), compared in lower case.',
      });
    }
    const value = record[key];
    size += byteLength(key) + (typeof value === 'string' ? byteLength(value) : 0);
  }
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) {
    errors.tooLong(path, TOTAL_ANNOTATION_SIZE_LIMIT, {
      at: 'key',
      why: `All annotations together take ${size} bytes; the API stores at most 256 KiB of them in one object. Move large data to a ConfigMap.`,
    });
  }
}

export function byteLength(value: string): number {
  return /^[\x00-\x7f]*$/.test(value) ? value.length : Buffer.byteLength(value, 'utf8');
}

/** Qualified name errors (IsQualifiedName), one error each, at `path`, the finding at `node` (default the field). */
export function checkQualifiedName(value: string, path: JsonPath, errors: FieldErrors, node?: JsonPath, why?: string): void {
  for (const message of labelKeyErrors(value)) errors.invalid(path, value, message, { node, why });
}

const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * ValidateLabelSelector: matchLabels as labels, and each expression with a qualified key, a known
 * operator, values only with In and NotIn (and there at least one), each value a label value
 * (AllowInvalidLabelValueInSelector is off when a DaemonSet is created).
 */
export function checkLabelSelector(selector: unknown, path: JsonPath, errors: FieldErrors): void {
  const record = asRecord(selector);
  if (!record) return;
  checkLabels(record.matchLabels, [...path, 'matchLabels'], errors);
  asArray(record.matchExpressions).forEach((raw, index) => {
    const expression = asRecord(raw);
    if (!expression) return;
    const at = [...path, 'matchExpressions', index];
    const operator = stringOf(expression.operator) ?? '';
    const values = asArray(expression.values);
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) errors.required([...at, 'values'], "must be specified when `operator` is 'In' or 'NotIn'", { node: 'values' in expression ? [...at, 'values'] : at });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) errors.forbidden([...at, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    } else {
      errors.invalid([...at, 'operator'], operator, 'not a valid selector operator', {
        node: 'operator' in expression ? [...at, 'operator'] : at,
        why: `A label selector's operator is one of ${SELECTOR_OPERATORS.join(', ')}.`,
      });
    }
    checkQualifiedName(stringOf(expression.key) ?? '', [...at, 'key'], errors, 'key' in expression ? [...at, 'key'] : at);
    values.forEach((value, j) => {
      if (typeof value !== 'string') return;
      for (const message of labelValueErrors(value)) errors.invalid([...at, 'values', j], value, message);
    });
  });
}
