import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatterNames, formatters } from '../../src/report/index.js';
import { writerLoaders } from '../../src/report/formats.js';
import { FileStore } from '../../src/run/file-store.js';
import { lintByFile, type ByFileOptions, type ByFileRun } from '../../src/run/lint-by-file.js';
import { lint } from '../../src/run/lint.js';
import type { Finding } from '../../src/types/finding.js';

// The CLI writes its report file by file (memory bounded by the largest file); the text must be
// what each formatter makes of lint()'s whole result, whether findings stayed in memory or went
// to disk, with the rules across the input, directives they may use, a baseline and stdin.

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sharded');
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-by-file-'));
  cpSync(fixture, path.join(work, 'manifests'), { recursive: true });
  cpSync(path.join(fixture, '.daemonlint.yaml'), path.join(work, '.daemonlint.yaml'));
});

async function byFileText(format: (typeof formatterNames)[number], options: ByFileOptions): Promise<string> {
  const run = await lintByFile(options);
  const writer = (await writerLoaders[format]())(run.run, { color: false });
  let body = '';
  try {
    for await (const file of run.files(writer.order)) writer.file(file.file, file.findings, file.objects, (t) => (body += t));
  } finally {
    run.close();
  }
  const { head, tail } = writer.ends();
  return head + body + tail;
}

const now = new Date('2026-12-06T00:00:00Z');
const stdin = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: from-stdin, namespace: logging}\nspec:\n  selector: {matchLabels: {app: collector}}\n  template:\n    metadata: {labels: {app: collector}}\n    spec:\n      containers: [{name: c, image: busybox}]\n';

describe('a report written file by file', () => {
  for (const [holdFindings, holdText] of [[0, 0], [5, 1_000_000], [1_000_000, 200]]) {
    it.each(formatterNames)(`%s: the text a formatter makes of the whole result (findings held in memory: ${holdFindings}, texts: ${holdText} characters)`, async (format) => {
      const options = { cwd: work, patterns: ['manifests', '-'], readStdin: async () => stdin, now, fixEdits: format === 'stylish' || format === 'sarif' };
      const whole = formatters[format](await lint(options), { color: false });
      expect(await byFileText(format, { ...options, holdFindings, holdText })).toBe(whole);
    });
  }

  it("makes a share's job (collect) as lint() does: the same share and report, in every shard", async () => {
    // A baseline in the config is the merge's to apply, as it is lint()'s.
    writeFileSync(path.join(work, 'baseline.json'), JSON.stringify({ version: 1, entries: [] }));
    for (const count of [1, 3]) {
      for (let index = 1; index <= count; index++) {
        const options = { cwd: work, patterns: ['manifests'], now, collect: true, shard: { index, count }, baselineFile: 'baseline.json' };
        const whole = await lint(options);
        const run = await lintByFile({ ...options, holdFindings: 2, holdText: 0 });
        run.close();
        expect(run.share).toEqual(whole.share);
        expect(whole.share?.objects.length).toBeGreaterThan(0);
        expect(await byFileText('json', { ...options, holdFindings: 2, holdText: 0 })).toBe(formatters.json(whole, { color: false }));
      }
    }
    // The fixture's comment directives that only a rule across the input could use are left to the merge.
    const all = await lintByFile({ cwd: work, patterns: ['manifests'], now, collect: true });
    all.close();
    expect(all.share?.deferred.length).toBeGreaterThan(0);
    expect(all.share?.files.filter((f) => f.sha256 !== undefined).length).toBeGreaterThan(0);
  });

  it('applies a baseline as lint() does: the same findings left out, the same stale entries', async () => {
    const first = await lint({ cwd: work, patterns: ['manifests'], now });
    // Accept every other finding's identity once, and one that never occurs.
    const entries = first.findings
      .filter((_, i) => i % 2 === 0)
      .map((f: Finding) => ({ ruleId: f.ruleId, kind: f.object?.kind, namespace: f.object?.namespace, name: f.object?.name, path: f.path.map(String).join('.'), messageId: f.messageId, ...(f.object?.name === undefined ? { file: f.file } : {}), count: 1 }));
    entries.push({ ruleId: 'probes', kind: 'DaemonSet', namespace: 'gone', name: 'gone', path: 'spec', messageId: undefined, count: 2 });
    writeFileSync(path.join(work, 'baseline.json'), JSON.stringify({ version: 1, entries }));
    const options = { cwd: work, patterns: ['manifests'], now, baselineFile: 'baseline.json' };
    const whole = await lint(options);
    expect(whole.baseline?.matched).toBeGreaterThan(0);
    expect(await byFileText('json', { ...options, holdFindings: 3 })).toBe(formatters.json(whole, { color: false }));
  });

  /**
   * Two DaemonSets with a host-port conflict, in a.yaml and b.yaml, and a run that reads stdin
   * after it has linted them (the batch is linted before the rules across the input run): its
   * reader edits a.yaml in between, moving every line down by one.
   */
  function editedBetween(holdText?: number, edited = 'a.yaml'): Promise<ByFileRun> {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-by-file-changed-'));
    const a = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a, namespace: n}\nspec:\n  selector: {matchLabels: {app: x}}\n  template:\n    metadata: {labels: {app: x}}\n    spec:\n      containers: [{name: c, image: busybox, ports: [{containerPort: 9100, hostPort: 9100}]}]\n';
    writeFileSync(path.join(dir, 'a.yaml'), a);
    writeFileSync(path.join(dir, 'b.yaml'), a.replace('name: a', 'name: b'));
    const rewrite = () => writeFileSync(path.join(dir, edited), `# edited\n${edited === 'a.yaml' ? a : a.replace('name: a', 'name: b')}`);
    return lintByFile({ cwd: dir, patterns: ['a.yaml', 'b.yaml', '-'], now, readStdin: async () => (rewrite(), ''), ...(holdText === undefined ? {} : { holdText }) });
  }

  it('refuses a file that changed before the rules across the input read it again', async () => {
    await expect(editedBetween(0)).rejects.toThrow('a.yaml changed while daemonlint read it: lint it again');
  });

  for (const [holdText, edited] of [[undefined, 'a.yaml'], [0, 'b.yaml']] as const) {
    it(`places the findings of the rules across the input in the text it linted, when it kept that text (${edited} edited, texts held: ${holdText ?? 'default'})`, async () => {
      // Within the budget every such text is kept; past it, the last file linted (b.yaml) still is.
      const run = await editedBetween(holdText, edited);
      try {
        const conflicts = [];
        for await (const file of run.files('path')) conflicts.push(...file.findings.filter((f) => f.ruleId === 'hostport-conflict').map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.related?.map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`).join(' ')}`));
        expect(conflicts).toEqual(['b.yaml:9:76 a.yaml:9:76']);
      } finally {
        run.close();
      }
    });
  }
});

describe('FileStore', () => {
  it('gives back each file as it was put, from memory or from disk, once', () => {
    const store = new FileStore(3);
    const finding = (n: number): Finding => ({
      ruleId: 'probes',
      severity: 'warning',
      message: `ü ✓ 𝄞 \u2028 "quoted" ${n}`,
      file: `f${n}.yaml`,
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
      documentIndex: n,
      path: ['spec', n],
    });
    // 250: several lines of the temporary file (a line holds 100).
    const files = [0, 1, 2, 3, 250, 4].map((n) => ({ findings: Array.from({ length: n }, (_, i) => finding(i)), objects: [] }));
    try {
      files.forEach((f, i) => store.put(i, f));
      for (const i of [3, 0, 4, 5, 2, 1]) expect(store.take(i)).toEqual(files[i]);
      expect(store.take(2)).toEqual({ findings: [], objects: [] });
    } finally {
      store.close();
    }
  });

});
