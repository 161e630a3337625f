import { describe, expect, it } from 'vitest';
import { inventoryFromTexts } from '../../src/inventory/load.js';
import { coverageMarkdown, formatCoverage } from '../../src/report/coverage.js';
import { formatJson, toJsonReport } from '../../src/report/json.js';
import { safeJsonText } from '../../src/report/safe-text.js';
import { lint } from '../../src/run/lint.js';

// One EKS node group spread over two zones (two pools, one group), a GPU group, and a DaemonSet
// that picks nodes by name.
const NODES = (['a', 'b'] as const)
  .flatMap((zone, z) =>
    [1, 2, 3].map(
      (i) => `- kind: Node
  metadata:
    name: general-${zone}${i}
    labels: {eks.amazonaws.com/nodegroup: general, topology.kubernetes.io/zone: us-east-1${zone}, kubernetes.io/os: linux, kubernetes.io/hostname: general-${zone}${i}}
  status: {allocatable: {cpu: "2", memory: 8Gi, pods: "${20 + z}"}}
`,
    ),
  )
  .join('');
// A Node as the API would never hold it (a taint value with a pipe), to see the Markdown escaped.
const INVENTORY = `apiVersion: v1\nkind: List\nitems:\n${NODES}---\nkind: NodePool\nname: gpu\ncount: 2\nallocatable: {cpu: "8", memory: 32Gi}\n---\nkind: Node\nmetadata: {name: odd, labels: {node-role.kubernetes.io/odd: ""}}\nspec: {taints: [{key: gpu, value: "x|y", effect: NoSchedule}]}\n`;

function daemonSet(name: string, extra = ''): string {
  return `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: ops}\nspec:\n  template:\n    spec:\n${extra}      containers: [{name: c, image: c:1, resources: {requests: {cpu: 100m, memory: 100Mi}}}]\n`;
}

async function run() {
  const inventory = await inventoryFromTexts([{ path: 'nodes.yaml', text: INVENTORY }]);
  return lint({
    texts: [{ path: 'ds.yaml', text: `${daemonSet('agent')}---\n${daemonSet('pinned', '      nodeName: general-a2\n')}` }],
    config: { extends: 'recommended', rules: {}, requireReason: false, ignore: [], exclude: [], plugins: [] },
    inventory,
    concurrency: 1,
  });
}

describe('pools of one node group', () => {
  it('are two pools, named apart, of one group', async () => {
    const { coverage } = await run();
    expect(coverage!.inventory.pools.map((p) => [p.name, p.group, p.nodes])).toEqual([
      ['general #1', 'general', 3],
      ['general #2', 'general', 3],
      ['gpu', 'gpu', 2],
      ['odd', 'odd', 1],
    ]);
  });

  it('share a column of the table, their counts added up', async () => {
    const result = await run();
    expect(formatCoverage(result, { color: false })).toBe(`Node coverage: 2 DaemonSets on 9 nodes in 3 node groups (nodes.yaml)

DaemonSet   general                 gpu      odd     fleet cpu  fleet memory
            6 nodes                 2 nodes  1 node
ops/agent   runs                    runs     misses       800m         800Mi
ops/pinned  runs 1, not selected 5  -        -            100m         100Mi
runs: gets a pod that fits · misses: selected, but a taint keeps the pod off · unfit: the pod stays Pending · -: not selected
fleet cpu, memory: requests summed over the nodes the DaemonSet runs on

ops/agent
  misses odd (odd): taint gpu=x|y:NoSchedule not tolerated

✖ 10 problems (4 errors, 6 warnings); --format stylish lists the findings
`);
  });

  it('in Markdown for the job summary, with table cells escaped', async () => {
    const { coverage } = await run();
    expect(coverageMarkdown(coverage!)).toBe(`### Node coverage

2 DaemonSets on 9 nodes in 3 node groups (nodes.yaml).

| DaemonSet | general (6 nodes) | gpu (2 nodes) | odd (1 node) | fleet cpu | fleet memory |
|---|---|---|---|---:|---:|
| ops/agent | runs | runs | misses | 800m | 800Mi |
| ops/pinned | runs 1, not selected 5 | - | - | 100m | 100Mi |

runs: gets a pod that fits · misses: selected, but a taint keeps the pod off · unfit: the pod stays Pending · -: not selected. Fleet cpu, memory: requests summed over the nodes the DaemonSet runs on.

- **ops/agent** misses odd (odd): taint gpu=x\\|y:NoSchedule not tolerated
`);
  });

  it('the text report shows control characters escaped', async () => {
    const inventory = await inventoryFromTexts([{ path: 'nodes.yaml', text: 'kind: Node\nmetadata: {name: plain}\nspec: {taints: [{key: a, value: "x\\u001b[31my", effect: NoSchedule}]}\n' }]);
    const result = await lint({ texts: [{ path: 'ds.yaml', text: daemonSet('agent') }], configFile: false, inventory, concurrency: 1 });
    expect(formatCoverage(result, { color: false })).toContain('  misses plain (plain): taint a=x\\u001b[31my:NoSchedule not tolerated\n');
  });

  it('without an inventory it says how to give one', async () => {
    const result = await lint({ texts: [{ path: 'ds.yaml', text: daemonSet('agent') }], configFile: false, concurrency: 1 });
    expect(formatCoverage(result, { color: false })).toBe('No node inventory: give one with --nodes <file> (or nodes: in the config) to see where each DaemonSet runs.\n');
  });
});

describe('coverage in the JSON report', () => {
  // Node names, label values and taints as an inventory file may hold them: line breaks, workflow
  // commands, a bell, a right-to-left override, a zero-width joiner, a lone surrogate, non-ASCII.
  const HOSTILE = `apiVersion: v1
kind: List
items:
- kind: Node
  metadata: {name: "w1\\n::stop-commands::x", labels: {eks.amazonaws.com/nodegroup: "pool\\u202e1"}}
  spec: {taints: [{key: dedicated, value: "x\\u0007##[y", effect: NoSchedule}]}
  status: {allocatable: {cpu: "2", memory: 8Gi, pods: "20"}}
- kind: Node
  metadata: {name: "w2\\u200d\\ud800", labels: {eks.amazonaws.com/nodegroup: "pool\\u202e1"}}
  spec: {taints: [{key: dedicated, value: "x\\u0007##[y", effect: NoSchedule}]}
  status: {allocatable: {cpu: "2", memory: 8Gi, pods: "20"}}
- kind: Node
  metadata: {name: "größe-3", labels: {eks.amazonaws.com/nodegroup: "klein"}}
  status: {allocatable: {cpu: 50m, memory: 8Gi, pods: "20"}}
`;

  async function hostileRun(texts: string[]) {
    const inventory = await inventoryFromTexts([{ path: 'nodes.yaml', text: HOSTILE }]);
    return lint({
      texts: texts.map((text, i) => ({ path: `ds${i}.yaml`, text })),
      config: { extends: 'recommended', rules: {}, requireReason: false, ignore: [], exclude: [], plugins: [] },
      inventory,
      concurrency: 1,
      coverage: true,
    });
  }

  it('is the text JSON.stringify and safeJsonText write, written in pieces', async () => {
    const result = await hostileRun([`${daemonSet('agent')}---\n${daemonSet('picky', '      nodeSelector: {eks.amazonaws.com/nodegroup: klein}\n')}`]);
    const missed = result.coverage!.daemonSets[0].nodes.missed;
    expect(missed.map((o) => [o.node, o.cause])).toEqual([
      ['w1\n::stop-commands::x', 'taints'],
      ['w2\u200d\ud800', 'taints'],
    ]);
    expect(result.coverage!.daemonSets[1].nodes.unfit.map((o) => [o.node, o.cause])).toEqual([['größe-3', 'resources']]);
    const text = formatJson(result);
    expect(text).toBe(`${safeJsonText(JSON.stringify(toJsonReport(result), null, 2))}\n`);
    expect(JSON.parse(text).coverage).toEqual(JSON.parse(JSON.stringify(toJsonReport(result).coverage)));
    // What a log would act on is escaped: no raw hidden character, no ##[.
    expect(text).toContain('"node": "w1\\n::stop-commands::x"');
    expect(text).toContain('"node": "w2\\u200d\\ud800"');
    expect(text).toContain('"reason": "taint dedicated=x\\u0007##\\u005by:NoSchedule not tolerated"');
    expect(text).toContain('"pool": "pool\\u202e1"');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200d\u202e]|##\[/);
  });

  it('with no findings, and with no DaemonSet', async () => {
    for (const texts of [[daemonSet('agent').replace('containers:', 'priorityClassName: system-node-critical\n      containers:')], ['kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n']]) {
      const result = await hostileRun(texts);
      const quiet = { ...result, findings: [] };
      expect(formatJson(quiet)).toBe(`${safeJsonText(JSON.stringify(toJsonReport(quiet), null, 2))}\n`);
      expect(formatJson(result)).toBe(`${safeJsonText(JSON.stringify(toJsonReport(result), null, 2))}\n`);
    }
  });
});
