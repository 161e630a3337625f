import { readSelector, requirementMatches, type ReadSelector } from '../k8s/selector.js';
import type { MatchResourcesSpec, RuleSpec } from './model.js';

/**
 * Whether a policy (its matchConstraints) or a binding (its matchResources) applies to a
 * DaemonSet being created, as the API server decides (admission/plugin/policy/matching and the
 * webhook rule and namespace predicates): excludeResourceRules, then resourceRules, then the
 * namespace and object selectors. The request is `CREATE apps/v1 daemonsets` in the DaemonSet's
 * namespace; a DaemonSet is namespaced.
 *
 * Offline, a namespace's labels may be unknown (the Namespace is not in the input and the
 * configuration does not give them): a selector that depends on them is then `unknown`, never
 * guessed.
 */
export type Match = boolean | 'unknown';

export interface MatchTarget {
  name: string;
  namespace: string;
  /** The DaemonSet's own labels (metadata.labels), for objectSelector. */
  labels: Readonly<Record<string, string>>;
  namespaceLabels: NamespaceLabels;
}

/** A namespace's labels; `complete` is false when only the labels the API server sets itself are known. */
export interface NamespaceLabels {
  labels: Readonly<Record<string, string>>;
  complete: boolean;
}

const REQUEST = { group: 'apps', version: 'v1', resource: 'daemonsets', operation: 'CREATE' } as const;

export function matchesResources(match: MatchResourcesSpec, target: MatchTarget, isBinding: boolean): Match {
  let rules = ruleSets.get(match);
  if (rules === undefined) {
    // Only resourceNames depend on the DaemonSet: the rest is decided once per policy or binding.
    const relevant = (list: readonly RuleSpec[]) => list.filter((rule) => ruleMatches({ ...rule, resourceNames: [] }, ''));
    rules = { exclude: relevant(match.excludeResourceRules), include: relevant(match.resourceRules) };
    ruleSets.set(match, rules);
  }
  if (rules.exclude.some((rule) => rule.resourceNames.length === 0 || rule.resourceNames.includes(target.name))) return false;
  // A binding without resource rules narrows nothing; a policy without them matches nothing (and is invalid).
  const unconstrained = isBinding && match.resourceRules.length === 0;
  if (!unconstrained && !rules.include.some((rule) => rule.resourceNames.length === 0 || rule.resourceNames.includes(target.name))) return false;
  const objectMatch = selects(match.objectSelector, { labels: target.labels, complete: true });
  if (objectMatch === false) return false;
  const namespaceMatch = selects(match.namespaceSelector, target.namespaceLabels);
  if (namespaceMatch === false) return false;
  return objectMatch === 'unknown' || namespaceMatch === 'unknown' ? 'unknown' : true;
}

const ruleSets = new WeakMap<MatchResourcesSpec, { exclude: RuleSpec[]; include: RuleSpec[] }>();

function any(values: readonly string[], value: string): boolean {
  return values.includes('*') || values.includes(value);
}

/** A rule of resourceRules: every list names what it matches, `*` matches all. */
export function ruleMatches(rule: RuleSpec, name: string): boolean {
  if (!any(rule.operations, REQUEST.operation)) return false;
  if (!any(rule.apiGroups, REQUEST.group) || !any(rule.apiVersions, REQUEST.version)) return false;
  // `*` is every resource but no subresource; `*/*` every resource and subresource; `x/*` only x's subresources.
  if (!rule.resources.some((r) => r === '*' || r === '*/*' || r === REQUEST.resource)) return false;
  if (rule.scope !== '*' && rule.scope !== 'Namespaced') return false;
  return rule.resourceNames.length === 0 || rule.resourceNames.includes(name);
}

/**
 * A label selector against labels, with three outcomes: a missing or empty selector selects
 * everything; a selector the API would reject selects nothing; a requirement on a label whose
 * value is not known makes the outcome unknown unless another requirement already fails.
 */
export function selects(selector: Record<string, unknown> | undefined, labels: NamespaceLabels): Match {
  if (selector === undefined) return true;
  let read = readSelectors.get(selector);
  if (read === undefined) {
    read = readSelector(selector);
    readSelectors.set(selector, read);
  }
  if (read.malformed || read.issues.length > 0) return false;
  let unknown = false;
  for (const { requirement } of read.requirements) {
    if (!labels.complete && !Object.hasOwn(labels.labels, requirement.key)) {
      unknown = true;
      continue;
    }
    if (!requirementMatches(requirement, labels.labels)) return false;
  }
  return unknown ? 'unknown' : true;
}

/** A policy's selectors are read once, not once for every DaemonSet. */
const readSelectors = new WeakMap<Record<string, unknown>, ReadSelector>();

/** The label the API server puts on every namespace (from 1.21): its name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
