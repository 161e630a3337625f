import rule from '../../src/rules/restart-policy-always.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const message = (value: string): string =>
  `restartPolicy ${value} is not allowed in a DaemonSet: its pods run for as long as the node does, and the API accepts only Always; set it to Always or remove it`;

new RuleTester().run(rule, {
  valid: [
    { name: 'Always', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
            containers: [{name: a, image: a}]
    ` },
    { name: 'left out: defaulted to Always', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers: [{name: a, image: a}]
    ` },
    { name: 'quoted Always', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {restartPolicy: "Always"}}}
    ` },
    { name: 'empty value: defaulted to Always', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy:
    ` },
    { name: 'empty string: defaulted to Always', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: ""
    ` },
    { name: 'a sidecar init container restartPolicy is not the pod one', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
              - name: proxy
                restartPolicy: Always
              - name: setup
                restartPolicy: Never
    ` },
    { name: 'a Job may use OnFailure', code: yaml`
      kind: Job
      spec:
        template:
          spec:
            restartPolicy: OnFailure
    ` },
    { name: 'pod template spec is not a mapping', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: [restartPolicy, Never]
    ` },
  ],
  invalid: [
    { name: 'OnFailure', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers: []
    `, errors: [{ message: message('"OnFailure"'), line: 5, column: 22, endLine: 5, endColumn: 31 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
            containers: []
    ` },
    { name: 'Never, with a comment kept', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Never # like a Job
    `, errors: [{ message: message('"Never"'), line: 5, column: 22, endColumn: 27 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always # like a Job
    ` },
    { name: 'quoted', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: 'Never'
    `, errors: [{ message: message('"Never"'), line: 5, column: 22, endColumn: 29 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
    ` },
    { name: 'flow style', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: [], restartPolicy: OnFailure}}}
    `, errors: [{ message: message('"OnFailure"'), line: 2, column: 57, endColumn: 66 }], output: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: [], restartPolicy: Always}}}
    ` },
    { name: 'lowercase always: the API is case-sensitive', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: always
    `, errors: [{ message: message('"always"'), line: 5, column: 22 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
    ` },
    { name: 'YAML 1.1 boolean', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: yes
    `, errors: [{ message: message('true'), line: 5, column: 22, endColumn: 25 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
    ` },
    { name: 'a number', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: 1
    `, errors: [{ message: message('1'), line: 5, column: 22 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
    ` },
    { name: 'a mapping is reported but not rewritten', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: {policy: Always}
    `, errors: [{ message: message('given as a mapping'), line: 5, column: 22 }], output: null },
    { name: 'in a List item', code: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            template:
              spec:
                restartPolicy: Never
    `, errors: [{ message: message('"Never"'), line: 7, column: 26 }], output: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            template:
              spec:
                restartPolicy: Always
    ` },
  ],
});
