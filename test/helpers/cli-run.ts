import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin', 'daemonlint.js');

export function requireBuiltCli(): void {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a user starts it (`bin/daemonlint.js`), colours off; `input` is standard input (a pipe). */
export function runBin(args: string[], cwd: string, options: { input?: string | Uint8Array; env?: Record<string, string>; stdio?: SpawnSyncOptions['stdio'] } = {}): CliRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', DAEMONLINT_NO_CACHE: '1', ...options.env },
    ...(options.stdio ? { stdio: options.stdio } : {}),
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A shell command line (bash), for pipes, FIFOs and process substitutions. */
export function runShell(script: string, cwd: string): CliRun {
  const r = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DAEMONLINT_NO_CACHE: '1', DL: `${process.execPath} ${bin}` } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
