import { describe, expect, it } from 'vitest';
import { groupIdentical } from '../../src/k8s/identical-groups.js';
import { fnvOfString } from '../../src/types/hash.js';

interface Item {
  key: string;
  name?: string;
}

const group = (items: Item[]) =>
  groupIdentical(
    items,
    (i) => i.key,
    (i) => i.name,
  ).map((g) => g.members.map((m) => `${m.key}:${m.name ?? '-'}`));

describe('groupIdentical', () => {
  it('groups by key in the order of first members, leaving out an identity seen in the group', () => {
    expect(
      group([
        { key: 'a', name: 'x' },
        { key: 'b', name: 'y' },
        { key: 'a', name: 'z' },
        { key: 'a', name: 'x' },
        { key: 'a' },
        { key: 'a' },
        { key: 'b', name: 'x' },
      ]),
    ).toEqual([['a:x', 'a:z', 'a:-', 'a:-'], ['b:y', 'b:x']]);
  });

  it('an identity seen in another group does not count', () => {
    expect(
      group([
        { key: 'a', name: 'x' },
        { key: 'b', name: 'x' },
      ]),
    ).toEqual([['a:x'], ['b:x']]);
  });

  // Two keys found to share a 32-bit FNV-1a hash: the groups are still told apart by key.
  it('keeps keys with the same hash apart', () => {
    expect(fnvOfString('key-901258')).toBe(fnvOfString('key-1540052'));
    expect(
      group([
        { key: 'key-901258', name: 'x' },
        { key: 'key-1540052', name: 'x' },
        { key: 'key-901258', name: 'y' },
        { key: 'key-1540052', name: 'z' },
        { key: 'key-1540052', name: 'x' },
      ]),
    ).toEqual([['key-901258:x', 'key-901258:y'], ['key-1540052:x', 'key-1540052:z']]);
  });

  it('with a coarse key, gives the same groups in the same order, and makes the key only of objects that share their coarse key', () => {
    const items: Item[] = [
      { key: 'a1', name: 'x' },
      { key: 'b1', name: 'y' },
      { key: 'a2', name: 'z' },
      { key: 'a1', name: 'w' },
      { key: 'c1' },
      { key: 'a1', name: 'x' },
      { key: 'b2' },
    ];
    const keyed: string[] = [];
    const groups = groupIdentical(
      items,
      (i) => (keyed.push(i.key), i.key),
      (i) => i.name,
      (i) => i.key[0],
    ).map((g) => g.members.map((m) => `${m.key}:${m.name ?? '-'}`));
    expect(groups).toEqual([['a1:x', 'a1:w'], ['b1:y'], ['a2:z'], ['c1:-'], ['b2:-']]);
    expect(groups).toEqual(group(items));
    expect(new Set(keyed)).toEqual(new Set(['a1', 'a2', 'b1', 'b2']));
  });
});
