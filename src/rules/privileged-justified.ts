import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type RuleContext } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, containerName, containersOf, podSpecOf, type ContainerRef } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { parseHostPathPattern, sensitiveMatch, type HostPathPattern, type SensitiveMatch } from '../k8s/host-paths.js';
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
} from '../k8s/justification.js';
import { hostPathVolumes } from '../k8s/volumes.js';
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

/**
 * The catalog's sensitive paths. A plain entry is the path and every directory above it; `/**`
 * adds everything below it, for paths where any part is as dangerous as the whole: root's home,
 * host processes (`/proc/1/root` is the host's root), the kernel and boot loader, the kubelet's
 * state (every pod's secrets under `pods/`, its credentials under `pki/`, the plugin and
 * device-plugin sockets), and container runtime state. `/`, `/etc`, `/sys` and `/dev` stay exact:
 * `/etc/ssl/certs`, `/sys/fs/cgroup` or `/dev/dri` are ordinary agent mounts, and device nodes are
 * guarded by the device cgroup unless the container is privileged.
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
  '/var/run/docker.sock',
  '/run/containerd/**',
  '/var/run/crio/**',
];

/**
 * Capability names as the container runtimes read them: case-insensitive, with an optional
 * `CAP_` prefix (containerd upper-cases and prefixes; CRI-O keeps an existing `cap_` prefix).
 * Normalising to the most permissive reading reports anything some runtime would grant.
 */
export function normaliseCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

const POD_FLAGS: readonly { key: 'hostNetwork' | 'hostPID' | 'hostIPC'; subject: string }[] = [
  { key: 'hostNetwork', subject: "the pod uses the node's network namespace (hostNetwork: true)" },
  { key: 'hostPID', subject: "the pod shares the node's process namespace (hostPID: true)" },
  { key: 'hostIPC', subject: "the pod shares the node's IPC namespace (hostIPC: true)" },
];

export default defineRule<PrivilegedJustifiedOptions>({
  id: 'privileged-justified',
  meta: {
    description: 'Every host privilege a DaemonSet uses (privileged, privilege escalation, dangerous capabilities, host namespaces, sensitive host paths) carries a justification.',
    severity: 'error',
    fixable: false,
    messages: {
      ...justificationMessages,
      unknownKey: 'annotation {{annotation}} justifies nothing: "{{key}}" is not a justification key; use one of {{keys}}',
      unknownKeyCase: 'annotation {{annotation}} justifies nothing: justification keys are case-sensitive; write {{suggestion}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dangerousCapabilities: { type: 'array', items: { type: 'string', minLength: 1 } },
        sensitiveHostPaths: { type: 'array', items: { type: 'string', pattern: '^/' } },
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
        reporter.report('privileged', [...ref.path, 'securityContext', 'privileged'], `${who(ref)} runs privileged`, 'drop privileged');
      }
      if (securityContext.allowPrivilegeEscalation === true) {
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report(
          'allowPrivilegeEscalation',
          [...ref.path, 'securityContext', 'allowPrivilegeEscalation'],
          `${who(ref)} allows privilege escalation`,
          'set allowPrivilegeEscalation: false',
        );
      }
      const add = asRecord(securityContext.capabilities)?.add;
      if (!Array.isArray(add)) continue;
      const dangerous = dangerousSet(options.dangerousCapabilities);
      for (let index = 0; index < add.length; index++) {
        const item: unknown = add[index];
        if (typeof item !== 'string') continue;
        const capability = normaliseCapability(item);
        if (!dangerous.has(capability)) continue;
        const subject = capability === 'ALL' ? `${who(ref)} adds ALL capabilities` : `${who(ref)} adds capability ${capability}`;
        reporter ??= new JustifiedReporter(daemonSet, context);
        reporter.report('capabilities', [...ref.path, 'securityContext', 'capabilities', 'add', index], subject, 'remove it from capabilities.add');
      }
    }

    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    for (let i = 0; i < POD_FLAGS.length; i++) {
      const { key, subject } = POD_FLAGS[i];
      if (podSpec?.[key] !== true) continue;
      reporter ??= new JustifiedReporter(daemonSet, context);
      reporter.report(key, [...POD_SPEC_PATH, key], subject, `remove ${key}`);
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
          `${name} ${exposure(volume.hostPath, match)}`,
          match.relation === 'contains' ? 'mount only the subdirectory the pod needs' : 'remove the volume',
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

  report(key: JustificationKey, path: JsonPath, subject: string, remedy: string, at?: 'value'): void {
    let justification = this.justifications.get(key);
    if (!justification) {
      justification = justificationFor(this.daemonSet, key, this.settings);
      this.justifications.set(key, justification);
    }
    this.context.report({ path, at, ...justificationReport(justification, key, subject, remedy) });
  }
}

// Options are the same object for every DaemonSet of a run: what is derived from them is kept.
const dangerousSet = memoizeByObject((capabilities: readonly string[]): ReadonlySet<string> => new Set(capabilities.map(normaliseCapability)));
const sensitivePatterns = memoizeByObject((paths: readonly string[]): readonly HostPathPattern[] =>
  paths.map(parseHostPathPattern).filter((p): p is HostPathPattern => p !== undefined),
);

function exposure(hostPath: string, match: SensitiveMatch): string {
  const sensitive = match.pattern.path;
  const link = match.viaRunLink ? ', as /var/run links to /run' : '';
  switch (match.relation) {
    case 'same':
      return match.viaRunLink
        ? `exposes sensitive host path ${hostPath} (the same as ${sensitive}${link})`
        : `exposes sensitive host path ${hostPath}`;
    case 'inside':
      return `exposes host path ${hostPath} (inside sensitive ${sensitive}${link})`;
    case 'contains':
      return `exposes host path ${hostPath} (it contains sensitive ${sensitive}${link})`;
  }
}
