import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Rules across the input compare objects of different files, and of stdin and files, in one run.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');

interface Reported {
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
  related?: { file: string; line: number; column: number; message: string }[];
}

function run(args: string[], input = ''): { code: number | null; findings: Reported[]; stderr: string } {
  const r = spawnSync(process.execPath, [bin, '-f', 'json', ...args], { cwd: work, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const report = JSON.parse(r.stdout) as { findings: Reported[] };
  return { code: r.status, findings: report.findings.filter((f) => CROSS_INPUT.has(f.ruleId)), stderr: r.stderr };
}

const CROSS_INPUT = new Set(['hostport-conflict', 'selector-overlap']);

function exporter(name: string): string {
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
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
          ports: [{containerPort: 9100}]
`;
}

const hostPortMessage = 'host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter';
const overlapMessage = 'selects the same pods as DaemonSet monitoring/node-exporter';

let work: string;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-cross-'));
  writeFileSync(path.join(work, 'a.yaml'), exporter('node-exporter'));
  writeFileSync(path.join(work, 'b.yaml'), exporter('node-exporter-v2'));
});

describe('rules across the whole input', () => {
  it('compare DaemonSets of two files, reporting at the later one', () => {
    const r = run(['a.yaml', 'b.yaml']);
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'selector-overlap', file: 'b.yaml', line: 5, column: 3, message: overlapMessage }),
      expect.objectContaining({ ruleId: 'hostport-conflict', file: 'b.yaml', line: 13, column: 20, message: hostPortMessage }),
    ]);
    expect(r.findings.map((f) => f.related)).toEqual([
      [expect.objectContaining({ file: 'a.yaml', line: 5, column: 3, message: 'the selector of DaemonSet monitoring/node-exporter, which also selects the pods of DaemonSet monitoring/node-exporter-v2' })],
      [expect.objectContaining({ file: 'a.yaml', line: 13, column: 20, message: 'DaemonSet monitoring/node-exporter claims host port 9100/TCP here' })],
    ]);
  });

  it('compare stdin with a file, in the order given', () => {
    const r = run(['a.yaml', '-'], exporter('node-exporter-v2'));
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'selector-overlap', file: '<stdin>', line: 5, column: 3, message: overlapMessage }),
      expect.objectContaining({ ruleId: 'hostport-conflict', file: '<stdin>', line: 13, column: 20, message: hostPortMessage }),
    ]);

    const reversed = run(['-', 'b.yaml'], exporter('node-exporter'));
    expect(reversed.findings.map((f) => [f.ruleId, f.file, f.related?.map((x) => x.file)])).toEqual([
      ['selector-overlap', 'b.yaml', ['<stdin>']],
      ['hostport-conflict', 'b.yaml', ['<stdin>']],
    ]);
  });

  it('find nothing in one file alone', () => {
    const r = run(['b.yaml']);
    expect(r.findings).toEqual([]);
  });
});
