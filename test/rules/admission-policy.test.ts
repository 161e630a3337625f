import type { PolicyOptions } from '../../src/policy/check.js';
import rule from '../../src/rules/admission-policy.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { basicPolicy, binding, containerLimit, daemonSet, documents, imagePolicy, labelPolicy, limitPolicy, namespace, notKubeSystem, policy, privilegedPolicy, testNamespaces } from './admission-policy.fixtures.js';

// Each of the documentation's example policies (our own equivalents, see the fixtures) with a
// DaemonSet that passes and one that fails, and the place, message and severity the failure gets
// for the binding's validation action. Then evaluation (failurePolicy, match conditions,
// variables, messages, params, costs), and what is wrong with policies and bindings themselves.

const container = 'containers: [{name: a, image: example.com/a:1}]';
const basicBinding = binding('demo-binding-test.example.com', 'demo-policy.example.com', '[Deny]', testNamespaces);
const privilegedBinding = binding('deny-privileged-binding', 'deny-privileged.example.com', '[Deny]', notKubeSystem);
const limitBindings = [
  binding('limit-test', 'container-limit.example.com', '[Deny]', testNamespaces, '  paramRef:\n    name: limit-test\n    namespace: default\n    parameterNotFoundAction: Deny\n'),
  binding(
    'limit-nontest',
    'container-limit.example.com',
    '[Deny]',
    '  matchResources:\n    namespaceSelector:\n      matchExpressions:\n      - {key: environment, operator: NotIn, values: [test]}\n',
    '  paramRef:\n    name: limit-prod\n    namespace: default\n    parameterNotFoundAction: Deny\n',
  ),
];
const twoContainers = 'containers:\n- {name: a, image: example.com/a:1}\n- {name: b, image: example.com/b:1}';
const privilegedB = 'containers:\n- name: a\n  image: example.com/a:1\n- name: b\n  image: example.com/b:1\n  securityContext:\n    privileged: true';

const basicRelated = [
  { line: 14, column: 7, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy demo-policy.example.com' },
  { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding demo-binding-test.example.com' },
];

new RuleTester().run<PolicyOptions>(rule, {
  valid: [
    { name: 'no policies in the input: nothing to evaluate', code: daemonSet('agent', 'kube-system', container) },
    {
      name: 'basic: a DaemonSet within the bound passes',
      code: documents(basicPolicy, basicBinding, namespace('test', { environment: 'test' }), daemonSet('fast', 'test', container, '  minReadySeconds: 3\n')),
    },
    {
      name: 'basic: the binding selects environment=test only; a DaemonSet in prod is not checked',
      code: documents(basicPolicy, basicBinding, namespace('prod', { environment: 'prod' }), daemonSet('slow', 'prod', container, '  minReadySeconds: 10\n')),
    },
    {
      name: 'params: two containers are within the limit of the prod param (3)',
      code: documents(limitPolicy, ...limitBindings, containerLimit('limit-test', 1), containerLimit('limit-prod', 3), namespace('prod', { environment: 'prod' }), daemonSet('two', 'prod', twoContainers)),
    },
    {
      name: 'label requirement: the pod template has app.kubernetes.io/name',
      code: documents(labelPolicy, binding('require-app-name', 'require-app-name.example.com', '[Warn]'), daemonSet('named', 'apps', `${container}`).replace('labels: {app: named}', "labels: {app: named, app.kubernetes.io/name: named}")),
    },
    {
      name: 'registry allow-list: images of the namespace environment, others unchecked',
      code: documents(
        imagePolicy,
        binding('images', 'image-matches-namespace-environment.example.com', '[Audit]'),
        namespace('apps', { environment: 'staging' }),
        daemonSet('ok', 'apps', 'containers: [{name: a, image: staging.registry.example.com/a:1}, {name: b, image: quay.io/b:1}]'),
      ),
    },
    {
      name: 'registry allow-list: an exempt DaemonSet passes whatever its images',
      code: documents(
        imagePolicy,
        binding('images', 'image-matches-namespace-environment.example.com', '[Audit]'),
        namespace('apps', { environment: 'staging' }),
        daemonSet('exempt', 'apps', 'containers: [{name: a, image: prod.registry.example.com/a:1}]').replace('  name: exempt\n', '  name: exempt\n  labels: {exempt: "true"}\n'),
      ),
    },
    {
      name: 'privileged ban: kube-system is excluded by its name label, with no Namespace in the input',
      code: documents(privilegedPolicy, privilegedBinding, daemonSet('cni', 'kube-system', 'containers:\n- name: cni\n  image: example.com/cni:1\n  securityContext: {privileged: true}')),
    },
    {
      name: 'privileged ban: privileged: false and no securityContext pass',
      code: documents(privilegedPolicy, privilegedBinding, daemonSet('agent', 'monitoring', 'containers:\n- name: a\n  image: example.com/a:1\n  securityContext: {privileged: false}\n- name: b\n  image: example.com/b:1')),
    },
    {
      name: 'a match condition that is false skips the policy (the request comes from system:nodes)',
      options: { userInfo: { username: 'system:node:n1', groups: ['system:nodes', 'system:authenticated'] } },
      code: documents(
        policy('no-host-network.example.com', '  - expression: "!has(object.spec.template.spec.hostNetwork) || !object.spec.template.spec.hostNetwork"\n', '  matchConditions:\n  - name: not-nodes\n    expression: "!(\'system:nodes\' in request.userInfo.groups)"\n'),
        binding('no-host-network', 'no-host-network.example.com', '[Deny]'),
        daemonSet('agent', 'apps', `hostNetwork: true\n${container}`),
      ),
    },
    {
      name: 'defaults are applied before admission: the update strategy a manifest leaves out is RollingUpdate',
      code: documents(
        policy('rolling.example.com', '  - expression: "object.spec.updateStrategy.type == \'RollingUpdate\' && object.spec.template.spec.containers.all(c, c.imagePullPolicy == \'IfNotPresent\')"\n'),
        binding('rolling', 'rolling.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container),
      ),
    },
    {
      name: 'a binding matching nothing, by object selector',
      code: documents(basicPolicy, binding('only-labelled', 'demo-policy.example.com', '[Deny]', '  matchResources:\n    objectSelector:\n      matchLabels: {tier: node}\n'), daemonSet('slow', 'test', container, '  minReadySeconds: 10\n')),
    },
    {
      name: 'excludeResourceRules takes daemonsets out of a policy that matches all of apps',
      code: documents(
        basicPolicy.replace('resources: ["daemonsets"]', 'resources: ["*"]\n    excludeResourceRules:\n    - apiGroups: ["apps"]\n      apiVersions: ["*"]\n      operations: ["*"]\n      resources: ["daemonsets"]'),
        binding('all', 'demo-policy.example.com', '[Deny]'),
        daemonSet('slow', 'test', container, '  minReadySeconds: 10\n'),
      ),
    },
  ],
  invalid: [
    {
      name: 'basic: over the bound, the default message (failed expression: ...) at the field the expression reads; an error for Deny',
      code: documents(basicPolicy, basicBinding, namespace('test', { environment: 'test' }), daemonSet('slow', 'test', container, '  minReadySeconds: 10\n')),
      errors: [
        {
          message: 'demo-policy.example.com denies: failed expression: object.spec.minReadySeconds <= 5',
          messageId: 'deny',
          severity: 'error',
          line: 41,
          column: 3,
          endLine: 41,
          endColumn: 18,
          related: basicRelated,
        },
      ],
    },
    {
      name: 'params: two containers over the limit of the test param (1): the message from messageExpression with the param, at the list it names',
      code: documents(limitPolicy, ...limitBindings, containerLimit('limit-test', 1), containerLimit('limit-prod', 3), namespace('test', { environment: 'test' }), daemonSet('two', 'test', twoContainers)),
      errors: [
        {
          message: 'container-limit.example.com denies: at most 1 containers in spec.template.spec.containers',
          messageId: 'deny',
          severity: 'error',
          line: 86,
          column: 7,
          related: [
            { line: 17, column: 7, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy container-limit.example.com' },
            { line: 24, column: 3, message: 'ValidatingAdmissionPolicyBinding limit-test' },
          ],
        },
      ],
    },
    {
      name: 'params: a binding naming a param the input does not have, with parameterNotFoundAction Deny, fails under failurePolicy Fail',
      code: documents(limitPolicy, binding('limit-missing', 'container-limit.example.com', '[Deny]', '', '  paramRef:\n    name: limit-gone\n    namespace: default\n    parameterNotFoundAction: Deny\n'), containerLimit('limit-test', 1), daemonSet('one', 'apps', container)),
      errors: [
        {
          message: 'container-limit.example.com denies: failed to configure binding: no params found for policy binding with `Deny` parameterNotFoundAction',
          messageId: 'deny',
          severity: 'error',
          line: 43,
          column: 3,
          related: [{ line: 28, column: 3, message: 'spec.paramRef of ValidatingAdmissionPolicyBinding limit-missing' }],
        },
      ],
    },
    {
      name: 'params: with parameterNotFoundAction Allow, a missing param admits; params of a kind the input has none of are not guessed',
      code: documents(
        limitPolicy,
        binding('limit-allow', 'container-limit.example.com', '[Deny]', '', '  paramRef:\n    name: limit-gone\n    namespace: default\n    parameterNotFoundAction: Allow\n'),
        limitPolicy.replace(/container-limit/g, 'other-limit').replace('kind: ContainerLimit', 'kind: OtherLimit'),
        binding('other', 'other-limit.example.com', '[Deny]', '', '  paramRef:\n    name: x\n    parameterNotFoundAction: Deny\n'),
        containerLimit('limit-test', 1),
        daemonSet('one', 'apps', container),
      ),
      errors: [
        {
          message: 'binding other needs OtherLimit (rules.example.com/v1) params, and none are in the input',
          messageId: 'paramsAbsent',
          severity: 'info',
          line: 74,
          column: 3,
          related: [
            { line: 39, column: 3, message: 'spec.paramKind of ValidatingAdmissionPolicy other-limit.example.com' },
            { line: 56, column: 3, message: 'ValidatingAdmissionPolicyBinding other' },
          ],
        },
      ],
    },
    {
      name: 'label requirement: missing label, Warn: a warning at the labels the message names',
      code: documents(labelPolicy, binding('require-app-name', 'require-app-name.example.com', '[Warn]'), daemonSet('unlabelled', 'apps', container)),
      errors: [
        {
          message: 'require-app-name.example.com warns: spec.template.metadata.labels must include app.kubernetes.io/name',
          messageId: 'warn',
          severity: 'warning',
          line: 35,
          column: 7,
          related: [
            { line: 13, column: 7, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy require-app-name.example.com' },
            { line: 20, column: 3, message: 'ValidatingAdmissionPolicyBinding require-app-name' },
          ],
        },
      ],
    },
    {
      name: 'registry allow-list: a prod image in a staging namespace, Audit: a note with the messageExpression, at the name',
      code: documents(
        imagePolicy,
        binding('images', 'image-matches-namespace-environment.example.com', '[Audit]'),
        namespace('apps', { environment: 'staging' }),
        daemonSet('wrong', 'apps', 'containers: [{name: a, image: prod.registry.example.com/a:1}]'),
      ),
      errors: [
        {
          message: 'image-matches-namespace-environment.example.com audits: only staging images are allowed in namespace apps',
          messageId: 'audit',
          severity: 'info',
          line: 44,
          column: 3,
          related: [
            { line: 23, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy image-matches-namespace-environment.example.com' },
            { line: 29, column: 3, message: 'ValidatingAdmissionPolicyBinding images' },
          ],
        },
      ],
    },
    {
      name: 'registry allow-list: without its Namespace, the environment label is not evaluable offline (never guessed as prod)',
      code: documents(imagePolicy, binding('images', 'image-matches-namespace-environment.example.com', '[Deny, Audit]'), daemonSet('wrong', 'apps', 'containers: [{name: a, image: prod.registry.example.com/a:1}]')),
      errors: [
        {
          message: 'image-matches-namespace-environment.example.com cannot be evaluated offline: spec.validations[0].expression needs the cluster',
          messageId: 'notEvaluable',
          severity: 'warning',
          line: 37,
          column: 3,
          related: [
            { line: 23, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy image-matches-namespace-environment.example.com' },
            { line: 29, column: 3, message: 'ValidatingAdmissionPolicyBinding images' },
          ],
        },
      ],
    },
    {
      name: 'privileged ban: the privileged container is found, and the finding is at its privileged field',
      code: documents(privilegedPolicy, privilegedBinding, daemonSet('agent', 'monitoring', privilegedB)),
      errors: [
        {
          message: 'deny-privileged.example.com denies: privileged containers are not allowed',
          messageId: 'deny',
          severity: 'error',
          line: 52,
          column: 11,
          endLine: 52,
          endColumn: 21,
          related: [
            { line: 13, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy deny-privileged.example.com' },
            { line: 23, column: 3, message: 'ValidatingAdmissionPolicyBinding deny-privileged-binding' },
          ],
        },
      ],
    },
      {
      name: 'the docs type-checking example: a wrong path (object.minReadySeconds) is dyn, so it compiles and fails at evaluation; failurePolicy Fail denies',
      code: documents(
        policy('wrong-path.example.com', '  - expression: "object.minReadySeconds <= 5"\n    message: "must be ready quickly"\n'),
        binding('wrong-path', 'wrong-path.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container),
      ),
      errors: [
        {
          message: 'wrong-path.example.com denies: validations[0].expression failed: no such key: minReadySeconds',
          messageId: 'deny',
          severity: 'error',
          line: 27,
          column: 3,
          related: [
            { line: 13, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy wrong-path.example.com' },
            { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding wrong-path' },
          ],
        },
      ],
    },
    {
      name: 'failurePolicy Ignore: the same error lets the DaemonSet through, reported as a note',
      code: documents(
        policy('wrong-path.example.com', '  - expression: "object.minReadySeconds <= 5"\n', '  failurePolicy: Ignore\n'),
        binding('wrong-path', 'wrong-path.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container),
      ),
      errors: [
        {
          message: 'wrong-path.example.com fails on this DaemonSet and lets it through: validations[0].expression failed: no such key: minReadySeconds',
          messageId: 'errorIgnored',
          severity: 'info',
          line: 27,
          column: 3,
          related: [
            { line: 14, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy wrong-path.example.com' },
            { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding wrong-path' },
          ],
        },
      ],
    },
    {
      name: 'a match condition that holds: the policy is evaluated; Warn and Audit together are a warning',
      code: documents(
        policy('no-host-network.example.com', '  - expression: "!has(object.spec.template.spec.hostNetwork) || !object.spec.template.spec.hostNetwork"\n    message: "spec.template.spec.hostNetwork must not be set"\n', '  matchConditions:\n  - name: not-nodes\n    expression: "!(\'system:nodes\' in request.userInfo.groups)"\n'),
        binding('no-host-network', 'no-host-network.example.com', '[Warn, Audit]'),
        daemonSet('agent', 'apps', `hostNetwork: true\n${container}`),
      ),
      errors: [
        {
          message: 'no-host-network.example.com warns: spec.template.spec.hostNetwork must not be set',
          messageId: 'warn',
          severity: 'warning',
          line: 39,
          column: 7,
          related: [
            { line: 16, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy no-host-network.example.com' },
            { line: 22, column: 3, message: 'ValidatingAdmissionPolicyBinding no-host-network' },
          ],
        },
      ],
    },
    {
      name: 'messages: a messageExpression that fails, gives an empty string or several lines falls back to message, else to the expression',
      code: documents(
        policy(
          'messages.example.com',
          [
            '  - expression: "object.spec.minReadySeconds < 1"',
            '    message: "minReadySeconds must be 0"',
            '    messageExpression: "string(object.spec.nope)"',
            '  - expression: "object.spec.minReadySeconds < 2"',
            '    message: "  minReadySeconds must be below 2  "',
            '    messageExpression: "\'  \'"',
            '  - expression: "object.spec.minReadySeconds < 3"',
            '    messageExpression: "\'a\\\\nb\'"',
            '',
          ].join('\n'),
        ),
        binding('messages', 'messages.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container, '  minReadySeconds: 9\n'),
      ),
      errors: [
        { message: 'messages.example.com denies: failed expression: object.spec.minReadySeconds < 3', line: 36, column: 3, related: [{ line: 19, column: 5, message: 'spec.validations[2].expression of ValidatingAdmissionPolicy messages.example.com' }, { line: 25, column: 3, message: 'ValidatingAdmissionPolicyBinding messages' }] },
        { message: 'messages.example.com denies: minReadySeconds must be 0', line: 36, column: 3, related: [{ line: 13, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy messages.example.com' }, { line: 25, column: 3, message: 'ValidatingAdmissionPolicyBinding messages' }] },
        { message: 'messages.example.com denies: minReadySeconds must be below 2', line: 36, column: 3, related: [{ line: 16, column: 5, message: 'spec.validations[1].expression of ValidatingAdmissionPolicy messages.example.com' }, { line: 25, column: 3, message: 'ValidatingAdmissionPolicyBinding messages' }] },
      ],
    },
    {
      name: 'variables: evaluated on use; one that fails fails only the validations that read it',
      code: documents(
        policy(
          'variables.example.com',
          '  - expression: "variables.ready <= 5"\n  - expression: "variables.broken == \'x\'"\n',
          '  variables:\n  - name: ready\n    expression: "object.spec.minReadySeconds"\n  - name: broken\n    expression: "object.spec.template.spec.nope"\n',
        ),
        binding('variables', 'variables.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container, '  minReadySeconds: 9\n'),
      ),
      errors: [
        {
          message: 'variables.example.com denies: validations[1].expression failed: composited variable "broken" fails to evaluate: no such key: nope',
          line: 32, column: 3, related: [{ line: 19, column: 5, message: 'spec.validations[1].expression of ValidatingAdmissionPolicy variables.example.com' }, { line: 24, column: 3, message: 'ValidatingAdmissionPolicyBinding variables' }],
        },
        { message: 'variables.example.com denies: failed expression: variables.ready <= 5', line: 35, column: 3, related: [{ line: 18, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy variables.example.com' }, { line: 24, column: 3, message: 'ValidatingAdmissionPolicyBinding variables' }] },
      ],
    },
    {
      name: 'a hostile policy (nested comprehensions over a billion steps) stops at the cost limit; a ReDoS pattern is linear under RE2',
      code: documents(
        policy(
          'hostile.example.com',
          '  - expression: "[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c, [0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e, [0,1,2,3,4,5,6,7,8,9].all(f, [0,1,2,3,4,5,6,7,8,9].all(g, [0,1,2,3,4,5,6,7,8,9].all(h, [0,1,2,3,4,5,6,7,8,9].all(i, true)))))))))"\n' +
            "  - expression: \"!object.metadata.name.matches('^(a+)+$')\"\n",
        ),
        binding('hostile', 'hostile.example.com', '[Deny]'),
        daemonSet('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'apps', container),
      ),
      errors: [
        {
          message: "hostile.example.com denies: failed expression: !object.metadata.name.matches('^(a+)+$')",
          line: 27,
          column: 3,
          related: [
            { line: 14, column: 5, message: 'spec.validations[1].expression of ValidatingAdmissionPolicy hostile.example.com' },
            { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding hostile' },
          ],
        },
        {
          message: 'hostile.example.com denies: validations[0].expression failed: operation cancelled: actual cost limit exceeded',
          line: 27,
          column: 3,
          related: [
            { line: 13, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy hostile.example.com' },
            { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding hostile' },
          ],
        },
      ],
    },
    {
      name: 'authorizer checks are not evaluable offline; where the other operand decides, the outcome is certain',
      code: documents(
        policy(
          'authz.example.com',
          "  - expression: \"authorizer.group('apps').resource('daemonsets').namespace('kube-system').check('create').allowed()\"\n" +
            "  - expression: \"object.metadata.name == 'agent' || authorizer.path('/healthz').check('get').allowed()\"\n",
        ),
        binding('authz', 'authz.example.com', '[Audit]'),
        daemonSet('agent', 'apps', container),
      ),
      errors: [
        {
          message: 'authz.example.com cannot be evaluated offline: spec.validations[0].expression needs the cluster',
          severity: 'info',
          line: 27,
          column: 3,
          related: [
            { line: 13, column: 5, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy authz.example.com' },
            { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding authz' },
          ],
        },
      ],
    },
    {
      name: 'a binding whose namespace selector reads labels the input does not give: not evaluated, a note',
      code: documents(basicPolicy, basicBinding, daemonSet('slow', 'team-a', container, '  minReadySeconds: 10\n')),
      errors: [
        {
          message: 'binding demo-binding-test.example.com may apply: the labels of namespace team-a are unknown',
          severity: 'info',
          line: 31,
          column: 3,
          related: [
            { line: 4, column: 3, message: 'metadata.name of ValidatingAdmissionPolicy demo-policy.example.com' },
            { line: 19, column: 3, message: 'ValidatingAdmissionPolicyBinding demo-binding-test.example.com' },
          ],
        },
      ],
    },
    {
      name: 'namespace labels from the options stand in for a Namespace manifest',
      options: { namespaces: { 'team-a': { environment: 'test' } } },
      code: documents(basicPolicy, basicBinding, daemonSet('slow', 'team-a', container, '  minReadySeconds: 10\n')),
      errors: [{ message: 'demo-policy.example.com denies: failed expression: object.spec.minReadySeconds <= 5', line: 34, column: 3, related: basicRelated }],
    },
    {
      name: 'a DaemonSet without a namespace is in the default namespace (the option), a v1beta1 policy and a List of them are read',
      options: { defaultNamespace: 'team-a', namespaces: { 'team-a': { environment: 'test' } } },
      code: documents(
        `apiVersion: v1\nkind: List\nitems:\n${[basicPolicy.replace('admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1beta1'), basicBinding]
          .map((d) => d.trimEnd().split('\n').map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n'))
          .join('\n')}\n`,
        daemonSet('slow', undefined, container, '  minReadySeconds: 10\n'),
      ),
      errors: [
        {
          message: 'demo-policy.example.com denies: failed expression: object.spec.minReadySeconds <= 5',
          line: 35,
          column: 3,
          related: [
            { line: 17, column: 9, message: 'spec.validations[0].expression of ValidatingAdmissionPolicy demo-policy.example.com' },
            { line: 21, column: 5, message: 'ValidatingAdmissionPolicyBinding demo-binding-test.example.com' },
          ],
        },
      ],
    },
    {
      name: 'expressions that do not compile: the finding is on the policy, at the error inside the expression',
      code: documents(
        policy(
          'broken.example.com',
          [
            "  - expression: \"object.spec.template.spec.containers.all(c, c.image.startWith('example.com/'))\"",
            '  - expression: "object.spec.template.spec.hostNetwork"',
            '  - expression: |',
            '      object.spec.minReadySeconds > 0 &&',
            '        params.minimum < 2',
            '  - expression: "request.namex == \'x\'"',
            '  - expression: "object.spec.minReadySeconds >"',
            "  - expression: \"object.metadata.name.matches('(?=a)')\"",
            '    messageExpression: "authorizer.path(\'/\').check(\'get\').reason()"',
            '',
          ].join('\n'),
          '  failurePolicy: Fail\n',
        ),
        binding('broken', 'broken.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container),
      ),
      errors: [
        { message: "spec.validations[0].expression does not compile: found no matching overload for 'dyn.startWith(string)'", line: 14, column: 62, endLine: 14, endColumn: 95 },
        { message: 'spec.validations[1].expression does not compile: must evaluate to bool but got dyn', line: 15, column: 18, endLine: 15, endColumn: 55 },
        { message: "spec.validations[2].expression does not compile: undeclared reference to 'params'", line: 18, column: 9, endLine: 18, endColumn: 15 },
        { message: "spec.validations[3].expression does not compile: undefined field 'namex'", line: 19, column: 26, endLine: 19, endColumn: 31 },
        { message: 'spec.validations[4].expression does not compile: Unexpected token: EOF', line: 20, column: 47, endLine: 20, endColumn: 47 },
        { message: 'spec.validations[5].expression does not compile: compilation failed: error parsing regexp: invalid or unsupported Perl syntax: `(?=`', line: 21, column: 47, endLine: 21, endColumn: 54 },
        { message: "spec.validations[5].messageExpression does not compile: undeclared reference to 'authorizer'", line: 22, column: 25, endLine: 22, endColumn: 35 },
      ],
    },
    {
      name: 'libraries of later Kubernetes versions: format needs 1.31',
      kubeVersion: '1.30',
      code: documents(
        policy('names.example.com', "  - expression: \"!format.dns1123Label().validate(object.metadata.name).hasValue()\"\n"),
        binding('names', 'names.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container),
      ),
      errors: [{ message: "spec.validations[0].expression does not compile: undeclared reference to 'format' (format is in Kubernetes' CEL environment from 1.31; this run targets 1.30)", line: 13, column: 19, endLine: 13, endColumn: 25 }],
    },
    {
      name: 'policies and bindings the API server would refuse, bindings of policies not in the input, policies nothing binds',
      code: documents(
        basicPolicy,
        binding('both', 'demo-policy.example.com', '[Deny, Warn]'),
        binding('elsewhere', 'cluster-policy.example.com', '[Deny]'),
        policy('lonely.example.com', '  - expression: "true"\n'),
        policy('no-rules.example.com', '  - expression: "true"\n').replace(/  matchConstraints:[\s\S]*?resources: \["daemonsets"\]\n/, ''),
        binding('no-rules', 'no-rules.example.com', '[Deny]'),
        daemonSet('agent', 'apps', container),
      ),
      errors: [
        { message: 'policy demo-policy.example.com has no binding in the input and checks nothing', severity: 'info', line: 4, column: 3 },
        { message: 'ValidatingAdmissionPolicyBinding both is invalid: spec.validationActions: Invalid value: must not contain both Deny and Warn (repeating the same validation failure information in the API response and headers serves no purpose)', severity: 'error', line: 22, column: 3 },
        { message: 'binding elsewhere names policy cluster-policy.example.com, which is not in the input', severity: 'info', line: 29, column: 15 },
        { message: 'policy lonely.example.com has no binding in the input and checks nothing', severity: 'info', line: 35, column: 3 },
        { message: 'ValidatingAdmissionPolicy no-rules.example.com is invalid: spec.matchConstraints: Required value', severity: 'error', line: 50, column: 1 },
      ],
    },
  ],
});
