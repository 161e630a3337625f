import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A file a run writes and reads back (a report too large to hold, findings past their budget):
 * made on the first append, in a directory of its own that only the user can read, and removed
 * with it by close().
 */
export class TempFile {
  private dir: string | undefined;
  private fd: number | undefined;
  /** Bytes written so far. */
  size = 0;

  constructor(
    /** The directory's name before mkdtemp's suffix, and the file's in it. */
    private readonly prefix: string,
    private readonly name: string,
    /** The error when the file holds less than was written to it. */
    private readonly cutShort: string,
  ) {}

  get opened(): boolean {
    return this.fd !== undefined;
  }

  /** Where the file is, once it is made. */
  get path(): string | undefined {
    return this.dir === undefined ? undefined : path.join(this.dir, this.name);
  }

  /** Writes the bytes after the others; returns where they start. */
  append(bytes: Uint8Array): number {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(path.join(tmpdir(), this.prefix));
      this.fd = openSync(path.join(this.dir, this.name), 'w+', 0o600);
    }
    const at = this.size;
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, at + done);
    this.size += bytes.length;
    return at;
  }

  /** Reads up to `length` bytes from `position` into `buffer`; returns how many (at least one). */
  read(buffer: Uint8Array, length: number, position: number): number {
    const n = this.fd === undefined ? 0 : readSync(this.fd, buffer, 0, length, position);
    if (n === 0) throw new Error(this.cutShort);
    return n;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.size = 0;
  }
}
