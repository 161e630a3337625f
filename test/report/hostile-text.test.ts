// Text a pull request controls (names in manifests, file names, justifications) through every
// format: nothing it holds may become a workflow command, drive a terminal, or hide text.
import { describe, expect, it } from 'vitest';
import { formatters, formatterNames } from '../../src/report/index.js';
import { neutralizeCommands, safeJsonText, visibleText } from '../../src/report/safe-text.js';
import { bounded, MAX_QUOTED } from '../../src/types/bounded-text.js';
import { formatMessage } from '../../src/types/rule.js';
import type { Finding, LintResult } from '../../src/types/finding.js';
import { lint } from '../../src/run/lint.js';
import { rules } from './fixture.js';
import { RAW_HIDDEN, workflowCommands } from '../helpers/workflow-lines.js';

const at = { start: { line: 4, column: 5, offset: 0 }, end: { line: 4, column: 9, offset: 0 } };
const HOSTILE_NAME = 'agent\n::stop-commands::tok3n\r::warning file=x.yaml::injected ##[add-mask]secret \u200b::error::zw \u202egpj.exe \u001b[2J';

function hostile(): LintResult {
  const findings: Finding[] = [
    {
      ruleId: 'probes',
      severity: 'warning',
      message: `container "${HOSTILE_NAME}" has no readinessProbe`,
      messageId: 'missing',
      file: '::error file=a.yaml,line=1::x.yaml',
      range: at,
      documentIndex: 0,
      object: { kind: 'DaemonSet', namespace: '##[stop-commands]n', name: HOSTILE_NAME },
      path: ['spec', 'template', 'spec', 'containers', 0, 'name'],
      related: [{ file: '::notice::r.yaml', range: at, message: `the selector of ${HOSTILE_NAME}` }],
      template: 'chart/templates/::x\n::error::t.yaml',
    },
    {
      ruleId: 'privileged',
      severity: 'error',
      message: 'container "x" is privileged',
      file: 'ok.yaml',
      range: at,
      documentIndex: 0,
      object: { kind: 'DaemonSet', name: 'x' },
      path: [],
      suppressions: [{ kind: 'inSource', justification: `because\n::add-mask::the ##[group]reason \u2066` }],
    },
  ];
  return { findings, files: ['::error file=a.yaml,line=1::x.yaml', 'ok.yaml'], daemonSets: 2, rules, cwd: '/repo', toolVersion: '0.0.0', objects: [] };
}

describe('safe text', () => {
  it('writes hidden characters as escapes, line breaks included', () => {
    expect(visibleText('a\nb\rc\u001bd\u202ee\u200bf\u0085g\u2028h\ud800i\u{e0001}j\tk')).toBe(
      'a\\nb\\rc\\u001bd\\u202ee\\u200bf\\u0085g\\u2028h\\ud800i\\u{e0001}j\tk',
    );
    expect(visibleText('plain ünï 🙂 text')).toBe('plain ünï 🙂 text');
  });

  it('defuses commands at the start of a line and ##[ anywhere, visibly', () => {
    expect(neutralizeCommands('::error::x\n  ::warning::y\na::b\nsome ##[error]z')).toBe('\\::error::x\n  \\::warning::y\na::b\nsome ##\\[error]z');
  });

  it('keeps JSON data exact while escaping what a log would act on', () => {
    const data = { s: `##[error] \u202e \u0085 \u2028 \u200b ${HOSTILE_NAME}`, astral: '\u{e0001}' };
    const text = safeJsonText(JSON.stringify(data, null, 2));
    expect(JSON.parse(text)).toEqual(data);
    expect(text).not.toMatch(RAW_HIDDEN);
    expect(text).toContain('##\\u005b');
    expect(workflowCommands(text)).toEqual([]);
  });
});

describe('every format, fed hostile names', () => {
  for (const name of formatterNames) {
    it(`${name}: no workflow command but its own annotations, no raw hidden character`, () => {
      const output = formatters[name](hostile(), { color: false });
      const commands = workflowCommands(output);
      if (name === 'github') {
        // Exactly one annotation: the suppressed finding gets none.
        expect(commands.map((c) => c.name)).toEqual(['warning']);
        expect(commands[0].line.startsWith('::warning file=%3A%3Aerror file=a.yaml%2Cline=1%3A%3Ax.yaml,line=4,col=5,')).toBe(true);
      } else {
        expect(commands).toEqual([]);
      }
      for (const line of output.split('\n')) expect(line).not.toMatch(RAW_HIDDEN);
    });
  }

  it('stylish: the exact lines', () => {
    const lines = formatters.stylish(hostile(), { color: false }).split('\n');
    expect(lines[0]).toBe('\\::error file=a.yaml,line=1::x.yaml (template chart/templates/::x\\n::error::t.yaml)');
    expect(lines[1]).toBe(
      '  4:5  warning  container "agent ::stop-commands::tok3n ::warning file=x.yaml::injected ##\\[add-mask]secret \\u200b::error::zw \\u202egpj.exe \\u001b[2J" has no readinessProbe  probes',
    );
    expect(lines[2]).toMatch(/^ +↳ ::notice::r.yaml:4:5 the selector of agent ::stop-commands::tok3n ::warning/);
  });

  it('github: the annotation message carries the text, visibly, with ##[ defused', () => {
    const line = formatters.github(hostile(), { color: false }).split('\n')[0];
    expect(line.slice(line.indexOf('::', 2) + 2)).toBe(
      'container "agent%0A::stop-commands::tok3n%0D::warning file=x.yaml::injected ##\\[add-mask]secret \\u200b::error::zw \\u202egpj.exe \\u001b[2J" has no readinessProbe',
    );
  });
});

describe('quoted values are bounded', () => {
  it('a message quotes at most MAX_QUOTED characters of a value, with an ellipsis', () => {
    const message = formatMessage('container "{{name}}" is privileged', { name: 'x'.repeat(1_000_000) });
    expect(message).toBe(`container "${'x'.repeat(MAX_QUOTED - 1)}…" is privileged`);
    // A surrogate pair is never split.
    expect(bounded(`${'a'.repeat(MAX_QUOTED - 2)}🙂🙂`)).toBe(`${'a'.repeat(MAX_QUOTED - 2)}…`);
  });

  it('a DaemonSet with a 1 MB name gives a report of a few kB in every format', async () => {
    const name = `n${'a'.repeat(1024 * 1024)}`;
    const text = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: default}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: x}}\n  template:\n    metadata: {labels: {app: x}}\n    spec:\n      containers: [{name: ${name}, image: nginx}]\n`;
    const result = await lint({ texts: [{ path: 'big.yaml', text }], config: { extends: 'recommended', rules: {}, requireReason: true, ignore: [], exclude: [], plugins: [] }, now: new Date('2026-01-01') });
    expect(result.findings.length).toBeGreaterThan(5);
    for (const f of result.findings) {
      expect(f.message.length).toBeLessThanOrEqual(2000);
      expect(f.object?.name?.length ?? 0).toBeLessThanOrEqual(MAX_QUOTED);
    }
    for (const format of formatterNames) {
      const output = formatters[format](result, { color: false });
      // What the report holds without findings (SARIF describes every rule, with its documentation) plus a bound per finding
      // (SARIF results also carry their message id, for a baseline applied by `daemonlint merge`).
      const empty = formatters[format]({ ...result, findings: [] }, { color: false });
      expect(output.length, format).toBeLessThan(empty.length + result.findings.length * 4100);
    }
  });
});
