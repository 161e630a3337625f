import { asArray, asRecord } from '../k8s/values.js';
import type { JsonPath } from '../types/finding.js';

/**
 * ValidatingAdmissionPolicy and ValidatingAdmissionPolicyBinding objects as the API server reads
 * them (admissionregistration.k8s.io v1, GA in 1.30; v1beta1 and v1alpha1 have the same fields),
 * with what its validation would refuse. Plain data: read in the pass over the documents (maybe
 * on a worker thread) and kept to the end of the run.
 */
export const ADMISSION_GROUP = 'admissionregistration.k8s.io';
export const POLICY_KIND = 'ValidatingAdmissionPolicy';
export const BINDING_KIND = 'ValidatingAdmissionPolicyBinding';
const VERSIONS = ['v1', 'v1beta1', 'v1alpha1'];

export function isAdmissionObject(apiVersion: unknown, kind: unknown): boolean {
  if (kind !== POLICY_KIND && kind !== BINDING_KIND) return false;
  if (typeof apiVersion !== 'string') return false;
  const [group, version] = apiVersion.split('/');
  return group === ADMISSION_GROUP && VERSIONS.includes(version);
}

/** An expression of a policy, with where it is (path from the object's root to the expression's scalar). */
export interface ExpressionSpec {
  expression: string;
  path: JsonPath;
}

export interface ValidationSpec extends ExpressionSpec {
  index: number;
  message?: string;
  messageExpression?: ExpressionSpec;
  reason: string;
}

export interface NamedExpression extends ExpressionSpec {
  name: string;
}

export interface RuleSpec {
  apiGroups: string[];
  apiVersions: string[];
  resources: string[];
  operations: string[];
  scope: string;
  resourceNames: string[];
}

export interface MatchResourcesSpec {
  namespaceSelector?: Record<string, unknown>;
  objectSelector?: Record<string, unknown>;
  resourceRules: RuleSpec[];
  excludeResourceRules: RuleSpec[];
}

export interface PolicySpec {
  name: string;
  failurePolicy: 'Fail' | 'Ignore';
  paramKind?: { apiVersion: string; kind: string };
  matchConstraints?: MatchResourcesSpec;
  matchConditions: NamedExpression[];
  variables: NamedExpression[];
  validations: ValidationSpec[];
  auditAnnotations: (ExpressionSpec & { key: string })[];
}

export interface ParamRefSpec {
  name?: string;
  namespace?: string;
  selector?: Record<string, unknown>;
  parameterNotFoundAction: 'Allow' | 'Deny';
}

export type ValidationAction = 'Deny' | 'Warn' | 'Audit';

export interface BindingSpec {
  name: string;
  policyName: string;
  paramRef?: ParamRefSpec;
  matchResources?: MatchResourcesSpec;
  validationActions: ValidationAction[];
}

/** Something the API server's validation would refuse, at a path of the object. */
export interface SpecIssue {
  path: JsonPath;
  message: string;
}

const REASONS = ['Unauthorized', 'Forbidden', 'Invalid', 'RequestEntityTooLarge'];
const ACTIONS: readonly ValidationAction[] = ['Deny', 'Warn', 'Audit'];

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

function readRules(value: unknown): RuleSpec[] {
  return asArray(value).flatMap((entry) => {
    const rule = asRecord(entry);
    if (!rule) return [];
    return [
      {
        apiGroups: strings(rule.apiGroups),
        apiVersions: strings(rule.apiVersions),
        resources: strings(rule.resources),
        operations: strings(rule.operations),
        scope: text(rule.scope) ?? '*',
        resourceNames: strings(rule.resourceNames),
      },
    ];
  });
}

function readMatchResources(value: unknown): MatchResourcesSpec | undefined {
  const match = asRecord(value);
  if (!match) return undefined;
  const out: MatchResourcesSpec = { resourceRules: readRules(match.resourceRules), excludeResourceRules: readRules(match.excludeResourceRules) };
  const namespaceSelector = asRecord(match.namespaceSelector);
  if (namespaceSelector) out.namespaceSelector = namespaceSelector;
  const objectSelector = asRecord(match.objectSelector);
  if (objectSelector) out.objectSelector = objectSelector;
  return out;
}

function readNamed(value: unknown, field: string, key: 'expression' | 'valueExpression', issues: SpecIssue[]): NamedExpression[] {
  return asArray(value).flatMap((entry, i) => {
    const item = asRecord(entry);
    const expression = text(item?.[key]);
    if (expression === undefined || expression.trim() === '') {
      issues.push({ path: ['spec', field, i], message: `spec.${field}[${i}].${key}: Required value` });
      return [];
    }
    return [{ name: text(item?.name) ?? text(item?.key) ?? '', expression, path: ['spec', field, i, key] }];
  });
}

/** Reads a ValidatingAdmissionPolicy; `issues` gets what the API server would refuse in it. */
export function readPolicy(value: Record<string, unknown>, issues: SpecIssue[]): PolicySpec {
  const metadata = asRecord(value.metadata) ?? {};
  const spec = asRecord(value.spec) ?? {};
  const failurePolicy = spec.failurePolicy ?? 'Fail';
  if (failurePolicy !== 'Fail' && failurePolicy !== 'Ignore') {
    issues.push({ path: ['spec', 'failurePolicy'], message: `spec.failurePolicy: Unsupported value: ${JSON.stringify(failurePolicy)}: supported values: "Fail", "Ignore"` });
  }
  const policy: PolicySpec = {
    name: text(metadata.name) ?? '',
    failurePolicy: failurePolicy === 'Ignore' ? 'Ignore' : 'Fail',
    matchConditions: readNamed(spec.matchConditions, 'matchConditions', 'expression', issues),
    variables: readNamed(spec.variables, 'variables', 'expression', issues),
    validations: [],
    auditAnnotations: readNamed(spec.auditAnnotations, 'auditAnnotations', 'valueExpression', issues).map((a) => ({ ...a, key: a.name })),
  };
  const paramKind = asRecord(spec.paramKind);
  if (paramKind) {
    const apiVersion = text(paramKind.apiVersion);
    const kind = text(paramKind.kind);
    if (apiVersion && kind) policy.paramKind = { apiVersion, kind };
    else issues.push({ path: ['spec', 'paramKind'], message: 'spec.paramKind: apiVersion and kind are required' });
  }
  const matchConstraints = readMatchResources(spec.matchConstraints);
  if (matchConstraints) policy.matchConstraints = matchConstraints;
  else issues.push({ path: ['spec'], message: 'spec.matchConstraints: Required value' });
  if (matchConstraints && matchConstraints.resourceRules.length === 0) {
    issues.push({ path: ['spec', 'matchConstraints'], message: 'spec.matchConstraints.resourceRules: Required value' });
  }
  asArray(spec.validations).forEach((entry, index) => {
    const item = asRecord(entry) ?? {};
    const expression = text(item.expression);
    if (expression === undefined || expression.trim() === '') {
      issues.push({ path: ['spec', 'validations', index], message: `spec.validations[${index}].expression: Required value` });
      return;
    }
    const reason = text(item.reason) ?? 'Invalid';
    if (!REASONS.includes(reason)) {
      issues.push({ path: ['spec', 'validations', index, 'reason'], message: `spec.validations[${index}].reason: Unsupported value: ${JSON.stringify(reason)}: supported values: ${REASONS.map((r) => `"${r}"`).join(', ')}` });
    }
    const validation: ValidationSpec = { index, expression, path: ['spec', 'validations', index, 'expression'], reason };
    const message = text(item.message);
    if (message !== undefined) {
      if (/[\r\n]/.test(message)) issues.push({ path: ['spec', 'validations', index, 'message'], message: `spec.validations[${index}].message: Invalid value: message must not contain line breaks` });
      validation.message = message;
    }
    const messageExpression = text(item.messageExpression);
    if (messageExpression !== undefined && messageExpression.trim() !== '') {
      validation.messageExpression = { expression: messageExpression, path: ['spec', 'validations', index, 'messageExpression'] };
    }
    policy.validations.push(validation);
  });
  if (policy.validations.length === 0 && policy.auditAnnotations.length === 0) {
    issues.push({ path: ['spec'], message: 'spec: Required value: validations or auditAnnotations must contain at least one item' });
  }
  return policy;
}

/** Reads a ValidatingAdmissionPolicyBinding; `issues` gets what the API server would refuse in it. */
export function readBinding(value: Record<string, unknown>, issues: SpecIssue[]): BindingSpec {
  const metadata = asRecord(value.metadata) ?? {};
  const spec = asRecord(value.spec) ?? {};
  const binding: BindingSpec = { name: text(metadata.name) ?? '', policyName: text(spec.policyName) ?? '', validationActions: [] };
  if (binding.policyName === '') issues.push({ path: ['spec'], message: 'spec.policyName: Required value' });
  const actions = strings(spec.validationActions);
  for (const action of actions) {
    if (!(ACTIONS as readonly string[]).includes(action)) {
      issues.push({ path: ['spec', 'validationActions'], message: `spec.validationActions: Unsupported value: ${JSON.stringify(action)}: supported values: "Audit", "Deny", "Warn"` });
    } else if (!binding.validationActions.includes(action as ValidationAction)) binding.validationActions.push(action as ValidationAction);
  }
  if (actions.length === 0) issues.push({ path: ['spec'], message: 'spec.validationActions: Required value: at least one validation action is required' });
  else if (new Set(actions).size !== actions.length) issues.push({ path: ['spec', 'validationActions'], message: 'spec.validationActions: Duplicate value' });
  if (binding.validationActions.includes('Deny') && binding.validationActions.includes('Warn')) {
    issues.push({ path: ['spec', 'validationActions'], message: 'spec.validationActions: Invalid value: must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)' });
  }
  const paramRef = asRecord(spec.paramRef);
  if (paramRef) {
    const action = paramRef.parameterNotFoundAction ?? 'Deny';
    const ref: ParamRefSpec = { parameterNotFoundAction: action === 'Allow' ? 'Allow' : 'Deny' };
    const name = text(paramRef.name);
    if (name) ref.name = name;
    const namespace = text(paramRef.namespace);
    if (namespace) ref.namespace = namespace;
    const selector = asRecord(paramRef.selector);
    if (selector) ref.selector = selector;
    if (name && selector) issues.push({ path: ['spec', 'paramRef'], message: 'spec.paramRef: Forbidden: name and selector are mutually exclusive' });
    if (!name && !selector) issues.push({ path: ['spec', 'paramRef'], message: 'spec.paramRef: Required value: one of name or selector must be set' });
    binding.paramRef = ref;
  }
  const matchResources = readMatchResources(spec.matchResources);
  if (matchResources) binding.matchResources = matchResources;
  return binding;
}

/** A Namespace of the input, as much of it as `namespaceObject` shows a policy. */
export interface NamespaceInfo {
  name: string;
  labels: Record<string, string>;
  value: Record<string, unknown>;
}

/**
 * What admission-policy keeps of each object of the input until the end of the run: policies
 * and bindings read, a Namespace's labels, nothing of a DaemonSet (it is read again in full when
 * a policy applies), and of any other object its labels (it may be a param, found by selector).
 */
export type Collected =
  | { role: 'policy'; policy: PolicySpec; issues: SpecIssue[] }
  | { role: 'binding'; binding: BindingSpec; issues: SpecIssue[] }
  | { role: 'namespace'; namespace: NamespaceInfo }
  | { role: 'daemonSet' }
  | { role: 'other'; labels?: Record<string, string> };

const NAMESPACE_FIELDS = ['name', 'generateName', 'labels', 'annotations', 'uid', 'creationTimestamp', 'resourceVersion', 'generation', 'finalizers'];

export function collectForPolicies(value: Record<string, unknown>): Collected {
  const { apiVersion, kind } = value;
  if (kind === 'DaemonSet') return DAEMON_SET;
  if (isAdmissionObject(apiVersion, kind)) {
    const issues: SpecIssue[] = [];
    return kind === POLICY_KIND ? { role: 'policy', policy: readPolicy(value, issues), issues } : { role: 'binding', binding: readBinding(value, issues), issues };
  }
  const metadata = asRecord(value.metadata);
  const labels = stringMap(metadata?.labels);
  if (kind === 'Namespace' && apiVersion === 'v1' && typeof metadata?.name === 'string') {
    const kept: Record<string, unknown> = { apiVersion, kind, metadata: Object.fromEntries(NAMESPACE_FIELDS.filter((f) => metadata[f] !== undefined).map((f) => [f, metadata[f]])) };
    if (value.spec !== undefined) kept.spec = value.spec;
    if (value.status !== undefined) kept.status = value.status;
    return { role: 'namespace', namespace: { name: metadata.name, labels: labels ?? {}, value: kept } };
  }
  return labels ? { role: 'other', labels } : OTHER;
}

// Frozen: a run keeps one of these for every object, and shares a frozen one (run/compact-copy.ts).
const DAEMON_SET: Collected = Object.freeze({ role: 'daemonSet' });
const OTHER: Collected = Object.freeze({ role: 'other' });

function stringMap(value: unknown): Record<string, string> | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(record)) if (typeof record[key] === 'string') out[key] = record[key];
  return out;
}
