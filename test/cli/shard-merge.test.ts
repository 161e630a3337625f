import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { shardOf } from '../../src/inputs/shard.js';

// A CI matrix: n jobs each lint one share (--shard k/n --collect-out), and `daemonlint merge`
// joins their reports into the report one run over every file writes, byte for byte.

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sharded');
let work: string;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: work,
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}

/** Each share's report in `from` and its collected objects, then their merge into `to`. */
async function shardAndMerge(n: number, from: 'json' | 'sarif', to: string, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const report = `out/${n}-${k}.${from}`;
    const collected = `out/${n}-${k}.collect.json`;
    const share = await cli(['-f', from, ...extra, '--shard', `${k}/${n}`, '--collect-out', collected, '-o', report, 'manifests']);
    expect(share.stderr).toBe('');
    // A share's findings are the merge's to judge: they do not fail its job.
    expect(share.code).toBe(0);
    files.push(collected, report);
  }
  return cli(['merge', '-f', to, ...extra, ...files.reverse()]);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-shard-'));
  cpSync(fixture, path.join(work, 'manifests'), { recursive: true });
  cpSync(path.join(fixture, '.daemonlint.yaml'), path.join(work, '.daemonlint.yaml'));
  mkdirSync(path.join(work, 'out'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('--shard k/n', () => {
  it('puts each file in one share by its path alone, so adding files moves no other', () => {
    const paths = Array.from({ length: 500 }, (_, i) => `charts/app-${i}/templates/daemonset.yaml`);
    for (const n of [1, 2, 3, 7]) {
      const shares = paths.map((p) => shardOf(p, n));
      expect(shares.every((s) => s >= 1 && s <= n)).toBe(true);
      // Roughly even: no share holds more than twice its part.
      for (let k = 1; k <= n; k++) expect(shares.filter((s) => s === k).length).toBeLessThan((2 * paths.length) / n);
    }
    expect(shardOf('a.yaml', 4)).toBe(shardOf('a.yaml', 4));
    // FNV-1a of "a.yaml" is 0x6d6170e5 (fixed forever: CI jobs of one matrix may run different builds of one version).
    expect(shardOf('a.yaml', 1000)).toBe((0x6d6170e5 % 1000) + 1);
  });

  it('lints only its share and says which files it read', async () => {
    const all = JSON.parse((await cli(['-f', 'json', 'manifests'])).stdout);
    let files = 0;
    let daemonSets = 0;
    for (let k = 1; k <= 3; k++) {
      const share = JSON.parse((await cli(['-f', 'json', '--shard', `${k}/3`, 'manifests'])).stdout);
      files += share.summary.files;
      daemonSets += share.summary.daemonSets;
    }
    expect(files).toBe(all.summary.files);
    expect(daemonSets).toBe(all.summary.daemonSets);
  });

  it('refuses a malformed share, standard input, and --collect-out with --fix', async () => {
    expect(await cli(['--shard', '0/2', 'manifests'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--shard k/n needs 1 <= k <= n, got "0/2"') });
    expect(await cli(['--shard', '2', 'manifests'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--shard takes k/n') });
    expect(await cli(['--shard', '1/2', '-'])).toMatchObject({ code: 2, stderr: expect.stringContaining('standard input (-) cannot be split') });
    expect(await cli(['--collect-out', 'out/x.json', '--fix', 'manifests'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--collect-out makes a share') });
  });
});

describe('daemonlint merge', () => {
  let single: Record<string, { code: number; stdout: string; stderr: string }>;
  beforeAll(async () => {
    single = {};
    for (const format of ['json', 'sarif', 'stylish', 'github', 'junit', 'gitlab']) single[format] = await cli(['-f', format, 'manifests']);
  });

  it('has material that exercises it: findings across files, suppressed, excluded, deferred directives, Helm names', () => {
    const report = JSON.parse(single.json.stdout) as { findings: { ruleId: string; file: string; suppressed?: unknown; template?: string; message: string }[] };
    const across = report.findings.filter((f) => f.ruleId === 'hostport-conflict' || f.ruleId === 'selector-overlap');
    expect(new Set(across.map((f) => f.file)).size).toBeGreaterThanOrEqual(4);
    expect(across.some((f) => f.suppressed)).toBe(true);
    expect(across.some((f) => f.template === 'agent/templates/daemonset.yaml')).toBe(true);
    const unused = report.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => `${f.file}: ${f.message}`);
    expect(unused).toEqual([
      'manifests/apps/unused-other.yaml: daemonlint-disable-next-line probes suppresses nothing on the next line',
      'manifests/apps/unused-other.yaml: daemonlint-disable-line selector-overlap has no reason, so it suppresses nothing',
      'manifests/apps/unused.yaml: daemonlint-disable-next-line hostport-conflict suppresses nothing on the next line',
    ]);
    expect(single.json.code).toBe(1);
  });

  for (const n of [1, 2, 3, 5]) {
    it(`joins ${n} shares' json reports into the single run's json, stylish, github, junit and gitlab reports`, async () => {
      for (const format of ['json', 'stylish', 'github', 'junit', 'gitlab']) {
        const merged = await shardAndMerge(n, 'json', format);
        expect({ format, ...merged }).toEqual({ format, ...single[format] });
      }
    });

    it(`joins ${n} shares' sarif reports into the single run's sarif report`, async () => {
      expect(await shardAndMerge(n, 'sarif', 'sarif')).toEqual(single.sarif);
    });
  }

  it('with --chart-dir, places findings in their templates as the single run does, from json shares and from sarif shares', async () => {
    const helm = path.resolve(fixture, '../helm');
    cpSync(path.join(helm, 'node-agents'), path.join(work, 'charted/node-agents'), { recursive: true });
    const rendered = ['a', 'b', 'c', 'd'].map((name) => `charted/rendered/${name}.yaml`);
    for (const file of rendered) cpSync(path.join(helm, 'rendered.yaml'), path.join(work, file));
    expect(new Set(rendered.map((file) => shardOf(file, 2))).size).toBe(2);
    const flags = ['--chart-dir', 'charted/node-agents'];
    const cases: [string, string[]][] = [
      ['json', ['json', 'stylish', 'github', 'junit', 'gitlab']],
      ['sarif', ['sarif']],
    ];
    for (const [from, formats] of cases) {
      const files: string[] = [];
      for (let k = 1; k <= 2; k++) {
        const [collected, report] = [`out/charted-${k}.collect.json`, `out/charted-${k}.${from}`];
        expect(await cli(['-f', from, ...flags, '--shard', `${k}/2`, '--collect-out', collected, '-o', report, 'charted/rendered'])).toEqual({ code: 0, stdout: '', stderr: '' });
        files.push(report, collected);
      }
      for (const format of formats) {
        const single = await cli(['-f', format, ...flags, 'charted/rendered']);
        expect({ format, ...(await cli(['merge', '-f', format, ...flags, ...files])) }).toEqual({ format, ...single });
        if (format === 'github') expect(single.stdout.split('\n').filter((l) => l.includes('title=no-replicas'))).toEqual(rendered.map(() => expect.stringMatching(/^::error file=charted\/node-agents\/templates\/daemonset\.yaml,line=8,col=3,/)));
        if (format === 'sarif') {
          const results = (JSON.parse(single.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0].results;
          expect(results.filter((r) => r.ruleId === 'no-replicas').map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(rendered.map(() => 'charted/node-agents/templates/daemonset.yaml'));
        }
      }
      // The merge places its own findings as the shares placed theirs: it must be given their --chart-dir.
      expect(await cli(['merge', '-f', from, ...files])).toEqual({ code: 2, stdout: '', stderr: `daemonlint: share 1/2 placed its findings in the templates of --chart-dir "charted/node-agents": give the merge the same --chart-dir\n` });
      expect(await cli(['merge', '-f', from, '--chart-dir', 'charted', ...files])).toEqual({ code: 2, stdout: '', stderr: `daemonlint: share 1/2 was linted with --chart-dir "charted/node-agents": give the merge the same --chart-dir\n` });
      // ./charted/node-agents/ is the same directory.
      expect((await cli(['merge', '-f', from, '--chart-dir', './charted/node-agents/', ...files])).code).toBe(1);
    }
    const plain = ['out/plain-1.collect.json', 'out/plain-1.json'];
    expect((await cli(['-f', 'json', '--shard', '1/1', '--collect-out', plain[0], '-o', plain[1], 'charted/rendered'])).code).toBe(0);
    expect(await cli(['merge', ...flags, ...plain])).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: share 1/1 was linted without --chart-dir: merge without it, as the shares ran\n' });
  });

  it("says which chart templates/ directories the walk left out, as the single run says it, whichever share's walk saw them", async () => {
    // charted/ (made by the test above) holds a chart, whose templates/ directories a walk skips, and rendered output.
    const files: string[] = [];
    for (let k = 1; k <= 2; k++) {
      expect(await cli(['-f', 'json', '--shard', `${k}/2`, '--collect-out', `out/walk-${k}.collect.json`, '-o', `out/walk-${k}.json`, 'charted'])).toEqual({ code: 0, stdout: '', stderr: '' });
      files.push(`out/walk-${k}.json`, `out/walk-${k}.collect.json`);
    }
    const single = await cli(['charted']);
    expect(single.stdout).toContain('Skipped 1 Helm template directory (charted/node-agents/templates)');
    expect(await cli(['merge', '-f', 'stylish', ...files])).toEqual(single);
  });

  it('with --chart-dir, lists the templates in the SARIF log as the single run does: those of the findings it adds, only of what it writes (--quiet, a baseline)', async () => {
    const template = (name: string, spec: string): string =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}-${name}\nspec:\n  selector:\n    matchLabels:\n      app: shared\n  template:\n    metadata:\n      labels:\n        app: shared\n    spec:\n${spec}`;
    // The proxy's host port (the merge's hostport-conflict) is placed in the subchart's template, which the single run lists first.
    const net = '      hostNetwork: true\n      containers:\n        - name: a\n          image: busybox\n          ports: [{containerPort: 9100, hostPort: 9100}]\n';
    const proxy = '      containers:\n        - name: p\n          image: nginx:latest\n          ports:\n            - containerPort: 9100\n              hostPort: 9100\n';
    const files: Record<string, string> = {
      'net/net-agents/Chart.yaml': 'apiVersion: v2\nname: net-agents\nversion: 0.1.0\n',
      'net/net-agents/templates/ds.yaml': template('net', net),
      'net/net-agents/charts/port-proxy/templates/ds.yaml': template('proxy', proxy),
      'net/rendered/a.yaml': `---\n# Source: net-agents/templates/ds.yaml\n${template('net', net).replace('{{ .Release.Name }}', 'a')}---\n# Source: net-agents/charts/port-proxy/templates/ds.yaml\n${template('proxy', proxy).replace('{{ .Release.Name }}', 'a')}`,
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      writeFileSync(path.join(work, file), text);
    }
    const flags = ['--chart-dir', 'net/net-agents'];
    expect(await cli(['-f', 'sarif', ...flags, '--shard', '1/1', '--collect-out', 'out/net.collect.json', '-o', 'out/net.sarif', 'net/rendered'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await cli(['--write-baseline', 'out/net.baseline.json', ...flags, 'net/rendered'])).code).toBe(0);
    const artifacts = (log: string): string[] => (JSON.parse(log) as { runs: { artifacts: { location: { uri: string } }[] }[] }).runs[0].artifacts.map((a) => a.location.uri);
    for (const extra of [[], ['-q'], ['--baseline', 'out/net.baseline.json']]) {
      const single = await cli(['-f', 'sarif', ...flags, ...extra, 'net/rendered']);
      expect({ extra, ...(await cli(['merge', '-f', 'sarif', ...flags, ...extra, 'out/net.sarif', 'out/net.collect.json'])) }).toEqual({ extra, ...single });
      // The single run lists the templates as its results name them, and none that only a result it leaves out names.
      expect(artifacts(single.stdout)).toEqual(extra[0] === '--baseline' ? ['net/rendered/a.yaml'] : ['net/rendered/a.yaml', 'net/net-agents/templates/ds.yaml', 'net/net-agents/charts/port-proxy/templates/ds.yaml']);
    }
  });

  it('applies the baseline over every share, as the single run does, with its stale entries', async () => {
    const written = await cli(['--write-baseline', 'out/all.baseline.json', 'manifests']);
    // The manifests hold a file that does not parse: no baseline takes it (exit 1).
    expect([written.code, written.stderr.split('\n')[1]]).toEqual([1, 'daemonlint: 1 yaml-syntax finding is not in the baseline (first: manifests/apps/broken.yaml:4:1): a baseline accepts no file that does not parse; fix it']);
    const all = JSON.parse(readFileSync(path.join(work, 'out/all.baseline.json'), 'utf8')) as { version: 1; entries: { ruleId: string; count: number }[] };
    // A rule across the input, a per-DaemonSet rule, and an entry that no longer occurs.
    const entries = [all.entries.find((e) => e.ruleId === 'hostport-conflict')!, all.entries.find((e) => e.ruleId === 'probes')!, { ruleId: 'probes', name: 'gone', kind: 'DaemonSet', path: 'spec', count: 2 }];
    writeFileSync(path.join(work, 'out/baseline.json'), JSON.stringify({ version: 1, entries }));
    for (const format of ['json', 'sarif'] as const) {
      const expected = await cli(['-f', format, '--baseline', 'out/baseline.json', 'manifests']);
      expect(expected.stderr).toContain('2 findings in the baseline out/baseline.json no longer occur');
      expect(await shardAndMerge(3, format, format, ['--baseline', 'out/baseline.json'])).toEqual(expected);
    }
  });

  it('refuses shares that are missing, doubled, of another configuration, or of files changed since', async () => {
    await cli(['-f', 'json', '--shard', '1/2', '--collect-out', 'out/m1.collect.json', '-o', 'out/m1.json', 'manifests']);
    await cli(['-f', 'json', '--shard', '2/2', '--collect-out', 'out/m2.collect.json', '-o', 'out/m2.json', 'manifests']);
    const both = ['out/m1.json', 'out/m1.collect.json', 'out/m2.json', 'out/m2.collect.json'];
    expect(await cli(['merge', 'out/m1.json', 'out/m1.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: share 2/2 missing: merge needs every share\'s --collect-out file\n',
    });
    expect(await cli(['merge', 'out/m1.json', 'out/m2.json', 'out/m1.collect.json', 'out/m1.collect.json'])).toMatchObject({ code: 2, stderr: 'daemonlint: share 1/2 is given twice\n' });
    expect(await cli(['merge', '--rule', 'probes=off', ...both])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('was linted with other rules, levels, options or Kubernetes version'),
    });
    expect(await cli(['merge', '-f', 'sarif', ...both])).toMatchObject({ code: 2, stderr: expect.stringContaining('run the shares with --format sarif') });
    expect(await cli(['merge', 'out/m1.json', 'out/m2.json', 'out/m1.collect.json'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('got 2 report(s) and 1 --collect-out file(s)'),
    });
    const changed = path.join(work, 'manifests/apps/exporter-b.yaml');
    const text = readFileSync(changed, 'utf8');
    writeFileSync(changed, `# edited\n${text}`);
    try {
      expect(await cli(['merge', ...both])).toMatchObject({
        code: 2,
        stderr: 'daemonlint: manifests/apps/exporter-b.yaml is not what its share linted: merge in the same checkout and working directory as the shares\n',
      });
    } finally {
      writeFileSync(changed, text);
    }
  });

  it('reports as a single run with --quiet, --show-suppressed and --verbose does', async () => {
    const files: string[] = [];
    for (const k of [1, 2]) {
      await cli(['-f', 'json', '--shard', `${k}/2`, '--collect-out', `out/q${k}.collect.json`, '-o', `out/q${k}.json`, 'manifests']);
      files.push(`out/q${k}.json`, `out/q${k}.collect.json`);
    }
    for (const flags of [['-q'], ['-q', '--show-suppressed'], ['--verbose']]) {
      for (const format of ['stylish', 'json']) {
        const alone = await cli(['-f', format, ...flags, 'manifests']);
        expect(await cli(['merge', '-f', format, ...flags, ...files]), `${format} ${flags.join(' ')}`).toEqual(alone);
      }
    }
    // The flags change the report: the test would pass without them otherwise.
    expect((await cli(['-f', 'stylish', '-q', 'manifests'])).stdout).not.toBe(single.stylish.stdout);
  });

  it("refuses reports that are not one share's each: one given twice, a single run's, one naming a file no share linted", async () => {
    for (const k of [1, 2]) await cli(['-f', 'json', '--shard', `${k}/2`, '--collect-out', `out/p${k}.collect.json`, '-o', `out/p${k}.json`, 'manifests']);
    const collected = ['out/p1.collect.json', 'out/p2.collect.json'];
    const shareOfFirst = (report: string): string => {
      const first = (JSON.parse(readFileSync(path.join(work, report), 'utf8')) as { findings: { file: string }[] }).findings[0].file;
      return shardOf(first, 2) === 1 ? '1/2' : '2/2';
    };
    expect(await cli(['merge', 'out/p1.json', 'out/p1.json', ...collected])).toEqual({
      code: 2,
      stdout: '',
      stderr: `daemonlint: "out/p1.json" and "out/p1.json" both hold findings of share ${shareOfFirst('out/p1.json')}: give the merge each share's report once\n`,
    });
    await cli(['-f', 'json', '-o', 'out/p-single.json', 'manifests']);
    const single = await cli(['merge', 'out/p1.json', 'out/p-single.json', ...collected]);
    expect(single.code).toBe(2);
    expect(single.stderr).toMatch(/^daemonlint: "out\/p-single\.json" holds findings of share [12]\/2 and of share [12]\/2: a share's report holds its own files only \(a single run's report, or one of another split\?\)\n$|^daemonlint: "out\/p1\.json" and "out\/p-single\.json" both hold findings of share 1\/2: give the merge each share's report once\n$/);
    const report = JSON.parse(readFileSync(path.join(work, 'out/p2.json'), 'utf8')) as { findings: { file: string }[] };
    report.findings[report.findings.length - 1].file = 'manifests/zz-not-linted.yaml';
    writeFileSync(path.join(work, 'out/p2-foreign.json'), JSON.stringify(report, null, 2));
    expect(await cli(['merge', 'out/p1.json', 'out/p2-foreign.json', ...collected])).toEqual({
      code: 2,
      stdout: '',
      stderr: "daemonlint: \"out/p2-foreign.json\" holds findings of manifests/zz-not-linted.yaml, which no share linted: give the merge each share's report with its --collect-out file\n",
    });
    const related = JSON.parse(readFileSync(path.join(work, 'out/p2.json'), 'utf8')) as { findings: Record<string, unknown>[] };
    related.findings[0].related = [1];
    writeFileSync(path.join(work, 'out/p2-related.json'), JSON.stringify(related));
    expect(await cli(['merge', 'out/p1.json', 'out/p2-related.json', ...collected])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'daemonlint: "out/p2-related.json": finding 1 is not one daemonlint writes (a related place without file and message)\n',
    });
  });

  it.skipIf(process.platform === 'win32')('merges a report given through a FIFO, which gives its bytes once although a report is read more than once', async () => {
    await cli(['-f', 'json', '--shard', '1/2', '--collect-out', 'out/f1.collect.json', '-o', 'out/f1.json', 'manifests']);
    await cli(['-f', 'json', '--shard', '2/2', '--collect-out', 'out/f2.collect.json', '-o', 'out/f2.json', 'manifests']);
    const fifo = path.join(work, 'out/f2.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'cat out/f2.json > out/f2.fifo'], { cwd: work });
    const done = new Promise((resolve) => writer.on('exit', resolve));
    const merged = await cli(['merge', 'out/f1.json', 'out/f1.collect.json', 'out/f2.fifo', 'out/f2.collect.json']);
    await done;
    expect(merged).toEqual(single.json);
  });

  it('refuses a --collect-out file nested deeper than any share, and SARIF results of the wrong shape, naming the file', async () => {
    await cli(['-f', 'sarif', '--shard', '1/1', '--collect-out', 'out/d.collect.json', '-o', 'out/d.sarif', 'manifests']);
    const collected = readFileSync(path.join(work, 'out/d.collect.json'), 'utf8');
    writeFileSync(path.join(work, 'out/deep.collect.json'), `{"deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}, ${collected.slice(1)}`);
    expect(await cli(['merge', 'out/d.sarif', 'out/deep.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: "out/deep.collect.json" is not a --collect-out file daemonlint wrote: it is nested too deeply\n',
    });
    const log = JSON.parse(readFileSync(path.join(work, 'out/d.sarif'), 'utf8')) as { runs: { results: Record<string, unknown>[] }[] };
    const first = log.runs[0].results[0] as { locations: Record<string, unknown>[]; partialFingerprints: Record<string, unknown> };
    first.locations[0].logicalLocations = 5;
    writeFileSync(path.join(work, 'out/logical.sarif'), JSON.stringify(log));
    expect(await cli(['merge', 'out/logical.sarif', 'out/d.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: "out/logical.sarif": result 1 is not one daemonlint writes (logicalLocations that are not a list of objects)\n',
    });
    delete first.locations[0].logicalLocations;
    first.partialFingerprints = { 'daemonlint/v1': 5 };
    writeFileSync(path.join(work, 'out/fingerprint.sarif'), JSON.stringify(log));
    expect(await cli(['merge', 'out/fingerprint.sarif', 'out/d.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: "out/fingerprint.sarif": result 1 is not one daemonlint writes (no partialFingerprints of strings)\n',
    });
    first.partialFingerprints = {};
    (first as Record<string, unknown>).level = 'bogus';
    writeFileSync(path.join(work, 'out/level.sarif'), JSON.stringify(log));
    expect(await cli(['merge', 'out/level.sarif', 'out/d.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: "out/level.sarif": result 1 is not one daemonlint writes (no level of error, warning or note)\n',
    });
    (first as Record<string, unknown>).level = 'error';
    (first as Record<string, unknown>).relatedLocations = [{ id: 1, physicalLocation: { artifactLocation: { uri: 'x.yaml' } }, message: { text: 'rendered at x.yaml:1:1.' } }];
    writeFileSync(path.join(work, 'out/related.sarif'), JSON.stringify(log));
    expect(await cli(['merge', 'out/related.sarif', 'out/d.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: "out/related.sarif": result 1 is not one daemonlint writes (a related location without a region)\n',
    });
    (first as Record<string, unknown>).relatedLocations = 'none';
    writeFileSync(path.join(work, 'out/related.sarif'), JSON.stringify(log));
    expect(await cli(['merge', 'out/related.sarif', 'out/d.collect.json'])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: "out/related.sarif": result 1 is not one daemonlint writes (relatedLocations that are not a list)\n',
    });
  });
});
