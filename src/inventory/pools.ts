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
    const { labels, name } = node;
    // A node's own labels (those that name it) are few: its shared ones are copied once per pool, not per node.
    const own: Record<string, string> = {};
    const sharedKeys: string[] = [];
    for (const key in labels) {
      if (key === HOSTNAME_LABEL || labels[key] === name) own[key] = labels[key];
      else sharedKeys.push(key);
    }
    const key = poolKey(labels, sharedKeys, node);
    let group = groups.get(key);
    if (group === undefined) {
      const shared: Record<string, string> = {};
      for (const k of sharedKeys) shared[k] = labels[k];
      groups.set(key, (group = { nodes: [], own: [], shared }));
    }
    group.nodes.push(node);
    group.own.push(own);
  }
  const pools: NodePool[] = [];
  for (const group of groups.values()) {
    const names = group.nodes.map((n) => nameKey(n.name));
    const order = group.nodes.map((_, i) => i).sort((a, b) => compareNameKeys(names[a], names[b]));
    const first = group.nodes[order[0]];
    const pool: NodePool = {
      name: '',
      group: '',
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
  // Control-plane pools first, then groups by size (largest first), then by name: the order tables show.
  const groupSize = new Map<string, number>();
  for (const pool of pools) groupSize.set(pool.group, (groupSize.get(pool.group) ?? 0) + pool.nodes.length);
  pools.sort(
    (a, b) =>
      Number(isControlPlane(b)) - Number(isControlPlane(a)) ||
      groupSize.get(b.group)! - groupSize.get(a.group)! ||
      compareText(a.group, b.group) ||
      b.nodes.length - a.nodes.length ||
      compareText(a.name, b.name),
  );
  return pools;
}

/**
 * What makes two nodes alike, as one string (NUL cannot occur in labels, taints or quantities;
 * \u0001 separates the parts): the labels in `keys`, in sorted order (kubectl prints them so,
 * and then they are not sorted again).
 */
function poolKey(labels: Record<string, string>, keys: string[], node: InventoryNode): string {
  let key = `${node.unschedulable ? 1 : 0}${node.planned ? 1 : 0}`;
  const parts: string[] = [key];
  for (const k of isSorted(keys) ? keys : [...keys].sort()) parts.push(k, labels[k]);
  key = parts.join('\u0000');
  key += '\u0001';
  for (const t of node.taints.map(taintText).sort()) key += `\u0000${t}`;
  key += '\u0001';
  if (node.allocatable) for (const k of Object.keys(node.allocatable).sort()) key += `\u0000${k}\u0000${node.allocatable[k]}`;
  else key += 'unknown';
  return key;
}

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
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
    pool.group = name;
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

/** A name split into text and digit runs, once, for sorting node names in the order people count them: worker-2 before worker-10. */
function nameKey(name: string): { name: string; parts: string[] } {
  return { name, parts: name.split(DIGIT_RUNS) };
}

function compareNameKeys(a: { name: string; parts: string[] }, b: { name: string; parts: string[] }): number {
  const x = a.parts;
  const y = b.parts;
  for (let i = 0; i < x.length && i < y.length; i++) {
    if (x[i] === y[i]) continue;
    // split() with a capture group puts the digit runs at odd indexes; a longer run (leading zeros aside) is a larger number.
    if (i % 2 === 1) {
      const u = x[i].replace(LEADING_ZEROS, '');
      const v = y[i].replace(LEADING_ZEROS, '');
      if (u.length !== v.length) return u.length - v.length;
      if (u !== v) return u < v ? -1 : 1;
    }
    return compareText(x[i], y[i]);
  }
  return x.length - y.length || compareText(a.name, b.name);
}

const LEADING_ZEROS = /^0+(?=\d)/;

const DIGIT_RUNS = /(\d+)/;
