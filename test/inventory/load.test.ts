import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inventoryFromTexts, loadInventory } from '../../src/inventory/load.js';
import { InventoryError } from '../../src/inventory/problems.js';
import { scanKubectlList } from '../../src/inventory/kubectl-list.js';

function node(name: string, extra = ''): string {
  return `- apiVersion: v1
  kind: Node
  metadata:
    name: ${name}
    labels: {kubernetes.io/hostname: ${name}, kubernetes.io/os: linux, node.kubernetes.io/instance-type: m5.large}
  spec: {${extra}}
  status:
    allocatable: {cpu: 1930m, memory: 7291Mi, pods: "29"}
`;
}

function list(...items: string[]): string {
  return `apiVersion: v1\nkind: List\nmetadata: {resourceVersion: ""}\nitems:\n${items.join('')}`;
}

async function read(text: string, file = 'nodes.yaml') {
  return inventoryFromTexts([{ path: file, text }]);
}

async function failure(text: string): Promise<string> {
  try {
    await read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InventoryError);
    return (error as Error).message;
  }
  throw new Error('expected the inventory to be refused');
}

describe('reading kubectl get nodes -o yaml', () => {
  it('groups identical nodes into one pool, whatever their hostname label', async () => {
    const inventory = await read(list(node('ip-10-0-1-7'), node('ip-10-0-1-12'), node('ip-10-0-2-3')));
    expect(inventory.nodeCount).toBe(3);
    expect(inventory.pools).toEqual([
      {
        name: 'ip-10-0',
        group: 'ip-10-0',
        nodes: ['ip-10-0-1-7', 'ip-10-0-1-12', 'ip-10-0-2-3'],
        labels: { 'kubernetes.io/os': 'linux', 'node.kubernetes.io/instance-type': 'm5.large' },
        nodeLabels: [{ 'kubernetes.io/hostname': 'ip-10-0-1-7' }, { 'kubernetes.io/hostname': 'ip-10-0-1-12' }, { 'kubernetes.io/hostname': 'ip-10-0-2-3' }],
        taints: [],
        unschedulable: false,
        allocatable: { cpu: '1930m', memory: '7291Mi', pods: '29' },
        planned: false,
      },
    ]);
  });

  it('tells cordoned nodes apart, with the taint the node lifecycle controller adds', async () => {
    const inventory = await read(list(node('w-1'), node('w-2'), node('w-3', 'unschedulable: true')));
    expect(inventory.pools.map((p) => [p.name, p.nodes, p.unschedulable, p.taints])).toEqual([
      ['w', ['w-1', 'w-2'], false, []],
      ['w-3 (cordoned)', ['w-3'], true, [{ key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' }]],
    ]);
  });

  it('ignores when a taint was added, and names pools by their cloud pool label', async () => {
    const a = node('gke-a', 'taints: [{key: node.kubernetes.io/not-ready, effect: NoExecute, timeAdded: "2026-01-01T00:00:00Z"}]').replace('m5.large}', 'm5.large, cloud.google.com/gke-nodepool: default-pool}');
    const b = node('gke-b', 'taints: [{key: node.kubernetes.io/not-ready, effect: NoExecute, timeAdded: "2026-02-02T00:00:00Z"}]').replace('m5.large}', 'm5.large, cloud.google.com/gke-nodepool: default-pool}');
    const c = node('gke-c').replace('m5.large}', 'm5.large, cloud.google.com/gke-nodepool: default-pool}');
    const inventory = await read(list(a, b, c));
    expect(inventory.pools.map((p) => [p.name, p.nodes])).toEqual([
      ['default-pool (not ready)', ['gke-a', 'gke-b']],
      ['default-pool', ['gke-c']],
    ]);
  });

  it('fills in the labels the kubelet always sets, from nodeInfo and the name', async () => {
    const inventory = await read(`kind: Node
metadata: {name: edge-1}
status:
  capacity: {cpu: "2", memory: 2Gi}
  nodeInfo: {operatingSystem: linux, architecture: arm64}
`);
    expect(inventory.pools[0].labels).toEqual({ 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'arm64', 'beta.kubernetes.io/arch': 'arm64' });
    expect(inventory.pools[0].nodeLabels).toEqual([{ 'kubernetes.io/hostname': 'edge-1' }]);
    // Without allocatable, the capacity stands in, as kubectl describe node does.
    expect(inventory.pools[0].allocatable).toEqual({ cpu: '2', memory: '2Gi' });
  });

  it('reads -o json output, a NodeList and bare Nodes across several files', async () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'NodeList', items: [{ metadata: { name: 'j-1', labels: { role: 'red' } } }] });
    const inventory = await inventoryFromTexts([
      { path: 'a.json', text: json },
      { path: 'b.yaml', text: 'kind: Node\nmetadata: {name: y-1, labels: {role: blue}}\n---\nkind: Node\nmetadata: {name: y-2, labels: {role: blue}}\n' },
    ]);
    expect(inventory.files).toEqual(['a.json', 'b.yaml']);
    expect(inventory.pools.map((p) => [p.name, p.nodes.length])).toEqual([
      ['y', 2],
      ['j-1', 1],
    ]);
  });

  it('reads files from disk, and says which one cannot be read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-inventory-'));
    writeFileSync(path.join(dir, 'nodes.yaml'), list(node('n-1')));
    const inventory = await loadInventory([{ absolutePath: path.join(dir, 'nodes.yaml'), shownAs: 'nodes.yaml' }]);
    expect(inventory.nodeCount).toBe(1);
    await expect(loadInventory([{ absolutePath: path.join(dir, 'missing.yaml'), shownAs: 'missing.yaml' }])).rejects.toThrow('missing.yaml: no such file');
    await expect(loadInventory([{ absolutePath: dir, shownAs: 'dir' }])).rejects.toThrow('dir: is a directory; give the file kubectl get nodes -o yaml wrote');
  });

  it('reads a List whose Nodes are taken as they come, other items between them, as the full reader does', async () => {
    const pool = '- {kind: NodePool, name: planned, count: 2, allocatable: {cpu: "2", memory: 4Gi}}\n';
    const text = list(node('n-1'), node('n-2'), pool, node('n-3'), node('m-1', 'taints: [{key: a, effect: NoSchedule}]'));
    // An anchor: the quick reader leaves such a file to the full YAML reader.
    expect(scanKubectlList(text.replace('kind: List', 'kind: &k List'))).toBeUndefined();
    const full = await read(text.replace('kind: List', 'kind: &k List'));
    const quick = await read(text);
    expect(quick).toEqual(full);
    expect(quick.pools.map((p) => [p.name, p.nodes])).toEqual([
      ['n', ['n-1', 'n-2', 'n-3']],
      ['planned', ['planned-1', 'planned-2']],
      ['m-1', ['m-1']],
    ]);
    // A mistake in a Node taken early is said by the full reader, at its place.
    const bad = list(node('n-1'), node('n-2', 'taints: [{key: a, effect: NoScheduled}]'));
    await expect(read(bad)).rejects.toThrow('nodes.yaml:18:36: items[1].spec.taints[0].effect: "NoScheduled" is not a taint effect; allowed: NoSchedule, PreferNoSchedule, NoExecute');
  });

  it('reads a file as UTF-8 whether or not it is all ASCII (the quick way only then)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-inventory-'));
    const text = list(node('n-1'), node('größe-2'), node('zone-€-3'), node('\u{1f680}-4'));
    writeFileSync(path.join(dir, 'utf8.yaml'), text);
    writeFileSync(path.join(dir, 'ascii.yaml'), list(node('n-1')));
    // A byte that is no UTF-8 reads as U+FFFD, as kubectl's decoder and Node's read it.
    const [before, after] = list(node('n-1')).split('large');
    writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(after)]));
    const names = async (file: string) => (await loadInventory([{ absolutePath: path.join(dir, file), shownAs: file }])).pools.flatMap((p) => p.nodes);
    expect(await names('utf8.yaml')).toEqual((await read(text)).pools.flatMap((p) => p.nodes));
    expect((await names('utf8.yaml')).sort()).toEqual(['größe-2', 'n-1', 'zone-€-3', '\u{1f680}-4'].sort());
    expect(await names('ascii.yaml')).toEqual(['n-1']);
    const latin1 = await loadInventory([{ absolutePath: path.join(dir, 'latin1.yaml'), shownAs: 'latin1.yaml' }]);
    expect(latin1.pools[0].labels['node.kubernetes.io/instance-type']).toBe('m5.\ufffd');
  });
});

describe('refusing an inventory it cannot use: file, line, column, field and what is allowed', () => {
  it.each([
    ['a taint effect that does not exist', list(node('n-1', 'taints: [{key: a, effect: NoSchedul}]')), 'nodes.yaml:10:36: items[0].spec.taints[0].effect: "NoSchedul" is not a taint effect; allowed: NoSchedule, PreferNoSchedule, NoExecute'],
    ['a taint without a key', list(node('n-1', 'taints: [{effect: NoSchedule}]')), 'nodes.yaml:10:19: items[0].spec.taints[0].key: a taint needs a key'],
    ['an allocatable that is not a quantity', 'kind: Node\nmetadata: {name: n1}\nstatus:\n  allocatable: {cpu: lots}\n', 'nodes.yaml:4:22: status.allocatable.cpu: "lots" is not a quantity; write one such as 3920m, 4, 15Gi or 110'],
    ['a node without a name', 'kind: Node\nmetadata: {labels: {a: b}}\n', 'nodes.yaml:2:1: metadata.name: a Node needs a name (metadata.name)'],
    ['a label value that is not a string', 'kind: Node\nmetadata: {name: n1, labels: {gpu: true}}\n', 'nodes.yaml:2:36: metadata.labels.gpu: label values are strings: got true; quote it ("true")'],
    ['another kind', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', 'nodes.yaml:2:7: kind: expected a Node, a List of Nodes (kubectl get nodes -o yaml), or a NodePool (docs/inventory.md), got kind "Pod"'],
    ['a node listed twice', list(node('n-1'), node('n-1')), 'nodes.yaml: node "n-1" is listed twice: an inventory describes each node once'],
    ['no nodes at all', 'apiVersion: v1\nkind: List\nitems: []\n', 'nodes.yaml: has no nodes: give kubectl get nodes -o yaml output or NodePool entries (docs/inventory.md)'],
    ['text that is not YAML', 'kind: Node\nmetadata: {name: [\n', 'nodes.yaml:3:1: not valid YAML: '],
  ])('%s', async (_name, text, message) => {
    expect(await failure(text)).toContain(message);
  });

  it('names both files when a node is in two', async () => {
    await expect(inventoryFromTexts([{ path: 'a.yaml', text: list(node('n-1')) }, { path: 'b.yaml', text: list(node('n-1')) }])).rejects.toThrow('b.yaml: node "n-1" is listed twice (also in a.yaml)');
  });
});

describe('the NodePool planning form', () => {
  it('makes count nodes with the labels the kubelet would set', async () => {
    const inventory = await read(`kind: NodePool
name: gpu
count: 3
labels: {nvidia.com/gpu.present: "true"}
taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}]
allocatable: {cpu: 7910m, memory: 29Gi, pods: 58, nvidia.com/gpu: 1}
`);
    expect(inventory.pools).toEqual([
      {
        name: 'gpu',
        group: 'gpu',
        nodes: ['gpu-1', 'gpu-2', 'gpu-3'],
        labels: { 'nvidia.com/gpu.present': 'true', 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/arch': 'amd64' },
        nodeLabels: [{ 'kubernetes.io/hostname': 'gpu-1' }, { 'kubernetes.io/hostname': 'gpu-2' }, { 'kubernetes.io/hostname': 'gpu-3' }],
        taints: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }],
        unschedulable: false,
        allocatable: { cpu: '7910m', memory: '29Gi', pods: '58', 'nvidia.com/gpu': '1' },
        planned: true,
      },
    ]);
  });

  it('takes a list of pools, os and arch, and the cordon', async () => {
    const inventory = await read(`- {kind: NodePool, apiVersion: daemonlint.io/v1alpha1, name: win, count: 2, os: windows}
- {kind: NodePool, name: arm, count: 1, arch: arm64, unschedulable: true}
`);
    expect(inventory.pools.map((p) => [p.name, p.labels['kubernetes.io/os'], p.labels['kubernetes.io/arch'], p.taints.map((t) => t.key)])).toEqual([
      ['win', 'windows', 'amd64', []],
      ['arm (cordoned)', 'linux', 'arm64', ['node.kubernetes.io/unschedulable']],
    ]);
  });

  it.each([
    ['an unknown field', 'kind: NodePool\nname: a\ncount: 1\ncuont: 2\n', 'nodes.yaml:4:1: cuont: unknown field of a NodePool; allowed: apiVersion, kind, name, count, labels, taints, allocatable, os, arch, unschedulable'],
    ['a misspelled field, with the closest', 'kind: NodePool\nname: a\ncounts: 2\n', 'nodes.yaml:3:1: counts: unknown field of a NodePool; did you mean "count"?; allowed: apiVersion, kind, name, count, labels, taints, allocatable, os, arch, unschedulable'],
    ['no name', 'kind: NodePool\ncount: 1\n', 'nodes.yaml:1:1: name: a NodePool needs a name, such as "gpu" (its nodes are named gpu-1, gpu-2, ...)'],
    ['a name that cannot name nodes', 'kind: NodePool\nname: GPU_pool\ncount: 1\n', 'nodes.yaml:2:7: name: "GPU_pool" is not a valid pool name: a lowercase RFC 1123 label'],
    ['no count', 'kind: NodePool\nname: a\n', 'nodes.yaml:1:1: count: the number of nodes must be a whole number from 1 to 100000, got undefined'],
    ['a count of zero', 'kind: NodePool\nname: a\ncount: 0\n', 'nodes.yaml:3:8: count: the number of nodes must be a whole number from 1 to 100000, got 0'],
    ['an OS Kubernetes nodes do not run', 'kind: NodePool\nname: a\ncount: 1\nos: darwin\n', 'nodes.yaml:4:5: os: "darwin" is not one of linux, windows'],
    ['os contradicting a label', 'kind: NodePool\nname: a\ncount: 1\nos: windows\nlabels: {kubernetes.io/os: linux}\n', 'nodes.yaml:4:5: os: os windows contradicts the label kubernetes.io/os=linux; give one of them'],
    ['an invalid label value', 'kind: NodePool\nname: a\ncount: 1\nlabels: {tier: "gold plated"}\n', 'nodes.yaml:4:16: labels.tier: "gold plated" is not a label value: '],
    ['an invalid taint key', 'kind: NodePool\nname: a\ncount: 1\ntaints: [{key: "a b", effect: NoSchedule}]\n', 'nodes.yaml:4:16: taints[0].key: "a b" is not a taint key: '],
    ['a wrong apiVersion', 'kind: NodePool\napiVersion: v1\nname: a\ncount: 1\n', 'nodes.yaml:2:13: apiVersion: "v1" is not the NodePool version; write daemonlint.io/v1alpha1 or leave it out'],
    ['allocatable that is not a mapping', 'kind: NodePool\nname: a\ncount: 1\nallocatable: 4\n', 'nodes.yaml:4:14: allocatable: must be a mapping of resource names to quantities (cpu: 3920m, memory: 15Gi, pods: 110)'],
    ['a negative allocatable', 'kind: NodePool\nname: a\ncount: 1\nallocatable: {cpu: -1}\n', 'nodes.yaml:4:20: allocatable.cpu: -1 is not a quantity; write one such as 3920m, 4, 15Gi or 110'],
    ['a pool whose nodes clash with a real node', 'kind: NodePool\nname: a\ncount: 2\n---\nkind: Node\nmetadata: {name: a-2}\n', 'nodes.yaml: node "a-2" is listed twice'],
  ])('refuses %s', async (_name, text, message) => {
    expect(await failure(text)).toContain(message);
  });
});
