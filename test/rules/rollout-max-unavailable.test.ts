import rule, { type RolloutMaxUnavailableOptions } from '../../src/rules/rollout-max-unavailable.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run<RolloutMaxUnavailableOptions>(rule, {
  valid: [
    { name: 'the default (1), small shares, and any share for an ordinary DaemonSet below 100%', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec: {template: {spec: {priorityClassName: system-node-critical}}}
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxUnavailable: 25%}}
          template: {spec: {priorityClassName: system-node-critical}}
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxUnavailable: 50%}}
          template: {spec: {priorityClassName: logging}}
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxUnavailable: 20}}
          template: {spec: {tolerations: [{operator: Exists}]}}
    ` },
    { name: 'a catch-all toleration of one effect does not tolerate every taint', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {rollingUpdate: {maxUnavailable: 50%}}
        template: {spec: {tolerations: [{operator: Exists, effect: NoSchedule}]}}
    ` },
    { name: 'criticalMaxCount bounds counts when set', options: { criticalMaxCount: 3 }, code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {rollingUpdate: {maxUnavailable: 3}}
        template: {spec: {priorityClassName: system-cluster-critical}}
    ` },
  ],
  invalid: [
    { name: '100%: every node at once, for any DaemonSet', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 100%
    `, errors: [{
      message: 'maxUnavailable 100%: an update takes the agent down on every node at once', line: 5, column: 23, endColumn: 27,
      help: 'The DaemonSet controller replaces old pods on at most maxUnavailable nodes at a time, counting every node whose pod is not available (ready for minReadySeconds); a percentage is of the nodes that should run the pod, rounded up (pkg/controller/daemon/update.go). With 100% every old pod is deleted at the start of an update, so a broken version reaches every node before one of them has shown it works, and nodes run without the agent meanwhile. Set maxUnavailable to a count or a small percentage (the default is 1).',
    }] },
    { name: 'a critical DaemonSet: by priority class, or tolerating every taint; counts with criticalMaxCount', options: { criticalMaxCount: 2 }, code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxUnavailable: 50%}}
          template: {spec: {priorityClassName: system-node-critical}}
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxUnavailable: 30%}}
          template: {spec: {tolerations: [{operator: Exists}]}}
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxUnavailable: 5}}
          template: {spec: {priorityClassName: system-cluster-critical}}
    `, errors: [
      { message: 'maxUnavailable 50% on a critical DaemonSet (system-node-critical): above 25%', line: 5, column: 54 },
      { message: 'maxUnavailable 30% on a critical DaemonSet (it tolerates every taint): above 25%', line: 9, column: 54 },
      { message: 'maxUnavailable 5 on a critical DaemonSet (system-cluster-critical): above 2', line: 13, column: 54 },
    ] },
    { name: 'OnDelete: a manual rollout, reported as info', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: OnDelete
    `, errors: [{
      message: 'updateStrategy OnDelete: pods are updated only when deleted by hand', severity: 'info', line: 4, column: 11, endColumn: 19,
    }] },
  ],
});
