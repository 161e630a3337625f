import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type InputObject } from '../engine/rule.js';
import type { JsonPath } from '../engine/types.js';
import { asArray, asRecord, containersOf, podSpecOf } from '../k8s/containers.js';
import { mayShareNode, placementOf, type NodePlacement } from '../k8s/node-selection.js';

/** A host port a pod claims on its node, as the scheduler's NodePorts filter counts it. */
interface HostPort {
  port: number;
  /** As written; the API defaults a missing protocol to TCP. */
  protocol: string;
  /** Empty when the port is bound on every address. */
  hostIP: string;
  /** Path from the DaemonSet root to `hostPort`, or to `containerPort` when that is the host port. */
  path: JsonPath;
}

interface Claimant {
  object: InputObject;
  /** The namespace it lands in: a missing one is read as `default`. */
  namespace: string;
  display: string;
  placement: NodePlacement;
  ports: HostPort[];
}

export default defineRule({
  id: 'hostport-conflict',
  meta: {
    description:
      "Two DaemonSets that can run on the same node (their node selection is not disjoint) claiming the same hostPort/protocol, including container ports under `hostNetwork: true`; the second one's pods can never schedule there (DESIRED > CURRENT).",
    severity: 'error',
    fixable: false,
    messages: {
      conflict:
        '{{later}} claims host port {{port}}, which {{earlier}} already claims on the same nodes: on a node both select, only one of the two pods can run and the other stays Pending; use another port or disjoint node selection',
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  checkAll(objects, context) {
    const claimants: Claimant[] = [];
    for (const object of objects) {
      if (object.ref.kind !== 'DaemonSet') continue;
      const daemonSet = object.value as DaemonSet;
      const ports = hostPortsOf(daemonSet);
      if (ports.length === 0) continue;
      claimants.push({ object, namespace: object.ref.namespace || 'default', display: describeObject(object), placement: placementOf(daemonSet), ports });
    }
    // Earlier claims by port number: only DaemonSets that share a port are compared further.
    const byPort = new Map<number, { claimant: Claimant; port: HostPort }[]>();
    for (const later of claimants) {
      const shareNode = new Map<Claimant, boolean>();
      for (const port of later.ports) {
        for (const { claimant: earlier, port: other } of byPort.get(port.port) ?? []) {
          if (!conflicts(port, other) || sameObject(earlier, later)) continue;
          let share = shareNode.get(earlier);
          if (share === undefined) shareNode.set(earlier, (share = mayShareNode(earlier.placement, later.placement)));
          if (!share) continue;
          context.report({
            object: later.object,
            path: port.path,
            messageId: 'conflict',
            data: { later: later.display, earlier: earlier.display, port: formatPort(port) },
            related: [{ object: earlier.object, path: other.path, message: `${earlier.display} claims host port ${formatPort(other)} here` }],
          });
        }
      }
      for (const port of later.ports) {
        const list = byPort.get(port.port);
        if (list) list.push({ claimant: later, port });
        else byPort.set(port.port, [{ claimant: later, port }]);
      }
    }
  },
});

/**
 * The host ports of the containers that run as long as the pod (regular containers and
 * sidecars), as the scheduler reads them (GetHostPorts in pkg/scheduler/util): an explicit
 * `hostPort`, or under `hostNetwork: true` every `containerPort`, which the API copies into
 * `hostPort` when the pod is created.
 */
function hostPortsOf(daemonSet: DaemonSet): HostPort[] {
  const hostNetwork = (podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.hostNetwork === true;
  const out: HostPort[] = [];
  for (const ref of containersOf(daemonSet, ['initContainers', 'containers'])) {
    if (!ref.longRunning) continue;
    asArray(ref.container.ports).forEach((item, index) => {
      const entry = asRecord(item);
      if (!entry) return;
      const path = [...ref.path, 'ports', index];
      const hostPort = portNumber(entry.hostPort);
      const containerPort = portNumber(entry.containerPort);
      let port: HostPort['port'];
      let at: string;
      if (hostPort !== undefined) [port, at] = [hostPort, 'hostPort'];
      else if (hostNetwork && containerPort !== undefined) [port, at] = [containerPort, 'containerPort'];
      else return;
      const protocol = entry.protocol === undefined || entry.protocol === null || entry.protocol === '' ? 'TCP' : entry.protocol;
      const hostIP = entry.hostIP === undefined || entry.hostIP === null ? '' : entry.hostIP;
      if (typeof protocol !== 'string' || typeof hostIP !== 'string') return;
      out.push({ port, protocol, hostIP, path: [...path, at] });
    });
  }
  return out;
}

/** A port number the API accepts; 0 (or none) is no host port. */
function portNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 65536 ? value : undefined;
}

/** HostPortInfo.CheckConflict: same port and protocol, on the same address or with either bound on all addresses. */
function conflicts(a: HostPort, b: HostPort): boolean {
  return a.port === b.port && a.protocol === b.protocol && (allAddresses(a) || allAddresses(b) || a.hostIP === b.hostIP);
}

function allAddresses(port: HostPort): boolean {
  return port.hostIP === '' || port.hostIP === '0.0.0.0';
}

function formatPort(port: HostPort): string {
  const address = allAddresses(port) ? '' : port.hostIP.includes(':') ? `[${port.hostIP}]:` : `${port.hostIP}:`;
  return `${address}${port.port}/${port.protocol}`;
}

/** The same DaemonSet written twice (two versions of one manifest): the later apply replaces the earlier. */
function sameObject(a: Claimant, b: Claimant): boolean {
  return a.namespace === b.namespace && a.object.ref.name !== undefined && a.object.ref.name === b.object.ref.name;
}

function describeObject(object: InputObject): string {
  const { kind, namespace, name } = object.ref;
  return `${kind ?? 'object'} ${namespace ? `${namespace}/` : ''}${name ?? '<unnamed>'}`;
}
