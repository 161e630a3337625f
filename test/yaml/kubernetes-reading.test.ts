import { parseEvents } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/yaml/event-reader.js';
import { readDocumentFast, UNSUPPORTED } from '../../src/yaml/fast-reader/index.js';
import { parseChunkLeniently } from '../../src/yaml/lenient-reader.js';
import { loadLenientReader, parseFile } from '../../src/yaml/parse.js';
import { SourceFile } from '../../src/yaml/source-file.js';
import { formatScalar } from '../../src/yaml/format-scalar.js';
import { resolvePlain } from '../../src/yaml/kubernetes-scalars.js';

/*
 * What Kubernetes reads, row by row. Every expected value was written from go-yaml v2.4.0 and
 * sigs.k8s.io/yaml 1.3.0 run as `kubectl apply -f` runs them (the apimachinery YAMLReader that
 * cuts the file at `---`, then sigs.k8s.io/yaml.Unmarshal per piece; /work/notes/go-yaml-reading.md
 * says how); the note of each row names the go-yaml (or kubectl) behaviour that decides it.
 * Each row is checked through the whole pipeline (parse.ts) and through each reader that takes the
 * text on its own: the fast reader, js-yaml's events, and the lenient reader must agree.
 */

beforeAll(loadLenientReader);

/** A plain scalar as the value of `v:`: its value to Kubernetes (or ERROR: the document is rejected). */
const ERROR = Symbol('error');
const SCALARS: [text: string, value: unknown, why: string][] = [
  ["22:00", "22:00", "base 60: go-yaml resolve.go has no sexagesimal branch, a string"],
  ["10:30", "10:30", "base 60: go-yaml resolve.go has no sexagesimal branch, a string"],
  ["1:30:00", "1:30:00", "base 60: go-yaml resolve.go has no sexagesimal branch, a string"],
  ["-1:30", "-1:30", "base 60: go-yaml resolve.go has no sexagesimal branch, a string"],
  ["190:20:30.15", "190:20:30.15", "base 60: go-yaml resolve.go has no sexagesimal branch, a string"],
  ["0o644", 420, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0O644", 420, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0x1F", 31, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0X1F", 31, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0b101", 5, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["-0b101", -5, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0B101", 5, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0644", 420, "a leading 0 is octal to ParseInt; 08 and 09 fail it and match yamlStyleFloat"],
  ["08", 8, "a leading 0 is octal to ParseInt; 08 and 09 fail it and match yamlStyleFloat"],
  ["09", 9, "a leading 0 is octal to ParseInt; 08 and 09 fail it and match yamlStyleFloat"],
  ["00", 0, "a leading 0 is octal to ParseInt; 08 and 09 fail it and match yamlStyleFloat"],
  ["0_1", 1, "underscores are removed before the integer and float parses"],
  ["1_000", 1000, "underscores are removed before the integer and float parses"],
  ["1__0", 10, "underscores are removed before the integer and float parses"],
  ["1_", 1, "underscores are removed before the integer and float parses"],
  ["_1", "_1", "underscores are removed before the integer and float parses"],
  ["0x_", "0x_", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0b", "0b", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0o", "0o", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0o8", "0o8", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0b2", "0b2", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["+12", 12, "no resolver matches: a string"],
  ["-0", 0, "no resolver matches: a string"],
  ["1e3", 1000, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1E3", 1000, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1e+3", 1000, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1e-3", 0.001, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["0.5e1", 5, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1.0e3", 1000, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1.0e+3", 1000, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1.5e-3", 0.0015, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["+1.5E+3", 1500, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["1.e+3", 1000, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["6.02e23", 6.02e+23, "yamlStyleFloat: the dot and the exponent sign are optional"],
  [".5", 0.5, "a float (ParseFloat)"],
  ["+.5", 0.5, "a float (ParseFloat)"],
  ["-.5", -0.5, "a float (ParseFloat)"],
  ["1.", 1, "a float (ParseFloat)"],
  ["0.", 0, "a float (ParseFloat)"],
  ["1.0", 1, "a float (ParseFloat)"],
  ["-0.0", -0, "a float (ParseFloat)"],
  ["inf", "inf", "no resolver matches: a string"],
  ["NaN", "NaN", "no resolver matches: a string"],
  ["nan", "nan", "no resolver matches: a string"],
  ["~", null, "resolveMapList's null spellings, exact case"],
  ["null", null, "resolveMapList's null spellings, exact case"],
  ["Null", null, "resolveMapList's null spellings, exact case"],
  ["NULL", null, "resolveMapList's null spellings, exact case"],
  ["nULL", "nULL", "resolveMapList's null spellings, exact case"],
  ["y", true, "resolveMapList's booleans, exact case"],
  ["Y", true, "resolveMapList's booleans, exact case"],
  ["yes", true, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["On", true, "resolveMapList's booleans, exact case"],
  ["ON", true, "resolveMapList's booleans, exact case"],
  ["oN", "oN", "resolveMapList's booleans, exact case"],
  ["n", false, "resolveMapList's booleans, exact case"],
  ["No", false, "resolveMapList's booleans, exact case"],
  ["off", false, "resolveMapList's booleans, exact case"],
  ["tRUE", "tRUE", "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["2001-12-14", "2001-12-14", "a timestamp: decode.go keeps the text in untyped values"],
  ["2001-12-14T21:59:43.10-05:00", "2001-12-14T21:59:43.10-05:00", "a float (ParseFloat)"],
  ["2001-13-45", "2001-13-45", "a timestamp: decode.go keeps the text in untyped values"],
  ["9007199254740993", 9007199254740993n, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["9223372036854775807", 9223372036854775807n, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["9223372036854775808", 9223372036854775808n, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["18446744073709551615", 18446744073709551615n, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["0xFFFFFFFFFFFFFFFF", 18446744073709551615n, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["18446744073709551616", 18446744073709552000, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["-9223372036854775808", -9223372036854775808n, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["-9223372036854775809", -9223372036854776000, "int64, then uint64, then float64: exact digits up to 2^64-1 (bigint past 2^53)"],
  ["1e400", "1e400", "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["-1e400", "-1e400", "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["0x1p3", "0x1p3", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["=", "=", "no resolver matches: a string"],
  ["1,000", "1,000", "no resolver matches: a string"],
  ["100m", "100m", "no resolver matches: a string"],
  ["1Gi", "1Gi", "no resolver matches: a string"],
  ["0b+101", 5, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0b-101", -5, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["-0b+101", "-0b+101", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  [".5_0", 0.5, "underscores are removed before the integer and float parses"],
  [".5e3", 500, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["._5", "._5", "underscores are removed before the integer and float parses"],
  [".5__0", ".5__0", "underscores are removed before the integer and float parses"],
  ["1e-400", 0, "yamlStyleFloat: the dot and the exponent sign are optional"],
  ["+", "+", "no resolver matches: a string"],
  [".", ".", "a float (ParseFloat)"],
  ["0x8000000000000000", 9223372036854775808n, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["-0x8000000000000000", -9223372036854775808n, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["-0x8000000000000001", "-0x8000000000000001", "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["0o777777777777777777777", 9223372036854775807n, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["1_000.5", 1000.5, "underscores are removed before the integer and float parses"],
  ["+0x10", 16, "strconv.ParseInt(s, 0, 64): Go's prefixed literals, either case"],
  ["-012", -10, "no resolver matches: a string"],
  ["0.1_2", 0.12, "underscores are removed before the integer and float parses"],
  ["1e1_0", 10000000000, "underscores are removed before the integer and float parses"],
  ['.inf', ERROR, 'resolveMapList gives +Inf; encoding/json cannot write it (json: unsupported value: +Inf)'],
  ['-.Inf', ERROR, 'resolveMapList gives -Inf, which JSON cannot hold'],
  ['.nan', ERROR, 'resolveMapList gives NaN, which JSON cannot hold'],
];

/** What each reader that takes `text` on its own reads: the value, or `undefined` when it refuses. */
function everyReader(text: string): { reader: string; value: unknown }[] {
  const out: { reader: string; value: unknown }[] = [];
  const fast = readDocumentFast(text, 0);
  if (fast !== UNSUPPORTED) out.push({ reader: 'fast', value: fast.value });
  let events;
  try {
    events = parseEvents(text, { maxDepth: 402 });
  } catch {
    events = undefined;
  }
  if (events) {
    try {
      out.push({ reader: 'events', value: buildDocuments(events, text, 0)[0]?.value });
    } catch (error) {
      out.push({ reader: 'events', value: ERROR_OF(error) });
    }
  }
  try {
    out.push({ reader: 'lenient', value: parseChunkLeniently(text, 0).value });
  } catch (error) {
    if ((error as Error).constructor.name !== 'FallbackSyntaxError') out.push({ reader: 'lenient', value: ERROR_OF(error) });
  }
  return out;
}

function ERROR_OF(error: unknown): typeof ERROR {
  if ((error as Error).constructor.name === 'ReadingError') return ERROR;
  throw error;
}

function pipeline(text: string): { values: unknown[]; errors: string[]; notices: number[]; duplicates: string[] } {
  const file = new SourceFile('t.yaml', text);
  const parsed = parseFile(file);
  return {
    values: parsed.documents.map((d) => d.value),
    errors: parsed.errors.map((e) => `${file.position(e.offset).line}:${file.position(e.offset).column} ${e.message}`),
    notices: parsed.notices.map((n) => file.position(n.offset).line),
    duplicates: parsed.documents.flatMap((d) => (d.duplicates ?? []).map((k) => `${k.key}@${file.position(k.offset).line}<${file.position(k.first).line}`)),
  };
}

describe('plain scalars read as go-yaml v2 resolves them', () => {
  it.each(SCALARS)('v: %s', (text, expected) => {
    const doc = `v: ${text}\n`;
    const { values, errors } = pipeline(doc);
    if (expected === ERROR) {
      expect(values).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/cannot be converted to JSON/);
    } else {
      expect(errors).toEqual([]);
      expect(values).toStrictEqual([{ v: expected }]);
    }
    for (const { reader, value } of everyReader(doc)) {
      expect([reader, value]).toStrictEqual([reader, expected === ERROR ? ERROR : { v: expected }]);
    }
  });

  it('--fix writes every string of the table so that Kubernetes reads the same string back', () => {
    for (const [text] of SCALARS) {
      const written = formatScalar(text);
      const back = written.startsWith('"') ? JSON.parse(written) : resolvePlain(written);
      expect(back, `${text} written as ${written}`).toBe(text);
    }
    // Strings a careless writer would leave plain, and Kubernetes would read as numbers.
    expect(['1e3', '08', '0o644', '6.02e23', '0X1F', '1E3', '0B1', '1e-3', '1.0e3'].map(formatScalar)).toEqual([
      '"1e3"', '"08"', '"0o644"', '"6.02e23"', '"0X1F"', '"1E3"', '"0B1"', '"1e-3"', '"1.0e3"',
    ]);
    expect(['22:00', '10:30', '2027-03-31', 'inf', 'a.b'].map(formatScalar)).toEqual(['22:00', '10:30', '2027-03-31', 'inf', 'a.b']);
  });
});

interface Row {
  /** What go-yaml (or kubectl's splitter) does, the reason for the expectation. */
  why: string;
  text: string;
  values?: unknown[];
  /** `line:column` and a part of the message of each syntax error. */
  errors?: string[];
  /** Lines kubectl never reads (after `...`). */
  notices?: number[];
  /** `key@line<first line` of each duplicated key. */
  duplicates?: string[];
}

const ROWS: Record<string, Row> = {
  // decode.go `mapping` walks the pairs in order; a `<<` calls `merge`, which decodes into the same map.
  'a merge overwrites an explicit key before it': {
    why: 'mapping() applies <<: in document order, overwriting what is already in the map',
    text: 'c: &c {app: common, tier: t}\nm:\n  app: agent\n  <<: *c\n',
    values: [{ c: { app: 'common', tier: 't' }, m: { app: 'common', tier: 't' } }],
  },
  'an explicit key after a merge overwrites it': {
    why: 'setMapIndex overwrites: the later pair wins',
    text: 'c: &c {app: common, tier: t}\nm:\n  <<: *c\n  app: agent\n',
    values: [{ c: { app: 'common', tier: 't' }, m: { app: 'agent', tier: 't' } }],
  },
  'of a list of merge sources the earlier wins': {
    why: 'merge() walks a sequence backwards, so earlier sources overwrite later ones',
    text: 'a: &a {app: A}\nb: &b {app: B, x: bx}\nm:\n  <<: [*a, *b]\n',
    values: [{ a: { app: 'A' }, b: { app: 'B', x: 'bx' }, m: { app: 'A', x: 'bx' } }],
  },
  'two merge keys apply in order': {
    why: 'each << is applied when reached; the second is not a duplicate key',
    text: 'a: &a {app: A}\nb: &b {app: B}\nm:\n  <<: *a\n  <<: *b\n',
    values: [{ a: { app: 'A' }, b: { app: 'B' }, m: { app: 'B' } }],
  },
  'a quoted << is an ordinary key': {
    why: 'isMerge needs a plain (implicit) scalar or the !!merge tag',
    text: 'a: &a {app: A}\nm:\n  "<<": *a\n',
    values: [{ a: { app: 'A' }, m: { '<<': { app: 'A' } } }],
  },
  'a !!merge tag merges': {
    why: 'isMerge accepts the explicit tag',
    text: 'a: &a {app: A}\nm:\n  !!merge <<: *a\n',
    values: [{ a: { app: 'A' }, m: { app: 'A' } }],
  },
  'a merge of an inline mapping': { why: 'merge(), mapping case', text: 'm:\n  <<: {app: A}\n  x: 1\n', values: [{ m: { app: 'A', x: 1 } }] },
  'a merge of a scalar is an error': {
    why: 'failWantMap',
    text: 's: &s x\nm:\n  <<: *s\n',
    errors: ['3:7 map merge requires map or sequence of maps as the value'],
  },
  'a merge of null is an error': { why: 'failWantMap', text: 'm:\n  <<:\n  x: 1\n', errors: ['2:6 map merge requires map or sequence of maps'] },

  // kubectl cuts at `---` lines and each piece goes to go-yaml alone, which drops a BOM at its start.
  "a later document's byte order mark is dropped": {
    why: 'readerc.go yaml_parser_determine_encoding, on each piece kubectl cuts',
    text: 'a: 1\n---\n\ufeffkind: X\n',
    values: [{ a: 1 }, { kind: 'X' }],
  },

  // scannerc.go: tabs are white space only in flow context and in a plain scalar's continuation (at or right of its indentation).
  'a tab-only line after a plain value': {
    why: 'yaml_parser_scan_plain_scalar: a tab left of the indentation "violates indentation"',
    text: 'a:\n  b: 1\n\t\n  c: 2\n',
    errors: ['3:1 a tab in the indentation: Kubernetes rejects the document (found a tab character that violates indentation)'],
  },
  'spaces then a tab after a plain value': { why: 'same', text: 'a:\n  b: 1\n  \t\n  c: 2\n', errors: ['3:3 found a tab character that violates indentation'] },
  "a tab right of a plain scalar's indentation": { why: 'the plain scalar reads it as blank', text: 'a: 1\n \t\nc: 2\n', values: [{ a: 1, c: 2 }] },
  'a tab line after a quoted value': {
    why: 'yaml_parser_scan_to_next_token leaves the tab, which cannot start a token',
    text: 'a:\n  b: "1"\n\t\n  c: 2\n',
    errors: ['3:1 a tab where YAML needs a space: Kubernetes rejects the document (found character that cannot start any token)'],
  },
  'a tab line after `key:`': { why: 'same', text: 'a:\n\t\n  c: 2\n', errors: ['2:1 found character that cannot start any token'] },
  'a tab before a comment': { why: 'the plain scalar meets the tab first', text: 'a:\n  b: 1\n\t# c\n  c: 2\n', errors: ['3:1 found a tab character that violates indentation'] },
  'a tab after a comment that ended the plain value': { why: 'a comment ends the plain scalar', text: 'a: 1 # c\n\t\nb: 2\n', errors: ['2:1 found character that cannot start any token'] },
  'a tab right after `-`': { why: 'a simple key may follow `-`, so the tab is not skipped', text: 'a:\n-\tx\n', errors: ['2:2 found character that cannot start any token'] },
  'a tab after `- `': { why: 'same', text: 'a:\n- \tx\n', errors: ['2:3 found character that cannot start any token'] },
  'a tab after a colon': { why: 'skipped after a value indicator', text: 'a:\t1\n', values: [{ a: 1 }] },
  'a tab line inside a flow list': { why: 'flow context skips tabs', text: 'a: [1,\n\t\n 2]\n', values: [{ a: [1, 2] }] },
  'a tab line in a block scalar': { why: 'yaml_parser_scan_block_scalar_breaks', text: 'a: |\n  x\n\t\n  y\n', errors: ['3:1'] },
  "a tab right of a block scalar's indentation is content": { why: 'same', text: 'a: |\n  x\n  \t\nb: 1\n', values: [{ a: 'x\n\t\n', b: 1 }] },
  "a tab line left of a sequence item's indentation": { why: 'the item is indented from its `-`', text: 'a:\n  - x\n  \t\n  - y\n', errors: ['3:3 found a tab character that violates indentation'] },
  "a tab line right of a sequence item's indentation": { why: 'read as blank; `y` is true', text: 'a:\n  - x\n   \t\n  - y\n', values: [{ a: ['x', true] }] },
  'a tab-only first line': { why: 'cannot start any token', text: '\t\na: 1\n', errors: ['1:1 found character that cannot start any token'] },

  // scannerc.go does not check a quoted scalar's continuation lines, nor indentation in flow context.
  'a quoted string continued at column 0': { why: 'yaml_parser_scan_flow_scalar folds lines without an indentation check', text: 'key: "abc\ndef"\n', values: [{ key: 'abc def' }] },
  "a quoted string continued at its key's column": { why: 'same', text: 'm:\n  key: "abc\n  def"\n', values: [{ m: { key: 'abc def' } }] },
  'a quoted string continued left of its key': { why: 'same', text: 'm:\n  key: "abc\n def"\n', values: [{ m: { key: 'abc def' } }] },
  "a single-quoted string continued at its key's column": { why: 'same', text: "m:\n  key: 'abc\n  def'\n", values: [{ m: { key: 'abc def' } }] },
  "a flow list continued at its key's column": { why: 'indentation is only rolled outside flow context', text: 'm:\n  key: [a,\n  b]\n', values: [{ m: { key: ['a', 'b'] } }] },
  'a flow list continued left of its key': { why: 'same', text: 'm:\n  key: [a,\n b]\n', values: [{ m: { key: ['a', 'b'] } }] },
  "a flow map continued at its key's column": { why: 'same', text: 'm:\n  key: {a: 1,\n  b: 2}\n  other: x\n', values: [{ m: { key: { a: 1, b: 2 }, other: 'x' } }] },
  'a comment right after a closing quote or bracket': { why: 'go-yaml ends the scalar or collection, then reads `#` as a comment', text: "a: 'x'#c\nb: [1]# d\nc: {e: 2}#f\n", values: [{ a: 'x', b: [1], c: { e: 2 } }] },
  'a tab after a colon before a flow list': { why: 'js-yaml refuses it; go-yaml (and the lenient reader) skip the tab', text: 'a:\t[1]\n', values: [{ a: [1] }] },
  "a plain scalar continued at its key's column is an error": { why: 'plain scalars are bound by indentation', text: 'm:\n  key: abc\n  def\n', errors: ['3:3'] },

  // apimachinery YAMLReader: only `---` lines cut; go-yaml reads the first document of each piece.
  '`...` ends what kubectl reads of a piece': { why: 'Unmarshal decodes the first document; the rest up to `---` is never read', text: 'a: 1\n...\nb: 2\n', values: [{ a: 1 }], notices: [3] },
  '`...` then `---` starts a new document': { why: 'the `---` line cuts', text: 'a: 1\n...\n---\nb: 2\n', values: [{ a: 1 }, { b: 2 }] },
  'a leading `...` is an error': { why: 'did not find expected node content', text: '...\na: 1\n', errors: ['1:1 did not find expected node content'] },
  '`---` then `...` is an empty document': { why: 'the piece starts with its `---`: an empty (null) document, skipped', text: '---\n...\na: 1\n', notices: [3] },
  'content after a separator is an error': { why: 'YAMLReader: invalid Yaml document separator', text: 'a: 1\n--- |\n  x\n', values: [{ a: 1 }, 'x'], errors: ['2:1 invalid Yaml document separator: |'] },
  '`----` is an error': { why: 'same', text: 'a: 1\n----\nb: 2\n', values: [{ a: 1 }, { b: 2 }], errors: ['2:1 invalid Yaml document separator: -'] },
  'a comment after `---`': { why: 'TrimSpace, then `#` is allowed', text: 'a: 1\n--- # c\nb: 2\n', values: [{ a: 1 }, { b: 2 }] },
  'a directive is an error': { why: 'cut off from its `---`: did not find expected <document start>', text: '%YAML 1.1\n---\na: 1\n', values: [{ a: 1 }], errors: ['1:1 did not find expected <document start>'] },

  // decode.go setMapIndex outside strict mode: the later value replaces the earlier.
  'a duplicated key keeps its last value': { why: 'setMapIndex overwrites', text: 'a: 1\nb: 2\na: 3\n', values: [{ a: 3, b: 2 }], duplicates: ['a@3<1'] },
  'a duplicated key in a flow map': { why: 'same', text: 'm: {a: 1, a: 2}\n', values: [{ m: { a: 2 } }], duplicates: ['a@1<1'] },
  'keys that resolve alike are duplicates': { why: 'keys compare after resolution: both are true', text: 'on: a\nyes: b\n', values: [{ true: 'b' }], duplicates: ['true@2<1'] },
  'an alias as a key': { why: 'the alias repeats the key a', text: '&k a: 1\n*k : 2\n', values: [{ a: 2 }], duplicates: ['a@2<1'] },

  // decode.go alias: an anchor whose value refers to itself.
  'a self-referencing anchor': { why: "anchor 'a' value contains itself", text: 'a: &a [*a]\n', errors: ["1:8 anchor 'a' value contains itself"] },
  'a self-referencing anchor in a mapping': { why: 'same', text: 'a: &a {b: *a}\n', errors: ["1:11 anchor 'a' value contains itself"] },
  'an unknown anchor': { why: 'unknown anchor referenced', text: 'a: *nope\n', errors: ['1:4'] },
  'a later anchor of the same name': { why: 'the anchor map keeps the latest', text: 'a: &x 1\nb: &x 2\nc: *x\n', values: [{ a: 1, b: 2, c: 2 }] },

  // sigs.k8s.io/yaml convertToJSONableObject writes keys.
  '.inf as a key': { why: 'float keys: infinities are written .inf', text: '.inf: x\n', values: [{ '.inf': 'x' }] },
  'a null key is an error': { why: 'unsupported map key of type <nil>', text: '~: x\n', errors: ['1:1 a null key'] },
  'float keys in 32-bit %g form': { why: "FormatFloat(v, 'g', -1, 32)", text: '1.5: a\n1e8: b\n123456789.0: c\n', values: [{ '1.5': 'a', '1e+08': 'b', '1.2345679e+08': 'c' }] },
  'a uint64 key is an error': { why: 'unsupported map key of type: uint64', text: '9223372036854775808: x\n', errors: ['1:1'] },
  'a list as a key is an error': { why: 'decode.go mapping: invalid map key', text: '? [a]\n: x\n', errors: ['1:3 a mapping or list as a key'] },

  // resolve() with a tag, and decode.go scalar.
  '!!str keeps the text': { why: 'resolve with !!str', text: 'a: !!str 123\nb: !!str yes\nc: !!str ~\n', values: [{ a: '123', b: 'yes', c: '~' }] },
  '!!int of a quoted number': { why: 'a tagged quoted scalar is resolved', text: 'a: !!int "12"\nb: !!int 0x1F\n', values: [{ a: 12, b: 31 }] },
  '!!int of a float is an error': { why: 'cannot decode !!float `1.5` as a !!int', text: 'a: !!int 1.5\n', errors: ['1:10 cannot decode !!float `1.5` as a !!int'] },
  '!!float of an int': { why: 'int to float is allowed', text: 'a: !!float 1\n', values: [{ a: 1 }] },
  '!!bool of an int is an error': { why: 'cannot decode !!int as a !!bool', text: 'a: !!bool 1\n', errors: ['1:11 cannot decode !!int `1` as a !!bool'] },
  '!!null of text is an error': { why: 'cannot decode !!str as a !!null', text: 'a: !!null x\n', errors: ['1:11 cannot decode !!str `x` as a !!null'] },
  '!!binary is decoded': { why: 'decode.go scalar base64-decodes', text: 'a: !!binary aGVsbG8=\n', values: [{ a: 'hello' }] },
  'an unknown tag keeps the text': { why: 'not a resolvable tag', text: 'a: !foo 12\nb: !foo yes\n', values: [{ a: '12', b: 'yes' }] },
  'tags on collections are ignored': { why: '!!set is a mapping with null values; y is true', text: 'a: !foo {x: 1}\nb: !!set {x, y}\n', values: [{ a: { x: 1 }, b: { x: null, true: null } }] },
  'an empty tagged value': { why: 'resolve("!!str", "")', text: 'a: !!str\n', values: [{ a: '' }] },

  // scannerc.go yaml_parser_scan_flow_scalar: YAML 1.1's escapes, without 1.2's `\/`.
  'a \\/ escape in a double-quoted string is an error': {
    why: 'not among go-yaml v2\'s escapes: "found unknown escape character" (js-yaml and the yaml package decode it)',
    text: 'a: 1\nb: "x\\/y"\n',
    errors: ['2:6 the escape \\/ is YAML 1.2 only: Kubernetes rejects the document (found unknown escape character)'],
  },
  'a \\/ escape in a double-quoted key, on a continuation line': {
    why: 'same',
    text: 'a: "x\n  \\/"\n"\\/": 1\n',
    errors: ['2:3 found unknown escape character'],
  },
  'an escaped backslash before / and \\/ outside double quotes are text': {
    why: 'only a double-quoted scalar has escapes',
    text: 'a: "x\\\\/y"\nb: x\\/\nc: \'\\/\'\nd: |\n  \\/\n',
    values: [{ a: 'x\\/y', b: 'x\\/', c: '\\/', d: '\\/\n' }],
  },

  // cli-runtime FlattenListVisitor: an item that is a list (Unstructured.IsList) has no Items to extract.
  'a list inside a List is an error': {
    why: '*unstructured.Unstructured is not a list: no Items field in this object (kubectl 1.32, label --local)',
    text: 'kind: List\nitems:\n  - kind: ConfigMap\n  - kind: List\n    items: [{kind: DaemonSet}]\n',
    errors: ['4:5 a list inside a list (an item with items of its own): kubectl refuses the file'],
  },
  'an item whose items is no list is an object': {
    why: 'IsList needs items to be a list',
    text: 'kind: List\nitems:\n  - {kind: Thing, items: {a: 1}}\n',
    values: [{ kind: 'List', items: [{ kind: 'Thing', items: { a: 1 } }] }],
  },

  'integers past 2^53 keep their digits': {
    why: 'int64 then uint64 keep exact digits; 2^64 and below -2^63 are float64',
    text: 'a: 9007199254740993\nb: 9223372036854775807\nc: 18446744073709551615\nd: 18446744073709551616\ne: -9223372036854775809\n',
    values: [{ a: 9007199254740993n, b: 9223372036854775807n, c: 18446744073709551615n, d: 18446744073709552000, e: -9223372036854776000 }],
  },
};

describe('documents read as kubectl reads them', () => {
  it.each(Object.entries(ROWS))('%s', (_name, row) => {
    const got = pipeline(row.text);
    expect(got.values).toStrictEqual(row.values ?? []);
    expect(got.errors.length).toBe((row.errors ?? []).length);
    (row.errors ?? []).forEach((part, i) => {
      const [where, ...words] = part.split(' ');
      expect(got.errors[i].startsWith(`${where} `) || got.errors[i].startsWith(where), got.errors[i]).toBe(true);
      if (words.length) expect(got.errors[i]).toContain(words.join(' '));
    });
    expect(got.notices).toEqual(row.notices ?? []);
    expect(got.duplicates).toEqual(row.duplicates ?? []);
    // A one-document row: every reader that takes it reads the same.
    if (row.values?.length === 1 && !row.notices) {
      for (const { reader, value } of everyReader(row.text)) expect([reader, value]).toStrictEqual([reader, row.values[0]]);
    }
  });
});
