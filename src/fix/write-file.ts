import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { describeError } from '../types/errors.js';

/** A fixed file that was not written, and why (the run reports it and exits 2; other files are still written). */
export class FixWriteError extends Error {}

/** The file as it was read: writing is refused when it is no longer that. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/**
 * `.<name>.daemonlint-<pid>-<random>.tmp`: hidden (directory walks and globs skip it) and plainly
 * daemonlint's. What follows `.<name>.daemonlint-`: the writer's pid and 6 random bytes in hex.
 */
const TEMP_FILE_END = /^(\d+)-[0-9a-f]{12}\.tmp$/;

/**
 * Replaces a file's content with `content`, keeping what makes it that file:
 *
 * - through a symbolic link, the target is written and the link stays a link;
 * - the mode and owner stay (a temporary file in the same directory gets them before it is renamed
 *   over the original, so a reader never sees half a file); when the owner cannot be kept (not
 *   root, someone else's file) or the file has other hard links, which a rename would split, it
 *   is rewritten in place instead;
 * - a read-only file (no write permission bit, which root would otherwise ignore) is not written;
 * - a file that is no longer what was read (another run or an editor wrote it meanwhile: size,
 *   modification time or content hash differ) is not written, so those changes are not lost.
 *
 * Temporary files left by a run that was killed are removed the next time a file of their
 * directory is written. Throws FixWriteError with the reason.
 */
export function writeFixedFile(file: string, content: Uint8Array, expected?: FileSnapshot): void {
  let target: string;
  let stat: Stats;
  try {
    target = realpathSync(file);
    stat = statSync(target);
  } catch (error) {
    throw new FixWriteError(`cannot be read again: ${describeError(error)}`);
  }
  if ((stat.mode & 0o222) === 0) throw new FixWriteError(`it is read-only (mode ${(stat.mode & 0o7777).toString(8)})`);
  const dir = path.dirname(target);
  removeStaleTempFiles(dir, path.basename(target));
  const inPlace = stat.nlink > 1 || !canKeepOwner(stat);
  if (inPlace) {
    assertUnchanged(target, expected);
    let fd: number | undefined;
    try {
      fd = openSync(target, constants.O_WRONLY | constants.O_TRUNC);
      writeAll(fd, content);
      fsyncSync(fd);
    } catch (error) {
      throw new FixWriteError(`cannot be written: ${describeError(error)}`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return;
  }
  const temp = path.join(dir, `.${path.basename(target)}.daemonlint-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    writeAll(fd, content);
    fchmodSync(fd, stat.mode & 0o7777);
    if (fstatSync(fd).uid !== stat.uid || fstatSync(fd).gid !== stat.gid) fchownSync(fd, stat.uid, stat.gid);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Checked last, just before the rename: as little time as possible for another writer to slip in.
    assertUnchanged(target, expected);
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    if (error instanceof FixWriteError) throw error;
    throw new FixWriteError(`cannot be written: ${describeError(error)}`);
  }
}

/** Whether this process can give a new file the original's owner and group (root can; others only their own). */
function canKeepOwner(stat: Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  const uid = process.getuid();
  if (uid === 0) return true;
  if (stat.uid !== uid) return false;
  const groups = new Set([process.getgid?.(), ...(process.getgroups?.() ?? [])]);
  return groups.has(stat.gid);
}

function assertUnchanged(file: string, expected: FileSnapshot | undefined): void {
  if (!expected) return;
  let now: Stats;
  let bytes: Buffer;
  try {
    now = statSync(file);
    bytes = now.size === expected.size ? readFileSync(file) : Buffer.alloc(0);
  } catch (error) {
    throw new FixWriteError(`cannot be read again: ${describeError(error)}`);
  }
  const same = now.size === expected.size && now.mtimeMs === expected.mtimeMs && createHash('sha256').update(bytes).digest('hex') === expected.sha256;
  if (!same) throw new FixWriteError('it changed after it was read (another run or an editor wrote it): its fixes were not written; run daemonlint again');
}

function writeAll(fd: number, content: Uint8Array): void {
  let offset = 0;
  while (offset < content.length) offset += writeSync(fd, content, offset, content.length - offset);
}

const cleaned = new Set<string>();

/**
 * Temporary files of runs that ended without renaming them (killed): their process no longer
 * exists. Only those of the file about to be written, and only what such a run leaves: a regular
 * file (not a link or a directory) of this user. A file a repository merely names like one (a pull
 * request can add any name) is otherwise left alone.
 */
function removeStaleTempFiles(dir: string, base: string): void {
  const key = path.join(dir, base);
  if (cleaned.has(key)) return;
  cleaned.add(key);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${base}.daemonlint-`;
  for (const name of names) {
    const m = name.startsWith(prefix) ? TEMP_FILE_END.exec(name.slice(prefix.length)) : null;
    if (!m || isAlive(Number(m[1]))) continue;
    const file = path.join(dir, name);
    try {
      const stat = lstatSync(file);
      if (!stat.isFile() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) continue;
      unlinkSync(file);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
