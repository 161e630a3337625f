import rule from '../../src/rules/automount-service-account-token.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const help =
  "Kubernetes mounts the API token of the pod's service account into every container unless told not to. This pod runs as its namespace's default service account, so the token is one the agent was never given on purpose: an agent that does not call the API server does not need it, and one that does should have a service account of its own with only the permissions it needs. Set automountServiceAccountToken: false in the pod spec, or set serviceAccountName to the agent's own service account.";

new RuleTester().run(rule, {
  valid: [
    { name: 'automountServiceAccountToken: false, even for the default account', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: {serviceAccountName: default, automountServiceAccountToken: false}
    ` },
    { name: 'a service account of its own (also by the deprecated serviceAccount field)', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec: {template: {spec: {serviceAccountName: node-agent}}}
      - kind: DaemonSet
        spec: {template: {spec: {serviceAccount: node-agent, automountServiceAccountToken: true}}}
    ` },
    { name: 'no pod template; a value that is not a boolean (the schema rule\'s)', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        metadata: {name: a}
      - kind: DaemonSet
        spec: {template: {spec: {automountServiceAccountToken: "false"}}}
    ` },
  ],
  invalid: [
    { name: 'no service account: at the pod spec', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers: [{name: agent}]
    `, errors: [{ message: "pod mounts the default service account's API token", help, line: 4, column: 5, endColumn: 9 }] },
    { name: 'serviceAccountName default, and automountServiceAccountToken: true', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec: {serviceAccountName: default}
      - kind: DaemonSet
        spec:
          template:
            spec: {serviceAccount: default}
      - kind: DaemonSet
        spec:
          template:
            spec: {automountServiceAccountToken: true}
    `, errors: [
      { message: 'pod mounts the API token of serviceAccountName "default"', line: 6, column: 34, endColumn: 41 },
      { message: 'pod mounts the API token of serviceAccountName "default"', line: 10, column: 30 },
      { message: 'automountServiceAccountToken: true for the default service account', line: 14, column: 44 },
    ] },
  ],
});
