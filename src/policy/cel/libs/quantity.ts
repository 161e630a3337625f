import type { Environment } from '@marcbachmann/cel-js';
import { compareQuantities, parseQuantity, type Quantity } from '../../../k8s/quantity.js';
import { charge } from '../cost.js';
import { fail } from './common.js';

/**
 * Kubernetes' quantity library (k8s.io/apiserver/pkg/cel/library/quantity.go, base environment
 * 1.28): `quantity('1.5Gi')`, `isQuantity`, comparisons, arithmetic and conversions, exact as the
 * API server's resource.Quantity (`quantity('1Gi') == quantity('1024Mi')`).
 */
export class QuantityValue {
  constructor(readonly value: Quantity) {}

  equals(other: unknown): boolean {
    return other instanceof QuantityValue && compareQuantities(this.value, other.value) === 0;
  }

  compareTo(other: QuantityValue): -1 | 0 | 1 {
    return compareQuantities(this.value, other.value);
  }
}

/** quantity(): ParseQuantity does not trim (only decoding JSON does), so surrounding space is an error here. */
function parse(text: string): Quantity | undefined {
  if (text !== text.trim()) return undefined;
  return parseQuantity(text);
}

function quantity(text: string): QuantityValue {
  const q = parse(text);
  if (q === undefined) fail(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  return new QuantityValue(q);
}

function normalized(sign: -1 | 0 | 1, coefficient: bigint, exponent: number): Quantity {
  if (coefficient === 0n || sign === 0) return { sign: 0, coefficient: 0n, exponent: 0 };
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent++;
  }
  return { sign, coefficient, exponent };
}

/** a + b exactly; aligning very different exponents costs what it builds (1e300000 + 1 must not hang). */
function add(a: Quantity, b: Quantity): Quantity {
  if (a.sign === 0) return b;
  if (b.sign === 0) return a;
  const exponent = Math.min(a.exponent, b.exponent);
  charge(Math.abs(a.exponent - b.exponent));
  const x = BigInt(a.sign) * a.coefficient * 10n ** BigInt(a.exponent - exponent);
  const y = BigInt(b.sign) * b.coefficient * 10n ** BigInt(b.exponent - exponent);
  const sum = x + y;
  return normalized(sum < 0n ? -1 : sum > 0n ? 1 : 0, sum < 0n ? -sum : sum, exponent);
}

function negate(q: Quantity): Quantity {
  return { ...q, sign: q.sign === 0 ? 0 : q.sign === 1 ? -1 : 1 };
}

function fromInt(n: bigint): Quantity {
  return normalized(n < 0n ? -1 : n > 0n ? 1 : 0, n < 0n ? -n : n, 0);
}

const INT64_MAX = 2n ** 63n - 1n;

/** AsInt64: the value if it is whole and fits an int64. */
function asInt64(q: Quantity): bigint | undefined {
  if (q.sign === 0) return 0n;
  if (q.exponent < 0 || q.exponent > 19) return undefined;
  const magnitude = q.coefficient * 10n ** BigInt(q.exponent);
  if (magnitude > INT64_MAX + (q.sign === -1 ? 1n : 0n)) return undefined;
  return q.sign === -1 ? -magnitude : magnitude;
}

export function registerQuantity(env: Environment): void {
  env.registerType('Quantity', QuantityValue);
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn('quantity(string): Quantity', (s: string) => quantity(s));
  fn('isQuantity(string): bool', (s: string) => parse(s) !== undefined);
  fn('Quantity.sign(): int', (q: QuantityValue) => BigInt(q.value.sign));
  fn('sign(Quantity): int', (q: QuantityValue) => BigInt(q.value.sign));
  fn('Quantity.isInteger(): bool', (q: QuantityValue) => asInt64(q.value) !== undefined);
  fn('Quantity.asInteger(): int', (q: QuantityValue) => asInt64(q.value) ?? fail('cannot convert value to integer'));
  fn('Quantity.asApproximateFloat(): double', (q: QuantityValue) => q.value.sign * Number(`${q.value.coefficient}e${q.value.exponent}`));
  fn('Quantity.add(Quantity): Quantity', (a: QuantityValue, b: QuantityValue) => new QuantityValue(add(a.value, b.value)));
  fn('Quantity.add(int): Quantity', (a: QuantityValue, b: bigint) => new QuantityValue(add(a.value, fromInt(b))));
  fn('Quantity.sub(Quantity): Quantity', (a: QuantityValue, b: QuantityValue) => new QuantityValue(add(a.value, negate(b.value))));
  fn('Quantity.sub(int): Quantity', (a: QuantityValue, b: bigint) => new QuantityValue(add(a.value, negate(fromInt(b)))));
  fn('Quantity.isGreaterThan(Quantity): bool', (a: QuantityValue, b: QuantityValue) => a.compareTo(b) === 1);
  fn('Quantity.isLessThan(Quantity): bool', (a: QuantityValue, b: QuantityValue) => a.compareTo(b) === -1);
  fn('Quantity.compareTo(Quantity): int', (a: QuantityValue, b: QuantityValue) => BigInt(a.compareTo(b)));
  env.registerOperator('Quantity == Quantity', (a: QuantityValue, b: QuantityValue) => a.equals(b));
}
