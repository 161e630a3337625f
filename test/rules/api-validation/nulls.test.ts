import rule from '../../../src/rules/api-validation.js';
import requestsLimits from '../../../src/rules/resources-requests-limits.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// null is Go's zero value to the API (run/zero-values.ts reads it so for every rule): an empty
// YAML value is not "absent and fine", and not "skipped because it is not a string".


new RuleTester().run(rule, {
  valid: [
    { name: 'hostPath: null leaves a volume with no source, which the API makes an emptyDir', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent, volumeMounts: [{name: logs, mountPath: /logs}]}]
            volumes: [{name: logs, hostPath: }]
    ` },
    { name: 'valueFrom: null, preStop: null, securityContext: null, updateStrategy: null are not set', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        updateStrategy:
        template:
          spec:
            securityContext:
            containers:
              - name: agent
                image: agent
                env: [{name: A, valueFrom: }]
                lifecycle: {preStop: }
    ` },
  ],
  invalid: [
    { name: 'containers: null (Helm renders an empty list so)', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
    `, errors: [
        { message: 'containers: Required value', line: 5, column: 5 },
      ] },
    { name: 'null containers and names: Required, and two empty names clash', code: yaml`
      kind: DaemonSet
      metadata: {name: }
      spec:
        template:
          spec:
            containers:
              - null
              - name:
                image: agent
    `, errors: [
        { message: 'metadata.name: Required value: name or generateName is required', line: 2, column: 12 },
        { message: 'containers[0].image: Required value', line: 7, column: 11 },
        { message: 'containers[0].name: Required value', line: 7, column: 11 },
        { message: 'containers[1].name: Duplicate value: ""', line: 8, column: 11 },
        { message: 'containers[1].name: Required value', line: 8, column: 11 },
      ] },
    { name: 'a volume name, a mountPath, a containerPort, a hostPath path set to null', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                ports: [{containerPort: }]
                volumeMounts: [{name: data, mountPath: }, {name: host, mountPath: /host}]
            volumes: [{name: , emptyDir: {}}, {name: host, hostPath: {path: }}]
    `, errors: [
        { message: 'containers[0].ports[0].containerPort: Required value', line: 9, column: 20 },
        { message: 'containers[0].volumeMounts[0].name: Not found: "data"', line: 10, column: 33 },
        { message: 'containers[0].volumeMounts[0].mountPath: Required value', line: 10, column: 39 },
        { message: 'containers[0].volumeMounts[1].name: Not found: "host"', line: 10, column: 60 },
        { message: 'volumes[0].name: Required value', line: 11, column: 17 },
        { message: 'volumes[1].hostPath.path: Required value', line: 11, column: 65 },
      ] },
    { name: 'topologyKey: null in pod anti-affinity and in a spread constraint', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: }]}}
            topologySpreadConstraints: [{maxSkew: 1, topologyKey: , whenUnsatisfiable: DoNotSchedule}]
    `, errors: [
        { message: 'affinity.podAntiAffinity.required…[0].topologyKey: Required value: can not be empty', line: 7, column: 86 },
        { message: 'affinity.podAntiAffinity.required…[0].topologyKey: Invalid value: ""', line: 7, column: 98 },
        { message: 'affinity.podAntiAffinity.required…[0].topologyKey: Invalid value: "": name part must be non-empty', line: 7, column: 98 },
        { message: 'topologySpreadConstraints[0].topologyKey: Required value: can not be empty', line: 8, column: 48 },
      ] },
    { name: 'a null toleration is a zero toleration; valueFrom: {} has no source', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            tolerations: [null]
            containers: [{name: agent, image: agent, env: [{name: A, valueFrom: {}}]}]
    `, errors: [
        { message: 'tolerations[0].operator: Invalid value: "": operator must be Exists when `key` is empty', line: 6, column: 21 },
        { message: 'containers[0].env[0].valueFrom: Invalid value: "": must specify one source', line: 7, column: 75 },
      ] },
  ],
});

new RuleTester().run(requestsLimits, {
  valid: [
    { name: 'limits: null is no limits at all', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent, resources: {requests: {cpu: 100m, memory: 64Mi}, limits: }}]
    `, options: { limits: [] } },
  ],
  invalid: [
    { name: 'limits: {cpu: } is a limit of 0, so a request above it', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                resources:
                  requests: {cpu: 100m, memory: 64Mi}
                  limits: {cpu: , memory: 64Mi}
    `, errors: [
        { message: 'container "agent" requests cpu 100m, above its limit 0', line: 10, column: 29 },
      ] },
  ],
});
