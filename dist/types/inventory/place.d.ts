import type { NodeRequirement } from '../k8s/node-selection.js';
import type { InventoryTaint, NodePool } from '../types/inventory.js';
import type { NodeChoice } from './profile.js';
/** Why the DaemonSet controller creates no pod for a node. */
export type Miss = 
/** Its node selection (nodeSelector, required node affinity, nodeName) does not match the node. */
{
    kind: 'selection';
    detail: string;
    requirement?: NodeRequirement;
}
/** A NoSchedule or NoExecute taint of the node is not tolerated; with NoExecute, a pod already there is evicted. */
 | {
    kind: 'taints';
    taints: InventoryTaint[];
    evicts: boolean;
};
/**
 * The DaemonSet controller's decision for a node (`NodeShouldRunDaemonPod` and `predicates` in
 * pkg/controller/daemon/daemon_controller.go): undefined when it creates a pod there, else why
 * not. First the node selection (nodeName, then nodeSelector ANDed with the required node
 * affinity, `RequiredNodeAffinity.Match`), then the taints with effect NoSchedule or NoExecute
 * against the template's and the controller's tolerations (`FindMatchingUntoleratedTaint`);
 * PreferNoSchedule taints never keep a pod off.
 */
export declare function missOn(profile: NodeChoice, pool: NodePool, nodeIndex: number): Miss | undefined;
/**
 * The controller's decision for every node of a pool: one verdict when the node selection asks
 * nothing that differs between the pool's nodes (their names and hostname labels), else one per node.
 */
export declare function missesOnPool(profile: NodeChoice, pool: NodePool): PoolVerdict;
export type PoolVerdict = {
    uniform: Miss | undefined;
} | {
    perNode: (Miss | undefined)[];
};
/** A node's labels: its pool's, plus its own (hostname). */
export declare function nodeLabels(pool: NodePool, nodeIndex: number): Readonly<Record<string, string>>;
/**
 * Whether a node meets a requirement, as `labels.Requirement.Matches` and the node field selector
 * decide (k8s.io/apimachinery/pkg/labels/selector.go; nodeaffinity.go). A malformed affinity
 * expression fails its term: `NewRequirement` refuses it and the controller treats the error
 * as no match. nodeSelector entries are plain equality (`SelectorFromValidatedSet`).
 */
export declare function matchesNode(requirement: NodeRequirement, labels: Readonly<Record<string, string>>, name: string): boolean;
/** `nodeSelector disktype=ssd`, `affinity topology.kubernetes.io/zone In [a, b]`, `nodeName worker-7`. */
export declare function describeRequirement(requirement: NodeRequirement): string;
