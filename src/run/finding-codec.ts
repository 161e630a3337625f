import type { Finding } from '../types/finding.js';
import { setOwn } from '../types/own-key.js';
import { ownString } from '../types/own-string.js';

/** How a FileStore writes its items to a line of JSON and reads them back. */
export interface ItemCodec<T> {
  encode(items: readonly T[]): readonly unknown[];
  decode(raw: readonly unknown[]): T[];
}

/** Items as they are: JSON.stringify and JSON.parse alone. */
export const PLAIN_CODEC: ItemCodec<never> = {
  encode: (items) => items,
  decode: (raw) => raw as never[],
};

/**
 * Findings spilled to disk, each as an array rather than an object, with its help text, rule id,
 * file and other texts that repeat written once for the run and then named by number. The help
 * text is half of a finding's JSON and is the same in thousands of them (in memory they share one
 * string); written in full and read back, each finding got a copy of its own, and spilling took
 * 12-23% of a run of 20,000 DaemonSets in 2,000 files.
 *
 * A finding is read back with the keys it was written with, in the same order, and the values
 * JSON gives back (a key whose value is undefined is left out, a value's toJSON is used, as
 * JSON.stringify does), whatever values it holds (a plugin's data included): its keys are a
 * "shape", kept once and named by number. Findings are plain objects, as the engine makes them.
 *
 * Encoded: `[shape, ...one value per key]`. A value of a key in TABLED is a number (an index in
 * the table), a string (not in the table: the table is full), or a value that is not a string, in
 * an array of its own (a plugin's finding may hold anything); other values are as they are.
 */
export class FindingCodec implements ItemCodec<Finding> {
  private readonly shapes: (readonly string[])[] = [];
  private readonly shapeIndex = new Map<string, number>();
  private lastKeys: readonly string[] = [];
  private lastShape = -1;
  private readonly texts: string[] = [];
  private readonly textIndex = new Map<string, number>();
  private tableChars = 0;

  constructor(private readonly maxTableChars: number = MAX_TABLE_CHARS) {}

  encode(items: readonly Finding[]): unknown[] {
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = this.encodeOne(items[i]);
    return out;
  }

  decode(raw: readonly unknown[]): Finding[] {
    const out = new Array<Finding>(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = this.decodeOne(raw[i] as unknown[]);
    return out;
  }

  private encodeOne(finding: Finding): unknown[] {
    const record = finding as unknown as Record<string, unknown>;
    const keys: string[] = [];
    // The shape goes first, once the keys JSON keeps are known.
    const out: unknown[] = [-1];
    for (const key of Object.keys(record)) {
      const value = jsonValue(record[key], key);
      if (omitted(value)) continue;
      keys.push(key);
      out.push(!TABLED.has(key) ? value : typeof value === 'string' ? this.text(value) : [value]);
    }
    out[0] = this.shapeOf(keys);
    return out;
  }

  private decodeOne(encoded: readonly unknown[]): Finding {
    const keys = this.shapes[encoded[0] as number];
    const out: Record<string, unknown> = {};
    let at = 1;
    for (const key of keys) {
      const value = encoded[at++];
      setOwn(out, key, TABLED.has(key) ? this.tabled(value) : value);
    }
    return out as unknown as Finding;
  }

  private tabled(value: unknown): unknown {
    return typeof value === 'number' ? this.texts[value] : typeof value === 'string' ? value : (value as unknown[])[0];
  }

  /** The shape's number: most findings have the shape of the one before, which costs a comparison of keys. */
  private shapeOf(keys: readonly string[]): number {
    if (sameKeys(keys, this.lastKeys)) return this.lastShape;
    const name = JSON.stringify(keys);
    let shape = this.shapeIndex.get(name);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapes.push(keys);
      this.shapeIndex.set(name, shape);
    }
    this.lastKeys = keys;
    this.lastShape = shape;
    return shape;
  }

  /** A text's number in the table, or the text itself once the table is full. */
  private text(value: string): number | string {
    const known = this.textIndex.get(value);
    if (known !== undefined) return known;
    if (this.tableChars + value.length > this.maxTableChars) return value;
    this.tableChars += value.length;
    // A copy: the table lives as long as the run, and a text cut from a file (a template's name from
    // its `# Source:` line) would keep that file's whole text alive.
    const own = ownString(value);
    this.texts.push(own);
    this.textIndex.set(own, this.texts.length - 1);
    return this.texts.length - 1;
  }
}

/**
 * Keys whose texts repeat from finding to finding: the rule, the severity, the message id, the help
 * text, the file. A message usually names the object, so most are seen once: they are not tabled.
 */
const TABLED: ReadonlySet<string> = new Set(['ruleId', 'severity', 'messageId', 'help', 'file', 'template', 'justifyWith']);

/**
 * At most this many characters of texts in the table (2 Mi, at most 4 MiB): the help texts of every
 * rule and the names of thousands of files are a few hundred thousand. Past it, texts are written
 * in full (help texts that name their object each fill a place), so the table stays bounded.
 */
const MAX_TABLE_CHARS = 2 << 20;

/**
 * A member's value as JSON.stringify takes it: what its toJSON gives, called with the member's name
 * (an array's element would be given its index), if it has one.
 */
function jsonValue(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(key: string): unknown }).toJSON(key) : value;
}

/** Whether JSON.stringify leaves a member with this value out of an object. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
