import { parseEvents } from 'js-yaml';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/yaml/event-reader.js';
import { readDocumentFast, UNSUPPORTED } from '../../src/yaml/fast-reader/index.js';
import { FallbackSyntaxError, parseChunkLeniently } from '../../src/yaml/lenient-reader.js';
import { loadLenientReader, parseFile } from '../../src/yaml/parse.js';
import { rangeOf } from '../../src/yaml/locate.js';
import { SourceFile } from '../../src/yaml/source-file.js';
import type { BuiltDocument, SourceNode } from '../../src/yaml/source-node.js';
import { ReadingError } from '../../src/yaml/tree-builder.js';
import type { JsonPath } from '../../src/types/finding.js';

/*
 * The three readers must read any document they all take alike: the same value, the same node
 * tree to the offset, the same duplicated keys, and the same refusal of what Kubernetes cannot
 * read (a merge of a scalar, an alias in its own anchor). Generated documents mix what the fast
 * reader takes with what only the others do (anchors, aliases, merge keys, tags, duplicates,
 * go-yaml's numbers and strings), so every pair of readers meets on them.
 */

beforeAll(loadLenientReader);

type Outcome = { value: unknown; tree: unknown; duplicates: unknown } | { error: string } | 'refused';

function outcome(read: () => BuiltDocument): Outcome {
  try {
    const built = read();
    return { value: built.value, tree: tree(built.root), duplicates: built.duplicates ?? [] };
  } catch (error) {
    if (error instanceof ReadingError) return { error: error.message };
    return 'refused';
  }
}

function tree(node: SourceNode | null): unknown {
  if (node === null) return null;
  const at = `${node.propsStart}/${node.start}-${node.end}`;
  switch (node.kind) {
    case 'scalar':
      return `${at}${node.empty ? '~' : ''}`;
    case 'alias':
      return `*${at}`;
    case 'sequence':
      return [at, ...node.items.map(tree)];
    case 'mapping':
      return { at, entries: node.entries.map((e) => [e.key, tree(e.keyNode), tree(e.value)]), merges: node.merges.map((m) => [m.at, tree(m.keyNode), tree(m.value)]) };
  }
}

function readers(text: string): Record<'fast' | 'events' | 'lenient', Outcome> {
  const fast = readDocumentFast(text, 0);
  return {
    fast: fast === UNSUPPORTED ? 'refused' : outcome(() => fast),
    events: outcome(() => buildDocuments(parseEvents(text, { maxDepth: 402 }), text, 0)[0]),
    lenient: outcome(() => {
      try {
        return parseChunkLeniently(text, 0);
      } catch (error) {
        if (error instanceof FallbackSyntaxError) throw new Error('refused');
        throw error;
      }
    }),
  };
}

const PRELUDE = 'base: &m {app: a, tier: t}\nother: &o\n  app: b\n  x: 1\ntext: &s x\n';

/** A generated block document: mappings, lists, flow collections, and every kind of scalar. */
const documents = (() => {
  const plain = fc.constantFrom('yes', 'No', 'on', '~', 'null', '0755', '08', '1e3', '1.0e3', '-0', '.5', '0x1F', '0o17', '22:00', '2027-03-31', '9007199254740993', 'a b', 'x#y', '100m', 'Gi', '=');
  const quoted = fc.constantFrom('"yes"', "'it''s'", '"a\\tb"', '"1e3"', "''");
  const tagged = fc.constantFrom('!!str 12', '!!int "7"', '!foo bar', '!!float 1');
  const alias = fc.constantFrom('*m', '*s', '*o');
  const scalar = fc.oneof({ weight: 4, arbitrary: plain }, quoted, tagged, alias);
  const key = fc.constantFrom('a', 'b', 'app', 'on', 'yes', '1', '"k"', 'x');
  type Node = { kind: 'scalar'; text: string } | { kind: 'map'; entries: [string, Node][] } | { kind: 'seq'; items: Node[] } | { kind: 'flow'; text: string };
  const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node; flow: string }>((tie) => ({
    flow: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.array(tie('flow'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
      fc.array(fc.tuple(key, tie('flow')), { maxLength: 3 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    ),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar.map((text) => ({ kind: 'scalar' as const, text })),
      tie('flow').map((text) => ({ kind: 'flow' as const, text })),
      fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: key }, fc.constant('<<')), tie('node')), { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: 'map' as const, entries })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'seq' as const, items })),
    ),
  })).node as fc.Arbitrary<Node>;
  const render = (n: Node, indent: number): string[] => {
    const pad = ' '.repeat(indent);
    if (n.kind === 'scalar' || n.kind === 'flow') return [n.text];
    const lines: string[] = [];
    if (n.kind === 'map') {
      for (const [k, v] of n.entries) {
        const inner = render(v, indent + 2);
        if (v.kind === 'map' || v.kind === 'seq') lines.push(`${pad}${k}:`, ...inner);
        else lines.push(`${pad}${k}: ${inner[0]}`);
      }
    } else {
      for (const item of n.items) {
        const inner = render(item, indent + 2);
        if (item.kind === 'map' || item.kind === 'seq') lines.push(`${pad}-`, ...inner);
        else lines.push(`${pad}- ${inner[0]}`);
      }
    }
    return lines;
  };
  return fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 4 }).map((entries) => `${PRELUDE}${render({ kind: 'map', entries }, 0).join('\n')}\n`);
})();

describe('the three readers agree', () => {
  it('on generated documents: value, node tree, duplicates and errors', () => {
    let compared = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const { fast, events, lenient } = readers(text);
        if (events !== 'refused' && lenient !== 'refused') {
          expect(lenient, text).toStrictEqual(events);
          compared++;
        }
        if (fast !== 'refused') {
          expect(events, `js-yaml refuses what the fast reader took:\n${text}`).not.toBe('refused');
          expect(fast, text).toStrictEqual(events);
        }
      }),
      { numRuns: 1500 },
    );
    expect(compared).toBeGreaterThan(1000);
  });

  it('a block scalar after an item with a comment starts at its `|`', () => {
    const text = 'args:\n- -c  # shell | sh\n- |\n  echo hi\n';
    const { fast, events, lenient } = readers(text);
    expect(fast).toStrictEqual(events);
    expect(lenient).toStrictEqual(events);
    expect(where(text, ['args', 1], 'value')).toBe('3:3-4:10');
  });

  it('the lenient reader starts a node at its anchor or tag, and ends a block collection at its last value', () => {
    const text = 'a: &x !!str 12\nb: !foo\n  - 1\nc: &m\n  k: v # c\n# trailing\nd: *x\n';
    const { events, lenient } = readers(text);
    expect(lenient).toStrictEqual(events);
    const root = parseChunkLeniently(text, 0).root;
    expect(tree(root)).toMatchObject({ entries: [['a', '0/0-1', '3/12-14'], ['b', '15/15-16', ['18/25-28', '27/27-28']], ['c', '29/29-30', { at: '32/37-41' }], ['d', '57/57-58', '*60/60-62']] });
  });

  it('every reader refuses nesting past the same limit, with the same words', () => {
    const deep = (n: number): string => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    const flow = (n: number): string => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    const message = 'collections are nested more than 200 levels deep; no manifest needs that many';
    expect(parseFile(new SourceFile('t', deep(200))).errors).toEqual([]);
    for (const text of [deep(201), deep(5000), flow(200), flow(5000)]) {
      expect(parseFile(new SourceFile('t', text)).errors.map((e) => e.message)).toEqual([message]);
      expect(() => parseChunkLeniently(text, 0)).toThrow(message);
    }
  });
});

describe('locate follows the merge order', () => {
  const text = 'common: &c {app: common, tier: t}\nm:\n  app: agent\n  <<: *c\n  tier: own\n';
  it('a key set by a merge after it points into the merged mapping; a key after the merge at itself', () => {
    expect(parseFile(new SourceFile('t', text)).documents[0].value).toEqual({ common: { app: 'common', tier: 't' }, m: { app: 'common', tier: 'own' } });
    expect(where(text, ['m', 'app'], 'value')).toBe('1:18-1:24');
    expect(where(text, ['m', 'tier'], 'value')).toBe('5:9-5:12');
  });

  it('of two merges the later wins; of a list the earlier', () => {
    const two = 'a: &a {x: A}\nb: &b {x: B}\nm:\n  <<: *a\n  <<: *b\n';
    expect(where(two, ['m', 'x'], 'value')).toBe('2:11-2:12');
    const list = 'a: &a {x: A}\nb: &b {x: B}\nm:\n  <<: [*a, *b]\n';
    expect(where(list, ['m', 'x'], 'value')).toBe('1:11-1:12');
  });

  it('continuation lines padded for the parser keep their own offsets', () => {
    const padded = 'm:\n  key: [a,\n  b]\n  other: "x\ny"\n';
    expect(parseFile(new SourceFile('t', padded)).documents[0].value).toEqual({ m: { key: ['a', 'b'], other: 'x y' } });
    expect(where(padded, ['m', 'key', 1], 'value')).toBe('3:3-3:4');
    expect(where(padded, ['m', 'other'], 'value')).toBe('4:10-5:3');
  });
});

function where(text: string, path: JsonPath, at: 'key' | 'value' = 'key'): string {
  const file = new SourceFile('t.yaml', text);
  const d = parseFile(file).documents[0];
  const r = rangeOf(file, d.root, path, at);
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}
