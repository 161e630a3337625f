/**
 * A string of its own: neither a slice of a longer one nor a concatenation of pieces that may be.
 * V8 keeps a whole file's text alive while any string cut from it lives: what is kept longer than
 * its run (a cache, the objects compared across the input) keeps a copy instead. Strings shorter
 * than 13 characters are always copies in V8, and come back as they are.
 */
export function ownString(value: string): string {
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}
