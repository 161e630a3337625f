#!/usr/bin/env node
// Writes N deterministic DaemonSets as one multi-document file and as N single files:
//   node bench/generate.mjs [N=2000] [outDir=bench/out]
// A seeded generator varies styles and mistakes so every rule has work to do.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const count = Number(process.argv[2] ?? 2000);
const outDir = process.argv[3] ?? 'bench/out';

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261123);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;

function daemonSet(i) {
  const name = `agent-${i}`;
  const hostNetwork = chance(0.3);
  const privileged = chance(0.2);
  const justified = chance(0.5);
  const readOnly = chance(0.6);
  const selectorLabel = chance(0.95) ? name : `${name}-typo`;
  const tag = pick(['1.2.3', '2.0.1', 'latest', 'v0.9.0@sha256:' + 'a'.repeat(64)]);
  const lines = [
    'apiVersion: apps/v1',
    'kind: DaemonSet',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ns-${i % 13}`,
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
    `        app.kubernetes.io/name: ${name}`,
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
    `          args: ["--port=${10000 + i}", "--log-level=info"]`,
    '          ports:',
    // A port of its own: under hostNetwork, shared ports are real hostport-conflict findings.
    `            - containerPort: ${10000 + i}`,
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

rmSync(outDir, { recursive: true, force: true });
mkdirSync(path.join(outDir, 'single'), { recursive: true });
const docs = [];
for (let i = 0; i < count; i++) {
  const doc = daemonSet(i);
  docs.push(doc);
  writeFileSync(path.join(outDir, 'single', `ds-${String(i).padStart(5, '0')}.yaml`), doc);
}
writeFileSync(path.join(outDir, 'all.yaml'), docs.join('---\n'));
writeFileSync(path.join(outDir, 'small.yaml'), docs[0]);
console.log(`wrote ${count} DaemonSets to ${outDir}/all.yaml and ${outDir}/single/`);
