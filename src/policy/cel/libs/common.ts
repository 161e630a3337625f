import { EvaluationError, Optional, type Environment } from '@marcbachmann/cel-js';
import { UnsignedInt } from '@marcbachmann/cel-js/evaluator';

/** A library of Kubernetes' CEL environment: registers its functions on an environment. */
export type Library = (env: Environment) => void;

/** A CEL runtime error raised by a library function (the library attaches the call's position). */
export function fail(message: string): never {
  throw new EvaluationError(message);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A string's code points, as cel-go indexes strings (it converts them to runes). */
export function codePoints(text: string): string[] {
  return SURROGATE.test(text) ? Array.from(text) : text.split('');
}

/** An int argument as a JavaScript number (CEL ints arrive as BigInts). */
export function int(value: bigint | number): number {
  return typeof value === 'bigint' ? Number(value) : value;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A BigInt that must fit CEL's int (int64). */
export function checkedInt(value: bigint): bigint {
  if (value < INT64_MIN || value > INT64_MAX) fail('integer overflow');
  return value;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value.constructor === undefined || value.constructor === Object);
}

function isNumber(value: unknown): value is bigint | number {
  return typeof value === 'bigint' || typeof value === 'number' || isUint(value);
}

function isUint(value: unknown): value is UnsignedInt {
  return value instanceof UnsignedInt;
}

function numeric(value: unknown): number | bigint {
  if (isUint(value)) return value.valueOf() as bigint;
  return value as number | bigint;
}

/**
 * CEL's equality at run time: numbers equal across int, uint and double (1 == 1.0 == 1u),
 * lists and maps element by element, other values by their own equality (custom types: `equals`).
 */
export function celEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isNumber(a) && isNumber(b)) {
    const x = numeric(a);
    const y = numeric(b);
    // Loose equality compares a BigInt with a number exactly.
    return x == y;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => celEquals(v, b[i]));
  if (a instanceof Map || b instanceof Map) return false;
  if (isMap(a) && isMap(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && celEquals(a[k], b[k]));
  }
  if (typeof a === 'object' && a !== null && typeof (a as { equals?: unknown }).equals === 'function') {
    return (a as { equals(other: unknown): boolean }).equals(b);
  }
  if (a instanceof Uint8Array && b instanceof Uint8Array) return a.length === b.length && a.every((v, i) => v === b[i]);
  return false;
}

/** The order cel-go gives comparable values: numbers across types, strings, bools, and types that compare themselves. */
export function celCompare(a: unknown, b: unknown): -1 | 0 | 1 {
  if (isNumber(a) && isNumber(b)) {
    const x = numeric(a);
    const y = numeric(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (typeof a === 'object' && a !== null && typeof (a as { compareTo?: unknown }).compareTo === 'function' && a.constructor === (b as object | null)?.constructor) {
    return (a as { compareTo(other: unknown): -1 | 0 | 1 }).compareTo(b);
  }
  return fail(`no such overload: ${typeName(a)} < ${typeName(b)}`);
}

/** The CEL type name of a value, for messages. */
export function typeName(value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'bigint') return 'int';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'bool';
  if (value === null || value === undefined) return 'null_type';
  if (Array.isArray(value)) return 'list';
  if (isUint(value)) return 'uint';
  if (isMap(value) || value instanceof Map) return 'map';
  if (value instanceof Optional) return 'optional_type';
  if (value instanceof Uint8Array) return 'bytes';
  return value.constructor?.name ?? 'object';
}

/** A namespace for functions called as `name.function(...)` (`sets.contains`, `format.dns1123Label`). */
export function registerNamespace(env: Environment, constant: string, typeName: string): void {
  // One class per namespace: the library finds a value's type by its constructor.
  const Namespace = { [typeName]: class {} }[typeName];
  env.registerType(typeName, Namespace);
  env.registerConstant(constant, typeName, new Namespace());
}
