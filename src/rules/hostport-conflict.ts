import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type InputObject, type InputRuleContext } from '../types/rule.js';
import { groupIdentical } from '../k8s/identical-groups.js';
import { hostPortPath, hostPortsOf, type HostPort } from '../k8s/host-ports.js';
import { mayShareNode, placementOf, type NodePlacement } from '../k8s/node-selection.js';
import { describeObject } from '../k8s/object-ref.js';

/** What this rule keeps of a DaemonSet that claims host ports. */
interface Claims {
  /** The namespace it lands in: a missing one is read as `default`. */
  namespace: string;
  placement: NodePlacement;
  ports: HostPort[];
}

type Claimant = InputObject<Claims>;

export default defineRule({
  id: 'hostport-conflict',
  meta: {
    description:
      "Two DaemonSets that can run on the same node (their node selection is not disjoint) claiming the same hostPort/protocol, including container ports under `hostNetwork: true`; the second one's pods can never schedule there (DESIRED > CURRENT).",
    severity: 'error',
    fixable: false,
    messages: {
      conflictGroup: {
        message: '{{count}} DaemonSets claim host port {{port}} on the same nodes',
        help: '{{list}} claim host port {{port}} on the same nodes: on a node they all select, only one of their pods can bind it, and the others stay Pending. Use another port, or node selection that keeps the DaemonSets apart.',
      },
      conflict: {
        message: 'host port {{port}} is also claimed by {{earlier}}',
        help: '{{later}} claims host port {{port}}, which {{earlier}} already claims on the same nodes: on a node both select, only one of the two pods can bind it, and the other stays Pending. Use another port, or node selection that keeps the two DaemonSets apart.',
      },
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  collect(object) {
    if (object.ref.kind !== 'DaemonSet') return undefined;
    const daemonSet = object.value as DaemonSet;
    const ports = hostPortsOf(daemonSet);
    if (ports.length === 0) return undefined;
    return { namespace: object.ref.namespace || 'default', placement: placementOf(daemonSet), ports };
  },
  checkAll(claimants, context) {
    // DaemonSets with the same placement and host ports are one group: their copies all conflict
    // with each other (one finding however many there are), and groups are compared by representative.
    const groups = groupIdentical(claimants, (c) => JSON.stringify([c.value.placement, c.value.ports]), (c) => (c.ref.name === undefined ? undefined : `${c.value.namespace}/${c.ref.name}`));
    for (const { members } of groups) reportGroup(members, context);
    const groupOf = new Map(groups.map((g) => [g.members[0], g.members]));
    // Earlier claims by port number: only DaemonSets that share a port are compared further.
    const byPort = new Map<number, { claimant: Claimant; port: HostPort }[]>();
    for (const { members } of groups) {
      const later = members[0];
      let shareNode: Map<Claimant, boolean> | undefined;
      for (const port of later.value.ports) {
        const claims = byPort.get(port.port);
        if (!claims) continue;
        for (const { claimant: earlier, port: other } of claims) {
          if (!conflicts(port, other) || sameObject(earlier, later)) continue;
          shareNode ??= new Map();
          let share = shareNode.get(earlier);
          if (share === undefined) shareNode.set(earlier, (share = mayShareNode(earlier.value.placement, later.value.placement)));
          if (!share) continue;
          const earlierDisplay = describeObject(earlier.ref);
          const more = (groupOf.get(earlier)?.length ?? 1) - 1;
          context.report({
            object: later,
            path: hostPortPath(port),
            messageId: 'conflict',
            data: { later: describeObject(later.ref), earlier: earlierDisplay, port: formatPort(port) },
            related: [{ object: earlier, path: hostPortPath(other), message: `${earlierDisplay} claims host port ${formatPort(other)} here${more === 0 ? '' : `, as ${more} more ${more === 1 ? 'DaemonSet' : 'DaemonSets'} like it do`}` }],
          });
        }
      }
      for (const port of later.value.ports) {
        const list = byPort.get(port.port);
        if (list) list.push({ claimant: later, port });
        else byPort.set(port.port, [{ claimant: later, port }]);
      }
    }
  },
});

/**
 * Copies of one DaemonSet (the same placement and ports) claim each port against each other on
 * every node they can share: two are a pair, reported on the later one as any conflicting pair
 * is; three or more are one finding per port on the first, the others as related places.
 */
function reportGroup(members: readonly Claimant[], context: InputRuleContext<Record<string, never>>): void {
  if (members.length < 2) return;
  const first = members[0];
  if (!mayShareNode(first.value.placement, first.value.placement)) return;
  const firstDisplay = describeObject(first.ref);
  for (let i = 0; i < first.value.ports.length; i++) {
    const port = first.value.ports[i];
    if (members.length === 2) {
      const later = members[1];
      context.report({
        object: later,
        path: hostPortPath(later.value.ports[i]),
        messageId: 'conflict',
        data: { later: describeObject(later.ref), earlier: firstDisplay, port: formatPort(port) },
        related: [{ object: first, path: hostPortPath(port), message: `${firstDisplay} claims host port ${formatPort(port)} here` }],
      });
      continue;
    }
    const named = members.slice(0, 3).map((m) => describeObject(m.ref));
    const more = members.length - named.length;
    context.report({
      object: first,
      path: hostPortPath(port),
      messageId: 'conflictGroup',
      data: { count: members.length, port: formatPort(port), list: more > 0 ? `${named.join(', ')} and ${more} more` : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` },
      related: members.slice(1).map((m) => ({ object: m, path: hostPortPath(m.value.ports[i]), message: `${describeObject(m.ref)} claims host port ${formatPort(port)} here` })),
    });
  }
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
  return a.value.namespace === b.value.namespace && a.ref.name !== undefined && a.ref.name === b.ref.name;
}

