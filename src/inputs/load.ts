import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { globBase, globToRegExp, hasGlobMagic } from './glob.js';
import { SourceFile } from '../yaml/source-file.js';

export const STDIN_PATH = '<stdin>';
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** A problem with the inputs themselves: the run cannot say anything about them (exit 2). */
export class InputError extends Error {}

/**
 * Expands command-line inputs into the files to lint, in a stable order: explicit files as given,
 * directories walked recursively for manifests (skipping node_modules and dot-folders), globs
 * matched under their fixed prefix, `-` for standard input.
 */
export async function resolveInputs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const pattern of patterns) {
    if (pattern === '-') {
      add(STDIN_PATH);
      continue;
    }
    const absolute = path.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => undefined);
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      const files = await walk(absolute);
      for (const f of files) add(f);
    } else if (hasGlobMagic(pattern)) {
      const matches = await expandGlob(pattern, cwd);
      if (matches.length === 0) throw new InputError(`no files match the pattern "${pattern}"`);
      for (const f of matches) add(f);
    } else {
      throw new InputError(`cannot read "${pattern}": no such file or directory`);
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = joinName(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && MANIFEST_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** path.join for a directory already resolved and a bare entry name, without normalizing again. */
function joinName(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const normalized = pattern.replace(/\\/g, '/');
  const base = globBase(normalized);
  const baseDir = path.resolve(cwd, base);
  const info = await stat(baseDir).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const matcher = globToRegExp(path.resolve(cwd, normalized).split(path.sep).join('/'));
  const out: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile() && matcher.test(full.split(path.sep).join('/'))) out.push(full);
    }
  };
  await visit(baseDir);
  return out;
}

/**
 * Reads one resolved input. Paths in findings are relative to `cwd`, with forward slashes.
 * Files are read synchronously: manifests are small, and for 2,000 of them the promise API's
 * four thread-pool round trips each (open, stat, read, close) took 100 ms against 15 ms.
 */
export async function readSource(file: string, cwd: string, readStdin: () => Promise<string>): Promise<SourceFile> {
  if (file === STDIN_PATH) return new SourceFile(STDIN_PATH, await readStdin());
  return readFileSource(file, cwd);
}

/** Reads one resolved input file (not stdin), as readSource does. */
export function readFileSource(file: string, cwd: string): SourceFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read "${displayPath(file, cwd)}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return new SourceFile(displayPath(file, cwd), text, file);
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

export async function readAllStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
