// Start-up time: the CLI on one small file, against `node -e 0`. The machine is shared and noisy,
// so the variants run interleaved (one run of each, round after round), the first round (which
// also fills the code cache) is not counted, and medians are compared.
//   node bench/startup.mjs [--runs 20] [--bin path/to/bin/daemonlint.js ...] [--env NAME=value,...] [-- args]
// Each --bin (default: this checkout's bin/daemonlint.js) runs once per --env (default: none),
// with the arguments given or else `--config bench/all-rules.yaml --format json` and the small file
// bench/run.mjs generates (bench/out/n2000/small.yaml; `node bench/generate.mjs 1 bench/out/one`
// makes one too). Standard output is /dev/null.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '20' },
    bin: { type: 'string', multiple: true },
    env: { type: 'string', multiple: true },
  },
});
const runs = Number(values.runs);
const small = ['bench/out/n2000/small.yaml', 'bench/out/one/small.yaml'].find((f) => existsSync(path.join(root, f)));
if (positionals.length === 0 && small === undefined) {
  throw new Error('no small file: run `node bench/run.mjs --sizes 2000 --rounds 1` or `node bench/generate.mjs 1 bench/out/one`, or give the arguments after --');
}
const args = positionals.length > 0 ? positionals : ['--config', 'bench/all-rules.yaml', '--format', 'json', small];

const variants = [{ name: 'node -e 0', argv: ['-e', '0'], env: {} }];
for (const bin of values.bin ?? [path.join(root, 'bin', 'daemonlint.js')]) {
  for (const env of values.env ?? ['']) {
    variants.push({
      name: `${path.relative(root, path.resolve(bin))}${env ? ` ${env}` : ''}`,
      argv: [path.resolve(bin), ...args],
      env: Object.fromEntries(env.split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)])),
    });
  }
}

const times = variants.map(() => []);
for (let round = 0; round <= runs; round++) {
  for (const [i, { argv, env }] of variants.entries()) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (round > 0) times[i].push(ms);
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const median = (sorted) => (sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);
const baseline = median([...times[0]].sort((a, b) => a - b));
console.log(`${runs} runs each, interleaved; wall time in ms`);
for (const [i, { name }] of variants.entries()) {
  const s = [...times[i]].sort((a, b) => a - b);
  const m = median(s);
  const delta = i === 0 ? '' : `  (+${(m - baseline).toFixed(1)} over node -e 0)`;
  console.log(`${name.padEnd(48)} median ${m.toFixed(1).padStart(6)}  min ${s[0].toFixed(1).padStart(6)}  p90 ${quantile(s, 0.9).toFixed(1).padStart(6)}${delta}`);
}
