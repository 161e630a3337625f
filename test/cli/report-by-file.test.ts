import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { deliverByFile } from '../../src/cli/report-by-file.js';
import { formatterNames, formatters } from '../../src/report/index.js';
import { writerLoaders } from '../../src/report/formats.js';
import { lintByFile } from '../../src/run/lint-by-file.js';
import { lint } from '../../src/run/lint.js';
import type { Finding } from '../../src/types/finding.js';

// --quiet on the CLI's file-by-file path: the report is that of lint()'s whole result with the
// hidden findings taken out; the exit code counts every finding (ESLint's --quiet leaves
// --max-warnings in force: eslint/eslint#14202).

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sharded');
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-report-by-file-'));
  cpSync(fixture, path.join(work, 'manifests'), { recursive: true });
  cpSync(path.join(fixture, '.daemonlint.yaml'), path.join(work, '.daemonlint.yaml'));
});

const now = new Date('2026-12-06T00:00:00Z');
const errorsOnly = (f: Finding): boolean => !f.suppressions?.length && f.severity === 'error';

describe('a report written file by file, with only some findings shown', () => {
  it.each(formatterNames.filter((name) => name !== 'coverage'))('%s: the text and exit code of the whole result, filtered', async (format) => {
    const options = { cwd: work, patterns: ['manifests'], now, fixEdits: format === 'stylish' || format === 'sarif' };
    const whole = await lint(options);
    const shown = { ...whole, findings: whole.findings.filter(errorsOnly) };
    expect(shown.findings.length).toBeGreaterThan(0);
    expect(shown.findings.length).toBeLessThan(whole.findings.length);

    let text = '';
    let stderr = '';
    const code = await deliverByFile(await lintByFile(options), await writerLoaders[format](), { color: false }, { cwd: work, to: (t) => (text += t), stderr: (t) => (stderr += t), maxWarnings: 0 }, errorsOnly);
    expect(text).toBe(formatters[format](shown, { color: false }));
    // Errors fail the run; the hidden warnings still count towards --max-warnings, and it says so.
    const warnings = whole.findings.filter((f) => !f.suppressions?.length && f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect({ code, stderr }).toEqual({ code: 1, stderr: `daemonlint: too many warnings (${warnings}, --max-warnings 0): exit 1\n` });
  });
});
