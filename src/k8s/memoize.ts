import { ownString } from '../types/own-string.js';

/**
 * A function's results by argument, for values manifests repeat (an image in every container,
 * `100m` in every resource block). At most `max` are held: past that all are forgotten at once,
 * so a huge input cannot grow the cache without bound.
 */
export function memoize<K, V>(compute: (key: K) => V | undefined, max = 1024): (key: K) => V | undefined {
  // null stands for "computed, and undefined", so that such keys are remembered too.
  const results = new Map<K, V | null>();
  return (key) => {
    const cached = results.get(key);
    if (cached !== undefined) return cached ?? undefined;
    // A string key is a copy, and the result is computed from it: the cache outlives the run (the
    // language server's, for hours), and a key cut from a document, or a result cut from the
    // key, would keep the whole text of that document alive.
    const own = (typeof key === 'string' ? ownString(key) : key) as K;
    const value = compute(own);
    if (results.size >= max) results.clear();
    results.set(own, value === undefined ? null : value);
    return value;
  };
}

/**
 * A function's results by object, for what rules derive from their options: a run hands every
 * DaemonSet the same options object, so the work is done once per run and dropped with it.
 */
export function memoizeByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, { value: V }>();
  return (key) => {
    let entry = results.get(key);
    if (entry === undefined) results.set(key, (entry = { value: compute(key) }));
    return entry.value;
  };
}
