import type { ObjectRef } from './finding.js';
/**
 * A node inventory as rules and reports see it (`--nodes`): the nodes of a cluster, grouped into
 * pools of identical nodes. Plain data, so that it reaches worker threads as it is.
 */
export interface Inventory {
    /** The files it was read from, as given. */
    files: string[];
    /** Nodes in all pools. */
    nodeCount: number;
    pools: NodePool[];
}
/** A taint as a node carries it; a taint without a value has the value "". */
export interface InventoryTaint {
    key: string;
    value: string;
    effect: string;
}
/**
 * Nodes that look alike to the DaemonSet controller and the scheduler: the same labels (but for
 * the ones that name the node, such as `kubernetes.io/hostname`), taints, cordon and allocatable
 * resources. Every verdict about one node of a pool holds for all of them, except for node
 * selection by name, which is decided node by node.
 */
export interface NodePool {
    /** Unique in the inventory: its `group`, numbered (`general #2`) when several pools share one. */
    name: string;
    /**
     * The node group it belongs to, as people name it: the cloud's node pool label, the node role,
     * or the nodes' common name prefix, with ` (cordoned)` or ` (not ready)` for the nodes in that
     * state. Pools of one group differ in labels such as the zone; reports show one column a group.
     */
    group: string;
    /** The names of its nodes, sorted. */
    nodes: string[];
    /** The labels every node of the pool has with the same value. */
    labels: Record<string, string>;
    /**
     * The labels that name each node (`kubernetes.io/hostname`, and any other whose value is the
     * node's name), in the order of `nodes`; absent when no node has one.
     */
    nodeLabels?: Record<string, string>[];
    taints: InventoryTaint[];
    /** Cordoned (`spec.unschedulable`). */
    unschedulable: boolean;
    /** `status.allocatable` (or `status.capacity` when that is missing) as quantities; absent when the inventory does not say. */
    allocatable?: Record<string, string>;
    /** Written in the planning form (`kind: NodePool`) rather than read from Node objects. */
    planned: boolean;
}
/** Where a DaemonSet runs on the inventory: `coverage` in the JSON report (docs/inventory.md). */
export interface CoverageReport {
    inventory: {
        files: string[];
        nodes: number;
        pools: {
            name: string;
            group: string;
            nodes: number;
            labels: Record<string, string>;
            taints: InventoryTaint[];
            unschedulable: boolean;
            allocatable?: Record<string, string>;
            planned: boolean;
        }[];
    };
    daemonSets: DaemonSetCoverage[];
}
export interface DaemonSetCoverage {
    object: ObjectRef;
    file: string;
    documentIndex: number;
    nodes: {
        /** Every node of the inventory. */
        total: number;
        /** Nodes where its pod is created and fits: it runs there. */
        scheduled: number;
        /** Nodes where the DaemonSet controller creates no pod. */
        missed: NodeOutcome[];
        /** Nodes where the pod is created and stays Pending. */
        unfit: NodeOutcome[];
    };
    /**
     * The same by pool, in the inventory's pool order: how many of each pool's nodes it runs on,
     * misses (of which `notSelected` by its node selection), does not fit.
     */
    pools: {
        pool: string;
        runs: number;
        misses: number;
        notSelected: number;
        unfit: number;
    }[];
    /** Its requests summed over the nodes it runs on, as quantities. */
    fleetRequests: {
        cpu: string;
        memory: string;
    };
}
export interface NodeOutcome {
    node: string;
    pool: string;
    /**
     * What keeps the pod off the node (missed: `selection`, `taints`), or Pending there (unfit:
     * `resources` it requests more of than the node has, `crowded` next to the other DaemonSets,
     * `pods` slots taken, `hostPort` taken).
     */
    cause: 'selection' | 'taints' | 'resources' | 'crowded' | 'pods' | 'hostPort';
    reason: string;
}
