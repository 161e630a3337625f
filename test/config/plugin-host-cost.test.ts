// Built-in rules pay nothing for the plugin time budget (issue 13): a run without plugins starts
// no worker thread; a run with plugins starts exactly one, which holds them all.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const started = vi.hoisted(() => ({ workers: 0 }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      started.workers++;
    }
  }
  return { ...real, default: { ...real, Worker: CountedWorker }, Worker: CountedWorker };
});

const { defaultConfig } = await import('../../src/config/config.js');
const { lint } = await import('../../src/run/lint.js');

const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: ops}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: registry.internal/agent:1.0.0}]
`;

describe('the plugin worker', () => {
  it('is not started by a run without plugins', async () => {
    started.workers = 0;
    const result = await lint({ texts: [{ path: 'ds.yaml', text: manifest }], config: defaultConfig(), concurrency: 1 });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(started.workers).toBe(0);
  });

  it('is started once for a configuration with two plugins', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-host-cost-'));
    mkdirSync(path.join(dir, 'policy'));
    const plugin = (name: string) => `export const name = '${name}';\nexport default [{ id: 'r', meta: { description: 'x', severity: 'warning', messages: { m: 'm' } }, check() {} }];\n`;
    writeFileSync(path.join(dir, 'policy', 'a.js'), plugin('a'));
    writeFileSync(path.join(dir, 'policy', 'b.js'), plugin('b'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'plugins: [./policy/a.js, ./policy/b.js]\n');
    writeFileSync(path.join(dir, 'ds.yaml'), manifest);
    started.workers = 0;
    await lint({ patterns: ['ds.yaml'], cwd: dir, concurrency: 1 });
    expect(started.workers).toBe(1);
  });
});
