import type { Config } from '../config/config.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import type { Shard } from '../inputs/shard.js';
import type { Directive } from '../suppress/comments.js';
import type { CheckedObject, JsonPath, ObjectRef } from '../types/finding.js';
import type { IgnoreAnnotation } from '../suppress/ignore-annotation.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { PlannedDaemonSet } from '../inventory/plan.js';
import type { Inventory } from '../types/inventory.js';
import type { CollectedObject, RuleFailure } from './lint-document.js';
/**
 * What one job of a sharded run (`--shard k/n --collect-out FILE`) hands to `daemonlint merge`,
 * beside its report: everything the report does not say and the merge needs to write the report
 * a single run over every file would have written. Plain JSON; `daemonlintShare` is its version.
 */
export interface Share {
    daemonlintShare: 1;
    toolVersion: string;
    shard: Shard;
    /** A hash of what decides the findings (rules, levels, options, Kubernetes version, suppression settings): the merge must run with the same. */
    configKey: string;
    unsafeFixes: boolean;
    /**
     * The files this share linted, as findings name them, with their place among all the run's
     * inputs (so the merge lists files in a single run's order), and a hash of the text of those the
     * merge may read again (to place findings of the rules across the input, to judge directives).
     */
    files: {
        path: string;
        ordinal: number;
        sha256?: string;
    }[];
    daemonSets: number;
    /** Every DaemonSet checked, in file order (junit's passing test cases). */
    checked: CheckedObject[];
    /** What the rules across the input collected, for the merge to run them on every share's at once. */
    objects: SharedObject[];
    /** Comment directives that suppressed nothing here but may suppress a finding of a rule across the input. */
    deferred: {
        file: string;
        line: number;
        column: number;
    }[];
    /** Rules that threw while this share was linted (the merge exits 2, as this run did). */
    failures: RuleFailure[];
    /**
     * With a node inventory: a hash of the nodes it read (the merge must read the same: this share's
     * node-coverage findings came from them), and its DaemonSets as the fleet plan places them, for
     * the merge's coverage report.
     */
    inventory?: string;
    planned?: PlannedDaemonSet[];
    /** The chart directory findings were placed in (--chart-dir), from the working directory: the merge places its own findings there too. */
    chartDir?: string;
    /** Helm chart `templates/` directories the walk left out, as the report names them (every share's walk sees them all). */
    skippedTemplates?: string[];
}
/** A CollectedObject as JSON has it: `kept` as entries. */
export interface SharedObject {
    ref: ObjectRef;
    file: string;
    documentIndex: number;
    objectPath: JsonPath;
    kept: [string, unknown][];
    value?: Record<string, unknown>;
    ignore?: IgnoreAnnotation;
}
/** A hash of what decides a run's findings, to tell whether shares and their merge ran alike. */
export declare function configKey(active: readonly ActiveRule[], settings: RunSettings, config: Pick<Config, 'exclude'>): string;
export declare function textHash(source: SourceFile): string;
export interface ShareInput {
    shard: Shard;
    configKey: string;
    unsafeFixes: boolean;
    toolVersion: string;
    /**
     * The share's files, in run order, each with its ordinal among all inputs and the hash of its
     * text, asked for only of files the merge may read again.
     */
    files: {
        path: string;
        ordinal: number;
        sha256: () => string;
    }[];
    daemonSets: number;
    checked: CheckedObject[];
    objects: CollectedObject[];
    deferred: Map<string, Directive[]>;
    failures: RuleFailure[];
    inventory?: Inventory;
    planned: PlannedDaemonSet[];
    /** --chart-dir, as chartDirKey gives it. */
    chartDir?: string;
    skippedTemplates?: string[];
}
export declare function buildShare(input: ShareInput): Share;
/** --chart-dir from the working directory, `/`-separated: what shares and their merge must agree on. */
export declare function chartDirKey(chartDir: string | undefined, cwd: string): string | undefined;
/** What a run's node inventory holds (its pools, in order), as a hash: the same nodes read from other paths hash the same. */
export declare function inventoryKey(inventory: Inventory): string;
export declare function collectedObject(o: SharedObject): CollectedObject;
/** The deferred directives of each file, keyed as UnusedJudgement.only wants them. */
export declare function deferredByFile(shares: readonly Share[]): Map<string, Set<string>>;
