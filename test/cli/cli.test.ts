import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatterNames } from '../../src/report/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');

function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? work,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    // COLUMNS empty: reports are as wide as a pipe's, 80, whatever the shell running the tests says.
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '', ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const clean = `apiVersion: apps/v1
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
const replicas = clean.replace('spec:\n  selector', 'spec:\n  replicas: 2\n  selector');

let work: string;
beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-cli-'));
  mkdirSync(path.join(work, 'k8s', 'nested'), { recursive: true });
  mkdirSync(path.join(work, 'k8s', 'node_modules'), { recursive: true });
  mkdirSync(path.join(work, 'k8s', '.hidden'), { recursive: true });
  writeFileSync(path.join(work, 'k8s', 'clean.yaml'), clean);
  writeFileSync(path.join(work, 'k8s', 'nested', 'replicas.yml'), replicas);
  writeFileSync(path.join(work, 'k8s', 'nested', 'notes.txt'), 'not a manifest');
  writeFileSync(path.join(work, 'k8s', 'node_modules', 'skipped.yaml'), replicas);
  writeFileSync(path.join(work, 'k8s', '.hidden', 'skipped.yaml'), replicas);
  writeFileSync(path.join(work, 'broken.yaml'), `kind: ConfigMap\n---\nkind: [DaemonSet\n---\n${replicas}`);
});

describe('exit codes', () => {
  it('0 when nothing is wrong', () => {
    const r = run(['k8s/clean.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 file, 1 DaemonSet checked: no problems\n');
  });

  it('1 when there is an error-level finding', () => {
    const r = run(['k8s/nested/replicas.yml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('5:3  error  spec.replicas is not a DaemonSet field');
  });

  it('2 for an unknown option, naming it', () => {
    const r = run(['--frmat', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^daemonlint: unknown option --frmat; did you mean --format\? /);
  });

  it('2 for a path that does not exist', () => {
    const r = run(['nope.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('daemonlint: cannot read "nope.yaml": no such file or directory\n');
  });

  it('2 for an unknown format, listing the allowed ones', () => {
    const r = run(['-f', 'xml', 'k8s']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "xml"; allowed: stylish, json, sarif');
    // The CLI imports each formatter only when used, from its own list: the library's, in its order.
    expect(r.stderr).toContain(`allowed: ${formatterNames.join(', ')}\n`);
  });

  it('every format writes its report', () => {
    // coverage reports a node inventory (test/cli/inventory.test.ts); without one it is a usage error.
    for (const format of formatterNames.filter((f) => f !== 'coverage')) {
      const r = run(['-f', format, 'k8s/nested/replicas.yml']);
      expect(r.stderr, format).toBe('');
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).toContain('replicas');
    }
  });

  it('--max-warnings turns too many warnings into exit 1; --rule changes a level', () => {
    expect(run(['--rule', 'no-replicas=warning', 'k8s/nested/replicas.yml']).code).toBe(0);
    expect(run(['--rule', 'no-replicas=warning', '--max-warnings', '0', 'k8s/nested/replicas.yml']).code).toBe(1);
    expect(run(['--rule', 'no-replicas=off', 'k8s/nested/replicas.yml']).code).toBe(0);
  });

  it('--max-warnings says why it fails the run, as ESLint does, and nothing when within the limit', () => {
    const over = run(['--rule', 'no-replicas=warning', '--max-warnings', '0', 'k8s/nested/replicas.yml']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('daemonlint: too many warnings (1, --max-warnings 0): exit 1\n');
    const within = run(['--rule', 'no-replicas=warning', '--max-warnings', '1', 'k8s/nested/replicas.yml']);
    expect(within.code).toBe(0);
    expect(within.stderr).toBe('');
  });

  it('--quiet hides warnings from the report, not from --max-warnings (as ESLint since eslint/eslint#14202)', () => {
    // The file-by-file path, and lint()'s (which --stdin-filename takes).
    const input = readFileSync(path.join(work, 'k8s/nested/replicas.yml'), 'utf8');
    for (const [args, options] of [[['k8s/nested/replicas.yml'], {}], [['--stdin-filename', 'replicas.yml', '-'], { input }]] as const) {
      const quiet = run(['-q', '--rule', 'no-replicas=warning', '--max-warnings', '0', ...args], options);
      expect([quiet.code, quiet.stderr.split('\n').filter((l) => l.startsWith('daemonlint: too many'))]).toEqual([1, ['daemonlint: too many warnings (1, --max-warnings 0): exit 1']]);
    }
    expect(run(['-q', '--rule', 'no-replicas=warning', '--max-warnings', '1', 'k8s/nested/replicas.yml']).code).toBe(0);
  });
});

describe('configuration errors exit 2 naming the file, the key and what is allowed', () => {
  it('a bad level, with the level it is closest to; warn is accepted as ESLint accepts it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-cfg-'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'rules:\n  no-replicas: eror\n');
    writeFileSync(path.join(dir, 'a.yaml'), clean);
    const r = run(['a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('daemonlint: invalid configuration: .daemonlint.yaml: rules.no-replicas: "eror" is not a level; did you mean "error"?; allowed: off, info, warning, error (or warn)\n');
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'rules:\n  no-replicas: warn\n');
    expect(run(['a.yaml'], { cwd: dir }).code).toBe(0);
    expect(run(['--rule', 'no-replicas=warn', '--max-warnings', '0', 'k8s/nested/replicas.yml']).stderr).toBe('daemonlint: too many warnings (1, --max-warnings 0): exit 1\n');
  });

  it('an unknown rule, found from a subdirectory', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-cfg-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'rules:\n  no-replica: off\n');
    writeFileSync(path.join(dir, 'sub', 'a.yaml'), clean);
    const r = run(['a.yaml'], { cwd: path.join(dir, 'sub') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^daemonlint: invalid configuration: \/.*\/\.daemonlint\.yaml: rules\.no-replica: unknown rule; did you mean "no-replicas"\?; known rules: .*no-replicas/);
  });

  it('an unknown option of a rule', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-cfg-'));
    writeFileSync(path.join(dir, 'cfg.yaml'), 'rules:\n  resources-requests-limits: [error, {require: {}}]\n');
    writeFileSync(path.join(dir, 'a.yaml'), clean);
    const r = run(['--config', 'cfg.yaml', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('daemonlint: invalid configuration: cfg.yaml: rules.resources-requests-limits.require: unknown option; allowed: requests, limits\n');
  });

  it('a config that is not YAML', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-cfg-'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'rules: [\n');
    writeFileSync(path.join(dir, 'a.yaml'), clean);
    const r = run(['a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^daemonlint: invalid configuration: \.daemonlint\.yaml: \(file\): is not valid YAML: /);
  });
});

describe('inputs', () => {
  it('a directory is searched recursively for manifests, skipping node_modules and dot-folders', () => {
    const r = run(['-f', 'json', 'k8s']);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ files: 2, daemonSets: 2, errors: 1, warnings: 0, info: 0, suppressed: 0 });
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['k8s/nested/replicas.yml']);
  });

  it('globs', () => {
    const r = run(['-f', 'json', 'k8s/**/*.yml']);
    expect(JSON.parse(r.stdout).summary.files).toBe(1);
    expect(run(['k8s/**/*.none']).code).toBe(2);
  });

  it('standard input with -', () => {
    const r = run(['-f', 'json', '-'], { input: replicas });
    const report = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(report.findings[0]).toMatchObject({ file: '<stdin>', ruleId: 'no-replicas', line: 5, column: 3 });
  });

  it('a broken document is a yaml-syntax finding and the others are still linted', () => {
    const r = run(['-f', 'json', 'broken.yaml']);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`)).toEqual(['yaml-syntax:4', 'no-replicas:9']);
    expect(report.summary.daemonSets).toBe(1);
  });

  it('CRLF and a BOM do not move positions', () => {
    writeFileSync(path.join(work, 'crlf.yaml'), '\ufeff' + replicas.replace(/\n/g, '\r\n'));
    const report = JSON.parse(run(['-f', 'json', 'crlf.yaml']).stdout);
    expect(report.findings[0]).toMatchObject({ line: 5, column: 3, endLine: 5, endColumn: 11 });
  });
});

describe('formats and output', () => {
  it('sarif is SARIF 2.1.0 with the finding', () => {
    const r = run(['-f', 'sarif', 'k8s']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'no-replicas', level: 'error' });
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 3, endLine: 5, endColumn: 11 });
  });

  it('-o writes the report to a file and prints nothing', () => {
    const r = run(['-f', 'json', '-o', 'out.json', 'k8s']);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(work, 'out.json'), 'utf8')).summary.errors).toBe(1);
  });

  it('no colour without a terminal; --color forces it, NO_COLOR always wins', () => {
    expect(run(['k8s']).stdout).not.toContain('\u001b[');
    expect(run(['--color', 'k8s'], { env: { NO_COLOR: '' } }).stdout).toContain('\u001b[');
    expect(run(['--color', 'k8s'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('FORCE_COLOR turns colour on without a terminal (0 or false: off); --no-color and NO_COLOR still win', () => {
    expect(run(['k8s'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(run(['k8s'], { env: { NO_COLOR: '', FORCE_COLOR: '' } }).stdout).toContain('\u001b[31m');
    expect(run(['k8s'], { env: { NO_COLOR: '', FORCE_COLOR: '0' } }).stdout).not.toContain('\u001b[');
    expect(run(['k8s'], { env: { NO_COLOR: '', FORCE_COLOR: 'false' } }).stdout).not.toContain('\u001b[');
    expect(run(['--no-color', 'k8s'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(run(['k8s'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('stylish keeps each finding to 80 columns in a pipe, to COLUMNS when set; --verbose prints the help under it', () => {
    const headline = '  5:3  error  spec.replicas is not a DaemonSet field: remove it  no-replicas';
    expect(run(['k8s/nested/replicas.yml']).stdout.split('\n')[1]).toBe(headline);
    const narrow = run(['k8s/nested/replicas.yml'], { env: { COLUMNS: '50' } }).stdout.split('\n')[1];
    expect(narrow).toBe('  5:3  error  spec.replicas is not a…  no-replicas');
    const verbose = run(['--verbose', 'k8s/nested/replicas.yml']).stdout.split('\n');
    expect(verbose.slice(1, 6)).toEqual([
      headline,
      '              A DaemonSet runs one pod on each node its template selects, so it',
      "              has no replica count. With strict field validation (kubectl's",
      '              default since 1.27) the API server rejects the field; without it',
      '              the field is dropped. Remove spec.replicas (the fix does).',
    ]);
  });

  it('--version and --help', () => {
    expect(run(['--version']).stdout).toBe(`${JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version}\n`);
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: daemonlint \[options\] \[paths\.\.\.\]/);
    // Every command and option has a line of its own (--show-suppressed and lsp had none).
    expect(help.stdout).toMatch(/^ {6}--show-suppressed {6}with --quiet, also report the suppressed findings$/m);
    expect(help.stdout).toMatch(/^ {7}daemonlint lsp {15}run the language server \(LSP over stdio; docs\/editors\.md\)$/m);
    expect(help.stdout).toContain('"rules", "explain", "merge", "init" and "lsp" are commands only as the first argument');
  });
});

describe('parallel runs', () => {
  // Over 512 KiB of input, the documents are shared out to worker threads (dist/worker.js);
  // NODE_DEBUG=worker makes Node log each worker it creates, so the test knows they ran.
  let dir: string;
  // The last thread's share ends with a copy of agent-1 (the first share's) under another name:
  // the rules across the input must compare what two threads collected.
  const clone = `---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: clone-1, namespace: ns-1}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: agent-1}}
  template:
    metadata: {labels: {app.kubernetes.io/name: agent-1}}
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: registry.example.com/team/agent:1.2.3
          ports: [{containerPort: 10001}]
`;
  beforeAll(() => {
    dir = path.join(work, 'generated');
    const r = spawnSync(process.execPath, [path.join(root, 'bench', 'generate.mjs'), '500', dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    writeFileSync(path.join(dir, 'all.yaml'), readFileSync(path.join(dir, 'all.yaml'), 'utf8') + clone);
    writeFileSync(path.join(dir, 'single', 'zz-clone.yaml'), clone);
  });
  const workersCreated = (stderr: string) => (stderr.match(/create new worker/g) ?? []).length;

  it.each([
    ['json', 'all.yaml'],
    ['sarif', 'all.yaml'],
    ['stylish', 'all.yaml'],
    ['json', 'single'],
  ])('report %s on %s the same as one thread', (format, input) => {
    const args = ['--config', path.join(root, 'bench', 'all-rules.yaml'), '--format', format, path.join(dir, input)];
    // Wide enough for whole headlines, which the checks below look for.
    const one = run(['--concurrency', 'off', ...args], { env: { NODE_DEBUG: 'worker', COLUMNS: '1000' } });
    const three = run(['--concurrency', '3', ...args], { env: { NODE_DEBUG: 'worker', COLUMNS: '1000' } });
    expect(workersCreated(one.stderr)).toBe(0);
    expect(workersCreated(three.stderr)).toBe(2);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(100_000);
    expect(one.stdout).toContain('host port 10001/TCP is also claimed by DaemonSet ns-1/agent-1');
    expect(one.stdout).toContain('selects the same pods as DaemonSet ns-1/agent-1');
  });
});

describe('fixes', () => {
  const fixable = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: fx, namespace: default}
spec:
  replicas: 3 # left over from a Deployment
  selector: {matchLabels: {app: fx}}
  template:
    metadata: {labels: {app: fx}}
    spec:
      restartPolicy: OnFailure
      tolerations:
        - operator: Exists
      containers:
        - name: fx
          image: example.com/fx:1.0.0
          resources:
            requests: {cpu: 10m, memory: 16Mi}
            limits: {cpu: 100m, memory: 32Mi}
`;
  const fixed = fixable.replace('  replicas: 3 # left over from a Deployment\n', '').replace('restartPolicy: OnFailure', 'restartPolicy: Always');

  it('--fix rewrites the file in place, keeping its mode, and reports what is left', () => {
    const file = path.join(work, 'fix-me.yaml');
    writeFileSync(file, fixable, { mode: 0o640 });
    const r = run(['--fix', 'fix-me.yaml']);
    expect(r.stderr).toBe('daemonlint: 2 problems fixed\n');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(fixed);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(work).filter((f) => f.includes('daemonlint-'))).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const file = path.join(work, 'dry.yaml');
    writeFileSync(file, fixable);
    const r = run(['--fix-dry-run', '--rule', 'priority-class=off', '--rule', 'probes=off', 'dry.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(fixable);
    expect(r.stdout).toBe(
      [
        '--- a/dry.yaml',
        '+++ b/dry.yaml',
        '@@ -2,12 +2,11 @@',
        ' kind: DaemonSet',
        ' metadata: {name: fx, namespace: default}',
        ' spec:',
        '-  replicas: 3 # left over from a Deployment',
        '   selector: {matchLabels: {app: fx}}',
        '   template:',
        '     metadata: {labels: {app: fx}}',
        '     spec:',
        '-      restartPolicy: OnFailure',
        '+      restartPolicy: Always',
        '       tolerations:',
        '         - operator: Exists',
        '       containers:',
        '',
      ].join('\n'),
    );
    // As ESLint's --fix-dry-run does, the report is of the text as fixing would leave it.
    expect(r.stderr).toBe('daemonlint: 2 problems would be fixed\n✔ 1 file, 1 DaemonSet checked: no problems\n');
  });

  it('--fix-type limits fixes to the rules named', () => {
    const file = path.join(work, 'typed.yaml');
    writeFileSync(file, fixable);
    run(['--fix', '--fix-type', 'no-replicas', 'typed.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(fixable.replace('  replicas: 3 # left over from a Deployment\n', ''));
    const bad = run(['--fix', '--fix-type', 'no-such-rule', 'typed.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^daemonlint: invalid configuration: --fix-type: no-such-rule: not a rule that runs; /);
  });

  it('--fix applies safe fixes only; --unsafe-fixes applies the rest, and without --fix counts them as fixable', () => {
    const file = path.join(work, 'unsafe.yaml');
    const hostNetwork = replicas.replace('      priorityClassName', '      hostNetwork: true\n      priorityClassName');
    writeFileSync(file, hostNetwork);
    const args = ['--rule', 'privileged-justified=off', 'unsafe.yaml'];
    const report = run(args);
    expect(report.stdout.split('\n').slice(-3)).toEqual([
      '  1 error and 0 warnings potentially fixable with the `--fix` option.',
      '  1 hidden fix can be enabled with the `--unsafe-fixes` option.',
      '',
    ]);
    expect(run(['--unsafe-fixes', ...args]).stdout.split('\n').at(-2)).toBe('  1 error and 1 warning potentially fixable with the `--fix` option.');
    const safe = run(['--fix', ...args]);
    expect(readFileSync(file, 'utf8')).toBe(hostNetwork.replace('  replicas: 2\n', ''));
    expect(safe.stdout.split('\n').at(-2)).toBe('  No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).');
    const unsafe = run(['--fix', '--unsafe-fixes', ...args]);
    expect(readFileSync(file, 'utf8')).toBe(hostNetwork.replace('  replicas: 2\n', '').replace('\n      containers:', '\n      containers:').replace(/\n$/, '\n      dnsPolicy: ClusterFirstWithHostNet\n'));
    expect(unsafe.code).toBe(0);
    expect(unsafe.stdout).not.toContain('fix');
  });

  it('stdin with --fix prints the fixed text; the report goes to stderr', () => {
    const r = run(['--fix', '--rule', 'priority-class=off', '--rule', 'probes=off', '-'], { input: fixable.replace(/\n/g, '\r\n') });
    expect(r.stdout).toBe(fixed.replace(/\n/g, '\r\n'));
    expect(r.stderr).toBe('daemonlint: 2 problems fixed\n✔ 1 file, 1 DaemonSet checked: no problems\n');
    expect(r.code).toBe(0);
  });

  it('stylish counts the fixable and SARIF carries each edit; JSON, which shows none, is the same without them', () => {
    const args = ['--rule', 'priority-class=off', '--rule', 'probes=off', '-'];
    const stylish = run(args, { input: fixable });
    expect(stylish.stdout).toMatch(/\n {2}2 errors and 0 warnings potentially fixable with the `--fix` option\.\n$/);
    const sarif = JSON.parse(run(['--format', 'sarif', ...args], { input: fixable }).stdout) as {
      runs: { results: { ruleId: string; fixes?: { artifactChanges: { replacements: unknown[] }[] }[] }[] }[];
    };
    expect(sarif.runs[0].results.map((r) => [r.ruleId, r.fixes?.[0].artifactChanges[0].replacements])).toEqual([
      ['no-replicas', [{ deletedRegion: { startLine: 5, startColumn: 1, endLine: 6, endColumn: 1 } }]],
      ['restart-policy-always', [{ deletedRegion: { startLine: 10, startColumn: 22, endLine: 10, endColumn: 31 }, insertedContent: { text: 'Always' } }]],
    ]);
    const json = JSON.parse(run(['--format', 'json', ...args], { input: fixable }).stdout) as { findings: Record<string, unknown>[] };
    expect(json.findings.map((f) => [f.ruleId, f.line, f.column, 'fix' in f])).toEqual([
      ['no-replicas', 5, 3, false],
      ['restart-policy-always', 10, 22, false],
    ]);
  });

  it('a document that does not parse is never touched', () => {
    const file = path.join(work, 'half-broken.yaml');
    const text = `kind: [DaemonSet\nspec:\n  replicas: 1\n---\n${fixable}`;
    writeFileSync(file, text);
    run(['--fix', 'half-broken.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(`kind: [DaemonSet\nspec:\n  replicas: 1\n---\n${fixed}`);
  });

  it('--fix and --fix-dry-run exclude each other', () => {
    const r = run(['--fix', '--fix-dry-run', 'k8s']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fix and --fix-dry-run exclude each other');
  });
});

describe('policy workflow on the command line', () => {
  it('--write-baseline records findings; --baseline then reports only new ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-bl-'));
    writeFileSync(path.join(dir, 'a.yaml'), replicas);
    const write = run(['--write-baseline', 'baseline.json', 'a.yaml'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toBe('daemonlint: wrote 1 finding to the baseline baseline.json\n');
    expect(run(['--baseline', 'baseline.json', 'a.yaml'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'a.yaml'), replicas.replace('image: example.com/ok:1.0.0', 'image: example.com/ok:1.0.0\n          imagePullPolicy: Sometimes'));
    const after = run(['-f', 'json', '--baseline', 'baseline.json', 'a.yaml'], { cwd: dir });
    expect(JSON.parse(after.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['api-validation']);
    writeFileSync(path.join(dir, 'a.yaml'), clean);
    expect(run(['--baseline', 'baseline.json', 'a.yaml'], { cwd: dir }).stderr).toBe(
      'daemonlint: 1 finding in the baseline baseline.json no longer occurs; run --write-baseline to shrink it\n',
    );
    const missing = run(['--baseline', 'nope.json', 'a.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('daemonlint: baseline nope.json: no such file (create it with --write-baseline)\n');
  });

  it('a baseline accepts no file that does not parse: --write-baseline leaves it out (exit 1), and an entry naming it hides nothing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-bl-'));
    writeFileSync(path.join(dir, 'a.yaml'), replicas);
    writeFileSync(path.join(dir, 'b.yaml'), 'kind: DaemonSet\nmetadata: {name: [x}\n');
    const write = run(['--write-baseline', 'baseline.json', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(write.stderr).toBe(
      'daemonlint: wrote 1 finding to the baseline baseline.json\n' +
        'daemonlint: 1 yaml-syntax finding is not in the baseline (first: b.yaml:2:20): a baseline accepts no file that does not parse; fix it\n',
    );
    expect(write.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')).entries.map((e: { ruleId: string }) => e.ruleId)).toEqual(['no-replicas']);
    // A baseline written before syntax errors were refused, naming one, takes nothing out: the entry is stale.
    const old = { version: 1, entries: [{ ruleId: 'yaml-syntax', path: '', file: path.join(dir, 'b.yaml'), count: 1 }] };
    writeFileSync(path.join(dir, 'old.json'), JSON.stringify(old));
    for (const extra of [[], ['--concurrency', '1']]) {
      const after = run(['-f', 'json', '--baseline', 'old.json', ...extra, 'b.yaml'], { cwd: dir });
      expect(after.code).toBe(1);
      expect(JSON.parse(after.stdout).findings.map((f: { ruleId: string; line: number }) => `${f.ruleId} ${f.line}`)).toEqual(['yaml-syntax 2']);
      expect(after.stderr).toBe('daemonlint: 1 finding in the baseline old.json no longer occurs; run --write-baseline to shrink it\n');
    }
  });

  it('--print-config shows the configuration that applies to a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-pc-'));
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'extends: strict\nignore: ["vendor/**"]\nrules:\n  probes: off\n');
    const r = run(['--print-config', 'vendor/x.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown).toMatchObject({ file: 'vendor/x.yaml', configFile: '.daemonlint.yaml', ignored: true, extends: 'strict', requireReason: true });
    expect(shown.rules.probes).toBeUndefined();
    expect(shown.rules['image-pinned']).toEqual(['error', { requireDigest: true, mutableTags: ['main', 'master', 'head', 'edge', 'nightly', 'dev', '*-head'] }]);
    expect(shown.rules['pod-security']).toEqual(['error', { level: 'restricted' }]);
  });

  it('a broken plugin exits 2 naming it; a rule that throws exits 2 and keeps the other findings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-pl-'));
    writeFileSync(path.join(dir, 'a.yaml'), replicas);
    writeFileSync(path.join(dir, 'bad.js'), 'export default [{ id: "x" }];\n');
    writeFileSync(path.join(dir, 'throws.js'), "export default [{ id: 'boom', meta: { description: 'd', severity: 'warning', messages: {m: 'm'} }, check() { throw new Error('bug in the rule'); } }];\n");
    writeFileSync(path.join(dir, 'bad.yaml'), 'plugins: [./bad.js]\n');
    writeFileSync(path.join(dir, 'throws.yaml'), 'plugins: [./throws.js]\n');
    const bad = run(['-c', 'bad.yaml', 'a.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('daemonlint: plugin "./bad.js", rule x: meta.description is missing\n');
    const throws = run(['-c', 'throws.yaml', '-f', 'json', 'a.yaml'], { cwd: dir });
    expect(throws.code).toBe(2);
    expect(JSON.parse(throws.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-replicas']);
    expect(throws.stderr).toBe(
      'daemonlint: rule throws/boom failed on a.yaml (DaemonSet default/ok): bug in the rule\ndaemonlint: the report above lacks what the failed rules would have found\n',
    );
  });
});

describe('helm template output through the CLI', () => {
  const fixtures = path.join(root, 'test', 'fixtures', 'helm');
  const rendered = readFileSync(path.join(fixtures, 'rendered.yaml'), 'utf8');

  it('stylish groups findings by template and shows where --chart-dir located them', () => {
    const r = run(['--chart-dir', 'node-agents', '-'], { cwd: fixtures, input: rendered, env: { COLUMNS: '120' } });
    expect(r.stdout).toBe(
      [
        '<stdin> (template node-agents/charts/log-shipper/templates/daemonset.yaml)',
        '  27:15  error  container "shipper" mounts /var/log writable, not justified  hostpath-readonly',
        '',
        '<stdin> (template node-agents/templates/daemonset.yaml)',
        '  43:3  error  spec.replicas is not a DaemonSet field: remove it  no-replicas',
        '        ↳ node-agents/templates/daemonset.yaml:8:3 replicas in the template node-agents/templates/daemonset.yaml',
        '',
        '✖ 2 problems (2 errors, 0 warnings) · 1 file, 2 DaemonSets checked',
        '',
      ].join('\n'),
    );
  });

  it('sarif and github put a finding found in the template at the template, the rendered line related', () => {
    const log = JSON.parse(run(['-f', 'sarif', '--chart-dir', 'node-agents', '-'], { cwd: fixtures, input: rendered }).stdout);
    const replicas = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-replicas');
    expect(replicas.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'node-agents/templates/daemonset.yaml', uriBaseId: '%SRCROOT%', index: 1 },
      region: { startLine: 8, startColumn: 3, endLine: 8, endColumn: 11 },
    });
    expect(replicas.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'stdin', index: 0 }, region: { startLine: 43, startColumn: 3, endLine: 43, endColumn: 11 } }, message: { text: 'rendered at <stdin>:43:3.' } },
    ]);
    const github = run(['-f', 'github', '--chart-dir', 'node-agents', '-'], { cwd: fixtures, input: rendered }).stdout;
    expect(github.split('\n').find((l) => l.includes('no-replicas'))).toMatch(/^::error file=node-agents\/templates\/daemonset\.yaml,line=8,col=3,endLine=8,endColumn=10,title=no-replicas/);
  });

  it('a --chart-dir that is not a directory stops the run (exit 2), naming it', () => {
    const missing = run(['--chart-dir', 'node-agent', '-'], { cwd: fixtures, input: rendered });
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([
      2,
      '',
      'daemonlint: --chart-dir: "node-agent" does not exist; give the directory of the chart that was rendered (the one with Chart.yaml)\nRun daemonlint --help for usage.\n',
    ]);
    const file = run(['--chart-dir', 'rendered.yaml', '-'], { cwd: fixtures, input: rendered });
    expect([file.code, file.stderr]).toEqual([
      2,
      'daemonlint: --chart-dir: "rendered.yaml" is not a directory; give the directory of the chart that was rendered (the one with Chart.yaml)\nRun daemonlint --help for usage.\n',
    ]);
  });

  it('json carries the template and the related location', () => {
    const report = JSON.parse(run(['-f', 'json', '--chart-dir', 'node-agents', '-'], { cwd: fixtures, input: rendered }).stdout);
    expect(report.findings[1]).toMatchObject({
      ruleId: 'no-replicas',
      template: 'node-agents/templates/daemonset.yaml',
      related: [{ file: 'node-agents/templates/daemonset.yaml', line: 8, column: 3, endLine: 8, endColumn: 11, message: 'replicas in the template node-agents/templates/daemonset.yaml' }],
    });
  });
});
