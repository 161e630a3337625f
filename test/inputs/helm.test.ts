import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/run/lint.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/helm');
const rendered = readFileSync(path.join(fixtures, 'rendered.yaml'), 'utf8');

async function run(chartDir?: string) {
  const result = await lint({ texts: [{ path: '<stdin>', text: rendered }], config: defaultConfig(), concurrency: 1, cwd: fixtures, ...(chartDir ? { chartDir } : {}) });
  return result.findings.map((f) => ({
    rule: f.ruleId,
    at: `${f.range.start.line}:${f.range.start.column}`,
    template: f.template,
    related: f.related?.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column} ${r.message}`),
  }));
}

describe('helm template output', () => {
  it('every finding names the template its document came from; positions stay those of the stream', async () => {
    expect(await run()).toEqual([
      { rule: 'hostpath-readonly', at: '27:15', template: 'node-agents/charts/log-shipper/templates/daemonset.yaml', related: undefined },
      { rule: 'no-replicas', at: '43:3', template: 'node-agents/templates/daemonset.yaml', related: undefined },
    ]);
  });

  it('with --chart-dir, a key found exactly once in the template is located there too', async () => {
    const findings = await run('node-agents');
    expect(findings.map((f) => f.related)).toEqual([
      // `- name: varlog` is the mount's list item: not a key to search for, so no template location.
      undefined,
      ['node-agents/templates/daemonset.yaml:8:3 replicas in the template node-agents/templates/daemonset.yaml'],
    ]);
  });
});

describe('--chart-dir reads only inside the chart', () => {
  const text = `# Source: chart/../../outside/daemonset.yaml
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: a}
spec:
  replicas: 2
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      containers: [{name: a, image: example.com/a:1.0.0}]
---
# Source: chart/templates/linked.yaml
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: b}
spec:
  replicas: 2
  selector: {matchLabels: {app: b}}
  template:
    metadata: {labels: {app: b}}
    spec:
      containers: [{name: b, image: example.com/b:1.0.0}]
`;

  it('a # Source: path that leaves the chart, or a link out of it, is not followed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'daemonlint-chart-'));
    try {
      mkdirSync(path.join(root, 'outside'));
      mkdirSync(path.join(root, 'work', 'chart', 'templates'), { recursive: true });
      writeFileSync(path.join(root, 'outside', 'daemonset.yaml'), 'spec:\n  replicas: 1\n');
      symlinkSync(path.join(root, 'outside', 'daemonset.yaml'), path.join(root, 'work', 'chart', 'templates', 'linked.yaml'));
      const result = await lint({ texts: [{ path: '<stdin>', text }], config: defaultConfig(), cwd: path.join(root, 'work'), chartDir: 'chart' });
      const replicas = result.findings.filter((f) => f.ruleId === 'no-replicas');
      expect(replicas.map((f) => [f.template, f.related])).toEqual([
        ['chart/../../outside/daemonset.yaml', undefined],
        ['chart/templates/linked.yaml', undefined],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
