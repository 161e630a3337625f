import { kubeMinor } from './versions.js';
import { compilePolicy, type CompiledPolicy } from './compile-policy.js';
import { applyDaemonSetDefaults } from './defaults.js';
import { evaluatePolicy, type Activation, type Outcome } from './evaluate.js';
import { violationPath } from './locate.js';
import { matchesResources, NAMESPACE_NAME_LABEL, type Match, type NamespaceLabels } from './match.js';
import type { BindingSpec, Collected, NamespaceInfo, ValidationAction } from './model.js';
import { celMap, PartialMap, toCel, type CelMap, type CelValue } from './cel/values.js';
import { selectorMatches } from '../k8s/selector.js';
import { asRecord } from '../k8s/values.js';
import type { JsonPath, Severity } from '../types/finding.js';
import { bounded, fieldName } from './fields.js';
import type { InputObject, InputReportDescriptor, InputRuleContext } from '../types/rule.js';

/**
 * The admission-policy rule's work once the input holds policies (loaded only then, with the CEL
 * engine): every DaemonSet through every ValidatingAdmissionPolicy whose bindings match it, as
 * the API server would on `kubectl apply` (a CREATE), and what is wrong with the policies and
 * bindings themselves.
 */
export interface PolicyOptions {
  /** Labels of namespaces the input has no Namespace for, by namespace. */
  namespaces: Record<string, Record<string, string>>;
  /** Where a DaemonSet without metadata.namespace goes (kubectl's default). */
  defaultNamespace: string;
  /** Who `request.userInfo` says applies the manifests. */
  userInfo: { username: string; uid?: string; groups: string[] };
}

type Input = InputObject<Collected>;
type Policy = InputObject<Extract<Collected, { role: 'policy' }>>;
type Binding = InputObject<Extract<Collected, { role: 'binding' }>>;

const SEVERITY_OF: Record<ValidationAction, Severity> = { Deny: 'error', Warn: 'warning', Audit: 'info' };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Known namespaced kinds a paramKind may name (a custom resource's scope shows in its objects). */
const NAMESPACED_PARAM_KINDS = new Set(['v1/ConfigMap', 'v1/Secret']);

export function checkPolicies(objects: readonly Input[], context: InputRuleContext<PolicyOptions>): void {
  const minor = kubeMinor(context.kubeVersion);
  const policies: Policy[] = [];
  const bindings: Binding[] = [];
  const namespaces = new Map<string, NamespaceInfo>();
  const daemonSets: Input[] = [];
  const others: Input[] = [];
  for (const object of objects) {
    const kept = object.value;
    if (kept.role === 'policy') policies.push(object as Policy);
    else if (kept.role === 'binding') bindings.push(object as Binding);
    else if (kept.role === 'namespace') namespaces.set(kept.namespace.name, kept.namespace);
    else if (kept.role === 'daemonSet') daemonSets.push(object);
    else others.push(object);
  }
  const report = (descriptor: InputReportDescriptor): void => context.report(descriptor);

  // The policies and bindings themselves: what the API server would refuse to create.
  const usable = new Map<string, { object: Policy; compiled: CompiledPolicy }>();
  for (const object of policies) {
    const { policy, issues } = object.value;
    for (const issue of issues) report({ object, path: issue.path, messageId: 'invalidPolicy', data: { kind: 'ValidatingAdmissionPolicy', name: policy.name, issue: issue.message } });
    const compiled = compilePolicy(policy, minor);
    for (const error of compiled.errors) {
      report({
        object,
        path: error.path,
        messageId: 'compileError',
        data: { policy: policy.name, field: fieldName(error.path), message: bounded(error.message, 160) },
        ...(error.end > error.start || error.start > 0 ? { within: { start: error.start, end: error.end } } : {}),
      });
    }
    if (issues.length === 0 && compiled.errors.length === 0 && policy.name !== '') usable.set(policy.name, { object, compiled });
  }
  const bindingsOf = new Map<string, Binding[]>();
  for (const object of bindings) {
    const { binding, issues } = object.value;
    for (const issue of issues) report({ object, path: issue.path, messageId: 'invalidBinding', data: { kind: 'ValidatingAdmissionPolicyBinding', name: binding.name, issue: issue.message } });
    if (issues.length > 0) continue;
    if (!policies.some((p) => p.value.policy.name === binding.policyName)) {
      report({ object, path: ['spec', 'policyName'], at: 'value', messageId: 'unknownPolicy', data: { binding: binding.name, policy: binding.policyName }, severity: 'info' });
      continue;
    }
    const list = bindingsOf.get(binding.policyName) ?? [];
    list.push(object);
    bindingsOf.set(binding.policyName, list);
  }
  for (const object of policies) {
    if (!bindingsOf.has(object.value.policy.name)) report({ object, path: ['metadata', 'name'], messageId: 'unbound', data: { policy: object.value.policy.name }, severity: 'info' });
  }
  if (usable.size === 0) return;

  const options = context.options;
  const namespaceObjects = new Map<string, { labels: NamespaceLabels; value: CelValue }>();
  const namespaceOf = (name: string): { labels: NamespaceLabels; value: CelValue } => {
    let known = namespaceObjects.get(name);
    if (known === undefined) {
      known = namespaceKnowledge(name, namespaces.get(name), options.namespaces[name]);
      namespaceObjects.set(name, known);
    }
    return known;
  };
  const params = new ParamIndex(others, (object) => context.read(object));

  for (const daemonSet of daemonSets) {
    const value = context.read(daemonSet);
    if (!value) continue;
    const metadata = asRecord(value.metadata) ?? {};
    const name = typeof metadata.name === 'string' ? metadata.name : '';
    const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : options.defaultNamespace;
    const ns = namespaceOf(namespace);
    const target = { name, namespace, labels: stringLabels(metadata.labels), namespaceLabels: ns.labels };
    // Converted (and defaulted) once, and only when some policy applies.
    let celObject: CelMap | undefined;
    let request: CelValue | undefined;
    const objectValue = (): CelMap => {
      if (celObject === undefined) {
        celObject = toCel(value) as CelMap;
        applyDaemonSetDefaults(celObject, namespace);
      }
      return celObject;
    };

    for (const { object: policyObject, compiled } of usable.values()) {
      const policy = compiled.spec;
      const policyMatch = matchesResources(policy.matchConstraints!, target, false);
      if (policyMatch === false) continue;
      for (const bindingObject of bindingsOf.get(policy.name) ?? []) {
        const binding = bindingObject.value.binding;
        const match: Match = policyMatch === 'unknown' ? 'unknown' : binding.matchResources ? matchesResources(binding.matchResources, target, true) : true;
        if (match === false) continue;
        const data = { policy: policy.name, binding: binding.name };
        const bindingPlace = { object: bindingObject, path: NAME, message: `ValidatingAdmissionPolicyBinding ${binding.name}` };
        const policyPlace = (path: JsonPath) => ({ object: policyObject, path, message: `${fieldName(path)} of ValidatingAdmissionPolicy ${policy.name}` });
        const placeOf = (outcome: Outcome) =>
          outcome.kind === 'error' && outcome.inBinding ? { object: bindingObject, path: outcome.path, message: `${fieldName(outcome.path)} of ValidatingAdmissionPolicyBinding ${binding.name}` } : policyPlace(outcome.kind === 'violation' ? ['spec', 'validations', outcome.index, 'expression'] : outcome.path);
        const severity = actionSeverity(binding);
        if (match === 'unknown') {
          report({ object: daemonSet, path: NAME, messageId: 'namespaceUnknown', data: { ...data, namespace }, related: [policyPlace(NAME), bindingPlace], severity: 'info' });
          continue;
        }
        const found = policy.paramKind ? params.find(policy.paramKind, binding, namespace) : { params: [undefined] };
        if ('absent' in found) {
          report({ object: daemonSet, path: NAME, messageId: 'paramsAbsent', data: { ...data, kind: found.absent }, related: [policyPlace(['spec', 'paramKind']), bindingPlace], severity: 'info' });
          continue;
        }
        request ??= requestFor(name, namespace, options);
        const base = { object: objectValue(), request, namespaceObject: ns.value };
        const evaluations: { activation: Activation; outcomes: Outcome[] }[] = found.params.map((param) => {
          const activation: Activation = policy.paramKind ? { ...base, params: param ?? null } : base;
          return { activation, outcomes: evaluatePolicy(compiled, activation) };
        });
        // Objects of the paramKind are in the input, but none that this binding names.
        if (found.params.length === 0 && binding.paramRef?.parameterNotFoundAction !== 'Allow') {
          evaluations.push({ activation: base, outcomes: [{ kind: 'error', path: ['spec', 'paramRef'], inBinding: true, message: 'failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction' }] });
        }
        for (const { activation, outcomes } of evaluations) {
          for (const outcome of outcomes) {
            if (outcome.kind === 'notEvaluable') {
              report({
                object: daemonSet,
                path: NAME,
                messageId: 'notEvaluable',
                data: { ...data, field: fieldName(outcome.path), reason: outcome.reason },
                related: [placeOf(outcome), bindingPlace],
                severity: RANK[severity] < RANK.warning ? severity : 'warning',
              });
              continue;
            }
            if (outcome.kind === 'error' && policy.failurePolicy === 'Ignore') {
              report({
                object: daemonSet,
                path: NAME,
                messageId: 'errorIgnored',
                data: { ...data, message: bounded(outcome.headline ?? outcome.message, 100), fullMessage: bounded(outcome.message, 2000) },
                related: [placeOf(outcome), bindingPlace],
                severity: 'info',
              });
              continue;
            }
            const violation = outcome.kind === 'violation';
            const inBinding = outcome.kind === 'error' && outcome.inBinding === true;
            const expression = violation ? (compiled.validations.find((v) => v.spec.index === outcome.index)?.spec.expression ?? '') : '';
            const field = fieldName(violation ? ['spec', 'validations', outcome.index, 'expression'] : outcome.path);
            report({
              object: daemonSet,
              path: violation ? violationPath(compiled, outcome.index, outcome.message, activation) : NAME,
              messageId: severity === 'error' ? 'deny' : severity === 'warning' ? 'warn' : 'audit',
              data: {
                ...data,
                message: bounded((outcome.kind === 'error' && outcome.headline) || outcome.message, 100),
                fullMessage: bounded(outcome.message, 2000),
                reason: violation ? outcome.reason : 'InternalError',
                source: inBinding ? `${field} of the binding` : violation ? `${field} of the policy: ${bounded(expression.trim(), 300)}` : `${field} of the policy`,
              },
              related: outcome.kind === 'error' && outcome.inBinding ? [placeOf(outcome)] : [placeOf(outcome), bindingPlace],
              severity,
            });
          }
        }
      }
    }
  }
}

function stringLabels(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const record = asRecord(value);
  if (record) for (const key of Object.keys(record)) if (typeof record[key] === 'string') out[key] = record[key];
  return out;
}

const NAME: JsonPath = ['metadata', 'name'];

/** The strongest of a binding's actions: Deny an error, Warn a warning, Audit a note. */
function actionSeverity(binding: BindingSpec): Severity {
  let severity: Severity = 'info';
  for (const action of binding.validationActions) if (RANK[SEVERITY_OF[action]] > RANK[severity]) severity = SEVERITY_OF[action];
  return severity;
}

/**
 * What is known of a namespace: its Namespace from the input (with the label the API server sets
 * on every namespace), labels from the configuration, or else only that label.
 */
function namespaceKnowledge(name: string, fromInput: NamespaceInfo | undefined, configured: Record<string, string> | undefined): { labels: NamespaceLabels; value: CelValue } {
  const reason = `the labels of namespace ${name} are not in the input (add its Namespace, or its labels to the rule's namespaces option)`;
  if (fromInput) {
    const labels = { ...fromInput.labels, [NAMESPACE_NAME_LABEL]: name };
    const value = toCel({ ...fromInput.value, metadata: { ...(asRecord(fromInput.value.metadata) ?? {}), labels } }) as CelMap;
    if (!Object.hasOwn(value, 'status')) value.status = celMap({ phase: 'Active' });
    return { labels: { labels, complete: true }, value };
  }
  if (configured) {
    const labels = { ...configured, [NAMESPACE_NAME_LABEL]: name };
    return { labels: { labels, complete: true }, value: toCel({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels }, status: { phase: 'Active' } }) };
  }
  const labels = { [NAMESPACE_NAME_LABEL]: name };
  return {
    labels: { labels, complete: false },
    value: celMap({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: celMap({ name, labels: new PartialMap(labels, reason), annotations: new PartialMap({}, reason) }),
      status: celMap({ phase: 'Active' }),
    }),
  };
}

/** The admission request `kubectl apply` of a new DaemonSet makes (CREATE apps/v1 daemonsets). */
function requestFor(name: string, namespace: string, options: PolicyOptions): CelValue {
  const kind = celMap({ group: 'apps', version: 'v1', kind: 'DaemonSet' });
  const resource = celMap({ group: 'apps', version: 'v1', resource: 'daemonsets' });
  return celMap({
    kind,
    resource,
    subResource: '',
    requestKind: kind,
    requestResource: resource,
    requestSubResource: '',
    name,
    namespace,
    operation: 'CREATE',
    userInfo: toCel({ username: options.userInfo.username, uid: options.userInfo.uid ?? '', groups: options.userInfo.groups, extra: {} }),
    dryRun: false,
    options: celMap({ apiVersion: 'meta.k8s.io/v1', kind: 'CreateOptions' }),
  });
}

/**
 * The objects of the input that may be params, by apiVersion and kind. A param object without a
 * namespace belongs to whichever namespace it is applied to (manifests often leave it to kubectl
 * or kustomize), unless its kind shows itself cluster-scoped (none of its objects has a namespace
 * and it is no known namespaced kind).
 */
class ParamIndex {
  private readonly byKind = new Map<string, Input[]>();

  constructor(
    others: readonly Input[],
    private readonly read: (object: Input) => Record<string, unknown> | undefined,
  ) {
    for (const object of others) {
      const key = `${object.ref.apiVersion}/${object.ref.kind}`;
      const list = this.byKind.get(key) ?? [];
      list.push(object);
      this.byKind.set(key, list);
    }
  }

  find(kind: { apiVersion: string; kind: string }, binding: BindingSpec, namespace: string): { params: (CelValue | undefined)[] } | { absent: string } {
    const ref = binding.paramRef;
    if (!ref) return { params: [undefined] };
    const key = `${kind.apiVersion}/${kind.kind}`;
    const candidates = this.byKind.get(key);
    if (!candidates) return { absent: `${kind.kind} (${kind.apiVersion})` };
    const namespaced = NAMESPACED_PARAM_KINDS.has(key) || candidates.some((c) => c.ref.namespace !== undefined);
    const wanted = ref.namespace ?? (namespaced ? namespace : undefined);
    const params: CelValue[] = [];
    for (const candidate of candidates) {
      if (wanted !== undefined && candidate.ref.namespace !== undefined && candidate.ref.namespace !== wanted) continue;
      if (ref.name !== undefined ? candidate.ref.name !== ref.name : !selectorMatches(ref.selector ?? {}, (candidate.value.role === 'other' && candidate.value.labels) || {})) continue;
      let param = this.values.get(candidate);
      if (param === undefined) {
        param = toCel(this.read(candidate) ?? null);
        this.values.set(candidate, param);
      }
      params.push(param);
    }
    return { params };
  }

  /** Params read and converted once each, however many DaemonSets use them. */
  private readonly values = new Map<Input, CelValue>();
}
