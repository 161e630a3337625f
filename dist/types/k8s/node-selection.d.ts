import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
/**
 * One condition a node must meet: a `nodeSelector` entry (read as `In [value]`), a
 * `matchExpressions`/`matchFields` item of a required node affinity term, or `nodeName`
 * (read as the field `metadata.name In [name]`).
 */
export interface NodeRequirement {
    /** Node labels for `nodeSelector` and `matchExpressions`, node fields for `matchFields` and `nodeName`. */
    on: 'label' | 'field';
    key: string;
    /** As written; one the API does not know matches no node. */
    operator: string;
    values: string[];
    /** Path from the DaemonSet root to the nodeSelector entry, expression or `nodeName`. */
    path: JsonPath;
}
/**
 * The nodes a pod template may run on, in the form the scheduler evaluates: a node qualifies when
 * it meets every requirement of at least one alternative. `nodeSelector` and `nodeName` are part
 * of every alternative; each required node affinity term adds one alternative (terms are ORed,
 * the expressions of a term ANDed). Preferred affinity never keeps a pod off a node and is left out.
 * https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity
 */
export interface NodeSelection {
    /** `[[]]` selects every node; `[]` selects none (every affinity term was empty). */
    alternatives: readonly (readonly NodeRequirement[])[];
}
export declare function nodeSelectionOf(daemonSet: DaemonSet): NodeSelection;
/**
 * What is known of a node's labels: a string is the label's value, `null` says the node does not
 * have the label, ANY_VALUE that it has the label with whatever value a requirement asks for (a
 * question about some node of the cluster, not one node). Labels not listed are unknown.
 */
export declare const ANY_VALUE: unique symbol;
export type PartialNodeLabels = Readonly<Record<string, string | null | typeof ANY_VALUE>>;
/** Three-valued: true (matches), false (cannot match), undefined (depends on what is unknown). */
export type Match = boolean | undefined;
/** Whether a node with these labels meets every requirement of the alternative. */
export declare function alternativeMatches(alternative: readonly NodeRequirement[], labels: PartialNodeLabels): Match;
/** Mirrors the label requirement semantics of k8s.io/apimachinery/pkg/labels (selector.go `Matches`). */
export declare function requirementMatches(requirement: NodeRequirement, labels: PartialNodeLabels): Match;
/**
 * The labels the kubelet sets from the node's platform, current and pre-1.14 spellings. Selecting
 * on them picks nodes by what they can run, not by their role in the cluster.
 * https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-os
 */
export declare const PLATFORM_LABELS: ReadonlySet<string>;
export declare const CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
/**
 * Whether the selection runs the pod on every node whose OS and architecture allow it: some
 * alternative asks nothing but platform labels.
 */
export declare function selectsEveryNode(selection: NodeSelection): boolean;
/**
 * How a pod template's node selection relates to control-plane nodes:
 * - `every-node`: it runs on every node of a platform, control-plane nodes included;
 * - `control-plane`: it asks for control-plane nodes by their label;
 * - `excluded`: no control-plane node can match (`DoesNotExist` on the label, Windows only, ...);
 * - `subset`: it selects nodes by other labels or by name, so whether a control-plane node
 *   qualifies depends on the cluster.
 */
export type ControlPlaneTargeting = 'every-node' | 'control-plane' | 'excluded' | 'subset';
export declare function controlPlaneTargeting(selection: NodeSelection): ControlPlaneTargeting;
/**
 * Whether some node could meet every requirement at once. Requirements are grouped by label (or
 * field) and each group is decided on its own; what is not known about labels is taken to be
 * possible, so the answer is false only when the requirements provably contradict each other:
 * `In` sets with no common value that passes the others, `Exists` and `DoesNotExist`, integer
 * bounds with no integer between them, an operator the API does not know.
 */
export declare function requirementsSatisfiable(requirements: readonly NodeRequirement[]): boolean;
/** Whether some node could be selected by both (one alternative of each that do not contradict). */
export declare function selectionsIntersect(a: NodeSelection, b: NodeSelection): boolean;
/** Where a pod template's pods may run: its node selection, and the tolerations that let it onto tainted nodes. */
export interface NodePlacement {
    selection: NodeSelection;
    tolerations: unknown;
}
export declare function placementOf(daemonSet: DaemonSet): NodePlacement;
/**
 * Whether the pods of both could run on one node, as far as the manifests tell: false only when
 * their node selections contradict each other, or every node both select is a control-plane node
 * and one of them does not tolerate the control-plane taint. The second case takes a node
 * labelled `node-role.kubernetes.io/control-plane` to carry the taint kubeadm (1.24 and later)
 * gives it; other taints are the cluster's choice and are not inferred from labels.
 */
export declare function mayShareNode(a: NodePlacement, b: NodePlacement): boolean;
