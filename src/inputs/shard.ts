import { FNV_OFFSET, fnvStep } from '../types/hash.js';
/**
 * `--shard k/n`: one share of the input files, so that a CI matrix of n jobs lints each file once.
 * A file's share depends on its path alone (as shown in findings: relative to the working
 * directory, with `/`), hashed: adding or removing files never moves another file to another
 * share, and every job of the matrix computes the same split without talking to the others.
 */
export interface Shard {
  /** 1-based: which share this run lints. */
  index: number;
  /** How many shares the input is split into. */
  count: number;
}

/** Parses `k/n` (1 <= k <= n); returns an error message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!match) return `--shard takes k/n (this job's share k of n, for example 2/4), got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard k/n needs 1 <= k <= n, got "${text}"`;
  return { index, count };
}

/**
 * The share (1-based) a file belongs to: FNV-1a (32 bits) of the path's UTF-8 bytes, modulo n.
 * Not node:crypto: the split must never change between versions or platforms, and a few thousand
 * short paths need no cryptographic hash.
 */
export function shardOf(path: string, count: number): number {
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(path, 'utf8')) hash = fnvStep(hash, byte);
  return ((hash >>> 0) % count) + 1;
}
