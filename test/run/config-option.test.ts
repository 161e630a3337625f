// lint()'s `config` option: a configuration object, checked as a config file is. Written as in
// `.daemonlint.yaml` it used to be taken as resolved: `rules: {probes: 'off'}` left probes on
// without a word, and an object without `ignore` or `plugins` crashed with a TypeError.
import { describe, expect, it } from 'vitest';
import { ConfigError, lint } from '../../src/index.js';

const text = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: a, namespace: b}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: "c:1"}]
`;
const texts = [{ path: 'x.yaml', text }];
const ids = async (config: unknown) => (await lint({ texts, config: config as never })).findings.map((f) => `${f.ruleId} ${f.severity}`);

describe('lint() with a config object', () => {
  it('takes rules written as in the config file, and fills in what is left out', async () => {
    expect(await ids({ rules: { probes: 'off', 'priority-class': 'warn', 'resources-requests-limits': ['error', { limits: ['memory'] }] } })).toEqual([
      'control-plane-toleration warning',
      'priority-class warning',
      'resources-requests-limits error',
    ]);
    expect(await ids({})).toEqual(['control-plane-toleration warning', 'priority-class warning', 'probes warning', 'resources-requests-limits error']);
  });

  it('takes the shape of the Config type as before', async () => {
    expect(await ids({ extends: 'recommended', rules: { probes: { level: 'off' } }, requireReason: true, ignore: [], exclude: [], plugins: [] })).toEqual([
      'control-plane-toleration warning',
      'priority-class warning',
      'resources-requests-limits error',
    ]);
    expect(await ids({ extends: 'strict', rules: { 'priority-class': { level: 'off', options: undefined } } })).toContain('probes error');
  });

  it('refuses what a config file may not hold, naming the setting', async () => {
    await expect(lint({ texts, config: { rules: { probes: 'eror' } } as never })).rejects.toThrow(ConfigError);
    await expect(lint({ texts, config: { rules: { probes: 'eror' } } as never })).rejects.toThrow('the config option: rules.probes: "eror" is not a level; did you mean "error"?; allowed: off, info, warning, error (or warn)');
    await expect(lint({ texts, config: { extend: 'strict' } as never })).rejects.toThrow(/^the config option: extend: unknown setting; did you mean "extends"\?/);
  });
});
