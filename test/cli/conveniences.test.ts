import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');

let work: string;
function run(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? work,
    input: options.input ?? '',
    encoding: 'utf8',
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

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(work, 'case-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-conv-'));
  writeFileSync(path.join(work, 'ok.yaml'), clean);
});

const SUPPORTED = '1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36';

describe('kubeVersion: read as written, and refused when no bundled schema covers it', () => {
  it('1.30 in the config is 1.30, not the float 1.3 (--print-config shows it)', () => {
    const dir = dirWith({ '.daemonlint.yaml': 'kubeVersion: 1.30 # the cluster\n', 'ok.yaml': clean });
    const r = run(['--print-config', 'ok.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kubeVersion).toBe('1.30');
    expect(run(['ok.yaml'], { cwd: dir }).code).toBe(0);
  });

  it.each(['1.37', '2.0', '1.28'])('%s in the config exits 2 with the supported versions, for a run and for --print-config', (version) => {
    const dir = dirWith({ '.daemonlint.yaml': `kubeVersion: ${version}\n`, 'ok.yaml': clean });
    const expected = `daemonlint: invalid configuration: .daemonlint.yaml: kubeVersion: "${version}" is not a supported Kubernetes version; supported: ${SUPPORTED}\n`;
    for (const args of [['ok.yaml'], ['--print-config', 'ok.yaml']]) {
      const r = run(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(expected);
    }
  });

  it('--kube-version 1.37 exits 2 instead of checking against 1.36', () => {
    const r = run(['--kube-version', '1.37', 'ok.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`daemonlint: invalid configuration: --kube-version: 1.37: "1.37" is not a supported Kubernetes version; supported: ${SUPPORTED}\n`);
    expect(run(['--kube-version', 'v1.31.4', 'ok.yaml']).code).toBe(0);
  });
});

describe('typos get suggestions', () => {
  it('an unknown flag', () => {
    const r = run(['--fromat', 'json', 'ok.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'daemonlint: unknown option --fromat; did you mean --format? (daemonlint --help lists the options; to lint a file whose name starts with -, write ./fromat or put it after --)\nRun daemonlint --help for usage.\n',
    );
    // The merge command has options and a help of its own.
    expect(run(['merge', '--max-warning', '0', 'share.json'])).toMatchObject({
      code: 2,
      stderr:
        'daemonlint: unknown option --max-warning; did you mean --max-warnings? (daemonlint merge --help lists the options; to read a file whose name starts with -, write ./max-warning or put it after --)\nRun daemonlint merge --help for usage.\n',
    });
  });

  it('a format, a rule id in --rule, a preset, a config key, explain', () => {
    expect(run(['-f', 'sarf', 'ok.yaml']).stderr).toBe('daemonlint: unknown format "sarf"; did you mean "sarif"?; allowed: stylish, json, sarif, github, junit, gitlab, coverage\nRun daemonlint --help for usage.\n');
    expect(run(['--rule', 'probe=off', 'ok.yaml']).stderr).toMatch(/^daemonlint: invalid configuration: --rule: probe: unknown rule; did you mean "probes"\?; known rules: /);
    const preset = dirWith({ '.daemonlint.yaml': 'extends: recomended\n', 'ok.yaml': clean });
    expect(run(['ok.yaml'], { cwd: preset }).stderr).toBe('daemonlint: invalid configuration: .daemonlint.yaml: extends: "recomended" is not a preset; did you mean "recommended"?; allowed: recommended, strict, all\n');
    const key = dirWith({ '.daemonlint.yaml': 'kubeversion: "1.30"\n', 'ok.yaml': clean });
    expect(run(['ok.yaml'], { cwd: key }).stderr).toBe(
      'daemonlint: invalid configuration: .daemonlint.yaml: kubeversion: unknown setting; did you mean "kubeVersion"?; allowed: extends, rules, kubeVersion, requireReason, ignore, exclude, baseline, plugins, policies, maxFileSize, ruleTimeout, nodes\n',
    );
    const explain = run(['explain', 'hostpath-readonyl']);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toMatch(/^daemonlint: unknown rule "hostpath-readonyl"; did you mean "hostpath-readonly"\?; rules: /);
  });

  it('names of Object.prototype are unknown rules too, in the config and in --rule', () => {
    for (const id of ['constructor', 'toString', '__proto__']) {
      const r = run(['--rule', `${id}=off`, 'ok.yaml']);
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(new RegExp(`^daemonlint: invalid configuration: --rule: ${id}: unknown rule; known rules: `))]);
      const config = dirWith({ '.daemonlint.yaml': `rules:\n  ${id}: off\n`, 'ok.yaml': clean });
      const c = run(['ok.yaml'], { cwd: config });
      expect([c.code, c.stderr]).toEqual([2, expect.stringMatching(new RegExp(`^daemonlint: invalid configuration: \\.daemonlint\\.yaml: rules\\.${id}: unknown rule; known rules: `))]);
    }
  });

  it('nothing when no name is close', () => {
    expect(run(['-f', 'xml', 'ok.yaml']).stderr).toBe('daemonlint: unknown format "xml"; allowed: stylish, json, sarif, github, junit, gitlab, coverage\nRun daemonlint --help for usage.\n');
  });
});

const chartDaemonSet = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: {{ include "agent.fullname" . }}
spec:
  selector:
    matchLabels:
      {{- include "agent.selectorLabels" . | nindent 6 }}
`;

describe('Helm charts and mixed repositories', () => {
  it('a directory walk skips templates/ beside a Chart.yaml and says so once; workflows, compose files, values.yaml and Chart.yaml pass silently', () => {
    const dir = dirWith({
      'deploy/ds.yaml': clean,
      'charts/agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n',
      'charts/agent/values.yaml': 'image:\n  repository: example.com/agent\n  tag: "1.0"\nresources: {}\n',
      'charts/agent/templates/daemonset.yaml': chartDaemonSet,
      'charts/agent/templates/_helpers.tpl': '{{- define "agent.fullname" -}}agent{{- end }}\n',
      '.github/workflows/ci.yaml': 'on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx:1.27\n    ports: ["80:80"]\n',
      'renovate.json': '{"extends": ["config:recommended"]}\n',
    });
    const r = run(['.'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '✔ 5 files, 1 DaemonSet checked: no problems\n' +
        '  Skipped 1 Helm template directory (charts/agent/templates): lint the rendered output, e.g. helm template <chart> | daemonlint -\n',
    );
  });

  it('a template given by name is one warning that says what to do, not a parser error; config turns it off', () => {
    const dir = dirWith({ 'templates/daemonset.yaml': chartDaemonSet });
    const r = run(['-f', 'json', 'templates/daemonset.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const [finding] = JSON.parse(r.stdout).findings;
    expect(finding).toMatchObject({
      ruleId: 'helm-template',
      severity: 'warning',
      message: 'a Helm/Go template, not YAML: lint its rendered output',
      line: 4,
      column: 9,
    });
    expect(finding.help).toContain('helm template <chart> | daemonlint -');
    expect(JSON.parse(r.stdout).findings).toHaveLength(1);
    const off = run(['--rule', 'helm-template=off', 'templates/daemonset.yaml'], { cwd: dir });
    expect(off.code).toBe(0);
    expect(off.stdout).toBe('✔ 1 file, 0 DaemonSets checked: no problems\n');
  });

  it('a file that does not parse and has no template actions is still a yaml-syntax error', () => {
    const dir = dirWith({ 'bad.yaml': 'kind: [DaemonSet\n' });
    const r = run(['-f', 'json', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['yaml-syntax']);
  });
});

describe("ESLint's conveniences", () => {
  const warnsAndErrs = clean.replace('spec:\n  selector', 'spec:\n  replicas: 2\n  selector').replace('      priorityClassName: system-node-critical\n', '');
  const justified = warnsAndErrs.replace('metadata: {name: ok, namespace: default}', 'metadata:\n  name: ok\n  namespace: default\n  annotations: {daemonlint.io/ignore: priority-class, daemonlint.io/ignore-reason: "the platform sets it by policy"}');

  it('--quiet reports errors only; suppressed findings come back with --show-suppressed', () => {
    const dir = dirWith({ 'a.yaml': warnsAndErrs, 'b.yaml': justified });
    const all = run(['-f', 'json', '.'], { cwd: dir });
    expect(JSON.parse(all.stdout).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`)).toEqual([
      'no-replicas:error',
      'priority-class:warning',
      'no-replicas:error',
      'priority-class:warning',
    ]);
    const quiet = run(['--quiet', '.'], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe(
      [
        'a.yaml',
        '  5:3  error  spec.replicas is not a DaemonSet field: remove it  no-replicas',
        '',
        'b.yaml',
        '  8:3  error  spec.replicas is not a DaemonSet field: remove it  no-replicas',
        '',
        '✖ 2 problems (2 errors, 0 warnings) · 2 files, 2 DaemonSets checked',
        '  2 errors and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
    const shown = JSON.parse(run(['-q', '--show-suppressed', '-f', 'json', '.'], { cwd: dir }).stdout);
    expect(shown.summary).toMatchObject({ errors: 2, warnings: 0, suppressed: 1 });
  });

  it('--stdin-filename names standard input in findings and SARIF; --fix still prints the fixed text', () => {
    const dir = dirWith({});
    const r = run(['--stdin-filename', 'k8s/agent.yaml', '-f', 'sarif', '-'], { cwd: dir, input: warnsAndErrs });
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'k8s/agent.yaml', uriBaseId: '%SRCROOT%', index: 0 });
    const stylish = run(['--stdin-filename', 'k8s/agent.yaml', '-'], { cwd: dir, input: warnsAndErrs });
    expect(stylish.stdout.split('\n')[0]).toBe('k8s/agent.yaml');
    const fixed = run(['--fix', '--stdin-filename', 'k8s/agent.yaml', '-'], { cwd: dir, input: warnsAndErrs });
    expect(fixed.stdout).toBe(warnsAndErrs.replace('  replicas: 2\n', ''));
    expect(fixed.stderr.split('\n')[0]).toBe('daemonlint: 1 problem fixed');
  });

  it('-o creates the directories of the report path', () => {
    const dir = dirWith({ 'ok.yaml': clean });
    const r = run(['-f', 'json', '-o', 'reports/lint/daemonlint.json', 'ok.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'reports/lint/daemonlint.json'), 'utf8')).summary.errors).toBe(0);
  });

  it('--fix says how many problems it fixed, in how many files', () => {
    const dir = dirWith({ 'a.yaml': warnsAndErrs, 'b.yaml': warnsAndErrs });
    const r = run(['--fix', '.'], { cwd: dir });
    expect(r.stderr).toBe('daemonlint: 2 problems in 2 files fixed\n');
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).not.toContain('replicas');
  });
});
