// --fix never loses or alters a byte it did not mean to change (issue 13): links, modes, owners,
// read-only files, files changed meanwhile, temporary files, encodings, and fixes that fail.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { FixWriteError, writeFixedFile } from '../../src/fix/write-file.js';
import { lint } from '../../src/run/lint.js';
import { defineRule } from '../../src/types/rule.js';
import { bin, requireBuiltCli, runBin } from '../helpers/cli-run.js';

const withReplicas = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  replicas: 2
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: example.com/agent:1.0.0}]
`;
const fixed = withReplicas.replace('  replicas: 2\n', '');

let work: string;
let n = 0;
function dir(): string {
  const d = path.join(work, `d${++n}`);
  mkdirSync(d, { recursive: true });
  return d;
}
const fixOnly = ['--fix', '--fix-type', 'no-replicas', '--no-config', '--format', 'json'];

beforeAll(() => {
  requireBuiltCli();
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-fixwrite-'));
  chmodSync(work, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writing a fixed file', () => {
  it('through a symbolic link: the target is written, the link stays; mode and owner are kept', () => {
    const d = dir();
    mkdirSync(path.join(d, 'real'));
    const target = path.join(d, 'real', 'ds.yaml');
    writeFileSync(target, withReplicas);
    chmodSync(target, 0o640);
    if (process.getuid?.() === 0) chownSync(target, 1234, 1235);
    symlinkSync('real/ds.yaml', path.join(d, 'link.yaml'));
    const r = runBin([...fixOnly, 'link.yaml'], d);
    expect(r.stderr).toBe('daemonlint: 1 problem fixed\n');
    expect(lstatSync(path.join(d, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(d, 'link.yaml'))).toBe('real/ds.yaml');
    expect(readFileSync(target, 'utf8')).toBe(fixed);
    const stat = statSync(target);
    expect(stat.mode & 0o7777).toBe(0o640);
    if (process.getuid?.() === 0) expect([stat.uid, stat.gid]).toEqual([1234, 1235]);
  });

  it('a file reached twice (a symbolic link and a hard link to it among the inputs) is fixed once', () => {
    const d = dir();
    writeFileSync(path.join(d, 'a.yaml'), withReplicas);
    symlinkSync('a.yaml', path.join(d, 'b-link.yaml'));
    linkSync(path.join(d, 'a.yaml'), path.join(d, 'c-hard.yaml'));
    const r = runBin([...fixOnly, 'a.yaml', 'b-link.yaml', 'c-hard.yaml'], d);
    // Exit 1 as for the file alone: the rules left unfixed still report on it.
    expect([r.code, r.stderr]).toEqual([
      1,
      'daemonlint: b-link.yaml: fixed once, as a.yaml: the same file\ndaemonlint: c-hard.yaml: fixed once, as a.yaml: the same file\ndaemonlint: 1 problem fixed\n',
    ]);
    expect(readFileSync(path.join(d, 'a.yaml'), 'utf8')).toBe(fixed);
    expect(lstatSync(path.join(d, 'b-link.yaml')).isSymbolicLink()).toBe(true);
    expect(statSync(path.join(d, 'a.yaml')).nlink).toBe(2);
  });

  it('a read-only file is reported as not fixed (exit 2); the other files are still fixed', () => {
    const d = dir();
    writeFileSync(path.join(d, 'ro.yaml'), withReplicas);
    chmodSync(path.join(d, 'ro.yaml'), 0o444);
    writeFileSync(path.join(d, 'rw.yaml'), withReplicas);
    const r = runBin([...fixOnly, 'ro.yaml', 'rw.yaml'], d);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'daemonlint: ro.yaml: not fixed: it is read-only (mode 444)\ndaemonlint: 1 problem fixed\ndaemonlint: 1 fixed file was not written (see above); the report describes the fixed text\n',
    );
    expect(readFileSync(path.join(d, 'ro.yaml'), 'utf8')).toBe(withReplicas);
    expect(readFileSync(path.join(d, 'rw.yaml'), 'utf8')).toBe(fixed);
  });

  it('a file with other hard links is rewritten in place: every name sees the fix', () => {
    const d = dir();
    writeFileSync(path.join(d, 'a.yaml'), withReplicas);
    linkSync(path.join(d, 'a.yaml'), path.join(d, 'b.yaml'));
    runBin([...fixOnly, 'a.yaml'], d);
    expect(readFileSync(path.join(d, 'b.yaml'), 'utf8')).toBe(fixed);
    expect(statSync(path.join(d, 'a.yaml')).nlink).toBe(2);
  });

  it('a file that changed after it was read is not overwritten', () => {
    const d = dir();
    const file = path.join(d, 'ds.yaml');
    writeFileSync(file, withReplicas);
    const stat = statSync(file);
    const snapshot = { size: stat.size, mtimeMs: stat.mtimeMs, sha256: createHash('sha256').update(withReplicas).digest('hex') };
    // Another run (or an editor) writes the same number of bytes meanwhile, keeping the modification time.
    const other = withReplicas.replace('replicas: 2', 'replicas: 3');
    writeFileSync(file, other);
    utimesSync(file, stat.atime, stat.mtime);
    expect(() => writeFixedFile(file, Buffer.from(fixed), snapshot)).toThrow(
      new FixWriteError('it changed after it was read (another run or an editor wrote it): its fixes were not written; run daemonlint again'),
    );
    expect(readFileSync(file, 'utf8')).toBe(other);
    // Unchanged, it is written.
    const now = statSync(file);
    writeFixedFile(file, Buffer.from(fixed), { size: now.size, mtimeMs: now.mtimeMs, sha256: createHash('sha256').update(other).digest('hex') });
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('temporary files of a killed run are removed; they are never linted', () => {
    const d = dir();
    writeFileSync(path.join(d, 'ds.yaml'), withReplicas);
    // A process id that cannot exist (above Linux's pid_max limit).
    const stale = path.join(d, '.ds.yaml.daemonlint-4194305-0a1b2c3d4e5f.tmp');
    writeFileSync(stale, withReplicas);
    // Only what a killed run of this file leaves is removed: not a link, a directory, another
    // file's, or a name that is not quite ours (a repository may hold any of them).
    const kept = ['.ds.yaml.daemonlint-4194306-0a1b2c3d4e5f.tmp', '.ds.yaml.daemonlint-4194307-0a1b2c3d4e5f.tmp', '.other.yaml.daemonlint-4194305-0a1b2c3d4e5f.tmp', '.ds.yaml.daemonlint-4194305-0a1b2c.tmp'];
    symlinkSync('ds.yaml', path.join(d, kept[0]));
    mkdirSync(path.join(d, kept[1]));
    writeFileSync(path.join(d, kept[2]), 'x');
    writeFileSync(path.join(d, kept[3]), 'x');
    const linted = runBin(['--no-config', '--format', 'json', '.'], d);
    expect((JSON.parse(linted.stdout) as { summary: { files: number } }).summary.files).toBe(1);
    runBin([...fixOnly, 'ds.yaml'], d);
    expect(existsSync(stale)).toBe(false);
    expect(kept.filter((name) => !existsSync(path.join(d, name)))).toEqual([]);
    expect(readFileSync(path.join(d, 'ds.yaml'), 'utf8')).toBe(fixed);
  });
});

describe('two --fix runs at once on the same files', () => {
  it('never lose a fix silently: a file lacks a run\'s fix only when that run said so', async () => {
    const d = dir();
    const text = withReplicas.replace('containers: [{name: agent, image: example.com/agent:1.0.0}]', 'restartPolicy: Never\n      containers: [{name: agent, image: example.com/agent:1.0.0}]');
    const files = Array.from({ length: 150 }, (_, i) => `f${i}.yaml`);
    for (const f of files) writeFileSync(path.join(d, f), text);
    const start = (rule: string) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [bin, '--fix', '--fix-type', rule, '--no-config', '--format', 'json', ...files], { cwd: d, env: { ...process.env, DAEMONLINT_NO_CACHE: '1' } });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.resume();
        child.on('close', () => resolve(stderr));
      });
    const [replicasErr, restartErr] = await Promise.all([start('no-replicas'), start('restart-policy-always')]);
    const notFixed = (stderr: string) => new Set([...stderr.matchAll(/^daemonlint: (f\d+\.yaml): not fixed: /gm)].map((m) => m[1]));
    const replicasLost = files.filter((f) => readFileSync(path.join(d, f), 'utf8').includes('replicas: 2'));
    const restartLost = files.filter((f) => readFileSync(path.join(d, f), 'utf8').includes('restartPolicy: Never'));
    expect(replicasLost.filter((f) => !notFixed(replicasErr).has(f))).toEqual([]);
    expect(restartLost.filter((f) => !notFixed(restartErr).has(f))).toEqual([]);
  });
});

describe('fixes keep every byte they do not mean to change', () => {
  it('a UTF-16 file stays UTF-16 with its BOM; only the fixed bytes change', () => {
    const d = dir();
    const bytes = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(path.join(d, 'ds.yaml'), bytes(withReplicas));
    const r = runBin([...fixOnly, 'ds.yaml'], d);
    expect(r.stderr).toBe('daemonlint: 1 problem fixed\n');
    expect(readFileSync(path.join(d, 'ds.yaml')).equals(bytes(fixed))).toBe(true);
  });

  it('a file that is not valid UTF-8 is not fixed, and says why; its bytes stay', () => {
    const d = dir();
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n'), Buffer.from(withReplicas)]);
    writeFileSync(path.join(d, 'ds.yaml'), bytes);
    const r = runBin([...fixOnly, 'ds.yaml'], d);
    expect(r.stderr).toBe(
      'daemonlint: ds.yaml: not fixed: its bytes are not all valid text (see its yaml-syntax finding): writing the fixed text would change bytes no fix is about; fix it by hand, or save it as UTF-8 first\n',
    );
    expect(readFileSync(path.join(d, 'ds.yaml')).equals(bytes)).toBe(true);
  });

  it('one fix that fails verification is left out; the file\'s other fixes are applied', async () => {
    const stubborn = defineRule({
      id: 'stubborn',
      meta: { description: 'x', severity: 'error', fixable: true, messages: { m: 'minReadySeconds must be 5' }, defaultOptions: {}, tags: [] },
      check(ds, context) {
        // Its fix writes a value it still reports: the fix does not fix.
        if (ds.spec?.minReadySeconds !== 5) context.report({ path: ['spec', 'minReadySeconds'], messageId: 'm', fix: { op: 'set', path: ['spec', 'minReadySeconds'], value: 6 } });
      },
    });
    const limit = defineRule({
      id: 'limit',
      meta: { description: 'x', severity: 'error', fixable: true, messages: { m: 'revisionHistoryLimit must be 10' }, defaultOptions: {}, tags: [] },
      check(ds, context) {
        if (ds.spec?.revisionHistoryLimit !== 10) context.report({ path: ['spec', 'revisionHistoryLimit'], messageId: 'm', fix: { op: 'set', path: ['spec', 'revisionHistoryLimit'], value: 10 } });
      },
    });
    const text = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  minReadySeconds: 1\n  revisionHistoryLimit: 3\n';
    const run = await lint({ texts: [{ path: 'a.yaml', text }], rules: [stubborn, limit], config: defaultConfig(), fix: {} });
    expect(run.fixes[0].output).toBe(text.replace('revisionHistoryLimit: 3', 'revisionHistoryLimit: 10'));
    expect(run.fixes[0].fixed).toBe(1);
    expect(run.fixes[0].failure).toBeUndefined();
    expect(run.fixes[0].skipped.map((s) => `${s.finding.ruleId}: ${s.reason}`)).toEqual(['stubborn: rule stubborn still reports "minReadySeconds must be 5" after its fix']);
    expect(run.findings.map((f) => f.ruleId)).toEqual(['stubborn']);
  });

  it("a fix is kept when another DaemonSet of the file has the same finding at the same path, which no fix addresses", async () => {
    // The same finding (rule, message id, path) in two documents: the first has a fix, the second
    // (a CSI plugin directory, where agents must write) none. The second's finding is not the
    // first's fix failing.
    const ds = (name: string, hostPath: string) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: x}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers:\n      - name: c\n        image: "c:1"\n        volumeMounts: [{name: v, mountPath: ${hostPath}}]\n      volumes: [{name: v, hostPath: {path: ${hostPath}}}]\n`;
    const text = `${ds('a', '/var/log')}---\n${ds('b', '/var/lib/kubelet/plugins/x')}`;
    const run = await lint({ texts: [{ path: 'a.yaml', text }], config: defaultConfig(), fix: { rules: new Set(['hostpath-readonly']), unsafe: true } });
    expect(run.fixes[0].skipped.map((s) => `${s.finding.ruleId}: ${s.reason}`)).toEqual([]);
    expect(run.fixes[0].fixed).toBe(1);
    expect(run.fixes[0].output).toBe(text.replace('mountPath: /var/log}', 'mountPath: /var/log, readOnly: true}'));
    expect(run.findings.filter((f) => f.ruleId === 'hostpath-readonly').map((f) => [f.object?.name, f.range.start.line, f.message])).toEqual([
      ['b', 26, 'container "c" mounts /var/lib/kubelet/plugins/x writable, not justified'],
    ]);
  });
});
