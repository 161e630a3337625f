import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type RuleContext } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, containerName, containersOf, podSpecOf, type ContainerRef } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { addedCapabilities, normaliseCapability } from '../k8s/capabilities.js';
import { HOST_PATH_OPTION_PATTERN, parseHostPathPattern, sensitiveMatch, type HostPathPattern, type SensitiveMatch } from '../k8s/host-paths.js';
import {
  DEFAULT_MIN_JUSTIFICATION_LENGTH,
  JUSTIFICATION_KEYS,
  JUSTIFICATION_PREFIX,
  annotationPath,
  justificationFor,
  justificationMessages,
  justificationReport,
  unknownJustificationAnnotations,
  type Justification,
  type JustificationKey,
  type JustificationSettings,
  type Privilege,
} from '../k8s/justification.js';
import { hostPathVolumes } from '../k8s/volumes.js';
import { hostProcessSettings } from '../k8s/windows.js';
import { memoizeByObject } from '../k8s/memoize.js';

export interface PrivilegedJustifiedOptions {
  /** Capabilities that need a justification when added; with or without `CAP_`, any case. */
  dangerousCapabilities: string[];
  /** Host paths whose hostPath volumes need a justification: `/p` is p and any directory above it, `/p/**` also everything below p. */
  sensitiveHostPaths: string[];
  minJustificationLength: number;
}

export const DEFAULT_DANGEROUS_CAPABILITIES = [
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_PTRACE',
  'SYS_MODULE',
  'DAC_READ_SEARCH',
  'NET_RAW',
  'BPF',
  'PERFMON',
  'SYS_RAWIO',
];

/** The container runtimes' sockets and state, on Linux and Windows nodes. */
const RUNTIME_PATHS = [
  '/var/run/docker.sock',
  '/run/docker/**',
  '/var/lib/docker/**',
  '/var/run/cri-dockerd.sock',
  '/run/containerd/**',
  '/var/lib/containerd/**',
  '/run/k3s/containerd/**',
  // k3s and RKE2 keep containerd's state under their own data directory, MicroK8s under its snap.
  '/var/lib/rancher/k3s/agent/containerd/**',
  '/var/lib/rancher/rke2/agent/containerd/**',
  '/var/snap/microk8s/common/run/containerd.sock',
  '/var/snap/microk8s/common/var/lib/containerd/**',
  '/var/run/crio/**',
  '/var/lib/containers/**',
  '/run/containers/**',
  'C:\\ProgramData\\docker\\**',
  'C:\\ProgramData\\containerd\\**',
  '\\\\.\\pipe\\docker_engine',
  '\\\\.\\pipe\\containerd-containerd',
];

/**
 * The catalog's sensitive paths. A plain entry is the path and every directory above it; `/**`
 * adds everything below it, for paths where any part is as dangerous as the whole: root's home,
 * host processes (`/proc/1/root` is the host's root), the kernel and boot loader, the kubelet's
 * state (every pod's secrets under `pods/`, its credentials under `pki/`, the plugin and
 * device-plugin sockets), the node's Kubernetes credentials and etcd's data, and the container
 * runtimes' sockets and state (every container's filesystem, environment and logs: sensitive even
 * read-only). `/`, `/etc`, `/sys` and `/dev` stay exact: `/etc/ssl/certs`, `/sys/fs/cgroup` or
 * `/dev/dri` are ordinary agent mounts, and device nodes are guarded by the device cgroup unless
 * the container is privileged. Windows nodes have their counterparts: the drive root, the Windows
 * directory, the kubelet's directory, the runtimes' state under ProgramData and their API pipes.
 */
export const DEFAULT_SENSITIVE_HOST_PATHS = [
  '/',
  '/etc',
  '/root/**',
  '/proc/**',
  '/sys',
  '/dev',
  '/boot/**',
  '/var/lib/kubelet/**',
  '/etc/kubernetes/**',
  '/var/lib/etcd/**',
  ...RUNTIME_PATHS,
  'C:\\',
  'C:\\Windows',
  'C:\\var\\lib\\kubelet\\**',
];

const RUNTIME_RISK =
  "the container runtime's socket or state: every container's filesystem, environment (their secrets) and logs, and an API that starts containers as root on the node. It is sensitive even read-only.";

/** What the default sensitive paths hold, for the help text; a configured path gets a plain one. */
const RISK_BY_PATTERN: ReadonlyMap<string, string> = new Map([
  ['/', "the node's root filesystem, with everything on it: credentials, configuration, every container's data."],
  ['C:\\', "the node's system drive, with everything on it: credentials, configuration, every container's data."],
  ['/etc', "the node's system configuration: accounts, services, name resolution and trust."],
  ['C:\\Windows', 'the Windows directory: the system, its registry hives and their credentials.'],
  ['/root/**', "root's home on the node: SSH keys and credentials."],
  ['/proc/**', "the node's processes: their memory, environment and open files (/proc/1/root is the node's root filesystem)."],
  ['/sys', "the node's kernel and device settings."],
  ['/dev', "the node's devices: its disks included."],
  ['/boot/**', "the node's kernel and boot loader."],
  ['/var/lib/kubelet/**', "the kubelet's state: every pod's secrets and volumes, the node's credentials, the plugin sockets."],
  ['C:\\var\\lib\\kubelet\\**', "the kubelet's state: every pod's secrets and volumes, the node's credentials, the plugin sockets."],
  ['/etc/kubernetes/**', "the node's Kubernetes credentials (kubeconfigs, and on control-plane nodes the cluster's keys)."],
  ['/var/lib/etcd/**', "etcd's data: the whole cluster state, every Secret included."],
  ...RUNTIME_PATHS.map((path) => [path, RUNTIME_RISK] as [string, string]),
]);

const CAPABILITY_RISKS: Readonly<Record<string, string>> = {
  ALL: 'Adding ALL grants every capability: as good as privileged.',
  SYS_ADMIN: 'SYS_ADMIN allows mounts, namespaces, BPF and much else: close to privileged.',
  NET_ADMIN: "NET_ADMIN reconfigures interfaces, routes and the packet filter of the network namespace it runs in (the node's, under hostNetwork).",
  SYS_PTRACE: "SYS_PTRACE lets it inspect and control the processes it can see (all of the node's, under hostPID).",
  SYS_MODULE: "SYS_MODULE loads kernel modules: code in the node's kernel.",
  DAC_READ_SEARCH: 'DAC_READ_SEARCH bypasses file read permissions and opens files by handle, past the mounts it was given.',
  NET_RAW: 'NET_RAW opens raw sockets: spoofed packets, and traffic capture.',
  BPF: "BPF loads eBPF programs and maps, which can read the kernel's memory.",
  PERFMON: 'PERFMON reads performance data of every process, and with BPF traces the kernel.',
  SYS_RAWIO: 'SYS_RAWIO gives raw access to devices and I/O ports.',
};

const POD_FLAGS: readonly { key: 'hostNetwork' | 'hostPID' | 'hostIPC'; subject: string; risk: string }[] = [
  {
    key: 'hostNetwork',
    subject: "pod shares the node's network (hostNetwork: true)",
    risk: "The pod uses the node's network namespace: it can bind the node's ports and reach services that listen only on the node's localhost.",
  },
  {
    key: 'hostPID',
    subject: "pod shares the node's processes (hostPID: true)",
    risk: 'The pod sees every process of the node and, with enough privilege, reads their environment and memory or signals them.',
  },
  {
    key: 'hostIPC',
    subject: "pod shares the node's IPC namespace (hostIPC: true)",
    risk: "The pod shares the node's System V IPC objects and POSIX shared memory with every host-IPC process.",
  },
];

const HOST_PROCESS_RISK =
  "A HostProcess container runs as a process on the Windows host, with the host's network, its whole filesystem and the rights of its user account: Windows' counterpart of privileged. A HostProcess pod must set hostNetwork: true, so that is not reported apart.";

export default defineRule<PrivilegedJustifiedOptions>({
  id: 'privileged-justified',
  meta: {
    description:
      'Every host privilege a DaemonSet uses (privileged, privilege escalation, dangerous capabilities, host namespaces, Windows HostProcess, sensitive host paths) carries a justification.',
    severity: 'error',
    fixable: false,
    messages: {
      ...justificationMessages,
      unknownKey: {
        message: 'annotation {{annotation}} justifies nothing: "{{key}}" is not a key',
        help: 'Justification annotations are daemonlint.io/justification.<key>, with <key> one of {{keys}}. This one justifies nothing, though a reader would think it does: rename it to the key of the privilege it explains.',
      },
      unknownKeyCase: {
        message: 'annotation {{annotation}} justifies nothing: write {{suggestion}}',
        help: 'Justification keys are case-sensitive, as annotation keys are: this one justifies nothing, though a reader would think it does. Write {{suggestion}}.',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dangerousCapabilities: { type: 'array', items: { type: 'string', minLength: 1 } },
        sensitiveHostPaths: { type: 'array', items: { type: 'string', pattern: HOST_PATH_OPTION_PATTERN } },
        minJustificationLength: { type: 'integer', minimum: 1 },
      },
    },
    defaultOptions: {
      dangerousCapabilities: DEFAULT_DANGEROUS_CAPABILITIES,
      sensitiveHostPaths: DEFAULT_SENSITIVE_HOST_PATHS,
      minJustificationLength: DEFAULT_MIN_JUSTIFICATION_LENGTH,
    },
    tags: ['security'],
    securitySeverity: 8.0,
  },
  check(daemonSet, context) {
    let reporter: JustifiedReporter | undefined;
    const { options } = context;

    const containers = containersOf(daemonSet);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = asRecord(ref.container.securityContext);
      if (!securityContext) continue;
      if (securityContext.privileged === true) {
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report('privileged', [...ref.path, 'securityContext', 'privileged'], {
          subject: `${who(ref)} runs privileged`,
          risk: "A privileged container has every capability and every device of the node, and no seccomp or AppArmor confinement: whoever controls it controls the node.",
          remedy: 'drop privileged: true and add only the capabilities the container needs',
        });
      }
      if (securityContext.allowPrivilegeEscalation === true) {
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report('allowPrivilegeEscalation', [...ref.path, 'securityContext', 'allowPrivilegeEscalation'], {
          subject: `${who(ref)} allows privilege escalation`,
          risk: 'Its processes may gain more privileges than their parent (setuid binaries, file capabilities).',
          remedy: 'set allowPrivilegeEscalation: false',
        });
      }
      const added = addedCapabilities(ref);
      if (added.length === 0) continue;
      const dangerous = dangerousSet(options.dangerousCapabilities);
      for (let k = 0; k < added.length; k++) {
        const { name, index } = added[k];
        if (!dangerous.has(name)) continue;
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report('capabilities', [...ref.path, 'securityContext', 'capabilities', 'add', index], {
          subject: name === 'ALL' ? `${who(ref)} adds ALL capabilities` : `${who(ref)} adds capability ${name}`,
          risk: CAPABILITY_RISKS[name] ?? `${name} is in the rule's dangerousCapabilities.`,
          remedy: 'remove it from capabilities.add',
        });
      }
    }

    const hostProcess = hostProcessSettings(daemonSet);
    for (let i = 0; i < hostProcess.length; i++) {
      const { path, container } = hostProcess[i];
      reporter ??= new JustifiedReporter(daemonSet, context);
      reporter.report('hostProcess', path, {
        subject: container ? `${who(container)} runs as a Windows HostProcess container` : 'pod runs as Windows HostProcess containers',
        risk: HOST_PROCESS_RISK,
        remedy: 'run it as an ordinary Windows container, if what it does allows',
      });
    }

    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    for (let i = 0; i < POD_FLAGS.length; i++) {
      const { key, subject, risk } = POD_FLAGS[i];
      if (podSpec?.[key] !== true) continue;
      // The API requires hostNetwork of a HostProcess pod: the hostProcess finding covers it.
      if (key === 'hostNetwork' && hostProcess.length > 0) continue;
      reporter ??= new JustifiedReporter(daemonSet, context);
      reporter.report(key, [...POD_SPEC_PATH, key], { subject, risk, remedy: `remove ${key}` });
    }

    const volumes = hostPathVolumes(daemonSet);
    if (volumes.length > 0) {
      const patterns = sensitivePatterns(options.sensitiveHostPaths);
      for (let i = 0; i < volumes.length; i++) {
        const volume = volumes[i];
        if (volume.hostPath === undefined) continue;
        const match = sensitiveMatch(volume.hostPath, patterns);
        if (!match) continue;
        const name = volume.name === undefined ? 'hostPath volume' : `volume "${volume.name}"`;
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report(
          'hostPath',
          [...volume.path, 'hostPath', 'path'],
          {
            subject: `${name} ${exposure(volume.hostPath, match)}`,
            risk: pathRisk(match),
            remedy: match.relation === 'contains' ? 'mount only the subdirectory the pod needs' : 'remove the volume',
          },
          'value',
        );
      }
    }

    const unknown = unknownJustificationAnnotations(daemonSet);
    for (let i = 0; i < unknown.length; i++) {
      const { source, annotation, key } = unknown[i];
      const path = annotationPath(source, annotation);
      const sameLetters = JUSTIFICATION_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
      if (sameLetters) {
        context.report({ path, messageId: 'unknownKeyCase', data: { annotation, suggestion: `${JUSTIFICATION_PREFIX}${sameLetters}` } });
      } else {
        context.report({ path, messageId: 'unknownKey', data: { annotation, key, keys: JUSTIFICATION_KEYS.join(', ') } });
      }
    }
  },
});

function who(ref: ContainerRef): string {
  return `container "${containerName(ref)}"`;
}

/** Reports privileges with their justification, reading each justification once per DaemonSet. */
class JustifiedReporter {
  private readonly justifications = new Map<JustificationKey, Justification>();
  private readonly settings: JustificationSettings;

  constructor(
    private readonly daemonSet: DaemonSet,
    private readonly context: RuleContext<PrivilegedJustifiedOptions>,
  ) {
    this.settings = { minLength: context.options.minJustificationLength, now: context.now };
  }

  report(key: JustificationKey, path: JsonPath, privilege: Privilege, at?: 'value'): void {
    let justification = this.justifications.get(key);
    if (!justification) {
      justification = justificationFor(this.daemonSet, key, this.settings);
      this.justifications.set(key, justification);
    }
    this.context.report({ path, at, ...justificationReport(justification, key, privilege) });
  }
}

// Options are the same object for every DaemonSet of a run: what is derived from them is kept.
const dangerousSet = memoizeByObject((capabilities: readonly string[]): ReadonlySet<string> => new Set(capabilities.map(normaliseCapability)));
const sensitivePatterns = memoizeByObject((paths: readonly string[]): readonly HostPathPattern[] =>
  paths.map(parseHostPathPattern).filter((p): p is HostPathPattern => p !== undefined),
);

function exposure(hostPath: string, match: SensitiveMatch): string {
  return match.relation === 'contains' ? `mounts ${hostPath} (holds ${match.pattern.shown})` : `mounts sensitive path ${hostPath}`;
}

function pathRisk(match: SensitiveMatch): string {
  const sensitive = match.pattern.shown;
  const holds = RISK_BY_PATTERN.get(match.pattern.text) ?? "listed in the rule's sensitiveHostPaths.";
  const link = match.viaRunLink ? ' Paths under /var/run and /run are the same: /var/run links to /run.' : '';
  switch (match.relation) {
    case 'same':
      return `${sensitive} is ${holds}${link}`;
    case 'inside':
      return `It lies inside ${sensitive}, ${holds}${link}`;
    case 'contains':
      return `It contains ${sensitive}, ${holds}${link}`;
  }
}
