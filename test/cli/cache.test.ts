// The V8 code cache of bin/daemonlint.js, through the built CLI as users run it: each test has a
// cache directory of its own ($XDG_CACHE_HOME/daemonlint).
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultKubeVersion } from '../../src/schema/validators.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');

const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: default}
spec:
  replicas: 2
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - {name: agent, image: example.com/agent:1.0.0, bogus: true}
`;

let work: string;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-cache-'));
  writeFileSync(path.join(work, 'a.yaml'), manifest);
});
afterAll(() => {
  // Directories made unwritable on purpose have to be writable again to be removed.
  if (work) {
    chmodAll(work);
    rmSync(work, { recursive: true, force: true });
  }
});

function chmodAll(dir: string): void {
  chmodSync(dir, 0o755);
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) chmodAll(path.join(dir, e.name));
}

let dirs = 0;
/** A fresh $XDG_CACHE_HOME. */
function cacheHome(): string {
  const dir = path.join(work, `xdg-${dirs++}`);
  mkdirSync(dir);
  return dir;
}

function run(args: string[], env: Record<string, string> = {}, binPath = bin) {
  const r = spawnSync(process.execPath, [binPath, ...args], {
    cwd: work,
    input: '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', DAEMONLINT_NO_CACHE: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lintArgs = ['-f', 'json', 'a.yaml'];
const uncached = () => run(lintArgs, { DAEMONLINT_NO_CACHE: '1' });

/** Cache files by the bundle they belong to ("cli.cjs", "v1.36.validate.cjs"), with their mtimes. */
function cacheFiles(home: string): Map<string, { file: string; mtimeMs: number }> {
  const dir = path.join(home, 'daemonlint');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir).map((name) => {
      const file = path.join(dir, name);
      return [name.replace(/-[0-9a-f]{16,}-.*$/, ''), { file, mtimeMs: statSync(file).mtimeMs }];
    }),
  );
}

/** Sets every cache file's mtime to a day ago, so that a rewrite shows. */
function ageCacheFiles(home: string): void {
  const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
  for (const { file } of cacheFiles(home).values()) utimesSync(file, dayAgo, dayAgo);
}

describe('the code cache', () => {
  it('is written by the first run, then used as it is, and changes no output', () => {
    const expected = uncached();
    expect(expected.code).toBe(1);
    expect(JSON.parse(expected.stdout).findings.length).toBeGreaterThan(0);
    const home = cacheHome();

    const first = run(lintArgs, { XDG_CACHE_HOME: home });
    expect(first).toEqual(expected);
    const files = cacheFiles(home);
    // The CLI and the schema validator the run loaded; nothing else (no other Kubernetes version).
    expect([...files.keys()].sort()).toEqual(['cli.cjs', `v${defaultKubeVersion}.validate.cjs`]);
    expect(statSync(path.join(home, 'daemonlint')).mode & 0o777).toBe(0o700);
    for (const { file } of files.values()) expect(statSync(file).size).toBeGreaterThan(10_000);

    // An accepted cache is not written again; a rejected one would be.
    ageCacheFiles(home);
    const aged = cacheFiles(home);
    const second = run(lintArgs, { XDG_CACHE_HOME: home });
    expect(second).toEqual(expected);
    expect(cacheFiles(home)).toEqual(aged);
  });

  it('a large input, linted under a raised V8 interrupt budget, leaves caches the next run accepts', () => {
    // Over 64 KiB: src/engine/v8-tuning.ts changes a V8 flag while linting, and V8 rejects a cache
    // made under other flags. The last document is one only the lenient reader takes, which is
    // loaded (and cached) in the middle of linting.
    const documents = Array.from({ length: 300 }, (_, i) => manifest.replace('name: agent,', `name: agent-${i},`));
    writeFileSync(path.join(work, 'large.yaml'), [...documents, 'args:\t[a]\nkind: ConfigMap\n'].join('---\n'));
    const args = ['-f', 'json', 'large.yaml'];
    const expected = run(args, { DAEMONLINT_NO_CACHE: '1', DAEMONLINT_NO_V8_TUNING: '1' });
    expect(JSON.parse(expected.stdout).summary.daemonSets).toBe(300);
    const home = cacheHome();

    expect(run(args, { XDG_CACHE_HOME: home })).toEqual(expected);
    expect([...cacheFiles(home).keys()].sort()).toEqual(['cli.cjs', `v${defaultKubeVersion}.validate.cjs`, 'yaml-fallback.cjs']);
    ageCacheFiles(home);
    const aged = cacheFiles(home);
    expect(run(args, { XDG_CACHE_HOME: home })).toEqual(expected);
    expect(run(lintArgs, { XDG_CACHE_HOME: home })).toEqual(uncached());
    expect(cacheFiles(home)).toEqual(aged);
  });

  it('a corrupt or truncated cache file is ignored and replaced', () => {
    const expected = uncached();
    const home = cacheHome();
    run(lintArgs, { XDG_CACHE_HOME: home });
    const files = [...cacheFiles(home).values()].map((f) => f.file);
    const [cli, validator] = files.sort();
    writeFileSync(cli, 'not a code cache');
    writeFileSync(validator, readFileSync(validator).subarray(0, 1000));

    expect(run(lintArgs, { XDG_CACHE_HOME: home })).toEqual(expected);
    for (const file of files) expect(statSync(file).size).toBeGreaterThan(10_000);
    // and the replacement is accepted
    ageCacheFiles(home);
    const aged = cacheFiles(home);
    expect(run(lintArgs, { XDG_CACHE_HOME: home })).toEqual(expected);
    expect(cacheFiles(home)).toEqual(aged);
  });

  it('DAEMONLINT_NO_CACHE turns it off: nothing is read or written', () => {
    const home = cacheHome();
    expect(run(lintArgs, { XDG_CACHE_HOME: home, DAEMONLINT_NO_CACHE: '1' })).toEqual(uncached());
    expect(existsSync(path.join(home, 'daemonlint'))).toBe(false);
  });

  it('a cache directory that cannot be made, or that others can write to, is not used and does not break the run', () => {
    const expected = uncached();
    // XDG_CACHE_HOME is a file: the directory cannot be made (as root too).
    const file = path.join(work, 'not-a-directory');
    writeFileSync(file, '');
    expect(run(lintArgs, { XDG_CACHE_HOME: file })).toEqual(expected);

    // Writable by others: someone else could have put code there.
    const shared = cacheHome();
    mkdirSync(path.join(shared, 'daemonlint'));
    chmodSync(path.join(shared, 'daemonlint'), 0o777);
    expect(run(lintArgs, { XDG_CACHE_HOME: shared })).toEqual(expected);
    expect(readdirSync(path.join(shared, 'daemonlint'))).toEqual([]);

    // Read-only (which root can still write to, so only checked for other users).
    const readOnly = cacheHome();
    mkdirSync(path.join(readOnly, 'daemonlint'), { mode: 0o500 });
    expect(run(lintArgs, { XDG_CACHE_HOME: readOnly })).toEqual(expected);
    if (process.getuid?.() !== 0) expect(readdirSync(path.join(readOnly, 'daemonlint'))).toEqual([]);
  });

  it('runs that lint nothing (help, version, commands, a usage error) leave no cache', () => {
    const home = cacheHome();
    for (const args of [['--help'], ['-vh'], ['--version'], ['rules'], ['explain', 'no-replicas'], ['--print-config', 'a.yaml'], ['-f', 'xml', 'a.yaml']]) {
      const r = run(args, { XDG_CACHE_HOME: home });
      expect(r.stderr === '' || r.code === 2, args.join(' ')).toBe(true);
    }
    expect(cacheFiles(home).size).toBe(0);
  });

  it('removes the caches of other builds once they are a week old', () => {
    const home = cacheHome();
    const dir = path.join(home, 'daemonlint');
    mkdirSync(dir, { mode: 0o700 });
    const old = path.join(dir, `cli.cjs-${'0'.repeat(32)}-1-v0.0.0-x64.v8cache`);
    const recent = path.join(dir, `cli.cjs-${'1'.repeat(32)}-1-v0.0.0-x64.v8cache`);
    const unrelated = path.join(dir, 'notes.txt');
    for (const f of [old, recent, unrelated]) writeFileSync(f, 'x');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    utimesSync(old, eightDaysAgo, eightDaysAgo);
    utimesSync(unrelated, eightDaysAgo, eightDaysAgo);
    run(lintArgs, { XDG_CACHE_HOME: home });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });

  it('plugins (ES modules imported at run time) load from a cached CLI', () => {
    const home = cacheHome();
    writeFileSync(path.join(work, 'plugin.mjs'), "export default [{ id: 'x', meta: { description: 'd', severity: 'warning', messages: { m: 'from the plugin' } }, check(_, context) { context.report({ path: ['metadata'], messageId: 'm' }); } }];\n");
    writeFileSync(path.join(work, 'plugin.yaml'), 'plugins: [./plugin.mjs]\nrules: {plugin/x: warning}\n');
    const args = ['-c', 'plugin.yaml', '-f', 'json', 'a.yaml'];
    const expected = run(args, { DAEMONLINT_NO_CACHE: '1' });
    expect(expected.stderr).toBe('');
    expect(JSON.parse(expected.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('plugin/x');
    run(lintArgs, { XDG_CACHE_HOME: home });
    expect(cacheFiles(home).size).toBeGreaterThan(0);
    expect(run(args, { XDG_CACHE_HOME: home })).toEqual(expected);
  });
});

describe('bin/daemonlint.js', () => {
  it('also runs as CommonJS (under a package.json of "type": "commonjs")', () => {
    const dir = path.join(work, 'as-commonjs');
    mkdirSync(path.join(dir, 'bin'), { recursive: true });
    writeFileSync(path.join(dir, 'bin', 'package.json'), '{ "type": "commonjs" }\n');
    writeFileSync(path.join(dir, 'bin', 'daemonlint.js'), readFileSync(bin));
    symlinkSync(path.join(root, 'dist'), path.join(dir, 'dist'));
    const home = cacheHome();
    const expected = uncached();
    expect(run(lintArgs, { XDG_CACHE_HOME: home }, path.join(dir, 'bin', 'daemonlint.js'))).toEqual(expected);
    expect(run(lintArgs, { XDG_CACHE_HOME: home }, path.join(dir, 'bin', 'daemonlint.js'))).toEqual(expected);
    expect(cacheFiles(home).size).toBe(2);
  });

  it('compiles each bundle as it is: every .cjs file in dist/ holds the function the bin expects on its second line', () => {
    const wrapper = /^const BUNDLE_WRAPPER = '(.*)';$/m.exec(readFileSync(bin, 'utf8'))?.[1];
    expect(wrapper).toMatch(/^\(typeof arguments === "object" \? .*\(\(function \(exports, require, module, __filename, __dirname\) \{$/);
    const bundles = readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cjs'));
    expect(bundles).toContain('cli.cjs');
    for (const file of bundles) {
      const text = readFileSync(path.join(root, 'dist', file), 'latin1');
      expect(text.split('\n', 2)[1].startsWith(wrapper!), file).toBe(true);
      expect(text.endsWith('\n}));\n'), file).toBe(true);
    }
  });

  it('also runs a bundle without that function (one built by hand), wrapping it itself', () => {
    const dir = path.join(work, 'unwrapped');
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    mkdirSync(path.join(dir, 'bin'));
    for (const name of ['daemonlint.js', 'package.json']) writeFileSync(path.join(dir, 'bin', name), readFileSync(path.join(root, 'bin', name)));
    for (const name of readdirSync(path.join(root, 'dist'))) if (name !== 'cli.cjs') symlinkSync(path.join(root, 'dist', name), path.join(dir, 'dist', name));
    const [hashLine, wrapped, ...rest] = readFileSync(path.join(root, 'dist', 'cli.cjs'), 'latin1').split('\n');
    const body = [wrapped.slice(wrapped.indexOf('{') + 1), ...rest].join('\n');
    expect(body.endsWith('\n}));\n')).toBe(true);
    const handMade = path.join(dir, 'dist', 'cli.cjs');
    writeFileSync(handMade, `${hashLine}\n${body.slice(0, -'\n}));\n'.length)}\n`, 'latin1');
    const home = cacheHome();
    const expected = uncached();
    expect(run(lintArgs, { XDG_CACHE_HOME: home }, path.join(dir, 'bin', 'daemonlint.js'))).toEqual(expected);
    ageCacheFiles(home);
    const aged = cacheFiles(home);
    // The cache of that very file (named by its mtime), accepted by the next run.
    expect(aged.get('cli.cjs')?.file).toContain(`-${Math.trunc(statSync(handMade).mtimeMs)}-`);
    expect(run(lintArgs, { XDG_CACHE_HOME: home }, path.join(dir, 'bin', 'daemonlint.js'))).toEqual(expected);
    expect(cacheFiles(home)).toEqual(aged);
  });

  it('finds dist/ through a symbolic link to it, as npm installs bins', () => {
    const link = path.join(work, 'daemonlint-link');
    symlinkSync(bin, link);
    expect(run(['--version'], {}, link)).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });

  it('writes the report to a file that standard output is redirected to', () => {
    const out = path.join(work, 'report.json');
    const fd = openSync(out, 'w');
    try {
      const r = spawnSync(process.execPath, [bin, ...lintArgs], { cwd: work, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(out, 'utf8')).toBe(uncached().stdout);
  });
});
