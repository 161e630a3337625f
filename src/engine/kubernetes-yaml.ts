import { Schema, YAML11_SCHEMA, timestampTag } from 'js-yaml';

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
