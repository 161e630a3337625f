// A seeded random source, so that generated benchmark inputs are the same on every run.

/** mulberry32: a small, fast 32-bit generator; returns numbers in [0, 1). */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `random()`, `pick(list)` and `chance(p)` drawn from one seeded sequence. */
export function seeded(seed) {
  const random = mulberry32(seed);
  return { random, pick: (xs) => xs[Math.floor(random() * xs.length)], chance: (p) => random() < p };
}
