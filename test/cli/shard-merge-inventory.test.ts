import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { bigintJson, fromBigintJson } from '../../src/types/bigint-json.js';

// A --shard matrix with a node inventory: each job lints one share of the DaemonSets against the
// whole fleet, and `daemonlint merge --nodes` writes the report one run over every file writes,
// coverage included, byte for byte. The bundled fleet's DaemonSets, one file each, and one more
// whose tolerations hold what JSON cannot carry as it is (an integer past 2^53, a `$bigint` key).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let work: string;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: work, env: { NO_COLOR: '1' }, stdoutIsTTY: false });
  return { code, stdout, stderr };
}

const ODD = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: odd-tolerations, namespace: ops}
spec:
  selector: {matchLabels: {app: odd}}
  template:
    metadata: {labels: {app: odd}}
    spec:
      tolerations:
        - {key: nvidia.com/gpu, operator: Exists, effect: NoExecute, tolerationSeconds: 9007199254740993}
        - {key: dedicated, operator: Exists, $bigint: "5"}
      containers:
        - name: odd
          image: example.com/odd:1.0
          ports: [{containerPort: 9100, hostPort: 9100}]
          resources: {requests: {cpu: 12345678901234567890m, memory: 64Mi}}
`;

/** Each share's report in `from` and its collected objects, then their merge into `to`. */
async function shardAndMerge(n: number, from: 'json' | 'sarif', to: string, shareFlags: string[], mergeFlags = shareFlags) {
  const files: string[] = [];
  for (let k = 1; k <= n; k++) {
    const report = `out/${n}-${k}.${from}`;
    const collected = `out/${n}-${k}.collect.json`;
    const share = await cli(['-f', from, ...shareFlags, '--shard', `${k}/${n}`, '--collect-out', collected, '-o', report, 'ds']);
    expect(share).toEqual({ code: 0, stdout: '', stderr: '' });
    files.push(report, collected);
  }
  return cli(['merge', '-f', to, ...mergeFlags, ...files]);
}

const single: Record<string, { code: number; stdout: string; stderr: string }> = {};
const FORMATS = ['json', 'coverage', 'stylish', 'github', 'junit', 'gitlab', 'sarif'];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'daemonlint-shard-nodes-'));
  mkdirSync(path.join(work, 'ds'));
  mkdirSync(path.join(work, 'out'));
  cpSync(path.join(root, 'examples/fleet/nodes.yaml'), path.join(work, 'nodes.yaml'));
  readFileSync(path.join(root, 'examples/fleet/daemonsets.yaml'), 'utf8')
    .split(/^---\n/m)
    .forEach((text, i) => writeFileSync(path.join(work, 'ds', `${i}.yaml`), text));
  writeFileSync(path.join(work, 'ds', 'odd.yaml'), ODD);
  writeFileSync(path.join(work, 'fleet.daemonlint.yaml'), 'nodes: nodes.yaml\n');
  for (const format of FORMATS) single[format] = await cli(['--no-config', '--nodes', 'nodes.yaml', '-f', format, 'ds']);
});

describe('a --shard matrix with a node inventory', () => {
  it('has material that exercises it: coverage, node-fit across DaemonSets, host ports on named nodes', () => {
    const report = JSON.parse(single.json.stdout) as { coverage: { daemonSets: unknown[] }; findings: { ruleId: string; message: string }[] };
    expect(report.coverage.daemonSets).toHaveLength(8);
    const messages = report.findings.filter((f) => ['node-fit', 'hostport-conflict'].includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`);
    expect(messages).toEqual([
      'node-fit: DaemonSets request 80% of cpu on pool edge (3 nodes): 400m of 500m',
      'node-fit: DaemonSets request 73% of memory on pool edge (3 nodes): 756Mi of 1Gi',
      'node-fit: DaemonSets request 36% of cpu on pool control-plane (3 nodes): 700m of 1930m',
      'node-fit: does not fit next to 3 other DaemonSets on pool edge (3 nodes): cpu 800m of 500m',
      'hostport-conflict: host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter on 7 nodes: pool worker: worker-1, worker-2, worker-3 and 3 more; pool worker (cordoned): worker-8',
      'hostport-conflict: host port 9100/TCP is also claimed by DaemonSet monitoring/node-exporter on 10 nodes: pool worker: worker-1, worker-2, worker-3 and 3 more; pool edge: edge-1, edge-2, edge-3; pool worker (cordoned): worker-8',
      'hostport-conflict: host port 9100/TCP is also claimed by DaemonSet observability/prometheus-node-exporter on 7 nodes: pool worker: worker-1, worker-2, worker-3 and 3 more; pool worker (cordoned): worker-8',
      'node-fit: requests cpu 12345678901234567890m, more than pool edge (3 nodes) can allocate (500m)',
      'node-fit: requests cpu 12345678901234567890m, more than pool windows (2 nodes) can allocate (3860m)',
      'node-fit: requests cpu 12345678901234567890m, more than pools worker, worker (cordoned) (7 nodes) can allocate (3920m)',
    ]);
    // Every rule ran: the odd tolerations (an integer past 2^53) once made hostport-conflict fail.
    expect(single.json.stderr).toBe('');
    expect(single.coverage.stdout.split('\n')[0]).toBe('Node coverage: 8 DaemonSets on 18 nodes in 7 node groups (nodes.yaml)');
    expect(single.json.code).toBe(1);
  });

  for (const n of [1, 2, 3]) {
    it(`joins ${n} shares into the single run's json (with its coverage), coverage, stylish, github, junit, gitlab and sarif reports`, async () => {
      for (const format of FORMATS) {
        const merged = await shardAndMerge(n, format === 'sarif' ? 'sarif' : 'json', format, ['--no-config', '--nodes', 'nodes.yaml']);
        expect({ format, ...merged }).toEqual({ format, ...single[format] });
      }
    });
  }

  it('takes the inventory from nodes: in the config, for the shares and the merge', async () => {
    for (const format of ['json', 'coverage']) {
      const merged = await shardAndMerge(2, 'json', format, ['--config', 'fleet.daemonlint.yaml']);
      expect({ format, ...merged }).toEqual({ format, ...(await cli(['--config', 'fleet.daemonlint.yaml', '-f', format, 'ds'])) });
    }
  });

  it('refuses a merge without the inventory, with other nodes, or with one the shares did not have', async () => {
    await shardAndMerge(2, 'json', 'json', ['--no-config', '--nodes', 'nodes.yaml']);
    const shares = ['out/2-1.json', 'out/2-1.collect.json', 'out/2-2.json', 'out/2-2.collect.json'];
    expect(await cli(['merge', '--no-config', ...shares])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'daemonlint: share 1/2 was linted with a node inventory: give the merge the same one (--nodes, or nodes: in the config)\n',
    });
    writeFileSync(path.join(work, 'fewer.yaml'), readFileSync(path.join(work, 'nodes.yaml'), 'utf8').replace(/^- apiVersion: v1\n {2}kind: Node\n(?: {2}.*\n)*?(?=- apiVersion)/m, ''));
    expect(await cli(['merge', '--no-config', '--nodes', 'fewer.yaml', ...shares])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: share 1/2 was linted with other nodes: give the merge the node inventory the shares read\n',
    });
    expect(await cli(['merge', '--no-config', '-f', 'coverage', ...shares])).toMatchObject({ code: 2, stderr: expect.stringContaining('share 1/2 was linted with a node inventory') });
    await shardAndMerge(2, 'json', 'json', ['--no-config']);
    expect(await cli(['merge', '--no-config', '--nodes', 'nodes.yaml', ...shares])).toMatchObject({
      code: 2,
      stderr: 'daemonlint: share 1/2 was linted without a node inventory: merge without --nodes (and without nodes: in the config), as the shares ran\n',
    });
    expect(await cli(['merge', '--no-config', '-f', 'coverage', ...shares])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'daemonlint: --format coverage needs the node inventory the shares read: --nodes <file>, or nodes: in the config\nRun daemonlint merge --help for usage.\n',
    });
  });
});

describe('a share file', () => {
  it('writes bigints as {"$bigint": digits} and a key that starts with $ with one $ more, and reads both back', () => {
    const value = { amounts: { cpu: 12345678901234567890n, pods: -3n }, toleration: { key: 'dedicated', $bigint: '5' }, $$x: [1n, null, 'a'], gone: undefined };
    const text = bigintJson(value);
    expect(text).toBe('{"amounts":{"cpu":{"$bigint":"12345678901234567890"},"pods":{"$bigint":"-3"}},"toleration":{"key":"dedicated","$$bigint":"5"},"$$$x":[{"$bigint":"1"},null,"a"]}');
    expect(fromBigintJson(JSON.parse(text))).toEqual({ amounts: { cpu: 12345678901234567890n, pods: -3n }, toleration: { key: 'dedicated', $bigint: '5' }, $$x: [1n, null, 'a'] });
  });
});
