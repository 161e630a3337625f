/**
 * Splits a YAML stream into its documents the way `kubectl apply -f` does, without parsing them,
 * so that one document that does not parse leaves the others lintable.
 *
 * kubectl (apimachinery util/yaml YAMLReader) cuts the input at every line whose first three
 * characters are `---`; the rest of such a line may only be blank or a comment, anything else
 * (`--- |`, `--- !!map`, `----`) is an error. Each piece then goes to go-yaml alone, which reads
 * its first document: a `...` line ends it, and everything after it up to the next `---` line is
 * never read (a DaemonSet there is silently not applied). A piece that starts with `...` before
 * any content (and without its `---` line) is an error, and so is a `%` directive, which kubectl
 * cuts off from the document its `---` would start. A byte order mark at the start of a piece is
 * dropped, as go-yaml drops one at the start of its input.
 */
export interface DocumentChunk {
  /** Where the document's text starts and ends in the file (from its `---` line, if any). */
  start: number;
  end: number;
  /** The document's index in its file: pieces with no content (comments, markers) get none. */
  index: number;
  /** What kubectl reads differently here (parse.ts reports them with the document). */
  issues?: StreamIssue[];
  /** Nothing here is a document kubectl reads: only its issues are reported. */
  skip?: true;
}

/** Something in the stream that kubectl does not read as a document; offsets in the file. */
export interface StreamIssue {
  kind: 'separator' | 'directive' | 'leading-end' | 'after-end';
  offset: number;
  /** The rest of a bad separator line. */
  text?: string;
}

const SEPARATOR = /^---/gm;
const END_MARKER = /^\.\.\.(?=[ \t\r\n]|$)/m;
/** A line that holds no document content: blank, a comment, or a `---` line. */
const NO_CONTENT_LINE = /^(?:[ \t]*(?:#.*)?|---[ \t]*(?:#.*)?)\r?$/;

export function splitDocuments(text: string): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    if (m.index > start) piece(start, m.index);
    start = m.index;
  }
  piece(start, text.length);
  return chunks;

  /** One piece kubectl hands to go-yaml, from `s` (maybe a `---` line) to `e`. */
  function piece(s: number, e: number): void {
    const issues: StreamIssue[] = [];
    const marked = text.startsWith('---', s);
    let first = s;
    if (marked) {
      first = lineAfter(s, e);
      const rest = text.slice(s + 3, first).trim();
      if (rest !== '' && !rest.startsWith('#')) {
        issues.push({ kind: 'separator', offset: s, text: rest });
        s = first; // the rest of the line is not YAML to read
      }
      // go-yaml drops a byte order mark at the start of its input; for later documents kubectl's
      // piece starts after the `---` line.
      if (text.charCodeAt(first) === 0xfeff) s = first = first + 1;
    }
    let end = e;
    const endLine = findEndMarker(first, e);
    if (endLine !== -1) {
      end = lineAfter(endLine, e);
      const ignored = firstContent(end, e);
      let leading = false;
      if (!hasContent(first, endLine)) {
        // `---` then `...`: an empty document. Without the `---`, go-yaml finds no document at all.
        leading = !marked;
        if (leading) issues.push({ kind: 'leading-end', offset: endLine });
        end = endLine;
      }
      if (ignored !== -1 && !leading) issues.push({ kind: 'after-end', offset: ignored });
    }
    const directive = firstDirective(first, end);
    if (directive !== -1) issues.push({ kind: 'directive', offset: directive });
    const content = hasContent(first, end) && directive === -1;
    if (!content && issues.length === 0) return;
    const chunk: DocumentChunk = { start: s, end: content ? end : Math.max(end, s), index: chunks.length };
    if (issues.length > 0) chunk.issues = issues;
    if (!content) chunk.skip = true;
    chunks.push(chunk);
  }

  function lineAfter(p: number, e: number): number {
    const nl = text.indexOf('\n', p);
    return nl === -1 || nl >= e ? e : nl + 1;
  }

  function findEndMarker(s: number, e: number): number {
    const m = END_MARKER.exec(text.slice(s, e));
    return m ? s + m.index : -1;
  }

  /** The first content line's offset between `s` and `e`, or -1. */
  function firstContent(s: number, e: number): number {
    let lineStart = s;
    while (lineStart < e) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 || nl >= e ? e : nl;
      if (!NO_CONTENT_LINE.test(text.slice(lineStart, lineEnd))) return lineStart;
      lineStart = lineEnd + 1;
    }
    return -1;
  }

  function hasContent(s: number, e: number): boolean {
    return firstContent(s, e) !== -1;
  }

  /** A `%` directive before the document's content, or -1. */
  function firstDirective(s: number, e: number): number {
    const content = firstContent(s, e);
    return content !== -1 && text.charCodeAt(content) === 0x25 /* % */ ? content : -1;
  }
}
