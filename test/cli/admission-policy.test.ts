import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// A platform team's policy set (test/fixtures/platform): five ValidatingAdmissionPolicies, six
// bindings with namespace selectors and params (ConfigMaps, by name and by selector), the
// Namespaces and params in the repository, named by the config's `policies:` paths; the run
// lints only the workload manifests, through the bundled CLI.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');
const platform = path.join(root, 'test', 'fixtures', 'platform');

interface Reported {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  related?: { file: string; line: number; column: number; message: string }[];
}

function run(args: string[], cwd = platform): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DAEMONLINT_NO_CACHE: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
});

describe('a platform policy set in the repository', () => {
  it('reports each DaemonSet against the policies its namespace binds, with the severity of the binding, at the field concerned', () => {
    const r = run(['-f', 'json', 'manifests/']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: Reported[] }).findings
      .filter((f) => f.ruleId === 'admission-policy')
      .map((f) => [f.severity, f.file, f.line, f.column, f.message, f.related?.map((x) => `${x.file}:${x.line}:${x.column} ${x.message}`)]);
    const registries = 'policies/registries.yaml:24:7 spec.validations[0].expression of ValidatingAdmissionPolicy allowed-registries.platform.example.com';
    expect(findings).toEqual([
      // staging (sandbox): the Warn+Audit binding with the staging registries; node-critical does not apply.
      [
        'warning',
        'manifests/debug-agent.yaml',
        4,
        3,
        'allowed-registries.platform.example.com warns: images must come from registry.example.com, mirror.example.com/quay, docker.io: ghcr.io/example/deb…',
        [registries, 'policies/registries.yaml:46:3 ValidatingAdmissionPolicyBinding allowed-registries-staging'],
      ],
      // prod node agents (monitoring): every policy applies; calico-node in kube-system passes them all.
      [
        'info',
        'manifests/node-exporter.yaml',
        3,
        1,
        'team-label.platform.example.com audits: metadata.labels must name the owning team (platform.example.com/team)',
        ['policies/team-label.yaml:14:7 spec.validations[0].expression of ValidatingAdmissionPolicy team-label.platform.example.com', 'policies/team-label.yaml:20:3 ValidatingAdmissionPolicyBinding team-label'],
      ],
      [
        'error',
        'manifests/node-exporter.yaml',
        4,
        3,
        'allowed-registries.platform.example.com denies: images must come from registry.example.com, mirror.example.com/quay: quay.io/prometheus/node-export…',
        [registries, 'policies/registries.yaml:30:3 ValidatingAdmissionPolicyBinding allowed-registries-prod'],
      ],
      [
        'error',
        'manifests/node-exporter.yaml',
        12,
        5,
        'node-critical.platform.example.com denies: spec.template.spec.priorityClassName must be system-node-critical in node-agent namespaces',
        ['policies/node-critical.yaml:16:7 spec.validations[0].expression of ValidatingAdmissionPolicy node-critical.platform.example.com', 'policies/node-critical.yaml:23:3 ValidatingAdmissionPolicyBinding node-critical'],
      ],
      [
        'error',
        'manifests/node-exporter.yaml',
        17,
        13,
        'no-privileged.platform.example.com denies: privileged containers are reserved for namespaces labelled platform.example.com/privileged=allowed',
        ['policies/privileged.yaml:14:7 spec.validations[0].expression of ValidatingAdmissionPolicy no-privileged.platform.example.com', 'policies/privileged.yaml:23:3 ValidatingAdmissionPolicyBinding no-privileged'],
      ],
      [
        'warning',
        'manifests/node-exporter.yaml',
        19,
        22,
        'memory-ceiling.platform.example.com warns: every container needs resources.limits.memory at most 512Mi',
        ['policies/memory.yaml:20:7 spec.validations[0].expression of ValidatingAdmissionPolicy memory-ceiling.platform.example.com', 'policies/memory.yaml:29:3 ValidatingAdmissionPolicyBinding memory-ceiling'],
      ],
    ]);
  });

  it('puts the policy and the binding into SARIF relatedLocations', () => {
    const r = run(['-f', 'sarif', 'manifests/node-exporter.yaml']);
    const sarif = JSON.parse(r.stdout) as {
      runs: { results: { ruleId: string; level: string; message: { text: string }; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } }[] }[] }[];
    };
    const result = sarif.runs[0].results.find((x) => x.ruleId === 'admission-policy' && x.message.text.startsWith('no-privileged'));
    expect(result?.level).toBe('error');
    expect(result?.relatedLocations?.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.message.text])).toEqual([
      ['policies/privileged.yaml', 14, 'spec.validations[0].expression of ValidatingAdmissionPolicy no-privileged.platform.example.com.'],
      ['policies/privileged.yaml', 23, 'ValidatingAdmissionPolicyBinding no-privileged.'],
    ]);
  });

  it('a policies: path that does not exist is a configuration error (exit 2)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'daemonlint-policies-'));
    writeFileSync(path.join(work, '.daemonlint.yaml'), 'policies: [cluster/policies/]\n');
    writeFileSync(path.join(work, 'ds.yaml'), 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\n');
    const r = run(['ds.yaml'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.daemonlint.yaml: policies: cannot read "cluster/policies/": no such file or directory');
  });
});
