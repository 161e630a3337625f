import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/types/finding.js';
import { codeQualitySeverity, formatGitlab, toCodeQuality, type CodeQualityIssue } from '../../src/report/gitlab.js';
import { formatters, getFormatter } from '../../src/report/index.js';
import { FINGERPRINT_KEY, toSarif } from '../../src/report/sarif.js';
import { cleanResult, fullResult, rules } from './fixture.js';

function gitlab(result: LintResult): CodeQualityIssue[] {
  return JSON.parse(formatGitlab(result, { color: false })) as CodeQualityIssue[];
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'probes',
    severity: 'warning',
    message: 'container "agent" has no readinessProbe',
    messageId: 'missing',
    file: 'a.yaml',
    range: { start: { line: 4, column: 5, offset: 0 }, end: { line: 4, column: 9, offset: 0 } },
    documentIndex: 0,
    object: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent' },
    path: ['spec', 'template', 'spec', 'containers', 0, 'name'],
    ...overrides,
  };
}

function result(findings: Finding[], files = ['a.yaml']): LintResult {
  return { findings, files, daemonSets: 1, rules, cwd: '/work/project', toolVersion: '0.1.0' };
}

/**
 * What GitLab's code quality documentation requires of each entry ("Code Quality report format"):
 * a JSON array of objects with these properties and these severities.
 */
const reportSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./)' } },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
};

describe('gitlab', () => {
  it('is registered as --format gitlab', () => {
    expect(getFormatter('gitlab')).toBe(formatGitlab);
    expect(Object.keys(formatters)).toContain('gitlab');
  });

  it('writes the code quality array, without suppressed findings', () => {
    expect(formatGitlab(fullResult(), { color: false })).toBe(
      `${JSON.stringify(
        [
          {
            description: 'unexpected end of the stream within a flow collection\n  at line 3',
            check_name: 'yaml-syntax',
            fingerprint: 'b455bfaf2d9deb9c77ce08a1baa5156b:1',
            severity: 'major',
            location: { path: '<stdin>', lines: { begin: 3, end: 3 } },
          },
          {
            description: 'spec.replicas is not a DaemonSet field; remove it',
            check_name: 'no-replicas',
            fingerprint: 'f4a428a3b31a439efa29165dad2a91ab:1',
            severity: 'major',
            location: { path: 'manifests/agent.yaml', lines: { begin: 7, end: 7 } },
          },
          {
            description: 'container "agent" has no readinessProbe',
            check_name: 'probes',
            fingerprint: 'c3b1329422db108d5018b2e7d5534e53:1',
            severity: 'minor',
            location: { path: 'manifests/agent.yaml', lines: { begin: 15, end: 15 } },
          },
          {
            description: 'container "ünï" is privileged',
            check_name: 'privileged',
            fingerprint: 'e9959f1ca205389ae72480612a77911e:1',
            severity: 'blocker',
            location: { path: 'manifests/my dir/ünïcode agent.yaml', lines: { begin: 9, end: 9 } },
          },
        ],
        null,
        2,
      )}\n`,
    );
  });

  it('writes an empty array when there is nothing to report', () => {
    expect(formatGitlab(cleanResult(), { color: false })).toBe('[]\n');
  });

  it('matches what GitLab documents for the report', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
    for (const r of [fullResult(), cleanResult()]) {
      const report = gitlab(r);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('gives each finding the fingerprint SARIF gives it', () => {
    const r = fullResult();
    const sarif = toSarif(r).runs[0].results;
    const byMessage = new Map(sarif.map((s) => [s.message.text, s.partialFingerprints[FINGERPRINT_KEY]]));
    for (const issue of toCodeQuality(r)) {
      const text = /[.!?]$/.test(issue.description) ? issue.description : `${issue.description}.`;
      expect(issue.fingerprint).toBe(byMessage.get(text));
    }
  });

  it('keeps fingerprints when lines move and tells identical findings apart', () => {
    const moved = (f: Finding, by: number): Finding => ({
      ...f,
      range: { start: { ...f.range.start, line: f.range.start.line + by }, end: { ...f.range.end, line: f.range.end.line + by } },
    });
    const a = finding({});
    const b = finding({ documentIndex: 1 });
    const before = toCodeQuality(result([a, b])).map((i) => i.fingerprint);
    const after = toCodeQuality(result([moved(a, 10), moved(b, 12)])).map((i) => i.fingerprint);
    expect(after).toStrictEqual(before);
    expect(before[0].replace(/:\d+$/, '')).toBe(before[1].replace(/:\d+$/, ''));
    expect(before.map((f) => f.slice(-2))).toStrictEqual([':1', ':2']);
    // A suppressed neighbour is not reported but keeps its place in the numbering, so unsuppressing it changes no other fingerprint.
    const withSuppressed = toCodeQuality(result([{ ...a, suppressions: [{ kind: 'external', justification: 'x' }] }, b]));
    expect(withSuppressed.map((i) => i.fingerprint)).toStrictEqual([before[1]]);
  });

  it('maps severities: warning minor, error major, security errors critical (7.0+) or blocker (9.0+)', () => {
    const severity = (f: Partial<Finding>, securitySeverity?: number) =>
      codeQualitySeverity(finding(f), { id: 'r', description: '', severity: 'error', fixable: false, tags: [], helpUri: '', ...(securitySeverity === undefined ? {} : { securitySeverity }) });
    expect(severity({ severity: 'warning' })).toBe('minor');
    expect(severity({ severity: 'warning' }, 9.5)).toBe('minor');
    expect(severity({ severity: 'error' })).toBe('major');
    expect(severity({ severity: 'error' }, 6.9)).toBe('major');
    expect(severity({ severity: 'error' }, 7)).toBe('critical');
    expect(severity({ severity: 'error' }, 8.9)).toBe('critical');
    expect(severity({ severity: 'error' }, 9)).toBe('blocker');
    // A rule the result does not describe (a plugin without metadata) has no security severity.
    expect(codeQualitySeverity(finding({ severity: 'error' }), undefined)).toBe('major');
    // In the fixture host-network (7.5) is suppressed and privileged (9.0) is not.
    expect(gitlab(result([finding({ ruleId: 'host-network', severity: 'error' })]))[0].severity).toBe('critical');
  });

  it('gives paths relative to the working directory with /, and the last line a range covers', () => {
    const at = (file: string, endLine: number, endColumn: number) =>
      gitlab(result([finding({ file, range: { start: { line: 4, column: 5, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } } })], [file]))[0].location;
    expect(at('./deploy/agent.yaml', 9, 3)).toStrictEqual({ path: 'deploy/agent.yaml', lines: { begin: 4, end: 9 } });
    expect(at('/work/project/deploy/agent.yaml', 9, 1)).toStrictEqual({ path: 'deploy/agent.yaml', lines: { begin: 4, end: 8 } });
  });
});
