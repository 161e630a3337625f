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

/** A value bigintJson wrote, parsed, with its bigints and keys back as they were. */
export function fromBigintJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromBigintJson);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === BIGINT && typeof record[BIGINT] === 'string' && DIGITS.test(record[BIGINT])) return BigInt(record[BIGINT]);
  const out: Record<string, unknown> = {};
  for (const key of keys) setOwn(out, key.startsWith('$') ? key.slice(1) : key, fromBigintJson(record[key]));
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
