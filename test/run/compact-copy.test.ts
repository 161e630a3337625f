import { describe, expect, it } from 'vitest';
import { CompactCopier } from '../../src/run/compact-copy.js';

describe('CompactCopier', () => {
  it('copies plain data whole: objects, arrays, maps, sets, bigints, null prototypes, a __proto__ key', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.x = 1;
    const withProtoKey = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const value = {
      ref: { kind: 'DaemonSet', name: 'node-exporter'.repeat(3) },
      list: [1, 'two', null, undefined, true, 3n],
      map: new Map<unknown, unknown>([['k', { v: 1 }]]),
      set: new Set(['a', 'b']),
      bare,
      withProtoKey,
      when: new Date(0),
    };
    const copy = new CompactCopier().copy(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.ref).not.toBe(value.ref);
    expect(copy.map.get('k')).not.toBe(value.map.get('k'));
    expect(Object.getPrototypeOf(copy.bare)).toBe(null);
    expect(Object.keys(copy.withProtoKey)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(copy.withProtoKey)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(copy.when).toEqual(new Date(0));
    copy.ref.name = 'changed';
    expect(value.ref.name).toBe('node-exporter'.repeat(3));
  });

  it('shares frozen constants, and what one value reaches twice stays one object in its copy', () => {
    const constant = Object.freeze({ key: 'node.kubernetes.io/not-ready', operator: 'Exists' });
    const own = { operator: 'Exists' };
    const value = { placement: { tolerations: [own] }, choice: { tolerations: [own, constant] } };
    const copier = new CompactCopier();
    const copy = copier.copy(value);
    expect(copy.choice.tolerations[1]).toBe(constant);
    expect(copy.choice.tolerations[0]).toBe(copy.placement.tolerations[0]);
    expect(copy.placement.tolerations[0]).not.toBe(own);
    // Another value's copy has its own objects.
    expect(copier.copy(value).placement.tolerations[0]).not.toBe(copy.placement.tolerations[0]);
  });

  it('copies cycles and values deeper than it walks', () => {
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    const copy = new CompactCopier().copy(cyclic);
    expect(copy.self).toBe(copy);
    expect(copy).not.toBe(cyclic);
    let deep: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 100; i++) deep = { next: deep };
    expect(new CompactCopier().copy(deep)).toEqual(deep);
  });
});
