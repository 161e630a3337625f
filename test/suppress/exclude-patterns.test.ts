// exclude.objects and ignore come from a repository's config, which a pull request controls: their
// patterns match in linear time (types/patterns.ts), whatever they and the names hold.
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '../../src/config/config.js';
import { lint } from '../../src/run/lint.js';

const name = `${'a'.repeat(20_000)}b`;
const text = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: kube-system}
spec:
  replicas: 2
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      containers: [{name: a, image: example.com/a:1.0.0}]
`;

describe('config patterns against hostile names', () => {
  it('ten *a in exclude.objects: matched, not hung', async () => {
    const config = parseConfig({ exclude: [{ rules: ['no-replicas'], objects: ['*a*a*a*a*a*a*a*a*a*ac', 'kube-system/*a*a*a*a*a*a*a*a*a*ab'], reason: 'accepted' }] }, 'c.yaml');
    const result = await lint({ texts: [{ path: 'a.yaml', text }], config });
    const replicas = result.findings.find((f) => f.ruleId === 'no-replicas');
    expect(replicas?.suppressions).toEqual([{ kind: 'external', justification: 'accepted' }]);
  });

  it('ten **/ in an ignore glob: matched, not hung', async () => {
    const config = { ...defaultConfig(), ignore: [`${'**/'.repeat(10)}*a*a*a*a*a*a*a*a*c.yaml`] };
    const deep = `${'x/'.repeat(200)}${'a'.repeat(200)}.yaml`;
    const { withoutIgnored } = await import('../../src/inputs/ignore.js');
    expect(withoutIgnored([`/repo/${deep}`], config.ignore, '/repo')).toEqual([`/repo/${deep}`]);
    expect(withoutIgnored([`/repo/${deep.replace(/a\.yaml$/, 'c.yaml')}`], config.ignore, '/repo')).toEqual([]);
  });
});
