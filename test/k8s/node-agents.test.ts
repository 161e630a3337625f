import { describe, expect, it } from 'vitest';
import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { Container } from 'kubernetes-types/core/v1.js';
import { cniDirectory, knownWrittenPath, readOnlySafety } from '../../src/k8s/agent-paths.js';
import { normaliseCapability } from '../../src/k8s/capabilities.js';
import { networkComponentSignal } from '../../src/k8s/network-component.js';
import { placeholderReason } from '../../src/k8s/placeholder.js';
import { hostProcessSettings, isHostProcessPod, runsOnWindowsOnly } from '../../src/k8s/windows.js';

const daemonSet = (spec: Record<string, unknown>): DaemonSet => ({ kind: 'DaemonSet', spec: { template: { spec } } }) as unknown as DaemonSet;

describe('knownWrittenPath', () => {
  it('knows the directories node agents write, with why', () => {
    expect(knownWrittenPath('/var/lib/kubelet/plugins_registry/')).toMatchObject({ path: '/var/lib/kubelet/plugins_registry', relation: 'same' });
    expect(knownWrittenPath('/var/lib/kubelet/plugins/ebs.csi.aws.com')?.relation).toBe('inside');
    expect(knownWrittenPath('/etc/cni/multus/net.d')?.path).toBe('/etc/cni');
    expect(knownWrittenPath('/var/run/xtables.lock')?.path).toBe('/run/xtables.lock');
    expect(knownWrittenPath('C:\\var\\lib\\kubelet\\plugins_registry')?.relation).toBe('same');
    expect(knownWrittenPath('\\\\.\\pipe\\csi-proxy-disk-v1')?.relation).toBe('inside');
  });

  it('says when a mount contains one, and knows nothing of ordinary paths', () => {
    expect(knownWrittenPath('/var/lib/kubelet')?.relation).toBe('contains');
    expect(knownWrittenPath('/var/log')).toBeUndefined();
    expect(knownWrittenPath('/etc/cni-tools')).toBeUndefined();
  });
});

describe('readOnlySafety', () => {
  it('is safe for logs others write and for sockets', () => {
    expect(readOnlySafety('/var/log/pods', undefined)).toEqual({ safe: true });
    expect(readOnlySafety('/var/lib/docker/containers/', undefined)).toEqual({ safe: true });
    expect(readOnlySafety('/var/run/docker.sock', undefined)).toEqual({ safe: true });
    expect(readOnlySafety('/run/agent/api', 'Socket')).toEqual({ safe: true });
  });

  it('is unsafe elsewhere, with a reason where a write is likely', () => {
    expect(readOnlySafety('/opt/agent', undefined)).toEqual({ safe: false, reason: undefined });
    expect(readOnlySafety('/var/log', undefined)).toMatchObject({ safe: false, reason: expect.stringContaining('read positions') });
    expect(readOnlySafety('/var/lib/agent', undefined)).toMatchObject({ safe: false, reason: 'agents keep their state under /var/lib' });
    expect(readOnlySafety('/var/log/pods', 'DirectoryOrCreate')).toMatchObject({ safe: true });
    expect(readOnlySafety('/srv/x', 'FileOrCreate')).toMatchObject({ safe: false, reason: expect.stringContaining('FileOrCreate') });
    // A directory above the logs holds more than logs.
    expect(readOnlySafety('/var/log/', undefined)).toMatchObject({ safe: false });
  });
});

describe('cniDirectory', () => {
  it('is a CNI directory or below it, not above it', () => {
    expect(cniDirectory('/opt/cni/bin/')).toBe('/opt/cni/bin');
    expect(cniDirectory('/etc/cni/net.d')).toBe('/etc/cni');
    expect(cniDirectory('/var/lib/cni/networks')).toBe('/var/lib/cni');
    expect(cniDirectory('C:\\etc\\cni\\net.d')).toBe('C:\\etc\\cni');
    expect(cniDirectory('/etc')).toBeUndefined();
    expect(cniDirectory('/opt/cni-tools')).toBeUndefined();
  });
});

describe('networkComponentSignal', () => {
  it('names the first signal: CNI volume, iptables lock, network capability under hostNetwork', () => {
    expect(networkComponentSignal(daemonSet({ volumes: [{ name: 'a', hostPath: { path: '/etc/cni/net.d' } }] }), true)).toBe('mounts /etc/cni/net.d');
    expect(networkComponentSignal(daemonSet({ volumes: [{ name: 'a', hostPath: { path: '/run/xtables.lock' } }] }), true)).toBe('mounts /run/xtables.lock');
    const caps = daemonSet({ containers: [{ name: 'speaker', securityContext: { capabilities: { add: ['CAP_NET_RAW'] } } }] });
    expect(networkComponentSignal(caps, true)).toBe('container "speaker" adds NET_RAW');
    expect(networkComponentSignal(caps, false)).toBeUndefined();
  });

  it('is not fooled by privilege or other host paths', () => {
    const csi = daemonSet({
      containers: [{ name: 'csi', securityContext: { privileged: true, capabilities: { add: ['SYS_ADMIN'] } } }],
      volumes: [{ name: 'p', hostPath: { path: '/var/lib/kubelet/plugins' } }, { name: 'q', hostPath: { path: '/etc' } }],
    });
    expect(networkComponentSignal(csi, true)).toBeUndefined();
  });
});

describe('placeholderReason', () => {
  const c = (container: Partial<Container>): Container => ({ name: 'c', ...container }) as Container;
  it.each([
    [{ image: 'registry.k8s.io/pause:3.10' }],
    [{ image: 'k8s.gcr.io/pause-amd64:3.1' }],
    [{ image: 'mcr.microsoft.com/oss/kubernetes/pause:3.9' }],
    [{ command: ['sleep', 'infinity'] }],
    [{ command: ['/bin/sleep'], args: ['3600'] }],
    [{ command: ['sleep', '1h', '30m'] }],
    [{ args: ['tail', '-f', '/dev/null'] }],
    [{ command: ['/bin/sh', '-c', 'while :; do sleep 86400; done'] }],
    [{ command: ['bash', '-ec', 'trap "exit 0" TERM\nsleep infinity & wait'] }],
    [{ command: ['/pause'] }],
  ])('%j is a placeholder', (container) => expect(placeholderReason(c(container))).toBeDefined());

  it.each([
    [{ image: 'example.com/agent:1.0' }],
    [{ command: ['sleep'] }],
    [{ command: ['sleep', 'forever'] }],
    [{ command: ['sh', '-c', 'echo start; sleep 3600; rm -rf /tmp/x'] }],
    [{ command: ['sh', '-c', ''] }],
    [{ command: ['sh', 'script.sh'] }],
    [{ command: ['tail', '-f', '/var/log/messages'] }],
    [{ command: ['agent', 'sleep', '10'] }],
  ])('%j is real work', (container) => expect(placeholderReason(c(container))).toBeUndefined());
});

describe('Windows HostProcess', () => {
  it('finds the pod-level and container-level settings; a container may not opt out in practice but is read as written', () => {
    const ds = daemonSet({
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [{ name: 'a' }, { name: 'b', securityContext: { windowsOptions: { hostProcess: true } } }],
    });
    expect(hostProcessSettings(ds).map((s) => s.path.join('.'))).toEqual([
      'spec.template.spec.securityContext.windowsOptions.hostProcess',
      'spec.template.spec.containers.1.securityContext.windowsOptions.hostProcess',
    ]);
    expect(isHostProcessPod(ds)).toBe(true);
    expect(isHostProcessPod(daemonSet({ containers: [{ name: 'a', securityContext: { windowsOptions: { hostProcess: false } } }] }))).toBe(false);
  });

  it('knows a pod that runs only on Windows', () => {
    expect(runsOnWindowsOnly(daemonSet({ os: { name: 'windows' } }))).toBe(true);
    expect(runsOnWindowsOnly(daemonSet({ nodeSelector: { 'kubernetes.io/os': 'windows' } }))).toBe(true);
    expect(runsOnWindowsOnly(daemonSet({ containers: [{ name: 'a', securityContext: { windowsOptions: { hostProcess: true } } }] }))).toBe(true);
    expect(runsOnWindowsOnly(daemonSet({ nodeSelector: { 'kubernetes.io/os': 'linux' } }))).toBe(false);
    expect(runsOnWindowsOnly(daemonSet({}))).toBe(false);
  });
});

describe('normaliseCapability', () => {
  it('reads names as the runtimes do', () => {
    expect(normaliseCapability(' cap_net_admin ')).toBe('NET_ADMIN');
    expect(normaliseCapability('SYS_ADMIN')).toBe('SYS_ADMIN');
  });
});
