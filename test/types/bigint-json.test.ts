import { describe, expect, it } from 'vitest';
import { bigintJson, equalityKey, fromBigintJson } from '../../src/types/bigint-json.js';

describe('bigintJson', () => {
  it('round-trips bigints, keys starting with $, and a __proto__ key as a key', () => {
    const value = JSON.parse('{"a": {"__proto__": {"x": 1}, "$bigint": "5"}, "list": [1, "two"]}') as Record<string, unknown>;
    (value.a as Record<string, unknown>).n = 9007199254740993n;
    const text = bigintJson(value);
    expect(text).toBe('{"a":{"__proto__":{"x":1},"$$bigint":"5","n":{"$bigint":"9007199254740993"}},"list":[1,"two"]}');
    const back = fromBigintJson(JSON.parse(text)) as { a: Record<string, unknown> };
    expect(Object.keys(back.a)).toEqual(['__proto__', '$bigint', 'n']);
    expect(Object.getPrototypeOf(back.a)).toBe(Object.prototype);
    expect(back.a.n).toBe(9007199254740993n);
    expect(back.a.$bigint).toBe('5');
  });
});

describe('equalityKey', () => {
  it('is JSON.stringify for a value without bigints', () => {
    expect(equalityKey([{ port: 53, protocol: 'UDP' }, undefined, { a: undefined }])).toBe('J[{"port":53,"protocol":"UDP"},null,{}]');
  });

  it('is bigintJson for a value with a bigint, which a mapping written like one cannot pass for', () => {
    expect(equalityKey({ seconds: 9007199254740993n })).toBe('B{"seconds":{"$bigint":"9007199254740993"}}');
    expect(equalityKey({ seconds: { $bigint: '9007199254740993' } })).toBe('J{"seconds":{"$bigint":"9007199254740993"}}');
    expect(equalityKey([1n])).toBe(equalityKey([1n]));
  });

  it('throws what JSON.stringify throws for a value that is not data', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => equalityKey(loop)).toThrow(TypeError);
  });

  it('tells a bigint from its digits as a string when the host gave bigints a toJSON', () => {
    const prototype = BigInt.prototype as unknown as { toJSON?: () => string };
    prototype.toJSON = function (this: bigint) {
      return this.toString();
    };
    try {
      expect(equalityKey({ seconds: 9007199254740993n })).not.toBe(equalityKey({ seconds: '9007199254740993' }));
      expect(equalityKey({ seconds: 9007199254740993n })).toBe('B{"seconds":{"$bigint":"9007199254740993"}}');
    } finally {
      delete prototype.toJSON;
    }
  });
});

