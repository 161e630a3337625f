import rule from '../../src/rules/priority-class.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const missing =
  'no priorityClassName: pods get the default priority (usually 0)';
const empty =
  'priorityClassName is empty: pods get the default priority';

new RuleTester().run(rule, {
  valid: [
    { name: 'system-node-critical', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: kube-flannel-ds}
      spec:
        template:
          spec:
            priorityClassName: system-node-critical
            containers: [{name: kube-flannel, image: example.com/flannel:v0.25.1}]
    ` },
    { name: 'a PriorityClass of the cluster, quoted, in flow style', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {priorityClassName: "node-agents"}}}
    ` },
    { name: 'priority equal to the value of a built-in class', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            priorityClassName: system-cluster-critical
            priority: 2000000000
    ` },
    { name: 'priority next to a class of the cluster, whose value only the cluster knows', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            priorityClassName: node-agents
            priority: 1000
    ` },
    { name: 'a priorityClassName of the wrong type is the schema rule\'s finding', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            priorityClassName: [system-node-critical]
    ` },
    { name: 'no pod template: nothing to give a priority to', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'a pod spec that is not a mapping', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: [priorityClassName]
    ` },
    { name: 'a Deployment is not ours', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            containers: [{name: web}]
    ` },
  ],
  invalid: [
    { name: 'no priorityClassName: reported at the pod spec key', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: node-exporter}
      spec:
        template:
          metadata: {labels: {app: node-exporter}}
          spec:
            containers:
            - name: node-exporter
    `, errors: [{ message: missing, line: 7, column: 5, endLine: 7, endColumn: 9 }] },
    { name: 'flow style', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: []}}}
    `, errors: [{ message: missing, line: 2, column: 19, endColumn: 23 }] },
    { name: 'an empty pod spec', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata: {labels: {app: a}}
          spec: {}
    `, errors: [{ message: missing, line: 5, column: 5 }] },
    { name: 'empty priorityClassName, as an empty string and as an empty value', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              priorityClassName: ""
      - kind: DaemonSet
        spec:
          template:
            spec:
              priorityClassName:
    `, errors: [
      { message: empty, line: 7, column: 9, endColumn: 26 },
      { message: empty, line: 12, column: 9 },
    ] },
    { name: 'a number instead of a class: the admission controller rejects the pods', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            priority: 1000000 # high
            containers: []
    `, errors: [{ message: 'priority 1000000 without a priorityClassName: pods are rejected', help: "The Priority admission controller computes each pod's priority from its class (0 unless the cluster has a globalDefault PriorityClass) and rejects pods whose priority differs, so the DaemonSet cannot create its pods. Set priorityClassName and remove priority.", line: 5, column: 7, endColumn: 15 }] },
    { name: 'priority 0 without a class is still no priority class', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            priorityClassName: ""
            priority: 0
    `, errors: [{ message: 'priority 0 without a priorityClassName: pods are rejected', line: 6, column: 7 }] },
    { name: 'priority that differs from a built-in class: reported at the value', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            priorityClassName: system-node-critical
            priority: 2000000000
    `, errors: [{ message: 'priority 2000000000 differs from system-node-critical: 2000001000', help: "The Priority admission controller sets each pod's priority from its PriorityClass (system-node-critical has 2000001000) and rejects pods that give another, so the DaemonSet cannot create its pods. Remove priority: the admission controller fills it in.", line: 6, column: 17, endColumn: 27 }] },
  ],
});
