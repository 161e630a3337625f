#!/usr/bin/env node
// A DaemonSet whose name, selector and template label values and container name are 1 MB each: what a message quotes
// is capped, so every format's report stays a few kB however long the names are. Prints, for each
// format, wall time and peak RSS (medians) and the report's size and longest line:
//   node bench/long-name.mjs [--runs 3] [--bytes 1000000]
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median, root } from './measure.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, bytes: { type: 'string', default: '1000000' } } });
const runs = Number(values.runs);
const bytes = Number(values.bytes);
const out = path.join(root, 'bench', 'out', 'long-name');
mkdirSync(out, { recursive: true });

const name = 'n'.repeat(bytes);
const file = path.join(out, 'long-name.yaml');
writeFileSync(
  file,
  `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: monitoring}
spec:
  replicas: 2
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
        - name: ${name}
          image: example.com/agent:1.0.0
          securityContext: {privileged: true}
`,
);

const cli = path.join(root, 'bin', 'daemonlint.js');
const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'];
console.log(`node ${process.version}, names of ${(Buffer.byteLength(name) / 1e6).toFixed(1)} MB (file ${(statSync(file).size / 1e6).toFixed(1)} MB), ${runs} runs each after one warm-up, medians\n`);
console.log(['format'.padEnd(10), 'wall s'.padStart(8), 'peak RSS MiB'.padStart(14), 'report bytes'.padStart(14), 'longest line'.padStart(14)].join(''));
for (const format of formats) {
  const args = [cli, '--no-config', '--format', format, file];
  const first = measure(args, { keepStdout: true });
  const report = first.stdout;
  const longest = Math.max(...report.split('\n').map((l) => l.length));
  const samples = Array.from({ length: runs }, () => measure(args));
  const wall = median(samples.map((s) => s.wall));
  const rss = median(samples.map((s) => s.rssMiB));
  console.log([format.padEnd(10), wall.toFixed(2).padStart(8), rss.toFixed(0).padStart(14), Buffer.byteLength(report).toLocaleString('en-US').padStart(14), longest.toLocaleString('en-US').padStart(14)].join(''));
}
