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
  /** Why nothing was written: the file cannot be fixed at all. */
  failure?: string;
  /** Fixes left out, each with why, while the others were applied. */
  skipped: { finding: RawFinding; reason: string }[];
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
 * was fixed. A fix that fails that is left out and the others are applied again without it (one
 * bad fix does not cost the file its other fixes); when the result does not parse and no single
 * finding says why, fixes are added one at a time to find the one that breaks it.
 */
export function fixFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, filter: FixFilter = {}): FixOutcome {
  const input = parseFile(file);
  const original = runRulesOnFile(file, input, rules, settings);
  const unchanged = (failure?: string): FixOutcome => ({ output: restoreBom(file), fixed: [], skipped: [], result: original, ...(failure ? { failure } : {}) });
  const candidates = editsFor(original.findings, filter, new Set());
  if (candidates.length === 0) return unchanged();
  if (file.origin && !file.origin.lossless) {
    return unchanged('its bytes are not all valid text (see its yaml-syntax finding): writing the fixed text would change bytes no fix is about; fix it by hand, or save it as UTF-8 first');
  }
  if (file.origin && file.origin.encoding !== 'utf-8' && file.absolutePath === undefined) {
    return unchanged(`standard input is ${file.origin.encoding.toUpperCase()}, and the fixed text would be printed as UTF-8; fix the file instead`);
  }
  const excluded = new Set<string>();
  const skipped: FixOutcome['skipped'] = [];
  const attempt = (allowed?: ReadonlySet<string>) => fixPasses(file, original, rules, settings, filter, excluded, allowed);
  for (let round = 0; round <= candidates.length; round++) {
    const run = attempt();
    if (run.fixed.length === 0) return { ...unchanged(), skipped };
    const failure = verify(input, run.parsed, run.result, run.fixed);
    if (failure === undefined) return { output: restoreBom(run.current), fixed: run.fixed, skipped, result: run.result };
    if (failure.finding !== undefined) {
      excluded.add(fixKey(failure.finding));
      skipped.push({ finding: failure.finding, reason: failure.reason });
      continue;
    }
    // The text no longer parses: add the fixes one at a time and leave out each that breaks it.
    const accepted = new Set<string>();
    for (const f of run.fixed) {
      const key = fixKey(f);
      const trial = attempt(new Set([...accepted, key]));
      if (verify(input, trial.parsed, trial.result, trial.fixed) === undefined) accepted.add(key);
      else {
        excluded.add(key);
        skipped.push({ finding: f, reason: failure.reason });
      }
    }
  }
  return unchanged('its fixes kept failing verification');
}

interface PassesResult {
  current: SourceFile;
  parsed: ParseResult;
  result: FileResult;
  fixed: RawFinding[];
}

/** The fix passes from the original, without the excluded fixes (and with only the allowed ones, when given). */
function fixPasses(
  file: SourceFile,
  original: FileResult,
  rules: readonly ActiveRule[],
  settings: RunSettings,
  filter: FixFilter,
  excluded: ReadonlySet<string>,
  allowed: ReadonlySet<string> | undefined,
): PassesResult {
  let current = file;
  let parsed: ParseResult | undefined;
  let result = original;
  const fixed: RawFinding[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = editsFor(result.findings, filter, excluded, allowed);
    if (edits.length === 0) break;
    const applied = applyEdits(current.text, edits.map((e) => e.edit));
    const appliedSet = new Set(applied.applied);
    for (const e of edits) if (appliedSet.has(e.edit)) fixed.push(e.finding);
    current = new SourceFile(file.path, (file.hadBom ? '\ufeff' : '') + applied.text, file.absolutePath, file.origin);
    parsed = parseFile(current);
    result = runRulesOnFile(current, parsed, rules, settings);
  }
  return { current, parsed: parsed ?? parseFile(file), result, fixed };
}

/** A fix is known across passes by its rule, message and place in the object. */
function fixKey(f: RawFinding): string {
  return `${f.ruleId}\u0000${f.messageId ?? f.message}\u0000${f.path.join('\u0000')}`;
}

function editsFor(findings: readonly RawFinding[], filter: FixFilter, excluded: ReadonlySet<string>, allowed?: ReadonlySet<string>): { edit: TextEdit; finding: RawFinding }[] {
  const out: { edit: TextEdit; finding: RawFinding }[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (filter.rules && !filter.rules.has(finding.ruleId)) continue;
    if (finding.fixable === 'unsafe' && !filter.unsafe) continue;
    if (excluded.size > 0 || allowed) {
      const key = fixKey(finding);
      if (excluded.has(key) || (allowed && !allowed.has(key))) continue;
    }
    const edit: TextEdit = { start: finding.fix.range.start.offset, end: finding.fix.range.end.offset, text: finding.fix.text };
    // Two findings asking for the same change (e.g. two legacy tolerations) make one edit.
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ edit, finding });
  }
  return out;
}

/** Why a fixed text is refused, and the fix to blame when one finding says so. */
function verify(before: ParseResult, parsed: ParseResult, result: FileResult, fixed: readonly RawFinding[]): { reason: string; finding?: RawFinding } | undefined {
  if (parsed.errors.length > before.errors.length || parsed.documents.length !== before.documents.length) {
    return { reason: 'the fixed text does not parse as the original did' };
  }
  for (const f of fixed) {
    const still = result.findings.find((r) => r.ruleId === f.ruleId && r.messageId === f.messageId && sameObject(r, f) && samePath(r.path, f.path) && !r.suppressions?.length);
    if (still) return { reason: `rule ${f.ruleId} still reports "${still.message}" after its fix`, finding: f };
  }
  return undefined;
}

/**
 * The same object: its document, and its kind, namespace and name there (items of one List share
 * a document). Another DaemonSet with the same finding at the same path is not this one's fix
 * failing. apiVersion is left out: the api-version fix changes it.
 */
function sameObject(a: RawFinding, b: RawFinding): boolean {
  return a.documentIndex === b.documentIndex && a.object?.kind === b.object?.kind && a.object?.namespace === b.object?.namespace && a.object?.name === b.object?.name;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

function restoreBom(file: SourceFile): string {
  return (file.hadBom ? '\ufeff' : '') + file.text;
}
