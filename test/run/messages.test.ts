import { describe, expect, it } from 'vitest';
import { formatMessage, renderHelp, renderMessage } from '../../src/types/rule.js';
import { lint } from '../../src/run/lint.js';
import { defaultConfig } from '../../src/config/config.js';
import { defineRule } from '../../src/types/rule.js';

describe('formatMessage', () => {
  it('fills every placeholder, with or without spaces inside the braces', () => {
    expect(formatMessage('container "{{name}}" sets {{ field }} twice', { name: 'agent', field: 'image' })).toBe(
      'container "agent" sets image twice',
    );
  });

  it('renders numbers and repeats a placeholder as often as it appears', () => {
    expect(formatMessage('{{port}}/{{port}} of {{n}}', { port: 9100, n: 0 })).toBe('9100/9100 of 0');
  });

  it('leaves a placeholder without data exactly as written', () => {
    expect(formatMessage('a {{ missing }} b {{x}}', { x: 1 })).toBe('a {{ missing }} b 1');
    expect(formatMessage('{{x}}', undefined)).toBe('{{x}}');
  });

  it('inserts data literally, never as a replacement pattern', () => {
    expect(formatMessage('value {{v}}', { v: "$& $' $1" })).toBe("value $& $' $1");
  });

  it('returns a template without placeholders unchanged, and renders the same template again identically', () => {
    expect(formatMessage('no placeholders here', { a: 1 })).toBe('no placeholders here');
    expect(formatMessage('{{a}}-{{b}}', { a: 1, b: 2 })).toBe('1-2');
    expect(formatMessage('{{a}}-{{b}}', { a: 3, b: 4 })).toBe('3-4');
  });

  it('never gives one rendering for another: values that join alike, a missing value, the same values in another template', () => {
    // Rendered texts are remembered by template and values: each pair must still get its own text.
    const cases: [string, Record<string, string | number> | undefined, string][] = [
      ['{{a}}{{b}}', { a: 'x:1', b: 'y' }, 'x:1y'],
      ['{{a}}{{b}}', { a: 'x', b: '1:y' }, 'x1:y'],
      ['{{a}}{{b}}', { a: 'x:1:y', b: '' }, 'x:1:y'],
      ['{{a}}{{b}}', { a: '-' }, '-{{b}}'],
      ['{{a}}{{b}}', { a: '-', b: '-' }, '--'],
      ['{{a}}{{b}}', { b: '-' }, '{{a}}-'],
      ['{{a}}{{b}}', { a: 1, b: 23 }, '123'],
      ['{{a}}{{b}}', { a: 12, b: 3 }, '123'],
      ['{{a}} and {{b}}', { a: 'x:1', b: 'y' }, 'x:1 and y'],
      ['{{ a }}{{b}}', { a: 'x:1', b: 'y' }, 'x:1y'],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [template, data, text] of cases) expect(formatMessage(template, data)).toBe(text);
    }
  });

  it('names the rule and message id when a rule reports an unknown message', () => {
    const rule = { id: 'demo', meta: { messages: { known: 'ok {{x}}' } } };
    expect(renderMessage(rule, 'known', { x: 'y' })).toBe('ok y');
    expect(() => renderMessage(rule, 'other', undefined)).toThrow('rule "demo" reported unknown messageId "other"');
  });

  it('renders a headline and its help with the same data; a plain string has no help', () => {
    const rule = { id: 'demo', meta: { messages: { split: { message: 'container "{{name}}" is privileged', help: 'Drop privileged from "{{name}}", or justify it.' }, plain: 'just {{name}}' } } };
    expect(renderMessage(rule, 'split', { name: 'agent' })).toBe('container "agent" is privileged');
    expect(renderHelp(rule, 'split', { name: 'agent' })).toBe('Drop privileged from "agent", or justify it.');
    expect(renderMessage(rule, 'plain', { name: 'agent' })).toBe('just agent');
    expect(renderHelp(rule, 'plain', { name: 'agent' })).toBeUndefined();
  });
});

describe('a finding carries the help of its message', () => {
  it('from a rule that reports a message with help', async () => {
    const rule = defineRule({
      id: 'demo-help',
      meta: { description: 'demo', severity: 'warning', fixable: false, messages: { m: { message: 'DaemonSet {{name}} noted', help: 'Because {{name}} is a demo.' } }, defaultOptions: {}, tags: [] },
      check(ds, context) {
        context.report({ path: ['metadata', 'name'], messageId: 'm', data: { name: String(ds.metadata?.name) } });
      },
    });
    const config = { ...defaultConfig(), rules: { 'demo-help': { level: 'warning' as const } } };
    const run = await lint({ texts: [{ path: 'a.yaml', text: 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\n' }], config, rules: [rule], concurrency: 1, baselineFile: false });
    const found = run.findings.filter((f) => f.ruleId === 'demo-help');
    expect(found.map((f) => [f.message, f.help, f.range.start.line, f.range.start.column])).toEqual([['DaemonSet agent noted', 'Because agent is a demo.', 4, 3]]);
  });
});

