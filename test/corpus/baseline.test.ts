import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBaseline, serializeBaseline } from '../../src/suppress/baseline.js';
import { lint } from '../../src/run/lint.js';

/**
 * Adopting daemonlint on an existing repository: record today's findings as a baseline, keep
 * working on the manifests, and see only what is new.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(process.env.DAEMONLINT_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const present = existsSync(path.join(corpus, 'real'));
if (!present && process.env.CI) throw new Error(`the corpus is missing at ${corpus}`);

const NOW = new Date('2026-11-23T00:00:00Z');

describe.runIf(present)('a baseline over the real corpus', () => {
  it('after edits above findings, a renamed file and reordered documents, reports only the new finding', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'daemonlint-baseline-'));
    cpSync(path.join(corpus, 'real'), repo, { recursive: true });
    const before = await lint({ patterns: ['.'], cwd: repo, configFile: false, now: NOW, concurrency: 1 });
    expect(before.findings.filter((f) => !f.suppressions).length).toBeGreaterThan(200);
    writeFileSync(path.join(repo, '.daemonlint-baseline.json'), serializeBaseline(createBaseline(before.findings)));

    // Edits above findings: a comment block at the top of a file shifts every line.
    const flannel = path.join(repo, 'flannel__kube-flannel.yaml');
    writeFileSync(flannel, `# vendored from upstream\n# do not edit by hand\n\n${readFileSync(flannel, 'utf8')}`);
    // A renamed file.
    renameSync(path.join(repo, 'cadvisor__daemonset.yaml'), path.join(repo, 'monitoring-cadvisor.yaml'));
    // Reordered documents: the DaemonSet moves from last to first.
    const whereabouts = path.join(repo, 'whereabouts__daemonset-install.yaml');
    const docs = readFileSync(whereabouts, 'utf8').split(/^---\s*$/m).filter((d) => d.trim() !== '');
    writeFileSync(whereabouts, [...docs].reverse().map((d) => d.replace(/^\n/, '')).join('---\n'));
    // One new problem.
    const nfd = path.join(repo, 'node-feature-discovery__worker-daemonset.yaml');
    writeFileSync(nfd, readFileSync(nfd, 'utf8').replace(/^spec:\n/m, 'spec:\n  replicas: 2\n'));

    const after = await lint({ patterns: ['.'], cwd: repo, configFile: false, now: NOW, concurrency: 1, baselineFile: '.daemonlint-baseline.json' });
    expect(after.findings.filter((f) => !f.suppressions).map((f) => `${f.file}:${f.range.start.line} ${f.ruleId}`)).toEqual([
      'node-feature-discovery__worker-daemonset.yaml:8 no-replicas',
    ]);
    expect(after.baseline).toMatchObject({ file: '.daemonlint-baseline.json', stale: [] });
    expect(after.baseline!.matched).toBe(before.findings.filter((f) => !f.suppressions).length);

    // Fixing a baselined problem leaves stale entries, so the baseline can shrink: without
    // hostNetwork, flannel needs neither its justification nor ClusterFirstWithHostNet.
    writeFileSync(flannel, readFileSync(flannel, 'utf8').replace('hostNetwork: true', 'hostNetwork: false'));
    const fixedOne = await lint({ patterns: ['.'], cwd: repo, configFile: false, now: NOW, concurrency: 1, baselineFile: '.daemonlint-baseline.json' });
    expect(fixedOne.baseline!.stale).toEqual([
      { ruleId: 'host-network-dns-policy', kind: 'DaemonSet', namespace: 'kube-flannel', name: 'kube-flannel-ds', path: 'spec.template.spec.hostNetwork', messageId: 'networkMissing', count: 1 },
      { ruleId: 'privileged-justified', kind: 'DaemonSet', namespace: 'kube-flannel', name: 'kube-flannel-ds', path: 'spec.template.spec.hostNetwork', messageId: 'unjustified', count: 1 },
    ]);
  });
});
