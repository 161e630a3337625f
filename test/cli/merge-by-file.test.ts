import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { readFrame } from '../../src/inputs/json-elements.js';
import { jsonMergeByFile, sarifMergeByFile, type MergeLimits } from '../../src/cli/merge-by-file.js';
import { deliverByFile } from '../../src/cli/report-by-file.js';
import { writerLoaders } from '../../src/report/formats.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { compareFindings } from '../../src/run/lint-file.js';
import { mergeShares } from '../../src/run/merge.js';
import type { Share } from '../../src/run/share.js';
import { FileByFileBaseline, readBaseline } from '../../src/suppress/baseline.js';
import { fromBigintJson } from '../../src/types/bigint-json.js';

// The merge read in chunks smaller than one finding, with every file's findings spilled to the
// temporary file (a budget of one finding), still writes the single run's report byte for byte.

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sharded');
let work: string;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: work, env: { NO_COLOR: '1' }, stdoutIsTTY: false });
  return { code, stdout, stderr };
}

const single: Record<string, { code: number; stdout: string }> = {};
const FORMATS = ['json', 'stylish', 'github', 'junit', 'gitlab'] as const;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-merge-by-file-'));
  cpSync(fixture, path.join(work, 'manifests'), { recursive: true });
  cpSync(path.join(fixture, '.daemonlint.yaml'), path.join(work, '.daemonlint.yaml'));
  mkdirSync(path.join(work, 'out'));
  for (const format of [...FORMATS, 'sarif']) {
    const { code, stdout } = await cli(['-f', format, 'manifests']);
    single[format] = { code, stdout };
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The n shares' reports in `from` and their --collect-out files. */
async function shard(n: number, from: 'json' | 'sarif'): Promise<{ reports: string[]; shares: Share[] }> {
  const reports: string[] = [];
  const shares: Share[] = [];
  for (let k = 1; k <= n; k++) {
    const report = path.join(work, `out/${n}-${k}.${from}`);
    const collected = path.join(work, `out/${n}-${k}.${from}.collect.json`);
    expect((await cli(['-f', from, '--shard', `${k}/${n}`, '--collect-out', collected, '-o', report, 'manifests'])).stderr).toBe('');
    reports.push(report);
    shares.push(fromBigintJson(JSON.parse(readFileSync(collected, 'utf8'))) as Share);
  }
  return { reports, shares };
}

async function deliver(byFile: Parameters<typeof deliverByFile>[0], writer: Parameters<typeof deliverByFile>[1]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await deliverByFile(byFile, writer, { color: false, columns: 80 }, { cwd: work, to: (t) => (stdout += t), stderr: () => {} });
  return { code, stdout };
}

const LIMITS: MergeLimits[] = [
  { holdFindings: 1, chunk: 1 },
  { holdFindings: 1, chunk: 7 },
  { holdFindings: 3, chunk: 100 },
];

describe('merging file by file', () => {
  for (const n of [1, 2, 3]) {
    it(`joins ${n} shares' json reports, read in chunks of 1, 7 and 100 bytes and spilled, into the single run's reports`, async () => {
      const { reports, shares } = await shard(n, 'json');
      for (const limits of LIMITS) {
        // Every format at 7 and 100 bytes; json alone a byte at a time (slow, and the same reading).
        for (const format of limits.chunk === 1 ? (['json'] as const) : FORMATS) {
          const merged = await mergeShares(shares, { cwd: work });
          const byFile = jsonMergeByFile(
            reports.map((r) => ({ path: r, shownAs: r })),
            merged,
            undefined,
            limits,
          );
          expect({ format, limits, ...(await deliver(byFile, await writerLoaders[format]())) }).toEqual({ format, limits, ...single[format] });
        }
      }
    });

    it(`joins ${n} shares' sarif reports, read in chunks of 1, 7 and 100 bytes and spilled, into the single run's log`, async () => {
      const { reports, shares } = await shard(n, 'sarif');
      for (const limits of LIMITS) {
        const merged = await mergeShares(shares, { cwd: work });
        const added = { ...merged, findings: merged.findings.sort(compareFindings) };
        const logs = reports.map((r) => ({ report: { path: r, shownAs: r }, log: readFrame(r, r, [['runs', 0, 'results']]) as SarifLog }));
        // Side by side (the shares' results in path order), and through the store (a byte at a time: side by side only, it is slow).
        for (const stream of limits.chunk === 1 ? [true] : [true, false]) {
          const { byFile, writer } = sarifMergeByFile(logs, merged, added, undefined, limits, stream);
          expect({ limits, stream, ...(await deliver(byFile, writer)) }).toEqual({ limits, stream, ...single.sarif });
        }
      }
    });
  }

  it('joins a report whose files\' findings are not together into junit (stored first), and refuses it side by side', async () => {
    const { reports, shares } = await shard(2, 'json');
    const report = JSON.parse(readFileSync(reports[0], 'utf8')) as { findings: { file: string }[] };
    // The first finding of each file moved to the end: each file's findings in two runs.
    const firsts = report.findings.filter((f, i) => i === 0 || report.findings[i - 1].file !== f.file);
    expect(firsts.length).toBeGreaterThan(2);
    const { findings, ...rest } = report;
    const reordered = { findings: [...findings.filter((f) => !firsts.includes(f)), ...firsts], ...rest };
    // The findings first, the summary and tool after them, no whitespace.
    writeFileSync(reports[0], JSON.stringify(reordered));
    expect(Object.keys(JSON.parse(readFileSync(reports[0], 'utf8')) as object)[0]).toBe('findings');
    const merge = async (): Promise<ReturnType<typeof jsonMergeByFile>> => jsonMergeByFile(reports.map((r) => ({ path: r, shownAs: 'share-1.json' })), await mergeShares(shares, { cwd: work }), undefined, { holdFindings: 1, chunk: 7 });
    expect(await deliver(await merge(), await writerLoaders.junit())).toEqual(single.junit);
    const last = findings.filter((f) => !firsts.includes(f)).at(-1)!.file;
    await expect(deliver(await merge(), await writerLoaders.json())).rejects.toThrow(
      `"share-1.json" lists the findings of ${firsts[0].file} after those of ${last}: a share's report must list its files in path order, as daemonlint writes it`,
    );
  });

  it('applies a baseline over every share, counted in a first pass, in path order and in the input\'s', async () => {
    const written = await cli(['--write-baseline', 'out/all.baseline.json', 'manifests']);
    // The manifests hold a file that does not parse: no baseline takes it (exit 1).
    expect([written.code, written.stderr.split('\n')[1]]).toEqual([1, 'daemonlint: 1 yaml-syntax finding is not in the baseline (first: manifests/apps/broken.yaml:4:1): a baseline accepts no file that does not parse; fix it']);
    const all = JSON.parse(readFileSync(path.join(work, 'out/all.baseline.json'), 'utf8')) as { version: 1; entries: { ruleId: string; count: number }[] };
    const entries = [all.entries.find((e) => e.ruleId === 'hostport-conflict')!, all.entries.find((e) => e.ruleId === 'probes')!, { ruleId: 'probes', name: 'gone', kind: 'DaemonSet', path: 'spec', count: 2 }];
    const file = path.join(work, 'out/baseline.json');
    writeFileSync(file, JSON.stringify({ version: 1, entries }));
    const { reports, shares } = await shard(3, 'json');
    for (const format of ['json', 'junit'] as const) {
      const expected = await cli(['-f', format, '--baseline', 'out/baseline.json', 'manifests']);
      expect(expected.stderr).toContain('2 findings in the baseline out/baseline.json no longer occur');
      const baseline = new FileByFileBaseline(await readBaseline(file, 'out/baseline.json'), 'out/baseline.json');
      const byFile = jsonMergeByFile(
        reports.map((r) => ({ path: r, shownAs: r })),
        await mergeShares(shares, { cwd: work }),
        baseline,
        { holdFindings: 1, chunk: 7 },
      );
      let stderr = '';
      let stdout = '';
      const code = await deliverByFile(byFile, await writerLoaders[format](), { color: false, columns: 80 }, { cwd: work, to: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      expect({ format, code, stdout, stderr }).toEqual({ format, ...expected });
    }
  });

  it('refuses a cut or foreign report, naming it and the place', async () => {
    const files = [];
    for (let k = 1; k <= 2; k++) {
      const report = `out/c${k}.json`;
      const collected = `out/c${k}.collect.json`;
      await cli(['-f', 'json', '--shard', `${k}/2`, '--collect-out', collected, '-o', report, 'manifests']);
      files.push(report, collected);
    }
    const text = readFileSync(path.join(work, 'out/c1.json'), 'utf8');
    expect(JSON.parse(text).findings.length).toBeGreaterThan(0);
    const cut = text.indexOf('"ruleId": "') + '"ruleId": "'.length + 3;
    writeFileSync(path.join(work, 'out/c1.json'), text.slice(0, cut));
    expect(await cli(['merge', ...files])).toEqual({ code: 2, stdout: '', stderr: `daemonlint: cannot read "out/c1.json": not JSON (the text ends inside a string, at byte ${cut})\n` });
    writeFileSync(path.join(work, 'out/c1.json'), text.replace('"findings": [\n    {', '"findings": [\n    {"noise": [1, {"]": "["}]}, {'));
    expect(await cli(['merge', ...files])).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: "out/c1.json": finding 1 is not one daemonlint writes (no ruleId)\n' });
    writeFileSync(path.join(work, 'out/c1.json'), text.replace(/"path": "[^"]*"/, '"path": "a..b"'));
    expect(await cli(['merge', ...files])).toEqual({ code: 2, stdout: '', stderr: 'daemonlint: "out/c1.json": finding 1 is not one daemonlint writes (not a path: a..b)\n' });
    writeFileSync(path.join(work, 'out/c1.json'), `${text}]`);
    expect(await cli(['merge', ...files])).toEqual({ code: 2, stdout: '', stderr: `daemonlint: cannot read "out/c1.json": not JSON (text after the JSON value, at byte ${Buffer.byteLength(text)})\n` });
  });
});
