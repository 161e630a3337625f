import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { parseFile, type ParseResult } from '../yaml/parse.js';
import { runRulesOnFile, type FileResult, type RawFinding } from './lint-file.js';
import { SourceFile } from '../yaml/source-file.js';
import { applyEdits, type TextEdit } from '../fix/text-edit.js';

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text, BOM restored; equal to the input when nothing was fixed or fixing failed. */
  output: string;
  /** Findings whose fixes were applied, as first reported. */
  fixed: RawFinding[];
  /** Why nothing was written, when a fixed text failed verification. */
  failure?: string;
  /** The lint result of the output. */
  result: FileResult;
}

export interface FixFilter {
  /** Only fixes of these rules (`--fix-type`). */
  rules?: ReadonlySet<string>;
  /** Apply unsafe fixes too (`--unsafe-fixes`); by default only safe ones. */
  unsafe?: boolean;
}

/**
 * Fixes a file: each pass applies every non-overlapping fix, then lints the result again, up to
 * MAX_FIX_PASSES. The result must parse as well as the input did and must no longer report what
 * was fixed; otherwise the input is returned unchanged with the reason.
 */
export function fixFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, filter: FixFilter = {}): FixOutcome {
  const input = parseFile(file);
  const original = runRulesOnFile(file, input, rules, settings);
  let current = file;
  let parsed = input;
  let result = original;
  const fixed: RawFinding[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = editsFor(result.findings, filter);
    if (edits.length === 0) break;
    const applied = applyEdits(current.text, edits.map((e) => e.edit));
    const appliedSet = new Set(applied.applied);
    for (const e of edits) if (appliedSet.has(e.edit)) fixed.push(e.finding);
    current = new SourceFile(file.path, (file.hadBom ? '\ufeff' : '') + applied.text);
    parsed = parseFile(current);
    result = runRulesOnFile(current, parsed, rules, settings);
  }
  if (fixed.length === 0) return { output: restoreBom(file), fixed, result: original };

  const failure = verify(input, parsed, result, fixed);
  if (failure) return { output: restoreBom(file), fixed: [], failure, result: original };
  return { output: restoreBom(current), fixed, result };
}

function editsFor(findings: readonly RawFinding[], filter: FixFilter): { edit: TextEdit; finding: RawFinding }[] {
  const out: { edit: TextEdit; finding: RawFinding }[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (filter.rules && !filter.rules.has(finding.ruleId)) continue;
    if (finding.fixable === 'unsafe' && !filter.unsafe) continue;
    const edit: TextEdit = { start: finding.fix.range.start.offset, end: finding.fix.range.end.offset, text: finding.fix.text };
    // Two findings asking for the same change (e.g. two legacy tolerations) make one edit.
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ edit, finding });
  }
  return out;
}

function verify(before: ParseResult, parsed: ParseResult, result: FileResult, fixed: readonly RawFinding[]): string | undefined {
  if (parsed.errors.length > before.errors.length || parsed.documents.length !== before.documents.length) {
    return 'the fixed text does not parse as the original did';
  }
  for (const f of fixed) {
    const still = result.findings.find((r) => r.ruleId === f.ruleId && r.messageId === f.messageId && samePath(r.path, f.path) && !r.suppressions?.length);
    if (still) return `rule ${f.ruleId} still reports "${still.message}" after its fix`;
  }
  return undefined;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function restoreBom(file: SourceFile): string {
  return (file.hadBom ? '\ufeff' : '') + file.text;
}
