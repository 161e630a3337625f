import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** What was read of a file, a FIFO or a character device. */
export interface LimitedRead {
  /** The bytes read; empty when the file was over the limit. */
  bytes: Buffer;
  /** The file's status when it was opened. */
  stat: Stats;
  /** More than `limit` bytes: the file was not read (a regular file) or reading stopped there. */
  tooLarge: boolean;
  /** The size known when refusing: a regular file's, else at least limit + 1. */
  size: number;
}

/**
 * Reads at most `limit` bytes of a path: a regular file (refused by its size before anything is
 * read), or a FIFO, `/dev/stdin` or a process substitution (`<(...)`), read until their end or
 * the limit. A regular file's size is not trusted either: files in /proc say 0, others grow.
 * Synchronous on purpose: a FIFO without a writer then waits in this thread as `cat` would, and
 * leaves no thread-pool thread blocked that would keep the process from exiting. With
 * `regularOnly`, anything but a regular file is refused (`notRegular`) without being opened for
 * reading longer than a stat: configuration files, baselines, plugins.
 */
export function readLimited(path: string, limit: number, options: { regularOnly?: boolean } = {}): LimitedRead & { notRegular?: string } {
  if (options.regularOnly) {
    // Opening a FIFO without a writer waits for one: look before opening, and open without waiting
    // (a path swapped for a FIFO in between is then refused by the fstat below, not waited on).
    const seen = statSync(path);
    if (!seen.isFile()) return refused(seen);
  }
  const fd = openSync(path, options.regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    if (options.regularOnly && !stat.isFile()) return refused(stat);
    if (stat.isFile() && stat.size > limit) return { bytes: Buffer.alloc(0), stat, tooLarge: true, size: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    let chunkSize = stat.isFile() && stat.size > 0 ? stat.size + 1 : 64 * 1024;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return { bytes: Buffer.alloc(0), stat, tooLarge: true, size: total };
      chunkSize = Math.min(chunkSize * 2, 8 * 1024 * 1024);
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total), stat, tooLarge: false, size: total };
  } finally {
    closeSync(fd);
  }
}

function refused(stat: Stats): LimitedRead & { notRegular: string } {
  return { bytes: Buffer.alloc(0), stat, tooLarge: false, size: 0, notRegular: kindOf(stat) };
}

/** What a path is, for messages: "a FIFO", "a character device", ... */
export function kindOf(stat: Stats): string {
  if (stat.isFile()) return 'a regular file';
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `64 MiB`, `1.5 KiB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}

/** An exact size for a message that compares it with a limit: `2,051 bytes`. */
export function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/** `64MiB`, `500 KB`, `1048576`: a size in bytes; undefined when it is not one. */
export function parseSize(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isSafeInteger(text) && text > 0 ? text : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(text);
  if (!m) return undefined;
  const factor: Record<string, number> = { b: 1, byte: 1, bytes: 1, k: 1024, kb: 1000, kib: 1024, m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3 };
  const bytes = Math.floor(Number(m[1]) * factor[(m[2] ?? 'b').toLowerCase()]);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
