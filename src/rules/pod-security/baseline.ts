import type { JsonPath } from '../../engine/types.js';
import { asArray, asRecord } from '../../k8s/containers.js';
import {
  Offenders,
  POD_SECURITY_CONTEXT,
  POD_SPEC,
  distinct,
  inUserNamespace,
  isSet,
  joinAnd,
  plural,
  podSecurityContext,
  quoteList,
  securityContextOf,
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
    const offenders = new Offenders();
    if (asRecord(podSecurityContext(input)?.windowsOptions)?.hostProcess === true) {
      offenders.addPod([...POD_SECURITY_CONTEXT, 'windowsOptions', 'hostProcess']);
    }
    for (const ref of input.containers) {
      if (asRecord(securityContextOf(ref)?.windowsOptions)?.hostProcess === true) {
        offenders.addContainer(ref, [...ref.path, 'securityContext', 'windowsOptions', 'hostProcess']);
      }
    }
    return offenders.violation(`${offenders.setters()} must not set securityContext.windowsOptions.hostProcess=true`);
  },
};

/** hostNamespaces: no sharing of the node's network, process or IPC namespace. */
const hostNamespaces: Control = {
  id: 'hostNamespaces',
  name: 'Host Namespaces',
  level: 'baseline',
  check({ podSpec }) {
    const set = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((key) => podSpec[key] === true);
    if (set.length === 0) return undefined;
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
  check({ containers }) {
    const offenders = new Offenders();
    for (const ref of containers) {
      if (securityContextOf(ref)?.privileged === true) offenders.addContainer(ref, [...ref.path, 'securityContext', 'privileged']);
    }
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
  check({ containers }) {
    const offenders = new Offenders();
    const forbidden: string[] = [];
    for (const ref of containers) {
      const add = asArray(asRecord(securityContextOf(ref)?.capabilities)?.add);
      add.forEach((item, index) => {
        if (typeof item !== 'string' || BASELINE_CAPABILITIES.has(item)) return;
        forbidden.push(item);
        offenders.addContainer(ref, [...ref.path, 'securityContext', 'capabilities', 'add', index]);
      });
    }
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
    const names: string[] = [];
    let first: JsonPath | undefined;
    asArray(podSpec.volumes).forEach((item, index) => {
      const volume = asRecord(item);
      if (!volume || !isSet(volume.hostPath)) return;
      names.push(stringField(volume, 'name'));
      first ??= [...POD_SPEC, 'volumes', index, 'hostPath'];
    });
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
    const offenders = new Offenders();
    const ports: number[] = [];
    for (const ref of containers) {
      asArray(ref.container.ports).forEach((item, index) => {
        const hostPort = asRecord(item)?.hostPort;
        if (typeof hostPort !== 'number' || hostPort === 0) return;
        ports.push(hostPort);
        offenders.addContainer(ref, [...ref.path, 'ports', index, 'hostPort']);
      });
    }
    const list = distinct(ports).sort((a, b) => a - b);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, 'hostPort', 'hostPorts')} ${list.join(', ')}`,
    );
  },
};

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const LIFECYCLE_HANDLERS = ['postStart', 'preStop'] as const;
const HOST_ACTIONS = ['httpGet', 'tcpSocket'] as const;

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
    const offenders = new Offenders();
    const hosts: string[] = [];
    for (const ref of containers) {
      const handlers: { handler: Record<string, unknown> | undefined; path: JsonPath }[] = [
        ...PROBES.map((probe) => ({ handler: asRecord(ref.container[probe]), path: [...ref.path, probe] })),
        ...LIFECYCLE_HANDLERS.map((hook) => ({
          handler: asRecord(asRecord(ref.container.lifecycle)?.[hook]),
          path: [...ref.path, 'lifecycle', hook],
        })),
      ];
      for (const { handler, path } of handlers) {
        for (const action of HOST_ACTIONS) {
          const host = stringField(asRecord(handler?.[action]), 'host');
          if (host === '') continue;
          hosts.push(host);
          offenders.addContainer(ref, [...path, action, 'host']);
        }
      }
    }
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
    const offenders = new Offenders();
    const types: string[] = [];
    const podProfile = asRecord(podSecurityContext(input)?.appArmorProfile);
    if (podProfile && !APPARMOR_TYPES.has(stringField(podProfile, 'type'))) {
      types.push(stringField(podProfile, 'type'));
      offenders.addPod([...POD_SECURITY_CONTEXT, 'appArmorProfile', 'type'], 'value');
    }
    for (const ref of input.containers) {
      const profile = asRecord(securityContextOf(ref)?.appArmorProfile);
      if (!profile || APPARMOR_TYPES.has(stringField(profile, 'type'))) continue;
      types.push(stringField(profile, 'type'));
      offenders.addContainer(ref, [...ref.path, 'securityContext', 'appArmorProfile', 'type'], 'value');
    }
    const parts: string[] = [];
    if (offenders.hasSetters) {
      parts.push(`${offenders.setters()} must not set appArmorProfile.type to ${quoteList(distinct(types))} (allowed: RuntimeDefault, Localhost)`);
    }

    const annotations = asRecord(input.podMetadata?.annotations) ?? {};
    const badAnnotations = Object.keys(annotations)
      .filter((key) => key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAppArmorAnnotation(annotations[key]))
      .sort();
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

/** seLinuxOptions: only the container types, and no custom SELinux user or role. */
const seLinux: Control = {
  id: 'seLinux',
  name: 'SELinux',
  level: 'baseline',
  check(input) {
    // container_engine_t is allowed from policy 1.31.
    const allowedTypes = new Set(input.minor >= 31 ? [...SELINUX_TYPES, 'container_engine_t'] : SELINUX_TYPES);
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
    const podOptions = asRecord(podSecurityContext(input)?.seLinuxOptions);
    if (podOptions) inspect(podOptions, [...POD_SECURITY_CONTEXT, 'seLinuxOptions'], (path) => offenders.addPod(path, 'value'));
    for (const ref of input.containers) {
      const options = asRecord(securityContextOf(ref)?.seLinuxOptions);
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
    if (input.level === 'baseline' && input.minor >= 35 && inUserNamespace(input)) return undefined;
    const offenders = new Offenders();
    const values: string[] = [];
    for (const ref of input.containers) {
      const securityContext = securityContextOf(ref);
      if (!isSet(securityContext?.procMount)) continue;
      const value = stringField(securityContext, 'procMount');
      if (value === 'Default') continue;
      values.push(value);
      offenders.addContainer(ref, [...ref.path, 'securityContext', 'procMount'], 'value');
    }
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
    const offenders = new Offenders();
    const values: string[] = [];
    const podProfile = asRecord(podSecurityContext(input)?.seccompProfile);
    if (podProfile && !SECCOMP_TYPES.has(stringField(podProfile, 'type'))) {
      values.push(stringField(podProfile, 'type'));
      offenders.addPod([...POD_SECURITY_CONTEXT, 'seccompProfile', 'type'], 'value');
    }
    for (const ref of input.containers) {
      const profile = asRecord(securityContextOf(ref)?.seccompProfile);
      if (!profile || SECCOMP_TYPES.has(stringField(profile, 'type'))) continue;
      values.push(stringField(profile, 'type'));
      offenders.addContainer(ref, [...ref.path, 'securityContext', 'seccompProfile', 'type'], 'value');
    }
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

/** sysctls: only the safe set, compared by exact name. */
const sysctls: Control = {
  id: 'sysctls',
  name: 'Sysctls',
  level: 'baseline',
  check(input) {
    const safe = safeSysctls(input.minor);
    const names: string[] = [];
    let first: JsonPath | undefined;
    asArray(podSecurityContext(input)?.sysctls).forEach((item, index) => {
      const sysctl = asRecord(item);
      if (!sysctl) return;
      const name = stringField(sysctl, 'name');
      if (safe.has(name)) return;
      names.push(name);
      first ??= [...POD_SECURITY_CONTEXT, 'sysctls', index, 'name'];
    });
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
