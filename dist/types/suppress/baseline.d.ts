import type { Finding } from '../types/finding.js';
/**
 * A baseline records the findings a repository accepts today, so a team adopting daemonlint
 * sees only new ones. An entry names a finding by what it is about (rule, object, field path,
 * message id), never by line or file name: edits above it, renamed files and reordered
 * documents leave it matching. Findings without an object fall back to the file.
 *
 * `yaml-syntax` findings are never recorded, and never taken out by an entry that names them (a
 * baseline written before they were refused): a file that does not parse is not a finding a
 * repository can accept, since nothing else is checked in it, as no comment or exclude can hide it.
 */
export interface BaselineEntry {
    ruleId: string;
    kind?: string;
    namespace?: string;
    name?: string;
    path: string;
    messageId?: string;
    /** Only for findings that belong to no object. */
    file?: string;
    /** How many findings share this identity. */
    count: number;
}
export interface BaselineFile {
    version: 1;
    entries: BaselineEntry[];
}
export interface BaselineOutcome {
    file: string;
    /** Findings the baseline accounted for (left out of the report). */
    matched: number;
    /** Entries with fewer occurrences than recorded: the baseline can shrink. */
    stale: BaselineEntry[];
}
export declare function identityOf(f: Finding): Omit<BaselineEntry, 'count'>;
/** The findings of a run that its baseline leaves out because no baseline may accept them: syntax errors. */
export declare function refusedByBaseline(findings: readonly Finding[]): Finding[];
/** The baseline of a run: every finding not already accepted otherwise, counted by identity. */
export declare function createBaseline(findings: readonly Finding[]): BaselineFile;
export declare function serializeBaseline(baseline: BaselineFile): string;
/** Problems reading a baseline are the user's to fix (exit 2). */
export declare class BaselineError extends Error {
}
/** The largest baseline read: far more than a baseline of 100,000 findings (~20 MB). */
export declare const MAX_BASELINE_SIZE: number;
/**
 * Reads a baseline: a regular file of bounded size, holding a baseline. A message names the file
 * and what is wrong, never its content (`baseline: /etc/passwd` must not print the start of it).
 */
export declare function readBaseline(file: string, shownAs: string): Promise<BaselineFile>;
/** Removes the findings the baseline accounts for; reports the entries that no longer occur. */
export declare function applyBaseline(findings: Finding[], baseline: BaselineFile, shownAs: string): BaselineOutcome;
/**
 * applyBaseline for a run whose findings are reported file by file: `count` sees every finding
 * first (in any order), then `apply` takes one file's findings (in report order) at a time, in
 * any order of files, and leaves out what applyBaseline would: of each identity, the last
 * occurrences in report order (files by path, then line and column), as many as the entry counts.
 */
export declare class FileByFileBaseline {
    private readonly shownAs;
    private readonly slots;
    constructor(baseline: BaselineFile, shownAs: string);
    count(findings: readonly Finding[]): void;
    /** One file's findings in report order, without those the baseline accounts for. */
    apply(file: string, findings: readonly Finding[]): Finding[];
    outcome(): BaselineOutcome;
}
