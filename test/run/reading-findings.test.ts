import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';

/** The engine's findings about reading a file (duplicate-key, content-after-end), through a whole run. */
async function run(text: string, ruleOverrides: Record<string, 'off' | 'error' | 'warning'> = {}) {
  const result = await lint({ texts: [{ path: 'ds.yaml', text }], config: undefined, configFile: false, ruleOverrides });
  return result.findings.map((f) => `${f.ruleId} ${f.severity} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.message}`);
}

const DS = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      priorityClassName: system-node-critical
      containers:
        - name: agent
          image: agent:1.0
          image: agent:1.1
          resources: {requests: {cpu: 10m, memory: 10Mi}, limits: {cpu: 10m, memory: 10Mi}}
          livenessProbe: {tcpSocket: {port: 80}}
          imagePullPolicy: Sometimes
`;

describe('reading findings', () => {
  it('a duplicated key is a warning, and the document is linted with the later value', async () => {
    const findings = await run(DS);
    expect(findings).toContain('duplicate-key warning 13:11-13:16 key "image" is also set on line 12: Kubernetes keeps this later value');
    // The DaemonSet was linted (the imagePullPolicy is reported), with image agent:1.1.
    expect(findings.some((f) => f.startsWith('api-validation error 16:28'))).toBe(true);
  });

  it('its level is configurable, and off drops it', async () => {
    expect((await run(DS, { 'duplicate-key': 'error' })).filter((f) => f.startsWith('duplicate-key error'))).toHaveLength(1);
    expect((await run(DS, { 'duplicate-key': 'off' })).filter((f) => f.startsWith('duplicate-key'))).toEqual([]);
  });

  it('content after `...` is reported once and not linted', async () => {
    const text = `${DS.replace('          image: agent:1.1\n', '')}...\n# a note\nkind: DaemonSet\nmetadata: {name: never}\n---\n${DS.replace('          image: agent:1.1\n', '')}`;
    const findings = await run(text);
    expect(findings.filter((f) => f.startsWith('content-after-end'))).toEqual([
      'content-after-end warning 18:1-18:16 kubectl never reads this: it comes after a `...` line and before the next `---`',
    ]);
    expect(findings.filter((f) => f.includes('never'))).toHaveLength(1);
  });
});
