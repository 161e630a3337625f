#!/usr/bin/env node
// Rules that compare objects pairwise (selector-overlap, hostport-conflict) on inputs where every
// object conflicts with every other: their findings must grow with the objects, not the pairs.
// Prints wall time, peak RSS and the findings of those two rules, as medians of several runs:
//   node bench/identical.mjs [--runs 3] [--count 10000]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measure, median, root } from './measure.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, count: { type: 'string', default: '10000' } } });
const runs = Number(values.runs);
const count = Number(values.count);
const out = path.join(root, 'bench', 'out', 'identical');
mkdirSync(out, { recursive: true });

/** One DaemonSet claiming a host port, as a node exporter does; `name` is all that differs between copies. */
function daemonSet(name) {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: monitoring}
spec:
  selector: {matchLabels: {app: node-exporter}}
  template:
    metadata: {labels: {app: node-exporter}}
    spec:
      hostNetwork: true
      containers:
        - name: exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
          ports: [{containerPort: 9100, hostPort: 9100}]
`;
}

// Copies under names of their own (each pair conflicts), and the same copy written again and again.
writeFileSync(path.join(out, 'copies.yaml'), Array.from({ length: count }, (_, i) => daemonSet(`node-exporter-${i}`)).join('---\n'));
writeFileSync(path.join(out, 'same.yaml'), Array.from({ length: count }, () => daemonSet('node-exporter')).join('---\n'));
// A ~60 KB kind: List of 1,500 items, each one anchored DaemonSet merged in under a name of its own.
const base = `  - &ds\n${daemonSet('node-exporter-0').replace(/^/gm, '    ').trimEnd()}`;
const items = Array.from({ length: 1499 }, (_, i) => `  - <<: *ds\n    metadata: {name: node-exporter-${i + 1}, namespace: monitoring}\n`).join('');
writeFileSync(path.join(out, 'merge-list.yaml'), `apiVersion: v1\nkind: List\nitems:\n${base}\n${items}`);

const cli = path.join(root, 'bin', 'daemonlint.js');
const cases = [
  { name: `${count.toLocaleString('en-US')} copies, each its own name`, file: 'copies.yaml' },
  { name: `${count.toLocaleString('en-US')} times the same DaemonSet`, file: 'same.yaml' },
  { name: 'kind: List, 1,500 merge-key items', file: 'merge-list.yaml' },
];

console.log(`node ${process.version}, ${runs} runs each after one warm-up, medians; every rule of the recommended preset, --format json\n`);
console.log(['case'.padEnd(40), 'wall s'.padStart(8), 'peak RSS MiB'.padStart(14), 'findings'.padStart(10), 'overlap'.padStart(9), 'hostport'.padStart(10)].join(''));
for (const c of cases) {
  const args = [cli, '--no-config', '--format', 'json', path.join(out, c.file)];
  const first = measure(args, { keepStdout: true });
  const report = JSON.parse(first.stdout);
  const of = (id) => report.findings.filter((f) => f.ruleId === id).length;
  const samples = Array.from({ length: runs }, () => measure(args));
  const wall = median(samples.map((s) => s.wall));
  const rss = median(samples.map((s) => s.rssMiB));
  console.log([c.name.padEnd(40), wall.toFixed(2).padStart(8), rss.toFixed(0).padStart(14), String(report.findings.length).padStart(10), String(of('selector-overlap')).padStart(9), String(of('hostport-conflict')).padStart(10)].join(''));
}
