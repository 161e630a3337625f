import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Label, nameIsDNSSubdomain } from '../../k8s/names.js';
import { labelKeyErrors, labelValueErrors } from '../../k8s/selector.js';
import { type FieldErrors, int32Of, isSet, stringOf } from './field-errors.js';
import { checkLabelSelector, checkQualifiedName } from './labels.js';

const NODE_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'];
const WEIGHT_WHY = 'A preferred term weighs 1 to 100 against the others.';

/**
 * validateAffinity: node affinity (required terms and their expressions and fields, preferred
 * terms' weights), and pod affinity and anti-affinity (weights, label and namespace selectors,
 * namespaces, topologyKey, matchLabelKeys and mismatchLabelKeys from 1.31).
 */
export function checkAffinity(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const affinity = asRecord(podSpec.affinity);
  if (!affinity) return;
  const path = [...POD_SPEC_PATH, 'affinity'];
  const nodeAffinity = asRecord(affinity.nodeAffinity);
  if (nodeAffinity) checkNodeAffinity(nodeAffinity, [...path, 'nodeAffinity'], errors);
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const podAffinity = asRecord(affinity[kind]);
    if (podAffinity) checkPodAffinity(podAffinity, [...path, kind], errors);
  }
}

function checkNodeAffinity(nodeAffinity: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  const required = asRecord(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution);
  if (required) {
    const at = [...path, 'requiredDuringSchedulingIgnoredDuringExecution'];
    const terms = asArray(required.nodeSelectorTerms);
    if (terms.length === 0) {
      errors.required([...at, 'nodeSelectorTerms'], 'must have at least one node selector term', {
        node: 'nodeSelectorTerms' in required ? [...at, 'nodeSelectorTerms'] : at,
        why: 'A required node affinity with no term matches no node: the pods would never schedule.',
      });
    }
    terms.forEach((term, index) => checkNodeSelectorTerm(term, [...at, 'nodeSelectorTerms', index], errors.features.requiredNodeAffinityLabelValues, errors));
  }
  asArray(nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((raw, index) => {
    const term = asRecord(raw);
    if (!term) return;
    const at = [...path, 'preferredDuringSchedulingIgnoredDuringExecution', index];
    checkWeight(term, at, errors);
    checkNodeSelectorTerm(term.preference, [...at, 'preference'], false, errors);
  });
}

function checkWeight(term: Record<string, unknown>, at: JsonPath, errors: FieldErrors): void {
  const weight = term.weight === undefined ? 0 : int32Of(term.weight);
  if (weight !== undefined && (weight <= 0 || weight > 100)) {
    errors.invalid([...at, 'weight'], weight, 'must be in the range 1-100', { node: 'weight' in term ? [...at, 'weight'] : at, why: WEIGHT_WHY });
  }
}

/** ValidateNodeSelectorTerm: each expression (ValidateNodeSelectorRequirement) and each field (ValidateNodeFieldSelectorRequirement). */
function checkNodeSelectorTerm(raw: unknown, path: JsonPath, labelValues: boolean, errors: FieldErrors): void {
  const term = asRecord(raw);
  if (!term) return;
  asArray(term.matchExpressions).forEach((item, index) => {
    const expression = asRecord(item);
    if (!expression) return;
    const at = [...path, 'matchExpressions', index];
    const operator = stringOf(expression.operator) ?? '';
    const values = asArray(expression.values);
    const valuesNode = 'values' in expression ? [...at, 'values'] : at;
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) errors.required([...at, 'values'], "must be specified when `operator` is 'In' or 'NotIn'", { node: valuesNode });
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) errors.forbidden([...at, 'values'], "may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
    } else if (operator === 'Gt' || operator === 'Lt') {
      if (values.length !== 1) errors.required([...at, 'values'], "must be specified single value when `operator` is 'Lt' or 'Gt'", { node: valuesNode });
    } else {
      errors.invalid([...at, 'operator'], operator, 'not a valid selector operator', {
        node: 'operator' in expression ? [...at, 'operator'] : at,
        why: `A node selector's operator is one of ${NODE_OPERATORS.join(', ')}.`,
      });
    }
    checkQualifiedName(stringOf(expression.key) ?? '', [...at, 'key'], errors, 'key' in expression ? [...at, 'key'] : at);
    if (labelValues) {
      values.forEach((value, j) => {
        if (typeof value !== 'string') return;
        for (const message of labelValueErrors(value)) errors.invalid([...at, 'values', j], value, message, { why: 'Node labels hold label values: a value that is not one matches no node.' });
      });
    }
  });
  asArray(term.matchFields).forEach((item, index) => {
    const field = asRecord(item);
    if (!field) return;
    const at = [...path, 'matchFields', index];
    const operator = stringOf(field.operator) ?? '';
    const values = asArray(field.values);
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length !== 1) errors.required([...at, 'values'], "must be only one value when `operator` is 'In' or 'NotIn' for node field selector", { node: 'values' in field ? [...at, 'values'] : at });
    } else {
      errors.invalid([...at, 'operator'], operator, 'not a valid selector operator', { node: 'operator' in field ? [...at, 'operator'] : at });
    }
    const key = stringOf(field.key) ?? '';
    if (key !== 'metadata.name') {
      errors.invalid([...at, 'key'], key, 'not a valid field selector key', { node: 'key' in field ? [...at, 'key'] : at, why: 'Node fields can be matched by metadata.name only.' });
      return;
    }
    values.forEach((value, j) => {
      if (typeof value !== 'string') return;
      for (const message of nameIsDNSSubdomain(value)) errors.invalid([...at, 'values', j], value, message);
    });
  });
}

function checkPodAffinity(podAffinity: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  asArray(podAffinity.requiredDuringSchedulingIgnoredDuringExecution).forEach((term, index) => {
    checkPodAffinityTerm(term, [...path, 'requiredDuringSchedulingIgnoredDuringExecution', index], errors);
  });
  asArray(podAffinity.preferredDuringSchedulingIgnoredDuringExecution).forEach((raw, index) => {
    const weighted = asRecord(raw);
    if (!weighted) return;
    const at = [...path, 'preferredDuringSchedulingIgnoredDuringExecution', index];
    checkWeight(weighted, at, errors);
    checkPodAffinityTerm(weighted.podAffinityTerm ?? {}, [...at, 'podAffinityTerm'], errors, 'podAffinityTerm' in weighted ? undefined : at);
  });
}

/** validatePodAffinityTerm: selectors, namespaces (DNS labels), topologyKey, matchLabelKeys/mismatchLabelKeys. */
function checkPodAffinityTerm(raw: unknown, path: JsonPath, errors: FieldErrors, missingAt?: JsonPath): void {
  const term = asRecord(raw);
  if (!term) return;
  checkLabelSelector(term.labelSelector, [...path, 'labelSelector'], errors);
  checkLabelSelector(term.namespaceSelector, [...path, 'namespaceSelector'], errors);
  asArray(term.namespaces).forEach((namespace, index) => {
    if (typeof namespace !== 'string') return;
    for (const message of isDNS1123Label(namespace)) errors.invalid([...path, 'namespace'], namespace, message, { node: [...path, 'namespaces', index] });
  });
  const topologyKey = stringOf(term.topologyKey) ?? '';
  const keyNode = missingAt ?? ('topologyKey' in term ? [...path, 'topologyKey'] : path);
  const why = 'topologyKey names the node label that groups nodes (kubernetes.io/hostname, topology.kubernetes.io/zone).';
  if (topologyKey === '') errors.required([...path, 'topologyKey'], 'can not be empty', { node: keyNode, why });
  checkQualifiedName(topologyKey, [...path, 'topologyKey'], errors, keyNode, why);
  if (errors.features.matchLabelKeysInPodAffinity) checkMatchLabelKeys(term, path, errors);
}

/** validateMatchLabelKeysAndMismatchLabelKeys (1.31 on; the lists are dropped before). */
function checkMatchLabelKeys(term: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  const match = asArray(term.matchLabelKeys).filter((k): k is string => typeof k === 'string');
  const mismatch = asArray(term.mismatchLabelKeys).filter((k): k is string => typeof k === 'string');
  if (match.length === 0 && mismatch.length === 0) return;
  const selector = asRecord(term.labelSelector);
  if (!selector) {
    const why = 'matchLabelKeys and mismatchLabelKeys add to the term\'s labelSelector, so they need one.';
    if (match.length > 0) errors.forbidden([...path, 'matchLabelKeys'], 'must not be specified when labelSelector is not set', { why });
    if (mismatch.length > 0) errors.forbidden([...path, 'mismatchLabelKeys'], 'must not be specified when labelSelector is not set', { why });
    return;
  }
  match.forEach((key, index) => checkQualifiedName(key, [...path, 'matchLabelKeys', index], errors));
  mismatch.forEach((key, index) => checkQualifiedName(key, [...path, 'mismatchLabelKeys', index], errors));
  const labelKeys = new Set(Object.keys(asRecord(selector.matchLabels) ?? {}));
  const seenInExpressions = new Set<string>();
  const expressionKeys = new Set<string>();
  for (const raw of asArray(selector.matchExpressions)) {
    const key = stringOf(asRecord(raw)?.key);
    if (key === undefined) continue;
    // A key in an expression that is also in matchLabels, or in an earlier expression.
    if (labelKeys.has(key) || seenInExpressions.has(key)) expressionKeys.add(key);
    seenInExpressions.add(key);
  }
  match.forEach((key, index) => {
    if (expressionKeys.has(key)) errors.invalid([...path, index], key, 'exists in both matchLabelKeys and labelSelector', { node: [...path, 'matchLabelKeys', index] });
    if (mismatch.includes(key)) errors.invalid([...path, 'matchLabelKeys', index], key, 'exists in both matchLabelKeys and mismatchLabelKeys');
  });
}

const WHEN_UNSATISFIABLE = ['DoNotSchedule', 'ScheduleAnyway'];
const INCLUSION_POLICIES = ['Honor', 'Ignore'];

/**
 * validateTopologySpreadConstraints: maxSkew above zero, a topologyKey, whenUnsatisfiable, no
 * two constraints on the same key and action, minDomains only above zero and with DoNotSchedule,
 * the node inclusion policies, the label selector, and matchLabelKeys (not also in the selector).
 */
export function checkTopologySpread(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const constraints = asArray(podSpec.topologySpreadConstraints);
  const pairs: string[] = [];
  constraints.forEach((raw, index) => {
    const constraint = asRecord(raw) ?? {};
    const at = [...POD_SPEC_PATH, 'topologySpreadConstraints', index];
    const node = (field: string): JsonPath => (field in constraint ? [...at, field] : at);
    const maxSkew = constraint.maxSkew === undefined ? 0 : int32Of(constraint.maxSkew);
    if (maxSkew !== undefined && maxSkew <= 0) errors.invalid([...at, 'maxSkew'], maxSkew, 'must be greater than zero', { node: node('maxSkew'), why: 'maxSkew is how many more pods one topology domain may have than another: at least 1.' });
    const topologyKey = stringOf(constraint.topologyKey) ?? '';
    if (topologyKey === '') errors.required([...at, 'topologyKey'], 'can not be empty', { node: node('topologyKey') });
    const when = stringOf(constraint.whenUnsatisfiable) ?? '';
    if (!WHEN_UNSATISFIABLE.includes(when)) errors.notSupported([...at, 'whenUnsatisfiable'], when, WHEN_UNSATISFIABLE, { node: node('whenUnsatisfiable') });
    pairs.push(`${topologyKey}\u0000${when}`);
    if (isSet(constraint, 'minDomains')) {
      const minDomains = int32Of(constraint.minDomains);
      if (minDomains !== undefined && minDomains <= 0) errors.invalid([...at, 'minDomains'], minDomains, 'must be greater than zero');
      if (when !== 'DoNotSchedule') errors.invalid([...at, 'minDomains'], minDomains ?? constraint.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${when}`);
    }
    for (const field of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
      const policy = stringOf(constraint[field]);
      if (policy !== undefined && !INCLUSION_POLICIES.includes(policy)) errors.notSupported([...at, field], policy, INCLUSION_POLICIES);
    }
    checkLabelSelector(constraint.labelSelector, [...at, 'labelSelector'], errors);
    const keys = asArray(constraint.matchLabelKeys).filter((k): k is string => typeof k === 'string');
    if (keys.length > 0) {
      const selector = asRecord(constraint.labelSelector);
      if (!selector) errors.forbidden([...at, 'matchLabelKeys'], 'must not be specified when labelSelector is not set');
      else {
        const inSelector = new Set([...Object.keys(asRecord(selector.matchLabels) ?? {}), ...asArray(selector.matchExpressions).map((e) => stringOf(asRecord(e)?.key)).filter((k): k is string => k !== undefined)]);
        keys.forEach((key, k) => {
          checkQualifiedName(key, [...at, 'matchLabelKeys', k], errors);
          if (labelKeyErrors(key).length === 0 && inSelector.has(key)) errors.invalid([...at, 'matchLabelKeys', k], key, 'exists in both matchLabelKeys and labelSelector');
        });
      }
    }
  });
  // ValidateSpreadConstraintNotRepeat: reported on the earlier of two alike.
  pairs.forEach((pair, i) => {
    if (pairs.indexOf(pair, i + 1) === -1) return;
    const [key, when] = pair.split('\u0000');
    const at = [...POD_SPEC_PATH, 'topologySpreadConstraints', i];
    errors.duplicate([...at, '{topologyKey, whenUnsatisfiable}'], `{${key}, ${when}}`, { node: at, why: 'Two constraints on the same topologyKey and whenUnsatisfiable: merge them.' });
  });
}
