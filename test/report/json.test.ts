import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatJson, formatJsonPath, fromJsonFinding, parseJsonPath, toJsonReport } from '../../src/report/json.js';
import { cleanResult, fullResult, UNICODE_FILE } from './fixture.js';

const agent = { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'node-agent' };
const unicodeObject = { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ünï' };

describe('json', () => {
  it('writes the documented shape', () => {
    expect(JSON.parse(formatJson(fullResult(), { color: false }))).toStrictEqual({
      version: 1,
      tool: { name: 'daemonlint', version: '0.1.0' },
      summary: { files: 4, daemonSets: 3, errors: 3, warnings: 1, info: 0, suppressed: 2 },
      findings: [
        {
          ruleId: 'yaml-syntax',
          severity: 'error',
          message: 'unexpected end of the stream within a flow collection\n  at line 3',
          file: '<stdin>',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          object: {},
          path: '',
          documentIndex: 1,
        },
        {
          ruleId: 'no-replicas',
          severity: 'error',
          message: 'spec.replicas is not a DaemonSet field; remove it',
          messageId: 'replicas',
          file: 'manifests/agent.yaml',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 11,
          object: agent,
          path: 'spec.replicas',
          documentIndex: 0,
        },
        {
          ruleId: 'host-network',
          severity: 'error',
          message: 'hostNetwork: true puts the pod in the node network namespace',
          messageId: 'hostNetwork',
          file: 'manifests/agent.yaml',
          line: 12,
          column: 7,
          endLine: 12,
          endColumn: 18,
          object: agent,
          path: 'spec.template.spec.hostNetwork',
          documentIndex: 0,
          suppressed: { kind: 'inSource', justification: 'the CNI agent programs the node interfaces' },
        },
        {
          ruleId: 'probes',
          severity: 'warning',
          message: 'container "agent" has no readinessProbe',
          messageId: 'missing',
          file: 'manifests/agent.yaml',
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 13,
          object: agent,
          path: 'spec.template.spec.containers[0].name',
          documentIndex: 0,
        },
        {
          ruleId: 'privileged',
          severity: 'error',
          message: 'container "ünï" is privileged',
          messageId: 'privileged',
          file: UNICODE_FILE,
          line: 9,
          column: 13,
          endLine: 9,
          endColumn: 23,
          object: unicodeObject,
          path: 'spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/ünï"]',
          documentIndex: 2,
        },
        {
          ruleId: 'probes',
          severity: 'warning',
          message: 'container "ünï" has no readinessProbe',
          messageId: 'missing',
          file: UNICODE_FILE,
          line: 110,
          column: 11,
          endLine: 110,
          endColumn: 14,
          object: unicodeObject,
          path: 'spec.template.spec.containers[1].name',
          documentIndex: 2,
          suppressed: { kind: 'external', justification: 'probes are added by the mutating webhook' },
        },
      ],
    });
  });

  it('pretty-prints with two spaces, keys in documented order, and ends with a newline', () => {
    const text = formatJson(fullResult(), { color: false });
    expect(text.startsWith('{\n  "version": 1,\n  "tool": {\n    "name": "daemonlint",\n    "version": "0.1.0"\n  },\n  "summary": {\n')).toBe(true);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
    expect(text).toContain(
      [
        '    {',
        '      "ruleId": "no-replicas",',
        '      "severity": "error",',
        '      "message": "spec.replicas is not a DaemonSet field; remove it",',
        '      "messageId": "replicas",',
        '      "file": "manifests/agent.yaml",',
        '      "line": 7,',
        '      "column": 3,',
        '      "endLine": 7,',
        '      "endColumn": 11,',
        '      "object": {',
        '        "apiVersion": "apps/v1",',
        '        "kind": "DaemonSet",',
        '        "namespace": "kube-system",',
        '        "name": "node-agent"',
        '      },',
        '      "path": "spec.replicas",',
        '      "documentIndex": 0',
        '    },',
      ].join('\n'),
    );
  });

  it('ignores colour', () => {
    expect(formatJson(fullResult(), { color: true })).toBe(formatJson(fullResult(), { color: false }));
  });

  it('writes an empty findings list for a clean run', () => {
    expect(formatJson(cleanResult(), { color: false })).toBe(
      '{\n  "version": 1,\n  "tool": {\n    "name": "daemonlint",\n    "version": "0.1.0"\n  },\n' +
        '  "summary": {\n    "files": 2,\n    "daemonSets": 1,\n    "errors": 0,\n    "warnings": 0,\n    "info": 0,\n    "suppressed": 0\n  },\n' +
        '  "findings": []\n}\n',
    );
  });

  it.each([1, 999, 1000, 1001, 2500])('writes %i findings, in batches, exactly as one JSON.stringify of the whole report', (count) => {
    const base = fullResult();
    const findings = Array.from({ length: count }, (_, i) => ({ ...base.findings[i % base.findings.length], documentIndex: i }));
    // Every optional field of a finding, and a summary with a baseline.
    findings[count - 1] = {
      ...findings[count - 1],
      template: 'chart/templates/agent.yaml',
      related: [{ file: 'other.yaml', range: { start: { line: 2, column: 3, offset: 9 }, end: { line: 2, column: 8, offset: 14 } }, message: 'the other "one"' }],
    };
    const result = { ...base, findings, baseline: { file: '.daemonlint-baseline.json', matched: 2, stale: [{ ruleId: 'probes', path: 'spec', count: 1 }] } };
    const text = formatJson(result, { color: false });
    expect(text).toBe(`${JSON.stringify(toJsonReport(result), null, 2)}\n`);
    expect(JSON.parse(text).findings.map((f: { documentIndex: number }) => f.documentIndex)).toEqual(findings.map((f) => f.documentIndex));
  });

  it('does not leak engine-internal fields of a finding', () => {
    const result = fullResult();
    Object.assign(result.findings[1], { messageId: 'replicas', fix: { op: 'delete' } });
    const finding = JSON.parse(formatJson(result, { color: false })).findings[1];
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'messageId', 'file', 'line', 'column', 'endLine', 'endColumn', 'object', 'path', 'documentIndex']);
  });

  it('says whether a finding offers a fix and how safe it is, without the edit', () => {
    const result = fullResult();
    Object.assign(result.findings[0], { fixable: 'unsafe' });
    Object.assign(result.findings[1], { fixable: 'safe', fix: { range: result.findings[1].range, text: '' } });
    const findings = JSON.parse(formatJson(result, { color: false })).findings;
    expect(findings[0].fixable).toBe('unsafe');
    expect(findings[1].fixable).toBe('safe');
    expect(findings[1]).not.toHaveProperty('fix');
    expect(findings[2]).not.toHaveProperty('fixable');
  });
});

describe('formatJsonPath', () => {
  it.each([
    [[], ''],
    [['spec'], 'spec'],
    [['spec', 'template', 'spec', 'containers', 0, 'name'], 'spec.template.spec.containers[0].name'],
    [['spec', 'template', 'spec', 'containers', 12, 'securityContext', 'run_as-user'], 'spec.template.spec.containers[12].securityContext.run_as-user'],
    [['metadata', 'labels', 'app.kubernetes.io/name'], 'metadata.labels["app.kubernetes.io/name"]'],
    [['metadata', 'annotations', 'say "hi"'], 'metadata.annotations["say \\"hi\\""]'],
    [['data', ''], 'data[""]'],
    [['data', '0'], 'data["0"]'],
    [[0, 'a'], '[0].a'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatJsonPath(path)).toBe(expected);
    expect(parseJsonPath(expected)).toEqual(path);
  });

  it('is split back into the same segments, whatever the keys (parseJsonPath)', () => {
    const segment = fc.oneof(fc.nat(), fc.string(), fc.constantFrom('a', 'app.kubernetes.io/name', '\\"]', '[0]', '.'));
    fc.assert(
      fc.property(fc.array(segment), (path) => {
        expect(parseJsonPath(formatJsonPath(path))).toEqual(path);
      }),
    );
  });

  it('refuses text it cannot have written', () => {
    for (const text of ['a..b', '.a', '[x]', '["a"', 'a[0', '["a"]b']) expect(() => parseJsonPath(text)).toThrow(`not a path: ${text}`);
  });
});

describe('fromJsonFinding', () => {
  it('reads a finding back as the report wrote it, but for offsets and fix edits', () => {
    const result = fullResult();
    for (const f of result.findings) {
      const back = fromJsonFinding(JSON.parse(JSON.stringify(toJsonReport({ ...result, findings: [f] }).findings[0])));
      expect(toJsonReport({ ...result, findings: [back] })).toEqual(toJsonReport({ ...result, findings: [f] }));
      expect(back.messageId).toBe(f.messageId);
      expect(back.path).toEqual(f.path);
    }
  });
});
