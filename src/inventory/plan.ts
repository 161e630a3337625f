import { hostPortsConflict, type HostPort } from '../k8s/host-ports.js';
import { parseQuantity, scaledValue, schedulerUnits } from '../k8s/quantity.js';
import { memoizeByObject } from '../k8s/memoize.js';
import { bigintJson } from '../types/bigint-json.js';
import type { ObjectRef } from '../types/finding.js';
import type { Inventory, NodePool } from '../types/inventory.js';
import { missesOnPool, type Miss } from './place.js';
import type { SchedulingProfile } from './profile.js';

/** A DaemonSet of the input, as the fleet plan places it. */
export interface PlannedDaemonSet {
  ref: ObjectRef;
  file: string;
  documentIndex: number;
  profile: SchedulingProfile;
}

/** Why a daemon pod the controller created stays Pending (the scheduler's NodeResourcesFit and NodePorts filters). */
export type Unfit =
  /** It requests more than the node has at all: it cannot run there even alone ("Unresolvable"). */
  | { kind: 'tooBig'; resource: string; request: bigint; allocatable: bigint }
  /** It fits alone, but not next to the DaemonSets placed before it (`with`). */
  | { kind: 'crowded'; resource: string; requested: bigint; allocatable: bigint; with: number[] }
  /** The node's `pods` allocatable is taken by the DaemonSets placed before it. */
  | { kind: 'pods'; allocatable: bigint; with: number[] }
  /** A host port a DaemonSet placed before it (`other`) already claims. */
  | { kind: 'port'; port: HostPort; other: number; otherPort: HostPort };

export type Outcome = { state: 'runs' } | { state: 'misses'; miss: Miss } | { state: 'unfit'; unfit: Unfit };

/** Some nodes of a pool (all of them when `nodes` is absent) and what happens to a DaemonSet there. */
export interface Cell {
  nodes?: number[];
  count: number;
  outcome: Outcome;
}

/** Nodes of a pool on which the same DaemonSets run, and what those take of each node. */
export interface NodeClass {
  nodes?: number[];
  count: number;
  /** DaemonSets (by index) whose pods are placed there, in the order they were placed. */
  placed: number[];
  /** Their requests summed, per resource, in the scheduler's units. */
  requested: Record<string, bigint>;
}

export interface PoolPlan {
  pool: NodePool;
  /** The pool's allocatable in the scheduler's units; absent when the inventory does not say. */
  allocatable?: Record<string, bigint>;
  /** By DaemonSet index: the pool's nodes grouped by outcome. */
  cells: Cell[][];
  classes: NodeClass[];
}

export interface FleetPlan {
  daemonSets: readonly PlannedDaemonSet[];
  pools: PoolPlan[];
}

/**
 * Where each DaemonSet runs on the inventory, misses, or does not fit. Pool by pool: the
 * controller's decision for each DaemonSet (place.ts), then the scheduler's fit for the pods
 * created there, placed together as on a real node: higher priority first (system-node-critical,
 * then system-cluster-critical, as preemption would have it), then in input order; a pod that
 * is too big for the node, finds its host port taken, or does not fit next to the pods placed
 * before it stays Pending. Pods the inventory does not know of (static pods, other workloads) are
 * not counted: "fits" means "fits next to the other DaemonSets of the input".
 */
export function planFleet(daemonSets: readonly PlannedDaemonSet[], inventory: Inventory): FleetPlan {
  // node-fit plans the fleet, and so does the coverage report, each from DaemonSets of its own
  // reading: the same plan when they are the same. Only the last plan is kept (an editor's
  // language server keeps its inventory while the input changes).
  const key = bigintJson(daemonSets);
  const last = lastPlan(inventory);
  if (last.key !== key) {
    last.key = key;
    last.plan = { daemonSets, pools: inventory.pools.map((pool) => planPool(pool, daemonSets)) };
  }
  return last.plan!;
}

const lastPlan = memoizeByObject((_inventory: Inventory): { key?: string; plan?: FleetPlan } => ({}));

function planPool(pool: NodePool, daemonSets: readonly PlannedDaemonSet[]): PoolPlan {
  const allocatable = allocatableOf(pool);
  const verdicts = daemonSets.map((d) => missesOnPool(d.profile, pool));
  const missAt = (i: number, node: number): Miss | undefined => {
    const verdict = verdicts[i];
    return 'uniform' in verdict ? verdict.uniform : verdict.perNode[node];
  };

  // Nodes on which the same DaemonSets get a pod: one class per pool unless some DaemonSet picks nodes by name.
  const classNodes = new Map<string, number[]>();
  const uniform = verdicts.every((v) => 'uniform' in v);
  if (uniform) {
    classNodes.set('', []);
  } else {
    for (let node = 0; node < pool.nodes.length; node++) {
      const key = daemonSets.map((_, i) => (missAt(i, node) ? '0' : '1')).join('');
      const list = classNodes.get(key);
      if (list) list.push(node);
      else classNodes.set(key, [node]);
    }
  }
  const classes: NodeClass[] = [];
  const unfitByClass: Map<number, Unfit>[] = [];
  for (const nodes of classNodes.values()) {
    const first = uniform ? 0 : nodes[0];
    const runnable = daemonSets.map((_, i) => i).filter((i) => !missAt(i, first));
    const fit = placeTogether(runnable, daemonSets, allocatable);
    const nodeClass: NodeClass = { count: uniform ? pool.nodes.length : nodes.length, placed: fit.placed, requested: fit.requested };
    if (!uniform) nodeClass.nodes = nodes;
    classes.push(nodeClass);
    unfitByClass.push(fit.unfit);
  }

  const cells = daemonSets.map((_, i) => {
    const verdict = verdicts[i];
    if ('uniform' in verdict && verdict.uniform) return [{ count: pool.nodes.length, outcome: { state: 'misses', miss: verdict.uniform } } as Cell];
    const out: Cell[] = [];
    classes.forEach((nodeClass, c) => {
      const first = nodeClass.nodes?.[0] ?? 0;
      if (!missAt(i, first)) {
        const unfit = unfitByClass[c].get(i);
        const cell: Cell = { count: nodeClass.count, outcome: unfit ? { state: 'unfit', unfit } : { state: 'runs' } };
        if (nodeClass.nodes) cell.nodes = nodeClass.nodes;
        out.push(cell);
        return;
      }
      for (const node of nodeClass.nodes ?? []) out.push({ nodes: [node], count: 1, outcome: { state: 'misses', miss: missAt(i, node)! } });
    });
    return out;
  });
  const plan: PoolPlan = { pool, cells, classes };
  if (allocatable) plan.allocatable = allocatable;
  return plan;
}

/** The pool's allocatable resources in the scheduler's units (`framework.Resource.Add` rounds up as it converts). */
const allocatableOf = memoizeByObject((pool: NodePool): Record<string, bigint> | undefined => {
  if (!pool.allocatable) return undefined;
  const out: Record<string, bigint> = {};
  for (const [resource, text] of Object.entries(pool.allocatable)) {
    const quantity = parseQuantity(text);
    if (quantity) out[resource] = schedulerUnits(scaledValue(quantity, 9), resource);
  }
  return out;
});

/**
 * Whether the scheduler checks a request against the node (`fitsRequest` in
 * pkg/scheduler/framework/plugins/noderesources/fit.go): cpu, memory, ephemeral-storage and the
 * scalar resources (`IsScalarResourceName`: extended `vendor.io/name`, `kubernetes.io/`-prefixed,
 * hugepages, attachable volumes). Other names are not resources the scheduler counts.
 */
export function checkedResource(resource: string): boolean {
  return (
    resource === 'cpu' ||
    resource === 'memory' ||
    resource === 'ephemeral-storage' ||
    resource.startsWith('hugepages-') ||
    resource.startsWith('attachable-volumes-') ||
    resource.includes('/')
  );
}

/** Places the runnable DaemonSets' pods on one node, as the scheduler would one after another. */
function placeTogether(
  runnable: readonly number[],
  daemonSets: readonly PlannedDaemonSet[],
  allocatable: Record<string, bigint> | undefined,
): { placed: number[]; unfit: Map<number, Unfit>; requested: Record<string, bigint> } {
  const order = [...runnable].sort((a, b) => daemonSets[b].profile.priority - daemonSets[a].profile.priority || a - b);
  const placed: number[] = [];
  const unfit = new Map<number, Unfit>();
  const requested: Record<string, bigint> = {};
  const ports: { port: HostPort; owner: number }[] = [];
  for (const i of order) {
    const { amounts } = daemonSets[i].profile.requests;
    const reason = allocatable ? unfitReason(amounts, allocatable, requested, placed) : undefined;
    const portClash = reason ? undefined : firstPortClash(daemonSets[i].profile.hostPorts, ports);
    if (reason || portClash) {
      unfit.set(i, reason ?? { kind: 'port', port: portClash!.port, other: portClash!.owner, otherPort: portClash!.otherPort });
      continue;
    }
    placed.push(i);
    for (const [resource, amount] of Object.entries(amounts)) requested[resource] = (requested[resource] ?? 0n) + amount;
    for (const port of daemonSets[i].profile.hostPorts) ports.push({ port, owner: i });
  }
  return { placed, unfit, requested };
}

function unfitReason(amounts: Readonly<Record<string, bigint>>, allocatable: Readonly<Record<string, bigint>>, requested: Readonly<Record<string, bigint>>, placed: readonly number[]): Unfit | undefined {
  for (const [resource, request] of Object.entries(amounts)) {
    if (!checkedResource(resource)) continue;
    // A resource the node does not advertise counts as none of it ("Insufficient <name>").
    const available = allocatable[resource] ?? 0n;
    if (request > available) return { kind: 'tooBig', resource, request, allocatable: available };
  }
  const pods = allocatable.pods;
  if (pods !== undefined && BigInt(placed.length) + 1n > pods) return { kind: 'pods', allocatable: pods, with: [...placed] };
  for (const [resource, request] of Object.entries(amounts)) {
    if (!checkedResource(resource)) continue;
    const total = (requested[resource] ?? 0n) + request;
    const available = allocatable[resource] ?? 0n;
    if (total > available) return { kind: 'crowded', resource, requested: total, allocatable: available, with: [...placed] };
  }
  return undefined;
}

function firstPortClash(own: readonly HostPort[], taken: readonly { port: HostPort; owner: number }[]): { port: HostPort; owner: number; otherPort: HostPort } | undefined {
  for (const port of own) {
    for (const claim of taken) if (hostPortsConflict(port, claim.port)) return { port, owner: claim.owner, otherPort: claim.port };
  }
  return undefined;
}
