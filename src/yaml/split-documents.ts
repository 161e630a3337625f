/**
 * Splits a YAML stream into its documents' source ranges without parsing them, so that one
 * document that does not parse leaves the others lintable. A line that starts with `---` or
 * `...` followed by white space or the line end is a document marker wherever it stands (the
 * YAML spec forbids such lines inside scalars: c-forbidden), so this cut is exact.
 */
export interface DocumentChunk {
  start: number;
  end: number;
  /** The document's index in its file: chunks with no content (comments, markers) get none. */
  index: number;
}

const DIRECTIVES_ONLY = /^(?:[ \t]*(?:%.*|#.*)?\r?\n)*$/;
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    if (m[0] === '---') {
      // `---` opens a document: everything before it (comments, directives) closes the previous one.
      // Directives belong to the document their `---` opens, so they do not end a chunk.
      const before = text.slice(start, m.index);
      if (DIRECTIVES_ONLY.test(before) && before.includes('%')) continue;
      if (m.index > start || chunks.length > 0) pushChunk(start, m.index);
      start = m.index;
    } else {
      // `...` ends the current document; what follows belongs to the next.
      const lineEnd = text.indexOf('\n', m.index);
      const end = lineEnd === -1 ? text.length : lineEnd + 1;
      pushChunk(start, end);
      start = end;
    }
  }
  pushChunk(start, text.length);
  return chunks;

  function pushChunk(s: number, e: number): void {
    if (e > s && hasContent(text, s, e)) chunks.push({ start: s, end: e, index: chunks.length });
  }
}


/** A line that holds no document content: blank, a comment, a marker alone, or a directive. */
const NO_CONTENT_LINE = /^(?:[ \t]*(?:#.*)?|(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?|%.*)\r?$/;

/** Whether a chunk has any content line; stops at the first one, which is usually line one. */
function hasContent(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart < end) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    if (!NO_CONTENT_LINE.test(text.slice(lineStart, lineEnd))) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}
