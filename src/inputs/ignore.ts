import path from 'node:path';
import { compileGlob } from './glob.js';
import { STDIN_PATH } from './load.js';

/** Drops the inputs that `ignore` globs (relative to `base`, the config file's directory) name. */
export function withoutIgnored(files: string[], globs: readonly string[], base: string): string[] {
  if (globs.length === 0) return files;
  const patterns = globs.map((g) => compileGlob(path.resolve(base, g).split(path.sep).join('/')));
  return files.filter((f) => f === STDIN_PATH || !patterns.some((matches) => matches(f.split(path.sep).join('/'))));
}
