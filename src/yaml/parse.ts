import { parseEvents, YAMLException } from 'js-yaml';
import { readDocumentFast, UNSUPPORTED } from './fast-reader/index.js';
import { buildDocuments } from './event-reader.js';
import { padContinuations, remapTree } from './relaxed-indent.js';
import type { BuiltDocument, DuplicateKey, SourceNode } from './source-node.js';
import type { DocumentChunk, StreamIssue } from './split-documents.js';
import type { SourceFile } from './source-file.js';
import { checkEscapes } from './escapes.js';
import { checkNestedLists } from './nested-lists.js';
import { checkTabs } from './tabs.js';
import { MAX_NESTING, nestingError, ReadingError } from './tree-builder.js';

export { MAX_EXPANDED_NODES } from './tree-builder.js';

/** One YAML document of a file: its value as Kubernetes reads it and the source node of every part. */
export interface ParsedDocument {
  index: number;
  /** Offsets of the document's text in the file (markers and comments included). */
  start: number;
  end: number;
  value: unknown;
  root: SourceNode | null;
  /** Keys written twice in one mapping: the value holds the later one, as kubectl keeps it. */
  duplicates?: DuplicateKey[];
  /** Some value is null: the engine reads it as the API decodes it (run/zero-values.ts). */
  hasNull?: true;
}

/** A document that does not parse, or that Kubernetes cannot read, with the position. */
export interface SyntaxError {
  index: number;
  offset: number;
  message: string;
}

/** Something kubectl reads differently from what the text suggests, though nothing fails (split-documents.ts). */
export interface ReadingNotice {
  index: number;
  offset: number;
  kind: 'after-end';
  message: string;
}

export interface ParseResult {
  documents: ParsedDocument[];
  errors: SyntaxError[];
  notices: ReadingNotice[];
  /** Some document failed js-yaml while the lenient reader was not loaded yet. */
  wantsLenientReader: boolean;
}

type LenientReader = typeof import('./lenient-reader.js');
let lenient: LenientReader | undefined;

/**
 * Loads the lenient reader (the `yaml` package) for documents js-yaml refuses. Callers load it only when
 * a parse result asks for it, so runs over ordinary manifests never pay for it.
 */
export async function loadLenientReader(): Promise<void> {
  lenient ??= await import('./lenient-reader.js');
}

/** js-yaml counts about two parse calls per level of nesting. */
const JS_YAML_MAX_DEPTH = 2 * MAX_NESTING + 2;

/** Parses the documents of a file, or only the given chunks of it (a share of parallel work). */
export function parseFile(file: SourceFile, chunks: readonly DocumentChunk[] = file.documents): ParseResult {
  const result: ParseResult = { documents: [], errors: [], notices: [], wantsLenientReader: false };
  for (const chunk of chunks) parseChunk(file, chunk, result);
  return result;
}

/** Parses one document of a file into `into`: a document, a syntax error, or nothing (empty). */
export function parseChunk(file: SourceFile, chunk: DocumentChunk, into: ParseResult): void {
  const { text } = file;
  const index = chunk.index;
  if (chunk.issues) {
    for (const issue of chunk.issues) {
      if (issue.kind === 'after-end') into.notices.push({ index, offset: issue.offset, kind: issue.kind, message: AFTER_END });
      else into.errors.push({ index, offset: issue.offset, message: streamError(issue) });
    }
    // A bad separator stops kubectl before this document; the document itself is still read.
  }
  if (chunk.skip) return;
  const source = text.slice(chunk.start, chunk.end);
  try {
    const built = readDocument(source, chunk.start, into);
    if (built === undefined) return;
    checkTabs(source, chunk.start, built.root);
    checkEscapes(source, chunk.start, built.root);
    checkNestedLists(built.value, built.root);
    // An empty document (`---` alone, or only comments) is no object; kubectl skips it too.
    if (built.value == null && (built.root === null || (built.root.kind === 'scalar' && built.root.empty))) return;
    const document: ParsedDocument = { index, start: chunk.start, end: chunk.end, value: built.value, root: built.root };
    if (built.duplicates) document.duplicates = built.duplicates;
    if (built.hasNull) document.hasNull = true;
    into.documents.push(document);
  } catch (error) {
    into.errors.push(toSyntaxError(error, index, chunk.start, source));
  }
}

/**
 * The first reader that takes the document: the fast reader, js-yaml's events, js-yaml again with
 * continuation lines padded (relaxed-indent.ts), the lenient reader. Undefined when none does
 * (the error is then in `into`).
 */
function readDocument(source: string, base: number, into: ParseResult): BuiltDocument | undefined {
  // Most manifests are plain block YAML, which the hand-written reader takes in one pass without
  // parser events; it refuses everything else (and every invalid document), which goes on below.
  const fast = readDocumentFast(source, base);
  if (fast !== UNSUPPORTED) return fast;
  let firstError: YAMLException;
  try {
    return only(buildDocuments(parseEvents(source, { maxDepth: JS_YAML_MAX_DEPTH }), source, base));
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // The same limit and words whichever reader meets it first.
    if (reasonOf(error).startsWith('nesting exceeded maxDepth')) throw nestingError(base + (error.mark?.position ?? 0));
    firstError = error;
  }
  const padded = padContinuations(source);
  if (padded) {
    try {
      const built = only(buildDocuments(parseEvents(padded.text, { maxDepth: JS_YAML_MAX_DEPTH }), padded.text, 0));
      if (built.root) remapTree(built.root, padded, base);
      for (const d of built.duplicates ?? []) {
        d.offset = padded.original(d.offset) + base;
        d.first = padded.original(d.first) + base;
      }
      return built;
    } catch (error) {
      if (error instanceof ReadingError) throw new ReadingError(error.message, padded.original(error.offset) + base);
      if (!(error instanceof YAMLException)) throw error;
    }
  }
  if (!lenient) {
    into.wantsLenientReader = true;
    throw firstError;
  }
  try {
    return lenient.parseChunkLeniently(source, base);
  } catch (error) {
    // When both readers refuse a document, the second's words are usually the clearer
    // ("Flow map must end with a }" rather than "deficient indentation").
    if (error instanceof lenient.FallbackSyntaxError) throw new ReadingError(error.message, error.offset);
    throw error;
  }
}

/** kubectl reads only the first document of what it cuts at `---` (split-documents.ts). */
function only(built: BuiltDocument[]): BuiltDocument {
  return built[0] ?? { root: null, value: null };
}

const AFTER_END =
  'kubectl never reads this: after a `...` line it skips everything up to the next `---` line, so nothing here is applied; start a new document with `---` (or delete the `...`)';

function streamError(issue: StreamIssue): string {
  switch (issue.kind) {
    case 'separator':
      return `only a comment may follow \`---\` on its line: kubectl rejects the file (invalid Yaml document separator: ${issue.text})`;
    case 'directive':
      return 'kubectl cuts the file at `---` lines, which leaves this directive without its document: kubectl rejects the file (did not find expected <document start>)';
    default:
      return 'a `...` before any content: kubectl finds no document here and rejects the file (did not find expected node content); remove the `...` or put `---` before it';
  }
}

function toSyntaxError(error: unknown, index: number, base: number, source: string): SyntaxError {
  if (error instanceof YAMLException) {
    const position = error.mark?.position ?? 0;
    return { index, offset: base + Math.min(position, source.length), message: reasonOf(error) };
  }
  if (error instanceof ReadingError) return { index, offset: error.offset, message: error.message };
  if (error instanceof RangeError) {
    const nested = nestingError(base + firstContent(source));
    return { index, offset: nested.offset, message: nested.message };
  }
  throw error;
}

function reasonOf(error: YAMLException): string {
  const reason = (error as YAMLException & { reason?: string }).reason;
  if (reason) return reason;
  return error.message.split('\n')[0].replace(/\s*\(\d+:\d+\)$/, '');
}

function firstContent(source: string): number {
  const m = /^(?:\s*(?:#.*|---.*)?\r?\n)*\s*/.exec(source);
  return m ? m[0].length : 0;
}
