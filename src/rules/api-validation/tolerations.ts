import { POD_SPEC_PATH, asArray, asRecord } from '../../k8s/containers.js';
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
  asArray(podSpec.tolerations).forEach((item, index) => {
    const toleration = asRecord(item);
    if (!toleration) return;
    const path = [...POD_SPEC_PATH, 'tolerations', index];
    const key = toleration.key;
    const operator = toleration.operator;
    const value = toleration.value;
    const effect = toleration.effect;
    // Leave values of the wrong type to the schema rule.
    for (const field of [key, operator, value, effect]) {
      if (field !== undefined && field !== null && typeof field !== 'string') return;
    }
    const operatorText = stringOf(operator) ?? '';
    const effectText = stringOf(effect) ?? '';

    if (typeof key === 'string' && key !== '') {
      for (const message of labelKeyErrors(key)) errors.invalid([...path, 'key'], key, message);
    }
    if (!key && operatorText !== 'Exists') {
      errors.invalid(
        [...path, 'operator'],
        operatorText,
        'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        { node: operator === undefined || operator === null ? path : [...path, 'operator'] },
      );
    }
    if (isSet(toleration, 'tolerationSeconds') && effectText !== 'NoExecute') {
      errors.invalid([...path, 'effect'], effectText, "effect must be 'NoExecute' when `tolerationSeconds` is set", {
        node: effect === undefined || effect === null ? [...path, 'tolerationSeconds'] : [...path, 'effect'],
        at: effect === undefined || effect === null ? 'key' : 'value',
      });
    }
    if (operatorText === '' || operatorText === 'Equal') {
      const valueText = stringOf(value) ?? '';
      const messages = labelValueErrors(valueText);
      if (messages.length > 0) errors.invalid([...path, 'operator'], valueText, messages.join(';'), { node: [...path, 'value'] });
    } else if (operatorText === 'Exists') {
      if (value) errors.invalid([...path, 'operator'], value, "value must be empty when `operator` is 'Exists'", { node: [...path, 'value'] });
    } else {
      errors.notSupported([...path, 'operator'], operatorText, OPERATORS);
    }
    if (effectText && !EFFECTS.includes(effectText)) errors.notSupported([...path, 'effect'], effectText, EFFECTS);
  });
}
