import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/run/lint.js';
import { editFor } from '../../src/fix/edit.js';
import { loadLenientReader, parseFile } from '../../src/yaml/parse.js';
import type { FixRequest } from '../../src/types/rule.js';
import { SourceFile } from '../../src/yaml/source-file.js';
import { applyEdits } from '../../src/fix/text-edit.js';

function fix(text: string, request: FixRequest): string | undefined {
  const file = new SourceFile('t.yaml', text);
  const root = parseFile(file).documents[0].root!;
  const edit = editFor(file.text, root, request);
  return edit && applyEdits(file.text, [edit]).text;
}

const toleration = { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' };

describe('set', () => {
  it('replaces a scalar in place, keeping everything else', () => {
    expect(fix('spec:\n  restartPolicy: Never # why\n', { op: 'set', path: ['spec', 'restartPolicy'], value: 'Always' }))
      .toBe('spec:\n  restartPolicy: Always # why\n');
  });
  it('replaces a quoted scalar', () => {
    expect(fix('a: "Never"\n', { op: 'set', path: ['a'], value: 'Always' })).toBe('a: Always\n');
  });
  it('fills an empty value', () => {
    expect(fix('a:\nb: 1\n', { op: 'set', path: ['a'], value: true })).toBe('a: true\nb: 1\n');
  });
  it('adds a missing key at the end of a block mapping, at its indentation', () => {
    expect(fix('- name: a\n  mountPath: /x\n- name: b\n', { op: 'set', path: [0, 'readOnly'], value: true }))
      .toBe('- name: a\n  mountPath: /x\n  readOnly: true\n- name: b\n');
  });
  it('adds a missing key after a nested last value', () => {
    expect(fix('spec:\n  a:\n    b: 1\nnext: 2\n', { op: 'set', path: ['spec', 'dnsPolicy'], value: 'ClusterFirstWithHostNet' }))
      .toBe('spec:\n  a:\n    b: 1\n  dnsPolicy: ClusterFirstWithHostNet\nnext: 2\n');
  });
  it('adds missing intermediate mappings with the document indentation step', () => {
    expect(fix('spec:\n    x: 1\n', { op: 'set', path: ['spec', 'a', 'b'], value: 'c' })).toBe('spec:\n    x: 1\n    a:\n        b: c\n');
  });
  it('adds a key to a flow mapping', () => {
    expect(fix('m: {name: a, mountPath: /x}\n', { op: 'set', path: ['m', 'readOnly'], value: true })).toBe('m: {name: a, mountPath: /x, readOnly: true}\n');
    expect(fix('m: {}\n', { op: 'set', path: ['m', 'readOnly'], value: true })).toBe('m: {readOnly: true}\n');
  });
  it('keeps CRLF', () => {
    expect(fix('a:\r\n  b: 1\r\n', { op: 'set', path: ['a', 'c'], value: 2 })).toBe('a:\r\n  b: 1\r\n  c: 2\r\n');
  });
  it('adds to a file without a final newline', () => {
    expect(fix('a:\n  b: 1', { op: 'set', path: ['a', 'c'], value: 2 })).toBe('a:\n  b: 1\n  c: 2');
  });
  it('quotes strings that YAML 1.1 would read as something else', () => {
    expect(fix('a: x\n', { op: 'set', path: ['a'], value: 'yes' })).toBe('a: "yes"\n');
    expect(fix('a: x\n', { op: 'set', path: ['a'], value: '1.0' })).toBe('a: "1.0"\n');
  });
  it('does not edit through an alias', () => {
    expect(fix('a: &x {b: 1}\nc: *x\n', { op: 'set', path: ['c', 'b'], value: 2 })).toBeUndefined();
  });
});

describe('rename', () => {
  it('renames a key in place', () => {
    expect(fix('spec:\n  strategy:\n    type: OnDelete\n', { op: 'rename', path: ['spec', 'strategy'], to: 'updateStrategy' }))
      .toBe('spec:\n  updateStrategy:\n    type: OnDelete\n');
  });
  it('refuses when the new key exists', () => {
    expect(fix('spec:\n  strategy: {}\n  updateStrategy: {}\n', { op: 'rename', path: ['spec', 'strategy'], to: 'updateStrategy' })).toBeUndefined();
  });
});

describe('append', () => {
  it('appends to an indented block sequence', () => {
    expect(fix('tolerations:\n  - key: a\n    operator: Exists\n', { op: 'append', path: ['tolerations'], value: toleration }))
      .toBe('tolerations:\n  - key: a\n    operator: Exists\n  - key: node-role.kubernetes.io/control-plane\n    operator: Exists\n    effect: NoSchedule\n');
  });
  it('appends to a flush block sequence', () => {
    expect(fix('tolerations:\n- key: a\nafter: 1\n', { op: 'append', path: ['tolerations'], value: { key: 'b' } }))
      .toBe('tolerations:\n- key: a\n- key: b\nafter: 1\n');
  });
  it('appends to a flow sequence', () => {
    expect(fix('t: [{key: a}]\n', { op: 'append', path: ['t'], value: { key: 'b', effect: 'NoSchedule' } })).toBe('t: [{key: a}, {key: b, effect: NoSchedule}]\n');
    expect(fix('t: []\n', { op: 'append', path: ['t'], value: { key: 'b' } })).toBe('t: [{key: b}]\n');
  });
  it('creates the sequence in the style the document uses for others', () => {
    expect(fix('spec:\n  containers:\n  - name: a\n', { op: 'append', path: ['spec', 'tolerations'], value: { key: 'b', effect: 'NoSchedule' } }))
      .toBe('spec:\n  containers:\n  - name: a\n  tolerations:\n  - key: b\n    effect: NoSchedule\n');
    expect(fix('spec:\n  containers:\n    - name: a\n', { op: 'append', path: ['spec', 'tolerations'], value: { key: 'b' } }))
      .toBe('spec:\n  containers:\n    - name: a\n  tolerations:\n    - key: b\n');
  });
});

// Regressions found by the property tests in fix-properties.test.ts.
describe('found by the property tests', () => {
  it('appends after an item whose dash stands alone on its line', () => {
    expect(fix('t:\n-\n  key: a\nafter: 1\n', { op: 'append', path: ['t'], value: { key: 'b' } })).toBe('t:\n-\n  key: a\n- key: b\nafter: 1\n');
    expect(fix('t:\n  - # first\n    # more\n    key: a\n', { op: 'append', path: ['t'], value: { key: 'b' } })).toBe('t:\n  - # first\n    # more\n    key: a\n  - key: b\n');
  });

  it('deletes the empty lines after a deleted entry that a keep-chomping block scalar before it would take in', () => {
    expect(fix('spec:\n  args:\n  - |+\n    exec agent\n  replicas: 1\n\n  next: 1\n', { op: 'delete', path: ['spec', 'replicas'] }))
      .toBe('spec:\n  args:\n  - |+\n    exec agent\n  next: 1\n');
    // Elsewhere the empty lines stay.
    expect(fix('spec:\n  args:\n  - |\n    exec agent\n  replicas: 1\n\n  next: 1\n', { op: 'delete', path: ['spec', 'replicas'] }))
      .toBe('spec:\n  args:\n  - |\n    exec agent\n\n  next: 1\n');
  });

  describe('in documents only the lenient reader reads', () => {
    // A flow sequence closed at its key's indentation: go-yaml reads it, js-yaml does not.
    const args = '  args: [\n    a,\n  ]\n';
    beforeAll(async () => {
      await loadLenientReader();
    });
    it('adds a key after the mapping\'s last line, not after the next one', () => {
      expect(fix(`spec:\n${args}  mounts:\n  - name: data\n    mountPath: /d\n  - name: other\n    mountPath: /o\n`, { op: 'set', path: ['spec', 'mounts', 0, 'readOnly'], value: true }))
        .toBe(`spec:\n${args}  mounts:\n  - name: data\n    mountPath: /d\n    readOnly: true\n  - name: other\n    mountPath: /o\n`);
    });
    it('fills an empty value followed by a comment after its colon', () => {
      expect(fix(`spec:\n${args}  readOnly:  # why\n`, { op: 'set', path: ['spec', 'readOnly'], value: true })).toBe(`spec:\n${args}  readOnly: true  # why\n`);
    });
  });

  it('adds lines after the empty lines a keep-chomping block scalar owns, not between', () => {
    const text = 'spec:\n  args:\n  - |+\n    exec agent\n\n\nnext: 1\n';
    expect(fix(text, { op: 'set', path: ['spec', 'dnsPolicy'], value: 'Default' })).toBe(`${text.slice(0, -8)}  dnsPolicy: Default\nnext: 1\n`);
    expect(fix('t:\n- >+\n  a\n\n', { op: 'append', path: ['t'], value: { key: 'b' } })).toBe('t:\n- >+\n  a\n\n- key: b\n');
    // A clipped scalar's trailing empty lines are not its content: the new key goes right after it.
    expect(fix('spec:\n  args:\n  - |\n    exec agent\n\nnext: 1\n', { op: 'set', path: ['spec', 'dnsPolicy'], value: 'Default' }))
      .toBe('spec:\n  args:\n  - |\n    exec agent\n  dnsPolicy: Default\n\nnext: 1\n');
  });

  describe('keeps a JSON document JSON', () => {
    it('writes strings and keys double-quoted', () => {
      expect(fix('{"spec": {"restartPolicy": "Never"}}', { op: 'set', path: ['spec', 'restartPolicy'], value: 'Always' })).toBe('{"spec": {"restartPolicy": "Always"}}');
      expect(fix('{"spec": {"strategy": {}}}', { op: 'rename', path: ['spec', 'strategy'], to: 'updateStrategy' })).toBe('{"spec": {"updateStrategy": {}}}');
      expect(fix('{"m": {"name": "a"}}', { op: 'set', path: ['m', 'readOnly'], value: true })).toBe('{"m": {"name": "a", "readOnly": true}}');
    });
    it('puts a new entry or item on a line of its own when the others have one', () => {
      expect(fix('{\r\n  "m": {\r\n    "name": "a"\r\n  }\r\n}\r\n', { op: 'set', path: ['m', 'readOnly'], value: true }))
        .toBe('{\r\n  "m": {\r\n    "name": "a",\r\n    "readOnly": true\r\n  }\r\n}\r\n');
      expect(fix('{"t": [\n  {"key": "a"}\n]}\n', { op: 'append', path: ['t'], value: { key: 'b' } })).toBe('{"t": [\n  {"key": "a"},\n  {"key": "b"}\n]}\n');
    });
    it('adds a missing list inline', () => {
      expect(fix('{"spec": {"containers": []}}', { op: 'append', path: ['spec', 'tolerations'], value: { key: 'b', effect: 'NoSchedule' } }))
        .toBe('{"spec": {"containers": [], "tolerations": [{"key": "b", "effect": "NoSchedule"}]}}');
      // In a YAML document a flow mapping still gets no new list.
      expect(fix('spec: {containers: []}\n', { op: 'append', path: ['spec', 'tolerations'], value: { key: 'b' } })).toBeUndefined();
    });
  });
});

describe('applyEdits', () => {
  it('skips an edit that overlaps an earlier one', () => {
    const r = applyEdits('abcdef', [{ start: 1, end: 3, text: 'X' }, { start: 2, end: 4, text: 'Y' }, { start: 5, end: 5, text: 'Z' }]);
    expect(r.text).toBe('aXdeZf');
    expect(r.skipped).toEqual([{ start: 2, end: 4, text: 'Y' }]);
  });
});

describe('fixEdits', () => {
  const text = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  replicas: 2\n';
  const run = (fixEdits?: boolean) =>
    lint({ texts: [{ path: 'ds.yaml', text }], config: { ...defaultConfig(), rules: { 'no-replicas': { level: 'error' } } }, concurrency: 1, ...(fixEdits === undefined ? {} : { fixEdits }) });

  it('attaches each fixable finding its edit by default', async () => {
    const finding = (await run()).findings.find((f) => f.ruleId === 'no-replicas');
    // The only entry of `spec` goes, and `spec` stays a mapping.
    expect(finding?.fix).toEqual({ range: { start: { line: 5, column: 3, offset: 64 }, end: { line: 5, column: 14, offset: 75 } }, text: '{}' });
  });
  it('leaves edits out when the caller shows none, and nothing else changes', async () => {
    const withEdits = (await run(true)).findings;
    const without = (await run(false)).findings;
    expect(without.find((f) => f.ruleId === 'no-replicas')?.fix).toBeUndefined();
    expect(without).toEqual(withEdits.map(({ fix: _fix, ...rest }) => rest));
  });
});
