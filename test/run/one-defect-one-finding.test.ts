import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';

/**
 * schema and api-validation through a whole run: a value that does not decode is schema's alone
 * (the API never gets to validation), what validation rejects after decoding is api-validation's
 * alone, and a field a version does not know is an unknown field of that version's schema.
 */
async function run(text: string, kubeVersion?: string) {
  const result = await lint({ texts: [{ path: 'ds.yaml', text }], config: undefined, configFile: false, kubeVersion });
  return result.findings
    .filter((f) => f.ruleId === 'schema' || f.ruleId === 'api-validation')
    .map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`);
}

const ds = (container: string, podSpec = '') => `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - {name: agent, image: "agent:1.0"${container}}
${podSpec}`;

describe('one defect, one finding', () => {
  it('a containerPort past int32 is a schema finding only', async () => {
    expect(await run(ds(', ports: [{containerPort: 3000000000}]'))).toEqual([
      'schema 10:69 ports[0].containerPort 3000000000 does not fit in a 32-bit integer',
    ]);
  });

  it('a containerPort that decodes but is out of range is an api-validation finding only', async () => {
    expect(await run(ds(', ports: [{containerPort: 70000}]'))).toEqual([
      'api-validation 10:69 containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });

  it('a missing image is api-validation\'s Required value, not also a schema "required" finding', async () => {
    const text = ds('').replace(', image: "agent:1.0"', '');
    expect(await run(text)).toEqual(['api-validation 10:12 containers[0].image: Required value']);
  });

  it('pod-level resources: an unknown field to 1.31, dropped before validation by 1.32 and 1.33, checked from 1.34', async () => {
    const podSpec = '      resources: {limits: {gpu: "1"}}\n';
    expect(await run(ds('', podSpec), '1.31')).toEqual(['schema 11:7 unknown field "resources" in template.spec']);
    expect(await run(ds('', podSpec), '1.32')).toEqual([]);
    expect(await run(ds('', podSpec), '1.33')).toEqual([]);
    expect((await run(ds('', podSpec), '1.34')).every((f) => f.startsWith('api-validation 11:'))).toBe(true);
    expect(await run(ds('', podSpec), '1.34')).not.toEqual([]);
  });
});
