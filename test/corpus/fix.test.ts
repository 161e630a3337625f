import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintRun } from '../../src/run/lint.js';
import { YAML_SYNTAX } from '../../src/run/lint-file.js';
import type { Finding } from '../../src/types/finding.js';

/**
 * `daemonlint --fix` over a copy of the shared corpus, run as users run it (the built CLI, so run
 * `npm run build` first): afterwards nothing fixable is left, every file it changed still parses,
 * every other file is byte for byte what it was, and the number of findings fixed per rule is
 * exactly what it was when this test was last updated. A change in those numbers is a change in
 * what --fix does to real manifests: look at the diff before updating them.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(process.env.DAEMONLINT_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const present = existsSync(path.join(corpus, 'real')) && existsSync(path.join(corpus, 'seeds'));

if (!present && process.env.CI) {
  throw new Error(`the corpus is missing at ${corpus}: CI must have ../shared/corpus beside the project (or set DAEMONLINT_CORPUS)`);
}
if (!present) console.warn(`corpus fix test skipped: no corpus at ${corpus} (set DAEMONLINT_CORPUS)`);

const SETS = ['real', 'seeds'];
const NOW = new Date('2026-11-23T00:00:00Z');

/**
 * Findings fixed per rule on the corpus (findings that carried a fix before --fix), by
 * `--fix --unsafe-fixes`: every fix is exercised on real manifests, whatever its safety.
 */
const EXPECTED_FIXED: Record<string, number> = {
  'api-version': 2,
  'control-plane-toleration': 24,
  'host-network-dns-policy': 14,
  'hostpath-readonly': 37,
  'no-deployment-fields': 1,
  'no-replicas': 1,
  'restart-policy-always': 1,
};

/** Of those, the fixes that are unsafe (plain --fix leaves them), per rule. */
const EXPECTED_UNSAFE: Record<string, number> = {
  'host-network-dns-policy': 14,
  'hostpath-readonly': 36,
};

const isFixable = (f: Finding): boolean => f.fix !== undefined && !f.suppressions?.length;

function countBy(findings: readonly Finding[], keep: (f: Finding) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (keep(f)) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return counts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort();
}

describe.runIf(present)('daemonlint --fix on the corpus', () => {
  let work: string;
  let before: LintRun;
  let after: LintRun;
  let cli: ReturnType<typeof spawnSync>;
  const lintAt = (cwd: string) => lint({ patterns: SETS, cwd, configFile: false, baselineFile: false, now: NOW, concurrency: 1 });

  beforeAll(async () => {
    const bin = path.join(root, 'bin', 'daemonlint.js');
    if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` before the corpus tests');
    work = mkdtempSync(path.join(tmpdir(), 'daemonlint-corpus-fix-'));
    cpSync(corpus, work, { recursive: true });
    // The shared corpus is read-only; a checkout the user fixes is not.
    chmodSync(work, 0o755);
    for (const f of readdirSync(work, { recursive: true, encoding: 'utf8' })) chmodSync(path.join(work, f), statSync(path.join(work, f)).isDirectory() ? 0o755 : 0o644);

    before = await lintAt(corpus);
    cli = spawnSync(process.execPath, [bin, '--fix', '--unsafe-fixes', '--no-config', '--no-baseline', ...SETS], { cwd: work, encoding: 'utf8', timeout: 120_000 });
    after = await lintAt(work);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs to the end and every fix it made passed verification', () => {
    expect(cli.error).toBeUndefined();
    // 0 or 1 (errors that have no fix remain); 2 would be a crash or a usage error.
    expect(cli.status, String(cli.stderr)).not.toBe(2);
    expect(String(cli.stderr)).not.toMatch(/not fixed:/);
  });

  it('leaves nothing that has a fix', () => {
    expect(after.findings.filter(isFixable).map((f) => `${f.file}:${f.range.start.line}: ${f.ruleId}: ${f.message}`)).toStrictEqual([]);
  });

  it('changes exactly the files that had something to fix, and each still parses', () => {
    const fixableFiles = new Set(before.findings.filter(isFixable).map((f) => f.file));
    const changed: string[] = [];
    for (const file of filesUnder(corpus)) {
      const original = readFileSync(path.join(corpus, file));
      const now = readFileSync(path.join(work, file));
      if (!original.equals(now)) changed.push(file);
    }
    expect(changed).toStrictEqual([...fixableFiles].sort());
    expect(filesUnder(work)).toStrictEqual(filesUnder(corpus));
    const syntax = (run: LintRun, file: string) => run.findings.filter((f) => f.file === file && f.ruleId === YAML_SYNTAX).length;
    for (const file of changed) expect(syntax(after, file), file).toBeLessThanOrEqual(syntax(before, file));
    expect(after.daemonSets).toBe(before.daemonSets);
  });

  it('fixes as many findings per rule as it did when this test was written', () => {
    const fixed = countBy(before.findings, isFixable);
    const totalBefore = countBy(before.findings, (f) => !f.suppressions?.length);
    const totalAfter = countBy(after.findings, (f) => !f.suppressions?.length);
    const rows = [...fixed.keys()].sort().map((rule) => [rule, String(fixed.get(rule)), String(totalBefore.get(rule) ?? 0), String(totalAfter.get(rule) ?? 0)]);
    const header = ['rule', 'fixed', 'findings before', 'findings after'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(`daemonlint --fix on the corpus (${before.files.length} files):\n${[line(header), ...rows.map(line)].join('\n')}`);

    expect(Object.fromEntries([...fixed].sort(([a], [b]) => (a < b ? -1 : 1)))).toStrictEqual(EXPECTED_FIXED);
    const unsafe = countBy(before.findings, (f) => isFixable(f) && f.fixable === 'unsafe');
    expect(Object.fromEntries([...unsafe].sort(([a], [b]) => (a < b ? -1 : 1)))).toStrictEqual(EXPECTED_UNSAFE);
    // What a fix repairs is gone, and fixing one finding neither hid nor raised another of its rule.
    for (const [rule, n] of fixed) expect(totalAfter.get(rule) ?? 0, rule).toBe((totalBefore.get(rule) ?? 0) - n);
  });
});
