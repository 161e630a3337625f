/**
 * Manifest values as CEL sees them. The API server hands policies the object as unstructured
 * JSON decoded into Go: integers are int64 (CEL `int`), other numbers float64 (`double`), and
 * fields that are null are gone (typed objects omit them). YAML gives JavaScript numbers, which
 * the CEL library would take for doubles (`object.spec.minReadySeconds + 1` would then be a
 * type error), so a value is converted once, before any expression sees it.
 */
export type CelValue = string | bigint | number | boolean | null | CelValue[] | CelMap | Map<string, CelValue>;
export interface CelMap {
  [key: string]: CelValue;
}

/**
 * Converts a manifest value. Maps become objects without a prototype, so no key (`__proto__`,
 * `constructor`) can reach JavaScript's own properties; integral numbers become BigInts.
 */
export function toCel(value: unknown): CelValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'bigint':
      return value;
    case 'number':
      return Number.isInteger(value) && Number.isSafeInteger(value) ? BigInt(value) : value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map(toCel);
      const out = Object.create(null) as CelMap;
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === null || v === undefined) continue;
        out[key] = toCel(v);
      }
      return out;
    }
    default:
      return null;
  }
}

/** A map value of CEL's, built key by key (no prototype: see toCel). */
export function celMap(entries: Record<string, CelValue | undefined>): CelMap {
  const out = Object.create(null) as CelMap;
  for (const key of Object.keys(entries)) {
    const v = entries[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** A CEL value written for a message: strings as they are, other values in CEL's literal syntax. */
export function displayCel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && (value.constructor === undefined || value.constructor === Object)) {
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}: ${literal((value as Record<string, unknown>)[k])}`)
      .join(', ')}}`;
  }
  return String(value);
}

function literal(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : displayCel(value);
}

/**
 * What an expression needs and no manifest holds (an authorizer decision, the labels of a
 * namespace that is not in the input): the expression is reported as not evaluable offline.
 *
 * Not a CEL EvaluationError on purpose: CEL's `&&`, `||`, `all` and `exists` still absorb it where
 * the other side decides (then the outcome is certain anyway), but optional selection (`.?x`)
 * does not take it for "absent", which would decide an unknown silently.
 */
export class NotEvaluableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * A map of which only some entries are known (a namespace's labels when the Namespace is not in
 * the input: only `kubernetes.io/metadata.name` is certain). Reading a known key works; reading
 * any other, asking whether it is there, or going through the entries is not evaluable.
 */
export class PartialMap extends Map<string, CelValue> {
  constructor(
    known: Record<string, CelValue>,
    private readonly reason: string,
  ) {
    super(Object.entries(known));
  }

  override get(key: string): CelValue | undefined {
    if (!super.has(key)) throw new NotEvaluableError(this.reason);
    return super.get(key);
  }

  override has(key: string): boolean {
    if (!super.has(key)) throw new NotEvaluableError(this.reason);
    return true;
  }

  override get size(): number {
    throw new NotEvaluableError(this.reason);
  }

  override keys(): MapIterator<string> {
    throw new NotEvaluableError(this.reason);
  }

  override values(): MapIterator<CelValue> {
    throw new NotEvaluableError(this.reason);
  }

  override entries(): MapIterator<[string, CelValue]> {
    throw new NotEvaluableError(this.reason);
  }

  override [Symbol.iterator](): MapIterator<[string, CelValue]> {
    throw new NotEvaluableError(this.reason);
  }
}

// The CEL library tells a map from other values by its constructor being Map itself.
Object.defineProperty(PartialMap.prototype, 'constructor', { value: Map });
