import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// Containers: env and envFrom (ValidateEnv, ValidateEnvFrom), resizePolicy, restart rules,
// probe headers, lifecycle sleep, volumeDevices, version by version.


new RuleTester().run(rule, {
  valid: [
    { name: 'fileKeyRef from 1.35 (EnvFiles on): a volume, a relative path and a key', kubeVersion: '1.35', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                env:
                  - {name: CONFIG, valueFrom: {fileKeyRef: {volumeName: config, path: env/agent.env, key: CONFIG}}}
    ` },
    { name: 'env and envFrom as DaemonSets write them', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                env:
                  - {name: NODE_NAME, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
                  - {name: HOST_IP, valueFrom: {fieldRef: {apiVersion: v1, fieldPath: status.hostIP}}}
                  - {name: APP, valueFrom: {fieldRef: {fieldPath: "metadata.labels['app']"}}}
                  - {name: MEM, valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}}
                  - {name: CPU, valueFrom: {resourceFieldRef: {resource: requests.cpu, divisor: 1m}}}
                  - {name: TOKEN, valueFrom: {secretKeyRef: {name: agent-token, key: token.txt}}}
                  - {name: my.env-name, value: x}
                envFrom: [{prefix: AGENT_, configMapRef: {name: agent-config-}}, {secretRef: {name: agent}}]
    ` },
    { name: 'relaxed environment variable names from 1.32', kubeVersion: '1.32', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent, env: [{name: "1 starts with a digit", value: x}], envFrom: [{prefix: "9:", configMapRef: {name: c}}]}]
    ` },
    { name: 'resizePolicy is dropped before 1.33; sleep hooks before 1.30', kubeVersion: '1.29', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                resizePolicy: [{resourceName: gpu, restartPolicy: Never}]
                lifecycle: {preStop: {sleep: {seconds: 600}}}
    ` },
    { name: 'a sleep of 0 seconds from 1.33; headers; volume devices on a claim', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                lifecycle: {preStop: {sleep: {seconds: 0}}}
                livenessProbe: {httpGet: {port: 8080, httpHeaders: [{name: X-Probe, value: "1"}]}}
                volumeDevices: [{name: disk, devicePath: /dev/xvda}]
                resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}]
            volumes: [{name: disk, persistentVolumeClaim: {claimName: disk}}]
    ` },
    { name: 'from 1.35 a regular container may set restartPolicy with restart rules', kubeVersion: '1.35', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                restartPolicy: Never
                restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]
    ` },
  ],
  invalid: [
    { name: 'fileKeyRef from 1.35: volumeName, path and key required; the path relative, without ..', kubeVersion: '1.35', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                env:
                  - {name: A, valueFrom: {fileKeyRef: {volumeName: "", path: /etc/agent.env}}}
                  - {name: B, valueFrom: {fileKeyRef: {volumeName: config, path: ../agent.env, key: B}}}
    `, errors: [
      { message: 'containers[0].env[0].valueFrom.fileKeyRef.key: Required value', line: 10, column: 37 },
      { message: 'containers[0].env[0].valueFrom.fileKeyRef.volumeName: Required value', line: 10, column: 50 },
      { message: 'containers[0].env[0].valueFrom.fileKeyRef.path: Invalid value: must be a relative path', line: 10, column: 72 },
      { message: "containers[0].env[1].valueFrom.fileKeyRef.path: Invalid value: \"../agent.env\": must not contain '..'", line: 11, column: 76 },
    ] },
    { name: 'fileKeyRef in 1.34 is dropped (EnvFiles off), which leaves valueFrom with no source', kubeVersion: '1.34', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                env:
                  - {name: CONFIG, valueFrom: {fileKeyRef: {volumeName: config, path: agent.env, key: CONFIG}}}
    `, errors: [
      { message: 'containers[0].env[0].valueFrom: Invalid value: "": must specify one source', help: 'valueFrom takes exactly one source (fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef), and then no value. kubectl apply fails with: spec.template.spec.containers[0].env[0].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`', line: 10, column: 41 },
    ] },
    { name: 'env names before 1.32: the strict rule, and . and ..', kubeVersion: '1.31', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                env: [{name: 1ST, value: a}, {name: .., value: b}, {value: c}]
    `, errors: [
        { message: 'containers[0].env[0].name: Invalid value: "1ST": must be a valid environment variable name', line: 9, column: 24 },
        { message: 'containers[0].env[1].name: Invalid value: "..": must not be \'..\'', line: 9, column: 47 },
        { message: 'containers[0].env[2].name: Required value', line: 9, column: 62 },
      ] },
    { name: 'env names from 1.32: printable ASCII but =', kubeVersion: '1.32', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent, env: [{name: "A=B", value: a}, {name: "é", value: b}]}]
    `, errors: [
        { message: 'containers[0].env[0].name: Invalid value: "A=B": must be printable ASCII other than \'=\'', line: 6, column: 61 },
        { message: 'containers[0].env[1].name: Invalid value: "é": must be printable ASCII other than \'=\'', line: 6, column: 86 },
      ] },
    { name: 'valueFrom: none, two, with a value; fieldRef paths; resourceFieldRef; key selectors', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                env:
                  - {name: A, valueFrom: {}}
                  - {name: B, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
                  - {name: C, valueFrom: {fieldRef: {fieldPath: metadata.name}, secretKeyRef: {name: s, key: k}}}
                  - {name: D, valueFrom: {fieldRef: {fieldPath: status.phase}}}
                  - {name: E, valueFrom: {fieldRef: {fieldPath: spec.nodename}}}
                  - {name: F, valueFrom: {fieldRef: {fieldPath: "spec.nodeName['x']"}}}
                  - {name: G, valueFrom: {fieldRef: {apiVersion: v2, fieldPath: metadata.name}}}
                  - {name: H, valueFrom: {resourceFieldRef: {resource: limits.gpu}}}
                  - {name: I, valueFrom: {resourceFieldRef: {resource: limits.cpu, divisor: 1k}}}
                  - {name: J, valueFrom: {configMapKeyRef: {key: "bad key"}}}
                  - {name: K, valueFrom: {secretKeyRef: {name: s, key: ""}}}
    `, errors: [
      { message: 'containers[0].env[0].valueFrom: Invalid value: "": must specify one source', line: 10, column: 36 },
      { message: 'containers[0].env[1].valueFrom: Invalid value: "": may not be specified when `value` is not empty', line: 11, column: 46 },
      { message: 'containers[0].env[2].valueFrom: Invalid value: may not have more than one field specified at a time', line: 12, column: 36 },
      { message: 'containers[0].env[3].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase"', line: 13, column: 59 },
      { message: 'containers[0].env[4].valueFrom.fieldRef.fieldPath: Invalid value: "spec.nodename"', line: 14, column: 59 },
      { message: 'containers[0].env[5].valueFrom.fieldRef.fieldPath: Invalid value: "spec.nodeName[\'x\']"', line: 15, column: 59 },
      { message: 'containers[0].env[6].valueFrom.fieldRef.fieldPath: Invalid value: "metadata.name"', line: 16, column: 75 },
      { message: 'containers[0].env[7].valueFrom.resourceFieldRef.resource: Unsupported value: "limits.gpu"', line: 17, column: 66 },
      { message: 'containers[0].env[8].valueFrom.resourceFieldRef.divisor: Invalid value: "limits.cpu"', line: 18, column: 87 },
      { message: 'containers[0].env[9].valueFrom.configMapKeyRef.name: Invalid value: ""', line: 19, column: 54 },
      { message: 'containers[0].env[9].valueFrom.configMapKeyRef.key: Invalid value: must be a valid config key', line: 19, column: 60 },
      { message: 'containers[0].env[10].valueFrom.secretKeyRef.key: Required value', line: 20, column: 61 },
    ] },
    { name: 'envFrom: none, both, a bad prefix, an empty name', kubeVersion: '1.31', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                envFrom:
                  - {prefix: A}
                  - {configMapRef: {name: c}, secretRef: {name: s}}
                  - {prefix: "9-", configMapRef: {name: ""}}
    `, errors: [
        { message: 'containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`', line: 10, column: 15 },
        { message: 'containers[0].envFrom: Invalid value: "": may not have more than one field specified at a time', line: 11, column: 15 },
        { message: 'containers[0].envFrom[2].prefix: Invalid value: "9-": must be a valid environment variable name', line: 12, column: 24 },
        { message: 'containers[0].envFrom[2].configMapRef.name: Required value', line: 12, column: 45 },
      ] },
    { name: 'resizePolicy (1.33 on): resources, restart policies, duplicates', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                resizePolicy: [{resourceName: cpu, restartPolicy: NotRequired}, {resourceName: cpu, restartPolicy: Always}, {resourceName: gpu, restartPolicy: NotRequired}]
    `, errors: [
        { message: 'containers[0].resizePolicy[1]: Duplicate value: "cpu"', line: 9, column: 75 },
        { message: 'containers[0].resizePolicy: Unsupported value: "Always"', line: 9, column: 110 },
        { message: 'containers[0].resizePolicy: Unsupported value: "gpu": supported values: "cpu", "memory"', line: 9, column: 134 },
      ] },
    { name: 'restart rules (1.35 on): a policy, an action, exit codes', kubeVersion: '1.35', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                restartPolicy: Sometimes
                restartPolicyRules: [{action: Stop, exitCodes: {operator: Equals, values: [1]}}, {action: Restart}]
    `, errors: [
        { message: 'containers[0].restartPolicy: Unsupported value: "Sometimes"', line: 9, column: 26 },
        { message: 'containers[0].restartPolicyRules[0].action: Unsupported value: "Stop": supported values: "Restart"', line: 10, column: 41 },
        { message: 'containers[0].restartPolicyRules[0].exitCodes.operator: Unsupported value: "Equals"', line: 10, column: 69 },
        { message: 'containers[0].restartPolicyRules[1].exitCodes: Required value: must be specified', line: 10, column: 92 },
      ] },
    { name: 'probe header names; a sleep longer than the grace period, or zero before 1.33', kubeVersion: '1.32', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            terminationGracePeriodSeconds: 10
            containers:
              - name: agent
                image: agent
                readinessProbe: {httpGet: {port: 80, httpHeaders: [{name: "X Probe", value: "1"}]}}
                lifecycle: {preStop: {sleep: {seconds: 20}}, postStart: {sleep: {seconds: 0}}}
    `, errors: [
        { message: 'containers[0].readinessProbe.httpGet.httpHeaders: Invalid value: must be a valid HTTP header name', line: 10, column: 69 },
        { message: 'containers[0].lifecycle.preStop.sleep: Invalid value: 20', line: 11, column: 50 },
        { message: 'containers[0].lifecycle.postStart.sleep: Invalid value: 0', line: 11, column: 85 },
      ] },
    { name: 'a sleep beyond the default grace period of 30 from 1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent, lifecycle: {preStop: {sleep: {seconds: 31}}}}]
    `, errors: [
        { message: 'containers[0].lifecycle.preStop.sleep: Invalid value: 31', line: 6, column: 87 },
      ] },
    { name: 'volumeDevices: names, paths, volume types, overlaps with mounts', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts: [{name: disk, mountPath: /dev/xvda}]
                volumeDevices:
                  - {name: cache, devicePath: /dev/a}
                  - {name: disk, devicePath: /dev/xvda}
                  - {name: ghost, devicePath: /dev/../b}
                  - {devicePath: /dev/a}
            volumes: [{name: disk, persistentVolumeClaim: {claimName: d}}, {name: cache, emptyDir: {}}]
    `, errors: [
        { message: 'containers[0].volumeMounts[0].name: Invalid value: "disk": must not already exist in volumeDevices', line: 9, column: 33 },
        { message: 'containers[0].volumeMounts[0].mountPath: Invalid value: "/dev/xvda"', line: 9, column: 50 },
        { message: 'containers[0].volumeDevices[0].name: Invalid value: "cache"', line: 11, column: 22 },
        { message: 'containers[0].volumeDevices[1].name: Invalid value: "disk": must not already exist in volumeMounts', line: 12, column: 22 },
        { message: 'containers[0].volumeDevices[1].devicePath: Invalid value: "/dev/xvda"', line: 12, column: 40 },
        { message: 'containers[0].volumeDevices[2].name: Not found: "ghost"', line: 13, column: 22 },
        { message: 'containers[0].volumeDevices[2].devicePath: Invalid value: can not contain backsteps (\'..\')', line: 13, column: 41 },
        { message: 'containers[0].volumeDevices[3].name: Required value', line: 14, column: 15 },
        { message: 'containers[0].volumeDevices[3].devicePath: Invalid value: "/dev/a": must be unique', line: 14, column: 28 },
      ] },
  ],
});
