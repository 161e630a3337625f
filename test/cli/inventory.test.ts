import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/report/json.js';

// The bundled fleet (examples/fleet): three control-plane nodes with their taint, six workers, a
// cordoned worker and one not ready, a tainted GPU pool, a small arm64 edge pool and Windows nodes;
// seven agents as clusters run them, two of them node exporters on host port 9100.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'daemonlint.js');
const NODES = 'examples/fleet/nodes.yaml';
const DAEMONSETS = 'examples/fleet/daemonsets.yaml';

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
});

describe('--format coverage on a realistic fleet', () => {
  it('prints DaemonSets by pool, fleet requests, and why each pod misses a node or stays Pending', () => {
    const r = run(['--nodes', NODES, '--format', 'coverage', DAEMONSETS]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`Node coverage: 7 DaemonSets on 18 nodes in 7 node groups (examples/fleet/nodes.yaml)

DaemonSet                               control-plane  worker   edge     gpu      windows  worker (cordoned)  worker (not ready)  fleet cpu  fleet memory
                                        3 nodes        6 nodes  3 nodes  2 nodes  2 nodes  1 node             1 node
kube-system/kube-proxy                  runs           runs     runs     runs     -        runs               runs                    1600m           1Gi
monitoring/node-exporter                misses         runs     runs     misses   -        runs               misses                      1        1800Mi
logging/fluent-bit                      runs           runs     runs     misses   runs     runs               misses                      3        7680Mi
gpu-operator/nvidia-device-plugin       -              -        -        runs     -        -                  -                        100m         128Mi
security/falco                          runs           runs     unfit    runs     -        runs               runs                    5200m        6656Mi
monitoring/windows-exporter             -              -        -        -        runs     -                  -                        200m         256Mi
observability/prometheus-node-exporter  -              unfit    -        runs     -        unfit              misses                   100m         128Mi
runs: gets a pod that fits · misses: selected, but a taint keeps the pod off · unfit: the pod stays Pending · -: not selected
fleet cpu, memory: requests summed over the nodes the DaemonSet runs on

monitoring/node-exporter
  misses control-plane (cp-1, cp-2, cp-3): taint node-role.kubernetes.io/control-plane:NoSchedule not tolerated
  misses gpu (gpu-1, gpu-2): taint nvidia.com/gpu=present:NoSchedule not tolerated
  misses worker (not ready) (worker-7): taint node.kubernetes.io/not-ready:NoSchedule not tolerated
logging/fluent-bit
  misses gpu (gpu-1, gpu-2): taint nvidia.com/gpu=present:NoSchedule not tolerated
  misses worker (not ready) (worker-7): taint node.kubernetes.io/not-ready:NoSchedule not tolerated
security/falco
  unfit  edge (edge-1, edge-2, edge-3): with 3 other DaemonSets, cpu requests come to 800m of 500m allocatable
observability/prometheus-node-exporter
  misses worker (not ready) (worker-7): taint node.kubernetes.io/not-ready:NoSchedule not tolerated
  unfit  worker (6 nodes): host port 9100/TCP is taken by DaemonSet monitoring/node-exporter
  unfit  worker (cordoned) (worker-8): host port 9100/TCP is taken by DaemonSet monitoring/node-exporter

✖ 35 problems (12 errors, 23 warnings); --format stylish lists the findings
`);
  });

  it('is the output the README shows', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const command = `$ npx daemonlint --nodes ${NODES} --format coverage ${DAEMONSETS}\n`;
    const start = readme.indexOf(command);
    expect(start, 'the README runs the bundled fleet').toBeGreaterThan(-1);
    const shown = readme.slice(start + command.length, readme.indexOf('```', start));
    expect(shown).toBe(run(['--nodes', NODES, '--format', 'coverage', DAEMONSETS]).stdout);
  });
});

describe('findings and the JSON report with an inventory', () => {
  const json = (): JsonReport => JSON.parse(run(['--nodes', NODES, '--format', 'json', DAEMONSETS]).stdout) as JsonReport;

  it('reports node-coverage and node-fit, which stay off without an inventory', () => {
    const ids = (report: JsonReport) => report.findings.filter((f) => f.ruleId.startsWith('node-')).map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    expect(ids(json())).toEqual([
      '17:7 info node-coverage runs on amd64 and arm64 nodes: its images must be built for each',
      '38:5 warning node-coverage misses 2 of 16 nodes: taint nvidia.com/gpu=present:NoSchedule not tolerated (pool gpu)',
      '38:5 warning node-coverage misses 3 of 16 nodes: taint node-role.kubernetes.io/control-plane:NoSchedule not tolerated (pool control-plane)',
      '40:7 info node-coverage runs on amd64 and arm64 nodes: its images must be built for each',
      '61:5 info node-coverage runs on amd64 and arm64 nodes: its images must be built for each',
      '61:5 warning node-coverage runs on linux and windows nodes but selects no OS',
      '62:7 warning node-coverage misses 2 of 18 nodes: taint nvidia.com/gpu=present:NoSchedule not tolerated (pool gpu)',
      '70:24 warning node-fit DaemonSets request 80% of cpu on pool edge (3 nodes): 400m of 500m',
      '70:35 warning node-fit DaemonSets request 73% of memory on pool edge (3 nodes): 756Mi of 1Gi',
      '109:7 info node-coverage runs on amd64 and arm64 nodes: its images must be built for each',
      '117:24 warning node-fit DaemonSets request 36% of cpu on pool control-plane (3 nodes): 700m of 1930m',
      '117:24 error node-fit does not fit next to 3 other DaemonSets on pool edge (3 nodes): cpu 800m of 500m',
    ]);
    const without = JSON.parse(run(['--format', 'json', DAEMONSETS]).stdout) as JsonReport;
    expect(without.findings.filter((f) => f.ruleId.startsWith('node-'))).toEqual([]);
    expect(without.coverage).toBeUndefined();
  });

  it('hostport-conflict names the nodes where both node exporters get a pod, by pool', () => {
    const conflicts = json().findings.filter((f) => f.ruleId === 'hostport-conflict');
    expect(conflicts.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.severity, f.message, f.path])).toEqual([
      [
        173,
        15,
        173,
        28,
        'error',
        'host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter on 7 nodes: pool worker: worker-1, worker-2, worker-3 and 3 more; pool worker (cordoned): worker-8',
        'spec.template.spec.containers[0].ports[0].containerPort',
      ],
    ]);
    expect(conflicts[0].object).toEqual({ apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'observability', name: 'prometheus-node-exporter' });
    expect(conflicts[0].related).toEqual([
      { file: DAEMONSETS, line: 46, column: 15, endLine: 46, endColumn: 28, message: 'DaemonSet monitoring/node-exporter claims host port 9100/TCP here' },
    ]);
    // Without the inventory, the node selections alone say the two may meet: no node is named.
    const without = JSON.parse(run(['--format', 'json', DAEMONSETS]).stdout) as JsonReport;
    expect(without.findings.filter((f) => f.ruleId === 'hostport-conflict').map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '173:15 host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter',
    ]);
    // The coverage says the same from the other side: the later exporter stays Pending there.
    const exporter = json().coverage!.daemonSets.find((d) => d.object.name === 'prometheus-node-exporter')!;
    const taken = 'host port 9100/TCP is taken by DaemonSet monitoring/node-exporter';
    expect(exporter.nodes.unfit).toEqual([
      ...['worker-1', 'worker-2', 'worker-3', 'worker-4', 'worker-5', 'worker-6'].map((node) => ({ node, pool: 'worker', cause: 'hostPort', reason: taken })),
      { node: 'worker-8', pool: 'worker (cordoned)', cause: 'hostPort', reason: taken },
    ]);
    expect(exporter.nodes.scheduled).toBe(2);
  });

  it('carries coverage: per DaemonSet the object, node counts, missed and unfit nodes with reasons, fleet requests', () => {
    const { coverage } = json();
    expect(coverage!.inventory.files).toEqual([NODES]);
    expect(coverage!.inventory.nodes).toBe(18);
    expect(coverage!.inventory.pools.map((p) => [p.name, p.nodes, p.taints.map((t) => `${t.key}:${t.effect}`), p.unschedulable])).toEqual([
      ['control-plane', 3, ['node-role.kubernetes.io/control-plane:NoSchedule'], false],
      ['worker', 6, [], false],
      ['edge', 3, [], false],
      ['gpu', 2, ['nvidia.com/gpu:NoSchedule'], false],
      ['windows', 2, [], false],
      ['worker (cordoned)', 1, ['node.kubernetes.io/unschedulable:NoSchedule'], true],
      ['worker (not ready)', 1, ['node.kubernetes.io/not-ready:NoSchedule', 'node.kubernetes.io/not-ready:NoExecute'], false],
    ]);
    const falco = coverage!.daemonSets.find((d) => d.object.name === 'falco')!;
    expect(falco.object).toEqual({ apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'security', name: 'falco' });
    expect(falco.file).toBe(DAEMONSETS);
    expect(falco.documentIndex).toBe(4);
    expect(falco.nodes.total).toBe(18);
    expect(falco.nodes.scheduled).toBe(13);
    expect(falco.nodes.missed).toEqual([
      { node: 'win-1', pool: 'windows', cause: 'selection', reason: 'node selection: nodeSelector kubernetes.io/os=linux (kubernetes.io/os=windows)' },
      { node: 'win-2', pool: 'windows', cause: 'selection', reason: 'node selection: nodeSelector kubernetes.io/os=linux (kubernetes.io/os=windows)' },
    ]);
    const crowded = 'with 3 other DaemonSets, cpu requests come to 800m of 500m allocatable';
    expect(falco.nodes.unfit).toEqual(['edge-1', 'edge-2', 'edge-3'].map((node) => ({ node, pool: 'edge', cause: 'crowded', reason: crowded })));
    expect(falco.fleetRequests).toEqual({ cpu: '5200m', memory: '6656Mi' });
    expect(falco.pools[2]).toEqual({ pool: 'edge', runs: 0, misses: 0, notSelected: 0, unfit: 3 });
    // A cordoned node still runs every DaemonSet that otherwise matches: the controller tolerates the cordon.
    const proxy = coverage!.daemonSets.find((d) => d.object.name === 'kube-proxy')!;
    expect(proxy.pools.find((p) => p.pool === 'worker (cordoned)')).toEqual({ pool: 'worker (cordoned)', runs: 1, misses: 0, notSelected: 0, unfit: 0 });
    expect(proxy.nodes.scheduled).toBe(16);
    expect(proxy.fleetRequests).toEqual({ cpu: '1600m', memory: '1Gi' });
  });
});

describe('giving the inventory', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-inventory-cli-'));
    mkdirSync(path.join(dir, 'cluster'));
    writeFileSync(path.join(dir, 'ds.yaml'), readFileSync(path.join(root, DAEMONSETS), 'utf8'));
    writeFileSync(path.join(dir, 'cluster', 'linux.yaml'), 'kind: NodePool\nname: linux\ncount: 4\nallocatable: {cpu: "4", memory: 16Gi, pods: 110}\n');
    writeFileSync(path.join(dir, 'cluster', 'win.yaml'), 'kind: NodePool\nname: win\ncount: 2\nos: windows\nallocatable: {cpu: "4", memory: 16Gi, pods: 110}\n');
  });

  it('--nodes is repeatable: the files make one inventory', () => {
    const r = run(['--no-config', '--nodes', 'cluster/linux.yaml', '--nodes', 'cluster/win.yaml', '--format', 'coverage', 'ds.yaml'], dir);
    expect(r.stdout.split('\n')[0]).toBe('Node coverage: 7 DaemonSets on 6 nodes in 2 node groups (cluster/linux.yaml, cluster/win.yaml)');
  });

  it('nodes: in the config, relative to the config file; --nodes replaces it', () => {
    writeFileSync(path.join(dir, 'cluster', '.daemonlint.yaml'), 'nodes: [linux.yaml]\n');
    const r = run(['--config', 'cluster/.daemonlint.yaml', '--format', 'coverage', 'ds.yaml'], dir);
    expect(r.stdout.split('\n')[0]).toBe('Node coverage: 7 DaemonSets on 4 nodes in 1 node group (cluster/linux.yaml)');
    const replaced = run(['--config', 'cluster/.daemonlint.yaml', '--nodes', 'cluster/win.yaml', '--format', 'coverage', 'ds.yaml'], dir);
    expect(replaced.stdout.split('\n')[0]).toBe('Node coverage: 7 DaemonSets on 2 nodes in 1 node group (cluster/win.yaml)');
  });

  it('nodes: in the config alone gives the JSON report its coverage, as --nodes does', () => {
    writeFileSync(path.join(dir, 'cluster', '.daemonlint.yaml'), 'nodes: [linux.yaml]\n');
    const fromConfig = JSON.parse(run(['--config', 'cluster/.daemonlint.yaml', '--format', 'json', 'ds.yaml'], dir).stdout);
    const fromFlag = JSON.parse(run(['--no-config', '--nodes', 'cluster/linux.yaml', '--format', 'json', 'ds.yaml'], dir).stdout);
    expect(fromConfig.coverage.daemonSets.length).toBe(7);
    expect(fromConfig.coverage).toEqual(fromFlag.coverage);
  });

  it('--format coverage without an inventory is a usage error', () => {
    const r = run(['--no-config', '--format', 'coverage', 'ds.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('daemonlint: --format coverage needs a node inventory: --nodes <file>, or nodes: in the config\nRun daemonlint --help for usage.\n');
  });

  it('an inventory it cannot use stops the run (exit 2) naming the file, line, field and what is allowed', () => {
    writeFileSync(path.join(dir, 'bad.yaml'), 'kind: NodePool\nname: gpu\ncount: 2\ntaints: [{key: gpu, effect: NoScheduled}]\n');
    const r = run(['--no-config', '--nodes', 'bad.yaml', 'ds.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('daemonlint: invalid node inventory: bad.yaml:4:29: taints[0].effect: "NoScheduled" is not a taint effect; allowed: NoSchedule, PreferNoSchedule, NoExecute\n');
    const missing = run(['--no-config', '--nodes', 'nope.yaml', 'ds.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('daemonlint: invalid node inventory: nope.yaml: no such file\n');
  });

  it('a bad nodes: setting names the config file and the key', () => {
    writeFileSync(path.join(dir, 'bad-config.yaml'), 'nodes: {file: a.yaml}\n');
    const r = run(['--config', 'bad-config.yaml', 'ds.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('daemonlint: invalid configuration: bad-config.yaml: nodes: must be a node inventory file, or a list of them (kubectl get nodes -o yaml output, NodePool entries)\n');
  });
  it('a --shard matrix with an inventory merges into the coverage of one run (test/cli/shard-merge-inventory.test.ts has the rest)', () => {
    const nodes = path.join(root, NODES);
    for (const k of [1, 2]) {
      const share = run(['--no-config', '--nodes', nodes, '--shard', `${k}/2`, '--collect-out', `share-${k}.json`, '-f', 'json', '-o', `report-${k}.json`, 'ds.yaml'], dir);
      expect(share).toEqual({ code: 0, stdout: '', stderr: '' });
    }
    const merged = run(['merge', '--no-config', '--nodes', nodes, '-f', 'coverage', 'report-1.json', 'share-1.json', 'report-2.json', 'share-2.json'], dir);
    expect(merged).toEqual(run(['--no-config', '--nodes', nodes, '-f', 'coverage', 'ds.yaml'], dir));
    expect(merged.stdout.split('\n')[0]).toBe(`Node coverage: 7 DaemonSets on 18 nodes in 7 node groups (${nodes})`);
  });
});
