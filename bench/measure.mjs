// Runs a Node command as its own process and reports its wall time and peak RSS (read through
// rss-probe.mjs on file descriptor 3, so no external `time` program is needed).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const probe = path.join(root, 'bench', 'rss-probe.mjs');

/** `args` are Node's (a script and its arguments); `keepStdout` returns what it printed. */
export function measure(args, { keepStdout = false } = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, ...args], {
    cwd: root,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(r.output[3].toString() || '{}');
  return { wall, rssMiB: (usage.maxRSS ?? 0) / 1024, stdout: keepStdout ? r.stdout.toString() : '' };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
