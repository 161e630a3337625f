import type { NodeRequirement } from '../k8s/node-selection.js';
import { POD_SPEC_PATH } from '../k8s/containers.js';
import type { JsonPath } from '../types/finding.js';
import type { Inventory, InventoryTaint, NodePool } from '../types/inventory.js';
import { describeRequirement, matchesNode, missesOnPool, nodeLabels, type Miss } from './place.js';
import type { NodeChoice, SchedulingProfile } from './profile.js';

/**
 * Taints that say what state a node is in rather than what it is for: the node lifecycle
 * controller's (from node conditions and the cordon), the cloud provider's and the cluster
 * autoscalers' while they add or remove a node. A DaemonSet kept off such a node is not at fault.
 */
const NODE_STATE_TAINTS: ReadonlySet<string> = new Set([
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/network-unavailable',
  'node.kubernetes.io/unschedulable',
  'node.kubernetes.io/out-of-service',
  'node.cloudprovider.kubernetes.io/uninitialized',
  'node.cloudprovider.kubernetes.io/shutdown',
  'ToBeDeletedByClusterAutoscaler',
  'karpenter.sh/disrupted',
  'karpenter.sh/disruption',
]);

export function isNodeStateTaint(taint: InventoryTaint): boolean {
  return NODE_STATE_TAINTS.has(taint.key);
}

/** Nodes of some pools. */
export interface PoolCount {
  pool: NodePool;
  count: number;
}

/** Where the DaemonSet controller creates a DaemonSet's pods on the inventory (fit aside). */
export interface Reach {
  /** Nodes its node selection picks. */
  selected: number;
  /** Nodes it gets a pod on. */
  runs: number;
  runsOn: PoolCount[];
  /** Each NoSchedule/NoExecute taint it does not tolerate, with the selected nodes that carry it. */
  untolerated: { taint: InventoryTaint; nodes: number; pools: PoolCount[] }[];
}

export function reachOf(profile: SchedulingProfile, inventory: Inventory): Reach {
  const reach: Reach = { selected: 0, runs: 0, runsOn: [], untolerated: [] };
  const byTaint = new Map<string, Reach['untolerated'][number]>();
  const count = (pool: NodePool, miss: Miss | undefined, n: number): void => {
    if (miss?.kind === 'selection') return;
    reach.selected += n;
    if (!miss) {
      reach.runs += n;
      addTo(reach.runsOn, pool, n);
      return;
    }
    for (const taint of miss.taints) {
      const key = `${taint.key}\u0000${taint.value}\u0000${taint.effect}`;
      let entry = byTaint.get(key);
      if (!entry) byTaint.set(key, (entry = { taint, nodes: 0, pools: [] }));
      entry.nodes += n;
      addTo(entry.pools, pool, n);
    }
  };
  for (const pool of inventory.pools) {
    const verdict = missesOnPool(profile, pool);
    if ('uniform' in verdict) count(pool, verdict.uniform, pool.nodes.length);
    else verdict.perNode.forEach((miss) => count(pool, miss, 1));
  }
  reach.untolerated = [...byTaint.values()].sort((a, b) => b.nodes - a.nodes);
  return reach;
}

function addTo(list: PoolCount[], pool: NodePool, n: number): void {
  const last = list[list.length - 1];
  if (last?.pool === pool) last.count += n;
  else list.push({ pool, count: n });
}

/**
 * Why a node selection matches no node of the inventory: a requirement no node meets, when
 * there is one (its words and where it is written), else what can be said of the whole.
 */
export function noMatchReason(profile: SchedulingProfile, inventory: Inventory): { text: string; path: JsonPath } {
  const { alternatives } = profile.selection;
  if (alternatives.length === 0) return { text: 'its required node affinity has no term, which matches no node', path: [...REQUIRED_AFFINITY_PATH, 'nodeSelectorTerms'] };
  if (alternatives.length > 1) return { text: `none of its ${alternatives.length} required node affinity terms matches a node`, path: REQUIRED_AFFINITY_PATH };
  for (const requirement of alternatives[0]) {
    if (!someNodeMatches(requirement, inventory)) return { text: `${describeRequirement(requirement)} matches no node`, path: requirement.path };
  }
  return { text: 'no node meets all of its requirements together', path: alternatives[0][0].path };
}

const REQUIRED_AFFINITY_PATH: JsonPath = [...POD_SPEC_PATH, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'];

function someNodeMatches(requirement: NodeRequirement, inventory: Inventory): boolean {
  return inventory.pools.some((pool) => pool.nodes.some((name, i) => matchesNode(requirement, nodeLabels(pool, i), name)));
}

/** `pool gpu`, `pools gpu, win`, `pools a, b, c and 2 more`. */
export function poolList(pools: readonly PoolCount[]): string {
  // Pools of one group (zones of a node group) are named as the group.
  const names = [...new Set(pools.map((p) => p.pool.group))];
  const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return `${names.length === 1 ? 'pool' : 'pools'} ${shown}`;
}

/** `pool small (12 nodes)`, `pools a, b (20 nodes)`. */
export function poolsWithNodes(pools: readonly PoolCount[]): string {
  const nodes = pools.reduce((n, p) => n + p.count, 0);
  return `${poolList(pools)} (${nodes} node${nodes === 1 ? '' : 's'})`;
}

/** Nodes of one pool, by name. */
export interface PoolNodes {
  pool: NodePool;
  nodes: string[];
}

/**
 * The nodes on which the DaemonSet controller creates a pod of each of the DaemonSets (fit
 * aside): where both pods are meant to run side by side, and so where their host ports meet.
 */
export function nodesAllRunOn(choices: readonly NodeChoice[], inventory: Inventory): PoolNodes[] {
  const out: PoolNodes[] = [];
  for (const pool of inventory.pools) {
    const verdicts = choices.map((choice) => missesOnPool(choice, pool));
    if (verdicts.some((v) => 'uniform' in v && v.uniform)) continue;
    const nodes = pool.nodes.filter((_, i) => verdicts.every((v) => 'uniform' in v || !v.perNode[i]));
    if (nodes.length > 0) out.push({ pool, nodes });
  }
  return out;
}

/** `pool worker: worker-1, worker-2, worker-3 and 3 more; pool edge: edge-1`, at most three names a pool and three pools. */
export function nodeNames(list: readonly PoolNodes[]): string {
  const byGroup = new Map<string, string[]>();
  for (const { pool, nodes } of list) {
    const names = byGroup.get(pool.group);
    if (names) names.push(...nodes);
    else byGroup.set(pool.group, [...nodes]);
  }
  const groups = [...byGroup].map(([group, names]) => `pool ${group}: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`);
  return groups.length > 3 ? `${groups.slice(0, 3).join('; ')}; and ${groups.length - 3} more pools` : groups.join('; ');
}
