import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type InputObject, type InputRuleContext } from '../types/rule.js';
import { groupIdentical } from '../k8s/identical-groups.js';
import { formatHostPort, hostPortPath, hostPortsConflict, hostPortsOf, type HostPort } from '../k8s/host-ports.js';
import { mayShareNode, placementOf, type NodePlacement } from '../k8s/node-selection.js';
import { describeObject } from '../k8s/object-ref.js';
import type { Inventory } from '../types/inventory.js';
import { nodeChoiceOf, type NodeChoice } from '../inventory/profile.js';
import { equalityKey } from '../types/bigint-json.js';
import { nodeNames, nodesAllRunOn, type PoolNodes } from '../inventory/reach.js';

/** What this rule keeps of a DaemonSet that claims host ports. */
interface Claims {
  /** The namespace it lands in: a missing one is read as `default`. */
  namespace: string;
  placement: NodePlacement;
  /** The same, as the DaemonSet controller applies it to the nodes of an inventory. */
  choice: NodeChoice;
  ports: HostPort[];
}

type Claimant = InputObject<Claims>;

export default defineRule({
  id: 'hostport-conflict',
  meta: {
    description:
      "Two DaemonSets that can run on the same node (their node selection is not disjoint) claiming the same hostPort/protocol, including container ports under `hostNetwork: true`; the second one's pods stay Pending there (READY below DESIRED). With a node inventory, the nodes both run on decide, and are named.",
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
      conflictGroupOnNodes: {
        message: '{{count}} DaemonSets claim host port {{port}} on {{nodeCount}}: {{nodes}}',
        help: '{{list}} all get a pod on these nodes of the inventory ({{files}}), and a host port is taken once per node, address and protocol: one of their pods can bind it, and the others stay Pending there (FailedScheduling: node(s) didn\'t have free ports for the requested pod ports). Use another port, or keep the DaemonSets on disjoint nodes.',
      },
      conflictOnNodes: {
        message: 'host port {{port}} is also claimed by {{earlier}} on {{count}}: {{nodes}}',
        help: '{{later}} and {{earlier}} both get a pod on these nodes of the inventory ({{files}}), and a host port is taken once per node, address and protocol: one of the two pods stays Pending there (FailedScheduling: node(s) didn\'t have free ports for the requested pod ports). Use another port, or keep the two DaemonSets on disjoint nodes.',
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
    return { namespace: object.ref.namespace || 'default', placement: placementOf(daemonSet), choice: nodeChoiceOf(daemonSet), ports };
  },
  checkAll(claimants, context) {
    const { inventory } = context;
    // With an inventory, the nodes the DaemonSets all get a pod on decide (none: they never meet); without, whether any node could.
    const sharedNodes = (a: Claimant, b: Claimant): PoolNodes[] | boolean => (inventory ? nodesAllRunOn([a.value.choice, b.value.choice], inventory) : mayShareNode(a.value.placement, b.value.placement));
    // DaemonSets with the same placement and host ports are one group: their copies all conflict
    // with each other (one finding however many there are), and groups are compared by representative.
    const groups = groupIdentical(
      claimants,
      (c) => equalityKey([c.value.placement, c.value.choice, c.value.ports]),
      (c) => (c.ref.name === undefined ? undefined : `${c.value.namespace}/${c.ref.name}`),
      // Most DaemonSets of an input claim ports of their own: those are not made into JSON.
      (c) => c.value.ports.map((p) => `${p.port}/${p.protocol}`).join(),
    );
    for (const { members } of groups) reportGroup(members, sharedNodes(members[0], members[0]), inventory, context);
    const groupOf = new Map(groups.map((g) => [g.members[0], g.members]));
    // Earlier claims by port number: only DaemonSets that share a port are compared further.
    const byPort = new Map<number, { claimant: Claimant; port: HostPort }[]>();
    for (const { members } of groups) {
      const later = members[0];
      let shareNode: Map<Claimant, PoolNodes[] | boolean> | undefined;
      for (const port of later.value.ports) {
        const claims = byPort.get(port.port);
        if (!claims) continue;
        for (const { claimant: earlier, port: other } of claims) {
          if (!hostPortsConflict(port, other) || sameObject(earlier, later)) continue;
          shareNode ??= new Map();
          let share = shareNode.get(earlier);
          if (share === undefined) shareNode.set(earlier, (share = sharedNodes(earlier, later)));
          if (!meet(share)) continue;
          const earlierDisplay = describeObject(earlier.ref);
          const more = (groupOf.get(earlier)?.length ?? 1) - 1;
          const data = { later: describeObject(later.ref), earlier: earlierDisplay, port: formatHostPort(port) };
          context.report({
            object: later,
            path: hostPortPath(port),
            ...(Array.isArray(share) ? { messageId: 'conflictOnNodes', data: { ...data, ...onNodes(share, inventory!) } } : { messageId: 'conflict', data }),
            related: [{ object: earlier, path: hostPortPath(other), message: `${earlierDisplay} claims host port ${formatHostPort(other)} here${more === 0 ? '' : `, as ${more} more ${more === 1 ? 'DaemonSet like it does' : 'DaemonSets like it do'}`}` }],
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
function reportGroup(members: readonly Claimant[], share: PoolNodes[] | boolean, inventory: Inventory | undefined, context: InputRuleContext<Record<string, never>>): void {
  if (members.length < 2 || !meet(share)) return;
  const first = members[0];
  const nodes = Array.isArray(share) ? onNodes(share, inventory!) : undefined;
  const firstDisplay = describeObject(first.ref);
  for (let i = 0; i < first.value.ports.length; i++) {
    const port = first.value.ports[i];
    if (members.length === 2) {
      const later = members[1];
      context.report({
        object: later,
        path: hostPortPath(later.value.ports[i]),
        ...(nodes
          ? { messageId: 'conflictOnNodes', data: { later: describeObject(later.ref), earlier: firstDisplay, port: formatHostPort(port), ...nodes } }
          : { messageId: 'conflict', data: { later: describeObject(later.ref), earlier: firstDisplay, port: formatHostPort(port) } }),
        related: [{ object: first, path: hostPortPath(port), message: `${firstDisplay} claims host port ${formatHostPort(port)} here` }],
      });
      continue;
    }
    const named = members.slice(0, 3).map((m) => describeObject(m.ref));
    const more = members.length - named.length;
    const list = more > 0 ? `${named.join(', ')} and ${more} more` : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
    context.report({
      object: first,
      path: hostPortPath(port),
      ...(nodes
        ? { messageId: 'conflictGroupOnNodes', data: { count: members.length, port: formatHostPort(port), list, nodeCount: nodes.count, nodes: nodes.nodes, files: nodes.files } }
        : { messageId: 'conflictGroup', data: { count: members.length, port: formatHostPort(port), list } }),
      related: members.slice(1).map((m) => ({ object: m, path: hostPortPath(m.value.ports[i]), message: `${describeObject(m.ref)} claims host port ${formatHostPort(port)} here` })),
    });
  }
}

/** The same DaemonSet written twice (two versions of one manifest): the later apply replaces the earlier. */
function sameObject(a: Claimant, b: Claimant): boolean {
  return a.value.namespace === b.value.namespace && a.ref.name !== undefined && a.ref.name === b.ref.name;
}


/** Whether DaemonSets meet on some node: a node of the inventory, or (without one) one their selection allows. */
function meet(share: PoolNodes[] | boolean): boolean {
  return Array.isArray(share) ? share.length > 0 : share;
}

/** `count` (`3 nodes`), `nodes` (the names, by pool) and the inventory's `files`, for a finding on the nodes DaemonSets share. */
function onNodes(shared: readonly PoolNodes[], inventory: Inventory): { count: string; nodes: string; files: string } {
  const n = shared.reduce((sum, p) => sum + p.nodes.length, 0);
  return { count: `${n} ${n === 1 ? 'node' : 'nodes'}`, nodes: nodeNames(shared), files: inventory.files.join(', ') };
}
