import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// Resources (ValidateContainerResourceRequirements, validatePodResources, resource claims,
// overhead). A request above its limit is resources-requests-limits' finding, not this rule's.


new RuleTester().run(rule, {
  valid: [
    { name: 'standard and extended resources, hugepages with memory, claims from 1.34', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            resourceClaims: [{name: gpu, resourceClaimTemplateName: gpu-template}]
            containers:
              - name: agent
                image: agent
                resources:
                  requests: {cpu: 100m, memory: 64Mi, ephemeral-storage: 1Gi, example.com/gpu: 1, hugepages-2Mi: 4Mi}
                  limits: {memory: 64Mi, example.com/gpu: "1", hugepages-2Mi: 4Mi, kubernetes.io/special: 2}
                  claims: [{name: gpu}]
    ` },
    { name: 'pod-level resources are dropped before 1.34', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            resources: {requests: {gpu: 1}}
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'pod-level resources that cover the containers (1.34 on)', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: "1", memory: 1Gi}}
            initContainers: [{name: init, image: init, resources: {requests: {cpu: 400m}}}]
            containers:
              - {name: a, image: a, resources: {requests: {cpu: 200m}, limits: {cpu: 500m}}}
              - {name: b, image: b, resources: {requests: {cpu: 300m}}}
    ` },
  ],
  invalid: [
    { name: 'resource names: not qualified, not standard, not for containers, not an extended name', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                resources:
                  limits: {"bad name": 1, gpu: 1, pods: 1, requests.example.com/x: 1}
    `, errors: [
        { message: 'containers[0].resources.limits[bad name]: Invalid value: "bad name"', line: 10, column: 22 },
        { message: 'containers[0].resources.limits[gpu]: Invalid value: "gpu"', line: 10, column: 37 },
        { message: 'containers[0].resources.limits[gpu]: Invalid value: must be a standard resource for containers', line: 10, column: 37 },
        { message: 'containers[0].resources.limits[pods]: Invalid value: must be a standard resource for containers', line: 10, column: 45 },
        { message: 'containers[0].resources.limits[requests.example.com/x]: Invalid value: "requests.example.com/x"', line: 10, column: 54 },
      ] },
    { name: 'quantities: negative, an extended resource in fractions', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                resources: {requests: {cpu: -100m, example.com/gpu: 500m}, limits: {example.com/gpu: 500m}}
    `, errors: [
        { message: 'containers[0].resources.requests[cpu]: Invalid value: "-100m": must be greater than or equal to 0', line: 9, column: 39 },
        { message: 'containers[0].resources.requests[example.com/gpu]: Invalid value: "500m": must be an integer', line: 9, column: 63 },
        { message: 'containers[0].resources.limits[example.com/gpu]: Invalid value: "500m": must be an integer', line: 9, column: 96 },
      ] },
    { name: 'a non-overcommittable request needs its limit; hugepages in whole pages and with cpu or memory', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                resources: {requests: {example.com/gpu: 1, hugepages-2Mi: 3Mi}, limits: {hugepages-2Mi: 3Mi}}
    `, errors: [
        { message: 'containers[0].resources: Forbidden: HugePages require cpu or memory', line: 9, column: 11 },
        { message: 'containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources', line: 9, column: 34 },
        { message: 'containers[0].resources.requests[hugepages-2Mi]: Invalid value: "3Mi"', line: 9, column: 69 },
        { message: 'containers[0].resources.limits[hugepages-2Mi]: Invalid value: "3Mi"', line: 9, column: 99 },
      ] },
    { name: 'resource claims (1.34 on): names, requests, claims the pod has', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            resourceClaims:
              - {name: gpu, resourceClaimName: a, resourceClaimTemplateName: b}
              - {name: gpu}
              - {name: Bad_Name, resourceClaimName: Bad_Claim}
            containers:
              - name: agent
                image: agent
                resources: {claims: [{name: gpu}, {name: gpu}, {name: tpu, request: Bad_Request}, {}]}
    `, errors: [
        { message: 'resourceClaims[0]: Invalid value: {"name":"gpu","resourceClaimName":"a","r...', line: 7, column: 11 },
        { message: 'resourceClaims[1]: Invalid value: {"name":"gpu"}', line: 8, column: 11 },
        { message: 'resourceClaims[1].name: Duplicate value: "gpu"', line: 8, column: 18 },
        { message: 'resourceClaims[2].name: Invalid value: "Bad_Name": must be a lowercase RFC 1123 label', line: 9, column: 18 },
        { message: 'resourceClaims[2].resourceClaimName: Invalid value: must be a lowercase RFC 1123 subdomain', line: 9, column: 47 },
        { message: 'containers[0].resources.claims[1]: Duplicate value: "gpu"', line: 13, column: 45 },
        { message: 'containers[0].resources.claims[2]: Not found: "tpu"', line: 13, column: 65 },
        { message: 'containers[0].resources.claims[2].request: Invalid value: must be a lowercase RFC 1123 label', line: 13, column: 79 },
        { message: 'containers[0].resources.claims[3]: Required value', line: 13, column: 93 },
      ] },
    { name: 'pod-level resources (1.34 on): claims, names, aggregate requests, container limits', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            resources:
              requests: {cpu: 200m, ephemeral-storage: 1Gi}
              limits: {memory: 128Mi}
              claims: [{name: x}]
            containers:
              - {name: a, image: a, resources: {requests: {cpu: 150m}, limits: {memory: 256Mi}}}
              - {name: b, image: b, resources: {requests: {cpu: 100m}}}
    `, errors: [
        { message: 'resources.requests[cpu]: Invalid value: "200m"', line: 7, column: 25 },
        { message: 'resources.requests[ephemeral-storage]: Unsupported value: "ephemeral-storage"', line: 7, column: 31 },
        { message: 'resources.claims: Forbidden: claims cannot be set for Resources at pod-level', line: 9, column: 9 },
        { message: 'resources.containers[0][memory].limits: Invalid value: "256Mi"', line: 11, column: 83 },
      ] },
  ],
});
