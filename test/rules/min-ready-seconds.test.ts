import rule, { type MinReadySecondsOptions } from '../../src/rules/min-ready-seconds.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run<MinReadySecondsOptions>(rule, {
  valid: [
    { name: 'minReadySeconds set', code: yaml`
      kind: DaemonSet
      spec:
        minReadySeconds: 30
        template:
          spec:
            containers: [{name: a, readinessProbe: {httpGet: {path: /ready, port: 8080}}}]
    ` },
    { name: 'no readinessProbe (probes reports that first), a placeholder\'s probe, OnDelete', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec: {template: {spec: {containers: [{name: a, livenessProbe: {tcpSocket: {port: 80}}}]}}}
      - kind: DaemonSet
        spec:
          template:
            spec:
              containers: [{name: pause, image: registry.k8s.io/pause:3.10, readinessProbe: {exec: {command: [/bin/true]}}}]
      - kind: DaemonSet
        spec:
          updateStrategy: {type: OnDelete}
          template: {spec: {containers: [{name: a, readinessProbe: {tcpSocket: {port: 80}}}]}}
    ` },
    { name: 'the minimum option', options: { minimum: 10 }, code: yaml`
      kind: DaemonSet
      spec:
        minReadySeconds: 10
        template: {spec: {containers: [{name: a, readinessProbe: {tcpSocket: {port: 80}}}]}}
    ` },
  ],
  invalid: [
    { name: 'absent: at spec', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              readinessProbe: {httpGet: {path: /ready, port: 8080}}
    `, errors: [{
      message: 'minReadySeconds is 0: rollout moves on once container "agent" is ready', line: 2, column: 1, endColumn: 5,
      help: 'The DaemonSet controller counts a new pod as available once it has been ready for minReadySeconds (0 when absent), and then moves the rolling update on to the next nodes (pkg/controller/daemon/update.go). With 0, an agent whose readinessProbe passes once and that crashes a few seconds later counts as available: a broken version rolls on to every node. Set spec.minReadySeconds to the time the agent needs to prove itself (the rule asks for at least 1; 10 to 60 seconds is common).',
    }] },
    { name: 'explicit 0, and below the minimum option: at the value', options: { minimum: 15 }, code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          minReadySeconds: 0
          template: {spec: {containers: [{name: a, readinessProbe: {tcpSocket: {port: 80}}}]}}
      - kind: DaemonSet
        spec:
          minReadySeconds: 5
          updateStrategy: {type: RollingUpdate}
          template: {spec: {containers: [{name: a, readinessProbe: {tcpSocket: {port: 80}}}]}}
    `, errors: [
      { message: 'minReadySeconds is 0: rollout moves on once container "a" is ready', line: 5, column: 22 },
      { message: 'minReadySeconds 5 is below 15: a crash after that still rolls on', line: 9, column: 22 },
    ] },
  ],
});
