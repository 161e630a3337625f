// Plugin code has a time budget (ruleTimeout): a plugin that never finishes ends the run with exit
// 2 naming it, instead of hanging it or ending it with no report and exit 0 (issue 13). Plugins
// run on a worker thread; built-in rules never do.
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';
import { requireBuiltCli, runBin } from '../helpers/cli-run.js';
import { requireBuiltAction, runAction } from '../helpers/action-harness.js';

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

/** A budget far above what a healthy plugin needs even on a busy machine: only code that never finishes meets it. */
const BUDGET = 3000;

function repo(plugin: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-budget-'));
  mkdirSync(path.join(dir, 'policy'));
  writeFileSync(path.join(dir, 'policy', 'rules.js'), plugin);
  writeFileSync(path.join(dir, '.daemonlint.yaml'), `plugins: [./policy/rules.js]\nruleTimeout: ${BUDGET}\n`);
  writeFileSync(path.join(dir, 'ds.yaml'), manifest);
  return dir;
}

const rule = (members: string) => `export const name = 'acme';
export default [{ id: 'slow', meta: { description: 'x', severity: 'warning', messages: { m: 'm' } }, ${members} }];
`;

describe('a plugin that never finishes stops the run, naming it', () => {
  it('a top-level await that never settles', async () => {
    const dir = repo(`await new Promise(() => {});\n${rule('check() {}')}`);
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`loading the plugin "./policy/rules.js" did not finish within ${BUDGET} ms (ruleTimeout): the run was stopped`);
  });

  it('a prepare() that never settles', async () => {
    const dir = repo(rule('prepare() { return new Promise(() => {}); }, check() {}'));
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`rule acme/slow: prepare() did not finish within ${BUDGET} ms (ruleTimeout): the run was stopped`);
  });

  it('a check that loops forever', async () => {
    const dir = repo(rule('check() { for (;;) {} }'));
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`rule acme/slow did not finish within ${BUDGET} ms (ruleTimeout) on ds.yaml (DaemonSet ops/agent): the run was stopped`);
  });

  it('a check whose asynchronous continuation loops forever', async () => {
    const dir = repo(rule('check() { Promise.resolve().then(() => { for (;;) {} }); }'));
    writeFileSync(path.join(dir, 'ds.yaml'), `${manifest}---\n${manifest.replace('name: agent,', 'name: agent-2,')}`);
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`rule acme/slow did not finish within ${BUDGET} ms (ruleTimeout) on ds.yaml (DaemonSet ops/agent): the run was stopped`);
  });

  it('a checkAll that loops forever', async () => {
    const dir = repo(rule('collect() { return {}; }, checkAll() { for (;;) {} }'));
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`rule acme/slow on the whole input did not finish within ${BUDGET} ms (ruleTimeout): the run was stopped`);
  });

  it('the CLI: exit 2, one line, no report', () => {
    requireBuiltCli();
    const dir = repo(rule('check() { for (;;) {} }'));
    expect(runBin(['ds.yaml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `daemonlint: rule acme/slow did not finish within ${BUDGET} ms (ruleTimeout) on ds.yaml (DaemonSet ops/agent): the run was stopped\n`,
    });
  });
});

describe('a run that cannot finish writes no report and says so', () => {
  it('the CLI: a prepare() that never settles is exit 2 with one line, and no SARIF file is written', () => {
    requireBuiltCli();
    const dir = repo(rule('prepare() { return new Promise(() => {}); }, check() {}'));
    expect(runBin(['--format', 'sarif', '-o', 'out.sarif', 'ds.yaml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `daemonlint: rule acme/slow: prepare() did not finish within ${BUDGET} ms (ruleTimeout): the run was stopped\n`,
    });
    expect(existsSync(path.join(dir, 'out.sarif'))).toBe(false);
  });

  it('the CLI: a top-level await that never settles is exit 2 with one line', () => {
    const dir = repo(`await new Promise(() => {});\n${rule('check() {}')}`);
    expect(runBin(['ds.yaml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `daemonlint: loading the plugin "./policy/rules.js" did not finish within ${BUDGET} ms (ruleTimeout): the run was stopped\n`,
    });
  });

  it('the Action (plugins allowed): the step fails with the message; no SARIF file', () => {
    requireBuiltAction();
    const dir = repo(rule('prepare() { return new Promise(() => {}); }, check() {}'));
    const r = runAction(dir, { 'allow-repository-code': 'true' });
    expect({ code: r.code, stdout: r.stdout }).toEqual({
      code: 1,
      stdout: `::error::rule acme/slow: prepare() did not finish within ${BUDGET} ms (ruleTimeout): the run was stopped\n`,
    });
    expect(existsSync(path.join(dir, 'daemonlint.sarif'))).toBe(false);
  });
});

describe('failures that are not about time', () => {
  it('a prepare() that rejects: one line, exit 2', () => {
    requireBuiltCli();
    const dir = repo(rule('async prepare() { throw new Error("no credentials for the registry"); }, check() {}'));
    expect(runBin(['ds.yaml'], dir)).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: rule acme/slow: prepare() failed: no credentials for the registry\n' });
  });

  it('a plugin that is not a regular file is refused', async () => {
    const dir = repo(rule('check() {}'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'plugins: [/dev/zero]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow('plugin "/dev/zero": is a character device, not a regular file');
  });

  it('a plugin over 16 MiB is refused before it is loaded', async () => {
    const dir = repo(rule('check() {}'));
    writeFileSync(path.join(dir, 'policy', 'rules.js'), `${rule('check() {}')}//${'x'.repeat(16 * 1024 * 1024)}\n`);
    const size = statSync(path.join(dir, 'policy', 'rules.js')).size.toLocaleString('en-US');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`plugin "./policy/rules.js": is ${size} bytes, more than the 16 MiB a plugin may be`);
  });

  it('ruleTimeout must be a whole number of milliseconds', async () => {
    const dir = repo(rule('check() {}'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'ruleTimeout: 10s\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow('.daemonlint.yaml: ruleTimeout: "10s" is not a time; write milliseconds, a whole number such as 10000');
  });

  it('a plugin rule that reports and one that throws still work as before, across the worker', async () => {
    const dir = repo(`export const name = 'acme';
export default [
  { id: 'names', meta: { description: 'x', severity: 'warning', messages: { m: 'named {{name}} at {{when}}' } },
    check(ds, context) { context.report({ path: ['metadata', 'name'], at: 'value', messageId: 'm', data: { name: context.object.name, when: context.now.toISOString() } }); } },
  { id: 'throws', meta: { description: 'x', severity: 'warning', messages: { m: 'm' } }, check() { throw new Error('boom'); } },
];
`);
    const result = await lint({ patterns: ['ds.yaml'], cwd: dir, now: new Date('2026-01-02T03:04:05Z') });
    expect(result.findings.filter((f) => f.ruleId.startsWith('acme/')).map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual(['3:18 named agent at 2026-01-02T03:04:05.000Z']);
    expect(result.ruleFailures).toEqual([{ ruleId: 'acme/throws', where: 'ds.yaml (DaemonSet ops/agent)', message: 'boom' }]);
  });
});
