import type { JsonPath } from '../../types/finding.js';
import type { ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isConfigMapKey, isEnvVarName, isRelaxedEnvVarName, nameIsDNSSubdomain } from '../../k8s/names.js';
import { labelKeyErrors } from '../../k8s/selector.js';
import { parseQuantity } from '../../k8s/quantity.js';
import { type FieldErrors, stringOf } from './field-errors.js';
import { canonicalQuantity } from './quantities.js';

/** The pod fields an environment variable may read (validEnvDownwardAPIFieldPathExpressions). */
const ENV_FIELD_PATHS = ['metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName', 'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs'];
/** The pod fields a downwardAPI volume may read (validVolumeDownwardAPIFieldPathExpressions). */
export const VOLUME_FIELD_PATHS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];
/** What ConvertDownwardAPIFieldLabel knows, subscripts aside. */
const CONVERTIBLE_FIELD_PATHS = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
  'spec.host',
]);
const RESOURCE_FIELDS = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const CPU_DIVISORS = new Set(['1m', '1']);
const MEMORY_DIVISORS = new Set(['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']);
const MEMORY_DIVISOR_LIST = '1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei';

/** An environment variable name by the version's rule: strict through 1.31, any printable ASCII but `=` from 1.32. */
function envNameErrors(name: string, errors: FieldErrors): readonly string[] {
  return errors.features.relaxedEnvNames ? isRelaxedEnvVarName(name) : isEnvVarName(name);
}

const ENV_NAME_WHY_STRICT = 'Before Kubernetes 1.32 an environment variable name may hold letters, digits, _, - and . only, and not start with a digit.';
const ENV_NAME_WHY_RELAXED = 'An environment variable name may hold any printable ASCII character but =.';

/**
 * ValidateEnv: names (the rule of the version), and each valueFrom with exactly one source and
 * no value beside it: a fieldRef to a pod field an environment variable may read, a
 * resourceFieldRef to a resource of the container (with a divisor the resource takes), a
 * configMapKeyRef or secretKeyRef with a name and a valid key.
 */
export function checkEnv(ref: ContainerRef, errors: FieldErrors): void {
  asArray(ref.container.env).forEach((raw, index) => {
    const env = asRecord(raw);
    if (!env) return;
    const at = [...ref.path, 'env', index];
    const name = stringOf(env.name) ?? '';
    if (name === '') errors.required([...at, 'name'], '', { node: 'name' in env ? [...at, 'name'] : at });
    else {
      const why = errors.features.relaxedEnvNames ? ENV_NAME_WHY_RELAXED : ENV_NAME_WHY_STRICT;
      for (const message of envNameErrors(name, errors)) errors.invalid([...at, 'name'], name, message, { why });
    }
    const valueFrom = asRecord(env.valueFrom);
    if (valueFrom) checkValueFrom(valueFrom, stringOf(env.value) ?? '', [...at, 'valueFrom'], errors);
  });
}

function checkValueFrom(valueFrom: Record<string, unknown>, value: string, path: JsonPath, errors: FieldErrors): void {
  const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', ...(errors.features.envFiles ? ['fileKeyRef'] : [])];
  let count = 0;
  for (const source of sources) {
    const record = asRecord(valueFrom[source]);
    if (!record) continue;
    count++;
    const at = [...path, source];
    if (source === 'fieldRef') checkObjectFieldSelector(record, at, ENV_FIELD_PATHS, errors);
    else if (source === 'resourceFieldRef') checkResourceFieldSelector(record, at, false, errors);
    else if (source === 'fileKeyRef') checkFileKeySelector(record, at, errors);
    else checkKeySelector(record, at, errors);
  }
  const why = 'valueFrom takes exactly one source (fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef), and then no value.';
  if (value !== '' && count !== 0) errors.invalid(path, '', 'may not be specified when `value` is not empty', { why });
  else if (count === 0) {
    const list = errors.features.envFiles ? '`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`' : '`fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`';
    errors.invalid(path, '', `must specify one of: ${list}`, { why });
  } else if (count > 1) errors.invalid(path, '', 'may not have more than one field specified at a time', { why });
}

/** validateObjectFieldSelector: a fieldPath the downward API converts and that this place may read. */
export function checkObjectFieldSelector(selector: Record<string, unknown>, path: JsonPath, supported: readonly string[], errors: FieldErrors, reportedAt: JsonPath = path): void {
  const fieldPath = stringOf(selector.fieldPath) ?? '';
  const node = 'fieldPath' in selector ? [...path, 'fieldPath'] : path;
  if (fieldPath === '') {
    errors.required([...reportedAt, 'fieldPath'], '', { node });
    return;
  }
  const apiVersion = stringOf(selector.apiVersion) || 'v1';
  if (apiVersion !== 'v1') {
    errors.invalid([...reportedAt, 'fieldPath'], fieldPath, `error converting fieldPath: unsupported pod version: ${apiVersion}`, { node });
    return;
  }
  const subscript = /^([^[]+)\['([^']*)'\]$/.exec(fieldPath) ?? /^([^[]+)\[([^\]]*)\]$/.exec(fieldPath);
  let base = fieldPath;
  if (subscript) {
    base = subscript[1];
    if (base !== 'metadata.annotations' && base !== 'metadata.labels') {
      errors.invalid([...reportedAt, 'fieldPath'], fieldPath, `error converting fieldPath: field label does not support subscript: ${fieldPath}`, { node });
      return;
    }
    const key = base === 'metadata.annotations' ? subscript[2].toLowerCase() : subscript[2];
    for (const message of labelKeyErrors(key)) errors.invalid(reportedAt, subscript[2], message, { node });
    return;
  }
  if (!CONVERTIBLE_FIELD_PATHS.has(fieldPath)) {
    errors.invalid([...reportedAt, 'fieldPath'], fieldPath, `error converting fieldPath: field label not supported: ${fieldPath}`, { node });
    return;
  }
  const converted = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  if (!supported.includes(converted)) errors.notSupported([...reportedAt, 'fieldPath'], fieldPath, supported, { node });
}

/** validateContainerResourceFieldSelector: a known resource (containerName required in volumes) and a divisor it takes. */
export function checkResourceFieldSelector(selector: Record<string, unknown>, path: JsonPath, volume: boolean, errors: FieldErrors): void {
  if (volume && (stringOf(selector.containerName) ?? '') === '') {
    errors.required([...path, 'containerName'], '', { node: 'containerName' in selector ? [...path, 'containerName'] : path });
    return;
  }
  const resource = stringOf(selector.resource) ?? '';
  const node = 'resource' in selector ? [...path, 'resource'] : path;
  if (resource === '') {
    errors.required([...path, 'resource'], '', { node });
    return;
  }
  const hugepages = resource.startsWith('requests.hugepages-') || resource.startsWith('limits.hugepages-');
  if (!RESOURCE_FIELDS.includes(resource) && !hugepages) {
    errors.notSupported([...path, 'resource'], resource, RESOURCE_FIELDS, { node });
    return;
  }
  const divisor = parseQuantity(selector.divisor);
  if (divisor === undefined || divisor.sign === 0) return;
  const canonical = canonicalQuantity(divisor, selector.divisor);
  const kind = resource.endsWith('.cpu') ? 'cpu' : resource.endsWith('.memory') ? 'memory' : hugepages ? 'hugepages' : 'local ephemeral storage';
  const allowed = kind === 'cpu' ? CPU_DIVISORS : MEMORY_DIVISORS;
  if (allowed.has(canonical)) return;
  const detail = kind === 'cpu' ? "only divisor's values 1m and 1 are supported with the cpu resource" : `only divisor's values ${MEMORY_DIVISOR_LIST} are supported with the ${kind} resource`;
  errors.invalid([...path, 'divisor'], resource, detail);
}

/** validateConfigMapKeySelector / validateSecretKeySelector: a DNS subdomain name (an empty one too) and a valid key. */
function checkKeySelector(selector: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  const name = stringOf(selector.name) ?? '';
  for (const message of nameIsDNSSubdomain(name)) errors.invalid([...path, 'name'], name, message, { node: 'name' in selector ? [...path, 'name'] : path });
  const key = stringOf(selector.key) ?? '';
  const node = 'key' in selector ? [...path, 'key'] : path;
  if (key === '') errors.required([...path, 'key'], '', { node });
  else for (const message of isConfigMapKey(key)) errors.invalid([...path, 'key'], key, message, { node });
}

/** validateFileKeySelector (1.35 on, EnvFiles): a volume name, a relative path, a key that is an environment variable name. */
function checkFileKeySelector(selector: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  for (const field of ['volumeName', 'path', 'key']) {
    const value = stringOf(selector[field]) ?? '';
    if (value === '') errors.required([...path, field], '', { node: field in selector ? [...path, field] : path });
  }
  const target = stringOf(selector.path) ?? '';
  if (target.startsWith('/')) errors.invalid([...path, 'path'], target, 'must be a relative path');
  if (target.split('/').includes('..')) errors.invalid([...path, 'path'], target, "must not contain '..'");
}

/**
 * ValidateEnvFrom: a prefix that is a valid variable name, exactly one of configMapRef and
 * secretRef (the API names the list, without the index), each with a name that is a DNS
 * subdomain (a trailing `-` allowed).
 */
export function checkEnvFrom(ref: ContainerRef, errors: FieldErrors): void {
  const path = [...ref.path, 'envFrom'];
  asArray(ref.container.envFrom).forEach((raw, index) => {
    const source = asRecord(raw);
    if (!source) return;
    const at = [...path, index];
    const prefix = stringOf(source.prefix) ?? '';
    if (prefix !== '') for (const message of envNameErrors(prefix, errors)) errors.invalid([...at, 'prefix'], prefix, message);
    const refs = ['configMapRef', 'secretRef'].filter((k) => asRecord(source[k]));
    const why = 'Each envFrom entry takes exactly one of configMapRef and secretRef.';
    if (refs.length === 0) errors.invalid(path, '', 'must specify one of: `configMapRef` or `secretRef`', { node: at, why });
    else if (refs.length > 1) errors.invalid(path, '', 'may not have more than one field specified at a time', { node: at, why });
    for (const key of refs) {
      const record = asRecord(source[key])!;
      const name = stringOf(record.name) ?? '';
      const node = 'name' in record ? [...at, key, 'name'] : [...at, key];
      if (name === '') errors.required([...at, key, 'name'], '', { node });
      else for (const message of nameIsDNSSubdomain(name, true)) errors.invalid([...at, key, 'name'], name, message, { node });
    }
  });
}
