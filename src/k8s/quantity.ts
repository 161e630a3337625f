import { memoize } from './memoize.js';

/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `0.5`, `1e3`), read the way the API server reads
 * them and compared exactly: `0.1` equals `100m`, `1Gi` equals `1024Mi`. Floats would get these
 * wrong, so a quantity is kept as a decimal with a BigInt coefficient.
 *
 * Reference: k8s.io/apimachinery/pkg/api/resource (quantity.go `ParseQuantity`, suffix.go).
 */

/** An exact quantity: `sign * coefficient * 10^exponent`, normalized so equal values are equal objects. */
export interface Quantity {
  readonly sign: -1 | 0 | 1;
  /** The magnitude's significant digits, without trailing zeros; 0n for zero. */
  readonly coefficient: bigint;
  readonly exponent: number;
}

const ZERO: Quantity = Object.freeze({ sign: 0, coefficient: 0n, exponent: 0 });

/** The smallest step the API keeps: parsing rounds anything finer up to 1n. */
const NANO_EXPONENT = -9;

/** BinarySI amounts are capped at the largest int64 (quantity.go, `maxAllowed`). */
const MAX_BINARY = 2n ** 63n - 1n;

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

/**
 * The number part of the documented grammar: digits with an optional fraction, at least one
 * digit in all. Go's scanner also lets digit-less text such as `-`, `.` or `Mi` through as zero
 * on some code paths; those are not quantities anyone means, so they count as invalid here.
 */
const QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/s;
const EXPONENT_SUFFIX = /^[eE]([+-]?[0-9]+)$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Go's `strings.TrimSpace` (Unicode White_Space): `UnmarshalJSON` trims before parsing, so
 * `" 500m "` is valid. JavaScript's `trim` differs (it strips U+FEFF, keeps U+0085).
 */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const SURROUNDING_SPACE = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/**
 * Reads a quantity as a manifest gives it: a string, or a YAML number (`cpu: 1`, `cpu: 0.5`).
 * Returns undefined for anything the API would reject; reporting those is the schema rule's job.
 */
export function parseQuantity(value: unknown): Quantity | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') {
    return typeof value === 'bigint' ? parseQuantityText(String(value)) : undefined;
  }
  return parseWritten(value);
}

/** Parsed by what the manifest wrote: manifests repeat a handful of values (100m, 128Mi) in every container, and parsing is BigInt work. */
const parseWritten = memoize((value: string | number): Quantity | undefined => {
  if (typeof value === 'string') return parseQuantityText(value.replace(SURROUNDING_SPACE, ''));
  // A YAML number reaches the API as a JSON number whose text Go prints in shortest form, as
  // String() does; only the exponent's spelling differs (`1e-07` / `1e-7`), which parses the same.
  return Number.isFinite(value) ? parseQuantityText(String(value)) : undefined;
});

function parseQuantityText(text: string): Quantity | undefined {
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const [, signText, whole, fraction = '', suffix] = match;
  if (whole.length + fraction.length === 0) return undefined;
  const digits = BigInt(`${whole}${fraction}` || '0');
  const negative = signText === '-';

  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== undefined) return binaryQuantity(negative, digits, fraction.length, binary);

  let exponent = DECIMAL_SUFFIXES[suffix];
  if (exponent === undefined) {
    const e = EXPONENT_SUFFIX.exec(suffix);
    if (!e) return undefined;
    const parsed = BigInt(e[1]);
    // strconv.ParseInt(..., 64) rejects what does not fit an int64; the result is then
    // converted to int32, which wraps.
    if (parsed < INT64_MIN || parsed > INT64_MAX) return undefined;
    exponent = Number(BigInt.asIntN(32, parsed));
  }
  return decimalQuantity(negative, digits, exponent - fraction.length);
}

/** `digits * 10^exponent`, rounded away from zero to whole nanos as ParseQuantity does. */
function decimalQuantity(negative: boolean, digits: bigint, exponent: number): Quantity {
  if (digits === 0n) return ZERO;
  if (exponent < NANO_EXPONENT) {
    const shift = NANO_EXPONENT - exponent;
    // When every digit is below a nano the result is 1n; checking the length first avoids
    // computing 10^shift for exponents such as e-2147483648.
    digits = digitCount(digits) <= shift ? 1n : ceilDiv(digits, 10n ** BigInt(shift));
    exponent = NANO_EXPONENT;
  }
  return normalized(negative, digits, exponent);
}

/** `digits / 10^fractionDigits * 2^power`, rounded up to whole nanos and capped at the int64 maximum. */
function binaryQuantity(negative: boolean, digits: bigint, fractionDigits: number, power: number): Quantity {
  if (digits === 0n) return ZERO;
  let nanos = ceilDiv(digits * (1n << BigInt(power)) * 10n ** 9n, 10n ** BigInt(fractionDigits));
  if (nanos > MAX_BINARY * 10n ** 9n) nanos = MAX_BINARY * 10n ** 9n;
  return normalized(negative, nanos, NANO_EXPONENT);
}

function normalized(negative: boolean, coefficient: bigint, exponent: number): Quantity {
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent++;
  }
  return Object.freeze({ sign: negative ? -1 : 1, coefficient, exponent });
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  if (a.sign === 0) return 0;
  const magnitude = compareMagnitudes(a, b);
  return a.sign === 1 || magnitude === 0 ? magnitude : magnitude === 1 ? -1 : 1;
}

function compareMagnitudes(a: Quantity, b: Quantity): -1 | 0 | 1 {
  // Requests and limits are mostly written alike (100m and 500m, 64Mi and 128Mi): same exponent.
  if (a.exponent === b.exponent) return a.coefficient === b.coefficient ? 0 : a.coefficient < b.coefficient ? -1 : 1;
  // The position of the leading digit decides unless it is the same; then the exponents differ
  // by at most the coefficients' lengths, so aligning them stays cheap even for 1e2147483647.
  const aLead = digitCount(a.coefficient) + a.exponent;
  const bLead = digitCount(b.coefficient) + b.exponent;
  if (aLead !== bLead) return aLead < bLead ? -1 : 1;
  const shift = a.exponent - b.exponent;
  const aAligned = shift > 0 ? a.coefficient * 10n ** BigInt(shift) : a.coefficient;
  const bAligned = shift < 0 ? b.coefficient * 10n ** BigInt(-shift) : b.coefficient;
  return aAligned === bAligned ? 0 : aAligned < bAligned ? -1 : 1;
}

function digitCount(n: bigint): number {
  return n.toString().length;
}

function ceilDiv(n: bigint, d: bigint): bigint {
  return (n + d - 1n) / d;
}

/**
 * `ceil(quantity * 10^scale)` as Go's `Quantity.ScaledValue(-scale)` computes it (quantity.go):
 * `scale` 3 is `MilliValue`, 0 is `Value`, 9 is the exact value in nanos (every parsed quantity
 * is a whole number of nanos). Magnitudes are capped at the largest int64 of the unit (of whole
 * units for nanos); no node advertises more.
 */
export function scaledValue(quantity: Quantity, scale: number): bigint {
  if (quantity.sign === 0) return 0n;
  const exponent = quantity.exponent + scale;
  const limit = scale > 3 ? INT64_MAX * 10n ** BigInt(scale) : INT64_MAX;
  let magnitude: bigint;
  if (exponent >= 0) {
    // Past 40 digits the amount is beyond any limit: no need to compute 10^2147483647.
    magnitude = digitCount(quantity.coefficient) + exponent > 40 ? limit : quantity.coefficient * 10n ** BigInt(exponent);
  } else {
    const divisor = 10n ** BigInt(-exponent);
    // Ceil of the signed value: a positive remainder rounds away from zero, a negative one toward it.
    magnitude = quantity.sign === 1 ? ceilDiv(quantity.coefficient, divisor) : quantity.coefficient / divisor;
  }
  if (magnitude > limit) magnitude = limit;
  return quantity.sign === -1 ? -magnitude : magnitude;
}

/**
 * An exact amount in nanos (`scaledValue(q, 9)`, or a sum of such) in the integer unit the
 * scheduler counts the resource in (`framework.Resource.Add`): millicores for cpu
 * (`MilliValue`), whole units for the rest (`Value`), rounded up as both round.
 */
export function schedulerUnits(nanos: bigint, resource: string): bigint {
  const divisor = countsInMilli(resource) ? 1_000_000n : 1_000_000_000n;
  return nanos <= 0n ? -(-nanos / divisor) : ceilDiv(nanos, divisor);
}

/** The integer unit of a resource: millicores for cpu, whole units (bytes, devices, pods) for the rest. */
export function countsInMilli(resource: string): boolean {
  return resource === 'cpu';
}

const BINARY_DISPLAY: readonly [bigint, string][] = [
  [2n ** 60n, 'Ei'],
  [2n ** 50n, 'Pi'],
  [2n ** 40n, 'Ti'],
  [2n ** 30n, 'Gi'],
  [2n ** 20n, 'Mi'],
  [2n ** 10n, 'Ki'],
];
const DECIMAL_DISPLAY: readonly [bigint, string][] = [
  [10n ** 18n, 'E'],
  [10n ** 15n, 'P'],
  [10n ** 12n, 'T'],
  [10n ** 9n, 'G'],
  [10n ** 6n, 'M'],
  [10n ** 3n, 'k'],
];

/**
 * An amount of a resource in its scheduler unit, written back as a quantity: cpu as whole cores
 * or millicores (`3920m`, `4`), other resources with the largest suffix that keeps the amount
 * exact, binary first (`1536Mi`, `15Gi`, `2k`, `110`). Parsing the text gives the amount back.
 */
export function formatAmount(amount: bigint, resource: string): string {
  if (countsInMilli(resource)) return amount % 1000n === 0n ? String(amount / 1000n) : `${amount}m`;
  if (amount === 0n) return '0';
  const magnitude = amount < 0n ? -amount : amount;
  for (const table of [BINARY_DISPLAY, DECIMAL_DISPLAY]) {
    for (const [unit, suffix] of table) {
      if (magnitude >= unit && magnitude % unit === 0n) return `${amount / unit}${suffix}`;
    }
  }
  return String(amount);
}

/** `part` as a whole percentage of `whole`, truncated as `kubectl describe node` prints it (0 when the whole is 0). */
export function percentOf(part: bigint, whole: bigint): number {
  return whole <= 0n ? 0 : Number((part * 100n) / whole);
}
