import fc from 'fast-check';
import { dump } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanKubectlList } from '../../src/inventory/kubectl-list.js';
import { parseFile } from '../../src/yaml/parse.js';
import { SourceFile } from '../../src/yaml/source-file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What the full YAML reader reads of the text. */
function fullRead(text: string): unknown {
  const parsed = parseFile(new SourceFile('nodes.yaml', text));
  if (parsed.errors.length > 0 || parsed.documents.length !== 1) return 'refused';
  return parsed.documents[0].value;
}

const asRecord = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** The fields an inventory reads, from either reader's value (absent and null alike). */
function project(value: unknown): unknown {
  const list = asRecord(value);
  const pick = (record: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const k of keys) if (record?.[k] !== undefined && record?.[k] !== null) out[k] = record[k];
    return out;
  };
  return {
    kind: list?.kind,
    items: (Array.isArray(list?.items) ? list.items : []).map((item: unknown) => {
      const node = asRecord(item);
      const metadata = asRecord(node?.metadata);
      const spec = asRecord(node?.spec);
      const status = asRecord(node?.status);
      return {
        ...pick(node, ['apiVersion', 'kind']),
        metadata: pick(metadata, ['name', 'labels']),
        spec: { ...pick(spec, ['unschedulable']), ...(Array.isArray(spec?.taints) ? { taints: spec.taints.map((t: unknown) => pick(asRecord(t), ['key', 'value', 'effect'])) } : {}) },
        status: { ...pick(status, ['allocatable', 'capacity']), nodeInfo: pick(asRecord(status?.nodeInfo), ['operatingSystem', 'architecture']) },
      };
    }),
  };
}

describe('reading kubectl get nodes -o yaml the quick way', () => {
  it('reads the bundled fleet as the full reader does', () => {
    const text = readFileSync(path.join(root, 'examples/fleet/nodes.yaml'), 'utf8');
    const quick = scanKubectlList(text);
    expect(quick).toBeDefined();
    expect(project(quick)).toEqual(project(fullRead(text)));
    expect((quick!.items as unknown[]).length).toBe(18);
  });

  it.each([
    ['an anchor', 'labels: &l\n      a: b'],
    ['flow labels', 'labels: {a: b}'],
    ['a label value on two lines', 'labels:\n      a: one\n        two'],
    ['a block scalar', 'labels:\n      a: |\n        b'],
    ['the same label twice', 'labels:\n      a: b\n      a: c'],
    ['a comment after a value', 'labels:\n      a: b # c'],
    ['a YAML-only escape', 'labels:\n      a: "\\x41"'],
    ['a quoted key', 'labels:\n      "a": b'],
    ['a tag', 'labels:\n      a: !!str b'],
  ])('leaves %s to the full reader', (_name, labels) => {
    const text = `apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata:\n    ${labels}\n    name: n1\nkind: List\n`;
    expect(scanKubectlList(text)).toBeUndefined();
  });

  it('passes over what it does not read, however it is written', () => {
    const text = `apiVersion: v1
items:
- apiVersion: v1
  kind: Node
  metadata:
    annotations:
      long: "a value that
        goes on"
      script: |
        #!/bin/sh
        echo {not: flow}
      flow: {a: [1, 2]}
    labels:
      zone: a
    name: n1
  status:
    images:
    - names:
      - registry.k8s.io/pause@sha256:abc
      sizeBytes: 123
    allocatable:
      cpu: "2"
kind: List
metadata:
  resourceVersion: ""
`;
    const quick = scanKubectlList(text);
    expect(quick).toBeDefined();
    expect(project(quick)).toEqual(project(fullRead(text)));
  });

  it('reads what it takes exactly as the full reader, or leaves the text to it (generated lists)', () => {
    const scalar = fc.oneof(
      fc.constantFrom('true', 'false', 'yes', 'n', '0755', '1e3', '3920m', '15Gi', '110', '', 'null', '~', '-', '-5', 'a b', "it's", 'say "hi"', 'x: y', 'a #b', 'ünïcode'),
      fc.string({ maxLength: 12 }),
    );
    const labelKey = fc.constantFrom('kubernetes.io/os', 'zone', 'node-role.kubernetes.io/worker', 'example.com/a-b_c.d', 'gpu', 'on', '1');
    const node = fc.record({
      name: fc.oneof(fc.constantFrom('n-1', 'ip-10-0-1-2.ec2.internal'), fc.string({ minLength: 1, maxLength: 8 })),
      labels: fc.dictionary(labelKey, scalar, { maxKeys: 5 }),
      taints: fc.array(fc.record({ key: fc.constantFrom('a', 'dedicated', 'node.kubernetes.io/not-ready'), value: scalar, effect: fc.constantFrom('NoSchedule', 'NoExecute', 'PreferNoSchedule') }), { maxLength: 2 }),
      unschedulable: fc.option(fc.boolean()),
      allocatable: fc.dictionary(fc.constantFrom('cpu', 'memory', 'pods', 'nvidia.com/gpu'), fc.oneof(scalar, fc.integer({ min: 0, max: 1000 }))),
      annotations: fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 120 }), { maxKeys: 3 }),
      images: fc.array(fc.record({ names: fc.array(fc.string({ maxLength: 30 }), { maxLength: 2 }), sizeBytes: fc.nat() }), { maxLength: 2 }),
    });
    const style = fc.record({
      lineWidth: fc.constantFrom(-1, 20, 80),
      quotingType: fc.constantFrom<"'" | '"'>("'", '"'),
      forceQuotes: fc.boolean(),
      noCompatMode: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), style, (nodes, options) => {
        const list = {
          apiVersion: 'v1',
          items: nodes.map((n) => ({
            apiVersion: 'v1',
            kind: 'Node',
            metadata: { annotations: n.annotations, labels: n.labels, name: n.name },
            spec: { taints: n.taints, ...(n.unschedulable === null ? {} : { unschedulable: n.unschedulable }) },
            status: { allocatable: n.allocatable, images: n.images, nodeInfo: { architecture: 'amd64', operatingSystem: 'linux' } },
          })),
          kind: 'List',
        };
        const text = dump(list, { ...options, noRefs: true });
        const quick = scanKubectlList(text);
        if (quick === undefined) return;
        const full = fullRead(text);
        expect(full).not.toBe('refused');
        expect(project(quick)).toEqual(project(full));
      }),
      { numRuns: 400 },
    );
  });
});
