import { parseHostPathPattern, sensitiveMatch, type HostPathPattern, type HostPathRelation } from './host-paths.js';

/**
 * Host paths that node agents are known to write: a CSI node plugin registers its socket with
 * the kubelet, a CNI installer copies binaries and writes the network configuration, a device
 * plugin creates its socket, eBPF agents pin maps. Mounting them read-only breaks the agent, so
 * hostpath-readonly offers no fix for them and says why they are usually writable; and a pod
 * mounting the CNI directories is taken for a network component (network-component.ts).
 */
const KNOWN_WRITTEN: readonly (readonly [pattern: string, reason: string])[] = [
  ['/var/lib/kubelet/plugins_registry/**', 'kubelet plugin registration directory: CSI node plugins and other kubelet plugins create their registration socket here'],
  ['/var/lib/kubelet/plugins/**', 'kubelet plugin directory: a CSI node plugin creates its socket here (a container that only connects to the socket can mount it read-only), and volumes are staged below it'],
  ['/var/lib/kubelet/pods/**', "the pods' volume directories: a CSI node plugin mounts volumes into them"],
  ['/var/lib/kubelet/device-plugins/**', 'device plugin directory: a device plugin creates its socket here to register with the kubelet'],
  ['/opt/cni/bin/**', 'CNI plugin directory: a CNI installer copies the plugin binaries here'],
  ['/etc/cni/**', 'CNI configuration directory: a CNI installer or agent writes the network configuration here'],
  ['/var/lib/cni/**', 'CNI state directory: CNI plugins record IP allocations and cached results here'],
  ['/run/xtables.lock', 'iptables lock file: kube-proxy and network agents lock it around every iptables change'],
  ['/run/netns/**', 'network namespace directory: CNI agents create and bind-mount pod network namespaces here'],
  ['/sys/fs/bpf/**', 'BPF filesystem: eBPF agents pin their maps and programs here'],
  ['/usr/libexec/kubernetes/kubelet-plugins/volume/exec/**', 'FlexVolume plugin directory: a FlexVolume driver installer copies the driver here'],
  ['C:\\var\\lib\\kubelet\\plugins_registry\\**', 'kubelet plugin registration directory: CSI node plugins create their registration socket here'],
  ['C:\\var\\lib\\kubelet\\plugins\\**', 'kubelet plugin directory: a CSI node plugin creates its socket here (a container that only connects to the socket can mount it read-only), and volumes are staged below it'],
  ['C:\\var\\lib\\kubelet\\pods\\**', "the pods' volume directories: a CSI node plugin mounts volumes into them"],
  ['C:\\var\\lib\\kubelet\\device-plugins\\**', 'device plugin directory: a device plugin creates its socket here to register with the kubelet'],
  ['C:\\opt\\cni\\**', 'CNI plugin directory: a CNI installer copies the plugin binaries here'],
  ['C:\\etc\\cni\\**', 'CNI configuration directory: a CNI installer or agent writes the network configuration here'],
  ['\\\\.\\pipe\\**', 'named pipe namespace: a client writes to a pipe to talk to the server behind it'],
];

/** The CNI directories among them: a pod that mounts one installs or configures pod networking. */
const CNI_DIRECTORIES: readonly string[] = ['/opt/cni/bin/**', '/etc/cni/**', '/var/lib/cni/**', 'C:\\opt\\cni\\**', 'C:\\etc\\cni\\**'];

interface KnownPath {
  pattern: HostPathPattern;
  reason: string;
}

const knownWritten: readonly KnownPath[] = KNOWN_WRITTEN.map(([text, reason]) => ({ pattern: parseHostPathPattern(text)!, reason }));
const knownPatterns: readonly HostPathPattern[] = knownWritten.map((k) => k.pattern);
const cniPatterns: readonly HostPathPattern[] = CNI_DIRECTORIES.map((text) => parseHostPathPattern(text)!);

export interface WrittenPathMatch {
  /** The known path, as written for messages (`/var/lib/kubelet/plugins_registry`). */
  path: string;
  reason: string;
  /** `same`/`inside`: the mount is the known path or below it; `contains`: the mount is a directory above it. */
  relation: HostPathRelation;
}

/** The host path agents are known to write that this host path is, lies in, or contains. */
export function knownWrittenPath(hostPath: string): WrittenPathMatch | undefined {
  const match = sensitiveMatch(hostPath, knownPatterns);
  if (!match) return undefined;
  const known = knownWritten[knownPatterns.indexOf(match.pattern)];
  return { path: match.pattern.shown, reason: known.reason, relation: match.relation };
}

/** The CNI directory this host path is or lies in (`/etc/cni/net.d` → `/etc/cni`), if any. */
export function cniDirectory(hostPath: string): string | undefined {
  const match = sensitiveMatch(hostPath, cniPatterns);
  return match && match.relation !== 'contains' ? match.pattern.shown : undefined;
}

/**
 * How safe it is to make a writable mount of this host path read-only, when no agent is known to
 * need it (or a directory in it) writable: see knownWrittenPath for those. Whether a container writes to a path cannot be seen from the manifest, and
 * agents write to all kinds of host paths (state under /var/lib, subnet files under /run, sparse
 * files, binaries they install), so the fix is unsafe unless the path is one agents only read:
 * logs the kubelet, the runtime or journald write, and Unix sockets (connecting to a socket is
 * not a write to the filesystem, so a read-only mount does not stop it).
 * `reason` says why a write is likely, when something in the manifest suggests one.
 */
export function readOnlySafety(hostPath: string, type: unknown): { safe: true } | { safe: false; reason?: string } {
  if (type === 'Socket' || SOCKET_FILE.test(hostPath)) return { safe: true };
  const read = sensitiveMatch(hostPath, readSourcePatterns);
  if (read && read.relation !== 'contains') return { safe: true };
  if (type === 'DirectoryOrCreate' || type === 'FileOrCreate') {
    return { safe: false, reason: `its type ${type} has the kubelet create the path for the pod, which usually means the pod writes there` };
  }
  const likely = sensitiveMatch(hostPath, likelyPatterns);
  return { safe: false, reason: likely ? LIKELY_WRITTEN[likelyPatterns.indexOf(likely.pattern)][1] : undefined };
}

const SOCKET_FILE = /\.sock$/;

/** Written by the kubelet, the container runtime or journald; node agents only read them. */
const READ_SOURCES = ['/var/log/pods/**', '/var/log/containers/**', '/var/log/journal/**', '/run/log/journal/**', '/var/lib/docker/containers/**'];
const readSourcePatterns: readonly HostPathPattern[] = READ_SOURCES.map((text) => parseHostPathPattern(text)!);

/** Host paths agents commonly write, said in the help of the (unsafe) fix. */
const LIKELY_WRITTEN: readonly (readonly [pattern: string, reason: string])[] = [
  ['/var/log', 'log collectors often keep their read positions in /var/log (fluentd .pos files, the Fluent Bit database)'],
  ['/var/lib/**', 'agents keep their state under /var/lib'],
  ['/run/**', 'agents keep runtime state and sockets under /run'],
  ['/dev/**', 'storage and device agents create and write device nodes through /dev'],
  ['/sys/**', 'storage and device agents write to sysfs (device rescans, attachments)'],
];
const likelyPatterns: readonly HostPathPattern[] = LIKELY_WRITTEN.map(([text]) => parseHostPathPattern(text)!);
