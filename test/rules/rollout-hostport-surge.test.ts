import rule from '../../src/rules/rollout-hostport-surge.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const help = (hostNetwork: string): string =>
  `With maxSurge the DaemonSet controller creates the new pod on a node while the old one still runs, and deletes the old pod only once the new one is available (rollingUpdate in pkg/controller/daemon/update.go). A host port is held by one pod per node${hostNetwork}: the scheduler cannot place the new pod beside the old one, it stays Pending, the old pod is never deleted, and the rollout stops once maxSurge nodes wait. Set maxSurge: 0 and a maxUnavailable (the default is 1): the old pod is deleted first, then replaced.`;

new RuleTester().run(rule, {
  valid: [
    { name: 'surge without host ports', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
        template:
          spec:
            containers:
            - {name: agent, ports: [{containerPort: 8080}]}
    ` },
    { name: 'host ports without surge: the default strategy, maxSurge 0 or 0%, OnDelete', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              containers: [{name: a, ports: [{containerPort: 9100, hostPort: 9100}]}]
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 1}}
          template:
            spec:
              containers: [{name: a, ports: [{containerPort: 9100, hostPort: 9100}]}]
      - kind: DaemonSet
        spec:
          updateStrategy: {rollingUpdate: {maxSurge: 0%}}
          template:
            spec:
              hostNetwork: true
              containers: [{name: a, ports: [{containerPort: 9100}]}]
      - kind: DaemonSet
        spec:
          updateStrategy: {type: OnDelete, rollingUpdate: {maxSurge: 1}}
          template:
            spec:
              containers: [{name: a, ports: [{containerPort: 9100, hostPort: 9100}]}]
    ` },
    { name: 'a plain init container\'s port is gone before the pod runs', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
        template:
          spec:
            initContainers: [{name: init, ports: [{containerPort: 80, hostPort: 80}]}]
            containers: [{name: agent}]
    ` },
  ],
  invalid: [
    { name: 'maxSurge with a hostPort: at the maxSurge value', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: 1
            maxUnavailable: 0
        template:
          spec:
            containers:
            - name: exporter
              ports:
              - {containerPort: 9100, hostPort: 9100}
    `, errors: [{ message: 'maxSurge 1 with host port 9100/TCP (container "exporter"): the rollout stalls', help: help(''), line: 6, column: 17, endColumn: 18 }] },
    { name: 'a percentage of surge, under hostNetwork every container port is a host port; a sidecar counts', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {rollingUpdate: {maxSurge: 10%, maxUnavailable: 0}}
        template:
          spec:
            hostNetwork: true
            initContainers:
            - {name: proxy, restartPolicy: Always, ports: [{containerPort: 15001, protocol: UDP}]}
    `, errors: [{
      message: 'maxSurge 10% with host port 15001/UDP (container "proxy"): the rollout stalls',
      help: help(' (under hostNetwork every container port is a host port)'), line: 3, column: 46,
    }] },
  ],
});
