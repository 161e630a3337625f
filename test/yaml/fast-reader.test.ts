import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseEvents } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readDocumentFast, UNSUPPORTED } from '../../src/yaml/fast-reader/index.js';
import { buildDocuments } from '../../src/yaml/event-reader.js';
import type { BuiltDocument, SourceNode } from '../../src/yaml/source-node.js';
import { parseFile } from '../../src/yaml/parse.js';
import { SourceFile } from '../../src/yaml/source-file.js';
import { splitDocuments } from '../../src/yaml/split-documents.js';

/*
 * The fast reader is only right when it reads a document exactly as js-yaml's events and the
 * event builder do (value and every offset), and refuses everything else. These tests hold it to
 * that: against the event path on every corpus document, fixture and example, on many thousands
 * of mutated and generated documents (it must never accept what js-yaml rejects), and on
 * hand-written cases for each construct and each refusal. FAST_READER_RUNS=200000 searches longer.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(process.env.DAEMONLINT_CORPUS ?? path.join(root, '..', 'shared', 'corpus'));
const corpusPresent = existsSync(path.join(corpus, 'real')) && existsSync(path.join(corpus, 'seeds'));
if (!corpusPresent && process.env.CI) {
  throw new Error(`the corpus is missing at ${corpus}: CI must have ../shared/corpus beside the project (or set DAEMONLINT_CORPUS)`);
}
if (!corpusPresent) console.warn(`fast reader corpus tests skipped: no corpus at ${corpus} (set DAEMONLINT_CORPUS)`);

/** Runs per property; the default keeps the file to a few seconds. */
const RUNS = Number(process.env.FAST_READER_RUNS ?? 15_000);

/** What parse.ts did before the fast reader: js-yaml's events, then the event builder. */
function slow(source: string, base: number): BuiltDocument[] | 'error' {
  try {
    return buildDocuments(parseEvents(source, { maxDepth: 402 }), source, base);
  } catch {
    return 'error';
  }
}

/** Asserts the fast reader agrees with the event path on `source`; returns whether it accepted. */
function agrees(source: string, base = 0): boolean {
  const fast = readDocumentFast(source, base);
  if (fast === UNSUPPORTED) return false;
  const expected = slow(source, base);
  expect(expected, `js-yaml rejects what the fast reader accepted:\n${source}`).not.toBe('error');
  expect([fast], source).toStrictEqual(expected);
  return true;
}

function read(source: string, base = 0): BuiltDocument {
  const fast = readDocumentFast(source, base);
  if (fast === UNSUPPORTED) throw new Error(`refused:\n${source}`);
  expect([fast]).toStrictEqual(slow(source, base));
  return fast;
}

/**
 * A node tree in a few characters per node, offsets included: `1-4` a plain scalar, `"1-4` a
 * double-quoted one (`'`, `|`, `>` likewise), `~7` an empty one, `{0-9 k@0-1: …}` a block
 * mapping with its keys' ranges, `[0-9 …]` a block sequence, `F{…}`/`F[…]` flow collections.
 */
function shape(node: SourceNode | null): string {
  if (node === null) return 'null';
  switch (node.kind) {
    case 'scalar': {
      if (node.empty) return `~${node.start}`;
      const mark = ['', '', "'", '"', '|', '>'][node.style];
      return `${mark}${node.start}-${node.end}`;
    }
    case 'mapping':
      return `${node.flow ? 'F' : ''}{${node.start}-${node.end} ${node.entries.map((e) => `${e.key}@${e.keyNode.start}-${e.keyNode.end}: ${shape(e.value)}`).join(', ')}}`;
    case 'sequence':
      return `${node.flow ? 'F' : ''}[${node.start}-${node.end} ${node.items.map(shape).join(', ')}]`;
    default:
      return 'alias';
  }
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.(ya?ml|json)$/.test(name) ? [full] : [];
  });
}

function documentsOf(files: readonly string[]): { file: string; source: string; base: number }[] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return splitDocuments(text).map((c) => ({ file, source: text.slice(c.start, c.end), base: c.start }));
  });
}

/** Tally of a differential run over real documents. */
function compareAll(documents: readonly { file: string; source: string; base: number }[]): { total: number; parsed: number; accepted: number } {
  let accepted = 0;
  let parsed = 0;
  for (const d of documents) {
    if (slow(d.source, d.base) !== 'error') parsed++;
    if (agrees(d.source, d.base)) accepted++;
  }
  return { total: documents.length, parsed, accepted };
}

function percent(n: number, of: number): string {
  return `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;
}

describe.runIf(corpusPresent)('the fast reader on the corpus', () => {
  it.each(['real', 'seeds'])('reads corpus/%s exactly as js-yaml does, and takes nearly all of it', (set) => {
    const tally = compareAll(documentsOf(yamlFiles(path.join(corpus, set))));
    console.log(
      `fast reader, corpus/${set}: accepted ${tally.accepted} of ${tally.total} documents (${percent(tally.accepted, tally.total)}); ` +
        `${tally.parsed} parse with js-yaml (${percent(tally.accepted, tally.parsed)} of those)`,
    );
    expect(tally.total).toBeGreaterThan(0);
    // Every corpus document js-yaml reads is read here today; leave a little room for new ones.
    expect(tally.accepted / tally.total).toBeGreaterThanOrEqual(0.9);
    expect(tally.accepted / tally.parsed).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the fast reader on the repository\'s fixtures and examples', () => {
  it('reads them exactly as js-yaml does', () => {
    const documents = documentsOf([...yamlFiles(path.join(root, 'test', 'fixtures')), ...yamlFiles(path.join(root, 'examples'))]);
    const tally = compareAll(documents);
    console.log(`fast reader, fixtures and examples: accepted ${tally.accepted} of ${tally.total} documents (${tally.parsed} parse with js-yaml)`);
    expect(tally.total).toBeGreaterThan(5);
    expect(tally.accepted).toBeGreaterThanOrEqual(tally.parsed - 1);
  });

  it('lets a broken document fall through to the full parser', () => {
    const text = readFileSync(path.join(root, 'examples', 'broken-stream.yaml'), 'utf8');
    const chunks = splitDocuments(text);
    const broken = chunks[1];
    expect(readDocumentFast(text.slice(broken.start, broken.end), broken.start)).toBe(UNSUPPORTED);
    const parsed = parseFile(new SourceFile('broken-stream.yaml', text));
    expect(parsed.documents.map((d) => d.index)).toEqual([0, 2]);
    expect(parsed.errors.map((e) => e.index)).toEqual([1]);
  });
});

describe('constructs the fast reader reads, with exact values and offsets', () => {
  it('block mappings, nested, and a base offset', () => {
    const doc = read('a: 1\nb:\n  c: x\n  d: yes\n', 100);
    expect(doc.value).toEqual({ a: 1, b: { c: 'x', d: true } });
    expect(shape(doc.root)).toBe('{100-123 a@100-101: 103-104, b@105-106: {110-123 c@110-111: 113-114, d@117-118: 120-123}}');
  });

  it('an empty value sits right after its key\'s colon', () => {
    const doc = read('a:\nb:   # note\nc: 1\n');
    expect(doc.value).toEqual({ a: null, b: null, c: 1 });
    expect(shape(doc.root)).toBe('{0-19 a@0-1: ~2, b@3-4: ~5, c@15-16: 18-19}');
  });

  it('block sequences: nested, indentless under a key, and compact mappings in items', () => {
    const doc = read('items:\n- a\n- k: v\n  l: w\n- - x\n  - z\n');
    expect(doc.value).toEqual({ items: ['a', { k: 'v', l: 'w' }, ['x', 'z']] });
    expect(shape(doc.root)).toBe('{0-36 items@0-5: [7-36 9-10, {13-24 k@13-14: 16-17, l@20-21: 23-24}, [27-36 29-30, 35-36]]}');
  });

  it('an empty sequence item sits where the previous node ended, as the event builder puts it', () => {
    const doc = read('- a\n-\n- b\n');
    expect(doc.value).toEqual(['a', null, 'b']);
    expect(shape(doc.root)).toBe('[0-9 2-3, ~3, 8-9]');
  });

  it('a sequence or mapping on the line after its dash', () => {
    const doc = read('-\n  a: 1\n- # c\n  - z\n');
    expect(doc.value).toEqual([{ a: 1 }, ['z']]);
    expect(shape(doc.root)).toBe('[0-20 {4-8 a@4-5: 7-8}, [17-20 19-20]]');
  });

  it('plain scalars resolve as go-yaml v2 resolves them (timestamps and base 60 stay strings), keys as their string form', () => {
    const doc = read('on: off\n0755: 0755\nn: ~\nt: 2027-03-31\nf: 1.5e+3\ng: 1.5e3\nx: 0x1F\nk: y\ns: a b:c #d\nq: "yes"\nh: 22:00\n');
    expect(doc.value).toEqual({ true: false, '493': 493, false: null, t: '2027-03-31', f: 1500, g: 1500, x: 31, k: true, s: 'a b:c', q: 'yes', h: '22:00' });
  });

  it('plain scalars over several lines fold as js-yaml folds them', () => {
    const doc = read('a: one\n  two\n\n  three\nb: x\n');
    expect(doc.value).toEqual({ a: 'one two\nthree', b: 'x' });
    expect(shape(doc.root)).toBe('{0-26 a@0-1: 3-21, b@22-23: 25-26}');
  });

  it('a comment line ends a plain scalar', () => {
    expect(read('a: one\n  # c\nb: 2\n').value).toEqual({ a: 'one', b: 2 });
  });

  it('single- and double-quoted scalars, escapes decoded as js-yaml does', () => {
    const doc = read(`a: 'it''s'\n"b c": "x\\ty\\u00e9\\x41\\"\\\\"\nd: ''\n`);
    expect(doc.value).toEqual({ a: "it's", 'b c': 'x\tyéA"\\', d: '' });
    expect(shape(doc.root)).toBe(`{0-44 a@0-1: '3-10, b c@11-16: "18-38, d@39-40: '42-44}`);
  });

  it('quoted scalars over several lines', () => {
    const doc = read('a: "one\n  two \\\n  three"\nb: \'x\n\n  y\'\n');
    expect(doc.value).toEqual({ a: 'one two three', b: 'x\ny' });
  });

  it('block scalars start at their indicator and end at their last character', () => {
    const text = 'a: |\n  one\n  two\nb: |-\n  x\n\nc: |+\n  k\n\nd: >\n  f\n  g\n\n  h\ne: >-\n  i\n';
    const doc = read(text);
    expect(doc.value).toEqual({ a: 'one\ntwo\n', b: 'x', c: 'k\n\n', d: 'f g\nh\n', e: 'i' });
    const a = doc.root?.kind === 'mapping' ? doc.root.entries[0].value : undefined;
    expect(text.slice(a?.start, a?.end)).toBe('|\n  one\n  two');
  });

  it('a block scalar in a sequence item, and one ending the document', () => {
    const doc = read('- |\n  x\n- >-\n  y\n  z');
    expect(doc.value).toEqual(['x\n', 'y z']);
    expect(shape(doc.root)).toBe('[0-20 |2-7, >10-20]');
  });

  it('flow collections end after their closing bracket, on one line or several', () => {
    const doc = read('a: [1, "2", {b: c}]\nd: {}\ne: []\nf: {g: [h,\n    i], "j":1,}\n');
    expect(doc.value).toEqual({ a: [1, '2', { b: 'c' }], d: {}, e: [], f: { g: ['h', 'i'], j: 1 } });
    expect(shape(doc.root)).toBe('{0-58 a@0-1: F[3-19 4-5, "7-10, F{12-18 b@13-14: 16-17}], d@20-21: F{23-25 }, e@26-27: F[29-31 ], f@32-33: F{35-58 g@36-37: F[39-49 40-41, 47-48], j@51-54: 55-56}}');
  });

  it('a JSON document', () => {
    const doc = read('{\n  "kind": "DaemonSet",\n  "spec": {"replicas": 1}\n}\n');
    expect(doc.value).toEqual({ kind: 'DaemonSet', spec: { replicas: 1 } });
    expect(shape(doc.root)).toBe('F{0-52 kind@4-10: "12-23, spec@27-33: F{35-50 replicas@36-46: 48-49}}');
  });

  it('comments everywhere they may stand', () => {
    const doc = read('# head\n---   # marker\na: 1 # one\n# between\nb: # b\n  # inside\n  - x # item\n  # after\n...\n# tail\n');
    expect(doc.value).toEqual({ a: 1, b: ['x'] });
  });

  it('the document marker, a leading byte order mark and a trailing `...`', () => {
    expect(shape(read('---\na: 1\n...\n', 10).root)).toBe('{14-18 a@14-15: 17-18}');
    expect(shape(read('\ufeffa: 1\n').root)).toBe('{1-5 a@1-2: 4-5}');
  });

  it('keys in quotes and with odd characters', () => {
    expect(read('"a": 1\n\'b\': 2\nx.y/z-w: 3\n-k: 4\n:c: 5\n').value).toEqual({ a: 1, b: 2, 'x.y/z-w': 3, '-k': 4, ':c': 5 });
  });

  it('a document indented as a whole after the marker', () => {
    expect(shape(read('---\n  a: 1\n  b: 2\n').root)).toBe('{6-17 a@6-7: 9-10, b@13-14: 16-17}');
  });
});

describe('what the fast reader refuses, for the full parser to read or report', () => {
  it.each([
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a merge key', 'a:\n  <<: {b: 1}\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a tab after a colon', 'a:\tb\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['keys duplicated through their resolution', 'on: 1\n"true": 2\n'],
    ['a duplicate key in a flow mapping', 'a: {b: 1, c: 2, b: 3}\n'],
    ['a duplicate key in a large mapping', `${Array.from({ length: 20 }, (_, i) => `k${i}: ${i}\n`).join('')}k3: again\n`],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a quoted __proto__ key', "'__proto__': 1\n"],
    ['a __proto__ key in a flow mapping', 'a: {"__proto__": {x: 1}}\n'],
    ['two documents in one chunk', 'a: 1\n---\nb: 2\n'],
    ['content after `...`', 'a: 1\n...\nb: 2\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['an empty document', '# nothing\n'],
    ['a scalar document', 'just text\n'],
    ['a scalar on the line after its key', 'a:\n  b\n'],
    ['a block scalar on the line after its key', 'a:\n  |\n  x\n'],
    ['an empty flow entry', 'a: {b: }\n'],
    ['a flow mapping key on another line than its colon', 'a: {b\n  : c}\n'],
    ['a flow pair in a sequence', 'a: [b: c]\n'],
    ['a multi-line plain scalar in a flow collection', 'a: [b\n  c]\n'],
    ['content indented on the chunk\'s first line', '  a: 1\n  b: 2\n'],
    ['collections nested past the limit', `${'['.repeat(70)}${']'.repeat(70)}\n`],
    // Documents js-yaml rejects: the fast reader must never take them.
    ['bad indentation of a mapping entry', 'a: 1\n  b: 2\n'],
    ['a flow collection closed at its key\'s column', 'spec:\n  args: [\n    "-c",\n  ]\n'],
    ['an unclosed flow mapping', 'a: {b: 1\nc: 2\n'],
    ['a key without a colon', 'a: 1\nb\n'],
    ['a value and a key on one line', 'a: b: c\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['an unclosed quote', 'a: "b\n'],
    ['a comment without a space before it', 'a: "b"#c\n'],
    ['a sequence entry after a value', 'a: 1\n- b\n'],
    ['a control character', 'a: b\u0007c\n'],
  ])('%s', (_name, text) => {
    expect(readDocumentFast(text, 0)).toBe(UNSUPPORTED);
  });
});

// ---- property tests ---------------------------------------------------------------------------

/** Documents to mutate: the corpus (when present), the fixtures, and small ones with every construct. */
const SEEDS: string[] = [
  'a: |\n  x\n  y\nb: >-\n  f\n\n  g\nc: [1, "2", {d: e}]\n',
  '- a\n-\n- b: c\n  d: |+\n    k\n\n- "q": \'r\'\n',
  '{\n  "a": 1,\n  "b": [true, null]\n}\n',
  'k: "a\\tb\\u00e9\\x41"\nl: \'it\'\'s\'\nm: plain text # c\nn:\no: {}\np: []\n',
  '---\n# c\nx:\n- 1\n- 2\ny: z\n...\n',
  'a: b\n  c\nd: "e\n  f"\ng: \'h\n\n  i\'\n',
  'spec:\n  containers:\n    - name: a\n      args: ["--x", "-y"]\n      env:\n      - name: K\n        value: "v"\n',
  '[\na,\n"b",\n{c: d}\n]\n',
  '{\n"k": [\n1,\n2\n],\n"m": \'x\n  y\'\n}\n',
  ...documentsOf([
    ...(corpusPresent ? [...yamlFiles(path.join(corpus, 'real')), ...yamlFiles(path.join(corpus, 'seeds'))] : []),
    ...yamlFiles(path.join(root, 'examples')),
  ])
    .map((d) => d.source)
    .filter((s) => s.length < 4000),
];

const EDIT_CHARS = [' ', ' ', '  ', ':', ': ', '-', '- ', '#', ' #', '"', "'", '|', '>', '[', ']', '{', '}', ',', '\n', '\n  ', '\t', 'a', 'x', '0', '?', '&', '*', '!', '%', '\\', '.', '~', '+', 'y', 'é', '\r', '---', '...', '\u0010', '\\x', 'on', '<<', '@', '`', '\u{1F600}', '\ud800', '\udc00', '\u00a0', '\u2028', '\u0085', '\ufeff', '\u007f', '\0'];

/** Inserts, deletes or replaces characters, or copies a piece of the document elsewhere. */
const edit = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...EDIT_CHARS) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom(...EDIT_CHARS) }),
  fc.record({ op: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 24 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.op) {
    case 'insert':
      return text.slice(0, at) + e.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.length);
    case 'replace':
      return text.slice(0, at) + e.text + text.slice(at + 1);
    case 'copy': {
      const from = e.from % (text.length + 1);
      return text.slice(0, at) + text.slice(from, from + e.length) + text.slice(at);
    }
  }
}

const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 4 }))
  .map(([seed, edits]) => edits.reduce(applyEdit, seed));

/** Documents line by line from pieces that stress indentation, scalars of every style and refusals. */
const ATOMS = ['{"__proto__": 1}', '{__proto__: [a]}', 'a', 'b c', 'yes', '0755', '~', '1.5', ':x', '-1', '"q"', "'s'", '"e\\tx"', "'i''t'", '[]', '{}', '[a, b]', '{k: v}', '[a,\n  b]', '{"j":1}', 'x # c', 'a:b', 'http://h', '"m\n  l"', "'m\n\n  l'", 'p\n  q', '|', '|-', '>', '>+', '|2', '', '#c', '[a, [b, {c: d}]]', '{a: [1, 2], b: "x"}', '"\\x41\\u00e9"', 'é', '- ', '? x', '&a x', '*a', '!t x', '<<'];
const KEYS = ['a', 'b', 'k', 'on', '"q"', "'s'", '1', 'a b', 'x.y/z', '-k', 'a', '__proto__', '"__proto__"', '<<', ':k'];
/** How a line's indentation follows the previous line's: mostly as YAML nests, sometimes anyhow. */
const line = fc.tuple(
  fc.constantFrom('same', 'same', 'same', 'in', 'in', 'out', 'out', 'root', 1, 3, 5),
  fc.oneof(
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...ATOMS)).map(([k, v]) => `${k}: ${v}`),
    fc.constantFrom(...KEYS).map((k) => `${k}:`),
    fc.constantFrom(...ATOMS).map((v) => `- ${v}`),
    fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...ATOMS)).map(([k, v]) => `- ${k}: ${v}`),
    fc.constantFrom('-', '- - x', 'text', 'more text', '# comment', '', '...', 'x: |', '  y', '---', '--- # c'),
  ),
);
const generated = fc
  .tuple(fc.constantFrom('', '---\n', '--- # c\n', '# lead\n', '  ---\n', ' --- a: b\n', '\ufeff'), fc.array(line, { minLength: 1, maxLength: 9 }), fc.boolean())
  .map(([head, lines, finalBreak]) => {
    let indent = 0;
    const out = lines.map(([step, text], i) => {
      if (i === 0) indent = head === '' ? 0 : typeof step === 'number' ? step : 0;
      else if (step === 'in') indent += 2;
      else if (step === 'out') indent = Math.max(0, indent - 2);
      else if (step === 'root') indent = 0;
      else if (typeof step === 'number') indent = step;
      return ' '.repeat(indent) + text;
    });
    return head + out.join('\n') + (finalBreak ? '\n' : '');
  });

describe('the fast reader never disagrees with js-yaml', () => {
  it(`on ${RUNS} mutated documents`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated, fc.nat(5000), (text, base) => {
        if (agrees(text, base)) accepted++;
      }),
      { numRuns: RUNS },
    );
    console.log(`fast reader, mutated documents: accepted ${accepted} of ${RUNS}, each identical to js-yaml's`);
    expect(accepted).toBeGreaterThan(RUNS / 10);
  });

  it(`on ${RUNS} generated documents`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(generated, (text) => {
        if (agrees(text)) accepted++;
      }),
      { numRuns: RUNS },
    );
    console.log(`fast reader, generated documents: accepted ${accepted} of ${RUNS}, each identical to js-yaml's`);
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });
});
