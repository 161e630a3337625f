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
    const value = compute(key);
    if (results.size >= max) results.clear();
    results.set(key, value === undefined ? null : value);
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
