import rule from '../../src/rules/probes.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const missing = (container: string): string => `container "${container}" has no livenessProbe or readinessProbe`;
const startupOnly = (container: string): string => `container "${container}" has only a startupProbe`;
const rollout =
  "A DaemonSet's rolling update moves on to the next node once the new pod is ready (and has stayed ready for minReadySeconds); without a readinessProbe it is ready as soon as its containers start, so a broken version rolls on to every node.";

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
    { name: 'placeholder containers: pause images, sleep, tail -f /dev/null, also through a shell', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - {name: prepull, image: example.com/agent:2.1.0, command: [/bin/true]}
            containers:
            - {name: pause, image: registry.k8s.io/pause:3.10}
            - {name: mirrored, image: docker.io/rancher/mirrored-pause:3.6}
            - {name: sleep, image: busybox:1.36, command: [sleep, infinity]}
            - {name: sleep-hour, image: busybox:1.36, command: [/bin/sleep, "3600"]}
            - {name: sleep-args, image: busybox:1.36, args: [sleep, 1d]}
            - {name: tail, image: alpine:3.20, command: [tail, -f, /dev/null]}
            - {name: shell, image: alpine:3.20, command: [/bin/sh, -c, "while true; do sleep 3600; done"]}
            - {name: trap, image: alpine:3.20, command: [sh, -ec, "trap : TERM INT; sleep infinity & wait"]}
            - {name: exec, image: alpine:3.20, command: [bash, -c], args: ["exec sleep 1000000"]}
            - {name: busybox, image: busybox:1.36, command: [busybox, sleep, "600"]}
    ` },
    { name: 'require: [readiness] is satisfied by a readinessProbe', options: { require: ['readiness'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              readinessProbe: {httpGet: {path: /ready, port: 8080}}
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
    `, errors: [{
      message: missing('fluent-bit'), line: 8, column: 9, endLine: 8, endColumn: 13,
      help: `Without probes a hung agent keeps running unnoticed on its node. ${rollout} Add a readinessProbe (it gates the rollout) and a livenessProbe (it restarts a hung container).`,
    }] },
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
    { name: 'not placeholders: a command that does work before or after sleeping, a pause-like name that is not pause', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: loop, image: alpine:3.20, command: [sh, -c, "while true; do rsync -a /src /dst; sleep 60; done"]}
            - {name: setup, image: alpine:3.20, command: [sh, -c, "sysctl -w vm.max_map_count=262144 && sleep infinity"]}
            - {name: pauser, image: example.com/pauser:1.0}
            - {name: sleep-dev, image: alpine:3.20, command: [sleep, "10", /dev/null]}
    `, errors: [
      { message: missing('loop'), line: 6, column: 10 },
      { message: missing('setup'), line: 7, column: 10 },
      { message: missing('pauser'), line: 8, column: 10 },
      { message: missing('sleep-dev'), line: 9, column: 10 },
    ] },
    { name: 'require: [readiness]: a livenessProbe alone is not enough; none at all is reported once', options: { require: ['readiness'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              livenessProbe: {httpGet: {path: /healthz, port: 8080}}
            - name: bare
            - name: pause
              image: registry.k8s.io/pause:3.10
    `, errors: [
      {
        message: 'container "agent" has no readinessProbe', line: 6, column: 9,
        help: `${rollout} The rule's require option asks for a readinessProbe; its livenessProbe only restarts a hung container. Add a readinessProbe that checks the agent can do its work.`,
      },
      { message: missing('bare'), line: 8, column: 9 },
    ] },
    { name: 'require: [liveness, readiness]: both', options: { require: ['liveness', 'readiness'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: live
              livenessProbe: {httpGet: {path: /healthz, port: 8080}}
            - name: ready
              readinessProbe: {httpGet: {path: /ready, port: 8080}}
    `, errors: [
      { message: 'container "live" has no readinessProbe', line: 6, column: 9 },
      { message: 'container "ready" has no livenessProbe', line: 8, column: 9 },
    ] },
  ],
});
