/**
 * Reading a manifest's values defensively: rules run before (and whatever) the schema rule says,
 * so any field may hold any JSON value.
 */

/** The value as an object (a YAML mapping), or undefined for anything else. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The value as a list, or an empty list for anything else. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
