import type { Finding } from '../types/finding.js';
import { setOwn } from '../types/own-key.js';

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
 * string); written in full and read back, each finding got a copy of its own, and spilling was a
 * quarter of a run of 20,000 DaemonSets in 2,000 files.
 *
 * A finding is read back with the keys it was written with, in the same order, and the values
 * JSON gives back (a key whose value is undefined is left out, as JSON.stringify leaves it out),
 * whatever produced it, plugins included: the keys are a "shape", written once and named by number.
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
    const keys = definedKeys(record);
    const shape = this.shapeOf(keys);
    const out: unknown[] = [shape];
    for (const key of keys) {
      const value = record[key];
      if (TABLED.has(key)) {
        out.push(typeof value === 'string' ? this.text(value) : [value]);
      } else {
        out.push(value);
      }
    }
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
    const name = keys.join(',');
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
    this.texts.push(value);
    this.textIndex.set(value, this.texts.length - 1);
    return this.texts.length - 1;
  }
}

/**
 * Keys whose texts repeat from finding to finding: the rule, the severity, the message id, the help
 * text, the file. A message usually names the object, so most are seen once: they are not tabled.
 */
const TABLED: ReadonlySet<string> = new Set(['ruleId', 'severity', 'messageId', 'help', 'file', 'template', 'justifyWith']);

/**
 * At most this many characters of texts in the table (8 Mi: a few hundred help texts are a few
 * hundred thousand): past it, texts are written in full, so the table cannot grow with the input.
 */
const MAX_TABLE_CHARS = 8 << 20;

/** The keys JSON.stringify writes: not those whose value is undefined, a function or a symbol. */
function definedKeys(record: Record<string, unknown>): readonly string[] {
  const keys = Object.keys(record);
  for (const key of keys) if (omitted(record[key])) return keys.filter((k) => !omitted(record[k]));
  return keys;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
