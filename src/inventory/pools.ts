import { CONTROL_PLANE_LABEL } from '../k8s/node-selection.js';
import type { InventoryTaint, NodePool } from '../types/inventory.js';
import type { InventoryNode } from './node.js';

/** The label that names the node; the kubelet sets it to the host name. */
const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/**
 * Labels that name a node's pool, as clouds and autoscalers set them; the first one a pool has
 * names it. Without one, a pool is named by its role label, else by its nodes' common name prefix.
 */
const POOL_NAME_LABELS = [
  'cloud.google.com/gke-nodepool',
  'eks.amazonaws.com/nodegroup',
  'alpha.eksctl.io/nodegroup-name',
  'karpenter.sh/nodepool',
  'kubernetes.azure.com/agentpool',
  'agentpool',
  'doks.digitalocean.com/node-pool',
];
const ROLE_PREFIX = 'node-role.kubernetes.io/';

/**
 * Groups identical nodes into pools: the same labels (except those that name the node), taints
 * (their `timeAdded` aside), cordon and allocatable resources. 5,000 nodes are typically a few
 * dozen pools, and each DaemonSet is evaluated once per pool rather than once per node.
 */
export function groupIntoPools(nodes: readonly InventoryNode[]): NodePool[] {
  const groups = new Map<string, { nodes: InventoryNode[]; own: Record<string, string>[]; shared: Record<string, string> }>();
  for (const node of nodes) {
    const shared: Record<string, string> = {};
    const own: Record<string, string> = {};
    for (const [key, value] of Object.entries(node.labels)) {
      if (key === HOSTNAME_LABEL || value === node.name) own[key] = value;
      else shared[key] = value;
    }
    const key = poolKey(shared, node);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { nodes: [], own: [], shared }));
    group.nodes.push(node);
    group.own.push(own);
  }
  const pools: NodePool[] = [];
  for (const group of groups.values()) {
    const order = group.nodes.map((_, i) => i).sort((a, b) => compareNodeNames(group.nodes[a].name, group.nodes[b].name));
    const first = group.nodes[order[0]];
    const pool: NodePool = {
      name: '',
      nodes: order.map((i) => group.nodes[i].name),
      labels: group.shared,
      taints: first.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
      unschedulable: first.unschedulable,
      planned: first.planned,
    };
    if (group.own.some((labels) => Object.keys(labels).length > 0)) pool.nodeLabels = order.map((i) => group.own[i]);
    if (first.allocatable) pool.allocatable = first.allocatable;
    pools.push(pool);
  }
  nameUniquely(pools);
  // Control-plane pools first, then by size (largest first), then by name: the order tables show.
  pools.sort((a, b) => Number(isControlPlane(b)) - Number(isControlPlane(a)) || b.nodes.length - a.nodes.length || compareText(a.name, b.name));
  return pools;
}

function poolKey(shared: Record<string, string>, node: InventoryNode): string {
  const labels = Object.keys(shared)
    .sort()
    .map((k) => [k, shared[k]]);
  const taints = node.taints.map(taintText).sort();
  const allocatable = node.allocatable
    ? Object.keys(node.allocatable)
        .sort()
        .map((k) => [k, node.allocatable![k]])
    : null;
  return JSON.stringify([labels, taints, node.unschedulable, allocatable, node.planned]);
}

function taintText(taint: InventoryTaint): string {
  return `${taint.key}=${taint.value}:${taint.effect}`;
}

function isControlPlane(pool: NodePool): boolean {
  return Object.hasOwn(pool.labels, CONTROL_PLANE_LABEL);
}

/**
 * Names each pool: a planned pool by its own name; otherwise by a node pool label, a role label
 * or the nodes' common name prefix; `(cordoned)` or `(not ready)` tells apart the part of a pool
 * in that state, and a number any pools still alike.
 */
function nameUniquely(pools: NodePool[]): void {
  const base = pools.map((pool) => {
    let name = baseName(pool);
    if (pool.unschedulable) name += ' (cordoned)';
    else if (pool.taints.some((t) => t.key === 'node.kubernetes.io/not-ready' || t.key === 'node.kubernetes.io/unreachable')) name += ' (not ready)';
    return name;
  });
  const count = new Map<string, number>();
  for (const name of base) count.set(name, (count.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  pools.forEach((pool, i) => {
    const name = base[i];
    if (count.get(name) === 1) {
      pool.name = name;
      return;
    }
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    pool.name = `${name} #${n}`;
  });
}

function baseName(pool: NodePool): string {
  if (pool.planned) return pool.nodes[0].replace(/-\d+$/, '');
  for (const label of POOL_NAME_LABELS) {
    const value = pool.labels[label];
    if (value) return value;
  }
  if (isControlPlane(pool)) return 'control-plane';
  const roles = Object.keys(pool.labels)
    .filter((k) => k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length)
    .map((k) => k.slice(ROLE_PREFIX.length))
    .sort();
  if (roles.length > 0) return roles.join('+');
  const prefix = commonPrefix(pool.nodes).replace(/[-_.]+$/, '');
  return prefix.length > 0 ? prefix : pool.nodes[0];
}

function commonPrefix(names: readonly string[]): string {
  let prefix = names[0];
  for (const name of names) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Node names in the order people count them: worker-2 before worker-10. */
export function compareNodeNames(a: string, b: string): number {
  const x = a.split(DIGIT_RUNS);
  const y = b.split(DIGIT_RUNS);
  for (let i = 0; i < x.length && i < y.length; i++) {
    if (x[i] === y[i]) continue;
    // split() with a capture group puts the digit runs at odd indexes.
    if (i % 2 === 1) {
      const d = BigInt(x[i]) - BigInt(y[i]);
      if (d !== 0n) return d < 0n ? -1 : 1;
    }
    return compareText(x[i], y[i]);
  }
  return x.length - y.length || compareText(a, b);
}

const DIGIT_RUNS = /(\d+)/;
