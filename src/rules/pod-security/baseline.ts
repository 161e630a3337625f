import type { JsonPath } from '../../types/finding.js';
import { type ContainerRef } from '../../k8s/containers.js';
import { asRecord } from '../../k8s/values.js';
import {
  Offenders,
  POD_SECURITY_CONTEXT,
  POD_SPEC,
  distinct,
  isSet,
  joinAnd,
  plural,
  quoteList,
  stringField,
  type Control,
} from './policy.js';

/**
 * The Baseline profile: the controls that prevent known privilege escalations. Each mirrors a
 * check of pod-security-admission (policy/check_<id>.go); the check's id is given with it.
 */

/** windowsHostProcess: no HostProcess containers, at pod or container level. */
const hostProcess: Control = {
  id: 'hostProcess',
  name: 'HostProcess',
  level: 'baseline',
  check(input) {
    let offenders: Offenders | undefined;
    if (asRecord(input.podSecurityContext?.windowsOptions)?.hostProcess === true) {
      (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, 'windowsOptions', 'hostProcess']);
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (asRecord(securityContexts[i]?.windowsOptions)?.hostProcess === true) {
        (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'windowsOptions', 'hostProcess']);
      }
    }
    if (!offenders) return undefined;
    return offenders.violation(`${offenders.setters()} must not set securityContext.windowsOptions.hostProcess=true`);
  },
};

const HOST_NAMESPACES = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

/** hostNamespaces: no sharing of the node's network, process or IPC namespace. */
const hostNamespaces: Control = {
  id: 'hostNamespaces',
  name: 'Host Namespaces',
  level: 'baseline',
  check({ podSpec }) {
    if (podSpec.hostNetwork !== true && podSpec.hostPID !== true && podSpec.hostIPC !== true) return undefined;
    const set = HOST_NAMESPACES.filter((key) => podSpec[key] === true);
    return {
      path: [...POD_SPEC, set[0]],
      detail: `pod must not set ${joinAnd(set.map((key) => `${key}=true`))}`,
    };
  },
};

/** privileged: no privileged containers. */
const privileged: Control = {
  id: 'privileged',
  name: 'Privileged Containers',
  level: 'baseline',
  check({ containers, securityContexts }) {
    let offenders: Offenders | undefined;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (securityContexts[i]?.privileged === true) (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'privileged']);
    }
    if (!offenders) return undefined;
    return offenders.violation(`${offenders.containers()} must not set securityContext.privileged=true`);
  },
};

/**
 * capabilities_baseline: nothing added beyond the container runtime's default set. Names are
 * compared exactly as the admission plugin compares them: `CAP_CHOWN` or `chown` is not `CHOWN`.
 */
export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

export const capabilitiesBaseline: Control = {
  id: 'capabilitiesBaseline',
  name: 'Capabilities',
  level: 'baseline',
  check({ containers, securityContexts }) {
    let offenders: Offenders | undefined;
    const forbidden: string[] = [];
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const add = asRecord(securityContexts[i]?.capabilities)?.add;
      if (!Array.isArray(add)) continue;
      for (let index = 0; index < add.length; index++) {
        const item: unknown = add[index];
        if (typeof item !== 'string' || BASELINE_CAPABILITIES.has(item)) continue;
        forbidden.push(item);
        (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'capabilities', 'add', index]);
      }
    }
    if (!offenders) return undefined;
    return offenders.violation(
      `${offenders.containers()} must not include ${quoteList(distinct(forbidden))} in securityContext.capabilities.add (only the container runtime's default capabilities may be added)`,
    );
  },
};

/** hostPathVolumes: no hostPath volumes. Replaced by Volume Types in the restricted profile. */
export const hostPathVolumes: Control = {
  id: 'hostPathVolumes',
  name: 'HostPath Volumes',
  level: 'baseline',
  check({ podSpec }) {
    const volumes = podSpec.volumes;
    if (!Array.isArray(volumes)) return undefined;
    const names: string[] = [];
    let first: JsonPath | undefined;
    for (let index = 0; index < volumes.length; index++) {
      const volume = asRecord(volumes[index]);
      if (!volume || !isSet(volume.hostPath)) continue;
      names.push(stringField(volume, 'name'));
      first ??= [...POD_SPEC, 'volumes', index, 'hostPath'];
    }
    if (!first) return undefined;
    return { path: first, detail: `${plural(names.length, 'volume', 'volumes')} ${quoteList(names)} must not use hostPath` };
  },
};

/** hostPorts: no host ports on any container (0 means none). */
const hostPorts: Control = {
  id: 'hostPorts',
  name: 'Host Ports',
  level: 'baseline',
  check({ containers }) {
    let offenders: Offenders | undefined;
    const ports: number[] = [];
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const items: unknown = ref.container.ports;
      if (!Array.isArray(items)) continue;
      for (let index = 0; index < items.length; index++) {
        const hostPort = asRecord(items[index])?.hostPort;
        if (typeof hostPort !== 'number' || hostPort === 0) continue;
        ports.push(hostPort);
        (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'ports', index, 'hostPort']);
      }
    }
    if (!offenders) return undefined;
    const list = distinct(ports).sort((a, b) => a - b);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, 'hostPort', 'hostPorts')} ${list.join(', ')}`,
    );
  },
};

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const LIFECYCLE_HANDLERS = ['postStart', 'preStop'] as const;
const HOST_ACTIONS = ['httpGet', 'tcpSocket'] as const;
const PROBE_PATHS: readonly JsonPath[] = PROBES.map((probe) => [probe]);
const LIFECYCLE_PATHS: readonly JsonPath[] = LIFECYCLE_HANDLERS.map((hook) => ['lifecycle', hook]);

interface HandlerHosts {
  offenders: Offenders;
  hosts: string[];
}

/** Adds the hosts a probe or lifecycle handler names; `found` is created on the first one. */
function handlerHosts(handler: Record<string, unknown>, ref: ContainerRef, handlerPath: JsonPath, found: HandlerHosts | undefined): HandlerHosts | undefined {
  for (const action of HOST_ACTIONS) {
    const host = stringField(asRecord(handler[action]), 'host');
    if (host === '') continue;
    found ??= { offenders: new Offenders(), hosts: [] };
    found.hosts.push(host);
    found.offenders.addContainer(ref, [...ref.path, ...handlerPath, action, 'host']);
  }
  return found;
}

/**
 * hostProbesAndHostLifecycle (policy 1.34+): probes and lifecycle handlers must not name a
 * `host`, which would let the kubelet send requests anywhere from the node on the pod's behalf.
 * Any non-empty host is forbidden, `127.0.0.1` included.
 */
const hostProbes: Control = {
  id: 'hostProbes',
  name: 'Probes / Lifecycle Hooks',
  level: 'baseline',
  check({ containers, minor }) {
    if (minor < 34) return undefined;
    let found: HandlerHosts | undefined;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const container = ref.container as unknown as Record<string, unknown>;
      for (let p = 0; p < PROBES.length; p++) {
        const handler = asRecord(container[PROBES[p]]);
        if (handler) found = handlerHosts(handler, ref, PROBE_PATHS[p], found);
      }
      const lifecycle = asRecord(container.lifecycle);
      if (!lifecycle) continue;
      for (let h = 0; h < LIFECYCLE_HANDLERS.length; h++) {
        const handler = asRecord(lifecycle[LIFECYCLE_HANDLERS[h]]);
        if (handler) found = handlerHosts(handler, ref, LIFECYCLE_PATHS[h], found);
      }
    }
    if (!found) return undefined;
    const { offenders, hosts } = found;
    const list = distinct(hosts);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, 'host', 'hosts')} ${quoteList(list)} in probes or lifecycle handlers`,
    );
  },
};

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const APPARMOR_TYPES = new Set(['RuntimeDefault', 'Localhost']);

/**
 * appArmorProfile: the AppArmor profile may not be overridden with anything but the runtime's
 * default or a profile loaded on the node, in the field (pod or container) or in the deprecated
 * per-container annotation on the pod template.
 */
const appArmor: Control = {
  id: 'appArmor',
  name: 'AppArmor',
  level: 'baseline',
  check(input) {
    let offenders: Offenders | undefined;
    const types: string[] = [];
    const podProfile = asRecord(input.podSecurityContext?.appArmorProfile);
    if (podProfile && !APPARMOR_TYPES.has(stringField(podProfile, 'type'))) {
      types.push(stringField(podProfile, 'type'));
      (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, 'appArmorProfile', 'type'], 'value');
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const profile = asRecord(securityContexts[i]?.appArmorProfile);
      if (!profile || APPARMOR_TYPES.has(stringField(profile, 'type'))) continue;
      types.push(stringField(profile, 'type'));
      (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'appArmorProfile', 'type'], 'value');
    }

    const annotations = asRecord(input.podMetadata?.annotations);
    let badAnnotations: string[] | undefined;
    if (annotations) {
      for (const key in annotations) {
        if (Object.hasOwn(annotations, key) && key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAppArmorAnnotation(annotations[key])) {
          (badAnnotations ??= []).push(key);
        }
      }
    }
    if (!offenders && !badAnnotations) return undefined;
    offenders ??= new Offenders();
    const parts: string[] = [];
    if (offenders.hasSetters) {
      parts.push(`${offenders.setters()} must not set appArmorProfile.type to ${quoteList(distinct(types))} (allowed: RuntimeDefault, Localhost)`);
    }
    if (!badAnnotations) return offenders.violation(parts.join('; '));
    badAnnotations.sort();
    for (const key of badAnnotations) offenders.addField(['spec', 'template', 'metadata', 'annotations', key], 'value');
    if (badAnnotations.length > 0) {
      const listed = badAnnotations.map((key) => `${key}=${JSON.stringify(stringField(annotations, key))}`).join(', ');
      parts.push(`${plural(badAnnotations.length, 'annotation', 'annotations')} ${listed} must be runtime/default or localhost/<profile>`);
    }
    return offenders.violation(parts.join('; '));
  },
};

function allowedAppArmorAnnotation(value: unknown): boolean {
  // A map[string]string: null decodes to "".
  if (value === null || value === undefined || value === '') return true;
  return value === 'runtime/default' || (typeof value === 'string' && value.startsWith('localhost/'));
}

const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
const SELINUX_TYPES_BEFORE_31: ReadonlySet<string> = new Set(SELINUX_TYPES);
const SELINUX_TYPES_FROM_31: ReadonlySet<string> = new Set([...SELINUX_TYPES, 'container_engine_t']);

function hasSeLinuxOptions(securityContext: Record<string, unknown> | undefined): boolean {
  return asRecord(securityContext?.seLinuxOptions) !== undefined;
}

/** seLinuxOptions: only the container types, and no custom SELinux user or role. */
const seLinux: Control = {
  id: 'seLinux',
  name: 'SELinux',
  level: 'baseline',
  check(input) {
    const podOptions = asRecord(input.podSecurityContext?.seLinuxOptions);
    if (!podOptions && !input.securityContexts.some(hasSeLinuxOptions)) return undefined;
    // container_engine_t is allowed from policy 1.31.
    const allowedTypes = input.minor >= 31 ? SELINUX_TYPES_FROM_31 : SELINUX_TYPES_BEFORE_31;
    const offenders = new Offenders();
    const badTypes: string[] = [];
    let setUser = false;
    let setRole = false;
    const inspect = (options: Record<string, unknown>, path: JsonPath, add: (path: JsonPath) => void): void => {
      const type = stringField(options, 'type');
      if (!allowedTypes.has(type)) {
        badTypes.push(type);
        add([...path, 'type']);
      }
      if (stringField(options, 'user') !== '') {
        setUser = true;
        add([...path, 'user']);
      }
      if (stringField(options, 'role') !== '') {
        setRole = true;
        add([...path, 'role']);
      }
    };
    if (podOptions) inspect(podOptions, [...POD_SECURITY_CONTEXT, 'seLinuxOptions'], (path) => offenders.addPod(path, 'value'));
    for (let i = 0; i < input.containers.length; i++) {
      const ref = input.containers[i];
      const options = asRecord(input.securityContexts[i]?.seLinuxOptions);
      if (options) inspect(options, [...ref.path, 'securityContext', 'seLinuxOptions'], (path) => offenders.addContainer(ref, path, 'value'));
    }
    const problems: string[] = [];
    const types = distinct(badTypes);
    if (types.length > 0) problems.push(`${plural(types.length, 'type', 'types')} ${quoteList(types)}`);
    if (setUser) problems.push('user may not be set');
    if (setRole) problems.push('role may not be set');
    return offenders.violation(
      `${offenders.setters()} set forbidden securityContext.seLinuxOptions: ${problems.join('; ')} (allowed types: ${[...allowedTypes].filter(Boolean).join(', ')})`,
    );
  },
};

/**
 * procMount: the default /proc masks. From policy 1.35 the baseline profile allows any
 * procMount in a pod with its own user namespace (`hostUsers: false`); the restricted profile
 * never does.
 */
const procMount: Control = {
  id: 'procMount',
  name: '/proc Mount Type',
  level: 'baseline',
  check(input) {
    if (input.level === 'baseline' && input.minor >= 35 && input.userNamespace) return undefined;
    let offenders: Offenders | undefined;
    const values: string[] = [];
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = securityContexts[i];
      if (!isSet(securityContext?.procMount)) continue;
      const value = stringField(securityContext, 'procMount');
      if (value === 'Default') continue;
      values.push(value);
      (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'procMount'], 'value');
    }
    if (!offenders) return undefined;
    return offenders.violation(`${offenders.containers()} must not set securityContext.procMount to ${quoteList(distinct(values))}`);
  },
};

export const SECCOMP_TYPES = new Set(['RuntimeDefault', 'Localhost']);

/**
 * seccompProfile_baseline: a seccomp profile, where one is set, is the runtime's default or one
 * loaded on the node. Replaced by the restricted Seccomp control, which also requires one.
 */
export const seccompBaseline: Control = {
  id: 'seccompBaseline',
  name: 'Seccomp',
  level: 'baseline',
  check(input) {
    let offenders: Offenders | undefined;
    const values: string[] = [];
    const podProfile = asRecord(input.podSecurityContext?.seccompProfile);
    if (podProfile && !SECCOMP_TYPES.has(stringField(podProfile, 'type'))) {
      values.push(stringField(podProfile, 'type'));
      (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, 'seccompProfile', 'type'], 'value');
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const profile = asRecord(securityContexts[i]?.seccompProfile);
      if (!profile || SECCOMP_TYPES.has(stringField(profile, 'type'))) continue;
      values.push(stringField(profile, 'type'));
      (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'seccompProfile', 'type'], 'value');
    }
    if (!offenders) return undefined;
    return offenders.violation(
      `${offenders.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))} (allowed: RuntimeDefault, Localhost)`,
    );
  },
};

/** The safe sysctls: namespaced and isolated from other pods, by the policy version that allows them. */
const SAFE_SYSCTLS: readonly { name: string; since: number }[] = [
  { name: 'kernel.shm_rmid_forced', since: 0 },
  { name: 'net.ipv4.ip_local_port_range', since: 0 },
  { name: 'net.ipv4.tcp_syncookies', since: 0 },
  { name: 'net.ipv4.ping_group_range', since: 0 },
  { name: 'net.ipv4.ip_unprivileged_port_start', since: 0 },
  { name: 'net.ipv4.ip_local_reserved_ports', since: 27 },
  { name: 'net.ipv4.tcp_keepalive_time', since: 29 },
  { name: 'net.ipv4.tcp_fin_timeout', since: 29 },
  { name: 'net.ipv4.tcp_keepalive_intvl', since: 29 },
  { name: 'net.ipv4.tcp_keepalive_probes', since: 29 },
  { name: 'net.ipv4.tcp_rmem', since: 32 },
  { name: 'net.ipv4.tcp_wmem', since: 32 },
];

export function safeSysctls(minor: number): Set<string> {
  return new Set(SAFE_SYSCTLS.filter((s) => minor >= s.since).map((s) => s.name));
}

const safeSysctlsByMinor = new Map<number, ReadonlySet<string>>();

/** sysctls: only the safe set, compared by exact name. */
const sysctls: Control = {
  id: 'sysctls',
  name: 'Sysctls',
  level: 'baseline',
  check(input) {
    const items = input.podSecurityContext?.sysctls;
    if (!Array.isArray(items)) return undefined;
    let safe = safeSysctlsByMinor.get(input.minor);
    if (!safe) safeSysctlsByMinor.set(input.minor, (safe = safeSysctls(input.minor)));
    const names: string[] = [];
    let first: JsonPath | undefined;
    for (let index = 0; index < items.length; index++) {
      const sysctl = asRecord(items[index]);
      if (!sysctl) continue;
      const name = stringField(sysctl, 'name');
      if (safe.has(name)) continue;
      names.push(name);
      first ??= [...POD_SECURITY_CONTEXT, 'sysctls', index, 'name'];
    }
    if (!first) return undefined;
    const list = distinct(names);
    return {
      path: first,
      at: 'value',
      detail: `pod must not set ${plural(list.length, 'sysctl', 'sysctls')} ${quoteList(list)} (only the safe sysctls are allowed)`,
    };
  },
};

/** The Baseline controls, in the order of the Pod Security Standards page. */
export const BASELINE_CONTROLS: readonly Control[] = [
  hostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes,
  hostPorts,
  appArmor,
  seLinux,
  procMount,
  seccompBaseline,
  sysctls,
  hostProbes,
];
