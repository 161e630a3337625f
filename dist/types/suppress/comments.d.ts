import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import type { Finding, Range } from '../types/finding.js';
/**
 * In-source suppressions, ESLint style, as YAML comments:
 *   # daemonlint-disable-next-line <rule>[, <rule>] -- <reason>
 *   # daemonlint-disable-line <rule>[, <rule>] -- <reason>
 *   # daemonlint-disable <rule>[, <rule>] -- <reason>   ...   # daemonlint-enable [<rule>...]
 * With no rule listed, a directive covers every rule. A block runs to its `enable` or to the end
 * of its YAML document. A directive with no reason suppresses nothing while reasons are required.
 */
export interface Directive {
    kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
    /** Rule ids; empty means every rule. */
    rules: string[];
    reason?: string;
    /** A reason that is only a placeholder ("TODO"): no reason where one is required. */
    placeholder?: string;
    range: Range;
    /** Lines (1-based, inclusive) the directive covers. */
    from: number;
    to: number;
    used: boolean;
}
export declare function parseDirectives(file: SourceFile, chunks: readonly DocumentChunk[]): Directive[];
/**
 * Marks the findings a valid directive covers as suppressed (inSource, with the reason).
 * `yaml-syntax` findings are never suppressed: nothing else can be said about such a document.
 */
export declare function applyDirectives(findings: Finding[], directives: readonly Directive[], requireReason: boolean): void;
