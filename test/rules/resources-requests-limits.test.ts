import rule, { type ResourcesRequestsLimitsOptions } from '../../src/rules/resources-requests-limits.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';


new RuleTester().run<ResourcesRequestsLimitsOptions>(rule, {
  valid: [
    { name: 'requests and limits for cpu and memory', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 100m, memory: 128Mi}
                  limits: {cpu: 500m, memory: 256Mi}
    ` },
    { name: 'limits alone: Kubernetes sets the requests to them', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  limits: {cpu: 200m, memory: 64Mi}
    ` },
    { name: 'options that do not require a cpu limit', options: { limits: ['memory'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 100m, memory: 128Mi}
                  limits: {memory: 128Mi}
    ` },
    { name: 'options that require nothing', options: { requests: [], limits: [] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
    ` },
    { name: '0.5 equals 500m and 1Gi equals 1024Mi', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 0.5, memory: 1Gi}
                  limits: {cpu: 500m, memory: 1024Mi}
    ` },
    { name: 'a YAML integer request against a millicore limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 1, memory: "100M"}
                  limits: {cpu: "1000m", memory: 1e8}
    ` },
    { name: 'pod-level requests and limits cover every container', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            resources:
              requests: {cpu: 100m, memory: 128Mi}
              limits: {cpu: "1", memory: 256Mi}
            initContainers:
              - name: setup
            containers:
              - name: agent
              - name: exporter
    ` },
    { name: 'a pod-level limit covers both the request and the limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            resources:
              limits: {memory: 256Mi}
            containers:
              - name: agent
                resources:
                  limits: {cpu: 250m}
    ` },
    { name: 'ephemeral containers are not checked', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  limits: {cpu: 100m, memory: 64Mi}
            ephemeralContainers:
              - name: debugger
    ` },
    { name: 'a value that is not a quantity is left to the schema rule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: lots, memory: 2Gi}
                  limits: {cpu: 100m, memory: 1 Gi}
    ` },
    { name: 'extended resources and hugepages with request equal to limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 100m, memory: 64Mi, nvidia.com/gpu: 1, hugepages-2Mi: 4Mi}
                  limits: {cpu: 100m, memory: 64Mi, nvidia.com/gpu: "1", hugepages-2Mi: 4096Ki}
    ` },
    { name: 'a request below its limit for a native resource', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 10m, memory: 1Mi, ephemeral-storage: 1Gi}
                  limits: {cpu: 2, memory: 1Gi, ephemeral-storage: 2Gi}
    ` },
    { name: 'not a DaemonSet', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            containers:
              - name: agent
    ` },
    { name: 'containers of the wrong shape are the schema rule job', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers: agent
            initContainers: [agent]
    ` },
  ],
  invalid: [
    { name: 'no resources at all', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
    `, errors: [{
      message: 'container "agent" has no cpu or memory request or limit', help: 'Without requests the scheduler places the pod as if it needed nothing, and the node can run out of what the daemon needs; without limits one daemon can starve every workload on every node. Set resources.requests.cpu, resources.requests.memory, resources.limits.cpu and resources.limits.memory (size them from what the daemon uses on a busy node).',
      line: 6, column: 11, endLine: 6, endColumn: 15,
    }] },
    { name: 'no memory request and no cpu limit, reported at resources', options: { limits: ['cpu'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests:
                    cpu: 100m
    `, errors: [{
      message: 'container "agent" has no memory request and no cpu limit',
      line: 7, column: 11, endColumn: 20,
    }] },
    { name: 'only a request missing: reported at requests', options: { limits: ['cpu'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  limits: {cpu: 200m}
                  requests: {cpu: 100m}
    `, errors: [{
      message: 'container "agent" has no memory request',
      line: 9, column: 13, endColumn: 21,
    }] },
    { name: 'only a limit missing: reported at limits', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 100m, memory: 64Mi}
                  limits:
                    memory: 64Mi
    `, errors: [{ message: 'container "agent" has no cpu limit', line: 9, column: 13, endColumn: 19 }] },
    { name: 'an empty limit is a limit of 0 to the API (Go\'s zero value), so the request is above it', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 100m, memory: 64Mi}
                  limits:
                    cpu:
                    memory: 64Mi
    `, errors: [{ message: 'container "agent" requests cpu 100m, above its limit 0', line: 8, column: 29 }] },
    { name: 'an init container', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
              - name: install-cni
                command: [cp]
            containers:
              - name: agent
                resources:
                  limits: {cpu: 100m, memory: 64Mi}
    `, errors: [{
      message: 'container "install-cni" has no cpu or memory request or limit',
      line: 6, column: 11,
    }] },
    { name: 'a sidecar without limits', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
              - name: proxy
                restartPolicy: Always
                resources:
                  requests: {cpu: 50m, memory: 32Mi}
            containers:
              - name: agent
                resources:
                  limits: {cpu: 100m, memory: 64Mi}
    `, errors: [{
      message: 'container "proxy" has no cpu or memory limit',
      line: 8, column: 11,
    }] },
    { name: 'cpu request above its limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests:
                    cpu: 2
                    memory: 64Mi
                  limits:
                    cpu: 500m
                    memory: 64Mi
    `, errors: [{ message: 'container "agent" requests cpu 2, above its limit 500m', help: 'The API server rejects a request greater than its limit (container "agent" requests cpu 2 but limits it to 500m). Lower the request or raise the limit.', line: 9, column: 20, endLine: 9, endColumn: 21 }] },
    { name: '1Gi is more than 1000Mi; 0.6 is more than 500m', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {cpu: 0.6, memory: 1Gi}
                  limits: {cpu: 500m, memory: "1000Mi"}
    `, errors: [
      { message: 'container "agent" requests cpu 0.6, above its limit 500m', line: 8, column: 29, endColumn: 32 },
      { message: 'container "agent" requests memory 1Gi, above its limit 1000Mi', line: 8, column: 42, endColumn: 45 },
    ] },
    { name: 'missing and above limit in one container, and a second container', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources:
                  requests: {memory: 2Gi}
                  limits: {memory: 1Gi}
              - name: exporter
    `, errors: [
      { message: 'container "agent" has no cpu request or limit', line: 7, column: 11 },
      { message: 'container "agent" requests memory 2Gi, above its limit 1Gi', line: 8, column: 32 },
      { message: 'container "exporter" has no cpu or memory request or limit', line: 10, column: 11 },
    ] },
    { name: 'an unnamed container in flow style', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {containers: [{image: agent, resources: {limits: {memory: 1Gi}}}]}}}
    `, errors: [{ message: 'container "containers[0]" has no cpu request or limit', line: 2, column: 54 }] },
    { name: 'pod-level resources are ignored before Kubernetes 1.34', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            resources:
              requests: {cpu: "2"}
              limits: {cpu: "1", memory: 256Mi}
            containers:
              - name: agent
                resources: {}
    `, errors: [{
      message: 'container "agent" has no cpu or memory request or limit',
      line: 10, column: 11,
    }] },
    { name: 'a pod-level request above the pod-level limit; a pod-level request alone is no limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            resources:
              requests: {cpu: "2", memory: 128Mi}
              limits: {cpu: "1"}
            containers:
              - name: agent
    `, errors: [
      { message: 'the pod requests cpu 2, above its limit 1', line: 6, column: 25, endColumn: 28 },
      { message: 'container "agent" has no memory limit', line: 9, column: 11 },
    ] },
    { name: 'an extended resource requested below its limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: gpu-monitor
                resources:
                  requests: {cpu: 10m, memory: 16Mi, nvidia.com/gpu: 1}
                  limits: {cpu: 10m, memory: 16Mi, nvidia.com/gpu: 2}
    `, errors: [{
      message: 'container "gpu-monitor" requests nvidia.com/gpu 1, not its limit 2', help: 'nvidia.com/gpu cannot be overcommitted, so the API server requires its request to equal its limit (container "gpu-monitor" requests 1 but limits it to 2). Set both to the same value.',
      line: 8, column: 64,
    }] },
    { name: 'hugepages requested below the limit', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: dpdk
                resources:
                  requests: {hugepages-2Mi: 2Mi}
                  limits: {cpu: 1, memory: 1Gi, hugepages-2Mi: 4Mi}
    `, errors: [{
      message: 'container "dpdk" requests hugepages-2Mi 2Mi, not its limit 4Mi',
      line: 8, column: 39,
    }] },
    { name: 'ephemeral-storage required by the options; not covered at pod level', options: { requests: ['memory', 'ephemeral-storage'], limits: ['ephemeral-storage'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            resources:
              limits: {cpu: "1", memory: 1Gi}
            containers:
              - name: agent
                resources:
                  requests: {memory: 1Gi}
    `, errors: [{
      message: 'container "agent" has no ephemeral-storage request or limit',
      line: 9, column: 11,
    }] },
    { name: 'resources that are not a mapping count as missing', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
              - name: agent
                resources: [cpu, memory]
    `, errors: [{
      message: 'container "agent" has no cpu or memory request or limit',
      line: 7, column: 11,
    }] },
  ],
});
