import rule from '../../src/rules/probes.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const missing = (container: string): string =>
  `container "${container}" has no livenessProbe or readinessProbe: a hung agent keeps running unnoticed on its node, and a rolling update moves on to the next node as soon as the new container starts; add a readinessProbe (it gates the rollout) or a livenessProbe (it restarts a hung container)`;
const startupOnly = (container: string): string =>
  `container "${container}" has only a startupProbe, which stops checking once the container has started: a hung agent keeps running unnoticed on its node; add a livenessProbe or a readinessProbe`;

new RuleTester().run(rule, {
  valid: [
    { name: 'a livenessProbe alone', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: exporter}
      spec:
        template:
          spec:
            containers:
            - name: exporter
              image: example.com/exporter:1.8.0
              livenessProbe:
                httpGet: {path: /healthz, port: 9100}
    ` },
    { name: 'a readinessProbe alone, and both with a startupProbe', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              readinessProbe: {tcpSocket: {port: 8080}}
            - name: proxy
              startupProbe: {exec: {command: [ready]}}
              livenessProbe: {exec: {command: [alive]}}
              readinessProbe: {exec: {command: [ready]}}
    ` },
    { name: 'plain init containers run to completion and need no probe', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: install-cni
              image: example.com/cni:1.4.0
            - name: setup
              restartPolicy: Never
            containers:
            - name: agent
              livenessProbe: {grpc: {port: 9000}}
    ` },
    { name: 'a sidecar with a readinessProbe', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: proxy
              restartPolicy: Always
              readinessProbe: {httpGet: {path: /ready, port: 15021}}
            containers:
            - name: agent
              livenessProbe: {httpGet: {path: /healthz, port: 8080}}
    ` },
    { name: 'ephemeral containers may not have probes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: agent, readinessProbe: {tcpSocket: {port: 80}}}
            ephemeralContainers:
            - {name: debugger, image: busybox:1.36}
    ` },
    { name: 'a probe of the wrong shape is stated: the schema and api-validation rules judge it', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, livenessProbe: /healthz}
            - {name: b, readinessProbe: {}}
    ` },
    { name: 'wrong shapes do not crash the rule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers: {name: agent}
            initContainers: [null, 3, [x]]
    ` },
    { name: 'no pod template', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
    { name: 'a Deployment is not ours', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            containers:
            - name: web
    ` },
  ],
  invalid: [
    { name: 'no probe at all: reported at the container name', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: fluent-bit}
      spec:
        template:
          spec:
            containers:
            - name: fluent-bit
              image: fluent/fluent-bit:3.1.4
    `, errors: [{ message: missing('fluent-bit'), line: 8, column: 9, endLine: 8, endColumn: 13 }] },
    { name: 'a startupProbe alone does not replace them', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              startupProbe:
                httpGet: {path: /healthz, port: 8080}
                failureThreshold: 30
    `, errors: [{ message: startupOnly('agent'), line: 6, column: 9 }] },
    { name: 'a sidecar without probes is long-running; the plain init container is not', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: install
            - name: log-forwarder
              restartPolicy: Always
            containers:
            - name: agent
              livenessProbe: {httpGet: {path: /healthz, port: 8080}}
    `, errors: [{ message: missing('log-forwarder'), line: 7, column: 9 }] },
    { name: 'each container on its own, in the order of the manifest', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: node-exporter
            - name: kube-rbac-proxy
              readinessProbe: {tcpSocket: {port: 9100}}
            - image: example.com/reloader:0.14.0
              name: config-reloader
    `, errors: [
      { message: missing('node-exporter'), line: 6, column: 9 },
      { message: missing('config-reloader'), line: 10, column: 9 },
    ] },
    { name: 'empty and null probes state nothing', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              livenessProbe:
              readinessProbe: null
            - name: proxy
              livenessProbe: ~
              startupProbe: {tcpSocket: {port: 80}}
    `, errors: [
      { message: missing('agent'), line: 6, column: 9 },
      { message: startupOnly('proxy'), line: 9, column: 9 },
    ] },
    { name: 'an unnamed container is reported at its list item', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - image: example.com/agent:2.0.1
              resources: {}
    `, errors: [{ message: missing('containers[0]'), line: 6, column: 9, endLine: 7, endColumn: 22 }] },
    { name: 'flow style', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: [{name: agent, image: a}]}}}
    `, errors: [{ message: missing('agent'), line: 2, column: 40, endColumn: 44 }] },
    { name: 'a DaemonSet inside a List', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              containers:
              - name: weave-npc
    `, errors: [{ message: missing('weave-npc'), line: 8, column: 11 }] },
  ],
});
