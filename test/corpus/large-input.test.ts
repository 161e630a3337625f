import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * No size of input ends a run without a report. Before reports were written file by file, a
 * SARIF log was one string, and V8 ends a string at 2^29 - 24 characters (~512 MiB): about
 * 375,000 findings died with `RangeError: Invalid string length` and no report. This input
 * (generated, ~16 MB: DaemonSets of 200 containers each, with names as long as Kubernetes allows, ~330,000 findings) makes a log past that
 * limit; the built CLI (run `npm run build` first) must write all of it. Not timed: it takes a
 * minute or more on a busy machine.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'bin', 'daemonlint.js');
const V8_MAX_STRING = 2 ** 29 - 24;
const DAEMONSETS = 540;
const CONTAINERS = 200;

let dir: string;

/** Names as long as Kubernetes allows them, which every result repeats: fewer findings make the size. */
function padded(name: string, length: number): string {
  return `${name}-${'x'.repeat(length - name.length - 1)}`;
}

function daemonSet(i: number): string {
  let text =
    `---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${padded(`agent-${i}`, 200)}\n  namespace: ${padded(`ns-${i}`, 63)}\nspec:\n` +
    `  selector:\n    matchLabels: {app: agent-${i}}\n  template:\n    metadata:\n      labels: {app: agent-${i}}\n    spec:\n      containers:\n`;
  for (let k = 0; k < CONTAINERS; k++) text += `      - {name: ${padded(`c${k}`, 63)}, image: "registry.example/agent:${k}", securityContext: {privileged: true}}\n`;
  return text;
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Counts a string's occurrences in a file too large to read as one string, and returns its last bytes. */
function scan(file: string, needle: string): { count: number; end: string } {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(8 << 20);
  const pattern = Buffer.from(needle);
  let count = 0;
  let carry = Buffer.alloc(0);
  let end = '';
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const chunk = Buffer.concat([carry, buffer.subarray(0, n)]);
      for (let at = chunk.indexOf(pattern); at !== -1; at = chunk.indexOf(pattern, at + pattern.length)) count++;
      // Keep what could be the start of a match cut at the chunk's end (never a whole match).
      carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (pattern.length - 1))));
      end = Buffer.concat([Buffer.from(end), chunk]).subarray(-200).toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
  return { count, end };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-large-'));
  writeFileSync(path.join(dir, '.daemonlint.yaml'), 'extends: all\n');
  writeFileSync(path.join(dir, 'one.yaml'), daemonSet(0));
  let text = '';
  for (let i = 0; i < DAEMONSETS; i++) text += daemonSet(i);
  writeFileSync(path.join(dir, 'all.yaml'), text);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an input whose report is larger than a string can hold', () => {
  it(`writes a SARIF log of every finding of ${DAEMONSETS} DaemonSets of ${CONTAINERS} containers`, () => {
    // Every DaemonSet is alike but for its name: it has as many findings as the first one alone.
    const single = run(['-f', 'json', 'one.yaml']);
    expect(single.stderr).toBe('');
    const perDaemonSet = (JSON.parse(single.stdout) as { findings: unknown[] }).findings.length;
    expect(perDaemonSet).toBeGreaterThan(3 * CONTAINERS);

    const r = run(['-f', 'sarif', '-o', 'report.sarif', 'all.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    const size = statSync(path.join(dir, 'report.sarif')).size;
    expect(size).toBeGreaterThan(V8_MAX_STRING);
    const { count, end } = scan(path.join(dir, 'report.sarif'), '"ruleId": "');
    expect(count).toBe(perDaemonSet * DAEMONSETS);
    expect(end.endsWith('\n      ],\n      "columnKind": "utf16CodeUnits"\n    }\n  ]\n}\n')).toBe(true);
  });
});

describe('a file over the default size limit, linted with a raised one', () => {
  // The rules across the input read a file again to place their findings; they must read it with
  // the run's limit, not the default 64 MiB (the 100,000-DaemonSet file of the benchmark, 143 MB,
  // once ended with "changed while daemonlint read it" and no report).
  it('places a host-port conflict in it, and says nothing changed', () => {
    const exporter = (name: string) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}\n  namespace: monitoring\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      hostNetwork: true\n      containers:\n      - name: exporter\n        image: quay.io/prometheus/node-exporter:v1.8.2\n        ports:\n        - containerPort: 9100\n`;
    const line = `# ${'x'.repeat(1022)}\n`;
    const fd = openSync(path.join(dir, 'huge.yaml'), 'w');
    try {
      writeSync(fd, `${exporter('exporter-a')}---\n${exporter('exporter-b')}`);
      // 65 MiB of comment after the documents: over the default limit.
      const block = line.repeat(1024);
      for (let i = 0; i < 65; i++) writeSync(fd, block);
    } finally {
      closeSync(fd);
    }
    expect(statSync(path.join(dir, 'huge.yaml')).size).toBeGreaterThan(64 * 2 ** 20);
    const r = run(['--no-config', '--rule', 'hostport-conflict=error', '--max-file-size', '128MiB', '-f', 'json', 'huge.yaml']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const conflicts = (JSON.parse(r.stdout) as { findings: { ruleId: string; message: string; line: number; column: number }[] }).findings.filter((f) => f.ruleId === 'hostport-conflict');
    expect(conflicts.map((f) => [f.line, f.column, f.message])).toEqual([[37, 11, 'host port 9100/TCP is also claimed by DaemonSet monitoring/exporter-a']]);
  });
});
