import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { asRecord } from '../../k8s/values.js';
import { nameIsDNSLabel, nameIsDNSSubdomain } from '../../k8s/names.js';
import { type FieldErrors, stringOf } from './field-errors.js';

/**
 * ValidateObjectMeta with the DaemonSet's name rule (ValidateDaemonSetName =
 * NameIsDNSSubdomain): `name` (or `generateName`) required, both DNS subdomains (a generateName
 * may end in a dash), and a namespace, when given, a DNS label. An empty namespace is filled in
 * by the client from its context, so only a given one is checked.
 */
export function checkMetadata(daemonSet: DaemonSet, errors: FieldErrors): void {
  const root = asRecord(daemonSet);
  const rawMetadata = root?.metadata;
  if (rawMetadata !== undefined && rawMetadata !== null && !asRecord(rawMetadata)) return; // wrong type: schema
  const metadata = asRecord(rawMetadata) ?? {};

  const generateName = stringOf(metadata.generateName);
  if (generateName) {
    for (const message of nameIsDNSSubdomain(generateName, true)) {
      errors.invalid(['metadata', 'generateName'], generateName, message);
    }
  }

  const name = metadata.name;
  if (name === undefined || name === null || name === '') {
    // With generateName, the server generates the name before validation.
    if (!generateName) errors.required(['metadata', 'name'], 'name or generateName is required');
  } else if (typeof name === 'string') {
    for (const message of nameIsDNSSubdomain(name)) errors.invalid(['metadata', 'name'], name, message);
  }

  const namespace = stringOf(metadata.namespace);
  if (namespace) {
    for (const message of nameIsDNSLabel(namespace)) errors.invalid(['metadata', 'namespace'], namespace, message);
  }
}
