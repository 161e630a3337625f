// The GitHub Action as the runner starts it: `node dist/action.js` with its inputs in INPUT_<NAME>
// variables (action.yml's defaults filled in, as the runner does), GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY pointing at files, the workspace as working directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/run/lint.js';
import { formatStylish } from '../src/report/stylish.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const actionJs = path.join(root, 'dist', 'action.js');

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
}
const actionYml = load(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml;

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
/** One error: spec.replicas at 5:3. */
const bad = good.replace('spec:\n  selector', 'spec:\n  replicas: 2\n  selector');
/** One warning: no control-plane toleration, at 8:5. */
const warnOnly = good.replace(/^ *tolerations:.*\n/m, '');
const REPLICAS_MESSAGE = 'spec.replicas is not a DaemonSet field: remove it';
/** An annotation without the help that follows its headline (after an encoded blank line). */
const headline = (annotation: string): string => annotation.split('%0A%0A')[0];

let scratch: string;
beforeAll(() => {
  if (!existsSync(actionJs)) throw new Error('dist/action.js is missing: run `npm run build` first');
  scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-action-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A fresh checkout: a directory holding these files. */
function workspace(files: Record<string, string>): string {
  const dir = path.join(scratch, `ws${++counter}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The variable the runner sets for an input: `INPUT_` + the name upper-cased, spaces to underscores, hyphens kept. */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error ...::` and `::warning ...::` lines. */
  annotations: string[];
}

function runAction(ws: string, inputs: Record<string, string> = {}, options: { defaults?: boolean; env?: Record<string, string> } = {}): ActionRun {
  const outputFile = path.join(ws, '..', `${path.basename(ws)}.output`);
  const summaryFile = path.join(ws, '..', `${path.basename(ws)}.summary`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // Nothing from the test's own environment: under GitHub Actions it has GITHUB_OUTPUT and INPUT_ variables of its own.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
  if (options.defaults !== false) {
    for (const [name, input] of Object.entries(actionYml.inputs)) env[inputVariable(name)] = input.default ?? '';
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [actionJs], { cwd: ws, env, encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: r.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l)),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

interface Sarif {
  runs: { results: { ruleId: string; level?: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[]; originalUriBaseIds: Record<string, { uri: string }> }[];
}

describe('action.yml', () => {
  it('runs dist/action.js on node24 and declares the inputs and outputs the Action reads and sets', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(actionYml.inputs).sort()).toEqual(
      ['allow-repository-code', 'annotations', 'config', 'fail-on', 'kube-version', 'nodes', 'paths', 'sarif-file', 'working-directory'].sort(),
    );
    expect(Object.keys(actionYml.outputs).sort()).toEqual(['errors', 'sarif-file', 'warnings']);
    expect(actionYml.inputs['fail-on'].default).toBe('error');
    expect(actionYml.inputs['sarif-file'].default).toBe('daemonlint.sarif');
    expect(actionYml.inputs['allow-repository-code'].default).toBe('false');
    expect(actionYml.inputs.annotations.default).toBe('true');
  });

  it('applies the same defaults when started without any input (by hand)', () => {
    const ws = workspace({ 'k8s/bad.yaml': bad, 'k8s/good.yaml': good });
    const withDefaults = runAction(ws);
    const bare = runAction(ws, {}, { defaults: false });
    expect(bare.code).toBe(withDefaults.code);
    expect(bare.annotations).toEqual(withDefaults.annotations);
    expect(bare.outputs).toEqual(withDefaults.outputs);
  });
});

describe('a run with findings', () => {
  let ws: string;
  let run: ActionRun;
  beforeAll(() => {
    ws = workspace({ 'k8s/bad.yaml': bad, 'k8s/good.yaml': good, 'k8s/warn.yaml': warnOnly });
    run = runAction(ws, { paths: 'k8s' });
  });

  it('fails the step (fail-on: error) and says why', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::daemonlint found 1 error and 1 warning (fail-on: error)\n');
  });

  it('sets the outputs', () => {
    expect(run.outputs).toEqual({ 'sarif-file': path.join(ws, 'daemonlint.sarif'), errors: '1', warnings: '1' });
  });

  it('puts the help under the headline in each annotation', () => {
    expect(run.annotations[0]).toBe(
      `::error title=daemonlint no-replicas,file=k8s/bad.yaml,line=5,endLine=5,col=3,endColumn=11::${REPLICAS_MESSAGE}%0A%0AA DaemonSet runs one pod on each node its template selects, so it has no replica count. ` +
        "With strict field validation (kubectl's default since 1.27) the API server rejects the field; without it the field is dropped. Remove spec.replicas (the fix does).",
    );
  });

  it('annotates each finding at its file, line and columns, errors first', () => {
    expect(run.annotations.map(headline)).toEqual([
      `::error title=daemonlint no-replicas,file=k8s/bad.yaml,line=5,endLine=5,col=3,endColumn=11::${REPLICAS_MESSAGE}`,
      expect.stringMatching(/^::warning title=daemonlint control-plane-toleration,file=k8s\/warn\.yaml,line=8,endLine=8,col=5,endColumn=\d+::no toleration for the control-plane taint: pods skip control-plane nodes$/),
    ]);
  });

  it('prints the report in a collapsed group of the log', () => {
    expect(run.stdout).toMatch(/^::group::daemonlint: 3 files, 3 DaemonSets\nk8s\/bad\.yaml\n {2}5:3 {2}error {2}spec\.replicas/);
    expect(run.stdout).toContain('::endgroup::');
  });

  it("prints in the group the stylish report of the run, with one line break at its end", async () => {
    const group = /^::group::[^\n]*\n([\s\S]*?)::endgroup::$/m.exec(run.stdout)?.[1];
    const expected = formatStylish(await lint({ cwd: ws, patterns: ['.'] }), { color: false });
    expect(expected).toMatch(/\S\n$/);
    expect(group).toBe(`${expected.trimEnd()}\n`);
  });

  it('writes the SARIF file with paths from the repository root', () => {
    const sarif = JSON.parse(readFileSync(path.join(ws, 'daemonlint.sarif'), 'utf8')) as Sarif;
    const results = sarif.runs[0].results;
    expect(results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['no-replicas', 'k8s/bad.yaml'],
      ['control-plane-toleration', 'k8s/warn.yaml'],
    ]);
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(ws).href}/`);
  });

  it('writes a job summary: verdict, counts, findings by rule with links to the rule docs, and by file', () => {
    expect(run.summary).toContain('## daemonlint\n');
    expect(run.summary).toContain('❌ failed (fail-on: error): **1 error**, **1 warning**, 0 suppressed, in 3 files with 3 DaemonSets.');
    expect(run.summary).toContain(
      '| rule | errors | warnings | suppressed |\n|---|---:|---:|---:|\n' +
        '| [no-replicas](https://github.com/daemonlint/daemonlint/blob/main/docs/rules/no-replicas.md) | 1 | 0 | 0 |\n' +
        '| [control-plane-toleration](https://github.com/daemonlint/daemonlint/blob/main/docs/rules/control-plane-toleration.md) | 0 | 1 | 0 |\n',
    );
    expect(run.summary).toContain('| file | errors | warnings | suppressed |\n|---|---:|---:|---:|\n| k8s/bad.yaml | 1 | 0 | 0 |\n| k8s/warn.yaml | 0 | 1 | 0 |\n');
    expect(run.summary).not.toContain('Note:');
  });
});

describe('fail-on', () => {
  const cases: [string, Record<string, string>, number][] = [
    ['error: errors fail', { 'k8s/bad.yaml': bad }, 1],
    ['error: warnings alone pass', { 'k8s/warn.yaml': warnOnly }, 0],
    ['warning: warnings fail', { 'k8s/warn.yaml': warnOnly }, 1],
    ['warning: a clean run passes', { 'k8s/good.yaml': good }, 0],
    ['never: errors pass', { 'k8s/bad.yaml': bad }, 0],
  ];
  for (const [name, files, code] of cases) {
    it(name, () => {
      const r = runAction(workspace(files), { 'fail-on': name.split(':')[0] });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(code);
      expect(r.stdout.includes('::error::daemonlint found')).toBe(code === 1);
      // The SARIF file is written whatever the outcome.
      expect(existsSync(r.outputs['sarif-file'])).toBe(true);
    });
  }

  it('a value it does not know fails the step', () => {
    const r = runAction(workspace({ 'good.yaml': good }), { 'fail-on': 'sometimes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::fail-on: "sometimes" is not one of error, warning, never');
  });
});

describe('inputs', () => {
  it('working-directory: lints from there and writes the SARIF file there; annotations keep repository paths', () => {
    const ws = workspace({ 'deploy/k8s/bad.yaml': bad, 'other/bad.yaml': bad });
    const r = runAction(ws, { 'working-directory': 'deploy', 'sarif-file': 'reports/out.sarif' });
    expect(r.code).toBe(1);
    expect(r.outputs['sarif-file']).toBe(path.join(ws, 'deploy', 'reports', 'out.sarif'));
    expect(r.annotations.map(headline)).toEqual([`::error title=daemonlint no-replicas,file=deploy/k8s/bad.yaml,line=5,endLine=5,col=3,endColumn=11::${REPLICAS_MESSAGE}`]);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')) as Sarif;
    expect(sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['deploy/k8s/bad.yaml']);
  });

  it('working-directory: the places a finding relates to are named from the repository root too', () => {
    // Two DaemonSets on the host network claim host port 9100: the later one's finding relates the earlier.
    const claimant = (name: string): string =>
      good.replace('name: ok, namespace: default', `name: ${name}, namespace: default`).replace(/app: ok/g, `app: ${name}`).replace('    spec:\n', '    spec:\n      hostNetwork: true\n').replace('          image:', '          ports: [{containerPort: 9100, hostPort: 9100}]\n          image:');
    const ws = workspace({ 'deploy/a.yaml': claimant('a'), 'deploy/b.yaml': claimant('b') });
    const r = runAction(ws, { 'working-directory': 'deploy', 'fail-on': 'never' });
    const sarif = JSON.parse(readFileSync(path.join(ws, 'deploy', 'daemonlint.sarif'), 'utf8')) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; artifacts: { location: { uri: string } }[] }[] };
    const conflict = sarif.runs[0].results.filter((x) => x.ruleId === 'hostport-conflict');
    expect(conflict.map((x) => x.relatedLocations?.map((l) => l.physicalLocation.artifactLocation.uri))).toEqual([['deploy/a.yaml']]);
    expect(sarif.runs[0].artifacts.map((a) => a.location.uri)).toEqual(['deploy/a.yaml', 'deploy/b.yaml']);
    expect(r.stdout).not.toContain('internal error');
  });

  it("says, in the log and the summary, which chart templates/ directories the walk left out, named from the repository root", () => {
    const ws = workspace({ 'deploy/k8s/bad.yaml': bad, 'deploy/charts/agent/Chart.yaml': 'apiVersion: v2\nname: agent\nversion: 0.1.0\n', 'deploy/charts/agent/templates/ds.yaml': 'kind: DaemonSet\nmetadata: {name: {{ .Release.Name }}}\n' });
    const r = runAction(ws, { 'working-directory': 'deploy' });
    expect(r.stdout).toContain('\n  Skipped 1 Helm template directory (deploy/charts/agent/templates): lint the rendered output, e.g. helm template <chart> | daemonlint -\n');
    expect(r.summary).toContain(
      '**Not linted:** 1 Helm chart templates directory (`deploy/charts/agent/templates`), which holds Go templates, not manifests. Render the chart in an earlier step (`helm template <release> <chart> > rendered.yaml`) and add the output to `paths`.\n',
    );
    expect(r.outputs.errors).toBe('1');
  });

  it('paths: one per line', () => {
    const ws = workspace({ 'a/bad.yaml': bad, 'b/warn.yaml': warnOnly, 'c/bad.yaml': bad });
    const r = runAction(ws, { paths: 'a\n  b/*.yaml\n\n' });
    expect(r.outputs).toMatchObject({ errors: '1', warnings: '1' });
  });

  it('paths: standard input is refused', () => {
    const r = runAction(workspace({}), { paths: '-' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::paths: "-" (standard input) is not available in the Action');
  });

  it('annotations: false leaves findings unannotated but still fails', () => {
    const r = runAction(workspace({ 'bad.yaml': bad }), { annotations: 'false' });
    expect(r.code).toBe(1);
    expect(r.annotations).toEqual([]);
    expect(r.outputs.errors).toBe('1');
  });

  it('annotations: a value that is no boolean fails the step', () => {
    const r = runAction(workspace({ 'bad.yaml': bad }), { annotations: 'yes' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::annotations: "yes" is not a boolean; use true or false');
  });

  it('config: a config file of its own, relative to working-directory', () => {
    const ws = workspace({ 'bad.yaml': bad, 'ci/lint.yaml': 'rules:\n  no-replicas: warning\n' });
    const r = runAction(ws, { config: 'ci/lint.yaml' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(r.annotations).toEqual([expect.stringMatching(/^::warning title=daemonlint no-replicas,file=bad\.yaml,/)]);
  });

  it('a sarif-file it cannot write (a directory) fails the step saying so, not as an internal error', () => {
    const ws = workspace({ 'k8s/bad.yaml': bad, 'report/.keep': '' });
    const r = runAction(ws, { 'sarif-file': 'report' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::sarif-file: cannot write "report": EISDIR (is a directory)');
    expect(r.stdout).not.toContain('internal error');
  });

  it('a bad configuration fails the step with its message and writes no SARIF file', () => {
    const ws = workspace({ 'bad.yaml': bad, '.daemonlint.yaml': 'rules:\n  no-such-rule: error\n' });
    const r = runAction(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::invalid configuration: \.daemonlint\.yaml: rules\.no-such-rule: unknown rule; known rules: /m);
    // An empty log uploaded to code scanning would close every open alert.
    expect(existsSync(path.join(ws, 'daemonlint.sarif'))).toBe(false);
    expect(r.outputs).toEqual({});
  });

  it('kube-version: an unsupported version fails the step', () => {
    const r = runAction(workspace({ 'good.yaml': good }), { 'kube-version': '1.2' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::invalid configuration: --kube-version: 1\.2: /m);
  });

  it('kube-version: a supported version is used', () => {
    const r = runAction(workspace({ 'good.yaml': good }), { 'kube-version': 'v1.33.2' });
    expect(r.code).toBe(0);
  });
});

describe('nodes: a node inventory', () => {
  const nodes = 'kind: NodePool\nname: workers\ncount: 3\nallocatable: {cpu: "2", memory: 4Gi}\n---\nkind: NodePool\nname: gpu\ncount: 1\ntaints: [{key: gpu, effect: NoSchedule}]\n';

  it('adds where each DaemonSet runs to the job summary, as a table with the reasons', () => {
    const ws = workspace({ 'ds.yaml': good, 'cluster/nodes.yaml': nodes });
    const r = runAction(ws, { nodes: 'cluster/nodes.yaml', 'fail-on': 'never' });
    expect(r.code).toBe(0);
    expect(r.summary).toContain(
      [
        '### Node coverage',
        '',
        '1 DaemonSet on 4 nodes in 2 node groups (cluster/nodes.yaml).',
        '',
        '| DaemonSet | workers (3 nodes) | gpu (1 node) | fleet cpu | fleet memory |',
        '|---|---|---|---:|---:|',
        '| default/ok | runs | misses | 30m | 48Mi |',
        '',
      ].join('\n'),
    );
    expect(r.summary).toContain('- **default/ok** misses gpu (gpu-1): taint gpu:NoSchedule not tolerated');
    expect(r.annotations).toEqual([
      '::warning title=daemonlint node-coverage,file=ds.yaml,line=10,endLine=10,col=7,endColumn=18::misses 1 of 4 nodes: taint gpu:NoSchedule not tolerated (pool gpu)%0A%0AThe DaemonSet controller creates no pod on a node with a NoSchedule or NoExecute taint the pod does not tolerate (the ones it adds itself cover node conditions and cordons, not taints like this one). If the agent must run there too (CNI, CSI, log and metric agents usually must), add {key: gpu, operator: Exists, effect: NoSchedule} to spec.template.spec.tolerations; if it must not, select the nodes it is for (nodeSelector or node affinity) so that the intent is written down.',
    ]);
  });

  it('an inventory it cannot read fails the step with the file, line and field', () => {
    const ws = workspace({ 'ds.yaml': good, 'nodes.yaml': 'kind: NodePool\nname: a\ncount: lots\n' });
    const r = runAction(ws, { nodes: 'nodes.yaml' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::invalid node inventory: nodes.yaml:3:8: count: the number of nodes must be a whole number from 1 to 100000, got "lots"');
  });
});

describe("GitHub's annotation limits", () => {
  it('annotates the first 10 errors and 10 warnings, logs the rest, and says so in the summary', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`k8s/bad-${String(i).padStart(2, '0')}.yaml`] = bad;
    for (let i = 0; i < 11; i++) files[`k8s/warn-${String(i).padStart(2, '0')}.yaml`] = warnOnly;
    const r = runAction(workspace(files));
    expect(r.outputs).toMatchObject({ errors: '12', warnings: '11' });
    const errors = r.annotations.filter((a) => a.startsWith('::error '));
    const warnings = r.annotations.filter((a) => a.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    // Errors come before any warning, in file order.
    expect(r.annotations.findIndex((a) => a.startsWith('::warning '))).toBe(10);
    expect(errors[0]).toContain('file=k8s/bad-00.yaml');
    expect(r.stdout).toContain("k8s/bad-10.yaml:5:3: error: spec.replicas is not a DaemonSet field");
    expect(r.stdout).toContain('k8s/warn-10.yaml:8:5: warning: no toleration for the control-plane taint');
    expect(r.summary).toContain(
      '**Note:** 3 findings not annotated. Annotated 10 of 12 errors and 10 of 11 warnings, most severe first: GitHub shows at most 10 error and 10 warning annotations per step and 50 per job.',
    );
  });
});

/**
 * A pull request on the workspace: its files as they are committed as the base, `change` committed
 * on top (the merge commit actions/checkout checks out), and the event that names the base.
 */
function pullRequest(ws: string, change: () => void): { env: Record<string, string>; event: string } {
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t.invalid' } });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  change();
  git('commit', '-q', '-a', '-m', 'change');
  const event = path.join(ws, '..', `${path.basename(ws)}.event.json`);
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base } } }));
  return { env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }, event };
}

describe('in a pull request', () => {
  it('annotates findings on the lines it changes first, then in the files it changes, and says how many were left out and where they are', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`k8s/bad-${String(i).padStart(2, '0')}.yaml`] = bad;
    files['k8s/bad-11.yaml'] = good;
    const ws = workspace(files);
    // The pull request adds spec.replicas to bad-11 (a finding on a changed line) and a comment at the end of bad-10 (a changed file, the finding elsewhere).
    const { env, event } = pullRequest(ws, () => {
      writeFileSync(path.join(ws, 'k8s/bad-11.yaml'), bad);
      writeFileSync(path.join(ws, 'k8s/bad-10.yaml'), `${bad}# reviewed\n`);
    });
    const r = runAction(ws, {}, { env });
    const errors = r.annotations.filter((a) => a.startsWith('::error '));
    expect(errors.map((a) => /file=([^,]+)/.exec(a)?.[1])).toEqual([
      'k8s/bad-11.yaml',
      'k8s/bad-10.yaml',
      'k8s/bad-00.yaml',
      'k8s/bad-01.yaml',
      'k8s/bad-02.yaml',
      'k8s/bad-03.yaml',
      'k8s/bad-04.yaml',
      'k8s/bad-05.yaml',
      'k8s/bad-06.yaml',
      'k8s/bad-07.yaml',
    ]);
    expect(r.stdout).toContain('k8s/bad-09.yaml:5:3: error: spec.replicas is not a DaemonSet field: remove it (no-replicas) [not annotated');
    expect(r.summary).toContain('Annotated first: 1 finding on lines this pull request changes, then 1 elsewhere in the files it changes, then the rest.');
    expect(r.summary).toContain('**Note:** 2 findings not annotated. Annotated 10 of 12 errors and 0 of 0 warnings');
    // Outside a pull request: path order.
    const push = runAction(ws, {}, { env: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event } });
    expect(/file=([^,]+)/.exec(push.annotations[0])?.[1]).toBe('k8s/bad-00.yaml');
    expect(push.summary).not.toContain('Annotated first');
  });

  it('past the limit in every rank: annotates the first 10 in rank order and logs the rest in that order, with or without a node inventory', () => {
    const name = (group: string, i: number): string => `k8s/${group}-${String(i).padStart(2, '0')}.yaml`;
    const files: Record<string, string> = { 'cluster/nodes.yaml': 'kind: NodePool\nname: workers\ncount: 3\nallocatable: {cpu: "2", memory: 4Gi}\n' };
    // a-*: unchanged (rank 2); c-*: the pull request adds the finding's line (rank 0); d-*: it changes another line (rank 1).
    for (let i = 0; i < 12; i++) {
      files[name('a', i)] = bad;
      files[name('c', i)] = good;
      files[name('d', i)] = bad;
    }
    const ws = workspace(files);
    const { env } = pullRequest(ws, () => {
      for (let i = 0; i < 12; i++) {
        writeFileSync(path.join(ws, name('c', i)), bad);
        writeFileSync(path.join(ws, name('d', i)), `${bad}# reviewed\n`);
      }
    });
    const r = runAction(ws, {}, { env });
    const lines = r.stdout.split('\n');
    const afterLog = lines.slice(lines.indexOf('::endgroup::') + 1);
    const ranked = [...[...Array(12).keys()].map((i) => name('c', i)), ...[...Array(12).keys()].map((i) => name('d', i)), ...[...Array(12).keys()].map((i) => name('a', i))];
    expect(afterLog.filter((l) => l !== '')).toEqual([
      ...ranked.slice(0, 10).map((file) => expect.stringMatching(new RegExp(`^::error title=daemonlint no-replicas,file=${file},line=5,endLine=5,col=3,endColumn=11::`))),
      ...ranked.slice(10).map((file) => `${file}:5:3: error: ${REPLICAS_MESSAGE} (no-replicas) [not annotated: GitHub's limit]`),
      '::error::daemonlint found 36 errors and 0 warnings (fail-on: error)',
    ]);
    expect(r.summary).toContain('Annotated first: 12 findings on lines this pull request changes, then 12 elsewhere in the files it changes, then the rest.');
    expect(r.summary).toContain('**Note:** 26 findings not annotated. Annotated 10 of 36 errors and 0 of 0 warnings');
    // With a node inventory the run takes the whole result at once (its coverage needs every
    // DaemonSet): the same log, SARIF results and summary before the coverage (the inventory's rules
    // run too, and are described in the SARIF log, but find nothing here).
    const results = (): unknown => (JSON.parse(readFileSync(path.join(ws, 'daemonlint.sarif'), 'utf8')) as Sarif).runs[0].results;
    const byFile = results();
    const withNodes = runAction(ws, { nodes: 'cluster/nodes.yaml' }, { env });
    expect(withNodes.stdout).toBe(r.stdout);
    expect(results()).toEqual(byFile);
    expect(withNodes.summary.startsWith(r.summary)).toBe(true);
    expect(withNodes.summary).toContain('### Node coverage');
  });
});

describe('when git runs', () => {
  it('asks git what a pull request changes only once the run has linted: a run that stops on its input runs none', () => {
    const ws = workspace({ 'k8s/bad.yaml': bad });
    const bin = path.join(ws, '..', `${path.basename(ws)}.bin`);
    const calls = path.join(ws, '..', `${path.basename(ws)}.git-calls`);
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$@" >> '${calls}'\nexit 1\n`, { mode: 0o755 });
    const event = path.join(ws, '..', `${path.basename(ws)}.event.json`);
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'a'.repeat(40) } } }));
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
    const stopped = runAction(ws, { paths: 'nothing/*.yaml' }, { env });
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('::error::');
    expect(existsSync(calls)).toBe(false);
    const linted = runAction(ws, {}, { env });
    expect(linted.outputs.errors).toBe('1');
    expect(readFileSync(calls, 'utf8')).not.toBe('');
  });
});

describe('code from the repository', () => {
  // A plugin with no rules that leaves a mark when it is loaded.
  const plugin = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'the plugin ran');\nexport default [];\n`;

  it('a config with plugins stops the step unless allow-repository-code is true', () => {
    const ws = workspace({ 'bad.yaml': bad, 'plugin.mjs': plugin, '.daemonlint.yaml': 'plugins:\n  - ./plugin.mjs\n' });
    const r = runAction(ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '::error::.daemonlint.yaml: plugins: this configuration loads code from the repository, which the Action does not run unless the workflow sets `allow-repository-code: true`.',
    );
    expect(existsSync(path.join(ws, 'ran'))).toBe(false);
    expect(existsSync(path.join(ws, 'daemonlint.sarif'))).toBe(false);
    expect(r.annotations).toEqual([]);
  });

  it('the guard also covers a config named by the config input, and one found above working-directory', () => {
    const named = workspace({ 'bad.yaml': bad, 'lint/config.yaml': 'plugins: [./x.mjs]\n' });
    expect(runAction(named, { config: 'lint/config.yaml' }).stdout).toContain('::error::lint/config.yaml: plugins: this configuration loads code');
    const above = workspace({ 'sub/bad.yaml': bad, '.daemonlint.yaml': 'plugins: [./x.mjs]\n' });
    expect(runAction(above, { 'working-directory': 'sub' }).stdout).toContain('::error::.daemonlint.yaml: plugins: this configuration loads code');
  });

  it('with allow-repository-code: true the plugins are loaded', () => {
    const ws = workspace({ 'bad.yaml': bad, 'plugin.mjs': plugin, '.daemonlint.yaml': 'plugins:\n  - ./plugin.mjs\n' });
    const r = runAction(ws, { 'allow-repository-code': 'true' });
    expect(r.stdout).not.toContain('allow-repository-code');
    expect(readFileSync(path.join(ws, 'ran'), 'utf8')).toBe('the plugin ran');
    expect(r.code).toBe(1);
    expect(r.outputs.errors).toBe('1');
  });

  it('allowed plugins run their rules; a rule that throws fails the step whatever fail-on says', () => {
    const rules = `export default [
  { id: 'team-label', meta: { description: 'Pods carry a team label.', severity: 'warning', messages: { missing: 'no team label' } },
    check(ds, context) { if (!ds.spec.template.metadata.labels.team) context.report({ path: ['spec', 'template', 'metadata', 'labels'], messageId: 'missing' }); } },
  { id: 'explodes', meta: { description: 'A rule with a bug.', severity: 'warning', messages: { x: 'x' } },
    check() { throw new Error('a bug in the plugin'); } },
];
`;
    const ws = workspace({ 'good.yaml': good, 'policy/rules.mjs': rules, '.daemonlint.yaml': 'plugins: [./policy/rules.mjs]\n' });
    const r = runAction(ws, { 'allow-repository-code': 'true', 'fail-on': 'never' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(r.annotations.map(headline)).toEqual([
      expect.stringMatching(/^::error title=daemonlint rules\/explodes::rule rules\/explodes failed on .*a bug in the plugin/),
      expect.stringMatching(/^::warning title=daemonlint rules\/team-label,file=good\.yaml,line=7,.*::no team label$/),
    ]);
    expect(r.stdout).toContain('::error::1 rule failure: the results may be incomplete');
    expect(r.summary).toContain('**1 rule failure:** a rule failed (see the log), so the results may be incomplete and the step fails.');
  });

  it("a plugin's finding of a severity that is not one is the rule's, and a failure of the rule that fails the step", () => {
    const rules = `export default [
  { id: 'odd', meta: { description: 'Reports with a severity of its own.', severity: 'warning', messages: { m: 'an odd finding' } },
    check(ds, context) { context.report({ path: ['spec'], messageId: 'm', severity: 'warn' }); } },
];
`;
    const ws = workspace({ 'good.yaml': good, 'policy/rules.mjs': rules, '.daemonlint.yaml': 'plugins: [./policy/rules.mjs]\n' });
    const r = runAction(ws, { 'allow-repository-code': 'true', 'fail-on': 'error' });
    expect(r.stdout).not.toContain('internal error');
    expect(r.annotations.map(headline)).toEqual([
      expect.stringMatching(/^::error title=daemonlint rules\/odd::rule rules\/odd failed on good\.yaml: reported a finding of severity "warn"; a finding's severity is error, warning or info$/),
      expect.stringMatching(/^::warning title=daemonlint rules\/odd,file=good\.yaml,line=\d+,.*::an odd finding$/),
    ]);
    const sarif = JSON.parse(readFileSync(path.join(ws, 'daemonlint.sarif'), 'utf8')) as Sarif;
    expect(sarif.runs[0].results.map((x) => [x.ruleId, x.level])).toEqual([['rules/odd', 'warning']]);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(r.stdout).toContain('::error::1 rule failure: the results may be incomplete');
    expect(r.code).toBe(1);
  });

  it('an empty plugins list loads nothing and needs no permission', () => {
    const r = runAction(workspace({ 'good.yaml': good, '.daemonlint.yaml': 'plugins: []\n' }));
    expect(r.code).toBe(0);
  });

  it('a config without code runs as usual', () => {
    const ws = workspace({ 'bad.yaml': bad, '.daemonlint.yaml': 'rules:\n  no-replicas: off\n' });
    const r = runAction(ws);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '0' });
  });
});

describe('admission policies in the repository', () => {
  // CEL is data: a policy's expressions are parsed and evaluated by the CEL engine, never run as
  // JavaScript, so the Action reads them without allow-repository-code. Text that would be code
  // in JavaScript is a string, or an expression that does not compile.
  const policies = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: node-critical.example.com
spec:
  matchConstraints:
    resourceRules:
      - {apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [daemonsets]}
  validations:
    - expression: "object.spec.template.spec.?priorityClassName.orValue('') == 'system-node-critical'"
      message: "spec.template.spec.priorityClassName must be system-node-critical"
    - expression: "object.metadata.name != '\\"); require(\\"fs\\").writeFileSync(\\"pwned\\", \\"\\"); (\\"'"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: escape.example.com
spec:
  matchConstraints:
    resourceRules:
      - {apiGroups: [apps], apiVersions: [v1], operations: [CREATE], resources: [daemonsets]}
  validations:
    - expression: "process.mainModule.require('fs').writeFileSync('pwned', '') == null"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: node-critical
spec:
  policyName: node-critical.example.com
  validationActions: [Deny]
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: escape
spec:
  policyName: escape.example.com
  validationActions: [Deny]
`;

  it('evaluates them without running repository code, and annotates the violation and the expression that does not compile', () => {
    const agents = good.replace('priorityClassName: system-node-critical', 'priorityClassName: agents');
    const ws = workspace({ '.daemonlint.yaml': 'policies: [cluster/]\n', 'cluster/policies.yaml': policies, 'k8s/agents.yaml': agents });
    const r = runAction(ws, { paths: 'k8s' });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(ws, 'pwned'))).toBe(false);
    expect(r.annotations.map(headline)).toEqual([
      "::error title=daemonlint admission-policy,file=cluster/policies.yaml,line=23,endLine=23,col=20,endColumn=27::spec.validations[0].expression does not compile: undeclared reference to 'process'",
      '::error title=daemonlint admission-policy,file=k8s/agents.yaml,line=9,endLine=9,col=7,endColumn=24::node-critical.example.com denies: spec.template.spec.priorityClassName must be system-node-critical',
    ]);
  });
});
