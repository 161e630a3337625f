import { parseEvents, constructFromEvents, YAMLException } from 'js-yaml';
import { readDocumentFast, UNSUPPORTED } from './fast-reader/index.js';
import { kubernetesYamlSchema } from './kubernetes-scalars.js';
import { buildDocuments } from './event-reader.js';
import { AliasLimitError, DuplicateKeyError, type SourceNode } from './source-node.js';
import type { DocumentChunk } from './split-documents.js';
import type { SourceFile } from './source-file.js';

/** One YAML document of a file: its value as Kubernetes reads it and the source node of every part. */
export interface ParsedDocument {
  index: number;
  /** Offsets of the document's text in the file (markers and comments included). */
  start: number;
  end: number;
  value: unknown;
  root: SourceNode | null;
}

/** A document that does not parse, with the parser's own position. */
export interface SyntaxError {
  index: number;
  offset: number;
  message: string;
}

export interface ParseResult {
  documents: ParsedDocument[];
  errors: SyntaxError[];
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

/** Aliases may not expand one document past this many nodes (real manifests stay far below). */
export const MAX_EXPANDED_NODES = 100_000;
/** The lenient reader counts alias uses rather than expanded nodes. */
const MAX_LENIENT_ALIASES = 1_000;
/** Collections nested deeper than this are refused, as the parser would otherwise recurse deeply. */
const MAX_DEPTH = 200;

/** Parses the documents of a file, or only the given chunks of it (a share of parallel work). */
export function parseFile(file: SourceFile, chunks: readonly DocumentChunk[] = file.documents): ParseResult {
  const result: ParseResult = { documents: [], errors: [], wantsLenientReader: false };
  for (const chunk of chunks) parseChunk(file, chunk, result);
  return result;
}

/** Parses one document of a file into `into`: a document, a syntax error, or nothing (empty). */
export function parseChunk(file: SourceFile, chunk: DocumentChunk, into: ParseResult): void {
  const { text } = file;
  const index = chunk.index;
  const source = text.slice(chunk.start, chunk.end);
  // Most manifests are plain block YAML, which the hand-written reader takes in one pass without
  // parser events; it refuses everything else (and every invalid document), which goes on below.
  const fast = readDocumentFast(source, chunk.start);
  if (fast !== UNSUPPORTED) {
    into.documents.push({ index, start: chunk.start, end: chunk.end, value: fast.value, root: fast.root });
    return;
  }
  try {
    const events = parseEvents(source, { maxDepth: MAX_DEPTH });
    if (events.length === 0) return;
    const built = buildDocuments(events, source, chunk.start, MAX_EXPANDED_NODES);
    const values = built.some((d) => d.needsConstructor)
      ? constructFromEvents(events, { source, schema: kubernetesYamlSchema, maxTotalMergeKeys: MAX_EXPANDED_NODES })
      : built.map((d) => d.value);
    for (let i = 0; i < values.length; i++) {
      const root = built[i]?.root ?? null;
      // An empty document (`---` alone, or only comments) is no object; kubectl skips it too.
      if (values[i] == null && (root === null || (root.kind === 'scalar' && root.empty))) continue;
      into.documents.push({ index, start: chunk.start, end: chunk.end, value: values[i], root });
    }
  } catch (error) {
    const syntaxError = toSyntaxError(error, index, chunk.start, source);
    const lenientRead = error instanceof YAMLException ? readLeniently(source, chunk.start) : undefined;
    if (lenientRead && 'value' in lenientRead) {
      if (lenientRead.value != null) into.documents.push({ index, start: chunk.start, end: chunk.end, ...lenientRead });
    } else {
      if (error instanceof YAMLException && !lenient) into.wantsLenientReader = true;
      // When both readers refuse a document, the second's words are usually the clearer
      // ("Flow map must end with a }" rather than "deficient indentation").
      into.errors.push(lenientRead ? { index, offset: lenientRead.offset, message: lenientRead.message } : syntaxError);
    }
  }
}

function readLeniently(source: string, base: number): { value: unknown; root: SourceNode | null } | { offset: number; message: string } | undefined {
  if (!lenient) return undefined;
  try {
    return lenient.parseChunkLeniently(source, base, MAX_LENIENT_ALIASES);
  } catch (error) {
    if (error instanceof lenient.FallbackSyntaxError) return { offset: error.offset, message: error.message };
    return undefined;
  }
}

function toSyntaxError(error: unknown, index: number, base: number, source: string): SyntaxError {
  if (error instanceof YAMLException) {
    const position = error.mark?.position ?? 0;
    return { index, offset: base + Math.min(position, source.length), message: reasonOf(error) };
  }
  if (error instanceof DuplicateKeyError) return { index, offset: error.offset, message: error.message };
  if (error instanceof AliasLimitError) return { index, offset: base + firstContent(source), message: error.message };
  if (error instanceof RangeError) {
    return { index, offset: base + firstContent(source), message: 'document is nested too deeply to parse' };
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
