import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, podSpecOf } from './containers.js';
import { asArray, asRecord } from './values.js';
import { CONTROL_PLANE_TAINT, tolerates } from './tolerations.js';

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

/** The selection of a pod template that constrains nothing; shared, so it must never be changed. */
const EVERY_NODE: NodeSelection = Object.freeze({ alternatives: Object.freeze([Object.freeze([])]) });

const REQUIRED_AFFINITY_PATH = [...POD_SPEC_PATH, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'] as const;

export function nodeSelectionOf(daemonSet: DaemonSet): NodeSelection {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  // Most DaemonSets run everywhere; they need no requirements built.
  if (podSpec === undefined || (podSpec.nodeSelector === undefined && podSpec.nodeName === undefined && podSpec.affinity === undefined)) {
    return EVERY_NODE;
  }
  const common: NodeRequirement[] = [];

  const nodeSelector = asRecord(podSpec?.nodeSelector);
  for (const [key, value] of Object.entries(nodeSelector ?? {})) {
    common.push({ on: 'label', key, operator: 'In', values: textValues([value]), path: [...POD_SPEC_PATH, 'nodeSelector', key] });
  }
  // A pod that names its node skips the scheduler, but the DaemonSet controller still creates it
  // only for that node (NodeShouldRunDaemonPod in pkg/controller/daemon/daemon_controller.go).
  if (typeof podSpec?.nodeName === 'string' && podSpec.nodeName !== '') {
    common.push({ on: 'field', key: 'metadata.name', operator: 'In', values: [podSpec.nodeName], path: [...POD_SPEC_PATH, 'nodeName'] });
  }

  const required = asRecord(asRecord(asRecord(podSpec?.affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution);
  const terms = asArray(required?.nodeSelectorTerms);
  // The API requires at least one term; without one the affinity constrains nothing here, and the
  // schema rule reports the manifest.
  if (terms.length === 0) return { alternatives: [common] };

  const alternatives: NodeRequirement[][] = [];
  terms.forEach((item, termIndex) => {
    const term = asRecord(item);
    const termPath = [...REQUIRED_AFFINITY_PATH, 'nodeSelectorTerms', termIndex];
    const own = [
      ...requirementsOf(term?.matchExpressions, 'label', [...termPath, 'matchExpressions']),
      ...requirementsOf(term?.matchFields, 'field', [...termPath, 'matchFields']),
    ];
    // "A null or empty node selector term matches no objects" (NodeSelectorTerm API doc).
    if (own.length > 0) alternatives.push([...common, ...own]);
  });
  return { alternatives };
}

function requirementsOf(list: unknown, on: NodeRequirement['on'], listPath: JsonPath): NodeRequirement[] {
  const out: NodeRequirement[] = [];
  asArray(list).forEach((item, index) => {
    const expression = asRecord(item);
    const path = [...listPath, index];
    // The scheduler fails a term with a malformed expression: kept with its operator missing,
    // it matches no node here either.
    const key = typeof expression?.key === 'string' ? expression.key : '';
    const operator = typeof expression?.operator === 'string' ? expression.operator : '';
    out.push({ on, key, operator, values: textValues(asArray(expression?.values)), path });
  });
  return out;
}

/** Label values as the API reads them: null is the empty string; YAML 1.1 booleans and numbers keep their text. */
function textValues(values: unknown[]): string[] {
  return values.flatMap((v) => {
    if (v === null || v === undefined) return [''];
    if (typeof v === 'string') return [v];
    if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
    return [];
  });
}

/**
 * What is known of a node's labels: a string is the label's value, `null` says the node does not
 * have the label, ANY_VALUE that it has the label with whatever value a requirement asks for (a
 * question about some node of the cluster, not one node). Labels not listed are unknown.
 */
export const ANY_VALUE = Symbol('any value');
export type PartialNodeLabels = Readonly<Record<string, string | null | typeof ANY_VALUE>>;

/** Three-valued: true (matches), false (cannot match), undefined (depends on what is unknown). */
export type Match = boolean | undefined;

/** Whether a node with these labels meets every requirement of the alternative. */
export function alternativeMatches(alternative: readonly NodeRequirement[], labels: PartialNodeLabels): Match {
  let answer: Match = true;
  for (const requirement of alternative) {
    const match = requirementMatches(requirement, labels);
    if (match === false) return false;
    if (match === undefined) answer = undefined;
  }
  return answer;
}

/** Mirrors the label requirement semantics of k8s.io/apimachinery/pkg/labels (selector.go `Matches`). */
export function requirementMatches(requirement: NodeRequirement, labels: PartialNodeLabels): Match {
  if (!KNOWN_OPERATORS.has(requirement.operator)) return false;
  if (requirement.on === 'field' || !Object.hasOwn(labels, requirement.key)) return undefined;
  const value = labels[requirement.key];
  const { operator, values } = requirement;
  if (value === null) return operator === 'NotIn' || operator === 'DoesNotExist';
  if (value === ANY_VALUE) {
    switch (operator) {
      case 'In':
        return values.length > 0;
      case 'DoesNotExist':
        return false;
      default:
        return true;
    }
  }
  switch (operator) {
    case 'In':
      return values.includes(value);
    case 'NotIn':
      return !values.includes(value);
    case 'Exists':
      return true;
    case 'DoesNotExist':
      return false;
    default: {
      // Gt/Lt compare the label and their single value as integers; a value that is not one
      // matches no node.
      const label = integer(value);
      const bound = values.length === 1 ? integer(values[0]) : undefined;
      if (label === undefined || bound === undefined) return false;
      return operator === 'Gt' ? label > bound : label < bound;
    }
  }
}

const INTEGER = /^[+-]?\d+$/;

function integer(text: string): bigint | undefined {
  return INTEGER.test(text) ? BigInt(text) : undefined;
}

const KNOWN_OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

/**
 * The labels the kubelet sets from the node's platform, current and pre-1.14 spellings. Selecting
 * on them picks nodes by what they can run, not by their role in the cluster.
 * https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-os
 */
export const PLATFORM_LABELS: ReadonlySet<string> = new Set([
  'kubernetes.io/os',
  'kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'beta.kubernetes.io/arch',
]);

export const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

/**
 * Whether the selection runs the pod on every node whose OS and architecture allow it: some
 * alternative asks nothing but platform labels.
 */
export function selectsEveryNode(selection: NodeSelection): boolean {
  return selection.alternatives.some((alternative) => alternative.every((r) => r.on === 'label' && PLATFORM_LABELS.has(r.key)));
}

/**
 * A control-plane node as kubeadm makes it: labelled `node-role.kubernetes.io/control-plane: ""`,
 * running Linux (the control plane does not run on Windows,
 * https://kubernetes.io/docs/concepts/windows/intro/), on any architecture. Every other label is
 * unknown.
 */
const CONTROL_PLANE_NODE: PartialNodeLabels = {
  [CONTROL_PLANE_LABEL]: '',
  'kubernetes.io/os': 'linux',
  'beta.kubernetes.io/os': 'linux',
  'kubernetes.io/arch': ANY_VALUE,
  'beta.kubernetes.io/arch': ANY_VALUE,
};

/**
 * How a pod template's node selection relates to control-plane nodes:
 * - `every-node`: it runs on every node of a platform, control-plane nodes included;
 * - `control-plane`: it asks for control-plane nodes by their label;
 * - `excluded`: no control-plane node can match (`DoesNotExist` on the label, Windows only, ...);
 * - `subset`: it selects nodes by other labels or by name, so whether a control-plane node
 *   qualifies depends on the cluster.
 */
export type ControlPlaneTargeting = 'every-node' | 'control-plane' | 'excluded' | 'subset';

export function controlPlaneTargeting(selection: NodeSelection): ControlPlaneTargeting {
  let unknown = false;
  let matched: ControlPlaneTargeting | undefined;
  for (const alternative of selection.alternatives) {
    const match = alternativeMatches(alternative, CONTROL_PLANE_NODE);
    if (match === false) continue;
    // Whatever else such an alternative asks, every node it selects is a control-plane node:
    // its pods run only where they tolerate the taint.
    if (alternative.some(asksForControlPlane)) return 'control-plane';
    if (match === undefined) unknown = true;
    else matched = 'every-node';
  }
  return matched ?? (unknown ? 'subset' : 'excluded');
}

function asksForControlPlane(requirement: NodeRequirement): boolean {
  return requirement.on === 'label' && requirement.key === CONTROL_PLANE_LABEL && (requirement.operator === 'In' || requirement.operator === 'Exists');
}

/**
 * Labels the kubelet sets on every node and keeps set (kubelet_node_status.go): a requirement
 * that they be missing matches no node. The beta spellings carry the same value as the stable
 * ones, so both are compared as one label.
 */
const KUBELET_LABELS: Readonly<Record<string, string>> = {
  'kubernetes.io/os': 'kubernetes.io/os',
  'beta.kubernetes.io/os': 'kubernetes.io/os',
  'kubernetes.io/arch': 'kubernetes.io/arch',
  'beta.kubernetes.io/arch': 'kubernetes.io/arch',
  'kubernetes.io/hostname': 'kubernetes.io/hostname',
};

/**
 * Whether some node could meet every requirement at once. Requirements are grouped by label (or
 * field) and each group is decided on its own; what is not known about labels is taken to be
 * possible, so the answer is false only when the requirements provably contradict each other:
 * `In` sets with no common value that passes the others, `Exists` and `DoesNotExist`, integer
 * bounds with no integer between them, an operator the API does not know.
 */
export function requirementsSatisfiable(requirements: readonly NodeRequirement[]): boolean {
  const groups = new Map<string, NodeRequirement[]>();
  for (const requirement of requirements) {
    const key = requirement.on === 'field' ? `field:${requirement.key}` : `label:${KUBELET_LABELS[requirement.key] ?? requirement.key}`;
    const group = groups.get(key);
    if (group) group.push(requirement);
    else groups.set(key, [requirement]);
  }
  for (const [key, group] of groups) {
    // A node always has its name, and the kubelet's own labels.
    const alwaysPresent = key.startsWith('field:') || Object.hasOwn(KUBELET_LABELS, key.slice('label:'.length));
    if (!groupSatisfiable(group, alwaysPresent)) return false;
  }
  return true;
}

function groupSatisfiable(group: readonly NodeRequirement[], alwaysPresent: boolean): boolean {
  if (group.some((r) => !KNOWN_OPERATORS.has(r.operator))) return false;
  // A node without the label meets NotIn and DoesNotExist, and nothing else.
  if (!alwaysPresent && group.every((r) => r.operator === 'NotIn' || r.operator === 'DoesNotExist')) return true;
  if (group.some((r) => r.operator === 'DoesNotExist')) return false;
  const inSets = group.filter((r) => r.operator === 'In');
  if (inSets.length > 0) {
    // The value is one of the first set's: try each against every requirement.
    return inSets[0].values.some((value) => group.every((r) => valueMatches(r, value)));
  }
  // Any value is possible but for integer bounds. NotIn lists finitely many values, and an
  // integer has more than one spelling ("5", "05"), so it never rules out a whole range.
  let low: bigint | undefined;
  let high: bigint | undefined;
  for (const r of group) {
    if (r.operator !== 'Gt' && r.operator !== 'Lt') continue;
    const bound = r.values.length === 1 ? integer(r.values[0]) : undefined;
    if (bound === undefined) return false;
    if (r.operator === 'Gt') low = low === undefined || bound > low ? bound : low;
    else high = high === undefined || bound < high ? bound : high;
  }
  return low === undefined || high === undefined || high - low >= 2n;
}

/** Whether a present label (or field) with this value meets the requirement. */
function valueMatches(requirement: NodeRequirement, value: string): boolean {
  switch (requirement.operator) {
    case 'In':
      return requirement.values.includes(value);
    case 'NotIn':
      return !requirement.values.includes(value);
    case 'Exists':
      return true;
    case 'Gt':
    case 'Lt': {
      const label = integer(value);
      const bound = requirement.values.length === 1 ? integer(requirement.values[0]) : undefined;
      if (label === undefined || bound === undefined) return false;
      return requirement.operator === 'Gt' ? label > bound : label < bound;
    }
    default:
      return false;
  }
}

/** Whether some node could be selected by both (one alternative of each that do not contradict). */
export function selectionsIntersect(a: NodeSelection, b: NodeSelection): boolean {
  return a.alternatives.some((x) => b.alternatives.some((y) => requirementsSatisfiable([...x, ...y])));
}

/** Where a pod template's pods may run: its node selection, and the tolerations that let it onto tainted nodes. */
export interface NodePlacement {
  selection: NodeSelection;
  tolerations: unknown;
}

export function placementOf(daemonSet: DaemonSet): NodePlacement {
  return { selection: nodeSelectionOf(daemonSet), tolerations: (podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.tolerations };
}

/**
 * Whether the pods of both could run on one node, as far as the manifests tell: false only when
 * their node selections contradict each other, or every node both select is a control-plane node
 * and one of them does not tolerate the control-plane taint. The second case takes a node
 * labelled `node-role.kubernetes.io/control-plane` to carry the taint kubeadm (1.24 and later)
 * gives it; other taints are the cluster's choice and are not inferred from labels.
 */
export function mayShareNode(a: NodePlacement, b: NodePlacement): boolean {
  const bothTolerate = tolerates(a.tolerations, CONTROL_PLANE_TAINT) && tolerates(b.tolerations, CONTROL_PLANE_TAINT);
  return a.selection.alternatives.some((x) =>
    b.selection.alternatives.some((y) => {
      const both = [...x, ...y];
      if (!requirementsSatisfiable(both)) return false;
      return bothTolerate || !both.some(asksForControlPlaneNode);
    }),
  );
}

/** A requirement only a node with the control-plane label meets (its value is free; kubeadm sets it empty). */
function asksForControlPlaneNode(requirement: NodeRequirement): boolean {
  return requirement.on === 'label' && requirement.key === CONTROL_PLANE_LABEL && ONLY_WITH_LABEL.has(requirement.operator);
}

const ONLY_WITH_LABEL: ReadonlySet<string> = new Set(['In', 'Exists', 'Gt', 'Lt']);
