import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { cniDirectory } from './agent-paths.js';
import { addedCapabilities } from './capabilities.js';
import { containerName, containersOf } from './containers.js';
import { isUnderHostPath } from './host-paths.js';
import { hostPathVolumes } from './volumes.js';

/**
 * Whether a host-network pod is part of the node's network: a CNI agent or installer, a NAT,
 * network-policy or load-balancer agent, kube-proxy. Such a pod must resolve names through the
 * node's DNS: CoreDNS runs on the pod network it provides, so depending on CoreDNS would make its
 * start wait on itself. The signals, each precise on its own:
 * - a hostPath volume of a CNI directory (`/etc/cni`, `/opt/cni`, `/var/lib/cni`, or their Windows
 *   counterparts): the pod installs or configures pod networking;
 * - the iptables lock `/run/xtables.lock`: the pod programs the node's packet filter;
 * - a container adding NET_ADMIN, NET_RAW or ALL while the pod is on the host network: it
 *   configures the node's own interfaces, routes or neighbour tables (ARP/NDP speakers).
 * Privileged alone is not a signal: CSI node plugins and device plugins are privileged too.
 * Returns what gave it away, for the message, or undefined.
 */
export function networkComponentSignal(daemonSet: DaemonSet, hostNetwork: boolean): string | undefined {
  const volumes = hostPathVolumes(daemonSet);
  for (let i = 0; i < volumes.length; i++) {
    const hostPath = volumes[i].hostPath;
    if (hostPath === undefined) continue;
    if (cniDirectory(hostPath) !== undefined) return `mounts ${hostPath}`;
    if (isUnderHostPath(hostPath, XTABLES_LOCK)) return `mounts ${hostPath}`;
  }
  if (!hostNetwork) return undefined;
  const containers = containersOf(daemonSet);
  for (let i = 0; i < containers.length; i++) {
    const added = addedCapabilities(containers[i]);
    for (let k = 0; k < added.length; k++) {
      if (NETWORK_CAPABILITIES.has(added[k].name)) return `container "${containerName(containers[i])}" adds ${added[k].name}`;
    }
  }
  return undefined;
}

const XTABLES_LOCK = '/run/xtables.lock';
const NETWORK_CAPABILITIES: ReadonlySet<string> = new Set(['NET_ADMIN', 'NET_RAW', 'ALL']);
