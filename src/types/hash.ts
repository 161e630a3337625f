/**
 * FNV-1a (32 bits), a step at a time: over a path's UTF-8 bytes it decides a file's shard, which
 * must never change between versions or platforms; over a string's UTF-16 code units it buckets
 * objects by a key without keeping the key. Not cryptographic, and never needs to be.
 */
export const FNV_OFFSET = 0x811c9dc5;

export function fnvStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** FNV-1a of a string's UTF-16 code units, as an unsigned 32-bit number. */
export function fnvOfString(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}
