#!/usr/bin/env node
// daemonlint's benchmark: wall time and peak RSS of whole processes, at several input sizes,
// against floors measured in the same rounds (an empty Node process, and the `yaml` package's
// parseAllDocuments on the same text). Prints numbers; judges nothing.
//   npm run bench
//   node bench/run.mjs [--sizes 2000,20000,100000] [--rounds 9,9,1] [--shards 4] [--full-max 100000] [--write-readme]
//   node bench/run.mjs --sizes 2000 --node /path/to/another/node   (every command, floors too, under that Node)
//
// The machine is shared and its speed drifts, so the commands of one size alternate round by
// round (each command once per round, in turn), medians are quoted, and a ratio is taken round
// by round against the floor of the same round before its median is. The load average is
// printed with every size. Inputs are generated once into bench/out (kept while the generator
// is unchanged): one file of N DaemonSets, N/10 files of 10, and for 2,000 also 2,000 single files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeInputs } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: node bench/run.mjs [--sizes 2000,20000,100000] [--rounds 9,9,1] [--shards 4]
                         [--yaml-floor-max 20000] [--full-max 100000] [--node PATH] [--write-readme]
Times daemonlint against floors measured in the same rounds and prints the tables; with
--write-readme, also writes them into README.md's speed section. --node runs every command
(the floors too) under another Node binary than the one running this script.
`;
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  sizes: { type: 'string', default: '2000,20000,100000' },
  // Nine rounds at 20,000: the share of the rules across the input (~5% by CPU profile) is a
  // difference of two runs, and its median over five rounds read 3% to 16% on a shared machine.
  rounds: { type: 'string', default: '9,9,1' },
  shards: { type: 'string', default: '4' },
  'yaml-floor-max': { type: 'string', default: '20000' },
  // Above this size, only every rule in one file and in many files (each case there takes minutes on a shared machine).
  'full-max': { type: 'string', default: '100000' },
  // The ratios depend on the Node (V8) that runs both sides: measure another one without installing it.
  node: { type: 'string', default: process.execPath },
  'write-readme': { type: 'boolean', default: false },
};
let parsed;
try {
  parsed = parseArgs({ options: OPTIONS });
} catch (error) {
  process.stderr.write(`bench/run.mjs: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const { values } = parsed;

const sizes = values.sizes.split(',').map(Number);
const roundsList = values.rounds.split(',').map(Number);
const shards = Number(values.shards);
const yamlFloorMax = Number(values['yaml-floor-max']);
const fullMax = Number(values['full-max']);
const nodeBin = values.node;
const nodeVersion = spawnSync(nodeBin, ['-p', 'process.version'], { encoding: 'utf8' });
if (nodeVersion.status !== 0) {
  process.stderr.write(`bench/run.mjs: --node ${nodeBin}: ${nodeVersion.error?.message ?? `exit ${nodeVersion.status}`}\n`);
  process.exit(2);
}
const measuredNode = nodeVersion.stdout.trim();
const out = path.join(root, 'bench', 'out');
const cli = path.join(root, 'bin', 'daemonlint.js');
const probe = path.join(root, 'bench', 'rss-probe.mjs');
const config = ['--config', path.join(root, 'bench', 'all-rules.yaml')];
// The largest input (100,000 DaemonSets in one file, 143 MB) is over the default 64 MiB limit on a file.
const lint = [...config, '--max-file-size', '1GiB'];
const withoutAcross = ['--rule', 'selector-overlap=off', '--rule', 'hostport-conflict=off'];
const scratch = path.join(out, 'tmp');

/** The generated inputs of one size, made once: a stamp holds the generator's hash. */
function inputsFor(count) {
  const dir = path.join(out, `n${count}`);
  const stamp = path.join(dir, '.stamp');
  const generator = createHash('sha256').update(readFileSync(path.join(root, 'bench', 'generate.mjs'))).digest('hex');
  const want = `${generator} ${count}`;
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
    process.stderr.write(`generating ${count.toLocaleString('en-US')} DaemonSets into ${path.relative(root, dir)} ...\n`);
    writeInputs({ count, outDir: dir, layouts: count <= 2000 ? ['one', 'single', 'many'] : ['one', 'many'], perFile: 10 });
    writeFileSync(stamp, want);
  }
  return dir;
}

function measure(args, { stdout = 'ignore' } = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(nodeBin, ['--import', probe, ...args], {
    cwd: root,
    stdio: ['ignore', stdout, 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = JSON.parse(r.output[3].toString() || '{}');
  const failed = r.status !== 0 && r.status !== 1 ? `exit ${r.status ?? r.signal}: ${lastLine(r.stderr.toString())}` : undefined;
  // CPU time of all the process's threads (the collector's and compiler's too), in seconds.
  const cpu = ((usage.userCPUTime ?? NaN) + (usage.systemCPUTime ?? NaN)) / 1e6;
  return { wall, cpu, rssMiB: (usage.maxRSS ?? 0) / 1024, failed };
}

function lastLine(text) {
  const lines = text.trim().split('\n').filter((l) => !/^\s+at /.test(l));
  return (lines.find((l) => /Error|error|heap/.test(l)) ?? lines.at(-1) ?? '').slice(0, 120);
}

/** The shard jobs of a CI matrix (one after the other here), then the merge: one sample of each step. */
function shardAndMerge(input) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const steps = [];
  const files = [];
  for (let k = 1; k <= shards; k++) {
    const report = path.join(scratch, `shard-${k}.json`);
    const collected = path.join(scratch, `shard-${k}.collect.json`);
    files.push(report, collected);
    steps.push(measure([cli, ...lint, '--format', 'json', '--shard', `${k}/${shards}`, '--collect-out', collected, '-o', report, input]));
  }
  const merged = path.join(scratch, 'merged.json');
  const merge = measure([cli, 'merge', ...config, '--format', 'json', '-o', merged, ...files]);
  const slowest = steps.reduce((a, b) => (b.wall > a.wall ? b : a));
  return {
    merged,
    shard: { wall: slowest.wall, rssMiB: Math.max(...steps.map((s) => s.rssMiB)), failed: steps.find((s) => s.failed)?.failed },
    merge,
    path: { wall: slowest.wall + merge.wall, rssMiB: Math.max(slowest.rssMiB, merge.rssMiB), failed: slowest.failed ?? merge.failed },
  };
}

/**
 * Whether the merged report is the single run's, byte for byte (the point of the shard path):
 * the single run over the same files, written once per size outside the timed rounds.
 */
function sameAsSingleRun(input, merged) {
  const single = path.join(scratch, 'single.json');
  const r = spawnSync(nodeBin, [cli, ...lint, '--format', 'json', '-o', single, input], { cwd: root, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0 && r.status !== 1) return `the single run failed (exit ${r.status ?? r.signal})`;
  if (!existsSync(merged)) return 'the merge wrote no report';
  const a = readFileSync(single);
  const b = readFileSync(merged);
  return a.equals(b) ? `byte-equal to the single run's (${count(a.length)} bytes)` : `DIFFERENT from the single run's (${count(a.length)} and ${count(b.length)} bytes)`;
}

/** What the numbers were measured on: they mean little without it. */
function machine() {
  const list = cpus();
  const shared = process.env.BENCH_SHARED ? `, ${process.env.BENCH_SHARED}` : '';
  return `${list.length} cores (${list[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB${shared}`;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const count = (n) => n.toLocaleString('en-US');

const small = path.join(inputsFor(2000), 'small.yaml');
const yamlFloor = path.join(root, 'bench', 'yaml-floor.mjs');
const tables = [];
const notes = [];
console.log(`node ${measuredNode} on ${machine()}, ${sizes.length} sizes; each size's commands alternate round by round; medians of the rounds\n`);

sizes.forEach((size, g) => {
  const rounds = roundsList[g] ?? roundsList.at(-1);
  const dir = inputsFor(size);
  const one = path.join(dir, 'all.yaml');
  const many = path.join(dir, 'many');
  const manyFiles = readdirSync(many).reduce((n, d) => n + readdirSync(path.join(many, d)).length, 0);
  const cases = [
    { id: 'node', name: '`node -e 0` (process start-up)', args: ['-e', '0'], docs: 0 },
    { id: 'small', name: 'daemonlint, 1 small file', args: [cli, ...lint, '--format', 'json', small], docs: 1 },
    { id: 'floor2000', name: '`yaml` parseAllDocuments floor, 2,000 in one file', args: [yamlFloor, path.join(inputsFor(2000), 'all.yaml')], docs: 2000 },
  ];
  if (size !== 2000 && size <= yamlFloorMax) cases.push({ id: 'floor', name: `\`yaml\` parseAllDocuments floor, ${count(size)} in one file`, args: [yamlFloor, one], docs: size });
  const full = size <= fullMax;
  cases.push({ id: 'one', name: `every rule, ${count(size)} in one file`, args: [cli, ...lint, '--format', 'json', one], docs: size });
  if (full) cases.push({ id: 'one-local', name: `without rules across the input, ${count(size)} in one file`, args: [cli, ...lint, ...withoutAcross, '--format', 'json', one], docs: size });
  cases.push({ id: 'many', name: `every rule, ${count(size)} in ${count(manyFiles)} files`, args: [cli, ...lint, '--format', 'json', many], docs: size });
  if (full) cases.push({ id: 'many-local', name: `without rules across the input, ${count(size)} in ${count(manyFiles)} files`, args: [cli, ...lint, ...withoutAcross, '--format', 'json', many], docs: size });
  if (size === 2000) cases.push({ id: 'single', name: 'every rule, 2,000 single files', args: [cli, ...lint, '--format', 'json', path.join(dir, 'single')], docs: 2000 });
  const samples = new Map(cases.map((c) => [c.id, []]));
  let equality;
  for (const id of ['shard', 'merge', 'path']) samples.set(id, []);
  const loads = [];
  // A first round that is not counted fills the code cache and the file cache, at the smallest size only (the larger ones take long).
  for (let round = g === 0 ? -1 : 0; round < rounds; round++) {
    loads.push(loadavg()[0]);
    process.stderr.write(`${count(size)}: round ${round + 1}/${rounds}\r`);
    for (const c of cases) {
      const s = measure(c.args);
      if (round >= 0) samples.get(c.id).push(s);
    }
    if (!full) continue;
    const sm = shardAndMerge(many);
    if (round >= 0) for (const id of ['shard', 'merge', 'path']) samples.get(id).push(sm[id]);
    if (round === rounds - 1) equality = sameAsSingleRun(many, sm.merged);
  }
  loads.push(loadavg()[0]);
  const rows = [];
  const wallOf = (id) => median(samples.get(id).map((s) => (s.failed ? NaN : s.wall)));
  /** The median of the ratio taken round by round, so that drift between rounds cancels. */
  const ratio = (a, b) => median(samples.get(a).map((s, i) => (s.failed || samples.get(b)[i].failed ? NaN : s.wall / samples.get(b)[i].wall)));
  const floorId = samples.has('floor') ? 'floor' : size === 2000 ? 'floor2000' : undefined;
  const row = (id, name, docs, vs) => {
    const list = samples.get(id);
    const failures = list.filter((s) => s.failed);
    const wall = wallOf(id);
    const rss = median(list.filter((s) => !s.failed).map((s) => s.rssMiB));
    const rate = docs > 1 && Number.isFinite(wall) ? count(Math.round(docs / wall)) : '–';
    const versus = vs === undefined ? '' : `${fmt(ratio(id, vs), 2)}x ${vs === 'node' ? '`node -e 0`' : '`yaml`'}`;
    rows.push(`| ${name} | ${fmt(wall, 3)} | ${rate} | ${fmt(rss, 0)} | ${versus} |`);
    if (failures.length > 0) notes.push(`${name}: ${failures.length} of ${list.length} runs failed (${failures[0].failed})`);
  };
  for (const c of cases) {
    const vs = c.id === 'small' ? 'node' : c.id.startsWith('floor') || c.id === 'node' ? undefined : floorId;
    if ((c.id === 'node' || c.id === 'small' || c.id === 'floor2000') && g > 0) continue;
    row(c.id, c.name, c.docs, vs);
  }
  if (full) {
    row('shard', `--shard k/${shards} of the ${count(manyFiles)} files, the slowest share`, size / shards, undefined);
    row('merge', `merge of the ${shards} shares`, 0, undefined);
    row('path', `shard + merge, the critical path of a ${shards}-job matrix`, size, floorId);
  }
  /** The share of `a`'s wall (or CPU) time that `b` does not spend, round by round, its median. */
  const acrossShare = (a, b, key = 'wall') => median(samples.get(a).map((s, i) => (s.failed || samples.get(b)[i].failed ? NaN : (s[key] - samples.get(b)[i][key]) / s[key])));
  const percent = (a, b, key) => `${fmt(100 * acrossShare(a, b, key), 0)}%`;
  const load = `load average ${fmt(Math.min(...loads), 1)}–${fmt(Math.max(...loads), 1)}`;
  tables.push({
    size,
    heading: `${count(size)} DaemonSets: ${rounds} round${rounds === 1 ? '' : 's'}, ${load}`,
    rows,
    across: full
      ? `rules across the input: ${percent('one', 'one-local')} of the run in one file, ${percent('many', 'many-local')} in many files (of its CPU time: ${percent('one', 'one-local', 'cpu')} and ${percent('many', 'many-local', 'cpu')}); the merged report of the ${shards} shares is ${equality}`
      : `(above --full-max ${count(fullMax)}: every rule only, no runs without rules across the input, no shard + merge)`,
  });
  process.stderr.write('\n');
  printTable(tables.at(-1));
});
if (notes.length > 0) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);

function printTable(t) {
  console.log(`\n${t.heading}\n`);
  console.log('| case | wall s | DaemonSets/s | peak RSS MiB | vs floor |');
  console.log('|---|---|---|---|---|');
  for (const r of t.rows) console.log(r);
  console.log(`\n${t.across}`);
}

if (values['write-readme']) {
  const readme = path.join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} ... ${end} section`);
  const body = tables
    .map((t) => [`${t.heading}:`, '', '| case | wall s | DaemonSets/s | peak RSS MiB | vs floor |', '|---|---|---|---|---|', ...t.rows, '', `${t.across[0].toUpperCase()}${t.across.slice(1)}.`].join('\n'))
    .join('\n\n');
  const stamp = `Measured with \`node bench/run.mjs --sizes ${values.sizes} --rounds ${values.rounds} --shards ${shards} --full-max ${fullMax}${nodeBin === process.execPath ? '' : ' --node …'} --write-readme\` (node ${measuredNode}) on ${machine()}.`;
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${stamp}\n\n${body}\n${notes.length ? `\n${notes.map((n) => `- ${n}`).join('\n')}\n` : ''}${text.slice(to)}`);
  console.log('\nREADME.md: speed tables rewritten');
}
