// A pull request controls the manifests, file names and config the Action reads: nothing in them
// may become a workflow command in any line the Action prints (annotations, the log, the report),
// nor reach the summary, the outputs or the SARIF file unescaped.
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltAction, runAction, writeWorkspace } from './helpers/action-harness.js';
import { RAW_HIDDEN, workflowCommands } from './helpers/workflow-lines.js';

let scratch: string;
beforeAll(() => {
  requireBuiltAction();
  scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-action-inject-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HOSTILE = [
  'a\n::stop-commands::tok3n',
  'b\r::add-mask::secret',
  'c ##[error]legacy',
  '\u200b::error file=x.yaml::zero-width',
  '#\u200b#[warning]split',
  'd\u202eevil\u001b[31m',
];

function daemonSet(i: number): string {
  const name = JSON.stringify(`${HOSTILE[i % HOSTILE.length]}-${i}`);
  return `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: default}
spec:
  replicas: 2
  selector: {matchLabels: {app: a${i}}}
  template:
    metadata: {labels: {app: a${i}}}
    spec:
      containers:
        - name: ${name}
          image: example.com/x:1.0.0
`;
}

const FILE = 'deploy/::error file=x.yaml::evil ##[group]g.yaml';

describe('the Action, fed hostile names', () => {
  let run: ReturnType<typeof runAction>;
  beforeAll(() => {
    const docs = Array.from({ length: 12 }, (_, i) => daemonSet(i)).join('---\n');
    run = runAction(writeWorkspace(path.join(scratch, 'ws1'), { [FILE]: docs }));
  });

  it('prints no workflow command but its own annotations and log group', () => {
    const names = new Set(workflowCommands(run.stdout).map((c) => c.name));
    expect([...names].sort()).toEqual(['endgroup', 'error', 'group', 'warning']);
    for (const c of workflowCommands(run.stdout)) expect(c.line).toMatch(/^::(error|warning|group|endgroup)[ :]/);
    // Ten errors and ten warnings annotated; the step fails with an annotation of its own.
    expect(run.annotations.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(run.stdout).toMatch(/^::error::daemonlint found \d+ errors and \d+ warnings \(fail-on: error\)$/m);
  });

  it('writes nothing hidden raw in any line', () => {
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(RAW_HIDDEN);
    for (const line of run.summary.split('\n')) expect(line).not.toMatch(RAW_HIDDEN);
  });

  it('the stylish report in the log: the file name defused where it starts a line', () => {
    const header = run.stdout.split('\n').find((l) => l.includes('evil ##'));
    expect(header).toBe('deploy/::error file=x.yaml::evil ##\\[group]g.yaml');
    const row = run.stdout.split('\n').find((l) => l.includes('stop-commands') && l.includes('replicas'));
    expect(row).toBeUndefined();
    expect(run.stdout).toContain('metadata.name: Invalid value: "a\\n::stop-commands::tok3n-0"');
  });

  it('findings past the annotation limit go to the log as defused lines', () => {
    const logged = run.stdout.split('\n').filter((l) => l.endsWith("[not annotated: GitHub's limit]"));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line.startsWith('deploy/::error file=x.yaml::evil ##\\[group]g.yaml:')).toBe(true);
    expect(logged.some((l) => l.includes('"b\\r::add-mask::secret-'))).toBe(true);
  });

  it('annotation messages carry the names visibly, with line breaks encoded', () => {
    const first = run.annotations.find((l) => l.includes('stop-commands'))!;
    expect(first).toContain('"a\\n::stop-commands::tok3n-0"');
    // A container name with a line break: the annotation encodes it, so it stays inside the message.
    expect(run.annotations.map((a) => a.split('%0A%0A')[0])).toContain(
      '::error title=daemonlint resources-requests-limits,file=deploy/%3A%3Aerror file=x.yaml%3A%3Aevil ##\\[group]g.yaml,line=11,endLine=11,col=11,endColumn=15::container "a%0A::stop-commands::tok3n-0" has no cpu or memory request or limit',
    );
    const zw = run.stdout.split('\n').find((l) => l.includes('zero-width') && l.includes('[not annotated'));
    expect(zw).toContain('"\\u200b::error file=x.yaml::zero-width-3"');
    expect(run.annotations.join('\n')).not.toContain('##[');
  });

  it('summary, outputs and SARIF: escaped and exact', () => {
    expect(run.summary).toContain('| deploy/::error file=x.yaml::evil ##\\[group\\]g.yaml |');
    expect(Object.keys(run.outputs).sort()).toEqual(['errors', 'sarif-file', 'warnings']);
    expect(run.outputs.errors).toMatch(/^\d+$/);
    const sarifText = readFileSync(run.outputs['sarif-file'], 'utf8');
    expect(workflowCommands(sarifText)).toEqual([]);
    expect(sarifText).not.toMatch(RAW_HIDDEN);
    const sarif = JSON.parse(sarifText) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0].results.some((r) => r.message.text.includes('a\n::stop-commands::tok3n-0'))).toBe(true);
  });
});

describe('the Action, fed a hostile config', () => {
  it('a config value quoted in the failure is defused', () => {
    const ws = writeWorkspace(path.join(scratch, 'ws2'), { '.daemonlint.yaml': 'extends: "x\\n::stop-commands::t ##[error]y"\n', 'a.yaml': 'kind: ConfigMap\n' });
    const r = runAction(ws);
    expect(workflowCommands(r.stdout).map((c) => c.name)).toEqual(['error']);
    expect(r.stdout).toContain('::error::invalid configuration: .daemonlint.yaml: extends: "x\\n::stop-commands::t ##\\[error]y" is not a preset');
  });
});

describe('the Action, fed a fork\'s config it must read safely', () => {
  it('a config that is a link to /dev/zero, or too large, stops the step with one line', () => {
    const zero = writeWorkspace(path.join(scratch, 'ws3'), { 'a.yaml': 'kind: ConfigMap\n' });
    symlinkSync('/dev/zero', path.join(zero, '.daemonlint.yaml'));
    const r = runAction(zero);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '::error::invalid configuration: .daemonlint.yaml: (file): is a character device, not a regular file\n' });
    const huge = writeWorkspace(path.join(scratch, 'ws4'), { '.daemonlint.yaml': `# ${'x'.repeat(1024 * 1024)}\n`, 'a.yaml': 'kind: ConfigMap\n' });
    expect(runAction(huge).stdout).toBe('::error::invalid configuration: .daemonlint.yaml: (file): is 1,048,579 bytes, more than the 1 MiB a configuration may be\n');
  });

  it('patterns that explode a backtracking matcher are matched, not hung: ten **/ in ignore, ten *a in exclude.objects', () => {
    const deepDir = Array.from({ length: 40 }, () => 'a').join('/');
    const longName = `${'a'.repeat(20_000)}c`;
    const ds = (name: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: ops}
spec:
  replicas: 2
  selector: {matchLabels: {app: ${name.slice(0, 8)}}}
  template:
    metadata: {labels: {app: ${name.slice(0, 8)}}}
    spec:
      containers: [{name: agent, image: example.com/a:1.0.0}]
`;
    const ws = writeWorkspace(path.join(scratch, 'ws5'), {
      '.daemonlint.yaml': `ignore: ["${'**/'.repeat(10)}*a*a*a*a*a*a*a*a*c.yaml"]\nexclude:\n  - rules: [no-replicas]\n    objects: ["*a*a*a*a*a*a*a*a*a*ac"]\n    reason: accepted\n`,
      // Ignored: its path matches the glob.
      [`${deepDir}/${'a'.repeat(200)}c.yaml`]: ds('ignored'),
      // Read, its no-replicas finding excluded by the object pattern; the other DaemonSet keeps it.
      [`${deepDir}/${'a'.repeat(200)}b.yaml`]: `${ds(longName)}---\n${ds('other')}`,
    });
    const r = runAction(ws, { 'fail-on': 'never' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('::group::daemonlint: 1 file, 2 DaemonSets');
    const replicas = r.annotations.filter((l) => l.includes('title=daemonlint no-replicas,'));
    expect(replicas.map((l) => l.replace(/^.*,line=(\d+),.*$/, 'line $1'))).toEqual(['line 16']);
  });
});
