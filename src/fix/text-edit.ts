/** A replacement of the text between two offsets; an insertion when start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies edits that do not overlap, in offset order; an edit overlapping an earlier one is
 * returned in `skipped` for a later pass (as ESLint does), never merged.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    // Two insertions at one offset, or an edit starting inside the previous one, conflict.
    const last = applied[applied.length - 1];
    if (edit.start < cursor || (last && edit.start === last.start && edit.start === edit.end && last.start === last.end)) {
      skipped.push(edit);
      continue;
    }
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied.push(edit);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}
