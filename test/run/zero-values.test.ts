import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';

/**
 * Nulls read as the API decodes them (run/zero-values.ts), through a whole run: the rules across
 * the input read the DaemonSet before the per-DaemonSet rules do, and must see the same zero
 * values, as must every rule after them.
 */
async function run(text: string) {
  const result = await lint({ texts: [{ path: 'ds.yaml', text }], config: undefined, configFile: false });
  return result.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`);
}

const HEAD = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      priorityClassName: system-node-critical
`;

describe('null as the zero value in a whole run', () => {
  it('a null container is a container without name and image, whatever read the DaemonSet first', async () => {
    const findings = await run(`${HEAD}      containers:\n        - null\n`);
    expect(findings.filter((f) => f.startsWith('api-validation'))).toEqual([
      'api-validation 11:11 containers[0].image: Required value',
      'api-validation 11:11 containers[0].name: Required value',
    ]);
  });

  it('null containers after a named one: two empty names clash', async () => {
    const findings = await run(`${HEAD}      containers:\n        - {name: a, image: a}\n        - null\n        - ~\n`);
    expect(findings.filter((f) => f.startsWith('api-validation'))).toEqual([
      'api-validation 12:11 containers[1].image: Required value',
      'api-validation 12:11 containers[1].name: Required value',
      'api-validation 13:11 containers[2].image: Required value',
      'api-validation 13:11 containers[2].name: Duplicate value: ""',
      'api-validation 13:11 containers[2].name: Required value',
    ]);
  });

  it('a null limit is a limit of 0 to every rule', async () => {
    const findings = await run(`${HEAD}      containers:\n        - name: a\n          image: a:1\n          resources: {requests: {cpu: 10m, memory: 1Mi}, limits: {cpu: , memory: 1Mi}}\n`);
    expect(findings).toContain('resources-requests-limits 13:39 container "a" requests cpu 10m, above its limit 0');
  });
});
