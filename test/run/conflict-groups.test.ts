// Rules that compare objects pairwise must not report every pair (issue 13): 1,000 copies of one
// DaemonSet gave 499,500 findings, and a kind: List of 1,500 merge-key items ran out of string
// length. Counted here (findings and related places), never timed: bench/identical.mjs measures.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/run/lint.js';

function daemonSet(name: string): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      hostNetwork: true
      containers:
        - name: exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
          ports: [{containerPort: 9100, hostPort: 9100}]
`;
}

async function conflicts(text: string): Promise<{ ruleId: string; message: string; line: number; related: number }[]> {
  const result = await lint({ texts: [{ path: 'all.yaml', text }], config: defaultConfig(), concurrency: 1 });
  return result.findings
    .filter((f) => f.ruleId === 'selector-overlap' || f.ruleId === 'hostport-conflict')
    .map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.range.start.line, related: f.related?.length ?? 0 }));
}

describe('a group of objects that all conflict is one finding', () => {
  it('1,000 copies under names of their own: one finding per rule on the first, 999 related places', async () => {
    const text = Array.from({ length: 1000 }, (_, i) => daemonSet(`node-exporter-${i}`)).join('---\n');
    expect(await conflicts(text)).toEqual([
      { ruleId: 'selector-overlap', message: '1000 objects select the same pods: DaemonSet monitoring/node-exporter-0, DaemonSet monitoring/node-exporter-1, DaemonSet monitoring/node-exporter-2 and 997 more', line: 5, related: 999 },
      { ruleId: 'hostport-conflict', message: '1000 DaemonSets claim host port 9100/TCP on the same nodes', line: 13, related: 999 },
    ]);
  });

  it('a kind: List of 1,500 items merged from one anchor: one finding per rule', async () => {
    const base = `  - &ds\n${daemonSet('node-exporter-0').replace(/^/gm, '    ').trimEnd()}`;
    const items = Array.from({ length: 1499 }, (_, i) => `  - <<: *ds\n    metadata: {name: node-exporter-${i + 1}, namespace: monitoring}\n`).join('');
    const text = `apiVersion: v1\nkind: List\nitems:\n${base}\n${items}`;
    const found = await conflicts(text);
    expect(found.map((f) => [f.ruleId, f.message, f.related])).toEqual([
      ['selector-overlap', '1500 objects select the same pods: DaemonSet monitoring/node-exporter-0, DaemonSet monitoring/node-exporter-1, DaemonSet monitoring/node-exporter-2 and 1497 more', 1499],
      ['hostport-conflict', '1500 DaemonSets claim host port 9100/TCP on the same nodes', 1499],
    ]);
  });

  it('the same DaemonSet written 1,000 times is one object applied again: no conflict', async () => {
    expect(await conflicts(Array.from({ length: 1000 }, () => daemonSet('node-exporter')).join('---\n'))).toEqual([]);
  });
});
