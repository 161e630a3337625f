import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { type FileResult, type RawFinding } from './lint-file.js';
import { SourceFile } from '../yaml/source-file.js';
export declare const MAX_FIX_PASSES = 10;
export interface FixOutcome {
    /** The fixed text, BOM restored; equal to the input when nothing was fixed or fixing failed. */
    output: string;
    /** Findings whose fixes were applied, as first reported. */
    fixed: RawFinding[];
    /** Why nothing was written: the file cannot be fixed at all. */
    failure?: string;
    /** Fixes left out, each with why, while the others were applied. */
    skipped: {
        finding: RawFinding;
        reason: string;
    }[];
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
export declare function fixFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, filter?: FixFilter): FixOutcome;
