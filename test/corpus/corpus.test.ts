import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEvents } from 'js-yaml';
import { lint, type LintRun } from '../../src/run/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import { buildDocuments } from '../../src/yaml/event-reader.js';
import { parseChunkLeniently } from '../../src/yaml/lenient-reader.js';
import { splitDocuments } from '../../src/yaml/split-documents.js';
import type { Finding } from '../../src/types/finding.js';
import { formatSarif } from '../../src/report/sarif.js';
import { describeResults, runValidator, unjustified } from '../report/sarif-validator.js';

/**
 * The shared corpus of real manifests: no crash, valid SARIF, and a committed snapshot of every
 * finding per file. A snapshot change is a change in behaviour on real manifests: read each new
 * line and decide whether it is a real problem in that manifest before accepting it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(process.env.DAEMONLINT_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const present = existsSync(path.join(corpus, 'real')) && existsSync(path.join(corpus, 'seeds'));

if (!present && process.env.CI) {
  throw new Error(`the corpus is missing at ${corpus}: CI must have ../shared/corpus beside the project (or set DAEMONLINT_CORPUS)`);
}
if (!present) console.warn(`corpus tests skipped: no corpus at ${corpus} (set DAEMONLINT_CORPUS)`);

/** What a headline may take: one line of a terminal. */
const HEADLINE_LENGTH = 80;
/**
 * A headline names what is wrong with the values that identify it: a quoted name or a host path
 * from the manifest counts as at most this many characters, since a headline cannot shorten
 * `/var/lib/kubelet/plugins/ebs.csi.aws.com/` without losing what it identifies.
 */
const VALUE_LENGTH = 16;
const VALUES = /"(?:[^"\\]|\\.)*"|\/[^\s,;:)]*/g;

/** A headline's length with each identifying value counted at most VALUE_LENGTH characters. */
function headlineLength(message: string): number {
  return [...message.replace(VALUES, (v) => [...v].slice(0, VALUE_LENGTH).join(''))].length;
}

// Justification expiry depends on the date: the corpus is judged on a fixed one.
const NOW = new Date('2026-11-23T00:00:00Z');

function render(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const where = `${f.file}:${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`;
      const status = f.suppressions?.length ? `suppressed (${f.suppressions[0].justification})` : f.severity;
      return `${where} ${status} ${f.ruleId}: ${f.message}`;
    })
    .join('\n')
    .concat('\n');
}

describe.runIf(present).each(['real', 'seeds'])('corpus/%s', (set) => {
  let run: LintRun;
  const lintSet = async (): Promise<LintRun> =>
    (run ??= await lint({ patterns: [set], cwd: corpus, configFile: false, now: NOW, concurrency: 1 }));

  it('lints every file without an internal error', async () => {
    const result = await lintSet();
    const files = readdirSync(path.join(corpus, set)).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(result.files).toHaveLength(files.length);
    expect(result.daemonSets).toBeGreaterThanOrEqual(files.length);
    for (const f of result.findings) {
      expect(f.range.start.line).toBeGreaterThanOrEqual(1);
      expect(f.range.start.column).toBeGreaterThanOrEqual(1);
      expect(f.range.end.offset).toBeGreaterThanOrEqual(f.range.start.offset);
    }
  });

  it('reads every document that kubectl reads (no yaml-syntax finding)', async () => {
    const result = await lintSet();
    expect(result.findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => `${f.file}:${f.range.start.line}: ${f.message}`)).toEqual([]);
  });

  it('reads every document alike with the event reader and the lenient reader', async () => {
    const result = await lintSet();
    for (const source of result.sources) {
      for (const chunk of splitDocuments(source.text)) {
        if (chunk.skip) continue;
        const text = source.text.slice(chunk.start, chunk.end);
        let events;
        try {
          events = parseEvents(text, {});
        } catch {
          continue; // read by the lenient reader only
        }
        const built = buildDocuments(events, text, 0)[0];
        const lenient = parseChunkLeniently(text, 0);
        expect(lenient.value, `${source.path} document ${chunk.index}`).toStrictEqual(built.value);
      }
    }
  });

  it('matches the committed snapshot of findings', async () => {
    const result = await lintSet();
    await expect(render(result.findings)).toMatchFileSnapshot(`./snapshots/${set}.txt`);
  });

  it('gives headlines of one line and at most 80 characters (long names and paths aside), each with a help, under every rule', async () => {
    const all = await lint({ patterns: [set], cwd: corpus, config: { ...defaultConfig(), extends: 'all' }, now: NOW, concurrency: 1 });
    const long = all.findings
      .filter((f) => headlineLength(f.message) > HEADLINE_LENGTH || /[\r\n]/.test(f.message) || !f.help)
      .map((f) => `${f.ruleId}: ${f.message} (${[...f.message].length})${f.help ? '' : ' without a help'}`);
    expect(long).toEqual([]);
  });

  it('gives SARIF the validator accepts', async () => {
    const result = await lintSet();
    const problems = unjustified(runValidator(formatSarif(result, { color: false })));
    expect(problems, describeResults(problems)).toEqual([]);
  });
});
