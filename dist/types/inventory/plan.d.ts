import { type HostPort } from '../k8s/host-ports.js';
import type { ObjectRef } from '../types/finding.js';
import type { Inventory, NodePool } from '../types/inventory.js';
import { type Miss } from './place.js';
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
{
    kind: 'tooBig';
    resource: string;
    request: bigint;
    allocatable: bigint;
}
/** It fits alone, but not next to the DaemonSets placed before it (`with`). */
 | {
    kind: 'crowded';
    resource: string;
    requested: bigint;
    allocatable: bigint;
    with: number[];
}
/** The node's `pods` allocatable is taken by the DaemonSets placed before it. */
 | {
    kind: 'pods';
    allocatable: bigint;
    with: number[];
}
/** A host port a DaemonSet placed before it (`other`) already claims. */
 | {
    kind: 'port';
    port: HostPort;
    other: number;
    otherPort: HostPort;
};
export type Outcome = {
    state: 'runs';
} | {
    state: 'misses';
    miss: Miss;
} | {
    state: 'unfit';
    unfit: Unfit;
};
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
export declare function planFleet(daemonSets: readonly PlannedDaemonSet[], inventory: Inventory): FleetPlan;
/**
 * Whether the scheduler checks a request against the node (`fitsRequest` in
 * pkg/scheduler/framework/plugins/noderesources/fit.go): cpu, memory, ephemeral-storage and the
 * scalar resources (`IsScalarResourceName`: extended `vendor.io/name`, `kubernetes.io/`-prefixed,
 * hugepages, attachable volumes). Other names are not resources the scheduler counts.
 */
export declare function checkedResource(resource: string): boolean;
