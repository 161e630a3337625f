import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { SourceFile } from '../yaml/source-file.js';
import type { CollectedObject } from './lint-document.js';
/**
 * What a run's `context` files yielded, kept between runs by a caller that lints again and again
 * against files that rarely change: an editor lints the file being typed in against the rest of
 * its workspace on every keystroke. Pass the same object to each `lint()`; an entry is used again
 * while its file's text is the same, and every entry is dropped when the rules across the input
 * or their options differ from the previous run's. Opaque: lint() alone reads and fills it.
 */
export declare class LintCache {
    constructor();
}
/** The workload objects of the context files, for rules across the input, and their sources, to locate related places in. */
export interface LintedContext {
    objects: CollectedObject[];
    sources: SourceFile[];
}
/**
 * Lints the context files through the rules across the input only (their `collect` step is all
 * that is needed of them), using and filling the cache. Files whose path is also an input are
 * left out: the input's text is the newer (an editor's unsaved buffer).
 */
export declare function lintContext(files: readonly {
    path: string;
    text: string;
}[], inputPaths: ReadonlySet<string>, active: readonly ActiveRule[], settings: RunSettings, cache: LintCache | undefined): Promise<LintedContext>;
