import { describe, expect, it } from 'vitest';
import { memoize, memoizeByObject } from '../../src/k8s/memoize.js';

describe('memoize', () => {
  it('computes each key once, undefined results included', () => {
    const calls: string[] = [];
    const f = memoize((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.length;
    });
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, undefined, undefined]);
    expect(calls).toEqual(['abc', 'none']);
  });
  it('forgets everything once it holds max results', () => {
    const calls: number[] = [];
    const f = memoize((key: number) => {
      calls.push(key);
      return key * 2;
    }, 2);
    f(1);
    f(2);
    f(1);
    f(3); // the third key: the first two are forgotten
    f(1);
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});

describe('memoizeByObject', () => {
  it('computes once per object, by identity', () => {
    let calls = 0;
    const f = memoizeByObject((list: readonly string[]) => {
      calls++;
      return list.join(',');
    });
    const options = ['a', 'b'];
    expect([f(options), f(options), f(['a', 'b'])]).toEqual(['a,b', 'a,b', 'a,b']);
    expect(calls).toBe(2);
  });
});
