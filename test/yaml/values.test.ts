import { constructFromEvents, parseEvents } from 'js-yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kubernetesYamlSchema } from '../../src/yaml/kubernetes-scalars.js';
import { buildDocuments } from '../../src/yaml/event-reader.js';
import { DuplicateKeyError } from '../../src/yaml/source-node.js';

/** The value the one-pass builder reads, and the one js-yaml's constructor reads, for a document. */
function both(text: string): { ours: unknown; theirs: unknown; needsConstructor: boolean } {
  const events = parseEvents(text, {});
  const built = buildDocuments(events, text, 0, 100_000);
  const theirs = constructFromEvents(events, { source: text, schema: kubernetesYamlSchema });
  return { ours: built[0]?.value, theirs: theirs[0], needsConstructor: built[0]?.needsConstructor ?? false };
}

describe('values read in the same pass as positions', () => {
  it.each([
    ['scalars of every YAML 1.1 kind', 'a: yes\nb: off\nc: ~\nd: 0644\ne: 0x1f\nf: 1_000\ng: .5\nh: -1.5e3\ni: .inf\nj: 2027-03-31\nk: "1"\nl: \'x\'\n'],
    ['block and folded scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\n'],
    ['multi-line plain and quoted scalars', 'a: one\n  two\nb: "x\n  y\\tz"\n'],
    ['flow collections', 'a: {b: [1, "2", {c: d}], e: []}\n'],
    ['boolean and number keys', 'on: 1\n1: x\nnull: y\n'],
    ['empty values', 'a:\nb: []\nc: {}\nd:\n  - \n'],
    ['a __proto__ key', '__proto__: {polluted: true}\nx: 1\n'],
  ])('%s', (_name, text) => {
    const { ours, theirs, needsConstructor } = both(text);
    expect(needsConstructor).toBe(false);
    expect(ours).toStrictEqual(theirs);
  });

  it.each([
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: &x {k: 1}\nb:\n  <<: *x\n'],
    ['a tag', 'a: !!str 1\n'],
  ])('leaves %s to the constructor', (_name, text) => {
    expect(both(text).needsConstructor).toBe(true);
  });

  it('leaves a complex key to the constructor (which rejects it, as Kubernetes does)', () => {
    const text = '? [a]\n: 1\n';
    expect(buildDocuments(parseEvents(text, {}), text, 0, 100_000)[0].needsConstructor).toBe(true);
  });

  it('a duplicated key is an error at the second key', () => {
    const text = 'a: 1\nb: 2\na: 3\n';
    expect(() => buildDocuments(parseEvents(text, {}), text, 0, 100_000)).toThrow(DuplicateKeyError);
  });

  it('agrees with the constructor on generated documents', () => {
    const scalar = fc.oneof(
      fc.constantFrom('yes', 'No', 'on', 'null', '~', '0755', '1e3', '-0', '.NaN', '12:30', '"quoted"', "'single'", 'a b', '2027-01-01'),
      fc.stringMatching(/^[a-z][a-z0-9./-]{0,8}$/),
      fc.integer().map(String),
    );
    const key = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);
    const value = fc.letrec<{ node: string; flowSeq: string; flowMap: string }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('flowSeq'), tie('flowMap')),
      flowSeq: fc.array(tie('node'), { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
      flowMap: fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 3, selector: (p) => p[0] }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    })).node;
    const document = fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 6, selector: (p) => p[0] }).map((ps) => ps.map(([k, v]) => `${k}: ${v}\n`).join(''));
    fc.assert(
      fc.property(document, (text) => {
        const { ours, theirs } = both(text);
        expect(ours).toStrictEqual(theirs);
      }),
      { numRuns: 300 },
    );
  });
});
