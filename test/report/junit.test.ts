import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import type { CheckedObject, Finding, LintResult } from '../../src/types/finding.js';
import { formatters, getFormatter } from '../../src/report/index.js';
import { formatJunit } from '../../src/report/junit.js';
import { cleanResult, fullResult, rules } from './fixture.js';

/** Written for daemonlint from what Jenkins's and Ant's JUnit schemas require; see the comment in it. */
const SCHEMA = readFileSync(new URL('./junit.xsd', import.meta.url), 'utf8');

/** libxml2's xmllint (compiled to WebAssembly, so nothing to install): well-formedness and the schema. */
async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: SCHEMA }] });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

function junit(result: LintResult): string {
  return formatJunit(result, { color: false });
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'probes',
    severity: 'warning',
    message: 'container "agent" has no readinessProbe',
    file: 'a.yaml',
    range: { start: { line: 4, column: 5, offset: 0 }, end: { line: 4, column: 9, offset: 0 } },
    documentIndex: 0,
    path: ['spec', 'template', 'spec', 'containers', 0, 'name'],
    ...overrides,
  };
}

function result(findings: Finding[], extra: Partial<LintResult> = {}): LintResult {
  return { findings, files: ['a.yaml'], daemonSets: 1, rules, cwd: '/work/project', toolVersion: '0.1.0', ...extra };
}

/** Only the two rules a test is about, so the expected XML stays short. */
const twoRules = rules.filter((r) => r.id === 'no-replicas' || r.id === 'probes' || r.id === 'yaml-syntax');

/** The test cases of the report as `suite › name: outcome`, for tests about structure rather than bytes. */
function cases(xml: string): string[] {
  const out: string[] = [];
  for (const suite of xml.matchAll(/<testsuite name="([^"]*)"[^>]*>([\s\S]*?)<\/testsuite>/g)) {
    for (const c of suite[2].matchAll(/<testcase classname="[^"]*" name="([^"]*)" time="0"(\/>|>\n {6}<(\w+))/g)) {
      out.push(`${suite[1]} › ${c[1]}: ${c[3] ?? 'passed'}`);
    }
  }
  return out;
}

describe('junit', () => {
  it('is registered as --format junit', () => {
    expect(getFormatter('junit')).toBe(formatJunit);
    expect(Object.keys(formatters)).toContain('junit');
  });

  it('writes one suite per file, a yaml-syntax case per file and one case per DaemonSet and rule', () => {
    expect(junit(fullResult())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="daemonlint" tests="12" failures="3" errors="1" time="0">',
        '  <testsuite name="&lt;stdin&gt;" tests="1" failures="0" errors="1" skipped="0" time="0">',
        '    <testcase classname="&lt;stdin&gt;" name="yaml-syntax" time="0">',
        '      <error type="yaml-syntax" message="unexpected end of the stream within a flow collection&#10;  at line 3">&lt;stdin&gt;:3:1: error: unexpected end of the stream within a flow collection',
        '    at line 3 (document 2)</error>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="manifests/agent.yaml" tests="5" failures="2" errors="0" skipped="1" time="0">',
        '    <testcase classname="manifests/agent.yaml" name="yaml-syntax" time="0"/>',
        '    <testcase classname="manifests/agent.yaml" name="kube-system/node-agent: host-network" time="0">',
        '      <skipped message="justified: the CNI agent programs the node interfaces">manifests/agent.yaml:12:7: suppressed error: hostNetwork: true puts the pod in the node network namespace (at spec.template.spec.hostNetwork) (justified: the CNI agent programs the node interfaces)</skipped>',
        '    </testcase>',
        '    <testcase classname="manifests/agent.yaml" name="kube-system/node-agent: no-replicas" time="0">',
        '      <failure type="no-replicas" message="spec.replicas is not a DaemonSet field; remove it">manifests/agent.yaml:7:3: error: spec.replicas is not a DaemonSet field; remove it (at spec.replicas)</failure>',
        '    </testcase>',
        '    <testcase classname="manifests/agent.yaml" name="kube-system/node-agent: privileged" time="0"/>',
        '    <testcase classname="manifests/agent.yaml" name="kube-system/node-agent: probes" time="0">',
        '      <failure type="probes" message="container &quot;agent&quot; has no readinessProbe">manifests/agent.yaml:15:9: warning: container "agent" has no readinessProbe (at spec.template.spec.containers[0].name)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="manifests/clean.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="manifests/clean.yaml" name="yaml-syntax" time="0"/>',
        '  </testsuite>',
        '  <testsuite name="manifests/my dir/ünïcode agent.yaml" tests="5" failures="1" errors="0" skipped="1" time="0">',
        '    <testcase classname="manifests/my dir/ünïcode agent.yaml" name="yaml-syntax" time="0"/>',
        '    <testcase classname="manifests/my dir/ünïcode agent.yaml" name="ünï: host-network" time="0"/>',
        '    <testcase classname="manifests/my dir/ünïcode agent.yaml" name="ünï: no-replicas" time="0"/>',
        '    <testcase classname="manifests/my dir/ünïcode agent.yaml" name="ünï: privileged" time="0">',
        '      <failure type="privileged" message="container &quot;ünï&quot; is privileged">manifests/my dir/ünïcode agent.yaml:9:13: error: container "ünï" is privileged (at spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/ünï"])</failure>',
        '    </testcase>',
        '    <testcase classname="manifests/my dir/ünïcode agent.yaml" name="ünï: probes" time="0">',
        '      <skipped message="suppressed: probes are added by the mutating webhook">manifests/my dir/ünïcode agent.yaml:110:11: suppressed warning: container "ünï" has no readinessProbe (at spec.template.spec.containers[1].name) (suppressed: probes are added by the mutating webhook)</skipped>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('lists clean files and an empty run with passing cases only', () => {
    expect(junit(cleanResult())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="daemonlint" tests="2" failures="0" errors="0" time="0">',
        '  <testsuite name="a.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="a.yaml" name="yaml-syntax" time="0"/>',
        '  </testsuite>',
        '  <testsuite name="b.yaml" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="b.yaml" name="yaml-syntax" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expect(junit(result([], { files: [], daemonSets: 0 }))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="daemonlint" tests="0" failures="0" errors="0" time="0">\n</testsuites>\n',
    );
  });

  it('reports every checked DaemonSet from result.objects, passing ones included', () => {
    const objects: CheckedObject[] = [
      { file: 'a.yaml', documentIndex: 0, object: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'clean' } },
      { file: 'a.yaml', documentIndex: 1, object: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'agent' } },
      { file: 'b.yaml', documentIndex: 0, object: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'other' } },
    ];
    const r = result([finding({ documentIndex: 1, object: objects[1].object })], { files: ['a.yaml', 'b.yaml'], daemonSets: 3, objects, rules: twoRules });
    expect(junit(r)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="daemonlint" tests="8" failures="1" errors="0" time="0">',
        '  <testsuite name="a.yaml" tests="5" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase classname="a.yaml" name="yaml-syntax" time="0"/>',
        '    <testcase classname="a.yaml" name="kube-system/clean: no-replicas" time="0"/>',
        '    <testcase classname="a.yaml" name="kube-system/clean: probes" time="0"/>',
        '    <testcase classname="a.yaml" name="kube-system/agent: no-replicas" time="0"/>',
        '    <testcase classname="a.yaml" name="kube-system/agent: probes" time="0">',
        '      <failure type="probes" message="container &quot;agent&quot; has no readinessProbe">a.yaml:4:5: warning: container "agent" has no readinessProbe (at spec.template.spec.containers[0].name)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="b.yaml" tests="3" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="b.yaml" name="yaml-syntax" time="0"/>',
        '    <testcase classname="b.yaml" name="other: no-replicas" time="0"/>',
        '    <testcase classname="b.yaml" name="other: probes" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('puts several findings of one check into one failure, and a partly suppressed check still fails', () => {
    const r = result(
      [
        finding({ ruleId: 'no-replicas', severity: 'error', message: 'spec.replicas is not a DaemonSet field; remove it', path: ['spec', 'replicas'], range: { start: { line: 3, column: 3, offset: 0 }, end: { line: 3, column: 11, offset: 0 } } }),
        finding({}),
        finding({ message: 'container "sidecar" has no readinessProbe', path: ['spec', 'template', 'spec', 'containers', 1, 'name'], range: { start: { line: 9, column: 11, offset: 0 }, end: { line: 9, column: 18, offset: 0 } } }),
        finding({ message: 'container "init" has no readinessProbe', suppressions: [{ kind: 'inSource', justification: 'init containers finish' }], range: { start: { line: 12, column: 11, offset: 0 }, end: { line: 12, column: 15, offset: 0 } } }),
      ],
      { rules: twoRules },
    );
    expect(junit(r)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="daemonlint" tests="3" failures="2" errors="0" time="0">',
        '  <testsuite name="a.yaml" tests="3" failures="2" errors="0" skipped="0" time="0">',
        '    <testcase classname="a.yaml" name="yaml-syntax" time="0"/>',
        '    <testcase classname="a.yaml" name="DaemonSet in document 1: no-replicas" time="0">',
        '      <failure type="no-replicas" message="spec.replicas is not a DaemonSet field; remove it">a.yaml:3:3: error: spec.replicas is not a DaemonSet field; remove it (at spec.replicas)</failure>',
        '    </testcase>',
        '    <testcase classname="a.yaml" name="DaemonSet in document 1: probes" time="0">',
        '      <failure type="probes" message="2 problems: container &quot;agent&quot; has no readinessProbe; container &quot;sidecar&quot; has no readinessProbe">a.yaml:4:5: warning: container "agent" has no readinessProbe (at spec.template.spec.containers[0].name)',
        'a.yaml:9:11: warning: container "sidecar" has no readinessProbe (at spec.template.spec.containers[1].name)',
        'a.yaml:12:11: suppressed warning: container "init" has no readinessProbe (at spec.template.spec.containers[0].name) (justified: init containers finish)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('tells DaemonSets of one file apart: names, namespaces, documents and List items', () => {
    const ds = (name?: string, namespace?: string) => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', ...(namespace ? { namespace } : {}), ...(name ? { name } : {}) });
    const objects: CheckedObject[] = [
      { file: 'a.yaml', documentIndex: 0, object: ds('agent', 'a') },
      { file: 'a.yaml', documentIndex: 1, object: ds('agent', 'b') },
      // The same name twice (the API server would refuse the second, but the file can say it).
      { file: 'a.yaml', documentIndex: 2, object: ds('dup') },
      { file: 'a.yaml', documentIndex: 3, object: ds('dup') },
      // Two nameless items of one `kind: List`, told apart by their paths.
      { file: 'a.yaml', documentIndex: 4, object: ds(), path: ['items', 0] },
      { file: 'a.yaml', documentIndex: 4, object: ds(), path: ['items', 1] },
    ];
    const r = result(
      [
        finding({ documentIndex: 3, object: ds('dup') }),
        finding({ documentIndex: 4, object: ds(), path: ['items', 1, 'spec', 'template', 'spec', 'containers', 0, 'name'] }),
      ],
      { objects, daemonSets: 6, rules: rules.filter((x) => x.id === 'probes') },
    );
    expect(cases(junit(r))).toStrictEqual([
      'a.yaml › yaml-syntax: passed',
      'a.yaml › a/agent: probes: passed',
      'a.yaml › b/agent: probes: passed',
      'a.yaml › dup (document 3): probes: passed',
      'a.yaml › dup (document 4): probes: failure',
      'a.yaml › DaemonSet in document 5 #1: probes: passed',
      'a.yaml › DaemonSet in document 5 #2: probes: failure',
    ]);
  });

  it('without result.objects, knows the DaemonSets that findings name, in the order they are first named', () => {
    const r = result(
      [
        finding({ documentIndex: 2, object: { kind: 'DaemonSet', name: 'second' } }),
        finding({ documentIndex: 0, object: { kind: 'DaemonSet', name: 'first' }, ruleId: 'acme/custom', severity: 'error', message: 'plugin says no' }),
      ],
      { rules: twoRules },
    );
    expect(cases(junit(r))).toStrictEqual([
      'a.yaml › yaml-syntax: passed',
      'a.yaml › second: no-replicas: passed',
      'a.yaml › second: probes: failure',
      'a.yaml › first: no-replicas: passed',
      'a.yaml › first: probes: passed',
      // A rule missing from result.rules (a plugin without metadata) still has its case.
      'a.yaml › first: acme/custom: failure',
    ]);
  });

  it('escapes markup, keeps line breaks in attributes and writes characters XML cannot carry as \\u escapes', async () => {
    const message = 'a & b < c > d "e" \'f\' ]]> tab\there\r\nnext\rcr\u0000nul\u001besc\u0085nel\ud800lone\ufffe 🙂';
    const r = result([finding({ ruleId: 'no-replicas', severity: 'error', message, file: 'x&<y>.yaml', object: { name: 'a"b' } })], { files: ['x&<y>.yaml'], rules: twoRules });
    const xml = junit(r);
    expect(xml).toContain('<testsuite name="x&amp;&lt;y&gt;.yaml" tests="3" failures="1" errors="0" skipped="0" time="0">');
    expect(xml).toContain('<testcase classname="x&amp;&lt;y&gt;.yaml" name="a&quot;b: no-replicas" time="0">');
    expect(xml).toContain(
      '<failure type="no-replicas" message="a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; ]]&gt; tab&#9;here&#13;&#10;next&#13;cr\\u0000nul\\u001besc\\u0085nel\\ud800lone\\ufffe 🙂">' +
        'x&amp;&lt;y&gt;.yaml:4:5: error: a &amp; b &lt; c &gt; d "e" \'f\' ]]&gt; tab\there\n  next&#13;cr\\u0000nul\\u001besc\\u0085nel\\ud800lone\\ufffe 🙂 (at spec.template.spec.containers[0].name)</failure>',
    );
    expect(await schemaErrors(xml)).toStrictEqual([]);
  });

  it('keeps its counts equal to the cases it lists', () => {
    for (const xml of [junit(fullResult()), junit(cleanResult())]) {
      let total = { tests: 0, failures: 0, errors: 0 };
      for (const suite of xml.matchAll(/<testsuite name="[^"]*" tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)" time="0">([\s\S]*?)<\/testsuite>/g)) {
        const body = suite[5];
        expect(Number(suite[1])).toBe(body.match(/<testcase /g)?.length ?? 0);
        expect(Number(suite[2])).toBe(body.match(/<failure /g)?.length ?? 0);
        expect(Number(suite[3])).toBe(body.match(/<error /g)?.length ?? 0);
        expect(Number(suite[4])).toBe(body.match(/<skipped /g)?.length ?? 0);
        total = { tests: total.tests + Number(suite[1]), failures: total.failures + Number(suite[2]), errors: total.errors + Number(suite[3]) };
      }
      expect(xml).toContain(`<testsuites name="daemonlint" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" time="0">`);
    }
  });
});

describe('junit schema', () => {
  it('accepts every report of these tests', async () => {
    const objects: CheckedObject[] = [{ file: 'a.yaml', documentIndex: 0, object: { kind: 'DaemonSet', name: 'a' } }];
    for (const r of [fullResult(), cleanResult(), result([], { files: [], daemonSets: 0 }), result([finding({})], { objects })]) {
      expect(await schemaErrors(junit(r))).toStrictEqual([]);
    }
  });

  // The validator is only worth its green if it rejects what the readers would: each mutation breaks one rule.
  it.each([
    ['two results in one test case', (xml: string) => xml.replace('</failure>', '</failure><failure type="x">y</failure>'), "Element 'failure': This element is not expected."],
    ['a skipped count on <testsuites>', (xml: string) => xml.replace('<testsuites name="daemonlint"', '<testsuites skipped="0" name="daemonlint"'), "attribute 'skipped' is not allowed"],
    ['a failure without a type', (xml: string) => xml.replace('<failure type="no-replicas"', '<failure'), "The attribute 'type' is required but missing."],
    ['a test case without a classname', (xml: string) => xml.replace('<testcase classname="manifests/clean.yaml"', '<testcase'), "The attribute 'classname' is required but missing."],
    ['a count that is not a number', (xml: string) => xml.replace('tests="12"', 'tests="twelve"'), "'twelve' is not a valid value"],
    ['a control character', (xml: string) => xml.replace('remove it (at', 'remove\u0001it (at'), 'PCDATA invalid Char value 1'],
    ['an unescaped ampersand', (xml: string) => xml.replace('manifests/clean.yaml', 'a&b'), "EntityRef: expecting ';'"],
  ])('rejects %s', async (_what, mutate, error) => {
    const errors = await schemaErrors(mutate(junit(fullResult())));
    expect(errors.join('\n')).toContain(error);
  });
});
