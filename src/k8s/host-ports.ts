import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { POD_CONTAINER_LISTS, containersOf, podSpecOf } from './containers.js';
import { asRecord } from './values.js';

/**
 * A host port a pod claims on its node, as the scheduler's NodePorts filter counts it. Plain
 * data: rules across the input keep these for every DaemonSet, so the path is built only for a report.
 */
export interface HostPort {
  readonly port: number;
  /** As written; the API defaults a missing protocol to TCP. */
  readonly protocol: string;
  /** Empty when the port is bound on every address. */
  readonly hostIP: string;
  /** The container the port is declared in, its index in `ports`, and which field is the host port. */
  readonly container: JsonPath;
  readonly index: number;
  readonly at: 'hostPort' | 'containerPort';
}

/**
 * The host ports of the containers that run as long as the pod (regular containers and
 * sidecars), as the scheduler reads them (GetHostPorts in pkg/scheduler/util): an explicit
 * `hostPort`, or under `hostNetwork: true` every `containerPort`, which the API copies into
 * `hostPort` when the pod is created.
 */
export function hostPortsOf(daemonSet: DaemonSet): HostPort[] {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  const out: HostPort[] = [];
  if (!podSpec) return out;
  const hostNetwork = podSpec.hostNetwork === true;
  // Init containers first, as the API lists them; of those only sidecars run with the pod.
  for (const ref of containersOf(daemonSet, POD_CONTAINER_LISTS)) {
    const ports: unknown = ref.container.ports;
    if (!ref.longRunning || !Array.isArray(ports)) continue;
    for (let index = 0; index < ports.length; index++) {
      const entry = asRecord(ports[index]);
      if (!entry) continue;
      const hostPort = portNumber(entry.hostPort);
      let port: HostPort['port'];
      let at: 'hostPort' | 'containerPort';
      if (hostPort !== undefined) {
        port = hostPort;
        at = 'hostPort';
      } else {
        const containerPort = hostNetwork ? portNumber(entry.containerPort) : undefined;
        if (containerPort === undefined) continue;
        port = containerPort;
        at = 'containerPort';
      }
      const protocol = entry.protocol === undefined || entry.protocol === null || entry.protocol === '' ? 'TCP' : entry.protocol;
      const hostIP = entry.hostIP === undefined || entry.hostIP === null ? '' : entry.hostIP;
      if (typeof protocol !== 'string' || typeof hostIP !== 'string') continue;
      out.push({ port, protocol, hostIP, container: ref.path, index, at });
    }
  }
  return out;
}

/** Path from the DaemonSet root to `hostPort`, or to `containerPort` when that is the host port. */
export function hostPortPath(port: HostPort): JsonPath {
  return [...port.container, 'ports', port.index, port.at];
}

/** A port number the API accepts; 0 (or none) is no host port. */
function portNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536 ? value : undefined;
}

/**
 * HostPortInfo.CheckConflict (pkg/scheduler/framework/types.go): same port and protocol, on the
 * same address or with either bound on all addresses.
 */
export function hostPortsConflict(a: HostPort, b: HostPort): boolean {
  return a.port === b.port && a.protocol === b.protocol && (allAddresses(a) || allAddresses(b) || a.hostIP === b.hostIP);
}

function allAddresses(port: HostPort): boolean {
  return port.hostIP === '' || port.hostIP === '0.0.0.0';
}

/** `9100/TCP`, `10.0.0.1:53/UDP`, `[fd00::1]:53/UDP`. */
export function formatHostPort(port: HostPort): string {
  const address = allAddresses(port) ? '' : port.hostIP.includes(':') ? `[${port.hostIP}]:` : `${port.hostIP}:`;
  return `${address}${port.port}/${port.protocol}`;
}
