/**
 * Kubernetes `IntOrString` fields used as "an absolute number or a percentage" (rolling update
 * `maxUnavailable`/`maxSurge`, PodDisruptionBudget `minAvailable`, ...), read the way the API
 * server reads them.
 *
 * Sources mirrored:
 * - decoding: k8s.io/apimachinery/pkg/util/intstr (`UnmarshalJSON` puts a JSON string in StrVal
 *   and any other JSON value in the int32 IntVal; `IntValue` is `strconv.Atoi` for strings, 0 when
 *   that fails)
 * - percent syntax: k8s.io/apimachinery/pkg/util/validation `IsValidPercent` (`^[0-9]+%$`)
 * - value of a field: pkg/apis/apps/validation `getPercentValue` / `getIntOrPercentValue`
 */

export type IntOrString = { kind: 'int'; value: number } | { kind: 'string'; value: string };

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** `percentFmt` in apimachinery's validation package. */
export const PERCENT_FORMAT = '[0-9]+%';

const PERCENT = /^[0-9]+%$/;

/** The message `IsValidPercent` returns (a `RegexError` with its examples), word for word. */
export const INVALID_PERCENT_MESSAGE =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%')";

/**
 * The value as the API server decodes it, or undefined when it cannot be decoded into an
 * IntOrString at all (a boolean, a fraction, a number outside int32, a mapping): that is a type
 * error, which the schema rule reports. `null` is not a value either: callers treat it as absent,
 * as the API does (the field is then defaulted).
 */
export function parseIntOrString(value: unknown): IntOrString | undefined {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX) {
    return { kind: 'int', value };
  }
  return undefined;
}

/** `IsValidPercent`: digits followed by `%`, nothing else (no sign, no space, no fraction). */
export function isValidPercent(text: string): boolean {
  return PERCENT.test(text);
}

/** The number of a valid percent string (`"25%"` → 25), or undefined when it is not one. */
export function percentValue(value: IntOrString): number | undefined {
  if (value.kind !== 'string' || !isValidPercent(value.value)) return undefined;
  return Number(value.value.slice(0, -1));
}

/**
 * `getIntOrPercentValue`: the percentage of a percent string, the int of an int, and for any
 * other string what Go's `strconv.Atoi` makes of it (`"1"` → 1, `"-2"` → -2), 0 when it is not
 * a decimal integer. Validation uses it to tell zero from non-zero, so `maxSurge: "1"` counts as
 * non-zero even though it is also rejected as an invalid percentage.
 */
export function intOrPercentValue(value: IntOrString): number {
  const percent = percentValue(value);
  if (percent !== undefined) return percent;
  if (value.kind === 'int') return value.value;
  return /^[+-]?[0-9]+$/.test(value.value) ? Number(value.value) : 0;
}

/** The value as it would be written back in YAML: ints bare, strings quoted. */
export function formatIntOrString(value: IntOrString): string {
  return value.kind === 'int' ? String(value.value) : JSON.stringify(value.value);
}
