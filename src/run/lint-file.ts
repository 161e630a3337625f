import type { ActiveRule, RunSettings } from '../config/resolved.js';
import type { Finding } from '../types/finding.js';
import { pointRange } from '../yaml/locate.js';
import { parseChunk, type ParseResult, type SyntaxError } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import { documentLinter, type DocumentResults } from './lint-document.js';

/** The engine's rule for documents that do not parse (always on). */
export const YAML_SYNTAX = 'yaml-syntax';

/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;

export interface FileResult extends DocumentResults {
  /** Some document failed js-yaml while the lenient reader was not loaded (see parse.ts). */
  wantsLenientReader: boolean;
}

/** Lets each rule load what it needs (the schema validator of the target version) before a run, in this thread. */
export async function prepareRules(active: readonly ActiveRule[], settings: RunSettings): Promise<void> {
  await Promise.all(active.map((a) => a.rule.prepare?.({ kubeVersion: settings.kubeVersion })));
}

/** Parses and lints one file, one document at a time. */
export function lintSourceFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  return lintChunks(file, file.documents, rules, settings);
}

/**
 * Parses and lints some documents of a file (all of them, or a thread's share) one at a time, so
 * each document's source tree is garbage as soon as its findings have their positions: memory
 * stays flat and the collector has less to move.
 */
export function lintChunks(file: SourceFile, chunks: readonly DocumentChunk[], rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], wantsLenientReader: false };
  const parsed: ParseResult = { documents: [], errors: [], wantsLenientReader: false };
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const chunk of chunks) {
    parseChunk(file, chunk, parsed);
    for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
    for (const document of parsed.documents) lintDocument(document);
    parsed.documents.length = 0;
    parsed.errors.length = 0;
  }
  result.wantsLenientReader = parsed.wantsLenientReader;
  return result;
}

/** Lints already parsed documents (the fix loop parses once and reuses the result). */
export function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], wantsLenientReader: parsed.wantsLenientReader };
  for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const document of parsed.documents) lintDocument(document);
  return result;
}

function syntaxFinding(file: SourceFile, error: SyntaxError): RawFinding {
  return {
    ruleId: YAML_SYNTAX,
    severity: 'error',
    message: error.message,
    file: file.path,
    range: pointRange(file, error.offset),
    documentIndex: error.index,
    path: [],
  };
}

/** Deterministic order: file, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
