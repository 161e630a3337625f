import { parseChunk, type ParseResult } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source-file.js';
import { forEachScalar } from '../yaml/source-node.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import type { Finding, Range, Suppression } from '../types/finding.js';
import { isPlaceholderReason } from '../types/placeholder-reason.js';

/**
 * In-source suppressions, ESLint style, as YAML comments:
 *   # daemonlint-disable-next-line <rule>[, <rule>] -- <reason>
 *   # daemonlint-disable-line <rule>[, <rule>] -- <reason>
 *   # daemonlint-disable <rule>[, <rule>] -- <reason>   ...   # daemonlint-enable [<rule>...]
 * With no rule listed, a directive covers every rule. A block runs to its `enable` or to the end
 * of its YAML document. A directive with no reason suppresses nothing while reasons are required.
 */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  /** A reason that is only a placeholder ("TODO"): no reason where one is required. */
  placeholder?: string;
  range: Range;
  /** Lines (1-based, inclusive) the directive covers. */
  from: number;
  to: number;
  used: boolean;
}

// A comment starts at the line start or after white space: `#` inside a word is not a comment.
const DIRECTIVE = /(?:^|[ \t])#[ \t]*daemonlint-(disable-next-line|disable-line|disable|enable)(?=$|[ \t])([^\n]*)$/gm;

export function parseDirectives(file: SourceFile, chunks: readonly DocumentChunk[]): Directive[] {
  const text = file.text;
  if (!text.includes('daemonlint-')) return [];
  const directives: Directive[] = [];
  const open: Directive[] = [];
  const inScalar = scalarTest(file, chunks);
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m !== null; m = DIRECTIVE.exec(text)) {
    const hash = text.indexOf('#', m.index);
    // `# daemonlint-disable` inside a block scalar, a quoted string or a key is text, not a comment.
    if (inScalar(hash)) continue;
    const end = m.index + m[0].replace(/\r$/, '').length;
    const range = { start: file.position(hash), end: file.position(end) };
    const [ruleText, reason] = splitReason(m[2].replace(/\r$/, ''));
    const rules = ruleText.split(',').map((r) => r.trim()).filter(Boolean);
    const kind = m[1] as Directive['kind'];
    const line = range.start.line;
    const chunkEnd = chunkEndLine(file, chunks, hash);
    const directive: Directive = { kind, rules, range, from: line, to: line, used: false };
    if (reason !== undefined && isPlaceholderReason(reason)) directive.placeholder = reason;
    else if (reason !== undefined) directive.reason = reason;
    if (kind === 'disable-next-line') directive.from = directive.to = line + 1;
    if (kind === 'disable') {
      directive.to = chunkEnd;
      open.push(directive);
    }
    if (kind === 'enable') {
      // Closes the open blocks it names (every open block when it names none).
      for (const block of open) {
        if (block.to < line) continue;
        if (rules.length === 0 || block.rules.length === 0 || block.rules.some((r) => rules.includes(r))) block.to = line;
      }
    }
    directives.push(directive);
  }
  return directives;
}

/**
 * Whether an offset of the file lies inside a scalar (a value or a key) of its document: the
 * directive pattern finds `#` in text, and only the document's own reading tells a comment from
 * a line of a block scalar or of a multi-line quoted string. Documents are read again only when
 * the file has directive-like text; a document that does not read is left to the pattern (its
 * findings are yaml-syntax, which no directive suppresses).
 */
function scalarTest(file: SourceFile, chunks: readonly DocumentChunk[]): (offset: number) => boolean {
  const ranges = new Map<DocumentChunk, number[]>();
  const rangesOf = (chunk: DocumentChunk): number[] => {
    let out = ranges.get(chunk);
    if (out) return out;
    out = [];
    const parsed: ParseResult = { documents: [], errors: [], notices: [], wantsLenientReader: false };
    try {
      parseChunk(file, chunk, parsed);
    } catch {
      // Left to the pattern, as a document that does not read.
    }
    for (const document of parsed.documents) forEachScalar(document.root, (scalar) => out.push(scalar.start, scalar.end));
    ranges.set(chunk, out);
    return out;
  };
  return (offset) => {
    const chunk = chunks.find((c) => offset >= c.start && offset < c.end);
    if (!chunk) return false;
    const list = rangesOf(chunk);
    for (let i = 0; i < list.length; i += 2) if (offset >= list[i] && offset < list[i + 1]) return true;
    return false;
  };
}

function splitReason(rest: string): [string, string | undefined] {
  const at = rest.indexOf('--');
  if (at === -1) return [rest, undefined];
  const reason = rest.slice(at + 2).trim();
  return [rest.slice(0, at), reason === '' ? undefined : reason];
}

function chunkEndLine(file: SourceFile, chunks: readonly DocumentChunk[], offset: number): number {
  for (const chunk of chunks) if (offset >= chunk.start && offset < chunk.end) return file.position(Math.max(chunk.start, chunk.end - 1)).line;
  return Number.MAX_SAFE_INTEGER;
}

/**
 * Marks the findings a valid directive covers as suppressed (inSource, with the reason).
 * `yaml-syntax` findings are never suppressed: nothing else can be said about such a document.
 */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], requireReason: boolean): void {
  if (directives.length === 0) return;
  for (const finding of findings) {
    if (finding.ruleId === 'yaml-syntax' || finding.suppressions?.length) continue;
    const line = finding.range.start.line;
    for (const d of directives) {
      if (d.kind === 'enable' || line < d.from || line > d.to) continue;
      if (d.rules.length > 0 && !d.rules.includes(finding.ruleId)) continue;
      if (requireReason && d.reason === undefined) continue;
      d.used = true;
      const suppression: Suppression = { kind: 'inSource', justification: d.reason ?? d.placeholder ?? `${d.kind} comment` };
      finding.suppressions = [suppression];
      break;
    }
  }
}
