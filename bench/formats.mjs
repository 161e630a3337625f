#!/usr/bin/env node
// Every format at one size, each run once: that it finishes with a whole report, how long it
// took, its peak RSS and the report's size. Prints numbers; judges nothing.
//   node bench/formats.mjs [--size 100000] [--layout one|many]
// Inputs are bench/run.mjs's (generated into bench/out once). The report is written to a
// temporary file (-o) and its end checked against what each format ends with. The size limit on
// a file is raised: 100,000 DaemonSets in one file are 143 MB, over the default 64 MiB.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, layout: { type: 'string', default: 'one' } } });
const dir = path.join(root, 'bench', 'out', `n${values.size}`);
const input = values.layout === 'one' ? path.join(dir, 'all.yaml') : path.join(dir, 'many');
const ENDS = { stylish: /potentially fixable with the `--fix` option.*\n$|checked\n$/, json: /\n  \]\n}\n$/, sarif: /"columnKind": "utf16CodeUnits"\n    }\n  \]\n}\n$/, github: /^daemonlint: .*\n$/m, junit: /<\/testsuites>\n$/, gitlab: /\n]\n$/ };
const scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-formats-'));

function tail(file) {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(Math.min(size, 400));
  readSync(fd, buffer, 0, buffer.length, size - buffer.length);
  closeSync(fd);
  return buffer.toString('utf8');
}

console.log(`${values.size} DaemonSets (${values.layout === 'one' ? 'one file' : 'files of 10'}), every rule, load average ${loadavg()[0].toFixed(1)}\n`);
console.log('| format | exit | wall s | peak RSS MiB | report MiB | ends whole |');
console.log('|---|---|---|---|---|---|');
try {
  for (const format of Object.keys(ENDS)) {
    const out = path.join(scratch, `report.${format}`);
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', path.join(root, 'bench', 'rss-probe.mjs'), path.join(root, 'bin', 'daemonlint.js'), '--config', path.join(root, 'bench', 'all-rules.yaml'), '--max-file-size', '1GiB', '-f', format, '-o', out, input], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const usage = JSON.parse(r.output[3].toString() || '{}');
    let size = 0;
    let whole = false;
    try {
      size = statSync(out).size;
      whole = ENDS[format].test(tail(out));
    } catch {
      // no report
    }
    const error = r.status === 0 || r.status === 1 ? '' : ` (${r.stderr.toString().trim().split('\n')[0].slice(0, 100)})`;
    console.log(`| ${format} | ${r.status ?? r.signal}${error} | ${wall.toFixed(1)} | ${((usage.maxRSS ?? 0) / 1024).toFixed(0)} | ${(size / 2 ** 20).toFixed(0)} | ${whole ? 'yes' : 'no'} |`);
    rmSync(out, { force: true });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
