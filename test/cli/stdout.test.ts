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

// The run exits as soon as its report is written (main.ts), and a plugin runs on a worker thread,
// whose own console output would reach this process's stdout and stderr as messages the main
// thread's event loop delivers later (and, with it blocked in every call, a chunk at a time):
// what the plugin said was lost, all but its first line (or all of it).
describe.runIf(process.platform !== 'win32')('what a plugin prints', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-plugin-out-'));
    writeFileSync(path.join(dir, 'all.yaml'), manifests(2000));
    writeFileSync(
      path.join(dir, 'noisy.mjs'),
      `export const name = 'acme';
export default [{
  id: 'noisy',
  meta: { description: 'Prints.', severity: 'warning', fixable: false, tags: [], messages: { m: 'm' } },
  check(ds) {
    console.log('checked ' + ds.metadata.name);
    console.error('warned ' + ds.metadata.name);
  },
}];
`,
    );
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'plugins: [./noisy.mjs]\nrules:\n  acme/noisy: warning\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reaches standard output and standard error, every line of it', () => {
    const env = { ...process.env, NO_COLOR: '1' };
    const run = spawnSync(process.execPath, [bin, '--format', 'json', '-o', 'report.json', 'all.yaml'], { cwd: dir, env, encoding: 'utf8' });
    const lines = (word: string) => Array.from({ length: 2000 }, (_, i) => `${word} agent-${i}\n`).join('');
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 1, stdout: lines('checked'), stderr: lines('warned') });
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.files).toBe(1);
  });

  // `daemonlint | head`: the report stops quietly where the reader left, and so does what the
  // plugin prints (which through the worker's streams could end the process with an unhandled EPIPE).
  it('is dropped quietly once the reader of standard output has gone', async () => {
    writeFileSync(path.join(dir, 'many.yaml'), manifests(300));
    const child = spawn(process.execPath, [bin, '--format', 'json', 'many.yaml'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.once('data', () => child.stdout.destroy());
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const warned = Array.from({ length: 300 }, (_, i) => `warned agent-${i}\n`).join('');
    expect({ code, stderr }).toEqual({ code: 1, stderr: warned });
  });
});
