#!/usr/bin/env node
// How long a node inventory costs: 5,000 nodes (kubectl get nodes -o yaml, as EKS prints it) and
// 50 DaemonSets, whole CLI runs with and without --nodes, and the parts inside one process.
// Medians of several runs, after one warm-up; numbers are printed, never asserted:
//   npm run bench:inventory
//   node bench/inventory.mjs [--runs 7] [--nodes 5000] [--daemonsets 50] [--against DIR]
// --against DIR: a copy of another build (DIR/bin/daemonlint.js with its dist/, say main's before a
// change) whose whole CLI runs alternate with this checkout's, round by round (the machine is
// shared and drifts: compare within one run only); their outputs are checked to be the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { seeded } from './random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, nodes: { type: 'string', default: '5000' }, daemonsets: { type: 'string', default: '50' }, against: { type: 'string' } } });
const runs = Number(values.runs);
const nodeCount = Number(values.nodes);
const daemonSetCount = Number(values.daemonsets);
const out = path.join(root, 'bench', 'out', 'fleet');

const { random, pick, chance } = seeded(20260319);

// Node groups as a large EKS cluster has them: instance types, three zones each, a few tainted.
const GROUPS = [
  { name: 'general', type: 'm6i.2xlarge', cpu: '7910m', memory: '31482476Ki', pods: 58, share: 0.45 },
  { name: 'compute', type: 'c6i.4xlarge', cpu: '15890m', memory: '30640688Ki', pods: 234, share: 0.2 },
  { name: 'memory', type: 'r6i.2xlarge', cpu: '7910m', memory: '63626308Ki', pods: 58, share: 0.12 },
  { name: 'arm', type: 'm7g.2xlarge', cpu: '7910m', memory: '31482476Ki', pods: 58, share: 0.1, arch: 'arm64' },
  { name: 'gpu', type: 'g5.4xlarge', cpu: '15890m', memory: '63371784Ki', pods: 234, share: 0.05, taint: ['nvidia.com/gpu', 'present', 'NoSchedule'], gpu: 1 },
  { name: 'spot', type: 'm5.xlarge', cpu: '3920m', memory: '15136932Ki', pods: 58, share: 0.06, taint: ['spot', 'true', 'PreferNoSchedule'] },
  { name: 'ingress', type: 'c6i.xlarge', cpu: '3920m', memory: '7008428Ki', pods: 58, share: 0.02, taint: ['dedicated', 'ingress', 'NoSchedule'] },
];
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

function node(i) {
  let r = random();
  const group = GROUPS.find((g) => (r -= g.share) < 0) ?? GROUPS[0];
  const zone = pick(ZONES);
  const arch = group.arch ?? 'amd64';
  const name = `ip-10-${i >> 8}-${i & 255}-${Math.floor(random() * 250)}.ec2.internal`;
  const cordoned = chance(0.004);
  const notReady = chance(0.003);
  const taints = [];
  if (group.taint) taints.push(group.taint);
  if (cordoned) taints.push(['node.kubernetes.io/unschedulable', '', 'NoSchedule']);
  if (notReady) taints.push(['node.kubernetes.io/not-ready', '', 'NoSchedule'], ['node.kubernetes.io/not-ready', '', 'NoExecute']);
  const lines = [
    '- apiVersion: v1',
    '  kind: Node',
    '  metadata:',
    '    annotations:',
    '      alpha.kubernetes.io/provided-node-ip: 10.0.0.1',
    '      node.alpha.kubernetes.io/ttl: "0"',
    '      volumes.kubernetes.io/controller-managed-attach-detach: "true"',
    '    creationTimestamp: "2026-03-01T10:00:00Z"',
    '    labels:',
    `      beta.kubernetes.io/arch: ${arch}`,
    `      beta.kubernetes.io/instance-type: ${group.type}`,
    '      beta.kubernetes.io/os: linux',
    `      eks.amazonaws.com/capacityType: ${group.name === 'spot' ? 'SPOT' : 'ON_DEMAND'}`,
    `      eks.amazonaws.com/nodegroup: ${group.name}`,
    `      eks.amazonaws.com/nodegroup-image: ami-0${(i % 7) + 1}23456789abcdef`,
    `      failure-domain.beta.kubernetes.io/region: us-east-1`,
    `      failure-domain.beta.kubernetes.io/zone: ${zone}`,
    `      kubernetes.io/arch: ${arch}`,
    `      kubernetes.io/hostname: ${name}`,
    '      kubernetes.io/os: linux',
    `      node.kubernetes.io/instance-type: ${group.type}`,
    '      topology.kubernetes.io/region: us-east-1',
    `      topology.kubernetes.io/zone: ${zone}`,
    ...(group.gpu ? ['      nvidia.com/gpu.present: "true"'] : []),
    `    name: ${name}`,
    `    resourceVersion: "${100000 + i}"`,
    `    uid: 6f1c2d3e-0000-4000-8000-${String(i).padStart(12, '0')}`,
    '  spec:',
    `    providerID: aws:///${zone}/i-0${i.toString(16).padStart(16, '0')}`,
    ...(taints.length > 0 ? ['    taints:', ...taints.flatMap(([key, value, effect]) => [`    - effect: ${effect}`, `      key: ${key}`, ...(value ? [`      value: "${value}"`] : [])])] : []),
    ...(cordoned ? ['    unschedulable: true'] : []),
    '  status:',
    '    addresses:',
    '    - address: 10.0.0.1',
    '      type: InternalIP',
    `    - address: ${name}`,
    '      type: Hostname',
    '    allocatable:',
    `      cpu: ${group.cpu}`,
    '      ephemeral-storage: "95491281146"',
    '      hugepages-1Gi: "0"',
    '      hugepages-2Mi: "0"',
    `      memory: ${group.memory}`,
    ...(group.gpu ? [`      nvidia.com/gpu: "${group.gpu}"`] : []),
    `      pods: "${group.pods}"`,
    '    conditions:',
    ...['MemoryPressure', 'DiskPressure', 'PIDPressure'].flatMap((type) => [
      '    - lastHeartbeatTime: "2026-03-19T08:00:00Z"',
      '      lastTransitionTime: "2026-03-01T10:00:00Z"',
      `      reason: KubeletHasSufficient${type.replace('Pressure', '')}`,
      '      status: "False"',
      `      type: ${type}`,
    ]),
    '    - lastHeartbeatTime: "2026-03-19T08:00:00Z"',
    `      reason: ${notReady ? 'NodeStatusUnknown' : 'KubeletReady'}`,
    `      status: "${notReady ? 'Unknown' : 'True'}"`,
    '      type: Ready',
    '    nodeInfo:',
    `      architecture: ${arch}`,
    '      containerRuntimeVersion: containerd://1.7.27',
    '      kernelVersion: 6.1.130-139.222.amzn2023.x86_64',
    '      kubeletVersion: v1.33.1-eks-1234567',
    '      operatingSystem: linux',
    '      osImage: Amazon Linux 2023.7.20250331',
  ];
  return lines.join('\n');
}

function daemonSet(i) {
  const name = `agent-${i}`;
  const kinds = ['everywhere', 'linux', 'gpu', 'zone', 'arm', 'tolerate-all'];
  const kind = kinds[i % kinds.length];
  const spec = [];
  if (kind === 'linux' || kind === 'tolerate-all') spec.push('      nodeSelector:', '        kubernetes.io/os: linux');
  if (kind === 'gpu') spec.push('      nodeSelector:', '        nvidia.com/gpu.present: "true"', '      tolerations:', '        - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}');
  if (kind === 'arm') spec.push('      nodeSelector:', '        kubernetes.io/arch: arm64');
  if (kind === 'zone') {
    spec.push(
      '      affinity:',
      '        nodeAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:',
      '            nodeSelectorTerms:',
      '              - matchExpressions:',
      '                  - {key: topology.kubernetes.io/zone, operator: In, values: [us-east-1a, us-east-1b]}',
      '                  - {key: eks.amazonaws.com/capacityType, operator: NotIn, values: [SPOT]}',
    );
  }
  if (kind === 'tolerate-all') spec.push('      tolerations:', '        - operator: Exists');
  if (chance(0.3)) spec.push('      hostNetwork: true');
  if (chance(0.3)) spec.push('      priorityClassName: system-node-critical');
  // Every tenth claims the host port of the one before it, as two monitoring stacks side by side do:
  // hostport-conflict then places both on the inventory.
  const port = 9100 + (i % 10 === 9 ? i - 1 : i);
  const cpu = pick(['10m', '50m', '100m', '200m', '250m']);
  const memory = pick(['32Mi', '64Mi', '128Mi', '256Mi', '512Mi']);
  return [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ns-${i % 7}`,
    'spec:',
    `  selector: {matchLabels: {app: ${name}}}`,
    '  template:',
    `    metadata: {labels: {app: ${name}}}`,
    '    spec:',
    ...spec,
    '      containers:',
    `        - name: ${name}`,
    `          image: example.com/${name}:1.${i}.0`,
    `          ports: [{containerPort: ${port}, hostPort: ${port}}]`,
    '          resources:',
    `            requests: {cpu: ${cpu}, memory: ${memory}}`,
    `            limits: {cpu: "1", memory: 1Gi}`,
  ].join('\n');
}

mkdirSync(out, { recursive: true });
const nodesFile = path.join(out, 'nodes.yaml');
const dsFile = path.join(out, 'daemonsets.yaml');
writeFileSync(nodesFile, `apiVersion: v1\nitems:\n${Array.from({ length: nodeCount }, (_, i) => node(i)).join('\n')}\nkind: List\nmetadata:\n  resourceVersion: ""\n`);
writeFileSync(dsFile, `${Array.from({ length: daemonSetCount }, (_, i) => daemonSet(i)).join('\n---\n')}\n`);

const cli = path.join(root, 'bin', 'daemonlint.js');
const otherCli = values.against === undefined ? undefined : path.resolve(values.against, 'bin', 'daemonlint.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One whole CLI run: its wall time in seconds, and its standard output when asked for (timed runs write to /dev/null). */
function wall(bin, args, capture = false) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);
console.log(`node ${process.version}; ${nodeCount} nodes (${mib(statSync(nodesFile).size)} MiB of kubectl YAML), ${daemonSetCount} DaemonSets; ${runs} runs each after one warm-up, medians; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
console.log('whole CLI runs'.padEnd(58) + 'wall s'.padStart(8) + (otherCli ? '--against'.padStart(12) : ''));
const rel = (f) => path.relative(root, f);
for (const [label, args] of [
  ['without an inventory (--format json)', ['--format', 'json', rel(dsFile)]],
  ['--nodes, --format json (findings and coverage)', ['--nodes', rel(nodesFile), '--format', 'json', rel(dsFile)]],
  ['--nodes, --format coverage', ['--nodes', rel(nodesFile), '--format', 'coverage', rel(dsFile)]],
]) {
  // The warm-up runs: they also write the V8 code caches the timed runs read.
  const mine = wall(cli, args, true);
  if (otherCli && !wall(otherCli, args, true).stdout.equals(mine.stdout)) throw new Error(`${label}: the two builds print different reports`);
  const samples = { mine: [], other: [] };
  for (let round = 0; round < runs; round++) {
    samples.mine.push(wall(cli, args).seconds);
    if (otherCli) samples.other.push(wall(otherCli, args).seconds);
  }
  console.log(label.padEnd(58) + median(samples.mine).toFixed(3).padStart(8) + (otherCli ? median(samples.other).toFixed(3).padStart(12) : ''));
}

// Inside one process (warm): reading the inventory, and the run with it against the run without.
const api = await import(pathToFileURL(path.join(root, 'dist', 'index.js')).href);
async function timed(fn) {
  await fn(0);
  const samples = [];
  for (let i = 1; i <= runs; i++) {
    const started = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}
const files = [{ absolutePath: nodesFile, shownAs: rel(nodesFile) }];
// One inventory read for each run: what a run works out for an inventory (the controller's
// verdict per pool, the last fleet plan) is kept with it, and a second run would find it done.
const inventories = [];
const load = await timed(async () => inventories.push(await api.loadInventory(files)));
const inventory = inventories[0];
const base = { patterns: [dsFile], cwd: root, configFile: false, baselineFile: false, concurrency: 1, fixEdits: false };
const without = await timed(() => api.lint(base));
const withInventory = await timed((i) => api.lint({ ...base, inventory: inventories[i] }));
console.log(`\ninside one process (warm; ${inventory.pools.length} pools)`.padEnd(59) + 'ms'.padStart(8));
console.log('reading and grouping the inventory'.padEnd(58) + load.toFixed(1).padStart(8));
console.log('lint() without an inventory'.padEnd(58) + without.toFixed(1).padStart(8));
console.log('lint() with the inventory read (rules, plan, coverage)'.padEnd(58) + withInventory.toFixed(1).padStart(8));
