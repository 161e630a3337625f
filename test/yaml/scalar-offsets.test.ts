import { describe, expect, it } from 'vitest';
import { rangeOf } from '../../src/yaml/locate.js';
import { parseFile } from '../../src/yaml/parse.js';
import { rangeWithinScalar } from '../../src/yaml/scalar-offsets.js';
import { SourceFile } from '../../src/yaml/source-file.js';

/** The text a range covers in `text`, and where it starts, for characters start..end of the value of key `e`. */
function within(text: string, start: number, end: number): { text: string; line: number; column: number } {
  const file = new SourceFile('t.yaml', text);
  const [document] = parseFile(file).documents;
  const value = (document.value as Record<string, unknown>).e;
  const range = rangeWithinScalar(file, rangeOf(file, document.root, ['e'], 'value'), value, start, end);
  return { text: text.slice(range.start.offset, range.end.offset), line: range.start.line, column: range.start.column };
}

describe('a range of characters inside a scalar', () => {
  it('plain, on one line', () => {
    expect(within('e: object.spec.x > 1\n', 7, 11)).toEqual({ text: 'spec', line: 1, column: 11 });
  });

  it('single-quoted, with a doubled quote before it', () => {
    expect(within("e: 'a == ''b'' && c'\n", 12, 13)).toEqual({ text: 'c', line: 1, column: 19 });
  });

  it('double-quoted, with escapes before it', () => {
    expect(within('e: "\\"q\\" + \\u00e9 + x"\n', 10, 11)).toEqual({ text: 'x', line: 1, column: 22 });
  });

  it('a literal block, indented deeper on a later line', () => {
    const text = 'e: |\n  a &&\n    b.c\n';
    expect(within(text, 7, 10)).toEqual({ text: 'b.c', line: 3, column: 5 });
  });

  it('a literal block with an indentation indicator', () => {
    const text = 'e: |2\n    a\n  b\n';
    expect(within(text, 4, 5)).toEqual({ text: 'b', line: 3, column: 3 });
  });

  it('a folded block and a plain scalar over several lines', () => {
    expect(within('e: >\n  a &&\n  b\n', 5, 6)).toEqual({ text: 'b', line: 3, column: 3 });
    expect(within('e: a &&\n  b.c\n', 5, 8)).toEqual({ text: 'b.c', line: 2, column: 3 });
  });

  it('an empty range is a point; a value that is not text, or offsets past it, give the whole scalar', () => {
    expect(within('e: abc\n', 1, 1)).toEqual({ text: '', line: 1, column: 5 });
    expect(within('e: 12\n', 0, 1)).toEqual({ text: '12', line: 1, column: 4 });
    expect(within('e: abc\n', 2, 9)).toEqual({ text: 'abc', line: 1, column: 4 });
  });
});
