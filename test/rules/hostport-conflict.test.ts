import rule from '../../src/rules/hostport-conflict.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';


/**
 * DaemonSets that claim host port 80, as documents of one input: each on every node, or (`<name>
 * on edge`) only on nodes labelled pool: edge, from container port 8080.
 */
function port80(...names: string[]): string {
  return names
    .map((n) => {
      const [name, edge] = n.split(' on ');
      const placement = edge === undefined ? '' : `      nodeSelector: {pool: ${edge}}\n`;
      const port = edge === undefined ? 80 : 8080;
      return `kind: DaemonSet\nmetadata: {name: ${name}}\nspec:\n  template:\n    spec:\n${placement}      containers: [{name: ${name}, ports: [{containerPort: ${port}, hostPort: 80}]}]\n`;
    })
    .join('---\n');
}

function claims(earlier: string, port: string): string {
  return `${earlier} claims host port ${port} here`;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'disjoint nodeSelectors', code: yaml`
      kind: DaemonSet
      metadata: {name: exporter-a}
      spec:
        template:
          spec:
            nodeSelector: {pool: a}
            containers:
              - name: exporter
                ports: [{containerPort: 9100, hostPort: 9100}]
      ---
      kind: DaemonSet
      metadata: {name: exporter-b}
      spec:
        template:
          spec:
            nodeSelector: {pool: b}
            containers:
              - name: exporter
                ports: [{containerPort: 9100, hostPort: 9100}]
    ` },
    { name: 'different protocols', code: yaml`
      kind: DaemonSet
      metadata: {name: dns-tcp}
      spec:
        template:
          spec:
            containers:
              - name: dns
                ports: [{containerPort: 53, hostPort: 53}]
      ---
      kind: DaemonSet
      metadata: {name: dns-udp}
      spec:
        template:
          spec:
            containers:
              - name: dns
                ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]
    ` },
    { name: 'different host addresses', code: yaml`
      kind: DaemonSet
      metadata: {name: local}
      spec:
        template:
          spec:
            containers:
              - name: a
                ports: [{containerPort: 8080, hostPort: 8080, hostIP: 127.0.0.1}]
      ---
      kind: DaemonSet
      metadata: {name: public}
      spec:
        template:
          spec:
            containers:
              - name: b
                ports: [{containerPort: 8080, hostPort: 8080, hostIP: 10.0.0.1}]
    ` },
    { name: 'container ports without hostNetwork or hostPort stay in the pod network', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
      spec:
        template:
          spec:
            containers:
              - name: a
                ports: [{containerPort: 8080}]
      ---
      kind: DaemonSet
      metadata: {name: b}
      spec:
        template:
          spec:
            hostNetwork: false
            containers:
              - name: b
                ports: [{containerPort: 8080, hostPort: 0}]
    ` },
    { name: 'Windows and Linux nodes, by nodeSelector and by affinity on the beta label', code: yaml`
      kind: DaemonSet
      metadata: {name: csi-node}
      spec:
        template:
          spec:
            hostNetwork: true
            nodeSelector: {kubernetes.io/os: linux}
            containers:
              - name: liveness-probe
                ports: [{containerPort: 29603}]
      ---
      kind: DaemonSet
      metadata: {name: csi-node-win}
      spec:
        template:
          spec:
            hostNetwork: true
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: beta.kubernetes.io/os, operator: In, values: [windows]}
            containers:
              - name: liveness-probe
                ports: [{containerPort: 29603}]
    ` },
    { name: 'a control-plane DaemonSet and one that does not tolerate the control-plane taint', code: yaml`
      kind: DaemonSet
      metadata: {name: kube-vip}
      spec:
        template:
          spec:
            hostNetwork: true
            nodeSelector: {node-role.kubernetes.io/control-plane: ""}
            tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
            containers:
              - name: kube-vip
                ports: [{containerPort: 2112}]
      ---
      kind: DaemonSet
      metadata: {name: worker-metrics}
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - name: metrics
                ports: [{containerPort: 2112}]
    ` },
    { name: 'the same DaemonSet twice is one object', code: yaml`
      kind: DaemonSet
      metadata: {name: exporter, namespace: monitoring}
      spec:
        template:
          spec:
            hostNetwork: true
            containers: [{name: exporter, ports: [{containerPort: 9100}]}]
      ---
      kind: DaemonSet
      metadata: {name: exporter, namespace: monitoring}
      spec:
        template:
          spec:
            hostNetwork: true
            containers: [{name: exporter, ports: [{containerPort: 9100}]}]
    ` },
    { name: 'an init container that runs to completion holds no port', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
      spec:
        template:
          spec:
            hostNetwork: true
            initContainers: [{name: setup, ports: [{containerPort: 9100}]}]
            containers: [{name: main}]
      ---
      kind: DaemonSet
      metadata: {name: b}
      spec:
        template:
          spec:
            containers: [{name: exporter, ports: [{containerPort: 9100, hostPort: 9100}]}]
    ` },
    { name: 'a Deployment with the host port is not a DaemonSet', code: yaml`
      kind: Deployment
      metadata: {name: ingress}
      spec:
        template:
          spec:
            containers: [{name: nginx, ports: [{containerPort: 80, hostPort: 80}]}]
      ---
      kind: DaemonSet
      metadata: {name: ingress-node}
      spec:
        template:
          spec:
            containers: [{name: nginx, ports: [{containerPort: 80, hostPort: 80}]}]
    ` },
    { name: 'a quoted port is not a port the API accepts', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
      spec:
        template:
          spec:
            containers: [{name: a, ports: [{containerPort: 80, hostPort: "80"}]}]
      ---
      kind: DaemonSet
      metadata: {name: b}
      spec:
        template:
          spec:
            containers: [{name: b, ports: [{containerPort: 80, hostPort: 80}]}]
    ` },
  ],
  invalid: [
    { name: 'the reported DaemonSet\'s ignore annotation with a reason suppresses it', code: yaml`
      kind: DaemonSet
      metadata: {name: exporter-a, namespace: monitoring}
      spec:
        template:
          spec:
            hostNetwork: true
            containers: [{name: e, ports: [{containerPort: 9100}]}]
      ---
      kind: DaemonSet
      metadata:
        name: exporter-b
        namespace: monitoring
        annotations:
          daemonlint.io/ignore: hostport-conflict
          daemonlint.io/ignore-reason: "exporter-b replaces exporter-a; they never run together"
      spec:
        template:
          spec:
            hostNetwork: true
            containers: [{name: e, ports: [{containerPort: 9100}]}]
    `, errors: [{
      message: 'host port 9100/TCP is also claimed by DaemonSet monitoring/exporter-a',
      line: 20, column: 39,
      justification: 'exporter-b replaces exporter-a; they never run together',
      related: [{ line: 7, column: 39, message: claims('DaemonSet monitoring/exporter-a', '9100/TCP') }],
    }] },
    { name: 'hostNetwork: every container port is a host port', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: node-exporter, namespace: monitoring}
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - name: node-exporter
                ports:
                  - containerPort: 9100
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: node-exporter-v2, namespace: monitoring}
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - name: node-exporter
                ports:
                  - name: metrics
                    containerPort: 9100
    `, errors: [{
      message: 'host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter',
      line: 24, column: 15, endLine: 24, endColumn: 28,
      related: [{ line: 11, column: 15, message: claims('DaemonSet monitoring/node-exporter', '9100/TCP') }],
    }] },
    { name: 'an explicit hostPort against a hostNetwork port, across namespaces', code: yaml`
      kind: DaemonSet
      metadata: {name: fluent-bit, namespace: logging}
      spec:
        template:
          spec:
            hostNetwork: true
            containers: [{name: fluent-bit, ports: [{containerPort: 2020}]}]
      ---
      kind: DaemonSet
      metadata: {name: agent, namespace: monitoring}
      spec:
        template:
          spec:
            containers:
              - name: agent
                ports:
                  - containerPort: 8080
                    hostPort: 2020
    `, errors: [{
      message: 'host port 2020/TCP is also claimed by DaemonSet logging/fluent-bit',
      line: 18, column: 15,
      related: [{ line: 7, column: 48, message: claims('DaemonSet logging/fluent-bit', '2020/TCP') }],
    }] },
    { name: 'a sidecar init container holds its port for the pod lifetime', code: yaml`
      kind: DaemonSet
      metadata: {name: proxy}
      spec:
        template:
          spec:
            initContainers:
              - name: envoy
                restartPolicy: Always
                ports: [{containerPort: 15090, hostPort: 15090}]
            containers: [{name: app}]
      ---
      kind: DaemonSet
      metadata: {name: mesh-agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                ports: [{containerPort: 15090, hostPort: 15090}]
    `, errors: [{
      message: 'host port 15090/TCP is also claimed by DaemonSet proxy',
      line: 19, column: 42,
      related: [{ line: 9, column: 42, message: claims('DaemonSet proxy', '15090/TCP') }],
    }] },
    { name: 'a specific address against all addresses, UDP, with overlapping node selection', code: yaml`
      kind: DaemonSet
      metadata: {name: statsd}
      spec:
        template:
          spec:
            nodeSelector: {pool: a}
            containers: [{name: statsd, ports: [{containerPort: 8125, hostPort: 8125, protocol: UDP}]}]
      ---
      kind: DaemonSet
      metadata: {name: statsd-local}
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions: [{key: pool, operator: In, values: [a, b]}]
            containers: [{name: statsd, ports: [{containerPort: 8125, hostPort: 8125, protocol: UDP, hostIP: 127.0.0.1}]}]
    `, errors: [{
      message: 'host port 127.0.0.1:8125/UDP is also claimed by DaemonSet statsd',
      line: 19, column: 65,
      related: [{ line: 7, column: 65, message: claims('DaemonSet statsd', '8125/UDP') }],
    }] },
    { name: 'a control-plane DaemonSet and one that tolerates every taint', code: yaml`
      kind: DaemonSet
      metadata: {name: kube-vip}
      spec:
        template:
          spec:
            hostNetwork: true
            nodeSelector: {node-role.kubernetes.io/control-plane: ""}
            tolerations: [{operator: Exists}]
            containers: [{name: kube-vip, ports: [{containerPort: 2112}]}]
      ---
      kind: DaemonSet
      metadata: {name: everywhere}
      spec:
        template:
          spec:
            hostNetwork: true
            tolerations: [{operator: Exists}]
            containers: [{name: agent, ports: [{containerPort: 2112}]}]
    `, errors: [{
      message: 'host port 2112/TCP is also claimed by DaemonSet kube-vip',
      line: 18, column: 43,
      related: [{ line: 9, column: 46, message: claims('DaemonSet kube-vip', '2112/TCP') }],
    }] },
    { name: 'three DaemonSets with the same ports and placement: one finding on the first, with the count', code: port80('a', 'b', 'c'), errors: [{
      message: '3 DaemonSets claim host port 80/TCP on the same nodes',
      help: 'DaemonSet a, DaemonSet b and DaemonSet c claim host port 80/TCP on the same nodes: on a node they all select, only one of their pods can bind it, and the others stay Pending. Use another port, or node selection that keeps the DaemonSets apart.',
      line: 6, column: 58,
      related: [{ line: 13, column: 58, message: claims('DaemonSet b', '80/TCP') }, { line: 20, column: 58, message: claims('DaemonSet c', '80/TCP') }],
    }] },
    { name: 'three copies and one DaemonSet on other nodes too: the group, and one finding against its representative', code: port80('a', 'b', 'c', 'd on edge'), errors: [{
      message: '3 DaemonSets claim host port 80/TCP on the same nodes',
      line: 6, column: 58,
      related: [{ line: 13, column: 58, message: claims('DaemonSet b', '80/TCP') }, { line: 20, column: 58, message: claims('DaemonSet c', '80/TCP') }],
    }, {
      message: 'host port 80/TCP is also claimed by DaemonSet a',
      line: 28, column: 60,
      related: [{ line: 6, column: 58, message: `${claims('DaemonSet a', '80/TCP')}, as 2 more DaemonSets like it do` }],
    }] },
    { name: 'two copies and one DaemonSet on other nodes too: the pair, and one finding against its representative', code: port80('a', 'b', 'd on edge'), errors: [{
      message: 'host port 80/TCP is also claimed by DaemonSet a',
      line: 13, column: 58,
      related: [{ line: 6, column: 58, message: claims('DaemonSet a', '80/TCP') }],
    }, {
      message: 'host port 80/TCP is also claimed by DaemonSet a',
      line: 21, column: 60,
      related: [{ line: 6, column: 58, message: `${claims('DaemonSet a', '80/TCP')}, as 1 more DaemonSet like it does` }],
    }] },
    { name: 'items of a List', code: yaml`
      kind: DaemonSetList
      items:
        - kind: DaemonSet
          metadata: {name: a}
          spec: {template: {spec: {hostNetwork: true, containers: [{name: a, ports: [{containerPort: 10250}]}]}}}
        - kind: DaemonSet
          metadata: {name: b}
          spec: {template: {spec: {hostNetwork: true, containers: [{name: b, ports: [{containerPort: 10250}]}]}}}
    `, errors: [{
      message: 'host port 10250/TCP is also claimed by DaemonSet a',
      line: 8, column: 81,
      related: [{ line: 5, column: 81, message: claims('DaemonSet a', '10250/TCP') }],
    }] },
  ],
});

// With a node inventory, the nodes both DaemonSets get a pod on decide, and are named.
const FLEET = `
kind: NodePool
name: workers
count: 5
labels: {pool: workers}
---
kind: NodePool
name: gpu
count: 2
labels: {pool: gpu}
taints: [{key: dedicated, value: gpu, effect: NoSchedule}]
---
kind: NodePool
name: edge
count: 1
labels: {pool: edge}
`;

/** Two DaemonSets on the host network, both listening on 9100, with what each adds to its pod spec. */
function twoExporters(a: string, b: string): string {
  return `kind: DaemonSet
metadata: {name: exporter-a}
spec:
  template:
    spec:
      hostNetwork: true${a}
      containers: [{name: e, ports: [{containerPort: 9100}]}]
---
kind: DaemonSet
metadata: {name: exporter-b}
spec:
  template:
    spec:
      hostNetwork: true${b}
      containers: [{name: e, ports: [{containerPort: 9100}]}]
`;
}

function onNodes(count: string, nodes: string): string {
  return `host port 9100/TCP is also claimed by DaemonSet exporter-a on ${count}: ${nodes}`;
}

const HELP =
  "DaemonSet exporter-b and DaemonSet exporter-a both get a pod on these nodes of the inventory (nodes.yaml), and a host port is taken once per node, address and protocol: one of the two pods stays Pending there (FailedScheduling: node(s) didn't have free ports for the requested pod ports). Use another port, or keep the two DaemonSets on disjoint nodes.";

new RuleTester().run(rule, {
  valid: [
    {
      name: 'inventory: selections that could overlap, but no node has both labels',
      inventory: FLEET,
      code: twoExporters('\n      nodeSelector: {pool: workers}', '\n      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: pool, operator: In, values: [edge, gpu]}]}]}}}'),
    },
    {
      name: 'inventory: one runs only on the GPU nodes, whose taint the other does not tolerate',
      inventory: FLEET,
      code: twoExporters('\n      nodeSelector: {pool: gpu}\n      tolerations: [{key: dedicated, operator: Exists}]', ''),
    },
    {
      name: 'inventory: matchFields puts one on a node the other does not select',
      inventory: FLEET,
      code: twoExporters(
        '\n      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchFields: [{key: metadata.name, operator: In, values: [edge-1]}]}]}}}',
        '\n      nodeSelector: {pool: workers}',
      ),
    },
  ],
  invalid: [
    {
      name: 'inventory: both on every untainted node, named by pool',
      inventory: FLEET,
      code: twoExporters('', ''),
      errors: [{ message: onNodes('6 nodes', 'pool workers: workers-1, workers-2, workers-3 and 2 more; pool edge: edge-1'), help: HELP, line: 15, column: 39, related: [{ line: 7, column: 39, message: 'DaemonSet exporter-a claims host port 9100/TCP here' }] }],
    },
    {
      name: 'inventory: both tolerate the GPU taint, and meet on the GPU nodes only',
      inventory: FLEET,
      code: twoExporters('\n      nodeSelector: {pool: gpu}\n      tolerations: [{key: dedicated, operator: Exists}]', '\n      tolerations: [{operator: Exists}]'),
      errors: [{ message: onNodes('2 nodes', 'pool gpu: gpu-1, gpu-2'), line: 18, column: 39, related: [{ line: 9, column: 39, message: 'DaemonSet exporter-a claims host port 9100/TCP here' }] }],
    },
    {
      name: 'inventory: three copies of one DaemonSet are one finding, with the nodes they all run on',
      inventory: FLEET,
      code: `${twoExporters('', '')}---
kind: DaemonSet
metadata: {name: exporter-c}
spec:
  template:
    spec:
      hostNetwork: true
      containers: [{name: e, ports: [{containerPort: 9100}]}]
`,
      errors: [{
        message: '3 DaemonSets claim host port 9100/TCP on 6 nodes: pool workers: workers-1, workers-2, workers-3 and 2 more; pool edge: edge-1',
        help: "DaemonSet exporter-a, DaemonSet exporter-b and DaemonSet exporter-c all get a pod on these nodes of the inventory (nodes.yaml), and a host port is taken once per node, address and protocol: one of their pods can bind it, and the others stay Pending there (FailedScheduling: node(s) didn't have free ports for the requested pod ports). Use another port, or keep the DaemonSets on disjoint nodes.",
        line: 7, column: 39,
        related: [
          { line: 15, column: 39, message: 'DaemonSet exporter-b claims host port 9100/TCP here' },
          { line: 23, column: 39, message: 'DaemonSet exporter-c claims host port 9100/TCP here' },
        ],
      }],
    },
    {
      name: 'inventory: one node picked by name',
      inventory: FLEET,
      code: twoExporters('\n      nodeName: workers-4', ''),
      errors: [{ message: onNodes('1 node', 'pool workers: workers-4'), line: 16, column: 39, related: [{ line: 8, column: 39, message: 'DaemonSet exporter-a claims host port 9100/TCP here' }] }],
    },
  ],
});
