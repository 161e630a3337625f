// The pre-commit hook for real: Debian's `pre-commit` installs this repository as a hook repository
// (a clone; the hook is `language: script`, bin/daemonlint.js over the committed, self-contained
// dist/, so nothing is installed) and runs it on a temporary git repository holding a bad and a
// good DaemonSet.
//
// The hook repository is a temporary git repository with a copy of what a clone of this one
// would give pre-commit (the package's files, package.json, package-lock.json,
// .pre-commit-hooks.yaml), so the test needs no commit of the working tree.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const available = preCommitVersion.status === 0;
const inCI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const MISSING = 'pre-commit is not installed (apt-get install -y pre-commit)';
if (!available && !inCI) console.warn(`test/pre-commit.test.ts: skipped: ${MISSING}`);

describe.runIf(!available && inCI)('pre-commit in CI', () => {
  it('is installed: .ci/run installs it with apt-get', () => {
    throw new Error(`${MISSING}; CI must run the pre-commit hook test`);
  });
});

const good = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ok, namespace: default}
spec:
  selector: {matchLabels: {app: ok}}
  template:
    metadata: {labels: {app: ok}}
    spec:
      priorityClassName: system-node-critical
      tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
        - name: ok
          image: example.com/ok:1.0.0
          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
          readinessProbe: {httpGet: {path: /ready, port: 8080}}
          resources:
            requests: {cpu: 10m, memory: 16Mi}
            limits: {cpu: 100m, memory: 32Mi}
`;
const bad = good.replace('spec:\n  selector', 'spec:\n  replicas: 2\n  selector');
const FINDING = /k8s\/bad\.yaml\n\s+5:3\s+error\s+spec\.replicas is not a DaemonSet field: .*\s+no-replicas\n/;

describe.skipIf(!available)(`pre-commit hook (${available ? preCommitVersion.stdout.trim() : `skipped: ${MISSING}`})`, () => {
  let scratch: string;
  let project: string;
  let env: NodeJS.ProcessEnv;

  const run = (command: string, args: string[], cwd = project): SpawnSyncReturns<string> =>
    spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
  const git = (args: string[], cwd = project): string => {
    const r = run('git', args, cwd);
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const output = (r: SpawnSyncReturns<string>): string => `${r.stdout}${r.stderr}`;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-pre-commit-'));
    // Git and pre-commit see only what the test gives them: no GIT_DIR of an enclosing hook, no
    // user config, and pre-commit's environments in the scratch directory, not ~/.cache.
    env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_') && !k.startsWith('PRE_COMMIT')));
    Object.assign(env, {
      PRE_COMMIT_HOME: path.join(scratch, 'pre-commit-home'),
      GIT_CONFIG_GLOBAL: path.join(scratch, 'gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'daemonlint test',
      GIT_AUTHOR_EMAIL: 'test@daemonlint.invalid',
      GIT_COMMITTER_NAME: 'daemonlint test',
      GIT_COMMITTER_EMAIL: 'test@daemonlint.invalid',
      NO_COLOR: '1',
    });
    writeFileSync(env.GIT_CONFIG_GLOBAL!, '[init]\n\tdefaultBranch = main\n');

    // The hook repository: the files `npm pack` would publish, plus what pre-commit reads from a clone.
    const hookRepo = path.join(scratch, 'hook-repo');
    const packed = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], root);
    if (packed.status !== 0) throw new Error(`npm pack --dry-run: ${packed.stderr}`);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    for (const file of [...files, 'package-lock.json', '.pre-commit-hooks.yaml']) {
      mkdirSync(path.dirname(path.join(hookRepo, file)), { recursive: true });
      cpSync(path.join(root, file), path.join(hookRepo, file));
    }
    git(['init', '-q'], hookRepo);
    git(['add', '-A'], hookRepo);
    git(['commit', '-q', '-m', 'daemonlint under test'], hookRepo);
    const rev = git(['rev-parse', 'HEAD'], hookRepo);

    project = path.join(scratch, 'project');
    mkdirSync(path.join(project, 'k8s'), { recursive: true });
    git(['init', '-q'], project);
    writeFileSync(
      path.join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: daemonlint\n`,
    );
    writeFileSync(path.join(project, 'k8s', 'bad.yaml'), bad);
    writeFileSync(path.join(project, 'k8s', 'good.yaml'), good);
    writeFileSync(path.join(project, 'README.md'), 'not a manifest\n');
    git(['add', '-A']);

    // Installs the hook environment once (npm install of the hook repository); the runs below reuse it.
    const install = run('pre-commit', ['install-hooks', '--color', 'never']);
    if (install.status !== 0) throw new Error(`pre-commit install-hooks failed:\n${output(install)}`);
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('installs nothing: no node_modules, no npm environment, in pre-commit\'s home', () => {
    const found = spawnSync('find', [env.PRE_COMMIT_HOME!, '-name', 'node_modules', '-o', '-name', 'node_env-*'], { encoding: 'utf8' });
    expect(found.stdout).toBe('');
  });

  it('fails on the staged bad DaemonSet, printing its finding, and does not report the good one', () => {
    const r = run('pre-commit', ['run', '--color', 'never']);
    const text = output(r);
    expect(r.status, text).toBe(1);
    expect(text).toMatch(/^daemonlint\.+Failed$/m);
    expect(text).toContain('- exit code: 1');
    expect(text).toMatch(FINDING);
    expect(text).not.toContain('good.yaml');
  });

  it('passes on the good one', () => {
    const r = run('pre-commit', ['run', '--color', 'never', '--files', 'k8s/good.yaml']);
    expect(r.status, output(r)).toBe(0);
    expect(output(r)).toMatch(/^daemonlint\.+Passed$/m);
  });

  it('skips files that are not YAML or JSON', () => {
    const r = run('pre-commit', ['run', '--color', 'never', '--files', 'README.md']);
    expect(r.status, output(r)).toBe(0);
    expect(output(r)).toMatch(/^daemonlint\.+\(no files to check\)Skipped$/m);
  });

  it('as a git hook: blocks the commit of the bad DaemonSet, lets the good one through', () => {
    git(['add', '-A']);
    expect(run('pre-commit', ['install', '--color', 'never']).status).toBe(0);
    const blocked = run('git', ['commit', '-m', 'add DaemonSets']);
    expect(blocked.status, output(blocked)).toBe(1);
    expect(output(blocked)).toMatch(FINDING);
    expect(run('git', ['rev-parse', '--verify', '-q', 'HEAD']).status).toBe(1);

    git(['rm', '-q', '--cached', 'k8s/bad.yaml']);
    const committed = run('git', ['commit', '-m', 'add the good DaemonSet']);
    expect(committed.status, output(committed)).toBe(0);
    expect(git(['show', '--name-only', '--format=', 'HEAD']).split('\n').sort()).toEqual(['.pre-commit-config.yaml', 'README.md', 'k8s/good.yaml']);
    expect(readFileSync(path.join(project, 'k8s', 'bad.yaml'), 'utf8')).toBe(bad);
  });
});
