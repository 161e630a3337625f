import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/types/finding.js';
import { formatStylish } from '../../src/report/stylish.js';
import { cleanResult, fixableResult, fullResult, rules } from './fixture.js';

const ESC = '\u001b';
const red = (s: string) => `${ESC}[31m${s}${ESC}[39m`;
const yellow = (s: string) => `${ESC}[33m${s}${ESC}[39m`;
const green = (s: string) => `${ESC}[32m${s}${ESC}[39m`;
const dim = (s: string) => `${ESC}[2m${s}${ESC}[22m`;
const bold = (s: string) => `${ESC}[1m${s}${ESC}[22m`;
const underline = (s: string) => `${ESC}[4m${s}${ESC}[24m`;

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'probes',
    severity: 'warning',
    message: 'container "agent" has no readinessProbe',
    file: 'a.yaml',
    range: { start: { line: 4, column: 5, offset: 0 }, end: { line: 4, column: 9, offset: 0 } },
    documentIndex: 0,
    path: [],
    ...overrides,
  };
}

function result(findings: Finding[], files = ['a.yaml'], daemonSets = 1): LintResult {
  return { findings, files, daemonSets, rules, cwd: '/work/project', toolVersion: '0.1.0' };
}

describe('stylish', () => {
  it('groups by file, aligns the columns per file, lists suppressed findings with their reason', () => {
    expect(formatStylish(fullResult(), { color: false })).toBe(
      [
        '<stdin>',
        '  3:1  error  unexpected end of the stream within a flow collection at line 3  yaml-syntax',
        '',
        'manifests/agent.yaml',
        '   7:3  error       spec.replicas is not a DaemonSet field; remove it             no-replicas',
        '  12:7  suppressed  hostNetwork: true puts the pod in the node network namespace  host-network  (justified: the CNI agent programs the node interfaces)',
        '  15:9  warning     container "agent" has no readinessProbe                       probes',
        '',
        'manifests/my dir/ünïcode agent.yaml',
        '    9:13  error       container "ünï" is privileged          privileged',
        '  110:11  suppressed  container "ünï" has no readinessProbe  probes  (suppressed: probes are added by the mutating webhook)',
        '',
        '✖ 4 problems (3 errors, 1 warning), 2 suppressed · 4 files, 3 DaemonSets checked',
        '',
      ].join('\n'),
    );
  });

  it('colours severities, dims suppressed rows and keeps the columns aligned under colour', () => {
    const findings = [
      finding({ severity: 'error', ruleId: 'privileged', message: 'privileged', range: { start: { line: 2, column: 3, offset: 0 }, end: { line: 2, column: 3, offset: 0 } } }),
      finding({ suppressions: [{ kind: 'inSource', justification: 'why' }] }),
      finding({ range: { start: { line: 10, column: 1, offset: 0 }, end: { line: 10, column: 1, offset: 0 } } }),
    ];
    expect(formatStylish(result(findings), { color: true })).toBe(
      [
        underline('a.yaml'),
        `  ${dim(' 2:3')}  ${red('error     ')}  privileged                               ${dim('privileged')}`,
        dim('   4:5  suppressed  container "agent" has no readinessProbe  probes  (justified: why)'),
        `  ${dim('10:1')}  ${yellow('warning   ')}  container "agent" has no readinessProbe  ${dim('probes')}`,
        '',
        `${bold(red('✖ 2 problems (1 error, 1 warning), 1 suppressed'))} · 1 file, 1 DaemonSet checked`,
        '',
      ].join('\n'),
    );
  });

  it('writes no escape codes without colour', () => {
    expect(formatStylish(fullResult(), { color: false })).not.toContain(ESC);
  });

  it('reports a clean run in one line', () => {
    expect(formatStylish(cleanResult(), { color: false })).toBe('✔ 2 files, 1 DaemonSet checked: no problems\n');
    expect(formatStylish(cleanResult(), { color: true })).toBe(`${green('✔ 2 files, 1 DaemonSet checked: no problems')}\n`);
    expect(formatStylish(result([], [], 0), { color: false })).toBe('✔ 0 files, 0 DaemonSets checked: no problems\n');
  });

  it('counts a run whose only findings are suppressed as clean', () => {
    const out = formatStylish(result([finding({ suppressions: [{ kind: 'inSource', justification: 'node exporter reads /proc' }] })]), { color: false });
    expect(out).toBe(
      [
        'a.yaml',
        '  4:5  suppressed  container "agent" has no readinessProbe  probes  (justified: node exporter reads /proc)',
        '',
        '✔ 1 file, 1 DaemonSet checked: no problems, 1 suppressed',
        '',
      ].join('\n'),
    );
  });

  it('shows warnings alone in yellow with both counts', () => {
    const out = formatStylish(result([finding({})]), { color: true });
    expect(out.endsWith(`${bold(yellow('✖ 1 problem (0 errors, 1 warning)'))} · 1 file, 1 DaemonSet checked\n`)).toBe(true);
  });

  it('ends, as ESLint does, with how many problems --fix can repair, suppressed ones left out', () => {
    const fix = { range: { start: { line: 4, column: 5, offset: 40 }, end: { line: 4, column: 9, offset: 44 } }, text: 'x' };
    expect(formatStylish(fixableResult(), { color: false }).split('\n').slice(-3)).toStrictEqual([
      '✖ 3 problems (3 errors, 0 warnings), 1 suppressed · 1 file, 1 DaemonSet checked',
      '  3 errors and 0 warnings potentially fixable with the `--fix` option.',
      '',
    ]);
    const warnings = formatStylish(result([finding({ fix }), finding({}), finding({ fix, suppressions: [{ kind: 'external', justification: 'why' }] })]), { color: true });
    expect(warnings.endsWith(`${bold(yellow('  0 errors and 1 warning potentially fixable with the `--fix` option.'))}\n`)).toBe(true);
    const errors = formatStylish(result([finding({ fix, severity: 'error' }), finding({ fix })]), { color: true });
    expect(errors.endsWith(`${bold(red('  1 error and 1 warning potentially fixable with the `--fix` option.'))}\n`)).toBe(true);
    // Fixing `helm template` output would not change the chart: not counted.
    expect(formatStylish(result([finding({ fix, template: 'chart/templates/ds.yaml' })]), { color: false })).not.toContain('potentially fixable');
    // Nothing fixable, no line (the other tests' exact outputs check this too).
    expect(formatStylish(result([finding({})]), { color: false })).not.toContain('potentially fixable');
  });

  it('counts unsafe fixes apart, as hidden fixes --unsafe-fixes enables, as ruff does', () => {
    const fix = { range: { start: { line: 4, column: 5, offset: 40 }, end: { line: 4, column: 9, offset: 44 } }, text: 'x' };
    const safe = finding({ fix, fixable: 'safe', severity: 'error' });
    const unsafe = finding({ fix, fixable: 'unsafe' });
    const both = result([safe, unsafe, finding({ fix, fixable: 'unsafe' })]);
    expect(formatStylish(both, { color: false }).split('\n').slice(-3)).toEqual([
      '  1 error and 0 warnings potentially fixable with the `--fix` option.',
      '  2 hidden fixes can be enabled with the `--unsafe-fixes` option.',
      '',
    ]);
    expect(formatStylish(result([unsafe]), { color: false }).split('\n').at(-2)).toBe('  No fixes available (1 hidden fix can be enabled with the `--unsafe-fixes` option).');
    // With --unsafe-fixes, they are fixable like the others.
    expect(formatStylish({ ...both, unsafeFixes: true }, { color: false }).split('\n').at(-2)).toBe('  1 error and 2 warnings potentially fixable with the `--fix` option.');
    // A suppressed finding offers no fix, hidden or not.
    expect(formatStylish(result([finding({ fixable: 'unsafe', suppressions: [{ kind: 'external', justification: 'why' }] })]), { color: false })).not.toContain('hidden');
  });

  it('keeps each finding on one line and never writes control characters from the manifest', () => {
    const out = formatStylish(
      result([finding({ message: `image "evil${ESC}]0;pwned\u0007" is unpinned\n  and more`, file: `a${ESC}[2J.yaml` })], [`a${ESC}[2J.yaml`]),
      { color: false },
    );
    expect(out).toBe(
      [
        'a\\u001b[2J.yaml',
        '  4:5  warning  image "evil\\u001b]0;pwned\\u0007" is unpinned and more  probes',
        '',
        '✖ 1 problem (0 errors, 1 warning) · 1 file, 1 DaemonSet checked',
        '',
      ].join('\n'),
    );
  });
});

describe('stylish sized to the terminal', () => {
  const long = [
    finding({ severity: 'error', ruleId: 'resources-requests-limits', message: 'container "fluent-bit" has no cpu or memory request or limit' }),
    finding({ ruleId: 'control-plane-toleration', message: 'no toleration for the control-plane taint: pods skip control-plane nodes', help: 'Add a toleration for node-role.kubernetes.io/control-plane:NoSchedule (the fix does), or a nodeSelector that leaves control-plane nodes out.', range: { start: { line: 12, column: 5, offset: 0 }, end: { line: 12, column: 9, offset: 0 } } }),
    finding({ ruleId: 'probes', message: 'container "a" has no readinessProbe', help: 'A readinessProbe gates the rollout.', range: { start: { line: 20, column: 9, offset: 0 }, end: { line: 20, column: 9, offset: 0 } } }),
  ];

  it('at 80 columns: one line per finding, the headline cut with an ellipsis, the rule id whole, in a column where headlines fit before it, else at the right edge', () => {
    const out = formatStylish(result(long), { color: false, columns: 80 });
    expect(out).toBe(
      [
        'a.yaml',
        '   4:5  error    container "fluent-bit" has no cpu o…  resources-requests-limits',
        '  12:5  warning  no toleration for the control-plane…   control-plane-toleration',
        '  20:9  warning  container "a" has no readinessProbe   probes',
        '',
        '✖ 3 problems (1 error, 2 warnings) · 1 file, 1 DaemonSet checked',
        '',
      ].join('\n'),
    );
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('at 80 columns: a related place stays whole and its note is cut to the line; with verbose, the note is whole', () => {
    const note = 'DaemonSet observability/prometheus-node-exporter claims host port 9100/TCP here';
    const conflict = finding({
      severity: 'error',
      ruleId: 'hostport-conflict',
      message: 'host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter',
      related: [{ file: 'examples/fleet/daemonsets.yaml', range: { start: { line: 173, column: 15, offset: 0 }, end: { line: 173, column: 15, offset: 0 } }, message: note }],
    });
    const lines = formatStylish(result([conflict]), { color: false, columns: 80 }).split('\n');
    expect(lines[2]).toBe('       ↳ examples/fleet/daemonsets.yaml:173:15 DaemonSet observability/promethe…');
    expect([...lines[2]].length).toBe(80);
    expect(formatStylish(result([conflict]), { color: false, columns: 80, verbose: true }).split('\n')[2]).toBe(`       ↳ examples/fleet/daemonsets.yaml:173:15 ${note}`);
    // Without a width (a pipe with no COLUMNS is 80, the library's default is none), nothing is cut.
    expect(formatStylish(result([conflict]), { color: false }).split('\n')[2]).toBe(`       ↳ examples/fleet/daemonsets.yaml:173:15 ${note}`);
  });

  it('at 120 columns: nothing cut, rule ids in one column', () => {
    expect(formatStylish(result(long), { color: false, columns: 120 })).toBe(
      [
        'a.yaml',
        '   4:5  error    container "fluent-bit" has no cpu or memory request or limit              resources-requests-limits',
        '  12:5  warning  no toleration for the control-plane taint: pods skip control-plane nodes  control-plane-toleration',
        '  20:9  warning  container "a" has no readinessProbe                                       probes',
        '',
        '✖ 3 problems (1 error, 2 warnings) · 1 file, 1 DaemonSet checked',
        '',
      ].join('\n'),
    );
  });

  it('with verbose: the whole headline when it was cut, then the help, wrapped under the message column', () => {
    expect(formatStylish(result(long.slice(1)), { color: false, columns: 80, verbose: true })).toBe(
      [
        'a.yaml',
        '  12:5  warning  no toleration for the control-plane…   control-plane-toleration',
        '                 no toleration for the control-plane taint: pods skip',
        '                 control-plane nodes',
        '                 Add a toleration for',
        '                 node-role.kubernetes.io/control-plane:NoSchedule (the fix',
        '                 does), or a nodeSelector that leaves control-plane nodes out.',
        '  20:9  warning  container "a" has no readinessProbe    probes',
        '                 A readinessProbe gates the rollout.',
        '',
        '✖ 2 problems (0 errors, 2 warnings) · 1 file, 1 DaemonSet checked',
        '',
      ].join('\n'),
    );
  });

  it('links rule ids to their documentation with OSC 8 when the terminal shows links; plugin rules get none', () => {
    const findings = [finding({}), finding({ ruleId: 'acme/probes', range: { start: { line: 5, column: 1, offset: 0 }, end: { line: 5, column: 1, offset: 0 } } })];
    const url = 'https://github.com/daemonlint/daemonlint/blob/main/docs/rules/probes.md';
    expect(formatStylish(result(findings), { color: false, columns: 120, links: true }).split('\n').slice(1, 3)).toEqual([
      `  4:5  warning  container "agent" has no readinessProbe  ${ESC}]8;;${url}${ESC}\\probes${ESC}]8;;${ESC}\\`,
      '  5:1  warning  container "agent" has no readinessProbe  acme/probes',
    ]);
  });
});
