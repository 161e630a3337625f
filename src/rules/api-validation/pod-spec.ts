import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { POD_SPEC_PATH } from '../../k8s/containers.js';
import { asRecord } from '../../k8s/values.js';
import { isDNS1123Label, nameIsDNSSubdomain } from '../../k8s/names.js';
import { type FieldErrors, IS_NEGATIVE_ERROR_MSG, integerOf, isSet, stringOf } from './field-errors.js';

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PREEMPTION_POLICIES = ['PreemptLowerPriority', 'Never'];
const NON_NEGATIVE_SPEC_FIELDS = ['minReadySeconds', 'revisionHistoryLimit'];
const SUBDOMAIN_NAME_FIELDS = ['serviceAccountName', 'nodeName', 'priorityClassName'];
const LABEL_NAME_FIELDS = ['hostname', 'subdomain'];

/**
 * What ValidateDaemonSetSpec adds to the pod template's validation: no activeDeadlineSeconds
 * (a daemon never finishes), and non-negative minReadySeconds and revisionHistoryLimit.
 * (restartPolicy, selector and updateStrategy have rules of their own.)
 */
export function checkDaemonSetSpec(daemonSet: DaemonSet, errors: FieldErrors): void {
  const spec = asRecord(asRecord(daemonSet)?.spec);
  if (!spec) return;
  for (const key of NON_NEGATIVE_SPEC_FIELDS) {
    const value = integerOf(spec[key]);
    if (value !== undefined && value < 0) errors.invalid(['spec', key], value, IS_NEGATIVE_ERROR_MSG);
  }

  // A null template (or pod spec) validates as an empty one: it has no containers. A missing
  // template is the schema rule's (a required field).
  if (spec.template === null) {
    errors.required([...POD_SPEC_PATH, 'containers']);
    return;
  }
  const template = asRecord(spec.template);
  if (!template) return;
  const podSpec = template.spec;
  if (podSpec === undefined || podSpec === null) {
    errors.required([...POD_SPEC_PATH, 'containers']);
    return;
  }
  const record = asRecord(podSpec);
  if (!record) return;
  if (isSet(record, 'activeDeadlineSeconds')) {
    errors.forbidden([...POD_SPEC_PATH, 'activeDeadlineSeconds'], 'activeDeadlineSeconds in DaemonSet is not Supported');
  }
  // ValidatePodTemplateSpec: a template cannot carry ephemeral containers (they are added to running pods).
  if (Array.isArray(record.ephemeralContainers) && record.ephemeralContainers.length > 0) {
    errors.forbidden([...POD_SPEC_PATH, 'ephemeralContainers'], 'ephemeral containers not allowed in pod template');
  }
}

/**
 * The scalar fields of ValidatePodSpec: the containers list not empty, dnsPolicy and
 * preemptionPolicy values, dnsConfig required by `dnsPolicy: None`, and the object names the
 * pod refers to (service account, priority class, runtime class, node) and its hostname.
 */
export function checkPodSpecFields(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  if (Array.isArray(podSpec.containers) && podSpec.containers.length === 0) {
    errors.required([...POD_SPEC_PATH, 'containers']);
  }

  // An empty dnsPolicy is defaulted to ClusterFirst before validation.
  const dnsPolicy = stringOf(podSpec.dnsPolicy);
  if (dnsPolicy && !DNS_POLICIES.includes(dnsPolicy)) {
    errors.notSupported([...POD_SPEC_PATH, 'dnsPolicy'], dnsPolicy, DNS_POLICIES);
  }
  if (dnsPolicy === 'None') {
    const dnsConfig = podSpec.dnsConfig;
    if (dnsConfig === undefined || dnsConfig === null) {
      errors.required([...POD_SPEC_PATH, 'dnsConfig'], 'must provide `dnsConfig` when `dnsPolicy` is None');
    } else {
      const record = asRecord(dnsConfig);
      const nameservers = record?.nameservers;
      if (record && (nameservers === undefined || nameservers === null || (Array.isArray(nameservers) && nameservers.length === 0))) {
        errors.required(
          [...POD_SPEC_PATH, 'dnsConfig', 'nameservers'],
          'must provide at least one DNS nameserver when `dnsPolicy` is None',
        );
      }
    }
  }

  for (const key of SUBDOMAIN_NAME_FIELDS) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of nameIsDNSSubdomain(value)) errors.invalid([...POD_SPEC_PATH, key], value, message);
  }
  for (const key of LABEL_NAME_FIELDS) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of isDNS1123Label(value)) errors.invalid([...POD_SPEC_PATH, key], value, message);
  }
  // runtimeClassName is checked whenever it is set, even when empty.
  const runtimeClassName = stringOf(podSpec.runtimeClassName);
  if (runtimeClassName !== undefined) {
    for (const message of nameIsDNSSubdomain(runtimeClassName)) {
      errors.invalid([...POD_SPEC_PATH, 'runtimeClassName'], runtimeClassName, message);
    }
  }

  const preemptionPolicy = stringOf(podSpec.preemptionPolicy);
  if (preemptionPolicy === '') {
    errors.required([...POD_SPEC_PATH, 'preemptionPolicy']);
  } else if (preemptionPolicy !== undefined && !PREEMPTION_POLICIES.includes(preemptionPolicy)) {
    errors.notSupported([...POD_SPEC_PATH, 'preemptionPolicy'], preemptionPolicy, PREEMPTION_POLICIES);
  }
}
