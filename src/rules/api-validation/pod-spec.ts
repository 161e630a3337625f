import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Label, isDNS1123Subdomain, isRelaxedSearchPath, isValidIP, nameIsDNSSubdomain } from '../../k8s/names.js';
import { labelKeyErrors } from '../../k8s/selector.js';
import { type FieldErrors, IS_NEGATIVE_ERROR_MSG, int32Of, int64Of, isSet, stringOf } from './field-errors.js';
import { checkLabels } from './labels.js';

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PREEMPTION_POLICIES = ['PreemptLowerPriority', 'Never'];
const NON_NEGATIVE_SPEC_FIELDS = ['minReadySeconds', 'revisionHistoryLimit'];
const SUBDOMAIN_NAME_FIELDS = ['serviceAccountName', 'nodeName', 'priorityClassName'];
const LABEL_NAME_FIELDS = ['hostname', 'subdomain'];
const OS_NAMES = ['linux', 'windows'];

const MAX_DNS_NAMESERVERS = 3;
const MAX_DNS_SEARCH_PATHS = 32;
const MAX_DNS_SEARCH_LIST_CHARS = 2048;

function at(...rest: (string | number)[]): JsonPath {
  return [...POD_SPEC_PATH, ...rest];
}

/**
 * What ValidateDaemonSetSpec adds to the pod template's validation: no activeDeadlineSeconds
 * (a daemon never finishes), non-negative minReadySeconds and revisionHistoryLimit, and a
 * template with containers. (restartPolicy, selector and updateStrategy have rules of their own.)
 */
export function checkDaemonSetSpec(daemonSet: DaemonSet, errors: FieldErrors): void {
  const root = asRecord(daemonSet);
  const spec = asRecord(root?.spec);
  for (const key of NON_NEGATIVE_SPEC_FIELDS) {
    const value = int32Of(spec?.[key]);
    if (value !== undefined && value < 0) errors.invalid(['spec', key], value, IS_NEGATIVE_ERROR_MSG);
  }
  // A missing or null template (or pod spec) validates as an empty one: it has no containers.
  const template = spec?.template;
  if (template !== undefined && !asRecord(template)) return; // wrong type: schema
  const podSpec = asRecord(template)?.spec;
  if (podSpec === undefined) {
    errors.required(at('containers'), '', { node: spec && 'template' in spec ? ['spec', 'template'] : spec ? ['spec'] : ['kind'], why: CONTAINERS_WHY });
    return;
  }
  const record = asRecord(podSpec);
  if (!record) return;
  if (isSet(record, 'activeDeadlineSeconds')) {
    errors.forbidden(at('activeDeadlineSeconds'), 'activeDeadlineSeconds in DaemonSet is not Supported', {
      why: 'A DaemonSet pod runs as long as its node: the API refuses a deadline after which it would be killed. Remove the field.',
    });
    const deadline = int64Of(record.activeDeadlineSeconds);
    if (deadline !== undefined && (deadline < 1 || deadline > 2147483647)) {
      errors.invalid(at('activeDeadlineSeconds'), deadline, 'must be between 1 and 2147483647, inclusive');
    }
  }
}

const CONTAINERS_WHY = 'A pod template needs at least one container.';

/**
 * The fields of ValidatePodSpec that are the pod's own: containers present, dnsPolicy and
 * dnsConfig, nodeSelector, hostAliases, readinessGates, schedulingGates, the names the pod refers
 * to, hostname and subdomain, preemptionPolicy, os.
 */
export function checkPodSpecFields(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const containers = podSpec.containers;
  if (containers === undefined || (Array.isArray(containers) && containers.length === 0)) {
    errors.required(at('containers'), '', { node: containers === undefined ? [...POD_SPEC_PATH] : at('containers'), why: CONTAINERS_WHY });
  }

  // An empty dnsPolicy is defaulted to ClusterFirst before validation.
  const dnsPolicy = stringOf(podSpec.dnsPolicy);
  if (dnsPolicy && !DNS_POLICIES.includes(dnsPolicy)) errors.notSupported(at('dnsPolicy'), dnsPolicy, DNS_POLICIES);
  checkDNSConfig(podSpec, dnsPolicy, errors);

  checkLabels(podSpec.nodeSelector, at('nodeSelector'), errors, 'nodeSelector keys and values are node labels: keys a qualified name, values a label value.');
  checkHostAliases(podSpec.hostAliases, errors);

  asArray(podSpec.readinessGates).forEach((raw, index) => {
    const gate = asRecord(raw);
    if (!gate) return;
    const type = stringOf(gate.conditionType) ?? '';
    for (const message of labelKeyErrors(type)) {
      errors.invalid(at('readinessGates', index, 'conditionType'), type, message, { node: 'conditionType' in gate ? at('readinessGates', index, 'conditionType') : at('readinessGates', index) });
    }
  });

  const gates = new Set<string>();
  asArray(podSpec.schedulingGates).forEach((raw, index) => {
    const gate = asRecord(raw);
    if (!gate) return;
    const name = stringOf(gate.name) ?? '';
    const node = 'name' in gate ? at('schedulingGates', index, 'name') : at('schedulingGates', index);
    for (const message of labelKeyErrors(name)) errors.invalid(at('schedulingGates', index), name, message, { node });
    if (gates.has(name)) errors.duplicate(at('schedulingGates', index), name, { node });
    gates.add(name);
  });

  for (const key of SUBDOMAIN_NAME_FIELDS) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of nameIsDNSSubdomain(value)) errors.invalid(at(key), value, message);
  }
  for (const key of LABEL_NAME_FIELDS) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of isDNS1123Label(value)) errors.invalid(at(key), value, message);
  }
  // runtimeClassName is checked whenever it is set, even when empty.
  const runtimeClassName = stringOf(podSpec.runtimeClassName);
  if (runtimeClassName !== undefined) {
    for (const message of nameIsDNSSubdomain(runtimeClassName)) errors.invalid(at('runtimeClassName'), runtimeClassName, message);
  }

  const preemptionPolicy = stringOf(podSpec.preemptionPolicy);
  if (preemptionPolicy === '') errors.required(at('preemptionPolicy'));
  else if (preemptionPolicy !== undefined && !PREEMPTION_POLICIES.includes(preemptionPolicy)) {
    errors.notSupported(at('preemptionPolicy'), preemptionPolicy, PREEMPTION_POLICIES);
  }

  const os = asRecord(podSpec.os);
  if (os) {
    const name = stringOf(os.name) ?? '';
    if (name === '') errors.required(at('os', 'name'), 'cannot be empty', { node: 'name' in os ? at('os', 'name') : at('os') });
    else if (!OS_NAMES.includes(name)) errors.notSupported(at('os'), name, OS_NAMES, { node: at('os', 'name') });
  }
}

/** validatePodDNSConfig: what `dnsPolicy: None` needs, and the limits of nameservers, searches and options. */
function checkDNSConfig(podSpec: Record<string, unknown>, dnsPolicy: string | undefined, errors: FieldErrors): void {
  const dnsConfig = asRecord(podSpec.dnsConfig);
  if (dnsPolicy === 'None') {
    if (!dnsConfig) {
      errors.required(at('dnsConfig'), 'must provide `dnsConfig` when `dnsPolicy` is None', { node: at('dnsPolicy') });
      return;
    }
    if (asArray(dnsConfig.nameservers).length === 0) {
      errors.required(at('dnsConfig', 'nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None', {
        node: 'nameservers' in dnsConfig ? at('dnsConfig', 'nameservers') : at('dnsConfig'),
      });
      return;
    }
  }
  if (!dnsConfig) return;
  const nameservers = asArray(dnsConfig.nameservers);
  if (nameservers.length > MAX_DNS_NAMESERVERS) {
    errors.invalid(at('dnsConfig', 'nameservers'), nameservers, `must not have more than ${MAX_DNS_NAMESERVERS} nameservers`, {
      why: 'The resolver of a pod (resolv.conf) takes at most three nameservers.',
    });
  }
  nameservers.forEach((server, index) => {
    if (typeof server !== 'string') return;
    for (const message of isValidIP(server)) errors.invalid(at('dnsConfig', 'nameservers', index), server, message, { why: 'A nameserver is an IP address, not a host name.' });
  });
  const searches = asArray(dnsConfig.searches).filter((s): s is string => typeof s === 'string');
  if (searches.length > MAX_DNS_SEARCH_PATHS) {
    errors.invalid(at('dnsConfig', 'searches'), searches, `must not have more than ${MAX_DNS_SEARCH_PATHS} search paths`);
  }
  if (searches.join(' ').length > MAX_DNS_SEARCH_LIST_CHARS) {
    errors.invalid(at('dnsConfig', 'searches'), searches, `must not have more than ${MAX_DNS_SEARCH_LIST_CHARS} characters (including spaces) in the search list`);
  }
  asArray(dnsConfig.searches).forEach((search, index) => {
    if (typeof search !== 'string') return;
    if (errors.features.relaxedDnsSearch) {
      // A lone `.` is allowed; otherwise one trailing dot is dropped.
      const trimmed = search !== '.' && search.endsWith('.') ? search.slice(0, -1) : search;
      for (const message of isRelaxedSearchPath(trimmed)) errors.invalid(at('dnsConfig', 'searches', index), trimmed, message);
    } else {
      const trimmed = search.endsWith('.') ? search.slice(0, -1) : search;
      for (const message of isDNS1123Subdomain(trimmed)) errors.invalid(at('dnsConfig', 'searches', index), trimmed, message);
    }
  });
  asArray(dnsConfig.options).forEach((raw, index) => {
    const option = asRecord(raw);
    if (option && (stringOf(option.name) ?? '') === '') {
      errors.required(at('dnsConfig', 'options', index, 'name'), 'must not be empty', { node: 'name' in option ? at('dnsConfig', 'options', index, 'name') : at('dnsConfig', 'options', index) });
    }
  });
}

/** ValidateHostAliases: each ip an IP address, each hostname a DNS subdomain. */
function checkHostAliases(hostAliases: unknown, errors: FieldErrors): void {
  asArray(hostAliases).forEach((raw, index) => {
    const alias = asRecord(raw);
    if (!alias) return;
    const ip = stringOf(alias.ip) ?? '';
    for (const message of isValidIP(ip)) errors.invalid(at('hostAliases', index, 'ip'), ip, message, { node: 'ip' in alias ? at('hostAliases', index, 'ip') : at('hostAliases', index) });
    asArray(alias.hostnames).forEach((hostname, j) => {
      if (typeof hostname !== 'string') return;
      for (const message of isDNS1123Subdomain(hostname)) errors.invalid(at('hostAliases', index, 'hostnames', j), hostname, message);
    });
  });
}

/**
 * validateHostUsers (1.33 on, when hostUsers is kept): `hostUsers: false` gives the pod its own
 * user namespace, which cannot share the host's network, PID or IPC namespace. (The API writes
 * the last two paths with capitals.)
 */
export function checkHostUsers(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  if (!errors.features.hostUsers || podSpec.hostUsers !== false) return;
  const why = 'A pod in its own user namespace (`hostUsers: false`) cannot use a host namespace. Drop `hostUsers: false` or the host namespace.';
  if (podSpec.hostNetwork === true) errors.forbidden(at('hostNetwork'), 'when `pod.Spec.HostUsers` is false', { why });
  if (podSpec.hostPID === true) errors.forbidden(at('HostPID'), 'when `pod.Spec.HostUsers` is false', { node: at('hostPID'), why });
  if (podSpec.hostIPC === true) errors.forbidden(at('HostIPC'), 'when `pod.Spec.HostUsers` is false', { node: at('hostIPC'), why });
}
