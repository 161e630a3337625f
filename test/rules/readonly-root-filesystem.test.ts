import rule from '../../src/rules/readonly-root-filesystem.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'readOnlyRootFilesystem: true (and yes) on every container', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - {name: init, securityContext: {readOnlyRootFilesystem: yes}}
            containers:
            - name: agent
              securityContext:
                readOnlyRootFilesystem: true
    ` },
    { name: 'Windows pods: the API rejects the field for them', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec: {template: {spec: {os: {name: windows}, containers: [{name: a}]}}}
      - kind: DaemonSet
        spec: {template: {spec: {nodeSelector: {kubernetes.io/os: windows}, containers: [{name: a}]}}}
    ` },
    { name: 'a value that is not a boolean is the schema rule\'s; ephemeral containers are not in templates', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, securityContext: {readOnlyRootFilesystem: "true"}}
            ephemeralContainers:
            - {name: debug}
    ` },
  ],
  invalid: [
    { name: 'missing on a container, a sidecar and a plain init container; false at its value', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: install
            - {name: proxy, restartPolicy: Always, securityContext: {readOnlyRootFilesystem: false}}
            containers:
            - name: agent
              securityContext: {privileged: true}
            - image: example.com/x:1.0
    `, errors: [
      {
        message: 'container "install" has a writable root filesystem', line: 6, column: 9,
        help: "A writable root filesystem lets an intruder, or a bug, change the container's binaries and configuration and keep files outside any volume. With securityContext.readOnlyRootFilesystem: true the image stays as it was built; mount an emptyDir where the agent writes (/tmp, a cache, its state). Set readOnlyRootFilesystem: true.",
      },
      { message: 'container "proxy" sets readOnlyRootFilesystem: false', line: 7, column: 88 },
      { message: 'container "agent" has a writable root filesystem', line: 9, column: 9 },
      { message: 'container "containers[1]" has a writable root filesystem', line: 11, column: 9 },
    ] },
  ],
});
