import rule, { type DefaultNamespaceOptions } from '../../src/rules/default-namespace.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run<DefaultNamespaceOptions>(rule, {
  valid: [
    { name: 'a namespace of its own', code: yaml`
      kind: DaemonSet
      metadata: {name: agent, namespace: monitoring}
    ` },
    { name: 'allowMissing accepts no namespace, but not default', options: { allowMissing: true }, code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
    ` },
  ],
  invalid: [
    { name: 'the default namespace, at its value', code: yaml`
      kind: DaemonSet
      metadata:
        name: agent
        namespace: default
    `, errors: [{
      message: 'DaemonSet is in the default namespace', line: 4, column: 14, endColumn: 21,
      help: 'The default namespace is where everything lands that nobody placed: its RBAC, quotas, network policies and Pod Security level are shared with whatever else ends up there. A node agent belongs in a namespace of its own (or kube-system, for cluster components). Move it to a namespace of its own.',
    }] },
    { name: 'no namespace: at the name, else at metadata; an empty one is none', options: { allowMissing: false }, code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        metadata: {name: agent}
      - kind: DaemonSet
        metadata: {labels: {app: x}}
      - kind: DaemonSet
        metadata: {name: other, namespace: ""}
    `, errors: [
      { message: 'DaemonSet has no metadata.namespace', line: 4, column: 14 },
      { message: 'DaemonSet has no metadata.namespace', line: 6, column: 3 },
      { message: 'DaemonSet has no metadata.namespace', line: 8, column: 14 },
    ] },
  ],
});
