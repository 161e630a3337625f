import { describe, expect, it } from 'vitest';
import { formatMessage, renderMessage } from '../../src/types/rule.js';

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

  it('names the rule and message id when a rule reports an unknown message', () => {
    const rule = { id: 'demo', meta: { messages: { known: 'ok {{x}}' } } };
    expect(renderMessage(rule, 'known', { x: 'y' })).toBe('ok y');
    expect(() => renderMessage(rule, 'other', undefined)).toThrow('rule "demo" reported unknown messageId "other"');
  });
});
