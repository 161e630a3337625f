import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { compileGlob, globBase, hasGlobMagic, PatternError } from './glob.js';
import { SourceFile } from '../yaml/source-file.js';
import { describeError } from '../types/errors.js';
import { formatBytes, formatSize, kindOf, readLimited, type LimitedRead } from '../types/read-limited.js';
import { decodeBytes } from './decode.js';

export const STDIN_PATH = '<stdin>';
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** A problem with the inputs themselves: the run cannot say anything about them (exit 2). */
export class InputError extends Error {}

export interface ResolveOptions {
  /** A pattern, directory or path that yields no file is an error (default), as ESLint has it. */
  errorOnUnmatchedPattern?: boolean;
  /** Receives the Helm chart `templates/` directories a directory walk leaves out. */
  skipped?: string[];
}

/**
 * Expands command-line inputs into the files to lint, in a stable order: explicit paths as given
 * (files, and FIFOs and devices such as /dev/stdin or a `<(...)` process substitution),
 * directories walked recursively for manifests (skipping node_modules and dot-folders), globs
 * matched under their fixed prefix, `-` for standard input. Nothing found is an error that says
 * what was searched, unless `errorOnUnmatchedPattern` is false.
 */
export async function resolveInputs(patterns: readonly string[], cwd: string, options: ResolveOptions = {}): Promise<string[]> {
  const pace = pacer();
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  const unmatched = (message: string): void => {
    if (options.errorOnUnmatchedPattern !== false) throw new InputError(message);
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      add(STDIN_PATH);
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    const info = statPattern(absolute, pattern);
    if (info?.isDirectory()) {
      const files = await walk(absolute, cwd, options.skipped ?? [], pace);
      if (files.length === 0) unmatched(`no manifests in the directory "${pattern}": it and its subdirectories hold no .yaml, .yml or .json file (dot-folders and node_modules are skipped)`);
      for (const f of files) add(f);
    } else if (info?.isFile() || info?.isFIFO() || info?.isCharacterDevice()) {
      add(absolute);
    } else if (info) {
      throw new InputError(`cannot read "${pattern}": it is ${kindOf(info)}`);
    } else if (hasGlobMagic(pattern)) {
      const matches = await expandGlob(pattern, cwd, pace);
      if (matches.length === 0) unmatched(`no files match the pattern "${pattern}" (${await describeBase(pattern, cwd)})`);
      for (const f of matches) add(f);
    } else {
      unmatched(`cannot read "${pattern}": no such file or directory`);
    }
  }
  return out;
}

/** Where a glob was searched, for the message when it matched nothing. */
async function describeBase(pattern: string, cwd: string): Promise<string> {
  const base = globBase(pattern.replace(/\\/g, '/'));
  if (base === '.') return 'searched the working directory';
  const shown = displayPath(path.resolve(cwd, base), cwd);
  const info = statOrUndefined(path.resolve(cwd, base));
  return info?.isDirectory() ? `searched under "${shown}"` : `the directory "${shown}" does not exist`;
}

/**
 * A directory's manifests. A Helm chart's `templates/` (beside its Chart.yaml) is left out and
 * recorded in `skipped`: its files are Go templates, YAML only once Helm renders them, and
 * `helm template <chart> | daemonlint -` lints what they render to.
 */
async function walk(dir: string, cwd: string, skipped: string[], pace: () => Promise<void>): Promise<string[]> {
  await pace();
  const entries = readDirectory(dir, cwd);
  const chart = entries.some((e) => e.name === 'Chart.yaml' && e.isFile());
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = joinName(dir, entry.name);
    if (chart && entry.name === 'templates' && entry.isDirectory()) skipped.push(full);
    else if (entry.isDirectory()) out.push(...(await walk(full, cwd, skipped, pace)));
    else if (MANIFEST_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && isRegularFile(entry, full)) out.push(full);
  }
  return out;
}

/**
 * A directory entry to read as a file: a regular file, or a symbolic link to one, which kubectl
 * applies as well (a link named ds.yaml to a file named otherwise must not slip past). Links to
 * directories are not followed, as kubectl does not follow them.
 */
function isRegularFile(entry: Dirent, full: string): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return statOrUndefined(full)?.isFile() === true;
}

/** A directory's entries in name order; one that cannot be read is an input error naming it. */
function readDirectory(dir: string, cwd: string): Dirent[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`cannot read the directory "${displayPath(dir, cwd)}": ${describeError(error)}`);
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A path's status, or undefined when it cannot be had (it does not exist, it cannot be reached).
 * Synchronous, as the files are read: a thread-pool round trip per directory and path costs more
 * than the call, and a run that needs no other promise API does not load node:fs/promises.
 */
function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * A path as given: its status, undefined when nothing is there (a glob, or an unmatched pattern),
 * an input error when something is there that cannot be reached (a loop of symbolic links, a
 * directory on the way that may not be searched): "no such file" would send the user looking
 * for a typo.
 */
function statPattern(absolute: string, pattern: string): Stats | undefined {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || hasGlobMagic(pattern)) return undefined;
    throw new InputError(`cannot read "${pattern}": ${describeError(error)}`);
  }
}

/**
 * Called before each directory is read: every PACE_DIRECTORIES directories it lets the event loop
 * run. The walk is synchronous, and in the language server a workspace of thousands of
 * directories would otherwise hold the editor's requests until it is done.
 */
function pacer(): () => Promise<void> {
  let directories = 0;
  return async () => {
    if (++directories % PACE_DIRECTORIES === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  };
}

const PACE_DIRECTORIES = 64;

/** path.join for a directory already resolved and a bare entry name, without normalizing again. */
function joinName(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

async function expandGlob(pattern: string, cwd: string, pace: () => Promise<void>): Promise<string[]> {
  const normalized = pattern.replace(/\\/g, '/');
  const base = globBase(normalized);
  const baseDir = path.resolve(cwd, base);
  const info = statOrUndefined(baseDir);
  if (!info?.isDirectory()) return [];
  let matches: (path: string) => boolean;
  try {
    // Compiled as written first, so that an error quotes what the user wrote.
    compileGlob(normalized);
    matches = compileGlob(path.resolve(cwd, normalized).split(path.sep).join('/'));
  } catch (error) {
    if (error instanceof PatternError) throw new InputError(`invalid pattern "${pattern}": ${error.message}`);
    throw error;
  }
  const out: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    await pace();
    const entries = readDirectory(dir, cwd);
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (matches(full.split(path.sep).join('/')) && isRegularFile(entry, full)) out.push(full);
    }
  };
  await visit(baseDir);
  return out;
}

/** The default limit on one input's size (`maxFileSize`): larger files are a finding, not read. */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

export interface ReadOptions {
  maxFileSize?: number;
  /** Keep what --fix checks before writing: size, modification time and hash of the bytes read. */
  snapshot?: boolean;
}

/**
 * Reads one resolved input and decodes it (decode.ts). Paths in findings are relative to `cwd`,
 * with forward slashes. Files are read synchronously: manifests are small, and for 2,000 of them
 * the promise API's four thread-pool round trips each (open, stat, read, close) took 100 ms
 * against 15 ms. A file over the size limit is not read: it becomes an empty source whose one
 * problem says so.
 */
export async function readSource(file: string, cwd: string, readStdin: () => Promise<string | Uint8Array>, options: ReadOptions = {}): Promise<SourceFile> {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (file === STDIN_PATH) {
    const input = await readStdin();
    if (typeof input === 'string') return new SourceFile(STDIN_PATH, input);
    if (input.length === 0) throw new InputError('standard input is empty: nothing to lint (did the command before the pipe fail?)');
    if (input.length > limit) return tooLarge(STDIN_PATH, undefined, `more than ${formatSize(limit)}`, limit);
    const decoded = decodeBytes(input);
    return new SourceFile(STDIN_PATH, decoded.text, undefined, decoded.origin);
  }
  return readFileSource(file, cwd, options);
}

/** Reads one resolved input file (not stdin), as readSource does. */
export function readFileSource(file: string, cwd: string, options: ReadOptions = {}): SourceFile {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const shown = displayPath(file, cwd);
  let read: LimitedRead;
  try {
    read = readLimited(file, limit);
  } catch (error) {
    throw new InputError(`cannot read "${shown}": ${describeError(error)}`);
  }
  if (read.tooLarge) return tooLarge(shown, file, read.stat.isFile() ? formatBytes(read.size) : `more than ${formatSize(limit)}`, limit);
  const decoded = decodeBytes(read.bytes);
  if (options.snapshot && read.stat.isFile()) {
    decoded.origin.snapshot = { size: read.bytes.length, mtimeMs: read.stat.mtimeMs, sha256: createHash('sha256').update(read.bytes).digest('hex') };
  }
  return new SourceFile(shown, decoded.text, file, decoded.origin);
}

function tooLarge(shown: string, file: string | undefined, size: string, limit: number): SourceFile {
  const message = `${file === undefined ? 'standard input' : 'the file'} is ${size}, over the ${formatSize(limit)} limit: it was not read`;
  const help = 'Inputs are read whole, so their size is limited. To lint it, raise the limit: maxFileSize in .daemonlint.yaml, or --max-file-size.';
  return new SourceFile(shown, '', file, { encoding: 'utf-8', lossless: false, problems: [{ offset: 0, message, help }] });
}

export function displayPath(file: string, cwd: string): string {
  if (file === STDIN_PATH) return file;
  // Most inputs lie under the working directory: cutting its prefix off is what path.relative
  // would return, without normalizing both paths again for each of thousands of files.
  const under = file.length > cwd.length + 1 && file.startsWith(cwd) && file[cwd.length] === path.sep && !cwd.endsWith(path.sep);
  const relative = under ? file.slice(cwd.length + 1) : path.relative(cwd, file);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

/**
 * Standard input's bytes, at most `limit` + 1 of them: reading stops once there is more than the
 * limit (readSource then refuses the input by its size, without holding all of it).
 */
export async function readAllStdin(stream: NodeJS.ReadableStream = process.stdin, limit: number = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks, total);
}
