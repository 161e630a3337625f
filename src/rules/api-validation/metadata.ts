import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { nameIsDNSLabel, nameIsDNSSubdomain } from '../../k8s/names.js';
import { labelKeyErrors } from '../../k8s/selector.js';
import { type FieldErrors, stringOf } from './field-errors.js';
import { checkAnnotations, checkLabels } from './labels.js';

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);
const MANAGED_FIELDS_OPERATIONS = new Set(['Apply', 'Update']);

/**
 * ValidateObjectMeta with the DaemonSet's name rule (ValidateDaemonSetName =
 * NameIsDNSSubdomain): `name` (or `generateName`) required, both DNS subdomains (a generateName
 * may end in a dash); a namespace, when given, a DNS label (an empty one is filled in by the
 * client from its context); labels, annotations, finalizers, owner references and managed fields.
 */
export function checkMetadata(daemonSet: DaemonSet, errors: FieldErrors): void {
  const root = asRecord(daemonSet);
  const rawMetadata = root?.metadata;
  if (rawMetadata !== undefined && !asRecord(rawMetadata)) return; // wrong type: schema
  const metadata = asRecord(rawMetadata) ?? {};

  const generateName = stringOf(metadata.generateName);
  if (generateName) {
    for (const message of nameIsDNSSubdomain(generateName, true)) errors.invalid(['metadata', 'generateName'], generateName, message, { why: NAME_WHY });
  }

  const name = metadata.name;
  if (name === undefined || name === '') {
    // With generateName, the server generates the name before validation.
    if (!generateName) {
      errors.required(['metadata', 'name'], 'name or generateName is required', {
        node: 'name' in metadata ? ['metadata', 'name'] : rawMetadata !== undefined ? ['metadata'] : ['kind'],
        why: 'Every object needs a name: set metadata.name (or metadata.generateName, for `kubectl create` only).',
      });
    }
  } else if (typeof name === 'string') {
    for (const message of nameIsDNSSubdomain(name)) errors.invalid(['metadata', 'name'], name, message, { why: NAME_WHY });
  }

  const namespace = stringOf(metadata.namespace);
  if (namespace) {
    for (const message of nameIsDNSLabel(namespace)) {
      errors.invalid(['metadata', 'namespace'], namespace, message, { why: 'Namespace names are DNS labels: lower case letters, digits and -, at most 63.' });
    }
  }

  checkLabels(metadata.labels, ['metadata', 'labels'], errors);
  checkAnnotations(metadata.annotations, ['metadata', 'annotations'], errors);
  checkFinalizers(metadata.finalizers, errors);
  checkOwnerReferences(metadata.ownerReferences, errors);
  checkManagedFields(metadata.managedFields, errors);
}

const NAME_WHY = 'A DaemonSet name is a DNS subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit, at most 253.';

/** ValidateFinalizers and validateKubeFinalizerName: qualified names, standard ones without `/`, not orphan with foregroundDeletion. */
function checkFinalizers(finalizers: unknown, errors: FieldErrors): void {
  const list = asArray(finalizers);
  if (list.length === 0) return;
  const path = ['metadata', 'finalizers'];
  const names = new Set<string>();
  list.forEach((raw, index) => {
    if (typeof raw !== 'string') return;
    names.add(raw);
    const messages = labelKeyErrors(raw);
    // The apimachinery check names the list; the core wrapper adds the index.
    for (const message of messages) errors.invalid(path, raw, message, { node: [...path, index] });
    if (messages.length === 0 && !raw.includes('/') && !STANDARD_FINALIZERS.has(raw)) {
      errors.invalid([...path, index], raw, 'name is neither a standard finalizer name nor is it fully qualified', {
        why: 'A finalizer is one of kubernetes, orphan, foregroundDeletion, or a domain-qualified name such as example.com/cleanup.',
      });
    }
  });
  if (names.has('orphan') && names.has('foregroundDeletion')) {
    errors.invalid(path, list, 'finalizer orphan and foregroundDeletion cannot be both set', { node: path });
  }
}

/** ValidateOwnerReferences: apiVersion, kind, name and uid set; no Event owner; one controller at most. */
function checkOwnerReferences(references: unknown, errors: FieldErrors): void {
  const list = asArray(references);
  if (list.length === 0) return;
  const path = ['metadata', 'ownerReferences'];
  const controllers: string[] = [];
  list.forEach((raw, index) => {
    const reference = asRecord(raw);
    if (!reference) return;
    const at = [...path, index];
    const apiVersion = stringOf(reference.apiVersion) ?? '';
    const kind = stringOf(reference.kind) ?? '';
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    const version = apiVersion.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
    if (version === '') errors.invalid([...path, 'apiVersion'], apiVersion, 'version must not be empty', { node: nodeOf(reference, at, 'apiVersion') });
    if (kind === '') errors.invalid([...path, 'kind'], kind, 'must not be empty', { node: nodeOf(reference, at, 'kind') });
    const name = stringOf(reference.name) ?? '';
    if (name === '') errors.invalid([...path, 'name'], name, 'must not be empty', { node: nodeOf(reference, at, 'name') });
    const uid = stringOf(reference.uid) ?? '';
    if (uid === '') errors.invalid([...path, 'uid'], uid, 'must not be empty', { node: nodeOf(reference, at, 'uid') });
    if (group === '' && version === 'v1' && kind === 'Event') {
      errors.invalid(path, reference, '/v1, Kind=Event is disallowed from being an owner', { node: at });
    }
    if (reference.controller === true) controllers.push(`${kind}/${name}`);
  });
  if (controllers.length > 1) {
    errors.invalid(path, list, `Only one reference can have Controller set to true. Found "true" in references for ${controllers[0]} and ${controllers[1]}`, {
      node: path,
    });
  }
}

function nodeOf(record: Record<string, unknown>, at: (string | number)[], key: string): (string | number)[] {
  return key in record ? [...at, key] : at;
}

/** ValidateManagedFields: operation Apply or Update, fieldsType FieldsV1, manager up to 128 printable characters, subresource up to 256. */
function checkManagedFields(managedFields: unknown, errors: FieldErrors): void {
  asArray(managedFields).forEach((raw, index) => {
    const entry = asRecord(raw);
    if (!entry) return;
    const at = ['metadata', 'managedFields', index];
    const operation = stringOf(entry.operation) ?? '';
    if (!MANAGED_FIELDS_OPERATIONS.has(operation)) errors.invalid([...at, 'operation'], operation, 'must be `Apply` or `Update`', { node: nodeOf(entry, at, 'operation') });
    const fieldsType = stringOf(entry.fieldsType) ?? '';
    if (fieldsType !== 'FieldsV1') errors.invalid([...at, 'fieldsType'], fieldsType, 'must be `FieldsV1`', { node: nodeOf(entry, at, 'fieldsType') });
    const manager = stringOf(entry.manager) ?? '';
    if (manager.length > 128) errors.tooLong([...at, 'manager'], 128);
    const unprintable = [...manager].findIndex((c) => /[\p{C}]/u.test(c));
    if (unprintable !== -1) {
      const c = [...manager][unprintable];
      const code = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      errors.invalid([...at, 'manager'], manager, `invalid character U+${code} (at position ${unprintable})`);
    }
    const subresource = stringOf(entry.subresource) ?? '';
    if (subresource.length > 256) errors.tooLong([...at, 'subresource'], 256);
  });
}
