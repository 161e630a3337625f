import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/report/unified-diff.js';

/** Applies a unified diff to `before`, the way `patch` would, to check the diff says what changed. */
function applyDiff(before: string, diff: string): string {
  const a = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let cursor = 0;
  const lines = diff.split('\n').slice(2);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (hunk) {
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const start = count === 0 ? Number(hunk[1]) : Number(hunk[1]) - 1;
      out.push(...a.slice(cursor, start));
      cursor = start;
      continue;
    }
    if (line === '' && k === lines.length - 1) break;
    const noNewline = lines[k + 1] === '\\ No newline at end of file';
    const text = line.slice(1) + (noNewline ? '' : '\n');
    if (line.startsWith(' ')) {
      out.push(text);
      cursor++;
    } else if (line.startsWith('-')) {
      cursor++;
    } else if (line.startsWith('+')) {
      out.push(text);
    }
    if (noNewline) k++;
  }
  out.push(...a.slice(cursor));
  return out.join('');
}

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.yaml', 'x\n', 'x\n')).toBe('');
  });

  it('marks a missing final newline', () => {
    expect(unifiedDiff('a.yaml', 'a\nb', 'a\nc')).toBe('--- a/a.yaml\n+++ b/a.yaml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('applying the diff to the old text gives the new one', () => {
    const line = fc.constantFrom('a', 'b', 'c', 'spec:', '  x: 1', '');
    const text = fc.array(line, { maxLength: 40 }).map((ls) => ls.map((l) => `${l}\n`).join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = unifiedDiff('f', before, after);
        expect(diff === '' ? before : applyDiff(before, diff)).toBe(after);
      }),
      { numRuns: 500 },
    );
  });
});
