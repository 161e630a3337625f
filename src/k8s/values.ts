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

/**
 * JSON text of a manifest value, integers past 2^53 (bigints, which JSON.stringify refuses)
 * written with their exact digits, as Kubernetes writes them.
 */
export function jsonText(value: unknown): string {
  if (typeof value === 'bigint') return String(value);
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${BIGINT_MARK}${v}` : v));
  if (text === undefined) return String(value);
  return text.includes(BIGINT_MARK) ? text.replace(BIGINT_PATTERN, '$1') : text;
}

const BIGINT_MARK = '\u0000bigint:';
const BIGINT_PATTERN = /"\u0000bigint:(-?\d+)"/g;

/** A whole number as the API decodes an integer field: a safe integer or an exact bigint; undefined otherwise. */
export function wholeNumber(value: unknown): number | bigint | undefined {
  if (typeof value === 'bigint') return value;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
