import type { ActiveRule, RunSettings } from '../config/resolved.js';
import type { Finding, Severity } from '../types/finding.js';
import { PluginError } from '../config/plugins.js';
import { pointRange } from '../yaml/locate.js';
import { parseChunk, type ParsedDocument, type ParseResult, type ReadingNotice, type SyntaxError } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import { documentLinter, type DocumentResults } from './lint-document.js';

/** The engine's rule for documents that do not parse (always on). */
export const YAML_SYNTAX = 'yaml-syntax';
/** The engine's rule for a key written twice in one mapping (Kubernetes keeps the later value). */
export const DUPLICATE_KEY = 'duplicate-key';
/** The engine's rule for content after `...` that kubectl never reads. */
export const CONTENT_AFTER_END = 'content-after-end';
/** The engine's rule for a file that does not parse because it is a Helm or Go template. */
export const HELM_TEMPLATE = 'helm-template';

const YAML_SYNTAX_HELP =
  'This document is not YAML (or JSON) that kubectl reads: kubectl apply would fail on it, and nothing in it can be checked. Fix the syntax at this position; the other documents of the file are still linted.';

/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;

export interface FileResult extends DocumentResults {
  /** Some document failed js-yaml while the lenient reader was not loaded (see parse.ts). */
  wantsLenientReader: boolean;
}

/** Lets each rule load what it needs (the schema validator of the target version) before a run, in this thread. */
export async function prepareRules(active: readonly ActiveRule[], settings: RunSettings): Promise<void> {
  await Promise.all(
    active.map(async (a) => {
      try {
        await a.rule.prepare?.({ kubeVersion: settings.kubeVersion });
      } catch (error) {
        if (error instanceof PluginError) throw error;
        // A plugin's prepare() that rejects is the plugin's problem, said in one line.
        throw new PluginError(`rule ${a.rule.id}: prepare() failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
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
  const result: FileResult = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], planned: [], wantsLenientReader: false };
  const parsed: ParseResult = { documents: [], errors: [], notices: [], wantsLenientReader: false };
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const chunk of chunks) {
    parseChunk(file, chunk, parsed);
    readingFindings(file, parsed, settings, result.findings);
    for (const document of parsed.documents) lintDocument(document);
    parsed.documents.length = 0;
    parsed.errors.length = 0;
    parsed.notices.length = 0;
  }
  result.wantsLenientReader = parsed.wantsLenientReader;
  return result;
}

/** Lints already parsed documents (the fix loop parses once and reuses the result). */
export function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], planned: [], wantsLenientReader: parsed.wantsLenientReader };
  readingFindings(file, parsed, settings, result.findings);
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const document of parsed.documents) lintDocument(document);
  return result;
}

/** What the engine reports about reading a document: syntax errors, duplicated keys, content kubectl skips. */
function readingFindings(file: SourceFile, parsed: ParseResult, settings: RunSettings, into: RawFinding[]): void {
  const template = parsed.errors.length > 0 ? file.text.indexOf('{{') : -1;
  if (template !== -1) {
    // A chart's template is not YAML until Helm renders it: one finding that says so, not the parser's complaint at some `{{`.
    const level = settings.helmTemplate ?? 'warning';
    if (level !== 'off') into.push(helmTemplateFinding(file, template, parsed.errors[0].index, level));
  } else {
    for (const error of parsed.errors) into.push(syntaxFinding(file, error));
  }
  const afterEnd = settings.contentAfterEnd ?? 'warning';
  if (afterEnd !== 'off') for (const notice of parsed.notices) into.push(noticeFinding(file, notice, afterEnd));
  const duplicates = settings.duplicateKey ?? 'warning';
  if (duplicates !== 'off') for (const document of parsed.documents) if (document.duplicates) into.push(...duplicateFindings(file, document, duplicates));
}

function noticeFinding(file: SourceFile, notice: ReadingNotice, severity: Severity): RawFinding {
  return {
    ruleId: CONTENT_AFTER_END,
    severity,
    message: 'kubectl never reads this: it comes after a `...` line and before the next `---`',
    help: notice.message,
    file: file.path,
    range: lineRange(file, notice.offset),
    documentIndex: notice.index,
    path: [],
  };
}

function duplicateFindings(file: SourceFile, document: ParsedDocument, severity: Severity): RawFinding[] {
  return (document.duplicates ?? []).map((d) => {
    const first = file.position(d.first);
    const key = d.key.length > 60 ? `${JSON.stringify(d.key.slice(0, 57))}...` : JSON.stringify(d.key);
    return {
      ruleId: DUPLICATE_KEY,
      severity,
      message: `key ${key} is also set on line ${first.line}: Kubernetes keeps this later value`,
      help:
        `A mapping that names a key twice is invalid YAML, but kubectl reads it anyway and silently keeps the last value, whatever \`--validate\` says (the duplicate never reaches the API server). ` +
        `The value on line ${first.line} is lost. Delete one of the two, or merge them. daemonlint lints the document with this later value, as the cluster would see it.`,
      file: file.path,
      range: { start: file.position(d.offset), end: file.position(d.offset + keyLength(file.text, d.offset)) },
      documentIndex: document.index,
      path: [],
    };
  });
}

/** The length of the key written at `offset` (up to its `:`), for the finding's range. */
function keyLength(text: string, offset: number): number {
  const c = text[offset];
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, offset + 1);
    return close === -1 ? 1 : close + 1 - offset;
  }
  const m = /^[^\n]*?(?=\s*:(?:\s|$))/.exec(text.slice(offset, offset + 1000));
  return m && m[0].length > 0 ? m[0].length : 1;
}

function lineRange(file: SourceFile, offset: number): RawFinding['range'] {
  const nl = file.text.indexOf('\n', offset);
  const end = nl === -1 ? file.text.length : file.text[nl - 1] === '\r' ? nl - 1 : nl;
  return { start: file.position(offset), end: file.position(end) };
}

function helmTemplateFinding(file: SourceFile, offset: number, documentIndex: number, severity: Severity): RawFinding {
  return {
    ruleId: HELM_TEMPLATE,
    severity,
    message: 'a Helm/Go template, not YAML: lint its rendered output',
    help:
      'This file does not parse as YAML and holds {{ }} template actions: Helm (or another Go template tool) renders it before anything reads it as YAML. ' +
      'Lint what it renders to, e.g. helm template <chart> | daemonlint - (add --chart-dir <chart> to see findings at the template lines). ' +
      'A directory walk skips templates/ next to a Chart.yaml; turn this finding off with rules: {helm-template: off}.',
    file: file.path,
    range: { start: file.position(offset), end: file.position(offset + 2) },
    documentIndex,
    path: [],
  };
}

export function syntaxFinding(file: SourceFile, error: SyntaxError): RawFinding {
  return {
    ruleId: YAML_SYNTAX,
    severity: 'error',
    message: error.message,
    help: YAML_SYNTAX_HELP,
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
