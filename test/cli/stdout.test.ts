import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');

/** DaemonSets that each break several rules, so that the report is megabytes: many times a pipe's 64 KiB. */
function manifests(count: number): string {
  const one = (i: number) => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent-${i}, namespace: ns}
spec:
  selector: {matchLabels: {app: agent-${i}}}
  template:
    metadata: {labels: {app: agent-${i}}}
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: agent:latest
          securityContext: {privileged: true}
          volumeMounts: [{name: root, mountPath: /host}]
      volumes: [{name: root, hostPath: {path: /}}]
`;
  return Array.from({ length: count }, (_, i) => one(i)).join('---\n');
}

describe.runIf(process.platform !== 'win32')('standard output that takes bytes only as its reader reads them', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-stdout-'));
    writeFileSync(path.join(dir, 'all.yaml'), manifests(400));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A non-blocking pipe refuses a write once 64 KiB wait in it (EAGAIN): the rest of the report
  // goes through process.stdout, and the process must not exit before that has been written,
  // however early the run itself finished. Node makes a pipe non-blocking once process.stdout
  // exists, as a wrapper that loads code before the CLI may have made it.
  it('writes the whole report to a non-blocking pipe, as it writes it to a file', async () => {
    const args = [bin, '--format', 'json', 'all.yaml'];
    const env = { ...process.env, NO_COLOR: '1' };
    expect(spawnSync(process.execPath, [...args, '-o', 'report.json'], { cwd: dir, env, stdio: 'ignore' }).status).toBe(1);
    const expected = readFileSync(path.join(dir, 'report.json'), 'utf8');
    expect(expected.length).toBeGreaterThan(1 << 20);

    const child = spawn(process.execPath, ['--import', 'data:text/javascript,process.stdout', ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(Buffer.concat(chunks).toString()).toBe(expected);
  });
});
