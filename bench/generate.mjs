#!/usr/bin/env node
// Writes N deterministic DaemonSets, in the layouts asked for:
//   node bench/generate.mjs [N=2000] [outDir=bench/out] [--layouts one,single,many] [--per-file 10]
//   one:    outDir/all.yaml, every DaemonSet in one multi-document file (and outDir/small.yaml, the first)
//   single: outDir/single/ds-00000.yaml, one file each
//   many:   outDir/many/000/f-00000.yaml, --per-file DaemonSets a file, a thousand files a folder
// A seeded generator varies styles and mistakes so every rule has work to do. The first N of a
// larger N are the same DaemonSets, whatever the layout.
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seeded } from './random.mjs';

/** The DaemonSets, one YAML document (text ending in a newline) at a time. */
export function* daemonSets(count) {
  const { pick, chance } = seeded(20261123);
  for (let i = 0; i < count; i++) yield daemonSet(i, pick, chance);
}

/**
 * One DaemonSet. A few share what rules across the input compare, as real repositories do now
 * and then: every 500th claims the host port of the one before it (both on the host network),
 * every 700th selects the pods of the one before it in that one's namespace. These overrides draw
 * nothing from the random stream, so every other DaemonSet is what it was before they existed.
 */
function daemonSet(i, pick, chance) {
  const name = `agent-${i}`;
  const sharesPort = i % 500 === 499;
  const sharesSelector = i % 700 === 699;
  const hostNetwork = chance(0.3) || sharesPort || i % 500 === 498;
  const privileged = chance(0.2);
  const justified = chance(0.5);
  const readOnly = chance(0.6);
  const ownSelector = chance(0.95) ? name : `${name}-typo`;
  const selectorLabel = sharesSelector ? `agent-${i - 1}` : ownSelector;
  const podLabel = sharesSelector ? selectorLabel : name;
  const namespace = `ns-${(sharesSelector ? i - 1 : i) % 13}`;
  const port = sharesPort ? 10000 + ((i - 1) % 50000) : 10000 + (i % 50000);
  const tag = pick(['1.2.3', '2.0.1', 'latest', 'v0.9.0@sha256:' + 'a'.repeat(64)]);
  const lines = [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    '  labels:',
    `    app.kubernetes.io/name: ${name}`,
  ];
  if (justified) {
    lines.push('  annotations:');
    lines.push('    daemonlint.io/justification.privileged: "loads eBPF programs that enforce network policy"');
    lines.push('    daemonlint.io/justification.hostNetwork: "configures the node network interfaces"');
    lines.push('    daemonlint.io/justification.hostPath: "writes the CNI configuration to the node"');
  }
  lines.push(
    'spec:',
    '  selector:',
    '    matchLabels:',
    `      app.kubernetes.io/name: ${selectorLabel}`,
    '  updateStrategy:',
    '    type: RollingUpdate',
    '    rollingUpdate:',
    `      maxUnavailable: ${pick(['1', '10%', '"25%"'])}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app.kubernetes.io/name: ${podLabel}`,
    '    spec:',
  );
  if (hostNetwork) lines.push('      hostNetwork: true', '      dnsPolicy: ClusterFirstWithHostNet');
  if (chance(0.7)) lines.push('      priorityClassName: system-node-critical');
  if (chance(0.8)) {
    lines.push('      tolerations:');
    if (chance(0.5)) lines.push('        - operator: Exists');
    else lines.push('        - key: node-role.kubernetes.io/control-plane', '          operator: Exists', '          effect: NoSchedule');
  }
  lines.push(
    '      containers:',
    '        - name: agent',
    `          image: registry.example.com/team/agent:${tag}`,
    `          args: ["--port=${port}", "--log-level=info"]`,
    '          ports:',
    // A port of its own (but for the every-500th above): under hostNetwork, shared ports are real hostport-conflict findings.
    `            - containerPort: ${port}`,
    '              name: metrics',
  );
  if (chance(0.85)) {
    lines.push('          resources:');
    lines.push(`            requests: {cpu: ${pick(['100m', '0.1', '250m'])}, memory: ${pick(['64Mi', '128Mi'])}}`);
    if (chance(0.8)) lines.push(`            limits: {cpu: ${pick(['500m', '1'])}, memory: ${pick(['128Mi', '256Mi', '1Gi'])}}`);
  }
  if (chance(0.7)) lines.push('          livenessProbe:', '            httpGet: {path: /healthz, port: metrics}');
  if (privileged) lines.push('          securityContext:', '            privileged: true');
  lines.push(
    '          volumeMounts:',
    '            - name: varlog',
    '              mountPath: /var/log',
  );
  if (readOnly) lines.push('              readOnly: true');
  lines.push('      volumes:', '        - name: varlog', '          hostPath:', '            path: /var/log', '            type: Directory');
  return lines.join('\n') + '\n';
}

/** Writes the layouts into outDir (replacing what was there); the text goes out document by document, never as one string. */
export function writeInputs({ count, outDir, layouts = ['one', 'single'], perFile = 10 }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const one = layouts.includes('one') ? openSync(path.join(outDir, 'all.yaml'), 'w') : undefined;
  if (layouts.includes('single')) mkdirSync(path.join(outDir, 'single'));
  let many;
  let i = 0;
  for (const doc of daemonSets(count)) {
    if (one !== undefined) {
      if (i > 0) writeSync(one, '---\n');
      writeSync(one, doc);
      if (i === 0) writeFileSync(path.join(outDir, 'small.yaml'), doc);
    }
    if (layouts.includes('single')) writeFileSync(path.join(outDir, 'single', `ds-${String(i).padStart(5, '0')}.yaml`), doc);
    if (layouts.includes('many')) {
      const file = Math.floor(i / perFile);
      if (i % perFile === 0) {
        if (many !== undefined) closeSync(many);
        const dir = path.join(outDir, 'many', String(Math.floor(file / 1000)).padStart(3, '0'));
        if (file % 1000 === 0) mkdirSync(dir, { recursive: true });
        many = openSync(path.join(dir, `f-${String(file).padStart(5, '0')}.yaml`), 'w');
      } else {
        writeSync(many, '---\n');
      }
      writeSync(many, doc);
    }
    i++;
  }
  if (one !== undefined) closeSync(one);
  if (many !== undefined) closeSync(many);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { layouts: { type: 'string', default: 'one,single' }, 'per-file': { type: 'string', default: '10' } },
  });
  const count = Number(positionals[0] ?? 2000);
  const outDir = positionals[1] ?? 'bench/out';
  const layouts = values.layouts.split(',');
  writeInputs({ count, outDir, layouts, perFile: Number(values['per-file']) });
  console.log(`wrote ${count} DaemonSets to ${outDir} (${layouts.join(', ')})`);
}
