import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/types/finding.js';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-replicas',
    severity: 'error',
    message: 'spec.replicas is not a DaemonSet field: remove it',
    messageId: 'replicas',
    file: '/repo/manifests/agent.yaml',
    range: { start: { line: 7, column: 3, offset: 0 }, end: { line: 7, column: 11, offset: 0 } },
    documentIndex: 0,
    object: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'agent' },
    path: ['spec', 'replicas'],
    ...overrides,
  };
}

// Baselines and code scanning match findings by these values across releases: they must not
// change with how they are computed. The first 32 hex digits of the SHA-256 of
// ["no-replicas","manifests/agent.yaml","DaemonSet","kube-system","agent","spec.replicas","replicas"].
const AGENT_REPLICAS = '3004bb70330b6611ffab87d4ec280b19';

describe('fingerprints', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('hash the rule, the file from the working directory, the object, the path and the message id', async () => {
    const { fingerprints } = await import('../../src/report/fingerprint.js');
    expect(fingerprints([finding(), finding({ range: { start: { line: 9, column: 3, offset: 0 }, end: { line: 9, column: 11, offset: 0 } } })], '/repo')).toStrictEqual([
      `${AGENT_REPLICAS}:1`,
      `${AGENT_REPLICAS}:2`,
    ]);
  });

  it('name each file of one call from the working directory, whichever came first', async () => {
    const { fingerprints } = await import('../../src/report/fingerprint.js');
    const other = finding({ file: '/repo/other/agent.yaml' });
    const [first, second, third] = fingerprints([finding(), other, finding({ file: 'manifests/agent.yaml' })], '/repo');
    expect(first).toBe(`${AGENT_REPLICAS}:1`);
    expect(second).toBe(fingerprints([finding({ file: 'other/agent.yaml' })], '/elsewhere')[0]);
    expect(second).not.toBe(first);
    // A relative name and the absolute one of the same file are one file.
    expect(third).toBe(`${AGENT_REPLICAS}:2`);
  });

  it('are the same on a Node without crypto.hash (before 20.12) or without process.getBuiltinModule (before 20.16)', async () => {
    const getBuiltinModule = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    try {
      for (const stand of [undefined, (id: string) => (id === 'node:crypto' ? { createHash } : undefined)]) {
        Object.defineProperty(process, 'getBuiltinModule', { value: stand, configurable: true, writable: true });
        vi.resetModules();
        const { fingerprints } = await import('../../src/report/fingerprint.js');
        expect(fingerprints([finding(), finding()], '/repo')).toStrictEqual([`${AGENT_REPLICAS}:1`, `${AGENT_REPLICAS}:2`]);
      }
    } finally {
      if (getBuiltinModule) Object.defineProperty(process, 'getBuiltinModule', getBuiltinModule);
    }
  });
});
