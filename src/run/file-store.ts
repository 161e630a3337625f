import type { CheckedObject, Finding } from '../types/finding.js';
import { PLAIN_CODEC, type ItemCodec } from './finding-codec.js';
import { TempFile } from './temp-file.js';

/** About 8 MiB of findings in memory before the oldest files go to disk: the budget of a run's store and of a merge's. */
export const HOLD_FINDINGS = 5_000;

/** What a run keeps of one linted file until the report is written: its findings and the DaemonSets checked in it. */
export interface StoredFile<F = Finding> {
  findings: F[];
  objects: CheckedObject[];
}

interface Spilled {
  at: number;
  length: number;
}

/**
 * The linted files of a run, kept until every file is linted (a rule across the input may still
 * add a finding to any of them) and the report is written file by file. Files stay in memory up
 * to `budget` findings in all; past that, the oldest are written to a temporary file, one JSON
 * line per PIECE findings or checked objects (an array), and read back one file at a time: memory
 * holds the newest files and the one being written, whatever the size of the input. (Lines of a
 * few items, not one per file: a file of a million findings is more text than a string holds.)
 * `F` is what stands for a finding: `daemonlint merge` keeps a share's SARIF results as written.
 */
export class FileStore<F = Finding> {
  private readonly held = new Map<number, StoredFile<F>>();
  private heldFindings = 0;
  private readonly spilled = new Map<number, { findings: Spilled; objects: Spilled }>();
  private readonly file = new TempFile('daemonlint-', 'findings.jsonl', 'the findings spilled to a temporary file were cut short');
  private writeBuffer: Buffer | undefined;
  private readBuffer: Buffer | undefined;

  /** `codec` writes and reads the findings (or what stands for them); checked objects are written as they are. */
  constructor(
    private readonly budget: number,
    private readonly codec: ItemCodec<F> = PLAIN_CODEC as ItemCodec<F>,
  ) {}

  put(ordinal: number, file: StoredFile<F>): void {
    this.held.set(ordinal, file);
    this.heldFindings += file.findings.length + file.objects.length;
    // The newest file stays: with one huge file, it is written straight from memory.
    for (const [oldest, stored] of this.held) {
      if (this.heldFindings <= this.budget || oldest === ordinal) break;
      this.held.delete(oldest);
      this.heldFindings -= stored.findings.length + stored.objects.length;
      this.spilled.set(oldest, { findings: this.append(stored.findings, this.codec), objects: this.append(stored.objects, PLAIN_CODEC) });
    }
  }

  /** A file's findings and objects; each is taken once. */
  take(ordinal: number): StoredFile<F> {
    const held = this.held.get(ordinal);
    if (held !== undefined) {
      this.held.delete(ordinal);
      this.heldFindings -= held.findings.length + held.objects.length;
      return held;
    }
    const where = this.spilled.get(ordinal);
    if (where === undefined) return { findings: [], objects: [] };
    this.spilled.delete(ordinal);
    return { findings: this.lines(where.findings, this.codec), objects: this.lines(where.objects, PLAIN_CODEC as ItemCodec<CheckedObject>) };
  }

  close(): void {
    this.file.close();
    this.writeBuffer = undefined;
    this.readBuffer = undefined;
  }

  private append<T>(items: readonly T[], codec: ItemCodec<T>): Spilled {
    const at = this.file.size;
    for (let start = 0; start < items.length; start += PIECE) this.file.append(this.encode(`${JSON.stringify(codec.encode(items.slice(start, start + PIECE)))}\n`));
    return { at, length: this.file.size - at };
  }

  /**
   * A piece's UTF-8 bytes, in a buffer used again for every piece: memory fresh from the system
   * costs a page fault per 4 KiB the first time it is written, which for a new buffer per piece
   * was most of the time of spilling (see spool.ts).
   */
  private encode(text: string): Uint8Array {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (this.writeBuffer === undefined || this.writeBuffer.length < text.length * 3) this.writeBuffer = Buffer.allocUnsafeSlow(Math.max(text.length * 3, 1 << 20));
    return this.writeBuffer.subarray(0, this.writeBuffer.write(text));
  }

  private lines<T>(where: Spilled, codec: ItemCodec<T>): T[] {
    const out: T[] = [];
    if (where.length === 0) return out;
    let rest = Buffer.alloc(0);
    const bytes = (this.readBuffer ??= Buffer.allocUnsafeSlow(READ));
    for (let done = 0; done < where.length; ) {
      const n = this.file.read(bytes, Math.min(READ, where.length - done), where.at + done);
      done += n;
      // Lines end in `\n`, which never occurs inside a UTF-8 sequence: cut there, decode, parse.
      const cut = bytes.subarray(0, n).lastIndexOf(0x0a);
      if (cut === -1) {
        rest = Buffer.concat([rest, bytes.subarray(0, n)]);
        continue;
      }
      const text = Buffer.concat([rest, bytes.subarray(0, cut)]).toString('utf8');
      rest = Buffer.from(bytes.subarray(cut + 1, n));
      for (const line of text.split('\n')) for (const item of codec.decode(JSON.parse(line) as unknown[])) out.push(item);
    }
    return out;
  }
}

/** Items a line holds: one JSON.stringify call for many is cheaper than one each, and a line stays far below what a string holds. */
const PIECE = 100;
const READ = 8 << 20;
