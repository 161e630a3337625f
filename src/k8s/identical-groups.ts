import { fnvOfString } from '../types/hash.js';

/**
 * Objects a rule across the input cannot tell apart (the same selector and labels, the same host
 * ports and placement), in groups: rules that compare pairs compare one representative of each
 * group, and a group whose members all conflict with each other is one finding, not one per pair.
 * A thousand copies of one DaemonSet are one group: comparing and reporting every pair would be
 * half a million findings.
 */
export interface IdenticalGroup<T> {
  /** The distinct objects of the group, in input order; `members[0]` represents it. */
  members: T[];
}

/**
 * Groups `objects` by `key`, in the order of each group's first member. `coarse`, when given, is
 * a cheaper text that objects with one key always share (a part of what the key is made of). An object whose
 * `identity` (kind and name, say) is already in its group is the same object written twice: the
 * later apply replaces the earlier, they never run side by side, so it is left out. An object
 * without an identity (no name) is always distinct.
 *
 * Keys are bucketed by their hash and not kept: a key is a few hundred characters of JSON, and
 * keeping one per object of 100,000 was tens of megabytes at the peak of a run. Two keys with one
 * hash are told apart by making the representative's key again, which only copies and hash
 * collisions need.
 */
export function groupIdentical<T>(
  objects: readonly T[],
  key: (object: T) => string,
  identity: (object: T) => string | undefined,
  coarse?: (object: T) => string,
): IdenticalGroup<T>[] {
  const byHash = new Map<number, Bucket<T> | Bucket<T>[]>();
  const groups: IdenticalGroup<T>[] = [];
  const add = (object: T): void => {
    const k = key(object);
    const hash = fnvOfString(k);
    const found = byHash.get(hash);
    const bucket = found === undefined ? undefined : Array.isArray(found) ? found.find((b) => key(b.members[0]) === k) : key(found.members[0]) === k ? found : undefined;
    if (bucket === undefined) {
      const group: Bucket<T> = { members: [object] };
      groups.push(group);
      if (found === undefined) byHash.set(hash, group);
      else if (Array.isArray(found)) found.push(group);
      else byHash.set(hash, [found, group]);
      return;
    }
    const id = identity(object);
    if (id === undefined) {
      bucket.members.push(object);
      return;
    }
    // Identities are looked up only once a group has a second member.
    bucket.seen ??= new Set(bucket.members.map(identity).filter((i) => i !== undefined));
    if (bucket.seen.has(id)) return;
    bucket.seen.add(id);
    bucket.members.push(object);
  };
  if (coarse === undefined) {
    for (const object of objects) add(object);
    return groups;
  }
  // An object alone under its coarse key is a group of its own: its key is never made. In most
  // inputs that is nearly every object (of 20,000 DaemonSets, their JSON was a third of the
  // time of the rules across the input).
  const coarseKeys = objects.map(coarse);
  const counts = new Map<string, number>();
  for (const k of coarseKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (let i = 0; i < objects.length; i++) {
    if (counts.get(coarseKeys[i]) === 1) groups.push({ members: [objects[i]] });
    else add(objects[i]);
  }
  return groups;
}

interface Bucket<T> extends IdenticalGroup<T> {
  /** The identities of the members, once there are two. */
  seen?: Set<string>;
}
