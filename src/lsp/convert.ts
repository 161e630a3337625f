import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticRelatedInformation, Position as LspPosition, Range as LspRange } from 'vscode-languageserver/node';
import type { Finding, Position, Range, RuleInfo, Severity } from '../types/finding.js';

/** The file a `file:` URI names, or undefined for other schemes (untitled buffers, remote files). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(file: string): string {
  return pathToFileURL(file).href;
}

/**
 * daemonlint's positions are 1-based and count UTF-16 code units in the text without its BOM;
 * LSP's are 0-based in UTF-16 code units of the text the editor holds, which keeps a BOM when the
 * client did (most drop it). `bom` shifts the first line by the one character.
 */
export function toLspPosition(position: Position, bom: boolean): LspPosition {
  const line = position.line - 1;
  return { line, character: position.column - 1 + (bom && line === 0 ? 1 : 0) };
}

export function toLspRange(range: Range, bom: boolean): LspRange {
  return { start: toLspPosition(range.start, bom), end: toLspPosition(range.end, bom) };
}

const SEVERITY: Record<Severity, Diagnostic['severity']> = { error: 1, warning: 2, info: 3 };

export const SOURCE = 'daemonlint';

export function toDiagnostic(finding: Finding, bom: boolean, rules: ReadonlyMap<string, RuleInfo>): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range, bom),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message,
  };
  // A plugin's rule (`<plugin>/<id>`) has no page among daemonlint's docs.
  const href = finding.ruleId.includes('/') ? undefined : rules.get(finding.ruleId)?.helpUri;
  if (href !== undefined) diagnostic.codeDescription = { href };
  if (finding.related && finding.related.length > 0) {
    // Related places in other files are given by path; the finding's own file is this document.
    diagnostic.relatedInformation = finding.related.map(
      (r): DiagnosticRelatedInformation => ({
        location: { uri: uriOfPath(r.file), range: toLspRange(r.range, bom && r.file === finding.file) },
        message: r.message,
      }),
    );
  }
  return diagnostic;
}

/** Whether an LSP position lies within a range (end inclusive: a hover at the last character counts). */
export function contains(range: LspRange, position: LspPosition): boolean {
  const after = (a: LspPosition, b: LspPosition): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

export function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
