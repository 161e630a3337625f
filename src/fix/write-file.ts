import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a file's content atomically: a temporary file in the same directory, given the
 * original's mode, renamed over it. A reader never sees half a file, and a failure leaves the
 * original untouched.
 */
export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const mode = (await stat(file)).mode & 0o7777;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.daemonlint-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temp, content, { mode });
    await chmod(temp, mode);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
