import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/types/finding.js';
import { FINGERPRINT_KEY, formatSarif, type SarifLog } from '../../src/report/sarif.js';
import { cleanResult, fixableResult, fullResult } from './fixture.js';
import { describeResults, multitoolPath, runValidator, unjustified } from './sarif-validator.js';

function sarif(result: LintResult): SarifLog {
  return JSON.parse(formatSarif(result, { color: false })) as SarifLog;
}

function fingerprints(log: SarifLog): string[] {
  return log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
}

function moved(result: LintResult, file: string, lines: number): LintResult {
  const shift = (p: Finding['range']['start']) => ({ ...p, line: p.line + lines });
  return {
    ...result,
    findings: result.findings.map((f) => (f.file === file ? { ...f, range: { start: shift(f.range.start), end: shift(f.range.end) } } : f)),
  };
}

describe('sarif log', () => {
  const log = sarif(fullResult());
  const run = log.runs[0];

  it('describes the tool and every rule that ran', () => {
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const { rules, ...driver } = run.tool.driver;
    expect(driver).toStrictEqual({
      name: 'daemonlint',
      version: '0.1.0',
      semanticVersion: '0.1.0',
      informationUri: 'https://github.com/daemonlint/daemonlint',
    });
    expect(rules.map((r) => [r.id, r.name])).toStrictEqual([
      ['host-network', 'HostNetwork'],
      ['no-replicas', 'NoReplicas'],
      // One-word ids have no friendly name distinct from the id, and SARIF forbids repeating the id.
      ['privileged', undefined],
      ['probes', undefined],
      ['yaml-syntax', 'YamlSyntax'],
    ]);
    expect(rules[1]).toStrictEqual({
      id: 'no-replicas',
      name: 'NoReplicas',
      shortDescription: { text: 'A DaemonSet has no replica count: it runs one pod on every selected node.' },
      fullDescription: { text: 'A DaemonSet has no replica count: it runs one pod on every selected node.' },
      help: {
        text: 'A DaemonSet has no replica count: it runs one pod on every selected node.\n\nDocumentation: https://github.com/daemonlint/daemonlint/blob/main/docs/rules/no-replicas.md',
        markdown:
          'A DaemonSet has no replica count: it runs one pod on every selected node.\n\n[Documentation](https://github.com/daemonlint/daemonlint/blob/main/docs/rules/no-replicas.md)',
      },
      helpUri: 'https://github.com/daemonlint/daemonlint/blob/main/docs/rules/no-replicas.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['api'], precision: 'very-high' },
    });
  });

  it('gives security rules a security-severity string and the security tag GitHub needs to read it', () => {
    const privileged = run.tool.driver.rules[2];
    expect(privileged.properties).toStrictEqual({ tags: ['privilege', 'security'], precision: 'very-high', 'security-severity': '9.0' });
    expect(run.tool.driver.rules[0].properties).toStrictEqual({ tags: ['security'], precision: 'very-high', 'security-severity': '7.5' });
    expect(run.tool.driver.rules[3].properties).toStrictEqual({ tags: ['reliability'], precision: 'very-high' });
  });

  it('uses the rule documentation as help markdown when there is some, and splits off a short description', () => {
    const privileged = run.tool.driver.rules[2];
    expect(privileged.help.markdown).toBe('# privileged\n\nA privileged container can do anything the node can.\n');
    expect(privileged.shortDescription.text).toBe('A privileged container has every capability and all host devices.');
    expect(privileged.fullDescription.text).toBe('A privileged container has every capability and all host devices. Justify it or drop it.');
    expect(run.tool.driver.rules[4].shortDescription.text).toBe('A YAML or JSON document that does not parse.');
  });

  it('lists every file read as an artifact, relative to %SRCROOT% and percent-encoded', () => {
    expect(run.originalUriBaseIds).toStrictEqual({ '%SRCROOT%': { uri: 'file:///work/project/' } });
    expect(run.artifacts).toStrictEqual([
      { location: { uri: 'stdin', description: { text: 'Standard input.' } }, roles: ['analysisTarget'] },
      { location: { uri: 'manifests/agent.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'manifests/clean.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
      { location: { uri: 'manifests/my%20dir/%C3%BCn%C3%AFcode%20agent.yaml', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'] },
    ]);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('writes each finding as a result pointing at its rule, file and region', () => {
    expect(run.results).toHaveLength(6);
    for (const [i, r] of run.results.entries()) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      const location = r.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[location.index as number].location.uri).toBe(location.uri);
      expect(r.ruleId).toBe(fullResult().findings[i].ruleId);
    }
    const { partialFingerprints, ...rest } = run.results[1];
    expect(partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}:1$/);
    expect(rest).toStrictEqual({
      ruleId: 'no-replicas',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'spec.replicas is not a DaemonSet field; remove it.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'manifests/agent.yaml', uriBaseId: '%SRCROOT%', index: 1 },
            region: { startLine: 7, startColumn: 3, endLine: 7, endColumn: 11 },
          },
          logicalLocations: [{ fullyQualifiedName: 'kube-system/DaemonSet/node-agent', kind: 'resource', name: 'node-agent' }],
        },
      ],
      properties: { path: 'spec.replicas', documentIndex: 0, messageId: 'replicas' },
    });
  });

  it('points stdin findings at an artifact outside the source root and omits the logical location of an unknown object', () => {
    const stdin = run.results[0];
    expect(stdin.locations[0]).toStrictEqual({
      physicalLocation: { artifactLocation: { uri: 'stdin', index: 0 }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 1 } },
    });
    expect(stdin.message.text).toBe('unexpected end of the stream within a flow collection\n  at line 3.');
  });

  it('marks suppressed findings as accepted suppressions with their justification, at their rule level', () => {
    expect(run.results[2].suppressions).toStrictEqual([{ kind: 'inSource', status: 'accepted', justification: 'the CNI agent programs the node interfaces' }]);
    expect(run.results[2].level).toBe('error');
    expect(run.results[5].suppressions).toStrictEqual([{ kind: 'external', status: 'accepted', justification: 'probes are added by the mutating webhook' }]);
    expect(run.results.filter((r) => r.suppressions).length).toBe(2);
  });

  it('is pretty-printed JSON with a trailing newline, the same with or without colour', () => {
    const text = formatSarif(fullResult(), { color: false });
    expect(text.startsWith('{\n  "$schema": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(formatSarif(fullResult(), { color: true })).toBe(text);
  });

  it('writes an empty results array for a clean run', () => {
    const clean = sarif(cleanResult()).runs[0];
    expect(clean.results).toStrictEqual([]);
    expect(clean.artifacts.map((a) => a.location.uri)).toStrictEqual(['a.yaml', 'b.yaml']);
    expect(clean.tool.driver.rules).toHaveLength(5);
  });
});

describe('sarif fixes', () => {
  const results = sarif(fixableResult()).runs[0].results;
  const artifactLocation = { uri: 'manifests/fixable.yaml', uriBaseId: '%SRCROOT%', index: 0 };

  it('gives a fixable finding the edit --fix makes, in the result\'s own file', () => {
    expect(results[0].fixes).toStrictEqual([
      {
        description: { text: 'Delete line 7.' },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { startLine: 7, startColumn: 1, endLine: 8, endColumn: 1 } }] }],
        properties: { safety: 'safe' },
      },
    ]);
    expect(results[0].fixes?.[0].artifactChanges[0].artifactLocation).toStrictEqual(results[0].locations[0].physicalLocation.artifactLocation);
    expect(results[1].fixes).toStrictEqual([
      {
        description: { text: 'Replace line 14, columns 22-30 with `Always`.' },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{ deletedRegion: { startLine: 14, startColumn: 22, endLine: 14, endColumn: 31 }, insertedContent: { text: 'Always' } }],
          },
        ],
        properties: { safety: 'safe' },
      },
    ]);
  });

  it('writes an insertion as a zero-length region (an insertion point), keeping the file\'s line ending', () => {
    expect(results[2].fixes).toStrictEqual([
      {
        description: { text: 'Insert `readOnly: true`.' },
        artifactChanges: [
          {
            artifactLocation,
            replacements: [{ deletedRegion: { startLine: 21, startColumn: 1, endLine: 21, endColumn: 1 }, insertedContent: { text: '          readOnly: true\r\n' } }],
          },
        ],
        properties: { safety: 'safe' },
      },
    ]);
  });

  it('marks an unsafe fix in its properties and says so in its description', () => {
    const [base] = fixableResult().findings;
    const fix = { range: { start: { line: 9, column: 1, offset: 0 }, end: { line: 9, column: 1, offset: 0 } }, text: '      dnsPolicy: Default\n' };
    const [unsafe] = sarif({ ...fixableResult(), findings: [{ ...base, fix, fixable: 'unsafe' }] }).runs[0].results[0].fixes ?? [];
    expect(unsafe.properties).toStrictEqual({ safety: 'unsafe' });
    expect(unsafe.description.text).toBe('Insert `dnsPolicy: Default`. Unsafe fix: it may change what the workload does; --fix applies it only with --unsafe-fixes.');
  });

  it('offers no fix for a suppressed finding, nor for findings without one', () => {
    expect(results[3].suppressions).toHaveLength(1);
    expect(results[3]).not.toHaveProperty('fixes');
    expect(sarif(fullResult()).runs[0].results.filter((r) => 'fixes' in r)).toStrictEqual([]);
  });

  it('describes a deletion across lines and shortens long insertions', () => {
    const [base] = fixableResult().findings;
    const describe = (fix: Finding['fix']) => sarif({ ...fixableResult(), findings: [{ ...base, fix }] }).runs[0].results[0].fixes?.[0].description.text;
    const at = (line: number, column: number) => ({ line, column, offset: 0 });
    expect(describe({ range: { start: at(3, 1), end: at(6, 1) }, text: '' })).toBe('Delete lines 3-5.');
    expect(describe({ range: { start: at(3, 5), end: at(4, 2) }, text: '' })).toBe('Delete from line 3, column 5 up to line 4, column 2.');
    const long = `tolerations:\n- key: node-role.kubernetes.io/control-plane\n  operator: Exists\n  effect: NoSchedule\n`;
    expect(describe({ range: { start: at(9, 1), end: at(9, 1) }, text: long })).toBe(
      'Insert `tolerations: - key: node-role.kubernetes.io/control-plane operator: Exists effect: NoSchedule`.',
    );
    expect(describe({ range: { start: at(9, 1), end: at(9, 1) }, text: 'x'.repeat(200) })).toBe(`Insert \`${'x'.repeat(119)}…\`.`);
  });
});

describe('sarif uris', () => {
  function uriOf(file: string, cwd = '/work/project'): string {
    const result: LintResult = { ...cleanResult(), cwd, files: [file] };
    return sarif(result).runs[0].artifacts[0].location.uri;
  }

  it('percent-encodes what would change the meaning of a path', () => {
    expect(uriOf('c:odd#name?.yaml')).toBe('c%3Aodd%23name%3F.yaml');
    expect(uriOf('100%/a b.yaml')).toBe('100%25/a%20b.yaml');
  });

  it('normalises relative paths', () => {
    expect(uriOf('./deploy//ds.yaml')).toBe('deploy/ds.yaml');
    expect(uriOf('deploy/../other/ds.yaml')).toBe('other/ds.yaml');
    expect(uriOf('../up.yaml')).toBe('../up.yaml');
  });

  it('makes absolute paths relative to the working directory', () => {
    expect(uriOf('/work/project/deploy/ds.yaml')).toBe('deploy/ds.yaml');
    expect(uriOf('/work/other/ds.yaml')).toBe('../other/ds.yaml');
  });

  it('gives the source root a trailing slash so relative URIs resolve inside it', () => {
    expect(sarif({ ...cleanResult(), cwd: '/' }).runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///');
    expect(sarif({ ...cleanResult(), cwd: '/a dir/ü' }).runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///a%20dir/%C3%BC/');
  });
});

describe('sarif partialFingerprints', () => {
  it('stay identical when a finding moves down three lines', () => {
    const before = fingerprints(sarif(fullResult()));
    const after = fingerprints(sarif(moved(fullResult(), 'manifests/agent.yaml', 3)));
    expect(after).toStrictEqual(before);
    // The regions did move, so the test is not comparing a log with itself.
    expect(sarif(moved(fullResult(), 'manifests/agent.yaml', 3)).runs[0].results[1].locations[0].physicalLocation.region.startLine).toBe(10);
  });

  it('contain no line number', () => {
    const result = fullResult();
    const one = fingerprints(sarif(result));
    for (const f of result.findings) f.range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    expect(fingerprints(sarif(result))).toStrictEqual(one);
  });

  it('are distinct for distinct findings', () => {
    const all = fingerprints(sarif(fullResult()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('change with the path, the object and the file, not with reworded messages that keep their id', () => {
    const base = fullResult();
    const [, replicas] = base.findings;
    const fp = (f: Finding) => fingerprints(sarif({ ...base, findings: [f] }))[0];
    const original = fp(replicas);
    expect(fp({ ...replicas, message: 'spec.replicas (3) is not a DaemonSet field' })).toBe(original);
    expect(fp({ ...replicas, object: { ...replicas.object, apiVersion: 'apps/v1beta2' } })).toBe(original);
    expect(fp({ ...replicas, path: ['spec', 'replicas', 0] })).not.toBe(original);
    expect(fp({ ...replicas, object: { ...replicas.object, name: 'other' } })).not.toBe(original);
    expect(fp({ ...replicas, object: { ...replicas.object, namespace: 'default' } })).not.toBe(original);
    expect(fp({ ...replicas, file: 'manifests/agent-copy.yaml' })).not.toBe(original);
    expect(fp({ ...replicas, messageId: 'other' })).not.toBe(original);
    expect(fp({ ...replicas, ruleId: 'privileged' })).not.toBe(original);
    // Without a message id the text is all that tells two messages of one rule apart.
    const noId = { ...replicas, messageId: undefined };
    expect(fp({ ...noId, message: 'reworded' })).not.toBe(fp(noId));
  });

  it('number findings that share every stable attribute in file order', () => {
    const base = fullResult();
    const nameless: Finding = { ...base.findings[0], file: 'a.yaml', ruleId: 'yaml-syntax', path: [] };
    const twice = [nameless, { ...nameless, range: { start: { line: 9, column: 1, offset: 0 }, end: { line: 9, column: 1, offset: 0 } }, documentIndex: 2 }];
    const [first, second] = fingerprints(sarif({ ...base, findings: twice }));
    expect(first.endsWith(':1')).toBe(true);
    expect(second).toBe(`${first.slice(0, -2)}:2`);
  });
});

/**
 * The multitool's JSON-schema pass does not report anything in this version (a log with an
 * unknown `level` passes silently, and its other rules are then skipped because the log does
 * not deserialize), so the schema check is done here with the schema the multitool ships.
 */
describe('sarif schema', () => {
  const schemaPath = path.join(path.dirname(multitoolPath()), 'sarif-2.1.0.json');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // RFC 3986 characters only, with well-formed percent escapes: a raw space or `ü` must fail.
  const uriChars = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', (s: string) => uriChars.test(s));
  ajv.addFormat('uri', (s: string) => uriChars.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);

  it.each([
    ['a full result', fullResult()],
    ['a clean result', cleanResult()],
    ['a result with fixes', fixableResult()],
  ])('accepts %s', (_name, result) => {
    const valid = validate(JSON.parse(formatSarif(result, { color: false })));
    expect(validate.errors ?? []).toStrictEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects what it should (so the checks above can fail)', () => {
    const broken = sarif(fullResult()) as unknown as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = 'my dir/ü.yaml';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toStrictEqual(['enum', 'format']);
  });
});

describe('Sarif.Multitool validate --rule-kind "Ghas;Sarif"', () => {
  it.each([
    ['a full result', fullResult()],
    ['a clean result', cleanResult()],
    ['a result with fixes', fixableResult()],
  ])('finds nothing to fix in %s', (_name, result) => {
    const results = runValidator(formatSarif(result, { color: false }));
    const problems = unjustified(results);
    expect(problems, `validator reported:\n${describeResults(problems)}`).toStrictEqual([]);
    // A log the validator cannot deserialize is skipped without a word; this note proves its rules ran on ours.
    expect(results.map((r) => r.ruleId)).toContain('SARIF2003');
  });

  it('reports a log GitHub would reject (so the check above can fail)', () => {
    const broken = sarif(fullResult()) as unknown as { runs: { results: { message: { text?: string } }[] }[] };
    delete broken.runs[0].results[0].message.text;
    const problems = unjustified(runValidator(JSON.stringify(broken)));
    expect(problems.filter((r) => r.level === 'error' && r.ruleId.startsWith('GH')).length, describeResults(problems)).toBeGreaterThan(0);
  });
});

describe('related locations and Helm templates', () => {
  it('carry relatedLocations, the template in the message and logical locations, and pass the validator', async () => {
    const { lint } = await import('../../src/run/lint.js');
    const { defaultConfig } = await import('../../src/config/config.js');
    const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/helm');
    const rendered = readFileSync(path.join(fixtures, 'rendered.yaml'), 'utf8');
    const exporter = (name: string) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: monitoring}\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      containers: [{name: e, ports: [{containerPort: 9100}]}]\n`;
    const result = await lint({
      texts: [{ path: 'rendered.yaml', text: rendered }, { path: 'exporters.yaml', text: `${exporter('a')}---\n${exporter('b')}` }],
      config: defaultConfig(),
      cwd: fixtures,
      chartDir: 'node-agents',
      concurrency: 1,
    });
    const log = sarif(result) as unknown as {
      runs: { artifacts: { location: { uri: string } }[]; results: { ruleId: string; message: { text: string }; locations: { logicalLocations?: unknown[] }[]; relatedLocations?: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[] }[] }[];
    };
    const replicas = log.runs[0].results.find((r) => r.ruleId === 'no-replicas')!;
    expect(replicas.message.text).toMatch(/ \(rendered from the Helm template node-agents\/templates\/daemonset\.yaml\)\.$/);
    expect(replicas.locations[0].logicalLocations).toEqual([
      { fullyQualifiedName: 'DaemonSet/prod-node-agents', kind: 'resource', name: 'prod-node-agents' },
      { fullyQualifiedName: 'node-agents/templates/daemonset.yaml', kind: 'module' },
    ]);
    // Found in the template: reported there, the rendered line related.
    expect((replicas.locations[0] as unknown as { physicalLocation: { artifactLocation: { uri: string } } }).physicalLocation.artifactLocation.uri).toBe('node-agents/templates/daemonset.yaml');
    expect(replicas.relatedLocations?.map((r) => [r.physicalLocation.artifactLocation.uri, r.physicalLocation.region.startLine])).toEqual([['rendered.yaml', 43]]);
    const conflict = log.runs[0].results.find((r) => r.ruleId === 'hostport-conflict')!;
    expect(conflict.relatedLocations?.map((r) => [r.id, r.physicalLocation.artifactLocation.uri, r.physicalLocation.region.startLine])).toEqual([[1, 'exporters.yaml', 8]]);
    const problems = unjustified(runValidator(JSON.stringify(log)));
    expect(problems, describeResults(problems)).toStrictEqual([]);
  });
});
