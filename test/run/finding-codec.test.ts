import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../src/run/file-store.js';
import { FindingCodec } from '../../src/run/finding-codec.js';
import type { Finding } from '../../src/types/finding.js';

// Spilled findings are written by FindingCodec and read back: what comes back must be what a
// JSON round trip of the finding gives (the store wrote plain JSON before), keys in their order.

const HELP = 'Kubernetes mounts the API token of the pod\'s service account into every container unless told not to: "set automountServiceAccountToken: false".';

function finding(n: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'automount-service-account-token',
    severity: 'warning',
    message: `pod ${n} mounts the default service account's API token`,
    messageId: 'defaultAccount',
    file: 'manifests/ü agent.yaml',
    range: { start: { line: n + 1, column: 5, offset: 40 * n }, end: { line: n + 1, column: 9, offset: 40 * n + 4 } },
    documentIndex: n,
    object: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'logging', name: `agent-${n}` },
    path: ['spec', 'template', 'spec'],
    help: HELP,
    ...extra,
  };
}

/** Through the codec and a line of JSON, as the store does. */
function roundTrip(codec: FindingCodec, findings: readonly Finding[]): { back: Finding[]; line: string } {
  const line = JSON.stringify(codec.encode(findings));
  return { back: codec.decode(JSON.parse(line) as unknown[]), line };
}

const asJson = (value: unknown): string => JSON.stringify(value);

describe('FindingCodec', () => {
  it('gives back every field of engine findings, in order, and writes a repeated help text once for the run', () => {
    const codec = new FindingCodec();
    const findings = [
      finding(0),
      finding(1, { suppressions: [{ kind: 'inSource', justification: 'the agent reads the API' }] }),
      finding(2, { fixable: 'unsafe', fix: { range: { start: { line: 3, column: 1, offset: 80 }, end: { line: 3, column: 1, offset: 80 } }, text: '  automountServiceAccountToken: false\n' } }),
      finding(3, { related: [{ file: 'other.yaml', range: { start: { line: 1, column: 1, offset: -1 }, end: { line: 1, column: 2, offset: -1 } }, message: 'also here' }], template: 'chart/templates/ds.yaml', justifyWith: 'why' }),
      finding(4, { inTemplate: { file: 'chart/templates/ds.yaml', range: { start: { line: 2, column: 3, offset: 9 }, end: { line: 2, column: 4, offset: 10 } } } }),
    ];
    const first = roundTrip(codec, findings);
    expect(first.back).toStrictEqual(findings);
    expect(first.back.map(asJson)).toStrictEqual(findings.map(asJson));
    // The help text, the rule, the file: in the table, not in the line.
    expect(first.line).not.toContain('Kubernetes mounts');
    expect(first.line).not.toContain('automount-service-account-token');
    expect(first.line).toContain("pod 0 mounts the default service account's API token");
    // A later piece uses the same table.
    const second = roundTrip(codec, [finding(9)]);
    expect(second.back).toStrictEqual([finding(9)]);
    expect(second.line).not.toContain('Kubernetes mounts');
  });

  it('gives back what JSON would of odd findings: undefined and function values, non-string texts, __proto__', () => {
    const codec = new FindingCodec();
    const odd = { ...finding(0), help: undefined, messageId: 42, severity: { level: 'error' }, file: ['a.yaml'], extra: () => 1, later: 'kept' } as unknown as Finding;
    Object.defineProperty(odd, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    const { back } = roundTrip(codec, [odd]);
    expect(asJson(back[0])).toBe(asJson(odd));
    expect(Object.keys(back[0])).toStrictEqual(Object.keys(JSON.parse(asJson(odd)) as object));
    expect(Object.getPrototypeOf(back[0])).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('tells shapes apart whatever their keys hold, and takes values through their toJSON as JSON does', () => {
    const codec = new FindingCodec();
    const odd = [
      { 'a,b': 1 },
      { a: 2, b: 3 },
      { '["a"': 4, 'b"]': 5 },
      { when: new Date(0), never: { toJSON: () => undefined }, text: { toJSON: (key: string) => `key ${key}` } },
    ] as unknown as Finding[];
    expect(roundTrip(codec, odd).back.map(asJson)).toStrictEqual(odd.map(asJson));
  });

  it('writes texts in full once its table is full, so the table does not grow with the input', () => {
    // Room for the rule id (31 characters) and the severity (7), tabled in the order of the keys.
    const codec = new FindingCodec(40);
    const findings = [finding(0), finding(1, { ruleId: 'probes' })];
    const { back, line } = roundTrip(codec, findings);
    expect(back).toStrictEqual(findings);
    expect(line).not.toContain('"automount-service-account-token"');
    expect(line).not.toContain('"warning"');
    for (const full of ['"defaultAccount"', '"manifests/ü agent.yaml"', '"Kubernetes mounts', '"probes"']) expect(line).toContain(full);
  });

  it('gives back any finding as a JSON round trip does', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('error', 'warning', 'probes', HELP, ''));
    const position = fc.record({ line: fc.nat(), column: fc.nat(), offset: fc.integer({ min: -1, max: 1e6 }) });
    const anyFinding = fc.record(
      {
        ruleId: text,
        severity: text,
        message: text,
        messageId: fc.oneof(text, fc.constant(undefined)),
        help: fc.oneof(text, fc.anything()),
        file: text,
        range: fc.record({ start: position, end: position }),
        documentIndex: fc.nat(),
        object: fc.record({ kind: text, name: text }, { requiredKeys: [] }),
        path: fc.array(fc.oneof(fc.string(), fc.nat())),
        template: fc.anything(),
        justifyWith: text,
        other: fc.anything(),
      },
      { requiredKeys: ['ruleId', 'file'] },
    ).chain((base) => fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }).map((extra) => ({ ...extra, ...base })));
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 8 }), fc.integer({ min: 0, max: 400 }), (findings, tableChars) => {
        const codec = new FindingCodec(tableChars);
        const { back } = roundTrip(codec, findings as unknown as Finding[]);
        expect(back.map(asJson)).toStrictEqual(findings.map(asJson));
      }),
    );
  });

  it('serves FileStore: findings spilled to disk come back as they were put', () => {
    const store = new FileStore(2, new FindingCodec());
    const files = [3, 250, 1].map((count, file) => ({ findings: Array.from({ length: count }, (_, i) => finding(i, { file: `f${file}.yaml` })), objects: [] }));
    try {
      files.forEach((f, i) => store.put(i, f));
      for (const i of [1, 0, 2]) expect(store.take(i)).toStrictEqual(files[i]);
    } finally {
      store.close();
    }
  });
});
