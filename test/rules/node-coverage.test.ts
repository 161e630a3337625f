import rule from '../../src/rules/node-coverage.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { daemonSetWith } from './daemonset-with.js';

const daemonSet = daemonSetWith;

const CONTAINER = 'containers: [{name: agent, image: agent:1.0}]';

/** 4 workers (ssd, tier 3), 2 GPU nodes (hdd, tier 7, tainted), 1 control-plane node (tainted), by hand. */
const FLEET = `
kind: NodePool
name: workers
count: 4
labels: {disktype: ssd, tier: "3"}
allocatable: {cpu: "4", memory: 16Gi, pods: 110}
---
kind: NodePool
name: gpu
count: 2
labels: {disktype: hdd, accelerator: nvidia, tier: "7"}
taints: [{key: dedicated, value: gpu, effect: NoSchedule}]
allocatable: {cpu: "8", memory: 32Gi, pods: 110, nvidia.com/gpu: 1}
---
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata:
    name: cp-1
    labels: {kubernetes.io/hostname: cp-1, kubernetes.io/os: linux, kubernetes.io/arch: amd64, node-role.kubernetes.io/control-plane: ""}
  spec:
    taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]
  status:
    allocatable: {cpu: "2", memory: 4Gi, pods: "110"}
`;

/** Tolerations that let a pod onto every node of FLEET. */
const TOLERATE_ALL_OF_FLEET = `tolerations:
  - {key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}
  - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}`;

function misses(count: number, of: number, taint: string, pools: string): string {
  return `misses ${count} of ${of} nodes: taint ${taint} not tolerated (${pools})`;
}

const GPU_MISS = misses(2, 7, 'dedicated=gpu:NoSchedule', 'pool gpu');
const CP_MISS = misses(1, 7, 'node-role.kubernetes.io/control-plane:NoSchedule', 'pool control-plane');

function none(reason: string, total = 7): string {
  return `selects none of the ${total} nodes of the inventory: ${reason}`;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'no inventory: the rule does not run', code: daemonSet(`nodeSelector: {disktype: nvme}\n${CONTAINER}`) },
    { name: 'tolerates every taint of the fleet', inventory: FLEET, code: daemonSet(`${TOLERATE_ALL_OF_FLEET}\n${CONTAINER}`) },
    { name: 'a catch-all toleration', inventory: FLEET, code: daemonSet(`tolerations: [{operator: Exists}]\n${CONTAINER}`) },
    { name: 'an empty effect tolerates every effect of the key', inventory: FLEET, code: daemonSet(`tolerations: [{key: dedicated, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists}]\n${CONTAINER}`) },
    { name: 'nodeSelector picks the workers, which have no taint', inventory: FLEET, code: daemonSet(`nodeSelector: {disktype: ssd}\n${CONTAINER}`) },
    {
      name: 'affinity In',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: disktype, operator: In, values: [ssd, nvme]}]
${CONTAINER}`),
    },
    {
      name: 'affinity DoesNotExist keeps it off the GPU and control-plane nodes',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions:
            - {key: accelerator, operator: DoesNotExist}
            - {key: node-role.kubernetes.io/control-plane, operator: DoesNotExist}
${CONTAINER}`),
    },
    {
      name: 'affinity Lt compares as integers',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: tier, operator: Lt, values: ["5"]}]
${CONTAINER}`),
    },
    {
      name: 'affinity Gt picks the GPU nodes, whose taint it tolerates',
      inventory: FLEET,
      code: daemonSet(`tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]
affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: tier, operator: Gt, values: ["5"]}]
${CONTAINER}`),
    },
    {
      name: 'a NoExecute taint tolerated',
      inventory: 'kind: NodePool\nname: plain\ncount: 3\n---\nkind: NodePool\nname: edge\ncount: 1\ntaints: [{key: edge, effect: NoExecute}]\n',
      code: daemonSet(`tolerations: [{key: edge, operator: Exists, effect: NoExecute}]\n${CONTAINER}`),
    },
    {
      name: 'affinity NotIn: a node without the label meets it, and the GPU nodes are left out',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: accelerator, operator: NotIn, values: [nvidia]}]
tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
${CONTAINER}`),
    },
    {
      name: 'matchFields metadata.name In picks one node',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchFields: [{key: metadata.name, operator: In, values: [workers-2]}]
${CONTAINER}`),
    },
    { name: 'nodeName picks one node', inventory: FLEET, code: daemonSet(`nodeName: workers-3\n${CONTAINER}`) },
    { name: 'nodeSelector on the hostname label picks one node of a pool', inventory: FLEET, code: daemonSet(`nodeSelector: {kubernetes.io/hostname: workers-4}\n${CONTAINER}`) },
    {
      name: 'affinity Exists',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: accelerator, operator: Exists}]
tolerations: [{key: dedicated, operator: Exists}]
${CONTAINER}`),
    },
    {
      name: 'terms are ORed: the second term matches',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: disktype, operator: In, values: [nvme]}]
        - matchExpressions: [{key: disktype, operator: In, values: [ssd]}]
${CONTAINER}`),
    },
    { name: 'a PreferNoSchedule taint never keeps a pod off', inventory: 'kind: NodePool\nname: soft\ncount: 2\ntaints: [{key: spot, value: "true", effect: PreferNoSchedule}]\n', code: daemonSet(CONTAINER) },
    {
      name: 'a cordoned node and a not-ready node: the controller tolerates both',
      inventory: `kind: NodePool
name: cordoned
count: 1
unschedulable: true
---
kind: NodePool
name: sick
count: 1
taints:
  - {key: node.kubernetes.io/not-ready, effect: NoExecute}
  - {key: node.kubernetes.io/memory-pressure, effect: NoSchedule}
  - {key: node.kubernetes.io/disk-pressure, effect: NoSchedule}
  - {key: node.kubernetes.io/pid-pressure, effect: NoSchedule}
  - {key: node.kubernetes.io/unreachable, effect: NoExecute}
`,
      code: daemonSet(CONTAINER),
    },
    {
      name: 'network-unavailable is tolerated for a pod on the host network',
      inventory: 'kind: NodePool\nname: new\ncount: 3\ntaints: [{key: node.kubernetes.io/network-unavailable, effect: NoSchedule}]\n',
      code: daemonSet(`hostNetwork: true\n${CONTAINER}`),
    },
    {
      name: 'misses only because of node state (not ready at snapshot time) are not its fault',
      inventory: `${FLEET}---\nkind: NodePool\nname: broken\ncount: 1\ntaints: [{key: node.kubernetes.io/not-ready, effect: NoSchedule}]\n`,
      code: daemonSet(`${TOLERATE_ALL_OF_FLEET}\n${CONTAINER}`),
    },
    {
      name: 'Windows nodes left out by an OS selector',
      inventory: `${FLEET}---\nkind: NodePool\nname: win\ncount: 2\nos: windows\n`,
      code: daemonSet(`nodeSelector: {kubernetes.io/os: linux}\n${TOLERATE_ALL_OF_FLEET}\n${CONTAINER}`),
    },
    {
      name: 'os.name matching every node it runs on',
      inventory: `kind: NodePool\nname: win\ncount: 2\nos: windows\n`,
      code: daemonSet(`os: {name: windows}\n${CONTAINER}`),
    },
    {
      name: 'one architecture selected on a mixed fleet',
      inventory: `kind: NodePool\nname: x86\ncount: 2\n---\nkind: NodePool\nname: graviton\ncount: 2\narch: arm64\n`,
      code: daemonSet(`nodeSelector: {kubernetes.io/arch: arm64}\n${CONTAINER}`),
    },
  ],
  invalid: [
    {
      name: 'NoSchedule taints not tolerated: one finding per taint, with the pools',
      inventory: FLEET,
      code: daemonSet(CONTAINER),
      errors: [
        { message: CP_MISS, line: 5, column: 5, severity: 'warning' },
        { message: GPU_MISS, line: 5, column: 5, severity: 'warning' },
      ],
    },
    {
      name: 'an Equal toleration with another value does not tolerate',
      inventory: FLEET,
      code: daemonSet(`tolerations:
  - {key: dedicated, operator: Equal, value: cpu, effect: NoSchedule}
  - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
${CONTAINER}`),
      errors: [{ message: GPU_MISS, line: 6, column: 7 }],
    },
    {
      name: 'a toleration for another effect does not tolerate',
      inventory: FLEET,
      code: daemonSet(`tolerations:
  - {key: dedicated, operator: Exists, effect: NoExecute}
  - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
${CONTAINER}`),
      errors: [{ message: GPU_MISS, line: 6, column: 7 }],
    },
    {
      name: 'a NoExecute taint not tolerated',
      inventory: 'kind: NodePool\nname: plain\ncount: 3\n---\nkind: NodePool\nname: edge\ncount: 1\ntaints: [{key: edge, effect: NoExecute}]\n',
      code: daemonSet(CONTAINER),
      errors: [{ message: misses(1, 4, 'edge:NoExecute', 'pool edge'), line: 5, column: 5 }],
    },
    {
      name: 'a Gt toleration tolerates nothing (the comparison operators are alpha and off through 1.36)',
      inventory: 'kind: NodePool\nname: plain\ncount: 1\n---\nkind: NodePool\nname: scored\ncount: 1\ntaints: [{key: score, value: "7", effect: NoSchedule}]\n',
      code: daemonSet(`tolerations: [{key: score, operator: Gt, value: "5", effect: NoSchedule}]\n${CONTAINER}`),
      errors: [{ message: misses(1, 2, 'score=7:NoSchedule', 'pool scored'), line: 6, column: 7 }],
    },
    {
      name: 'nodeSelector matching no node is an error',
      inventory: FLEET,
      code: daemonSet(`nodeSelector: {disktype: nvme}\n${CONTAINER}`),
      errors: [{ message: none('nodeSelector disktype=nvme matches no node'), line: 6, column: 22, severity: 'error' }],
    },
    {
      name: 'nodeSelector entries that each match, but never together',
      inventory: FLEET,
      code: daemonSet(`nodeSelector: {disktype: ssd, accelerator: nvidia}\n${CONTAINER}`),
      errors: [{ message: none('no node meets all of its requirements together'), line: 6, column: 22 }],
    },
    {
      name: 'affinity In matching no node',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: disktype, operator: In, values: [nvme]}]
${CONTAINER}`),
      errors: [{ message: none('affinity disktype In [nvme] matches no node'), line: 10, column: 36 }],
    },
    {
      name: 'affinity Exists on a label no node has',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: example.com/fpga, operator: Exists}]
${CONTAINER}`),
      errors: [{ message: none('affinity example.com/fpga Exists matches no node'), line: 10, column: 36 }],
    },
    {
      name: 'affinity Gt above every tier',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: tier, operator: Gt, values: ["7"]}]
${CONTAINER}`),
      errors: [{ message: none('affinity tier Gt [7] matches no node'), line: 10, column: 36 }],
    },
    {
      name: 'affinity Gt picks the GPU nodes, whose taint it does not tolerate: it runs nowhere',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: tier, operator: Gt, values: ["5"]}]
${CONTAINER}`),
      errors: [{ message: 'runs on none of the 2 nodes it selects: taint dedicated=gpu:NoSchedule not tolerated', line: 5, column: 5, severity: 'error' }],
    },
    {
      name: 'affinity DoesNotExist on a label every node has',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: kubernetes.io/os, operator: DoesNotExist}]
${CONTAINER}`),
      errors: [{ message: none('affinity kubernetes.io/os DoesNotExist matches no node'), line: 10, column: 36 }],
    },
    {
      name: 'affinity NotIn every value the nodes have',
      inventory: 'kind: NodePool\nname: a\ncount: 1\nlabels: {zone: a}\n---\nkind: NodePool\nname: b\ncount: 1\nlabels: {zone: b}\n',
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: zone, operator: NotIn, values: [a, b]}]
${CONTAINER}`),
      errors: [{ message: none('affinity zone NotIn [a, b] matches no node', 2), line: 10, column: 36 }],
    },
    {
      name: 'affinity Lt with a bound that is not an integer fails its term',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: tier, operator: Lt, values: ["5.5"]}]
${CONTAINER}`),
      errors: [{ message: none('affinity tier Lt [5.5] matches no node'), line: 10, column: 36 }],
    },
    {
      name: 'matchFields metadata.name naming no node',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchFields: [{key: metadata.name, operator: In, values: [workers-9]}]
${CONTAINER}`),
      errors: [{ message: none('affinity field metadata.name In [workers-9] matches no node'), line: 10, column: 31 }],
    },
    {
      name: 'matchFields NotIn leaves out one node, and the rest are judged node by node',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchFields: [{key: metadata.name, operator: NotIn, values: [cp-1]}]
${CONTAINER}`),
      errors: [{ message: misses(2, 6, 'dedicated=gpu:NoSchedule', 'pool gpu'), line: 5, column: 5 }],
    },
    {
      name: 'nodeSelector on the hostname label of no node',
      inventory: FLEET,
      code: daemonSet(`nodeSelector: {kubernetes.io/hostname: workers-9}\n${CONTAINER}`),
      errors: [{ message: none('nodeSelector kubernetes.io/hostname=workers-9 matches no node'), line: 6, column: 22 }],
    },
    {
      name: 'affinity In without values is malformed: its term matches no node',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: disktype, operator: In, values: []}]
${CONTAINER}`),
      errors: [{ message: none('affinity disktype In matches no node'), line: 10, column: 36 }],
    },
    {
      name: 'one taint over two pools, and two taints on one pool',
      inventory: `kind: NodePool\nname: a\ncount: 2\ntaints: [{key: team, value: x, effect: NoSchedule}]\n---\nkind: NodePool\nname: b\ncount: 1\ntaints: [{key: team, value: x, effect: NoSchedule}, {key: spot, effect: NoExecute}]\n---\nkind: NodePool\nname: c\ncount: 1\n`,
      code: daemonSet(CONTAINER),
      errors: [
        { message: misses(1, 4, 'spot:NoExecute', 'pool b'), line: 5, column: 5 },
        { message: misses(3, 4, 'team=x:NoSchedule', 'pools a, b'), line: 5, column: 5 },
      ],
    },
    {
      name: 'nodeName of a node that is not in the inventory',
      inventory: FLEET,
      code: daemonSet(`nodeName: workers-9\n${CONTAINER}`),
      errors: [{ message: none('nodeName workers-9 matches no node'), line: 6, column: 7 }],
    },
    {
      name: 'terms are ORed: none of two terms matches',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: disktype, operator: In, values: [nvme]}]
        - matchExpressions: [{key: accelerator, operator: In, values: [amd]}]
${CONTAINER}`),
      errors: [{ message: none('none of its 2 required node affinity terms matches a node'), line: 8, column: 11 }],
    },
    {
      name: 'a required affinity without terms matches no node',
      inventory: FLEET,
      code: daemonSet(`affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms: []
${CONTAINER}`),
      errors: [{ message: none('its required node affinity has no term, which matches no node'), line: 9, column: 13 }],
    },
    {
      name: 'network-unavailable is not tolerated for a pod off the host network',
      inventory: 'kind: NodePool\nname: new\ncount: 3\ntaints: [{key: node.kubernetes.io/network-unavailable, effect: NoSchedule}]\n',
      code: daemonSet(CONTAINER),
      errors: [{ message: 'runs on none of the 3 nodes it selects: taint node.kubernetes.io/network-unavailable:NoSchedule not tolerated', line: 5, column: 5 }],
    },
    {
      name: 'no OS selected on a fleet of Linux and Windows nodes',
      inventory: `kind: NodePool\nname: linux\ncount: 3\n---\nkind: NodePool\nname: win\ncount: 2\nos: windows\n`,
      code: daemonSet(CONTAINER),
      errors: [{ message: 'runs on linux and windows nodes but selects no OS', line: 5, column: 5, severity: 'warning' }],
    },
    {
      name: 'os.name windows on Linux nodes: the kubelet rejects its pods',
      inventory: `kind: NodePool\nname: linux\ncount: 3\n---\nkind: NodePool\nname: win\ncount: 2\nos: windows\n`,
      code: daemonSet(`os: {name: windows}\n${CONTAINER}`),
      errors: [{ message: 'sets os.name windows but runs on 3 linux nodes (pool linux)', line: 6, column: 18, severity: 'error' }],
    },
    {
      name: 'no architecture selected on a fleet of amd64 and arm64 nodes (info)',
      inventory: `kind: NodePool\nname: x86\ncount: 2\n---\nkind: NodePool\nname: graviton\ncount: 2\narch: arm64\n`,
      code: daemonSet(CONTAINER),
      errors: [{ message: 'runs on amd64 and arm64 nodes: its images must be built for each', line: 5, column: 5, severity: 'info' }],
    },
  ],
});
