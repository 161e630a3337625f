import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readElements, readFrame, type ValuePath } from '../../src/inputs/json-elements.js';

const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-json-elements-'));
let files = 0;
function fileWith(text: string | Buffer): string {
  const file = path.join(dir, `${files++}.json`);
  writeFileSync(file, text);
  return file;
}

const CHUNKS = [1, 2, 3, 7, 1 << 20];

/** What the reader makes of a file: its frame and the elements at `at`, read in chunks of `chunk` bytes. */
function read(file: string, at: ValuePath, chunk: number): { frame: unknown; elements: unknown[] } {
  return { frame: readFrame(file, 'r.json', [at], chunk), elements: [...readElements(file, 'r.json', at, chunk)] };
}

/** What JSON.parse makes of it: the array at `at` taken out of the frame. */
function expected(text: string, at: ValuePath): { frame: unknown; elements: unknown[] } {
  const frame = JSON.parse(text) as unknown;
  let parent: unknown = frame;
  for (const segment of at.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  const last = at[at.length - 1];
  const elements = (parent as Record<string | number, unknown>)[last] as unknown[];
  (parent as Record<string | number, unknown>)[last] = [];
  return { frame, elements };
}

// Brackets, quotes and escapes inside strings, multi-byte UTF-8 (2, 3 and 4 bytes), every kind of
// whitespace, members in another order, nesting, scalars of every kind.
const TRICKY = [
  '{"version":1,"findings":[{"m":"a ] } [ { , : \\" \\\\","n":-1.5e+3},{"x":"é€😀 \\u00e9\\ud83d\\ude00"},[[]],{},"]",null,true,false,0]}',
  ' \t\r\n{ "findings" : [ 1 , "\\\\" , { "a" : [ "\\"]" ] } ] , "tool" : { "name" : "daemonlint" } , "after" : "}" } \n',
  '{"summary":{"findings":[9]},"findings":[],"tail":[{"findings":[1]}]}',
  '{"\\u0066indings":["escaped name"],"f\\"":[1]}',
  JSON.stringify({ findings: Array.from({ length: 30 }, (_, i) => ({ i, s: '😀'.repeat(i), q: '"'.repeat(i % 4), b: '\\'.repeat(i % 3) })), z: 1 }, null, 2),
];

describe('readFrame and readElements', () => {
  for (const text of TRICKY) {
    it(`read in chunks of 1, 2, 3, 7 bytes and 1 MiB, equal JSON.parse: ${text.slice(0, 40)}`, () => {
      const file = fileWith(text);
      for (const chunk of CHUNKS) expect(read(file, ['findings'], chunk)).toEqual(expected(text, ['findings']));
    });
  }

  it('find a nested array (SARIF results) whatever comes before or after it', () => {
    const text = '{"runs":[{"results":[{"r":"]"},{"r":2}],"artifacts":[{"uri":"a"}],"tool":{"driver":{"rules":[{"id":"x"}]}}},{"results":[3]}],"version":"2.1.0"}';
    const file = fileWith(text);
    for (const chunk of CHUNKS) {
      expect(read(file, ['runs', 0, 'results'], chunk)).toEqual({
        frame: { runs: [{ results: [], artifacts: [{ uri: 'a' }], tool: { driver: { rules: [{ id: 'x' }] } } }, { results: [3] }], version: '2.1.0' },
        elements: [{ r: ']' }, { r: 2 }],
      });
    }
  });

  it('equal JSON.parse on any JSON holding a findings array (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue()), fc.jsonValue(), fc.constantFrom(1, 2, 3, 7), fc.boolean(), (before, findings, after, chunk, pretty) => {
        const text = JSON.stringify({ before, findings, after }, null, pretty ? 2 : undefined);
        const file = fileWith(text);
        expect(read(file, ['findings'], chunk)).toEqual(expected(text, ['findings']));
      }),
      { numRuns: 200 },
    );
  });

  it('join a character cut between two chunks', () => {
    // Each of é (2 bytes), € (3) and 😀 (4) cut at every place by 1-, 2- and 3-byte chunks.
    const text = '{"findings":["é","€","😀","a😀b€cé"]}';
    const file = fileWith(Buffer.from(text, 'utf8'));
    for (const chunk of [1, 2, 3]) expect([...readElements(file, 'r.json', ['findings'], chunk)]).toEqual(['é', '€', '😀', 'a😀b€cé']);
  });

  it('give the frame as JSON.parse does when the array is missing or not an array, and no elements', () => {
    const file = fileWith('{"findings":{"a":[1]},"__proto__":{"x":1}}');
    const frame = readFrame(file, 'r.json', [['findings']], 2) as Record<string, unknown>;
    expect(frame).toEqual(JSON.parse('{"findings":{"a":[1]},"__proto__":{"x":1}}'));
    expect(Object.getPrototypeOf(frame)).toBe(Object.prototype);
    expect([...readElements(file, 'r.json', ['findings'], 2)]).toEqual([]);
    expect(readFrame(fileWith(' 42 '), 'r.json', [['findings']], 1)).toBe(42);
  });

  const BAD: [string, string][] = [
    ['', 'the text ends where a value should be, at byte 0'],
    ['{"findings":[{"a":1},', 'the text ends where a value should be, at byte 21'],
    ['{"findings":[{"a":"x', 'the text ends inside a string, at byte 20'],
    ['{"findings":[{"a":[1,2]', 'the text ends inside an array or object, at byte 23'],
    ['{"findings":[1]', 'the text ends inside an object, at byte 15'],
    ['{"findings":[1 2]}', '"," or "]" expected in an array, at byte 15'],
    ['{"findings":[1,]}', 'a value expected, not "]", at byte 15'],
    ['{"findings" [1]}', '":" expected after a member name, at byte 12'],
    ['{findings:[1]}', 'a member name expected, at byte 1'],
    ['{"findings":[1]} x', 'text after the JSON value, at byte 17'],
    ['{"findings":[1],"findings":[2]}', 'the member "findings" twice, at byte 16'],
    ['{"findings":[{"a":1]]}', 'not a JSON value, at byte 13'],
    ['{"findings":[tru]}', 'not a JSON value, at byte 13'],
    ['{"findings":["a\tb"]}', 'not a JSON value, at byte 13'],
    ['{"summary":{"a":01},"findings":[]}', 'not a JSON value, at byte 11'],
  ];
  for (const [text, error] of BAD) {
    it(`refuse ${JSON.stringify(text)} naming the file and the place, in any chunk size`, () => {
      const file = fileWith(text);
      for (const chunk of CHUNKS) {
        // Both passes read every byte: what one does not parse, the other does.
        expect(() => {
          readFrame(file, 'r.json', [['findings']], chunk);
          for (const _ of readElements(file, 'r.json', ['findings'], chunk)) void _;
        }).toThrow(`cannot read "r.json": not JSON (${error})`);
      }
    });
  }

  it('says why a file cannot be opened', () => {
    expect(() => readFrame(path.join(dir, 'missing.json'), 'missing.json', [['findings']])).toThrow('cannot read "missing.json": ENOENT');
  });
});
