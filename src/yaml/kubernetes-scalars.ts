import { Schema, YAML11_SCHEMA, timestampTag, type ScalarTagDefinition } from 'js-yaml';

/**
 * Kubernetes reads manifests with sigs.k8s.io/yaml, which wraps go-yaml v2: YAML 1.1 scalars
 * (`yes`/`no`/`on`/`off`/`y`/`n` are booleans, `0755` is octal, `<<` merges), but a plain scalar
 * that looks like a timestamp stays a string when decoded into an untyped value, so annotations
 * such as `expires: 2027-03-31` arrive as strings. See go-yaml v2 decode.go (`scalar`).
 */
export const kubernetesYamlSchema: Schema = new Schema(
  YAML11_SCHEMA.tags.filter((tag) => tag !== timestampTag),
);

/**
 * How a mapping key reads once Kubernetes converts YAML to JSON: the key's resolved value
 * as a string (`on:` becomes the key "true", `0755:` becomes "493").
 */
export function keyString(resolved: unknown): string {
  return typeof resolved === 'string' ? resolved : String(resolved);
}

/**
 * First characters (ASCII) for which the schema has an implicit resolver, taken from the schema
 * itself: a plain scalar starting with any other character stays a string without asking it.
 */
export const PLAIN_RESOLVES_ASCII = new Uint8Array(128);
let resolvesNonAscii = false;
for (const tag of kubernetesYamlSchema.tags) {
  if (tag.nodeKind !== 'scalar' || !tag.implicit) continue;
  const first = (tag as ScalarTagDefinition).implicitFirstChars;
  if (first === null) {
    PLAIN_RESOLVES_ASCII.fill(1);
    resolvesNonAscii = true;
    break;
  }
  for (const key of first) {
    if (key === '') continue; // the empty scalar: resolvePlain asks the schema for it
    const c = key.charCodeAt(0);
    if (c < 128) PLAIN_RESOLVES_ASCII[c] = 1;
    else resolvesNonAscii = true;
  }
}

/** A plain scalar's value as Kubernetes reads it (`yes` is true, `0755` is 493, `2027-03-31` a string). */
export function resolvePlain(raw: string): unknown {
  const c = raw.charCodeAt(0);
  if (raw.length > 0 && (c < 128 ? PLAIN_RESOLVES_ASCII[c] === 0 : !resolvesNonAscii)) return raw;
  // Manifests repeat short ones (the keys `name`, `namespace`, `type`; values such as `100m` or
  // `true`), and the schema tries a regular expression per candidate type on each. Only short
  // ones are remembered: V8 copies a slice that short, while a longer one points into its whole
  // file's text, which a key kept here would keep alive after the run.
  if (raw.length > MAX_CACHED_LENGTH) return kubernetesYamlSchema.resolveImplicitScalarTag(raw).value;
  const cached = resolved.get(raw);
  if (cached !== undefined || resolved.has(raw)) return cached;
  const value = kubernetesYamlSchema.resolveImplicitScalarTag(raw).value;
  // Every resolved value is a primitive (no timestamps: Dates would be shared between documents).
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  resolved.set(raw, value);
  return value;
}

/** V8 makes a sliced string (a view of its parent) from 13 characters on. */
const MAX_CACHED_LENGTH = 12;
/** Past this many distinct scalars all are forgotten at once: the cache lives as long as the process. */
const MAX_RESOLVED = 4096;
const resolved = new Map<string, unknown>();
