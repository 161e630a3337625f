import { defineRule } from '../types/rule.js';
import { collectForPolicies, type Collected } from '../policy/model.js';
import type { PolicyOptions } from '../policy/check.js';

/**
 * The cluster's own admission policies, offline: every ValidatingAdmissionPolicy of the input
 * (files given, and the config's `policies:` paths) is evaluated against every DaemonSet its
 * bindings match, as the API server would on `kubectl apply`. The CEL engine is loaded only when
 * the input holds a policy or binding: other runs pay for nothing but keeping a marker per object.
 */
const DEFAULT_USER: PolicyOptions['userInfo'] = { username: 'daemonlint', groups: ['system:authenticated'] };

export default defineRule<PolicyOptions, Collected>({
  id: 'admission-policy',
  meta: {
    description:
      "The DaemonSet passes the cluster's ValidatingAdmissionPolicies that are in the input (CEL, evaluated as the API server does); the policies and bindings themselves are valid.",
    severity: 'error',
    fixable: false,
    messages: {
      deny: {
        message: "{{policy}} denies: {{message}}",
        help: "The API server would refuse this DaemonSet: \"ValidatingAdmissionPolicy '{{policy}}' with binding '{{binding}}' denied request: {{fullMessage}}\" (reason {{reason}}), from {{source}}. Change the DaemonSet to satisfy it; if the policy should not apply here, change the binding's match rules.",
      },
      warn: {
        message: '{{policy}} warns: {{message}}',
        help: "kubectl would print the warning \"Validation failed for ValidatingAdmissionPolicy '{{policy}}' with binding '{{binding}}': {{fullMessage}}\" and create the DaemonSet (the binding's validationActions say Warn). It comes from {{source}}.",
      },
      audit: {
        message: '{{policy}} audits: {{message}}',
        help: "The API server would create this DaemonSet and record the failure in its audit log (validation.policy.admission.k8s.io/validation_failure: {{fullMessage}}), as binding '{{binding}}' only audits. It comes from {{source}}.",
      },
      errorIgnored: {
        message: '{{policy}} fails on this DaemonSet and lets it through: {{message}}',
        help: "The policy's failurePolicy is Ignore, so the API server admits the DaemonSet when an expression fails: \"{{fullMessage}}\". The policy does not protect this DaemonSet. Make the expression handle it (has(), optional fields `.?x.orValue(...)`), or fix the DaemonSet.",
      },
      notEvaluable: {
        message: '{{policy}} cannot be evaluated offline: {{field}} needs the cluster',
        help: '{{reason}}. Whether binding {{binding}} admits this DaemonSet is decided in the cluster; daemonlint does not guess.',
      },
      namespaceUnknown: {
        message: 'binding {{binding}} may apply: the labels of namespace {{namespace}} are unknown',
        help: "Binding {{binding}} of policy {{policy}} selects namespaces by labels, and no Namespace {{namespace}} is in the input. Add the Namespace manifest to the input (or to the config's policies: paths), or its labels to this rule's `namespaces` option, so the policy can be evaluated.",
      },
      paramsAbsent: {
        message: 'binding {{binding}} needs {{kind}} params, and none are in the input',
        help: 'Policy {{policy}} reads its settings from {{kind}} objects (paramKind), and the input has none, so the policy is not evaluated. Add the param objects to the input (or to the policies: paths).',
      },
      compileError: {
        message: '{{field}} does not compile: {{message}}',
        help: 'The API server refuses to create ValidatingAdmissionPolicy {{policy}}: its expressions are compiled and type checked on create, against Kubernetes\' CEL environment of the target version. {{message}}. The policy is not evaluated until it compiles.',
      },
      invalidPolicy: {
        message: '{{kind}} {{name}} is invalid: {{issue}}',
        help: 'The API server refuses to create this {{kind}}: {{issue}}. It is not evaluated.',
      },
      invalidBinding: {
        message: '{{kind}} {{name}} is invalid: {{issue}}',
        help: 'The API server refuses to create this {{kind}}: {{issue}}. It binds nothing.',
      },
      unknownPolicy: {
        message: 'binding {{binding}} names policy {{policy}}, which is not in the input',
        help: "A binding applies the ValidatingAdmissionPolicy it names; {{policy}} is in neither the files linted nor the config's policies: paths, so nothing is evaluated for it. Add the policy's file, or fix the name.",
      },
      unbound: {
        message: 'policy {{policy}} has no binding in the input and checks nothing',
        help: "A ValidatingAdmissionPolicy takes effect only through a ValidatingAdmissionPolicyBinding that names it. Add the binding's file to the input (or to the config's policies: paths).",
      },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        namespaces: {
          type: 'object',
          description: 'Labels of namespaces the input has no Namespace object for, by namespace name.',
          additionalProperties: { type: 'object', additionalProperties: { type: 'string' } },
        },
        defaultNamespace: { type: 'string', minLength: 1, description: 'The namespace of a DaemonSet without metadata.namespace (kubectl applies it to the current one).' },
        userInfo: {
          type: 'object',
          description: 'The user request.userInfo names (policies may match on it).',
          properties: { username: { type: 'string' }, uid: { type: 'string' }, groups: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { namespaces: {}, defaultNamespace: 'default', userInfo: DEFAULT_USER },
    tags: ['api'],
  },
  collectKinds: '*',
  collect: (object) => collectForPolicies(object.value),
  async checkAll(objects, context) {
    // Without a policy or binding there is nothing to evaluate, and the CEL engine stays unloaded.
    if (!objects.some((o) => o.value.role === 'policy' || o.value.role === 'binding')) return;
    const { checkPolicies } = await import('../policy/check.js');
    // An options object from the config replaces the default userInfo as a whole: fill in what it leaves out.
    const userInfo = { ...DEFAULT_USER, ...context.options.userInfo };
    checkPolicies(objects, { ...context, options: { ...context.options, userInfo } });
  },
});
