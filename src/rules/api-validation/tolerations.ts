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
  if (!Array.isArray(tolerations)) return;
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
      for (const message of labelKeyErrors(key)) errors.invalid(tolerationPath(index, 'key'), key, message);
    }
    if (!key && operatorText !== 'Exists') {
      errors.invalid(
        tolerationPath(index, 'operator'),
        operatorText,
        'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        { node: operator === undefined || operator === null ? tolerationPath(index) : tolerationPath(index, 'operator') },
      );
    }
    if (isSet(toleration, 'tolerationSeconds') && effectText !== 'NoExecute') {
      errors.invalid(tolerationPath(index, 'effect'), effectText, "effect must be 'NoExecute' when `tolerationSeconds` is set", {
        node: effect === undefined || effect === null ? tolerationPath(index, 'tolerationSeconds') : tolerationPath(index, 'effect'),
        at: effect === undefined || effect === null ? 'key' : 'value',
      });
    }
    if (operatorText === '' || operatorText === 'Equal') {
      const valueText = stringOf(value) ?? '';
      const messages = labelValueErrors(valueText);
      if (messages.length > 0) errors.invalid(tolerationPath(index, 'operator'), valueText, messages.join(';'), { node: tolerationPath(index, 'value') });
    } else if (operatorText === 'Exists') {
      if (value) {
        errors.invalid(tolerationPath(index, 'operator'), value, "value must be empty when `operator` is 'Exists'", { node: tolerationPath(index, 'value') });
      }
    } else {
      errors.notSupported(tolerationPath(index, 'operator'), operatorText, OPERATORS);
    }
    if (effectText && !EFFECTS.includes(effectText)) errors.notSupported(tolerationPath(index, 'effect'), effectText, EFFECTS);
  }
}

function stringOrUnset(field: unknown): boolean {
  return field === undefined || field === null || typeof field === 'string';
}

/** Path to a toleration or one of its fields: built only to report, as nearly every toleration is valid. */
function tolerationPath(index: number, field?: string): JsonPath {
  return field === undefined ? [...POD_SPEC_PATH, 'tolerations', index] : [...POD_SPEC_PATH, 'tolerations', index, field];
}
