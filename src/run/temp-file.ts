import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError } from '../inputs/load.js';
import { describeError } from '../types/errors.js';

/**
 * A file a run writes and reads back (a report too large to hold, findings past their budget):
 * made on the first append, in a directory of its own that only the user can read, and removed
 * with it by close(). Unless it is `named` (read by path), its name is removed as soon as it is
 * open, where the system allows it (not on Windows): a run that is killed (a cancelled CI job)
 * leaves nothing behind. A directory it cannot write to (TMPDIR) or a full disk stops the run
 * with a message that says so.
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
    /** Read by its path (`path`), so kept under its name until close(). */
    private readonly named = false,
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
    try {
      if (this.fd === undefined) {
        this.dir = mkdtempSync(path.join(tmpdir(), this.prefix));
        this.fd = openSync(path.join(this.dir, this.name), 'w+', 0o600);
        if (!this.named && process.platform !== 'win32') {
          rmSync(this.dir, { recursive: true, force: true });
          this.dir = undefined;
        }
      }
      const at = this.size;
      let done = 0;
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, at + done);
      this.size += bytes.length;
      return at;
    } catch (error) {
      throw new InputError(`cannot write a temporary file in ${tmpdir()}: ${describeError(error)}; set TMPDIR to a directory with room that daemonlint can write to`);
    }
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
