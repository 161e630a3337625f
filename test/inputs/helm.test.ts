import { readFileSync } from 'node:fs';
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
