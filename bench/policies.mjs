#!/usr/bin/env node
// The cost of admission-policy: the benchmark's DaemonSets (bench/generate.mjs) against ten
// ValidatingAdmissionPolicies of a platform team (twelve bindings selecting namespaces by label,
// params in ConfigMaps by name and by selector, the Namespaces in the input), with every rule on,
// against the same run with admission-policy off. The two commands alternate, round by round;
// medians are printed (the machine is shared: compare within one run only).
//   node bench/policies.mjs [--runs 7] [--count 2000]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, count: { type: 'string', default: '2000' } } });
const runs = Number(values.runs);
const count = Number(values.count);
const out = path.join(root, 'bench', 'out');
spawnSync(process.execPath, [path.join(root, 'bench', 'generate.mjs'), String(count), out], { stdio: 'inherit' });

const rules = (resources = ['daemonsets']) =>
  `  matchConstraints:\n    resourceRules:\n      - {apiGroups: [apps], apiVersions: [v1], operations: [CREATE, UPDATE], resources: [${resources.join(', ')}]}\n`;
const policy = (name, body) => `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: ${name}\nspec:\n${body}`;
const binding = (name, policyName, actions, extra = '') =>
  `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata:\n  name: ${name}\nspec:\n  policyName: ${policyName}\n  validationActions: [${actions}]\n${extra}`;
const byLabel = (key, value) => `  matchResources:\n    namespaceSelector:\n      matchLabels: {${key}: ${value}}\n`;

const documents = [
  policy(
    'node-critical',
    `${rules()}  validations:\n    - expression: "object.spec.template.spec.?priorityClassName.orValue('') == 'system-node-critical'"\n      message: "spec.template.spec.priorityClassName must be system-node-critical"\n`,
  ),
  binding('node-critical', 'node-critical', 'Deny', byLabel('tier', 'node-agents')),
  policy(
    'no-privileged',
    `${rules()}  validations:\n    - expression: "object.spec.template.spec.containers.all(c, !has(c.securityContext) || !has(c.securityContext.privileged) || !c.securityContext.privileged)"\n      message: "privileged containers are not allowed"\n`,
  ),
  binding('no-privileged', 'no-privileged', 'Deny', `  matchResources:\n    namespaceSelector:\n      matchExpressions: [{key: privileged, operator: DoesNotExist}]\n`),
  policy(
    'registries',
    `  paramKind: {apiVersion: v1, kind: ConfigMap}\n${rules()}  variables:\n    - name: registries\n      expression: "params.data.registries.split(',')"\n  validations:\n    - expression: "object.spec.template.spec.containers.all(c, variables.registries.exists(r, c.image.startsWith(r + '/')))"\n      messageExpression: "'images must come from ' + variables.registries.join(', ')"\n`,
  ),
  binding('registries-prod', 'registries', 'Deny', `  paramRef: {name: registries-prod, namespace: policy, parameterNotFoundAction: Deny}\n${byLabel('environment', 'prod')}`),
  binding('registries-staging', 'registries', 'Warn', `  paramRef: {name: registries-staging, namespace: policy, parameterNotFoundAction: Deny}\n${byLabel('environment', 'staging')}`),
  policy(
    'memory-ceiling',
    `  paramKind: {apiVersion: v1, kind: ConfigMap}\n${rules()}  validations:\n    - expression: "object.spec.template.spec.containers.all(c, has(c.resources.limits) && has(c.resources.limits.memory) && !quantity(string(c.resources.limits.memory)).isGreaterThan(quantity(params.data.memory)))"\n      messageExpression: "'memory limits at most ' + params.data.memory"\n`,
  ),
  binding('memory-ceiling', 'memory-ceiling', 'Warn', `  paramRef: {selector: {matchLabels: {limits: node-agents}}, namespace: policy, parameterNotFoundAction: Allow}\n`),
  policy('team-label', `${rules()}  validations:\n    - expression: "has(object.metadata.labels) && 'team' in object.metadata.labels"\n      message: "metadata.labels must name the team"\n`),
  binding('team-label', 'team-label', 'Audit'),
  policy(
    'host-network-justified',
    `${rules()}  variables:\n    - name: hostNetwork\n      expression: "object.spec.template.spec.?hostNetwork.orValue(false)"\n  validations:\n    - expression: "!variables.hostNetwork || (has(object.metadata.annotations) && 'daemonlint.io/justification.hostNetwork' in object.metadata.annotations)"\n      message: "spec.template.spec.hostNetwork needs a justification annotation"\n`,
  ),
  binding('host-network-justified', 'host-network-justified', 'Deny'),
  policy('pinned-images', `${rules()}  validations:\n    - expression: "object.spec.template.spec.containers.all(c, c.image.matches('^[^:@]+(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[0-9a-f]{64})?$') && !c.image.endsWith(':latest'))"\n      message: "images must be pinned to a tag other than latest"\n`),
  binding('pinned-images', 'pinned-images', 'Warn'),
  policy(
    'host-paths',
    `${rules()}  validations:\n    - expression: "object.spec.template.spec.?volumes.orValue([]).all(v, !has(v.hostPath) || ['/var/log', '/proc', '/sys', '/run/containerd', '/var/lib/kubelet'].exists(p, v.hostPath.path.startsWith(p)))"\n      message: "hostPath volumes only under the allowed prefixes"\n`,
  ),
  binding('host-paths', 'host-paths', 'Deny', byLabel('environment', 'prod')),
  policy('tolerations', `${rules()}  validations:\n    - expression: "object.spec.template.spec.?tolerations.orValue([]).exists(t, t.operator == 'Exists' || t.key == 'node-role.kubernetes.io/control-plane')"\n      message: "spec.template.spec.tolerations must tolerate the control plane"\n`),
  binding('tolerations', 'tolerations', 'Audit'),
  policy(
    'requests',
    `${rules()}  validations:\n    - expression: "object.spec.template.spec.containers.all(c, has(c.resources) && has(c.resources.requests) && has(c.resources.requests.cpu) && has(c.resources.requests.memory))"\n      messageExpression: "'containers need cpu and memory requests: ' + object.spec.template.spec.containers.filter(c, !has(c.resources) || !has(c.resources.requests)).map(c, c.name).join(', ')"\n`,
  ),
  binding('requests-prod', 'requests', 'Deny', byLabel('environment', 'prod')),
  binding('requests-staging', 'requests', 'Warn', byLabel('environment', 'staging')),
  binding('requests-audit', 'requests', 'Audit', byLabel('tier', 'node-agents')),
];
for (let i = 0; i < 13; i++) {
  const labels = [`environment: ${i % 3 === 0 ? 'staging' : 'prod'}`, ...(i % 2 === 0 ? ['tier: node-agents'] : []), ...(i % 5 === 0 ? ['privileged: allowed'] : [])];
  documents.push(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns-${i}\n  labels: {${labels.join(', ')}}\n`);
}
documents.push(
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: registries-prod, namespace: policy}\ndata: {registries: "example.com,registry.example.com"}\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: registries-staging, namespace: policy}\ndata: {registries: "example.com,registry.example.com,docker.io"}\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: limits, namespace: policy, labels: {limits: node-agents}}\ndata: {memory: 512Mi}\n',
);
mkdirSync(path.join(out, 'policies'), { recursive: true });
const policiesFile = path.join(out, 'policies', 'platform.yaml');
writeFileSync(policiesFile, documents.join('---\n'));
const policyCount = documents.filter((d) => d.includes('kind: ValidatingAdmissionPolicy\n')).length;

const cli = path.join(root, 'bin', 'daemonlint.js');
const base = [cli, '--config', path.join(root, 'bench', 'all-rules.yaml'), '--format', 'json', path.join(out, 'all.yaml'), policiesFile];
const variants = [
  { name: `admission-policy on (${policyCount} policies)`, args: base },
  { name: 'admission-policy off', args: [...base, '--rule', 'admission-policy=off'] },
  { name: 'no policies in the input (rule on)', args: base.slice(0, -1) },
];

function measure(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const findings = JSON.parse(r.stdout).findings.filter((f) => f.ruleId === 'admission-policy').length;
  return { wall, findings };
}

const samples = variants.map(() => []);
let findings;
for (let round = 0; round <= runs; round++) {
  variants.forEach((v, i) => {
    const m = measure(v.args);
    if (i === 0) findings = m.findings;
    // The first round warms the code cache and the file cache; it is not counted.
    if (round > 0) samples[i].push(m.wall);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}, ${count} DaemonSets, ${policyCount} policies; ${runs} interleaved rounds after one warm-up, medians (shared machine)\n`);
for (const [i, v] of variants.entries()) console.log(`${v.name.padEnd(40)}${median(samples[i]).toFixed(3).padStart(8)} s`);
const cost = median(samples[0]) - median(samples[1]);
console.log(`\nadmission-policy costs ${cost.toFixed(3)} s for ${count} DaemonSets × ${policyCount} policies (${((cost / count) * 1000).toFixed(3)} ms per DaemonSet); ${findings} findings`);
