import type { Environment } from '@marcbachmann/cel-js';
import { charge } from '../cost.js';
import { codePoints, fail, int, registerNamespace, typeName } from './common.js';

/**
 * cel-go's strings extension as Kubernetes configures it (ext.Strings version 2, base environment
 * 1.29): indexes count code points, not UTF-16 units; lowerAscii and upperAscii change ASCII
 * letters only; trim removes Unicode white space as Go's TrimSpace does; split, replace, charAt,
 * format and strings.quote behave as in cel-go's ext/strings.go.
 *
 * The CEL library has its own versions of several of these with JavaScript's semantics; they
 * cannot be replaced, so the compiler renames calls to them (see OVERRIDDEN) to these.
 */
export const OVERRIDDEN_STRING_FUNCTIONS = ['indexOf', 'lastIndexOf', 'substring', 'lowerAscii', 'upperAscii', 'trim', 'split'] as const;

/** Go's unicode.IsSpace: what strings.TrimSpace removes. */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const SURROUNDING_SPACE = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

export function registerStrings(env: Environment, renamed: (name: string) => string): void {
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn(`string.${renamed('indexOf')}(string): int`, (s: string, sub: string) => BigInt(indexOf(s, sub, 0)));
  fn(`string.${renamed('indexOf')}(string, int): int`, (s: string, sub: string, offset: bigint) => BigInt(indexOf(s, sub, int(offset), true)));
  fn(`string.${renamed('lastIndexOf')}(string): int`, (s: string, sub: string) => BigInt(lastIndexOf(s, sub)));
  fn(`string.${renamed('lastIndexOf')}(string, int): int`, (s: string, sub: string, offset: bigint) => BigInt(lastIndexOf(s, sub, int(offset))));
  fn(`string.${renamed('substring')}(int): string`, (s: string, start: bigint) => substring(s, int(start)));
  fn(`string.${renamed('substring')}(int, int): string`, (s: string, start: bigint, end: bigint) => substring(s, int(start), int(end)));
  fn(`string.${renamed('lowerAscii')}(): string`, (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
  fn(`string.${renamed('upperAscii')}(): string`, (s: string) => s.replace(/[a-z]+/g, (m) => m.toUpperCase()));
  fn(`string.${renamed('trim')}(): string`, (s: string) => s.replace(SURROUNDING_SPACE, ''));
  fn(`string.${renamed('split')}(string): list<string>`, (s: string, sep: string) => split(s, sep, -1));
  fn(`string.${renamed('split')}(string, int): list<string>`, (s: string, sep: string, n: bigint) => split(s, sep, int(n)));
  fn('string.charAt(int): string', (s: string, i: bigint) => charAt(s, int(i)));
  fn('string.replace(string, string): string', (s: string, from: string, to: string) => replace(s, from, to, -1));
  fn('string.replace(string, string, int): string', (s: string, from: string, to: string, n: bigint) => replace(s, from, to, int(n)));
  fn('string.format(list<dyn>): string', (s: string, args: unknown[]) => format(s, args));
  registerNamespace(env, 'strings', 'StringsNamespace');
  fn('StringsNamespace.quote(string): string', (_: unknown, s: string) => quote(s));
}

function indexOf(s: string, sub: string, offset: number, checkOffset = false): number {
  if (sub === '') return offset;
  const runes = codePoints(s);
  if (checkOffset && (offset < 0 || offset >= runes.length)) fail(`index out of range: ${offset}`);
  const subRunes = codePoints(sub);
  charge(runes.length);
  for (let i = offset; i <= runes.length - subRunes.length; i++) {
    if (startsAt(runes, subRunes, i)) return i;
  }
  return -1;
}

function lastIndexOf(s: string, sub: string, offset?: number): number {
  const runes = codePoints(s);
  if (sub === '') return offset ?? runes.length;
  if (offset !== undefined && (offset < 0 || offset >= runes.length)) fail(`index out of range: ${offset}`);
  const subRunes = codePoints(sub);
  charge(runes.length);
  let from = Math.min(offset ?? runes.length, runes.length - subRunes.length);
  for (; from >= 0; from--) {
    if (startsAt(runes, subRunes, from)) return from;
  }
  return -1;
}

function startsAt(runes: readonly string[], sub: readonly string[], at: number): boolean {
  for (let j = 0; j < sub.length; j++) if (runes[at + j] !== sub[j]) return false;
  return true;
}

function substring(s: string, start: number, end?: number): string {
  const runes = codePoints(s);
  const stop = end ?? runes.length;
  if (start < 0 || start > runes.length) fail(`index out of range: ${start}`);
  if (stop < 0 || stop > runes.length) fail(`index out of range: ${stop}`);
  if (start > stop) fail(`invalid substring range. start: ${start}, end: ${stop}`);
  return runes.slice(start, stop).join('');
}

function charAt(s: string, i: number): string {
  const runes = codePoints(s);
  if (i < 0 || i > runes.length) fail(`index out of range: ${i}`);
  return runes[i] ?? '';
}

/** Go's strings.SplitN: n == 0 gives no parts, n < 0 every part, an empty separator splits between code points. */
function split(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  charge(s.length);
  const parts = sep === '' ? codePoints(s) : s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** Go's strings.Replace: n < 0 replaces every occurrence; an empty `from` matches before each code point and at the end. */
function replace(s: string, from: string, to: string, n: number): string {
  if (n === 0 || (from === to && from !== '')) return s;
  charge(s.length);
  const parts = from === '' ? ['', ...codePoints(s), ''] : s.split(from);
  if (from === '') {
    // Insert `to` between code points, at most n times.
    const runes = parts.slice(1, -1);
    let out = '';
    let done = 0;
    for (let i = 0; i <= runes.length; i++) {
      if (n < 0 || done < n) {
        out += to;
        done++;
      }
      if (i < runes.length) out += runes[i];
    }
    return out;
  }
  if (n < 0 || parts.length - 1 <= n) return parts.join(to);
  return parts.slice(0, n + 1).join(to) + from + parts.slice(n + 1).join(from);
}

/** strings.quote: a double-quoted string with \a \b \f \n \r \t \v \\ and \" escaped. */
function quote(s: string): string {
  const escapes: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\', '"': '\\"' };
  // Lone surrogates are what invalid UTF-8 becomes here: cel-go writes U+FFFD for those bytes.
  return `"${s.replace(/[\x07\b\f\n\r\t\v\\"]/g, (c) => escapes[c]).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')}"`;
}

const CLAUSE = /%(?:\.(\d+))?([sdfebxXo%])|%./g;

/**
 * `'...'.format([args])`: the clauses of cel-go's string formatting (ext.Strings version 1 and
 * up): %s, %d, %f and %e (with an optional precision), %b, %x, %X, %o, and %% for a percent sign.
 */
function format(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(CLAUSE, (clause, precisionText: string | undefined, verb: string | undefined) => {
    if (verb === undefined) fail(`could not parse formatting clause: unrecognized formatting clause "${clause}"`);
    if (verb === '%') return '%';
    if (next >= args.length) fail(`index ${next} out of range`);
    const arg = args[next++];
    const precision = precisionText === undefined ? undefined : Number(precisionText);
    switch (verb) {
      case 's':
        return formatString(arg);
      case 'd':
        if (typeof arg !== 'bigint' && typeName(arg) !== 'uint') fail(`error during formatting: decimal clause can only be used on integers, was given ${typeName(arg)}`);
        return String(arg);
      case 'f':
        return fixed(arg, precision ?? 6);
      case 'e':
        return scientific(arg, precision ?? 6);
      case 'b':
        return radix(arg, 2, 'binary');
      case 'o':
        return radix(arg, 8, 'octal');
      default: {
        const hex = hexadecimal(arg);
        return verb === 'X' ? hex.toUpperCase() : hex;
      }
    }
  });
}

function number(arg: unknown, clause: string): number {
  if (typeof arg === 'number') return arg;
  if (typeof arg === 'bigint' || typeName(arg) === 'uint') return Number(arg);
  return fail(`error during formatting: ${clause} clause can only be used on doubles, was given ${typeName(arg)}`);
}

function fixed(arg: unknown, precision: number): string {
  const v = number(arg, 'fixed-point');
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  return v.toFixed(precision);
}

function scientific(arg: unknown, precision: number): string {
  const v = number(arg, 'scientific');
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  // Go writes at least two exponent digits: 1.000000e+03.
  return v.toExponential(precision).replace(/e([+-])(\d)$/, 'e$10$2');
}

function radix(arg: unknown, base: number, name: string): string {
  if (typeof arg === 'bigint' || typeName(arg) === 'uint') return (arg as bigint).toString(base);
  return fail(`error during formatting: only integers can be formatted as ${name}, was given ${typeName(arg)}`);
}

function hexadecimal(arg: unknown): string {
  if (typeof arg === 'bigint' || typeName(arg) === 'uint') return (arg as bigint).toString(16);
  if (typeof arg === 'string') return Buffer.from(arg, 'utf8').toString('hex');
  if (arg instanceof Uint8Array) return Buffer.from(arg).toString('hex');
  return fail(`error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given ${typeName(arg)}`);
}

/** %s: strings as they are; lists and maps with their elements quoted, map keys sorted. */
function formatString(arg: unknown, nested = false): string {
  if (typeof arg === 'string') return nested ? JSON.stringify(arg) : arg;
  if (typeof arg === 'bigint' || typeof arg === 'boolean') return String(arg);
  if (typeof arg === 'number') return Number.isInteger(arg) && Math.abs(arg) < 1e21 ? String(arg) : String(arg);
  if (arg === null || arg === undefined) return 'null';
  if (Array.isArray(arg)) return `[${arg.map((v) => formatString(v, true)).join(', ')}]`;
  if (arg instanceof Uint8Array) return Buffer.from(arg).toString('utf8');
  if (typeof arg === 'object' && (arg.constructor === undefined || arg.constructor === Object)) {
    const record = arg as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((k) => `${formatString(k, true)}: ${formatString(record[k], true)}`)
      .join(', ')}}`;
  }
  return String(arg);
}
