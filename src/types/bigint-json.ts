import { setOwn } from './own-key.js';

/**
 * JSON text of a value that can hold bigints, which JSON has not: a manifest's integer past 2^53
 * is read as one, and node-fit and the fleet plan keep amounts in the scheduler's units as
 * bigints. A bigint is written `{"$bigint": "digits"}`; so that no mapping of a manifest can pass
 * for one, every key that starts with `$` is written with one `$` more (and read back with one
 * less). For a share's file (`--collect-out`), and wherever such a value is compared as text.
 */
export function bigintJson(value: unknown): string {
  return JSON.stringify(encode(value));
}

/**
 * A text that two values share exactly when bigintJson's texts of them are equal, made by
 * JSON.stringify alone unless the value holds a bigint (rare: an integer past 2^53 in a
 * manifest). For grouping values by equality: bigintJson's copy of the value first made the
 * groups of 20,000 DaemonSets' host ports cost three times as much. The two forms start with
 * different letters, so neither can pass for the other.
 */
export function equalityKey(value: unknown): string {
  // A host program may give bigints a toJSON (a common polyfill): JSON.stringify would then write
  // 1n as it writes "1".
  if (Object.hasOwn(BigInt.prototype, 'toJSON')) return `B${bigintJson(value)}`;
  try {
    return `J${JSON.stringify(value)}`;
  } catch (error) {
    if (error instanceof TypeError && containsBigint(value)) return `B${bigintJson(value)}`;
    throw error;
  }
}

/** Whether a bigint is anywhere in `value` (which may hold cycles: JSON.stringify throws a TypeError for those too). */
function containsBigint(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => containsBigint(item, seen));
}

/**
 * A value bigintJson wrote, parsed, with its bigints and keys back as they were. With `keep`, each
 * string is what it returns: JSON.parse makes a string of every occurrence, and the namespaces,
 * kinds, label keys and file paths of 100,000 DaemonSets (a merge holds every share's) are a few
 * hundred distinct strings, not a million (CompactCopier.string shares them).
 */
export function fromBigintJson(value: unknown, keep?: (text: string) => string): unknown {
  if (typeof value === 'string') return keep === undefined ? value : keep(value);
  if (Array.isArray(value)) return value.map((item) => fromBigintJson(item, keep));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === BIGINT && typeof record[BIGINT] === 'string' && DIGITS.test(record[BIGINT])) return BigInt(record[BIGINT]);
  const out: Record<string, unknown> = {};
  for (const key of keys) setOwn(out, key.startsWith('$') ? key.slice(1) : key, fromBigintJson(record[key], keep));
  return out;
}

const BIGINT = '$bigint';
const DIGITS = /^-?\d+$/;

function encode(value: unknown): unknown {
  if (typeof value === 'bigint') return { [BIGINT]: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // JSON leaves out what is undefined; so does this, before a key could be renamed for it.
    if (item !== undefined) setOwn(out, key.startsWith('$') ? `$${key}` : key, encode(item));
  }
  return out;
}
