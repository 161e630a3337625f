import rule from '../../src/rules/node-fit.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { daemonSetWith } from './daemonset-with.js';

function daemonSet(name: string, podSpec: string): string {
  return daemonSetWith(podSpec, name);
}

/** One container requesting these resources (a flow mapping), on line 8 from column 34. */
function requesting(name: string, requests: string, extra = ''): string {
  return daemonSet(name, `${extra}containers:\n  - name: agent\n    resources: {requests: ${requests}}`);
}

const FLEET = `
kind: NodePool
name: small
count: 3
allocatable: {cpu: "1", memory: 2Gi, pods: 110}
---
kind: NodePool
name: big
count: 2
allocatable: {cpu: "8", memory: 32Gi, pods: 110, nvidia.com/gpu: 2}
`;

const QUIET = { maxShare: 100 };

new RuleTester().run(rule, {
  valid: [
    { name: 'no inventory: the rule does not run', code: requesting('agent', '{cpu: "64"}') },
    { name: 'requests that fit every node', inventory: FLEET, options: QUIET, code: requesting('agent', '{cpu: 100m, memory: 128Mi}') },
    { name: 'a request equal to the allocatable fits', inventory: FLEET, options: QUIET, code: requesting('agent', '{cpu: 1000m, memory: 2Gi}') },
    {
      name: 'a GPU request on the nodes that have GPUs',
      inventory: FLEET,
      options: QUIET,
      code: requesting('gpu-agent', '{nvidia.com/gpu: 1}', 'nodeSelector: {kubernetes.io/hostname: big-1}\n'),
    },
    {
      name: 'an init container is counted on its own: the larger of it and the containers',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `initContainers:
  - name: setup
    resources: {requests: {cpu: 900m}}
containers:
  - name: agent
    resources: {requests: {cpu: 800m}}`),
    },
    {
      name: 'pod-level requests replace the containers\' from 1.34',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `resources: {requests: {cpu: 500m}}
containers:
  - name: a
    resources: {requests: {cpu: 800m}}
  - name: b
    resources: {requests: {cpu: 800m}}`),
    },
    {
      name: 'pod-level requests are dropped before 1.34',
      inventory: FLEET,
      options: QUIET,
      kubeVersion: '1.33',
      code: daemonSet('agent', `resources: {requests: {cpu: "4"}}
containers:
  - name: agent
    resources: {requests: {cpu: 100m}}`),
    },
    {
      name: 'pools without allocatable resources are not judged',
      inventory: 'kind: NodePool\nname: unknown\ncount: 2\n',
      code: requesting('agent', '{cpu: "64"}'),
    },
    {
      name: 'two DaemonSets that fit together',
      inventory: FLEET,
      options: QUIET,
      code: `${requesting('a', '{cpu: 500m}')}---\n${requesting('b', '{cpu: 500m}')}`,
    },
    {
      name: 'a host port clash is hostport-conflict\'s to report',
      inventory: FLEET,
      options: QUIET,
      code: `${daemonSet('a', 'containers: [{name: a, ports: [{containerPort: 9100, hostPort: 9100}]}]')}---\n${daemonSet('b', 'containers: [{name: b, ports: [{containerPort: 9100, hostPort: 9100}]}]')}`,
    },
    {
      name: 'DaemonSets taking 25% of a node: at the bound, not over it',
      inventory: FLEET,
      code: `${requesting('a', '{cpu: 150m}')}---\n${requesting('b', '{cpu: 100m}')}`,
    },
  ],
  invalid: [
    {
      name: 'a cpu request larger than the small nodes',
      inventory: FLEET,
      options: QUIET,
      code: requesting('agent', '{cpu: "2"}'),
      errors: [{ message: 'requests cpu 2, more than pool small (3 nodes) can allocate (1)', line: 8, column: 34, severity: 'error' }],
    },
    {
      name: 'memory, and the request taken from the limit',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `containers:
  - name: agent
    resources: {limits: {memory: 3Gi}}`),
      errors: [{ message: 'requests memory 3Gi, more than pool small (3 nodes) can allocate (2Gi)', line: 8, column: 32 }],
    },
    {
      name: 'an extended resource the node does not advertise',
      inventory: FLEET,
      options: QUIET,
      code: requesting('gpu-agent', '{nvidia.com/gpu: 1}'),
      errors: [{ message: 'requests nvidia.com/gpu 1, which pool small (3 nodes) does not have', line: 8, column: 34 }],
    },
    {
      name: 'an init container larger than the node',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `initContainers:
  - name: setup
    resources: {requests: {cpu: 1500m}}
containers:
  - name: agent
    resources: {requests: {cpu: 100m}}`),
      errors: [{ message: 'requests cpu 1500m, more than pool small (3 nodes) can allocate (1)', line: 8, column: 34 }],
    },
    {
      name: 'a sidecar adds to the containers',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `initContainers:
  - name: proxy
    restartPolicy: Always
    resources: {requests: {cpu: 600m}}
containers:
  - name: agent
    resources: {requests: {cpu: 600m}}`),
      errors: [{ message: 'requests cpu 1200m, more than pool small (3 nodes) can allocate (1)', line: 9, column: 34 }],
    },
    {
      name: 'pod-level requests larger than the node (1.34)',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `resources: {requests: {cpu: "4"}}
containers:
  - name: agent
    resources: {requests: {cpu: 100m}}`),
      errors: [{ message: 'requests cpu 4, more than pool small (3 nodes) can allocate (1)', line: 6, column: 30 }],
    },
    {
      name: 'pod overhead is added to the requests',
      inventory: FLEET,
      options: QUIET,
      code: daemonSet('agent', `overhead: {cpu: 950m}
containers:
  - name: agent
    resources: {requests: {cpu: 100m}}`),
      errors: [{ message: 'requests cpu 1050m, more than pool small (3 nodes) can allocate (1)', line: 6, column: 18 }],
    },
    {
      name: 'too big for every pool: one finding per allocatable',
      inventory: FLEET,
      options: QUIET,
      code: requesting('agent', '{memory: 64Gi}'),
      errors: [
        { message: 'requests memory 64Gi, more than pool big (2 nodes) can allocate (32Gi)', line: 8, column: 34 },
        { message: 'requests memory 64Gi, more than pool small (3 nodes) can allocate (2Gi)', line: 8, column: 34 },
      ],
    },
    {
      name: 'pools alike in what they allocate are named together',
      inventory: 'kind: NodePool\nname: zone-a\ncount: 2\nlabels: {zone: a}\nallocatable: {cpu: "2"}\n---\nkind: NodePool\nname: zone-b\ncount: 3\nlabels: {zone: b}\nallocatable: {cpu: "2"}\n',
      options: QUIET,
      code: requesting('agent', '{cpu: 2500m}'),
      errors: [{ message: 'requests cpu 2500m, more than pools zone-b, zone-a (5 nodes) can allocate (2)', line: 8, column: 34 }],
    },
    {
      name: 'the second DaemonSet does not fit next to the first',
      inventory: FLEET,
      options: QUIET,
      code: `${requesting('a', '{cpu: 600m}')}---\n${requesting('b', '{cpu: 600m}')}`,
      errors: [
        {
          message: 'does not fit next to 1 other DaemonSet on pool small (3 nodes): cpu 1200m of 1',
          line: 17,
          column: 34,
          related: [{ line: 8, column: 34, message: 'DaemonSet a is placed there first' }],
        },
      ],
    },
    {
      name: 'a system-node-critical DaemonSet is placed first',
      inventory: FLEET,
      options: QUIET,
      code: `${requesting('a', '{cpu: 600m}')}---\n${requesting('b', '{cpu: 600m}', 'priorityClassName: system-node-critical\n')}`,
      errors: [
        {
          message: 'does not fit next to 1 other DaemonSet on pool small (3 nodes): cpu 1200m of 1',
          line: 8,
          column: 34,
          related: [{ line: 18, column: 34, message: 'DaemonSet b is placed there first' }],
        },
      ],
    },
    {
      name: 'pod slots taken by the DaemonSets placed before it',
      inventory: 'kind: NodePool\nname: tiny\ncount: 2\nallocatable: {cpu: "4", memory: 8Gi, pods: 1}\n',
      options: QUIET,
      code: `${requesting('a', '{cpu: 10m}')}---\n${requesting('b', '{cpu: 10m}')}`,
      errors: [{ message: 'does not fit on pool tiny (2 nodes): its 1 pod slots go to 1 other DaemonSet', line: 11, column: 12, related: [{ line: 2, column: 12, message: 'DaemonSet a is placed there first' }] }],
    },
    {
      name: 'DaemonSets together over the share: a warning on the largest, with the others beside it',
      inventory: FLEET,
      code: `${requesting('a', '{cpu: 100m}')}---\n${requesting('b', '{cpu: 200m, memory: 1Gi}')}`,
      errors: [
        {
          message: 'DaemonSets request 30% of cpu on pool small (3 nodes): 300m of 1',
          line: 17,
          column: 34,
          severity: 'warning',
          related: [{ line: 8, column: 34, message: 'DaemonSet a requests cpu 100m here' }],
        },
        { message: 'DaemonSets request 50% of memory on pool small (3 nodes): 1Gi of 2Gi', line: 17, column: 45, severity: 'warning' },
      ],
    },
    {
      name: 'a lower bound of its own',
      inventory: FLEET,
      options: { maxShare: 5 },
      code: requesting('agent', '{cpu: 500m}'),
      errors: [
        { message: 'DaemonSets request 50% of cpu on pool small (3 nodes): 500m of 1', line: 8, column: 34 },
        { message: 'DaemonSets request 6% of cpu on pool big (2 nodes): 500m of 8', line: 8, column: 34 },
      ],
    },
  ],
});
