#!/usr/bin/env node
// Prints wall time, DaemonSets per second and peak RSS for daemonlint (every rule on) against
// a parse-only floor and an empty Node process, as the median of several runs:
//   npm run bench            (generates 2,000 DaemonSets first)
//   node bench/run.mjs [--runs 7] [--count 2000]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, count: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);
const count = Number(values.count);
const out = path.join(root, 'bench', 'out');

// Always generate afresh: the input is deterministic, and a stale one from another --count would mislead.
spawnSync(process.execPath, [path.join(root, 'bench', 'generate.mjs'), String(count), out], { stdio: 'inherit' });
const cli = path.join(root, 'bin', 'daemonlint.js');
const probe = path.join(root, 'bench', 'rss-probe.mjs');
const allRules = ['--config', path.join(root, 'bench', 'all-rules.yaml'), '--format', 'json'];

const cases = [
  { name: 'node -e 0 (process start-up)', args: ['-e', '0'], docs: 0 },
  { name: `daemonlint, 1 small file`, args: [cli, ...allRules, path.join(out, 'small.yaml')], docs: 1 },
  { name: `yaml parseAllDocuments floor, ${count} in one file`, args: [path.join(root, 'bench', 'yaml-floor.mjs'), path.join(out, 'all.yaml')], docs: count },
  { name: `daemonlint, ${count} in one file`, args: [cli, ...allRules, path.join(out, 'all.yaml')], docs: count },
  { name: `daemonlint, ${count} single files (directory)`, args: [cli, ...allRules, path.join(out, 'single')], docs: count },
];

function measure(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(r.output[3].toString() || '{}');
  return { wall, rssMiB: (usage.maxRSS ?? 0) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}, ${runs} runs each after one warm-up, medians\n`);
console.log(['case'.padEnd(48), 'wall s'.padStart(8), 'docs/s'.padStart(10), 'peak RSS MiB'.padStart(14)].join(''));
for (const c of cases) {
  measure(c.args);
  const samples = Array.from({ length: runs }, () => measure(c.args));
  const wall = median(samples.map((s) => s.wall));
  const rss = median(samples.map((s) => s.rssMiB));
  const rate = c.docs > 1 ? Math.round(c.docs / wall).toLocaleString('en-US') : '-';
  console.log([c.name.padEnd(48), wall.toFixed(3).padStart(8), rate.padStart(10), rss.toFixed(1).padStart(14)].join(''));
}
