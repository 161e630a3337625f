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
 * Groups `objects` by `key`, in the order of each group's first member. An object whose
 * `identity` (kind and name, say) is already in its group is the same object written twice: the
 * later apply replaces the earlier, they never run side by side, so it is left out. An object
 * without an identity (no name) is always distinct.
 */
export function groupIdentical<T>(objects: readonly T[], key: (object: T) => string, identity: (object: T) => string | undefined): IdenticalGroup<T>[] {
  const byKey = new Map<string, { group: IdenticalGroup<T>; seen: Set<string> }>();
  const groups: IdenticalGroup<T>[] = [];
  for (const object of objects) {
    const k = key(object);
    const id = identity(object);
    const entry = byKey.get(k);
    if (!entry) {
      const group = { members: [object] };
      byKey.set(k, { group, seen: new Set(id === undefined ? [] : [id]) });
      groups.push(group);
    } else if (id === undefined || !entry.seen.has(id)) {
      if (id !== undefined) entry.seen.add(id);
      entry.group.members.push(object);
    }
  }
  return groups;
}
