import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { type FileResult, type RawFinding } from './lint-file.js';
import { SourceFile } from '../yaml/source-file.js';
export declare const MAX_FIX_PASSES = 10;
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
export declare function fixFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, filter?: FixFilter): FixOutcome;
