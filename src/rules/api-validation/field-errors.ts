import type { ReportDescriptor } from '../../types/rule.js';
import type { JsonPath } from '../../types/finding.js';
import type { Features } from '../../k8s/features.js';
import { jsonText, wholeNumber } from '../../k8s/values.js';

/**
 * The API server's validation errors (k8s.io/apimachinery/pkg/util/validation/field), as
 * findings: the headline is the field path and the API's own error, short (`containers[0].name:
 * Invalid value: "Agent": must be a lowercase RFC 1123 label`); the help says why the API
 * rejects it and how to fix it, then quotes the whole error `kubectl apply` prints,
 * `<field path>: <type>[: <value>][: <detail>]` as `field.Error.Error()` renders it.
 */
const API = 'kubectl apply fails with: {{api}}';
export const FIELD_ERROR_MESSAGES = {
  required: { message: '{{field}}: Required value{{detail}}', help: `{{why}}${API}` },
  invalid: { message: '{{field}}: Invalid value{{value}}{{detail}}', help: `{{why}}${API}` },
  duplicate: { message: '{{field}}: Duplicate value{{value}}', help: `{{why}}${API}` },
  notFound: { message: '{{field}}: Not found{{value}}{{detail}}', help: `{{why}}${API}` },
  notSupported: { message: '{{field}}: Unsupported value{{value}}{{detail}}', help: `{{why}}${API}` },
  forbidden: { message: '{{field}}: Forbidden{{detail}}', help: `{{why}}${API}` },
  tooLong: { message: '{{field}}: Too long{{detail}}', help: `{{why}}${API}` },
  tooMany: { message: '{{field}}: Too many{{value}}{{detail}}', help: `{{why}}${API}` },
} as const;

type ErrorType = keyof typeof FIELD_ERROR_MESSAGES;

/** Where the finding points when that is not the field itself, and why the API checks it. */
export interface Options {
  /** The node to point at (a missing field's parent, the item whose field the API names without its index). */
  node?: JsonPath;
  at?: 'key' | 'value';
  /** Why the API rejects it and how to fix it: the first sentences of the help. */
  why?: string;
}

interface Reporter {
  report(descriptor: ReportDescriptor): void;
}

/** `spec.template.spec.containers[0].name`: keys joined with dots, list indexes and map keys in brackets. */
export function fieldPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment.startsWith(MAP_KEY)) out += `[${segment.slice(MAP_KEY.length)}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

const MAP_KEY = '\u0000[';

/**
 * A map key in a field path, as the API writes one (`limits[cpu]`, `annotations[a/b]`); for the
 * message only: the finding points at `node` (the entry itself).
 */
export function mapKey(path: JsonPath, key: string): JsonPath {
  return [...path, `${MAP_KEY}${key}`];
}

const POD_SPEC_PREFIX = 'spec.template.spec.';

/**
 * The headline's path: the pod spec's fields without `spec.template.spec.` (the finding's place
 * shows where it is), and the scheduling terms' long names shortened (`required…`); the help
 * gives the API's own path in full.
 */
function shortPath(path: string): string {
  const short = path.startsWith(POD_SPEC_PREFIX) ? path.slice(POD_SPEC_PREFIX.length) : path;
  return short.includes('DuringSchedulingIgnoredDuringExecution') ? short.replace(/DuringSchedulingIgnoredDuringExecution/g, '…') : short;
}

/**
 * A bad value as the API prints it (Go's `%q` for strings, numbers and booleans bare, `null`),
 * bounded to `max` characters, control characters escaped.
 */
export function goValue(value: unknown, max = 200): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > max ? value.slice(0, max) : value);
    return value.length > max ? `${text.slice(0, -1)}..."` : text;
  }
  const text = jsonText(value);
  return text.length > max ? `${text.slice(0, max)}...` : text;
}

/**
 * The long details of util/validation, said short for a headline; the help keeps the whole
 * sentence. A detail that is short already stays as it is.
 */
const SHORT_DETAILS: readonly [prefix: string, short: string][] = [
  ['a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'_\'', 'must be a valid DNS search path'],
  ['a lowercase RFC 1123 subdomain must consist of', 'must be a lowercase RFC 1123 subdomain'],
  ['a lowercase RFC 1123 label must consist of', 'must be a lowercase RFC 1123 label'],
  ['prefix part a lowercase RFC 1123 subdomain', 'prefix part must be a lowercase RFC 1123 subdomain'],
  ['name part must consist of', "name part must be alphanumerics, '-', '_' or '.'"],
  ['a valid label key must consist of', 'must be a valid label key (one / at most)'],
  ['a qualified name must consist of', 'must be a qualified name (one / at most)'],
  ['a valid label must be an empty string or consist of', 'must be a valid label value'],
  ['a valid environment variable name must consist of alphabetic', 'must be a valid environment variable name'],
  ['a valid environment variable name must consist only of printable', "must be printable ASCII other than '='"],
  ['a valid config key must consist of', 'must be a valid config key'],
  ['a valid HTTP header must consist of', 'must be a valid HTTP header name'],
  ['a valid percent string must be', 'must be a percent such as 10%'],
  ['a valid C identifier must', 'must be a C identifier'],
  ['must have at most 253 characters and match regex', 'must be a valid sysctl name'],
  ['must specify one of: `fieldRef`', 'must specify one source'],
  ['can only use volume source type of PersistentVolumeClaim', 'must be a persistentVolumeClaim or ephemeral volume'],
  ['name is neither a standard finalizer name nor', 'not a standard finalizer, nor domain-qualified'],
  ['Only one reference can have Controller set to true', 'only one reference can have Controller set to true'],
  ['If pod contains any hostProcess containers', 'all containers must be HostProcess containers'],
  ['operator must be Exists when `key` is empty', 'operator must be Exists when `key` is empty'],
];

function shortDetail(detail: string): string {
  if (detail.length <= 60) return detail;
  for (const [prefix, short] of SHORT_DETAILS) if (detail.startsWith(prefix)) return short;
  const cut = detail.indexOf(' (');
  return cut > 0 && cut <= 60 ? detail.slice(0, cut).replace(/[,;]$/, '') : detail;
}

/**
 * Headlines stay one line of about 80 characters where the API's path allows: past 100, a value
 * gives way to the detail (the finding points at the value anyway), and past that the detail goes
 * to the help alone; a Required or Forbidden error, whose detail is all it says, keeps it to 120.
 */
const HEADLINE_LIMIT = 100;
const DETAIL_ONLY_LIMIT = 120;

function headlineOf(field: string, type: string, value: string, detail: string, preferValue = false): { field: string; value: string; detail: string } {
  const length = (v: string, d: string): number => field.length + 2 + type.length + (v ? v.length + 2 : 0) + (d ? d.length + 2 : 0);
  const out = (v: string, d: string) => ({ field, value: v ? `: ${v}` : '', detail: d ? `: ${d}` : '' });
  if (length(value, detail) <= HEADLINE_LIMIT) return out(value, detail);
  if (value && detail && !preferValue && length('', detail) <= HEADLINE_LIMIT) return out('', detail);
  if (!value && length('', detail) <= DETAIL_ONLY_LIMIT) return out('', detail);
  return out(value, '');
}

/** What the API says by default about each type of error, when a check gives no reason of its own. */
const DEFAULT_WHY: Readonly<Record<ErrorType, string>> = {
  required: 'The API server requires this field (an empty or null value counts as missing). ',
  invalid: '',
  duplicate: 'The API server requires each of these to be unique. ',
  notFound: '',
  notSupported: 'The API server accepts only the values it lists. ',
  forbidden: '',
  tooLong: '',
  tooMany: '',
};

/** Reports field errors. Bad values point at the value, missing and forbidden fields at their key. */
export class FieldErrors {
  /** How many errors were reported so far: a check can tell whether its part was valid. */
  count = 0;

  constructor(
    private readonly context: Reporter,
    /** What the target version's API server does with its default feature gates. */
    readonly features: Features,
  ) {}

  required(field: JsonPath, detail = '', options: Options = {}): void {
    this.emit('required', field, undefined, detail, 'key', options);
  }

  invalid(field: JsonPath, value: unknown, detail: string, options: Options = {}): void {
    this.emit('invalid', field, value, detail, 'value', options);
  }

  duplicate(field: JsonPath, value: unknown, options: Options = {}): void {
    this.emit('duplicate', field, value, '', 'value', options);
  }

  notFound(field: JsonPath, value: unknown, options: Options = {}, detail = ''): void {
    this.emit('notFound', field, value, detail, 'value', options);
  }

  notSupported(field: JsonPath, value: unknown, supported: readonly string[], options: Options = {}): void {
    const list = `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`;
    this.emit('notSupported', field, value, list, 'value', options);
  }

  forbidden(field: JsonPath, detail: string, options: Options = {}): void {
    this.emit('forbidden', field, undefined, detail, 'key', options);
  }

  /** `Too long`: `must have at most N bytes` (1.32 on), `may not be longer than N` before. */
  tooLong(field: JsonPath, limit: number, options: Options = {}): void {
    const detail = this.features.tooLongInBytes ? `must have at most ${limit} bytes` : `may not be longer than ${limit}`;
    this.emit('tooLong', field, undefined, detail, 'value', options);
  }

  tooMany(field: JsonPath, count: number, limit: number, options: Options = {}): void {
    this.emit('tooMany', field, count, `must have at most ${limit} items`, 'value', options);
  }

  private emit(type: ErrorType, field: JsonPath, value: unknown, detail: string, defaultAt: 'key' | 'value', options: Options): void {
    this.count++;
    const path = fieldPath(field);
    const shownValue = type === 'required' || type === 'forbidden' || type === 'tooLong' ? '' : goValue(value);
    const api = `${path}: ${TYPE_WORDS[type]}${shownValue === '' ? '' : `: ${shownValue}`}${detail === '' ? '' : `: ${detail}`}`;
    // An unsupported value is better named than the list it is not in.
    const headline = headlineOf(shortPath(path), TYPE_WORDS[type], shownValue === '' ? '' : goValue(value, 40), detail === '' ? '' : shortDetail(detail), type === 'notSupported');
    this.context.report({
      path: options.node ?? field,
      at: options.at ?? defaultAt,
      messageId: type,
      data: { field: headline.field, value: headline.value, detail: headline.detail, why: options.why ? `${options.why} ` : DEFAULT_WHY[type], api },
    });
  }
}

const TYPE_WORDS: Readonly<Record<ErrorType, string>> = {
  required: 'Required value',
  invalid: 'Invalid value',
  duplicate: 'Duplicate value',
  notFound: 'Not found',
  notSupported: 'Unsupported value',
  forbidden: 'Forbidden',
  tooLong: 'Too long',
  tooMany: 'Too many',
};

/** The value when it is a string. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * An int32 field's value as the API decodes it: a whole number in range. Anything else does not
 * decode (the schema rule reports it), so validation never sees it.
 */
export function int32Of(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX ? value : undefined;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** An int64 field's value as the API decodes it (exact past 2^53); undefined when it does not decode. */
export function int64Of(value: unknown): number | bigint | undefined {
  const n = wholeNumber(value);
  if (typeof n === 'bigint') return n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
  return n !== undefined && Math.abs(n) < 2 ** 63 ? n : undefined;
}

/** Set, as Go sees a pointer or slice field: present (the engine has read nulls as absent). */
export function isSet(record: Record<string, unknown> | undefined, key: string): boolean {
  return record !== undefined && record[key] !== undefined && record[key] !== null;
}

/** `must be greater than or equal to 0` (ValidateNonnegativeField). */
export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';
