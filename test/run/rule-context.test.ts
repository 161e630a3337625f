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
