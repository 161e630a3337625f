import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH } from '../../k8s/containers.js';
import { asRecord } from '../../k8s/values.js';
import { labelKeyErrors, labelValueErrors } from '../../k8s/selector.js';
import { type FieldErrors, isSet, stringOf } from './field-errors.js';

const OPERATORS = ['Equal', 'Exists'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * ValidateTolerations: the key, when given, is a label key; an empty key needs `operator:
 * Exists` (match every taint); with Equal the value is a label value, with Exists there is none;
 * tolerationSeconds only applies to NoExecute; operator and effect are known values. An empty
 * operator means Equal, an empty effect every effect. The API reports a bad value under
 * `operator`, and so do these messages; the finding points at the value.
 */
export function checkTolerations(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const tolerations = podSpec.tolerations;
  if (Array.isArray(tolerations)) checkTolerationList(tolerations, [...POD_SPEC_PATH, 'tolerations'], errors);
}

/** The tolerations of a list at `base` (the pod's, or the old annotation's, whose findings all point at `node`). */
export function checkTolerationList(tolerations: readonly unknown[], base: JsonPath, errors: FieldErrors, node?: JsonPath): void {
  const path = (index: number, field?: string): JsonPath => (field === undefined ? [...base, index] : [...base, index, field]);
  const where = (p: JsonPath): JsonPath => node ?? p;
  for (let index = 0; index < tolerations.length; index++) {
    const toleration = asRecord(tolerations[index]);
    if (!toleration) continue;
    const key = toleration.key;
    const operator = toleration.operator;
    const value = toleration.value;
    const effect = toleration.effect;
    // Leave values of the wrong type to the schema rule.
    if (!stringOrUnset(key) || !stringOrUnset(operator) || !stringOrUnset(value) || !stringOrUnset(effect)) continue;
    const operatorText = stringOf(operator) ?? '';
    const effectText = stringOf(effect) ?? '';

    if (typeof key === 'string' && key !== '') {
      for (const message of labelKeyErrors(key)) errors.invalid(path(index, 'key'), key, message, { node: where(path(index, 'key')) });
    }
    if (!key && operatorText !== 'Exists') {
      errors.invalid(path(index, 'operator'), operatorText, 'operator must be Exists when `key` is empty, which means "match all values and all keys"', {
        node: where(operator === undefined ? path(index) : path(index, 'operator')),
        why: 'A toleration without a key matches every taint, which only `operator: Exists` can express. Name the taint\'s key, or use Exists.',
      });
    }
    if (isSet(toleration, 'tolerationSeconds') && effectText !== 'NoExecute') {
      errors.invalid(path(index, 'effect'), effectText, "effect must be 'NoExecute' when `tolerationSeconds` is set", {
        node: where(effect === undefined ? path(index, 'tolerationSeconds') : path(index, 'effect')),
        at: node || effect !== undefined ? 'value' : 'key',
        why: 'tolerationSeconds is how long a pod stays on a node after a NoExecute taint appears; with another effect it means nothing.',
      });
    }
    if (operatorText === '' || operatorText === 'Equal') {
      const valueText = stringOf(value) ?? '';
      const messages = labelValueErrors(valueText);
      if (messages.length > 0) errors.invalid(path(index, 'operator'), valueText, messages.join(';'), { node: where(path(index, 'value')) });
    } else if (operatorText === 'Exists') {
      if (value) {
        errors.invalid(path(index, 'operator'), value, "value must be empty when `operator` is 'Exists'", {
          node: where(path(index, 'value')),
          why: 'With `operator: Exists` the toleration matches any value of the key: remove the value, or use `operator: Equal`.',
        });
      }
    } else {
      errors.notSupported(path(index, 'operator'), operatorText, OPERATORS, { node: where(path(index, 'operator')) });
    }
    if (effectText && !EFFECTS.includes(effectText)) errors.notSupported(path(index, 'effect'), effectText, EFFECTS, { node: where(path(index, 'effect')) });
  }
}

function stringOrUnset(field: unknown): boolean {
  return field === undefined || field === null || typeof field === 'string';
}
