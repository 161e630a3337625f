/**
 * A unified diff (`diff -u` format, 3 lines of context) between two texts, for `--fix-dry-run`.
 * Lines are compared with their line endings, so a CRLF file's diff shows CRLF lines.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === 'same') {
      i++;
      continue;
    }
    // A hunk: changes plus context, merging changes closer than two contexts apart.
    let start = i;
    while (start > 0 && ops[start - 1].kind === 'same' && i - start < context) start--;
    let end = i;
    let sameRun = 0;
    while (end < ops.length) {
      if (ops[end].kind === 'same') {
        // More than two contexts of unchanged lines end the hunk (diff -u merges closer changes).
        if (sameRun === context * 2) break;
        sameRun++;
      } else {
        sameRun = 0;
      }
      end++;
    }
    end = end - sameRun + Math.min(sameRun, context);
    const slice = ops.slice(start, end);
    const aStart = slice[0].aIndex;
    const bStart = slice[0].bIndex;
    const aCount = slice.filter((o) => o.kind !== 'add').length;
    const bCount = slice.filter((o) => o.kind !== 'del').length;
    const lines = slice.map((o) => `${o.kind === 'same' ? ' ' : o.kind === 'del' ? '-' : '+'}${withNewline(o.line)}`);
    hunks.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@\n${lines.join('')}`);
    i = end;
  }
  const [from, to] = path.startsWith('/') ? [path, path] : [`a/${path}`, `b/${path}`];
  return `--- ${from}\n+++ ${to}\n${hunks.join('')}`;
}

function range(start: number, count: number): string {
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}

function withNewline(line: string): string {
  return line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`;
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

interface Op {
  kind: 'same' | 'del' | 'add';
  line: string;
  aIndex: number;
  bIndex: number;
}

/** Longest common subsequence over lines after trimming the common head and tail. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const lcs: number[][] = Array.from({ length: am.length + 1 }, () => new Array<number>(bm.length + 1).fill(0));
  for (let i = am.length - 1; i >= 0; i--) {
    for (let j = bm.length - 1; j >= 0; j--) lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops: Op[] = [];
  for (let k = 0; k < head; k++) ops.push({ kind: 'same', line: a[k], aIndex: k, bIndex: k });
  let i = 0;
  let j = 0;
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      ops.push({ kind: 'same', line: am[i], aIndex: head + i, bIndex: head + j });
      i++;
      j++;
    } else if (j < bm.length && (i === am.length || lcs[i][j + 1] > lcs[i + 1][j])) {
      ops.push({ kind: 'add', line: bm[j], aIndex: head + i, bIndex: head + j });
      j++;
    } else {
      ops.push({ kind: 'del', line: am[i], aIndex: head + i, bIndex: head + j });
      i++;
    }
  }
  for (let k = 0; k < tail; k++) {
    const ai = a.length - tail + k;
    const bi = b.length - tail + k;
    ops.push({ kind: 'same', line: a[ai], aIndex: ai, bIndex: bi });
  }
  return ops;
}
