import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../engine/types.js';
import { POD_SPEC_PATH, asArray, asRecord, podSpecOf } from './containers.js';

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
  alternatives: NodeRequirement[][];
}

const REQUIRED_AFFINITY_PATH = [...POD_SPEC_PATH, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'] as const;

export function nodeSelectionOf(daemonSet: DaemonSet): NodeSelection {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
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

function integer(text: string): bigint | undefined {
  return /^[+-]?\d+$/.test(text) ? BigInt(text) : undefined;
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
