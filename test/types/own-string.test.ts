import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/types/own-string.js';

describe('ownString', () => {
  it('is the same text, whatever it holds', () => {
    const text = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: "agent \u2028 \uD800 \\"x\\""}';
    for (const value of ['', 'short', text, text.slice(20, 40), `${text.slice(5, 30)}${text.slice(2, 9)}`]) expect(ownString(value)).toBe(value);
  });
});
