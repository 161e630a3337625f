import { beforeAll, describe, expect, it } from 'vitest';
import { locate } from '../../src/yaml/source-node.js';
import { loadLenientReader, parseFile } from '../../src/yaml/parse.js';
import { rangeOf } from '../../src/yaml/locate.js';
import { SourceFile } from '../../src/yaml/source-file.js';
import type { JsonPath } from '../../src/types/finding.js';

/** "line:col-line:col" of a path's key (or value), in document `doc` of `text`. */
function where(text: string, path: JsonPath, at: 'key' | 'value' = 'key', doc = 0): string {
  const file = new SourceFile('t.yaml', text);
  const parsed = parseFile(file);
  const d = parsed.documents[doc];
  const r = rangeOf(file, d.root, path, at);
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

function valueOf(text: string, doc = 0): unknown {
  return parseFile(new SourceFile('t.yaml', text)).documents[doc].value;
}

describe('positions', () => {
  const block = 'kind: DaemonSet\nspec:\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: nginx\n';

  it('block mapping key and value', () => {
    expect(where(block, ['kind'])).toBe('1:1-1:5');
    expect(where(block, ['kind'], 'value')).toBe('1:7-1:16');
    expect(where(block, ['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe('7:11-7:16');
    expect(where(block, ['spec', 'template', 'spec', 'containers', 0, 'image'], 'value')).toBe('7:18-7:23');
  });

  it('a sequence item spans the item', () => {
    expect(where(block, ['spec', 'template', 'spec', 'containers', 0])).toBe('6:11-7:23');
  });

  it('a block mapping value spans its first key to its last value', () => {
    expect(where(block, ['spec', 'template'], 'value')).toBe('4:5-7:23');
  });

  it('flow mappings and sequences, including the closing bracket', () => {
    const text = 'spec: {selector: {matchLabels: {app: a}}, ports: [80, "81"]}\n';
    expect(where(text, ['spec', 'selector', 'matchLabels', 'app'])).toBe('1:33-1:36');
    expect(where(text, ['spec', 'selector'], 'value')).toBe('1:18-1:41');
    expect(where(text, ['spec', 'ports', 1])).toBe('1:55-1:59');
    expect(where(text, ['spec', 'ports'], 'value')).toBe('1:50-1:60');
    expect(where(text, ['spec'], 'value')).toBe('1:7-1:61');
  });

  it('a missing path falls back to the deepest node that exists', () => {
    expect(where(block, ['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits'])).toBe('6:11-7:23');
    expect(where(block, ['spec', 'nope'])).toBe('2:1-2:5');
  });

  it('documents after the first keep file positions', () => {
    const text = '# leading\nkind: ConfigMap\n---\nkind: DaemonSet\nspec:\n  replicas: 2\n';
    expect(where(text, ['spec', 'replicas'], 'key', 1)).toBe('6:3-6:11');
  });

  it('List items', () => {
    const text = 'kind: List\nitems:\n- kind: DaemonSet\n  metadata:\n    name: x\n';
    expect(where(text, ['items', 0, 'metadata', 'name'], 'value')).toBe('5:11-5:12');
  });

  it('JSON documents', () => {
    const text = '{\n  "kind": "DaemonSet",\n  "spec": {"replicas": 1}\n}\n';
    expect(where(text, ['spec', 'replicas'])).toBe('3:12-3:22');
    expect(where(text, ['kind'], 'value')).toBe('2:11-2:22');
  });

  it('CRLF line endings', () => {
    const text = 'kind: DaemonSet\r\nspec:\r\n  replicas: 2\r\n';
    expect(where(text, ['spec', 'replicas'])).toBe('3:3-3:11');
    expect(where(text, ['spec', 'replicas'], 'value')).toBe('3:13-3:14');
  });

  it('a BOM does not shift columns', () => {
    const text = '\ufeffkind: DaemonSet\nspec: {replicas: 2}\n';
    expect(where(text, ['kind'])).toBe('1:1-1:5');
    expect(where(text, ['spec', 'replicas'])).toBe('2:8-2:16');
  });

  it('through aliases: the path continues in the anchored node', () => {
    const text = 'base: &b\n  image: nginx\nspec:\n  c: *b\n';
    expect(where(text, ['spec', 'c', 'image'], 'value')).toBe('2:10-2:15');
    expect(where(text, ['spec', 'c'], 'value')).toBe('4:6-4:8');
  });

  it('merge keys: explicit keys win, merged keys are found in the anchor', () => {
    const text = 'defaults: &d\n  readOnly: false\n  name: x\nmount:\n  <<: *d\n  readOnly: true\n';
    expect(where(text, ['mount', 'readOnly'])).toBe('6:3-6:11');
    expect(where(text, ['mount', 'name'], 'value')).toBe('3:9-3:10');
    expect(valueOf(text)).toEqual({ defaults: { readOnly: false, name: 'x' }, mount: { readOnly: true, name: 'x' } });
  });

  it('block scalars start at their indicator', () => {
    const text = 'args:\n  - |\n    one\n    two\n  - x\n';
    expect(where(text, ['args', 0])).toBe('2:5-4:8');
  });

  it('quoted scalars include their quotes', () => {
    expect(where("a: 'it''s'\n", ['a'], 'value')).toBe('1:4-1:11');
    expect(where('"a b": "x\\ty"\n', ['a b'], 'value')).toBe('1:8-1:14');
  });

  it('an empty value sits where the value would begin, after the key', () => {
    const text = 'spec:\n  replicas:\n  other: 1\n';
    expect(where(text, ['spec', 'replicas'])).toBe('2:3-2:11');
  });

  it('locate reports how far a path resolved', () => {
    const file = new SourceFile('t.yaml', block);
    const root = parseFile(file).documents[0].root!;
    expect(locate(root, ['spec', 'template', 'x']).depth).toBe(2);
    expect(locate(root, ['spec', 'template']).exact).toBe(true);
  });
});

describe('reading values as Kubernetes does (YAML 1.1)', () => {
  it('yes/no/on/off/y/n are booleans', () => {
    expect(valueOf('a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\ng: "yes"\n')).toEqual({ a: true, b: false, c: true, d: false, e: true, f: false, g: 'yes' });
  });

  it('readOnly: yes is read-only', () => {
    expect(valueOf('volumeMounts:\n  - name: a\n    readOnly: yes\n')).toEqual({ volumeMounts: [{ name: 'a', readOnly: true }] });
  });

  it('boolean-looking keys become their string form, as in JSON', () => {
    expect(valueOf('on: 1\nn: 2\n')).toEqual({ true: 1, false: 2 });
  });

  it('octal and underscores in integers, timestamps stay strings', () => {
    expect(valueOf('mode: 0644\nbig: 1_000\nexpires: 2027-03-31\n')).toEqual({ mode: 420, big: 1000, expires: '2027-03-31' });
  });

  it('a document with a syntax error does not stop the others', () => {
    const parsed = parseFile(new SourceFile('t.yaml', 'kind: A\n---\nkind: [B\nx: 1\n---\nkind: C\n'));
    expect(parsed.documents.map((d) => d.value)).toEqual([{ kind: 'A' }, { kind: 'C' }]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].index).toBe(1);
    expect(new SourceFile('t', 'kind: A\n---\nkind: [B\nx: 1\n---\nkind: C\n').position(parsed.errors[0].offset).line).toBe(4);
  });

  it('a duplicated key keeps its later value, as kubectl does, and is noted with both places', () => {
    const parsed = parseFile(new SourceFile('t.yaml', 'a: 1\nb: 2\na: 3\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents[0].value).toEqual({ a: 3, b: 2 });
    expect(parsed.documents[0].duplicates).toEqual([{ key: 'a', offset: 10, first: 0 }]);
    expect(where('a: 1\nb: 2\na: 3\n', ['a'], 'value')).toBe('3:4-3:5');
  });

  it('an alias bomb is a finding, not a hang', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    const names = 'abcdefghij';
    for (let i = 1; i < names.length; i++) {
      const prev = names[i - 1];
      lines.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const parsed = parseFile(new SourceFile('bomb.yaml', lines.join('\n') + '\n'));
    expect(parsed.documents).toHaveLength(0);
    expect(parsed.errors[0].message).toMatch(/^aliases expand this document past 100000 nodes/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('empty documents and comment-only documents are skipped', () => {
    const parsed = parseFile(new SourceFile('t.yaml', '# only a comment\n---\n---\nkind: A\n...\n'));
    expect(parsed.documents.map((d) => [d.index, d.value])).toEqual([[0, { kind: 'A' }]]);
  });

  it('directives belong to the document after them', () => {
    const parsed = parseFile(new SourceFile('t.yaml', 'kind: A\n...\n%YAML 1.1\n---\nkind: B\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents.map((d) => d.value)).toEqual([{ kind: 'A' }, { kind: 'B' }]);
  });
});

describe('documents the fast reader refuses but Kubernetes accepts', () => {
  beforeAll(loadLenientReader);
  // go-yaml (kubectl) accepts a flow sequence closed at its key's indentation; elastic's filebeat
  // manifest is written that way.
  const text = 'kind: DaemonSet\nspec:\n  args: [\n    "-c", "/etc/x.yml",\n  ]\n  on: yes\n';

  it('are read with the same values', () => {
    const parsed = parseFile(new SourceFile('t.yaml', text));
    expect(parsed.errors).toEqual([]);
    expect(parsed.documents[0].value).toEqual({ kind: 'DaemonSet', spec: { args: ['-c', '/etc/x.yml'], true: true } });
  });

  it('with the same positions', () => {
    expect(where(text, ['spec', 'args', 1], 'value')).toBe('4:11-4:23');
    expect(where(text, ['spec', 'args'], 'value')).toBe('3:9-5:4');
    expect(where(text, ['spec', 'true'])).toBe('6:3-6:5');
  });

  it('a document neither reader accepts keeps the clearer message', () => {
    const parsed = parseFile(new SourceFile('t.yaml', 'a: {b: 1\nc: 2\n'));
    expect(parsed.errors.map((e) => e.message)).toEqual(['Flow map in block collection must be sufficiently indented and end with a }']);
  });
});

describe('the lenient reader ends block collections where the fast one does', () => {
  beforeAll(loadLenientReader);
  it('a block mapping in a document only the lenient reader accepts', () => {
    // The flow sequence closing at its key's indentation forces the lenient reader.
    const text = 'args: [\n  a,\n]\nmounts:\n  - name: x\n    mountPath: /x\n\n  # trailing comment\nafter: 1\n';
    expect(where(text, ['mounts', 0], 'value')).toBe('5:5-6:18');
    expect(where(text, ['mounts'], 'value')).toBe('5:3-6:18');
  });
});

describe('the lenient reader places empty values after the colon', () => {
  beforeAll(loadLenientReader);
  it('even with a comment after them', () => {
    const text = 'args: [\n  a,\n]\nreadOnly:  # note\nnext: 1\n';
    expect(where(text, ['readOnly'], 'value')).toBe('4:10-4:10');
  });
});
