import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';
import { defineRule, type RuleContext } from '../../src/types/rule.js';

// The context a rule's check is given: one per rule and file, always about the DaemonSet being checked.
const text = ['a', 'b', 'c']
  .map((name) => `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ${name}, namespace: ops}\nspec: {}\n`)
  .join('---\n');

describe('a rule context', () => {
  it('names the DaemonSet being checked, and its report may be taken out of it', async () => {
    const seen: string[] = [];
    const rule = defineRule({
      id: 'names',
      meta: { description: 'Reports each name.', severity: 'warning', fixable: false, messages: { name: '{{name}}' }, defaultOptions: {}, tags: [] },
      check(_daemonSet, context) {
        const { report, object } = context;
        seen.push(object.name ?? '');
        report({ path: ['metadata', 'name'], at: 'value', messageId: 'name', data: { name: context.object.name ?? '' } });
      },
    });
    const result = await lint({ texts: [{ path: 'three.yaml', text }], configFile: false, rules: [rule] });
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(result.findings.map((f) => [f.message, f.range.start.line, f.range.start.column, f.documentIndex, f.object?.name])).toEqual([
      ['a', 3, 18, 0, 'a'],
      ['b', 8, 18, 1, 'b'],
      ['c', 13, 18, 2, 'c'],
    ]);
  });

  it('refuses a report after its check has returned: a failure of the rule, in the file of the check', async () => {
    let kept: RuleContext<unknown> | undefined;
    const rule = defineRule({
      id: 'late',
      meta: { description: 'Reports too late.', severity: 'warning', fixable: false, messages: { late: 'late' }, defaultOptions: {}, tags: [] },
      check(_daemonSet, context) {
        // The context of the other file, whose checks are over.
        if (kept && kept !== context) kept.report({ path: ['metadata'], messageId: 'late' });
        kept = context;
      },
    });
    const one = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: d, namespace: ops}\nspec: {}\n`;
    const result = await lint({ texts: [{ path: 'three.yaml', text }, { path: 'one.yaml', text: one }], configFile: false, rules: [rule] });
    expect(result.findings).toEqual([]);
    expect(result.ruleFailures.map((f) => [f.ruleId, f.where, f.message])).toEqual([['late', 'three.yaml', 'reported after its check had returned']]);
  });
});

describe('a finding with a severity of its own', () => {
  const rule = defineRule({
    id: 'graded',
    meta: { description: 'Reports a and b as they weigh.', severity: 'warning', fixable: false, messages: { name: '{{name}}' }, defaultOptions: {}, tags: [] },
    check(_daemonSet, context) {
      const name = context.object.name ?? '';
      context.report({ path: ['metadata', 'name'], messageId: 'name', data: { name }, ...(name === 'a' ? { severity: 'error' as const } : {}) });
    },
  });
  const severities = async (options: Parameters<typeof lint>[0]): Promise<string[]> =>
    (await lint({ texts: [{ path: 'three.yaml', text }], rules: [rule], concurrency: 1, ...options })).findings.map((f) => `${f.message}:${f.severity}`);

  it('keeps it while the rule runs at its default level', async () => {
    expect(await severities({ configFile: false })).toEqual(['a:error', 'b:warning', 'c:warning']);
  });

  it('gives way to a level set in the config, with --rule, or by the strict preset', async () => {
    expect(await severities({ config: { extends: 'recommended', rules: { graded: { level: 'warning' } }, requireReason: true, ignore: [], exclude: [], plugins: [] } })).toEqual([
      'a:warning',
      'b:warning',
      'c:warning',
    ]);
    expect(await severities({ configFile: false, ruleOverrides: { graded: 'info' } })).toEqual(['a:info', 'b:info', 'c:info']);
    expect(await severities({ config: { extends: 'strict', rules: {}, requireReason: true, ignore: [], exclude: [], plugins: [] } })).toEqual(['a:error', 'b:error', 'c:error']);
  });

  it('that is not a severity (a plugin\'s "warn", null) is the rule\'s, and a failure of the rule, once per file and once across the input', async () => {
    const bad: unknown[] = ['warn', null, 7];
    const sloppy = defineRule({
      id: 'sloppy',
      meta: { description: 'Grades with words of its own.', severity: 'warning', fixable: false, messages: { name: '{{name}}' }, defaultOptions: {}, tags: [] },
      check(_daemonSet, context) {
        const name = context.object.name ?? '';
        context.report({ path: ['metadata', 'name'], messageId: 'name', data: { name }, severity: bad['abc'.indexOf(name)] as 'error' });
      },
      checkAll(objects, context) {
        for (const object of objects) context.report({ object, path: ['metadata'], messageId: 'name', data: { name: `all ${object.ref.name ?? ''}` }, severity: 'fatal' as 'error' });
      },
    });
    const run = await lint({ texts: [{ path: 'three.yaml', text }, { path: 'other.yaml', text: text.replace(/name: a/, 'name: d') }], rules: [sloppy], configFile: false, concurrency: 1 });
    expect(run.findings.map((f) => `${f.file} ${f.message}:${f.severity}`).sort()).toEqual(
      ['a', 'b', 'c', 'all a', 'all b', 'all c'].map((m) => `three.yaml ${m}:warning`).concat(['all b', 'all c', 'all d', 'b', 'c', 'd'].map((m) => `other.yaml ${m}:warning`)).sort(),
    );
    expect(run.ruleFailures).toEqual([
      { ruleId: 'sloppy', where: 'the whole input', message: 'reported a finding of severity "fatal"; a finding\'s severity is error, warning or info' },
      { ruleId: 'sloppy', where: 'three.yaml', message: 'reported a finding of severity "warn"; a finding\'s severity is error, warning or info' },
      { ruleId: 'sloppy', where: 'other.yaml', message: 'reported a finding of severity null; a finding\'s severity is error, warning or info' },
    ]);
  });
});
