import type { NodeRequirement, NodeSelection } from '../k8s/node-selection.js';
import { labelKeyErrors, labelValueErrors } from '../k8s/selector.js';
import { tolerates } from '../k8s/tolerations.js';
import { memoizeByObject } from '../k8s/memoize.js';
import { bigintJson } from '../types/bigint-json.js';
import type { InventoryTaint, NodePool } from '../types/inventory.js';
import type { NodeChoice } from './profile.js';

/** Why the DaemonSet controller creates no pod for a node. */
export type Miss =
  /** Its node selection (nodeSelector, required node affinity, nodeName) does not match the node. */
  | { kind: 'selection'; detail: string; requirement?: NodeRequirement }
  /** A NoSchedule or NoExecute taint of the node is not tolerated; with NoExecute, a pod already there is evicted. */
  | { kind: 'taints'; taints: InventoryTaint[]; evicts: boolean };

/**
 * The DaemonSet controller's decision for a node (`NodeShouldRunDaemonPod` and `predicates` in
 * pkg/controller/daemon/daemon_controller.go): undefined when it creates a pod there, else why
 * not. First the node selection (nodeName, then nodeSelector ANDed with the required node
 * affinity, `RequiredNodeAffinity.Match`), then the taints with effect NoSchedule or NoExecute
 * against the template's and the controller's tolerations (`FindMatchingUntoleratedTaint`);
 * PreferNoSchedule taints never keep a pod off.
 */
export function missOn(profile: NodeChoice, pool: NodePool, nodeIndex: number): Miss | undefined {
  return missWith(profile, pool, nodeLabels(pool, nodeIndex), pool.nodes[nodeIndex]);
}

function missWith(profile: NodeChoice, pool: NodePool, labels: Readonly<Record<string, string>>, name: string): Miss | undefined {
  return selectionMiss(profile.selection, labels, name) ?? taintMiss(profile, pool.taints);
}

/**
 * The controller's decision for every node of a pool: one verdict when the node selection asks
 * nothing that differs between the pool's nodes (their names and hostname labels), else one per node.
 */
export function missesOnPool(profile: NodeChoice, pool: NodePool): PoolVerdict {
  // node-coverage, node-fit, the coverage report and hostport-conflict each ask for every DaemonSet
  // and pool, with profiles of their own: the answer is kept by what decides it.
  const known = verdictsOn(pool);
  const key = choiceKey(profile);
  let verdict = known.get(key);
  if (verdict === undefined) known.set(key, (verdict = verdictOn(profile, pool)));
  return verdict;
}

export type PoolVerdict = { uniform: Miss | undefined } | { perNode: (Miss | undefined)[] };

function verdictOn(profile: NodeChoice, pool: NodePool): PoolVerdict {
  // Nothing it asks names a node: the labels all nodes of the pool share decide.
  if (!dependsOnNode(profile.selection, pool)) return { uniform: missWith(profile, pool, pool.labels, pool.nodes[0]) };
  return { perNode: pool.nodes.map((_, i) => missOn(profile, pool, i)) };
}

/** A pool's verdicts, by the node selection and tolerations that decide them (as choiceKey writes them). */
const verdictsOn = memoizeByObject((_pool: NodePool) => new Map<string, PoolVerdict>());

/** What decides where the controller creates pods (where each requirement is written included: messages point there), as text. */
const choiceKey = memoizeByObject((choice: NodeChoice): string => bigintJson([choice.selection, choice.tolerations]));

function dependsOnNode(selection: NodeSelection, pool: NodePool): boolean {
  const own = ownLabelKeys(pool);
  return selection.alternatives.some((alternative) => alternative.some((r) => r.on === 'field' || own.has(r.key)));
}

/** The keys of the labels that name a pool's nodes, gathered once per pool. */
const ownLabelKeys = memoizeByObject((pool: NodePool): ReadonlySet<string> => {
  const keys = new Set<string>();
  for (const labels of pool.nodeLabels ?? []) for (const key in labels) keys.add(key);
  return keys;
});

/** A node's labels: its pool's, plus its own (hostname). */
export function nodeLabels(pool: NodePool, nodeIndex: number): Readonly<Record<string, string>> {
  const own = pool.nodeLabels?.[nodeIndex];
  return own && Object.keys(own).length > 0 ? { ...pool.labels, ...own } : pool.labels;
}

function taintMiss(profile: NodeChoice, taints: readonly InventoryTaint[]): Miss | undefined {
  let untolerated: InventoryTaint[] | undefined;
  for (const taint of taints) {
    if (taint.effect !== 'NoSchedule' && taint.effect !== 'NoExecute') continue;
    if (!tolerates(profile.tolerations, taint)) (untolerated ??= []).push(taint);
  }
  return untolerated ? { kind: 'taints', taints: untolerated, evicts: untolerated.some((t) => t.effect === 'NoExecute') } : undefined;
}

/** Undefined when some alternative of the selection matches the node; else why none does. */
function selectionMiss(selection: NodeSelection, labels: Readonly<Record<string, string>>, name: string): Miss | undefined {
  const { alternatives } = selection;
  let firstFailure: NodeRequirement | undefined;
  for (const alternative of alternatives) {
    const failed = alternative.find((r) => !matchesNode(r, labels, name));
    if (failed === undefined) return undefined;
    firstFailure ??= failed;
  }
  if (alternatives.length === 0) return { kind: 'selection', detail: 'its required node affinity has no term, which matches no node' };
  if (alternatives.length > 1) return { kind: 'selection', detail: `none of its ${alternatives.length} required node affinity terms matches` };
  const failure = firstFailure!;
  const why = isAffinityExpression(failure) && failure.on === 'label' && !wellFormed(failure) ? 'not a valid expression, which matches no node' : describeNodeValue(failure, labels, name);
  return { kind: 'selection', detail: `${describeRequirement(failure)} (${why})`, requirement: failure };
}

/**
 * Whether a node meets a requirement, as `labels.Requirement.Matches` and the node field selector
 * decide (k8s.io/apimachinery/pkg/labels/selector.go; nodeaffinity.go). A malformed affinity
 * expression fails its term: `NewRequirement` refuses it and the controller treats the error
 * as no match. nodeSelector entries are plain equality (`SelectorFromValidatedSet`).
 */
export function matchesNode(requirement: NodeRequirement, labels: Readonly<Record<string, string>>, name: string): boolean {
  const { operator, values } = requirement;
  if (requirement.on === 'field') {
    // Only metadata.name is a node field (`extractNodeFields`); In and NotIn take exactly one value.
    if ((operator !== 'In' && operator !== 'NotIn') || values.length !== 1) return false;
    const value = requirement.key === 'metadata.name' ? name : '';
    return operator === 'In' ? value === values[0] : value !== values[0];
  }
  if (isAffinityExpression(requirement) && !wellFormed(requirement)) return false;
  const value = Object.hasOwn(labels, requirement.key) ? labels[requirement.key] : undefined;
  switch (operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      // A label that is not an int64 matches neither (logged at V(10) upstream).
      const actual = value === undefined ? undefined : int64(value);
      const bound = values.length === 1 ? int64(values[0]) : undefined;
      if (actual === undefined || bound === undefined) return false;
      return operator === 'Gt' ? actual > bound : actual < bound;
    }
    default:
      return false;
  }
}

function isAffinityExpression(requirement: NodeRequirement): boolean {
  return requirement.path.includes('nodeSelectorTerms');
}

/** What `labels.NewRequirement` accepts: a valid key, values as the operator wants them, valid label values. */
function wellFormed(requirement: NodeRequirement): boolean {
  const { key, operator, values } = requirement;
  if (labelKeyErrors(key).length > 0) return false;
  switch (operator) {
    case 'In':
    case 'NotIn':
      return values.length > 0 && values.every((v) => labelValueErrors(v).length === 0);
    case 'Exists':
    case 'DoesNotExist':
      return values.length === 0;
    case 'Gt':
    case 'Lt':
      return values.length === 1 && int64(values[0]) !== undefined;
    default:
      return false;
  }
}

const INT64 = /^[+-]?\d+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64). */
function int64(text: string): bigint | undefined {
  if (!INT64.test(text)) return undefined;
  const n = BigInt(text);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

/** `nodeSelector disktype=ssd`, `affinity topology.kubernetes.io/zone In [a, b]`, `nodeName worker-7`. */
export function describeRequirement(requirement: NodeRequirement): string {
  const { key, operator, values, path } = requirement;
  if (path[path.length - 1] === 'nodeName') return `nodeName ${values[0]}`;
  if (!isAffinityExpression(requirement)) return `nodeSelector ${key}=${values[0] ?? ''}`;
  const list = values.length > 0 ? ` [${values.join(', ')}]` : '';
  return `affinity ${requirement.on === 'field' ? 'field ' : ''}${key} ${operator}${list}`;
}

function describeNodeValue(requirement: NodeRequirement, labels: Readonly<Record<string, string>>, name: string): string {
  if (requirement.on === 'field') return `node ${name}`;
  const value = labels[requirement.key];
  return value === undefined ? `no ${requirement.key} label` : `${requirement.key}=${value}`;
}
