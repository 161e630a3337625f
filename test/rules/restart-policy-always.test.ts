import rule from '../../src/rules/restart-policy-always.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';


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
    `, errors: [{ message: 'restartPolicy "OnFailure" is not allowed in a DaemonSet: use Always', help: "A DaemonSet's pods run for as long as their node does, so the API server accepts only restartPolicy Always in its pod template. Set it to Always or remove it (Always is the default); the fix sets Always.", line: 5, column: 22, endLine: 5, endColumn: 31 }], output: yaml`
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
    `, errors: [{ message: 'restartPolicy "Never" is not allowed in a DaemonSet: use Always', line: 5, column: 22, endColumn: 27 }], output: yaml`
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
    `, errors: [{ message: 'restartPolicy "Never" is not allowed in a DaemonSet: use Always', line: 5, column: 22, endColumn: 29 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: Always
    ` },
    { name: 'flow style', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: [], restartPolicy: OnFailure}}}
    `, errors: [{ message: 'restartPolicy "OnFailure" is not allowed in a DaemonSet: use Always', line: 2, column: 57, endColumn: 66 }], output: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: [], restartPolicy: Always}}}
    ` },
    { name: 'lowercase always: the API is case-sensitive', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            restartPolicy: always
    `, errors: [{ message: 'restartPolicy "always" is not allowed in a DaemonSet: use Always', line: 5, column: 22 }], output: yaml`
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
    `, errors: [{ message: 'restartPolicy true is not allowed in a DaemonSet: use Always', line: 5, column: 22, endColumn: 25 }], output: yaml`
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
    `, errors: [{ message: 'restartPolicy 1 is not allowed in a DaemonSet: use Always', line: 5, column: 22 }], output: yaml`
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
    `, errors: [{ message: 'restartPolicy given as a mapping is not allowed in a DaemonSet: use Always', line: 5, column: 22 }], output: null },
    { name: 'in a List item', code: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            template:
              spec:
                restartPolicy: Never
    `, errors: [{ message: 'restartPolicy "Never" is not allowed in a DaemonSet: use Always', line: 7, column: 26 }], output: yaml`
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
