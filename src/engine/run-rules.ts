import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { ActiveRule, RunSettings } from './config-types.js';
import { editFor } from './fix.js';
import { rangeOf, pointRange } from './locate-finding.js';
import { isDaemonSet, objectsOf, type ManifestObject } from './objects.js';
import { parseChunk, type ParsedDocument, type ParseResult, type SyntaxError } from './parse.js';
import type { DocumentChunk } from './split-documents.js';
import { formatMessage, type RuleContext } from './rule.js';
import type { SourceFile } from './source-file.js';
import type { Finding } from './types.js';

export const YAML_SYNTAX = 'yaml-syntax';

/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;

export interface FileResult {
  findings: RawFinding[];
  daemonSets: number;
  /** Some document failed the fast reader while the lenient one was not loaded (see parse.ts). */
  wantsLenientReader: boolean;
}

/** Lints already parsed documents (the fix loop parses once and reuses the result). */
export function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, wantsLenientReader: parsed.wantsLenientReader };
  for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
  for (const document of parsed.documents) lintDocument(file, document, rules, settings, result);
  return result;
}

/**
 * Parses and lints a file one document at a time, so each document's source tree is garbage as
 * soon as its findings have their positions: memory stays flat and the collector has less to move.
 */
export function lintChunks(file: SourceFile, chunks: readonly DocumentChunk[], rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, wantsLenientReader: false };
  const parsed: ParseResult = { documents: [], errors: [], wantsLenientReader: false };
  for (const chunk of chunks) {
    parseChunk(file, chunk, parsed);
    for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
    for (const document of parsed.documents) lintDocument(file, document, rules, settings, result);
    parsed.documents.length = 0;
    parsed.errors.length = 0;
  }
  result.wantsLenientReader = parsed.wantsLenientReader;
  return result;
}

function lintDocument(file: SourceFile, document: ParsedDocument, rules: readonly ActiveRule[], settings: RunSettings, result: FileResult): void {
  for (const object of objectsOf(document)) {
    if (!isDaemonSet(object)) continue;
    result.daemonSets++;
    for (const active of rules) runRule(file, object, active, settings, result.findings);
  }
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

function runRule(file: SourceFile, object: ManifestObject, active: ActiveRule, settings: RunSettings, out: RawFinding[]): void {
  const { rule, severity, options } = active;
  const context: RuleContext<unknown> = {
    options,
    object: object.ref,
    now: settings.now,
    kubeVersion: settings.kubeVersion,
    report(descriptor) {
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined) throw new Error(`rule "${rule.id}" reported unknown messageId "${descriptor.messageId}"`);
      const path = [...object.path, ...descriptor.path];
      const finding: RawFinding = {
        ruleId: rule.id,
        severity,
        message: formatMessage(template, descriptor.data),
        messageId: descriptor.messageId,
        file: file.path,
        range: rangeOf(file, object.document.root, path, descriptor.at, object.document.start),
        documentIndex: object.document.index,
        object: object.ref,
        path,
      };
      if (descriptor.justification !== undefined) {
        finding.suppressions = [{ kind: 'inSource', justification: descriptor.justification }];
      }
      // A justified finding is accepted as it is: fixing it would undo a decision.
      if (descriptor.fix && !finding.suppressions) {
        const edit = object.document.root && editFor(file.text, object.document.root, { ...descriptor.fix, path: [...object.path, ...descriptor.fix.path] });
        if (edit) finding.fix = { range: { start: file.position(edit.start), end: file.position(edit.end) }, text: edit.text };
      }
      out.push(finding);
    },
  };
  rule.check(object.value as DaemonSet, context);
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
