import { type Config } from '../config/config.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { type Shard } from '../inputs/shard.js';
import { type BaselineOutcome } from '../suppress/baseline.js';
import type { CheckedObject, Finding, Level, LintResult } from '../types/finding.js';
import type { AnyRule } from '../types/rule.js';
import type { Inventory } from '../types/inventory.js';
import { SourceFile } from '../yaml/source-file.js';
import { type LintCache } from './lint-context.js';
import type { RuleFailure } from './lint-document.js';
import { type FileResult } from './lint-file.js';
import { type Share } from './share.js';
export interface LintOptions {
    /** Files, directories, globs, or `-` for standard input. */
    patterns?: readonly string[];
    /** In-memory inputs, linted as if they were files at these paths. */
    texts?: readonly {
        path: string;
        text: string;
    }[];
    /**
     * Files that the rules across the input (selector-overlap, hostport-conflict) compare the inputs
     * with, without reporting on them: the rest of a workspace, for an editor that lints the file
     * being edited (`texts`) against the files around it. The inputs come after the context, so a
     * finding about a pair of objects (which such rules report on the later one) is about the
     * input's object. A path that is also an input is left out.
     */
    context?: readonly {
        path: string;
        text: string;
    }[];
    /** Keeps what `context` files yielded from one run to the next (see LintCache). */
    cache?: LintCache;
    cwd?: string;
    /** A config file to use instead of searching for `.daemonlint.yaml`; `false` uses no file. */
    configFile?: string | false;
    /** A configuration object, used instead of any file. */
    config?: Config;
    /** `--rule id=level` overrides. */
    ruleOverrides?: Record<string, Level>;
    kubeVersion?: string;
    /** The run's clock, for justification expiry. */
    now?: Date;
    /** Standard input's bytes (decoded as files are) or text; by default process.stdin is read. */
    readStdin?: () => Promise<string | Uint8Array>;
    /** The largest input read, in bytes (default: the config's `maxFileSize`, else 64 MiB); larger ones are a finding. */
    maxFileSize?: number;
    /**
     * A pattern, directory or path that yields no file, empty standard input, or no input at all
     * left to lint is an InputError (default true, as ESLint's `--no-error-on-unmatched-pattern` turns off).
     */
    errorOnUnmatchedPattern?: boolean;
    /** The path standard input stands for (`--stdin-filename`): findings, SARIF and baselines name it instead of `<stdin>`. Never written to. */
    stdinFilename?: string;
    rules?: readonly AnyRule[];
    /** Threads to lint large inputs with (default: one less than the machine's cores, at most 4). */
    concurrency?: number;
    /** The bundled worker script, for parallel runs (the CLI passes it). */
    workerUrl?: URL;
    /** A Helm chart directory: findings in `helm template` output are also located in their templates. */
    chartDir?: string;
    /** A baseline file whose findings are left out (default: the config's `baseline`); `false` for none. */
    baselineFile?: string | false;
    /**
     * Compute fixes (the caller decides whether to write them); `rules` limits them to those ids;
     * `unsafe` applies unsafe fixes too (ruff's `--unsafe-fixes`), where by default only safe ones are.
     */
    fix?: {
        rules?: ReadonlySet<string>;
        unsafe?: boolean;
    };
    /**
     * Unsafe fixes are enabled for this run (`--unsafe-fixes`), so reports count them among the
     * fixable ones instead of as hidden; implied by `fix.unsafe`.
     */
    unsafeFixes?: boolean;
    /**
     * Node inventory files (`--nodes`), relative to `cwd`: used instead of the config's `nodes:`.
     * Rules that need an inventory (node-coverage, node-fit) run only when there is one.
     */
    nodes?: readonly string[];
    /** An inventory already read (inventory/load.ts), used instead of any files. */
    inventory?: Inventory;
    /**
     * With an inventory, compute `coverage` (default true). Reports that do not show it (all but
     * json and coverage) turn it off: for 5,000 nodes it lists every node each DaemonSet misses.
     */
    coverage?: boolean;
    /**
     * Give fixable findings their edit (`finding.fix`; default true). Reports that never show a fix
     * (json, github, junit, gitlab) turn it off: finding each edit's place costs a tenth of a large run.
     */
    fixEdits?: boolean;
    /** Lint only this share of the input files (`--shard k/n`; see inputs/shard.ts); `texts` are always linted. */
    shard?: Shard;
    /**
     * This run is one share of a sharded run that `daemonlint merge` completes (`--collect-out`):
     * the rules across the input only collect (the merge runs them over every share's objects), the
     * baseline is left to the merge (its counts span shares), and the result carries the `share`.
     */
    collect?: boolean;
}
/** What fixing did to one file. */
export interface FileFix {
    source: SourceFile;
    /** The fixed text (with its BOM, if the file had one). */
    output: string;
    fixed: number;
    /** Why the fixed text was rejected (then `output` is the original). */
    failure?: string;
    /** Fixes left out (each with why) while the file's others were applied. */
    skipped: {
        finding: Finding;
        reason: string;
    }[];
}
export interface LintRun extends LintResult {
    sources: SourceFile[];
    config: Config;
    /** Per file, when fixes were asked for. */
    fixes: FileFix[];
    /** Rules that threw (the run went on without them for that object); the CLI exits 2. */
    ruleFailures: RuleFailure[];
    /** With `collect`: what `daemonlint merge` needs of this share. */
    share?: Share;
    /** The node inventory of the run, when one was given. */
    inventory?: Inventory;
}
/**
 * Lints these inputs: the one entry point of a run, for the CLI, the Action and the library.
 * Stages, in order: configuration and rules (configure.ts), the inputs (inputs/), every document
 * of every file (lint-file.ts, on threads for large inputs: speed/), rules across the input
 * (across-input.ts), suppressions and Helm template names (suppress/, inputs/helm.ts), the
 * baseline. With `fix`, each file goes through the fix loop (fix-file.ts) instead.
 */
export declare function lint(options?: LintOptions): Promise<LintRun>;
/**
 * The files a run reads, in order (`allFiles`), and of those the ones this run lints (`files`: its
 * share, with `--shard`). `texts`: how many in-memory inputs come besides them.
 */
export declare function inputFiles(options: Pick<LintOptions, 'patterns' | 'shard' | 'errorOnUnmatchedPattern'>, config: Config, cwd: string, texts: number): Promise<{
    allFiles: string[];
    files: string[];
    skippedTemplates: string[];
}>;
/** The config's `policies:` paths (admission policies read with every run), relative to the config file. */
export declare function policyFiles(config: Config, cwd: string): Promise<string[]>;
/** What a run is set up with, for lint() and for `daemonlint merge`: the configuration, its rules (not yet prepared), the settings. */
export declare function prepareRun(options: Pick<LintOptions, 'cwd' | 'config' | 'configFile' | 'ruleOverrides' | 'rules' | 'kubeVersion' | 'now' | 'fix' | 'fixEdits' | 'nodes' | 'inventory'>): Promise<{
    cwd: string;
    config: Config;
    active: ActiveRule[];
    settings: RunSettings;
    inventory?: Inventory;
}>;
/**
 * What kept an input's bytes from being text Kubernetes reads (not UTF-8, a NUL byte, UTF-32,
 * over the size limit: inputs/decode.ts) is a yaml-syntax error at that place, so that such a
 * file never passes clean; the parser's own finding at the same place gives way to it.
 */
export declare function addReadProblems(results: Pick<FileResult, 'findings'>[], sources: readonly SourceFile[]): void;
/** Each finding's Helm template (its document's `# Source:`), and quoted text bounded as reports show it. */
export declare function finishFindings(source: SourceFile, findings: readonly Finding[]): void;
/** The checked DaemonSets with their names bounded as reports show them. */
export declare function boundChecked(checked: readonly CheckedObject[]): CheckedObject[];
/** The baseline file a run applies: `--baseline`, else the config's `baseline`; none with `false`. */
export declare function baselinePath(options: Pick<LintOptions, 'baselineFile'>, config: Config, cwd: string): string | undefined;
export declare function baselineFor(options: Pick<LintOptions, 'baselineFile'>, config: Config, cwd: string, findings: Finding[]): Promise<BaselineOutcome | undefined>;
