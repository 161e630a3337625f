import rule from '../../src/rules/no-replicas.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const message =
  'spec.replicas is not a DaemonSet field: remove it';

new RuleTester().run(rule, {
  valid: [
    { name: 'no replicas', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'replicas on a Deployment is not ours', code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        replicas: 3
    ` },
    { name: 'replicas nested in the pod template metadata labels is just a label', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            labels: {replicas: "3"}
    ` },
    { name: 'spec missing entirely', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
    { name: 'spec is not a mapping', code: yaml`
      kind: DaemonSet
      spec: [replicas]
    ` },
  ],
  invalid: [
    { name: 'block style', code: yaml`
      kind: DaemonSet
      spec:
        replicas: 3
    `, errors: [{ message, line: 3, column: 3, endLine: 3, endColumn: 11 }], output: yaml`
      kind: DaemonSet
      spec:
        {}
    ` },
    { name: 'flow style', code: yaml`
      kind: DaemonSet
      spec: {selector: {}, replicas: 1}
    `, errors: [{ message, line: 2, column: 22 }], output: yaml`
      kind: DaemonSet
      spec: {selector: {}}
    ` },
    { name: 'replicas: 0 is still a field', code: yaml`
      kind: DaemonSet
      spec:
        minReadySeconds: 5
        replicas: 0
    `, errors: [{ message, line: 4, column: 3 }], output: yaml`
      kind: DaemonSet
      spec:
        minReadySeconds: 5
    ` },
    { name: 'empty value', code: yaml`
      kind: DaemonSet
      spec:
        replicas:
    `, errors: [{ message, line: 3, column: 3 }], output: yaml`
      kind: DaemonSet
      spec:
        {}
    ` },
    { name: 'second document of a stream', code: yaml`
      kind: ConfigMap
      ---
      kind: DaemonSet
      spec:
        replicas: 2
    `, errors: [{ message, line: 5, column: 3 }], output: yaml`
      kind: ConfigMap
      ---
      kind: DaemonSet
      spec:
        {}
    ` },
    { name: 'quoted key in a List item', code: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            "replicas": 2
            selector: {}
    `, errors: [{ message, line: 5, column: 7, endColumn: 17 }], output: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            selector: {}
    ` },
    { name: 'CRLF line endings stay CRLF, and the comment on the deleted line goes with it', code: 'kind: DaemonSet\r\nspec:\r\n  # how many\r\n  replicas: 2 # three\r\n  selector: {}\r\n',
      errors: [{ message, line: 4, column: 3 }], output: 'kind: DaemonSet\r\nspec:\r\n  # how many\r\n  selector: {}\r\n' },
    { name: 'first key of a flow mapping', code: 'kind: DaemonSet\nspec: { replicas: 1, selector: {} }\n',
      errors: [{ message, line: 2, column: 9 }], output: 'kind: DaemonSet\nspec: { selector: {} }\n' },
  ],
});
