/**
 * How Kubernetes resolves YAML scalars: sigs.k8s.io/yaml reads manifests with go-yaml v2 into
 * untyped values and converts them to JSON. Each function here follows one function of go-yaml v2
 * (resolve.go `resolve`, decode.go `scalar`) or of sigs.k8s.io/yaml (yaml.go
 * `convertToJSONableObject`); every reader resolves through them, so all three agree.
 *
 * What a plain scalar becomes, in go-yaml's order:
 * - an exact spelling from its table: `y Y yes Yes YES true True TRUE on On ON` (true),
 *   `n N no No NO false False FALSE off Off OFF` (false), `~ null Null NULL` and the empty scalar
 *   (null), `.inf .Inf .INF +.inf ... -.inf ... .nan .NaN .NAN` (infinities and NaN, which JSON
 *   cannot hold: a document with one is an error);
 * - starting with `.`: a Go float (`.5`, `.5e3`, `.5_0`);
 * - starting with a sign or a digit: with underscores removed, a Go integer literal (`0x1F`,
 *   `0X1F`, `0o644`, `0O644`, `0b101`, `0644` octal, `+12`), as int64 or else uint64; else a
 *   YAML-style float (`1e3`, `1.0e3`, `08`, `6.02e23`; out of range stays a string); else
 *   `0b` followed by a signed binary number;
 * - anything else is a string: base 60 (`22:00`), timestamps (`2027-03-31`), `inf`, `0x1p3`.
 * Integers beyond 2^53 are bigints, so their digits stay exact.
 */

/** A resolved scalar: what JSON can hold, with bigints for integers a double cannot hold exactly. */
export type ScalarValue = string | number | boolean | bigint | null;

/** How go-yaml typed a resolved scalar; map keys are written differently for each. */
export type ScalarKind = 'str' | 'bool' | 'null' | 'int' | 'uint' | 'float' | 'timestamp';

interface Resolved {
  kind: ScalarKind;
  value: ScalarValue;
}

/** First characters go-yaml tries to resolve (its resolveTable); a plain scalar starting otherwise is a string. */
export const PLAIN_RESOLVES_ASCII = new Uint8Array(128);
for (const c of 'yYnNtTfFoO~.+-0123456789') PLAIN_RESOLVES_ASCII[c.charCodeAt(0)] = 1;

const EXACT = new Map<string, Resolved>();
for (const [value, kind, spellings] of [
  [true, 'bool', 'y Y yes Yes YES true True TRUE on On ON'],
  [false, 'bool', 'n N no No NO false False FALSE off Off OFF'],
  [null, 'null', '~ null Null NULL'],
  [Number.NaN, 'float', '.nan .NaN .NAN'],
  [Number.POSITIVE_INFINITY, 'float', '.inf .Inf .INF +.inf +.Inf +.INF'],
  [Number.NEGATIVE_INFINITY, 'float', '-.inf -.Inf -.INF'],
] as const) {
  for (const spelling of spellings.split(' ')) EXACT.set(spelling, { kind, value });
}

const STRING_KIND: ScalarKind = 'str';
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Go's `strconv.ParseInt(s, 0, 64)` syntax: a sign, then a prefixed or plain integer (underscores already removed). */
const GO_INTEGER = /^([+-]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]([0-7]+)|0([0-7]*)|([1-9][0-9]*))$/;
/** go-yaml's yamlStyleFloat. */
const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** What Go's ParseFloat accepts after a leading `.`: digits, with single underscores between digits. */
const DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;
/** go-yaml's fallback for `0b` followed by a signed binary number (base 2, sign allowed). */
const SIGNED_BINARY = /^([+-]?)([01]+)$/;
/** parseTimestamp's formats all start with a four-digit year and a dash. */
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?$/;

/** A plain scalar's value as Kubernetes reads it (`yes` is true, `0755` is 493, `22:00` and `2027-03-31` strings). */
export function resolvePlain(raw: string): ScalarValue {
  if (raw.length === 0) return null;
  const c = raw.charCodeAt(0);
  if (c >= 128 || PLAIN_RESOLVES_ASCII[c] === 0) return raw;
  // Manifests repeat short ones (values such as `100m`, `true`, `1`). Only short ones are
  // remembered: V8 copies a slice that short, while a longer one points into its whole file's
  // text, which a key kept here would keep alive after the run.
  if (raw.length > MAX_CACHED_LENGTH) return resolveImplicit(raw).value;
  const cached = resolved.get(raw);
  if (cached !== undefined || resolved.has(raw)) return cached!;
  const value = resolveImplicit(raw).value;
  if (resolved.size >= MAX_RESOLVED) resolved.clear();
  resolved.set(raw, value);
  return value;
}

/** V8 makes a sliced string (a view of its parent) from 13 characters on. */
const MAX_CACHED_LENGTH = 12;
/** Past this many distinct scalars all are forgotten at once: the cache lives as long as the process. */
const MAX_RESOLVED = 4096;
const resolved = new Map<string, ScalarValue>();

/** go-yaml's `resolve` for an untagged plain scalar, with the type it gives. */
export function resolveImplicit(raw: string): Resolved {
  if (raw.length === 0) return { kind: 'null', value: null };
  const c = raw.charCodeAt(0);
  if (c >= 128 || PLAIN_RESOLVES_ASCII[c] === 0) return { kind: STRING_KIND, value: raw };
  const exact = EXACT.get(raw);
  if (exact) return exact;
  if (c === 0x2e /* . */) {
    if (DOT_FLOAT.test(raw)) {
      const f = Number(raw.replace(/_/g, ''));
      if (Number.isFinite(f)) return { kind: 'float', value: f };
    }
    return { kind: STRING_KIND, value: raw };
  }
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d) return resolveNumber(raw);
  return { kind: STRING_KIND, value: raw }; // a letter of the table that spells nothing in it
}

function resolveNumber(raw: string): Resolved {
  if (TIMESTAMP.test(raw)) return { kind: 'timestamp', value: raw };
  const plain = raw.indexOf('_') === -1 ? raw : raw.replace(/_/g, '');
  const integer = goInteger(plain);
  if (integer !== undefined) return integer;
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    // Go's ParseFloat fails on overflow (1e400): go-yaml then keeps the text.
    if (Number.isFinite(f)) return { kind: 'float', value: f };
  }
  if (plain.startsWith('0b') || plain.startsWith('-0b')) {
    const negative = plain.charCodeAt(0) === 0x2d;
    const rest = plain.slice(negative ? 3 : 2);
    const m = SIGNED_BINARY.exec(rest);
    // `0b+101` and `0b-101` (sign after the prefix); `-0b` takes no second sign.
    if (m && !(negative && m[1] !== '')) {
      const minus = negative || m[1] === '-';
      const n = BigInt(`0b${m[2]}`);
      const value = minus ? -n : n;
      if (value >= INT64_MIN && value <= INT64_MAX) return { kind: 'int', value: exactInteger(value) };
      if (!minus && value <= UINT64_MAX) return { kind: 'uint', value };
    }
  }
  return { kind: STRING_KIND, value: raw };
}

/** ParseInt(plain, 0, 64), then ParseUint(plain, 0, 64). */
function goInteger(plain: string): Resolved | undefined {
  const m = GO_INTEGER.exec(plain);
  if (!m) return undefined;
  const [, sign, hex, bin, oct, legacyOct, dec] = m;
  let magnitude: bigint;
  if (dec !== undefined) {
    // The common case: a short decimal is exact as a double.
    if (dec.length < 16) {
      const n = Number(dec);
      return { kind: 'int', value: sign === '-' ? -n || 0 : n };
    }
    magnitude = BigInt(dec);
  } else if (hex !== undefined) magnitude = BigInt(`0x${hex}`);
  else if (bin !== undefined) magnitude = BigInt(`0b${bin}`);
  else magnitude = BigInt(`0o${oct ?? (legacyOct || '0')}`);
  const value = sign === '-' ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= INT64_MAX) return { kind: 'int', value: exactInteger(value) };
  if (sign === '' && value <= UINT64_MAX) return { kind: 'uint', value };
  return undefined; // out of range: go-yaml tries a float next
}

/** A whole number as a double when that is exact, else a bigint. */
function exactInteger(value: bigint): number | bigint {
  return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : value;
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A value's scalar text with an explicit tag did not resolve to that tag. */
export class TagError extends Error {}

/** Tags go-yaml resolves (resolvableTag); other tags leave the text as a string. */
const RESOLVABLE = new Set(['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp']);

/** `!<tag:yaml.org,2002:int>` and `tag:yaml.org,2002:int` are `!!int`, as go-yaml's shortTag writes them. */
export function shortTag(tag: string): string {
  let t = tag;
  if (t.startsWith('!<') && t.endsWith('>')) t = t.slice(2, -1);
  if (t.startsWith('tag:yaml.org,2002:')) return `!!${t.slice('tag:yaml.org,2002:'.length)}`;
  return t;
}

/**
 * A scalar with an explicit tag, as go-yaml decodes it into an untyped value: `!!str` keeps the
 * text, `!!int "12"` is 12, `!!float 1` is 1.0, `!!binary` is the decoded bytes as text, an
 * unknown tag keeps the text; a text that is not of its tag (`!!int 1.5`) is an error.
 */
export function resolveTagged(tag: string, text: string): ScalarValue {
  const short = shortTag(tag);
  if (short === '!!binary') return decodeBinary(text);
  if (!RESOLVABLE.has(short) || short === '!!str') return text;
  const r = resolveImplicit(text);
  const rtag = r.kind === 'str' ? '!!str' : r.kind === 'uint' ? '!!int' : `!!${r.kind}`;
  if (rtag === short) return r.kind === 'timestamp' ? text : r.value;
  if (short === '!!float' && rtag === '!!int') return typeof r.value === 'bigint' ? Number(r.value) : r.value;
  throw new TagError(`cannot decode ${rtag} \`${text}\` as a ${short}`);
}

function decodeBinary(text: string): string {
  const compact = text.replace(/[\s]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new TagError('!!binary value contains invalid base64 data');
  }
  return Buffer.from(compact, 'base64').toString('utf8');
}

/** A map key that JSON cannot name: sigs.k8s.io/yaml rejects the document. */
export class KeyError extends Error {}

/**
 * How a mapping key reads once Kubernetes converts YAML to JSON (convertToJSONableObject): a
 * string as is, `on` is "true", `0755` is "493", a float in Go's shortest 32-bit `%g` form
 * (`1e8` is "1e+08"), infinities as `.inf`; a null or uint64 key is an error.
 */
export function keyFromResolved(r: Resolved): string {
  switch (r.kind) {
    case 'str':
    case 'timestamp':
      return r.value as string;
    case 'bool':
      return r.value ? 'true' : 'false';
    case 'int':
      return String(r.value);
    case 'float':
      return formatFloat32(r.value as number);
    case 'null':
      throw new KeyError('a null key: Kubernetes cannot convert it to JSON (unsupported map key of type: <nil>)');
    case 'uint':
      throw new KeyError(`the key ${String(r.value)} is above the int64 range: Kubernetes cannot convert it to JSON (unsupported map key of type: uint64)`);
  }
}

/** The key string of a plain scalar key. */
export function plainKey(raw: string): string {
  const c = raw.charCodeAt(0);
  if (raw.length > 0 && (c >= 128 || PLAIN_RESOLVES_ASCII[c] === 0)) return raw;
  return keyFromResolved(resolveImplicit(raw));
}

/** The key string of a tagged scalar key (`!!str 1: x`). */
export function taggedKey(tag: string, text: string): string {
  const value = resolveTagged(tag, text);
  const short = shortTag(tag);
  if (value === null) return keyFromResolved({ kind: 'null', value });
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return keyFromResolved({ kind: 'bool', value });
  if (short === '!!float') return keyFromResolved({ kind: 'float', value: Number(value) });
  return keyFromResolved(resolveImplicit(text));
}

/**
 * Go's `strconv.FormatFloat(v, 'g', -1, 32)`: the shortest digits that read back as the same
 * float32, in `%e` form (two exponent digits at least) when the exponent is below -4 or at least
 * 6, which is the precision Go's %g decides by when asked for the shortest digits.
 */
export function formatFloat32(v: number): string {
  if (Number.isNaN(v)) return '.nan';
  if (v === Number.POSITIVE_INFINITY) return '.inf';
  if (v === Number.NEGATIVE_INFINITY) return '-.inf';
  const f = Math.fround(v);
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  let digits = '';
  let exponent = 0;
  for (let p = 1; p <= 9; p++) {
    const s = Math.abs(f).toExponential(p - 1);
    if (Math.fround(Number(s)) === Math.abs(f)) {
      const [mantissa, exp] = s.split('e');
      digits = mantissa.replace('.', '');
      exponent = Number(exp);
      break;
    }
  }
  digits = digits.replace(/0+$/, '') || '0';
  const sign = f < 0 ? '-' : '';
  const eprec = 6;
  if (exponent < -4 || exponent >= eprec) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}
