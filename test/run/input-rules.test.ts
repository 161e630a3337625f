import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';
import { defineRule, type InputObject } from '../../src/types/rule.js';

// Rules across the input: what they are given (whole values, or what `collect` kept), and how
// their findings are placed and suppressed.
const first = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: a, namespace: ops}
spec:
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a, team: net}}
    spec:
      containers: [{name: a, image: example.com/a:1}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
---
apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web, namespace: ops}
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web, team: net}}
        spec:
          containers: [{name: web, image: example.com/web:1}]
`;

const second = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: b
  namespace: ops
  annotations:
    daemonlint.io/ignore: team-unique
    daemonlint.io/ignore-reason: "b and a are one team's, on purpose"
spec:
  selector: {matchLabels: {app: b}}
  template:
    metadata: {labels: {app: b, team: net}}
    spec:
      containers: [{name: b, image: example.com/b:1}]
`;

const texts = [
  { path: 'first.yaml', text: first },
  { path: 'second.yaml', text: second },
];

function teamOf(value: Record<string, unknown>): string | undefined {
  const template = (value.spec as { template?: { metadata?: { labels?: Record<string, string> } } } | undefined)?.template;
  return template?.metadata?.labels?.team;
}

/** Reports every workload whose team label an earlier one already has, pointing at both labels. */
function teamRule(withCollect: boolean, seen: unknown[][]) {
  const report = (objects: readonly InputObject<unknown>[], teams: (string | undefined)[], context: Parameters<NonNullable<ReturnType<typeof defineRule>['checkAll']>>[1]) => {
    const firstOf = new Map<string, InputObject<unknown>>();
    objects.forEach((object, i) => {
      const team = teams[i];
      if (team === undefined) return;
      const earlier = firstOf.get(team);
      if (!earlier) {
        firstOf.set(team, object);
        return;
      }
      const path = ['spec', 'template', 'metadata', 'labels', 'team'];
      context.report({
        object,
        path,
        messageId: 'shared',
        data: { name: object.ref.name ?? '', earlier: earlier.ref.name ?? '' },
        related: [{ object: earlier, path, message: `${earlier.ref.name} has it here` }],
      });
    });
  };
  const meta = {
    description: 'One workload per team label.',
    severity: 'warning' as const,
    fixable: false,
    messages: { shared: '{{name}} has the team label of {{earlier}}' },
    defaultOptions: {},
    tags: ['best-practice' as const],
  };
  return withCollect
    ? defineRule({
        id: 'team-unique',
        meta,
        collect: (object) => {
          const team = teamOf(object.value);
          return team === undefined ? undefined : { team };
        },
        checkAll(objects, context) {
          seen.push(objects.map((o) => [o.ref.name, o.file, o.documentIndex, o.value]));
          report(objects, objects.map((o) => o.value.team), context);
        },
      })
    : defineRule({
        id: 'team-unique',
        meta,
        checkAll(objects, context) {
          seen.push(objects.map((o) => [o.ref.name, o.file, o.documentIndex, Object.keys(o.value)]));
          report(objects, objects.map((o) => teamOf(o.value)), context);
        },
      });
}

async function run(withCollect: boolean) {
  const seen: unknown[][] = [];
  const result = await lint({ texts, configFile: false, rules: [teamRule(withCollect, seen)] });
  const findings = result.findings.map((f) => ({
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    path: f.path,
    message: f.message,
    suppressed: f.suppressions?.[0]?.justification,
    related: f.related?.map((r) => [r.file, r.range.start.line, r.range.start.column, r.message]),
  }));
  return { seen, findings, failures: result.ruleFailures };
}

const expectedFindings = [
  {
    file: 'first.yaml',
    line: 24,
    column: 39,
    path: ['items', 0, 'spec', 'template', 'metadata', 'labels', 'team'],
    message: 'web has the team label of a',
    suppressed: undefined,
    related: [['first.yaml', 7, 33, 'a has it here']],
  },
  {
    file: 'second.yaml',
    line: 12,
    column: 33,
    path: ['spec', 'template', 'metadata', 'labels', 'team'],
    message: 'b has the team label of a',
    suppressed: "b and a are one team's, on purpose",
    related: [['first.yaml', 7, 33, 'a has it here']],
  },
];

describe('rules across the input', () => {
  it('without collect, see the whole value of every workload object of every file, List items included', async () => {
    const { seen, findings, failures } = await run(false);
    expect(failures).toEqual([]);
    expect(seen).toEqual([
      [
        ['a', 'first.yaml', 0, ['apiVersion', 'kind', 'metadata', 'spec']],
        ['web', 'first.yaml', 2, ['apiVersion', 'kind', 'metadata', 'spec']],
        ['b', 'second.yaml', 0, ['apiVersion', 'kind', 'metadata', 'spec']],
      ],
    ]);
    expect(findings).toEqual(expectedFindings);
  });

  it('with collect, see what it kept, only for the objects it kept something of, with the same findings', async () => {
    const { seen, findings, failures } = await run(true);
    expect(failures).toEqual([]);
    expect(seen).toEqual([
      [
        ['a', 'first.yaml', 0, { team: 'net' }],
        ['web', 'first.yaml', 2, { team: 'net' }],
        ['b', 'second.yaml', 0, { team: 'net' }],
      ],
    ]);
    expect(findings).toEqual(expectedFindings);
  });

  it("what one rule kept is never another's, whatever their ids (toString, __proto__)", async () => {
    const seen = new Map<string, unknown[]>();
    const rule = (id: string, keep: boolean) =>
      defineRule({
        id,
        meta: { description: 'Keeps names.', severity: 'warning', fixable: false, messages: { x: 'x' }, defaultOptions: {}, tags: [] },
        collect: (object) => (keep ? { name: object.ref.name } : undefined),
        checkAll(objects) {
          seen.set(id, objects.map((o) => o.value));
        },
      });
    const result = await lint({ texts, configFile: false, rules: [rule('keeps', true), rule('toString', false), rule('__proto__', false)] });
    expect(result.ruleFailures).toEqual([]);
    expect(seen).toEqual(
      new Map([
        ['keeps', [{ name: 'a' }, { name: 'web' }, { name: 'b' }]],
        ['toString', []],
        ['__proto__', []],
      ]),
    );
  });

  it('a collect that throws is a rule failure naming the object; the run goes on', async () => {
    const broken = defineRule({
      id: 'broken-collect',
      meta: { description: 'Throws on Deployments.', severity: 'warning', fixable: false, messages: { x: 'x' }, defaultOptions: {}, tags: [] },
      collect: (object) => {
        if (object.ref.kind === 'Deployment') throw new Error('no Deployments here');
        return { name: object.ref.name };
      },
      checkAll() {},
    });
    const result = await lint({
      texts,
      configFile: false,
      rules: [broken],
    });
    expect(result.ruleFailures).toEqual([{ ruleId: 'broken-collect', where: 'first.yaml (Deployment ops/web)', message: 'no Deployments here' }]);
  });
});

describe('rules across the input that collect other kinds', () => {
  const meta = {
    description: 'Looks at ConfigMaps.',
    severity: 'error' as const,
    fixable: false,
    messages: { bad: { message: 'setting {{value}} is not allowed', help: 'Say why.' } },
    defaultOptions: {},
    tags: ['best-practice' as const],
  };
  const settings = `apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: ops}
data:
  mode: "fast"
  rule: |
    a == b &&
      c.d > 1
  quoted: "x \\"y\\" zz"
`;

  it('are given the kinds they declare (or every object with "*"), and read one in full on demand', async () => {
    const seen: unknown[] = [];
    const rule = (kinds: readonly string[] | '*') =>
      defineRule({
        id: `kinds-${kinds === '*' ? 'all' : kinds.join('-').toLowerCase()}`,
        meta,
        collectKinds: kinds,
        collect: (object) => ({ kind: object.ref.kind }),
        async checkAll(objects, context) {
          await Promise.resolve();
          seen.push(objects.map((o) => `${o.ref.kind}/${o.ref.name}`));
          const configMap = objects.filter((o) => o.ref.kind === 'ConfigMap').at(-1);
          if (configMap) seen.push(context.read(configMap)?.data);
        },
      });
    const result = await lint({ texts: [...texts, { path: 'settings.yaml', text: settings }], configFile: false, rules: [rule(['ConfigMap']), rule('*')] });
    expect(result.ruleFailures).toEqual([]);
    expect(seen).toEqual([
      ['ConfigMap/settings', 'ConfigMap/settings'],
      { mode: 'fast', rule: 'a == b &&\n  c.d > 1\n', quoted: 'x "y" zz' },
      ['DaemonSet/a', 'ConfigMap/settings', 'Deployment/web', 'DaemonSet/b', 'ConfigMap/settings'],
      { mode: 'fast', rule: 'a == b &&\n  c.d > 1\n', quoted: 'x "y" zz' },
    ]);
  });

  it('state a severity per finding (a level the configuration sets applies to all), and point inside a scalar', async () => {
    const rule = defineRule({
      id: 'inside',
      meta,
      collectKinds: ['ConfigMap'],
      collect: () => ({}),
      checkAll(objects, context) {
        const [object] = objects;
        context.report({ object, path: ['data', 'rule'], messageId: 'bad', data: { value: 'c.d' }, within: { start: 12, end: 15 }, severity: 'warning' });
        context.report({ object, path: ['data', 'quoted'], messageId: 'bad', data: { value: 'y' }, within: { start: 3, end: 4 }, severity: 'error' });
        context.report({ object, path: ['data', 'mode'], messageId: 'bad', data: { value: 'fast' }, within: { start: 0, end: 4 }, severity: 'info' });
      },
    });
    const run = async (level?: 'warning') => {
      const result = await lint({ texts: [{ path: 'settings.yaml', text: settings }], configFile: false, rules: [rule], ruleOverrides: level ? { inside: level } : {} });
      return result.findings.map((f) => [f.severity, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.message]);
    };
    expect(await run()).toEqual([
      ['info', 5, 10, 5, 14, 'setting fast is not allowed'],
      ['warning', 8, 7, 8, 10, 'setting c.d is not allowed'],
      ['error', 9, 16, 9, 17, 'setting y is not allowed'],
    ]);
    expect((await run('warning')).map((f) => f[0])).toEqual(['warning', 'warning', 'warning']);
  });
});
