import { closeSync, openSync, readSync } from 'node:fs';
import { describeError } from '../types/errors.js';
import { InputError } from './load.js';

/**
 * Reading a large JSON file (a share's report for `daemonlint merge`: findings or SARIF results)
 * without ever holding its text: a string holds at most ~512 MB in V8, and the parsed whole is
 * several times the text. The file is read a chunk at a time into one buffer; a small scanner
 * that knows strings, escapes and nesting finds where each value's bytes end, and only the
 * values wanted are decoded and parsed, one at a time (a character cut between two chunks is
 * whole again once a value's bytes are joined).
 *
 * A report is read twice: `readFrame` gives everything but the long arrays (a SARIF result
 * needs the run's artifacts and rules, which may come after the results), then `readElements`
 * gives one array's elements in order. Between them every byte has been checked: the frame's
 * values are parsed, the elements are, and the structure around both is scanned.
 */

/** Where a value is: member names and array indexes from the root. */
export type ValuePath = readonly (string | number)[];

const CHUNK = 1 << 20;

/** The root value, each array at `skip` read past and left empty (`[]`). */
export function readFrame(file: string, shownAs: string, skip: readonly ValuePath[], chunk = CHUNK): unknown {
  const reader = new Reader(file, shownAs, chunk);
  try {
    const walk = reader.root(skip, false);
    for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
  } finally {
    reader.close();
  }
}

/**
 * The elements of the array at `at`, parsed one at a time, in order; nothing when there is no
 * array there (readFrame tells). The values around it are scanned, not parsed.
 */
export function* readElements(file: string, shownAs: string, at: ValuePath, chunk: number = CHUNK): Generator<unknown, void, undefined> {
  const reader = new Reader(file, shownAs, chunk);
  try {
    yield* reader.root([at], true);
  } finally {
    reader.close();
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** JSON's whitespace: space, tab, line feed, carriage return. */
const SPACE = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) SPACE[c] = 1;
/** What ends a number, `true`, `false` or `null`. */
const ENDS_SCALAR = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d, COMMA, COLON, CLOSE_OBJECT, CLOSE_ARRAY, OPEN_OBJECT, OPEN_ARRAY, QUOTE]) ENDS_SCALAR[c] = 1;

class Reader {
  private readonly fd: number;
  private readonly buffer: Buffer;
  /** Bytes of `buffer` read from the file, the next one to look at, and the file offset of the first. */
  private end = 0;
  private at = 0;
  private base = 0;
  private eof = false;

  constructor(
    file: string,
    private readonly shownAs: string,
    chunk: number,
  ) {
    try {
      this.fd = openSync(file, 'r');
    } catch (error) {
      throw new InputError(`cannot read "${shownAs}": ${(error as NodeJS.ErrnoException).code ?? describeError(error)}`);
    }
    this.buffer = Buffer.allocUnsafeSlow(chunk);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The root value; arrays at `targets` are read past (`yielding`: their elements are yielded), other values parsed unless `yielding`. */
  *root(targets: readonly ValuePath[], yielding: boolean): Generator<unknown, unknown, undefined> {
    const value = yield* this.value([], targets, yielding);
    if (this.peek() !== -1) throw this.fail('text after the JSON value');
    return value;
  }

  private *value(where: (string | number)[], targets: readonly ValuePath[], yielding: boolean): Generator<unknown, unknown, undefined> {
    const on = targets.filter((t) => where.length <= t.length && where.every((s, i) => t[i] === s));
    if (on.length === 0) return this.scalarOrWhole(!yielding);
    const c = this.peek();
    if (on.some((t) => t.length === where.length)) {
      if (c !== OPEN_ARRAY) return this.scalarOrWhole(!yielding);
      this.at++;
      if (this.peek() === CLOSE_ARRAY) {
        this.at++;
        return [];
      }
      for (;;) {
        if (yielding) yield this.scalarOrWhole(true);
        else this.scan(false);
        if (this.separator(CLOSE_ARRAY, 'an array')) return [];
      }
    }
    if (c === OPEN_OBJECT) {
      this.at++;
      const out: Record<string, unknown> = {};
      if (this.peek() === CLOSE_OBJECT) {
        this.at++;
        return out;
      }
      const seen = new Set<string>();
      for (;;) {
        if (this.peek() !== QUOTE) throw this.fail('a member name expected');
        const at = this.offset();
        const key = this.parse(this.scan(true)!, at) as string;
        if (this.peek() !== COLON) throw this.fail('":" expected after a member name');
        this.at++;
        // JSON.parse keeps the last of two members of one name; one read member by member cannot go back.
        if (seen.has(key) && on.some((t) => t[where.length] === key)) throw this.fail(`the member "${key}" twice`, at);
        seen.add(key);
        const value = yield* this.value([...where, key], targets, yielding);
        if (!yielding) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        if (this.separator(CLOSE_OBJECT, 'an object')) return out;
      }
    }
    if (c === OPEN_ARRAY) {
      this.at++;
      const out: unknown[] = [];
      if (this.peek() === CLOSE_ARRAY) {
        this.at++;
        return out;
      }
      for (let index = 0; ; index++) {
        out.push(yield* this.value([...where, index], targets, yielding));
        if (this.separator(CLOSE_ARRAY, 'an array')) return out;
      }
    }
    return this.scalarOrWhole(!yielding);
  }

  /** The value here (after whitespace), parsed (`parse`) or read past. */
  private scalarOrWhole(parse: boolean): unknown {
    this.peek();
    const at = this.offset();
    const bytes = this.scan(parse);
    return parse ? this.parse(bytes!, at) : undefined;
  }

  /** After a member or element: true at `close` (taken), false after a comma. */
  private separator(close: number, inside: string): boolean {
    const c = this.peek();
    if (c === COMMA) {
      this.at++;
      return false;
    }
    if (c === close) {
      this.at++;
      return true;
    }
    if (c === -1) throw this.fail(`the text ends inside ${inside}`);
    throw this.fail(`"," or "${String.fromCharCode(close)}" expected in ${inside}`);
  }

  private parse(bytes: Buffer, at: number): unknown {
    let text: string;
    try {
      text = bytes.toString('utf8');
    } catch {
      // A single value past what a string holds in V8 (~512 MB): valid, perhaps, but unreadable here.
      throw new InputError(`cannot read "${this.shownAs}": a value of ${bytes.length} bytes at byte ${at} is more than a string holds`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw this.fail('not a JSON value', at);
    }
  }

  /**
   * Reads past one value (after whitespace), returning its bytes when `capture` is set. The
   * bytes may be a view of the reused buffer: decode them before reading on.
   */
  private scan(capture: boolean): Buffer | undefined {
    const first = this.peek();
    if (first === -1) throw this.fail('the text ends where a value should be');
    const scalar = first !== QUOTE && first !== OPEN_OBJECT && first !== OPEN_ARRAY;
    if (scalar && ENDS_SCALAR[first] === 1) throw this.fail(`a value expected, not "${String.fromCharCode(first)}"`);
    const parts: Buffer[] = [];
    let start = this.at;
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (;;) {
      if (this.at === this.end) {
        if (capture && this.end > start) parts.push(Buffer.from(this.buffer.subarray(start, this.end)));
        if (!this.fill()) {
          if (scalar) break;
          throw this.fail(inString ? 'the text ends inside a string' : 'the text ends inside an array or object');
        }
        start = 0;
      }
      const buffer = this.buffer;
      const end = this.end;
      let i = this.at;
      let done = false;
      if (scalar) {
        while (i < end && ENDS_SCALAR[buffer[i]] !== 1) i++;
        done = i < end;
      } else {
        for (; i < end; i++) {
          const c = buffer[i];
          if (inString) {
            if (escaped) escaped = false;
            else if (c === BACKSLASH) escaped = true;
            else if (c === QUOTE) {
              inString = false;
              if (depth === 0) {
                i++;
                done = true;
                break;
              }
            }
          } else if (c === QUOTE) inString = true;
          else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
          else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            // A mismatched bracket (`[}`) is left to JSON.parse of the captured value, or to the frame's.
            if (--depth === 0) {
              i++;
              done = true;
              break;
            }
          }
        }
      }
      this.at = i;
      if (done) break;
    }
    if (!capture) return undefined;
    const last = this.buffer.subarray(start, this.at);
    if (parts.length === 0) return last;
    parts.push(last);
    return Buffer.concat(parts);
  }

  /** The next byte that is not whitespace, not taken; -1 at the end of the file. */
  private peek(): number {
    for (;;) {
      while (this.at < this.end) {
        const c = this.buffer[this.at];
        if (SPACE[c] !== 1) return c;
        this.at++;
      }
      if (!this.fill()) return -1;
    }
  }

  private fill(): boolean {
    if (this.eof) return false;
    this.base += this.end;
    this.at = 0;
    this.end = 0;
    let n: number;
    try {
      n = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
    } catch (error) {
      throw new InputError(`cannot read "${this.shownAs}": ${(error as NodeJS.ErrnoException).code ?? describeError(error)}`);
    }
    this.end = n;
    if (n === 0) this.eof = true;
    return n > 0;
  }

  private offset(): number {
    return this.base + this.at;
  }

  private fail(what: string, at = this.offset()): InputError {
    return new InputError(`cannot read "${this.shownAs}": not JSON (${what}, at byte ${at})`);
  }
}
