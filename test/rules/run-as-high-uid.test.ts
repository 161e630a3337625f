import rule, { type RunAsHighUidOptions } from '../../src/rules/run-as-high-uid.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run<RunAsHighUidOptions>(rule, {
  valid: [
    { name: 'high IDs on the pod and containers; no IDs at all (the image decides)', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              securityContext: {runAsUser: 65534, runAsGroup: 65534, fsGroup: 2000, supplementalGroups: [3000]}
              containers:
              - {name: a, securityContext: {runAsUser: 10001, runAsGroup: 10000}}
      - kind: DaemonSet
        spec: {template: {spec: {containers: [{name: b}]}}}
    ` },
    { name: 'Windows pods run as a user name', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            os: {name: windows}
            securityContext: {runAsUser: 0}
    ` },
    { name: 'minUid and minGid lower the bound', options: { minUid: 1000, minGid: 1000 }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, securityContext: {runAsUser: 1000, runAsGroup: 1000}}
    ` },
    { name: 'a pod-level ID that every container overrides is dead: not reported', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext: {runAsUser: 0, runAsGroup: 0}
            initContainers:
            - {name: init, securityContext: {runAsUser: 20000, runAsGroup: 20000}}
            containers:
            - {name: a, securityContext: {runAsUser: 65534, runAsGroup: 65534}}
    ` },
    { name: 'requireRunAsUser: satisfied by the pod\'s runAsUser or the container\'s own', options: { requireRunAsUser: true }, code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              securityContext: {runAsUser: 65534}
              containers: [{name: a}]
      - kind: DaemonSet
        spec:
          template:
            spec:
              containers: [{name: b, securityContext: {runAsUser: 10000}}]
    ` },
    { name: 'values that are not IDs are the schema and api-validation rules\' findings', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, securityContext: {runAsUser: "0", runAsGroup: -1}}
    ` },
  ],
  invalid: [
    { name: 'root and low IDs on the pod and on containers, each where it is written', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsUser: 0
              runAsGroup: 0
              fsGroup: 0
              supplementalGroups: [10000, 0]
            containers:
            - name: agent
              securityContext: {runAsUser: 1000, runAsGroup: 999}
            - name: helper
    `, errors: [
      {
        message: 'pod runs as UID 0 (root)', line: 6, column: 20,
        help: "Root in the container is root on the node once anything lets it out (a kernel bug, a host mount, a capability). IDs below 10000 are the range the node's own accounts use: a process that escapes the container acts, and owns files, as a real user or group of the node. An ID above every host account's matches none of them. Set runAsUser to 10000 or more, with runAsNonRoot: true.",
      },
      {
        message: 'pod runs with group 0 (root) as runAsGroup', line: 7, column: 21,
        help: "Group 0 owns much of the node's and the image's system files: a process in it can read, and often write, what root's group may. Use a group of the agent's own, 10000 or more.",
      },
      { message: 'pod runs with group 0 (root) as fsGroup', line: 8, column: 18 },
      { message: 'pod runs with group 0 (root) as a supplementalGroup', line: 9, column: 37 },
      { message: 'container "agent" runs as UID 1000, below 10000', line: 12, column: 38 },
      { message: 'container "agent" runs with GID 999, below 10000', line: 12, column: 56 },
    ] },
    { name: 'a pod-level ID is reported while one container inherits it; bounds from the options', options: { minUid: 5000, minGid: 2000 }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext: {runAsUser: 1000, runAsGroup: 1000}
            containers:
            - {name: own, securityContext: {runAsUser: 6000, runAsGroup: 1500}}
            - {name: inherits}
    `, errors: [
      {
        message: 'pod runs as UID 1000, below 5000', line: 5, column: 36,
        help: "IDs below 5000 are the range the node's own accounts use: a process that escapes the container acts, and owns files, as a real user or group of the node. An ID above every host account's matches none of them. Set runAsUser to 5000 or more (the rule's minUid option), with runAsNonRoot: true.",
      },
      {
        message: 'pod runs with GID 1000, below 2000', line: 5, column: 54,
        help: "IDs below 2000 are the range the node's own accounts use: a process that escapes the container acts, and owns files, as a real user or group of the node. An ID above every host account's matches none of them. Set runAsGroup to 2000 or more (the rule's minGid option).",
      },
      { message: 'container "own" runs with GID 1500, below 2000', line: 7, column: 68 },
    ] },
    { name: 'requireRunAsUser: a container with no runAsUser, at its name; a sidecar too', options: { requireRunAsUser: true }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext: {runAsGroup: 20000}
            initContainers:
            - {name: proxy, restartPolicy: Always}
            containers:
            - name: agent
              securityContext: {runAsGroup: 20000}
    `, errors: [
      {
        message: 'container "proxy" sets no runAsUser: the image decides', line: 7, column: 10,
        help: "Neither the container nor the pod sets securityContext.runAsUser, so the process runs as the image's USER, often root, and a new image can change it unreviewed. IDs below 10000 are the range the node's own accounts use: a process that escapes the container acts, and owns files, as a real user or group of the node. An ID above every host account's matches none of them. Set runAsUser to 10000 or more, with runAsNonRoot: true (this finding comes from the rule's requireRunAsUser option).",
      },
      { message: 'container "agent" sets no runAsUser: the image decides', line: 9, column: 9 },
    ] },
  ],
});
