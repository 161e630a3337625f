import type { AnyRule } from '../types/rule.js';
import { type Config } from '../config/config.js';
import { type RuleFailure } from './lint-file.js';
import { SourceFile } from '../yaml/source-file.js';
import type { Level, LintResult, RuleInfo } from '../types/finding.js';
export interface LintOptions {
    /** Files, directories, globs, or `-` for standard input. */
    patterns?: readonly string[];
    /** In-memory inputs, linted as if they were files at these paths. */
    texts?: readonly {
        path: string;
        text: string;
    }[];
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
    readStdin?: () => Promise<string>;
    rules?: readonly AnyRule[];
    /** Threads to lint large inputs with (default: one less than the machine's cores, at most 4). */
    concurrency?: number;
    /** The bundled worker script, for parallel runs (the CLI passes it). */
    workerUrl?: URL;
    /** A Helm chart directory: findings in `helm template` output are also located in their templates. */
    chartDir?: string;
    /** A baseline file whose findings are left out (default: the config's `baseline`); `false` for none. */
    baselineFile?: string | false;
    /** Compute fixes (the caller decides whether to write them); `rules` limits them to those ids. */
    fix?: {
        rules?: ReadonlySet<string>;
    };
    /**
     * Give fixable findings their edit (`finding.fix`; default true). Reports that never show a fix
     * (json, github, junit, gitlab) turn it off: finding each edit's place costs a tenth of a large run.
     */
    fixEdits?: boolean;
}
/** What fixing did to one file. */
export interface FileFix {
    source: SourceFile;
    /** The fixed text (with its BOM, if the file had one). */
    output: string;
    fixed: number;
    /** Why the fixed text was rejected (then `output` is the original). */
    failure?: string;
}
export declare const MAX_DEFAULT_CONCURRENCY = 4;
/**
 * One thread less than the machine has: V8 already runs garbage collection and compilation on
 * another core, and on two cores a worker measured slower than one thread (0.68 s against
 * 0.64 s for 2,000 DaemonSets).
 */
export declare function defaultConcurrency(): number;
export interface LintRun extends LintResult {
    sources: SourceFile[];
    config: Config;
    /** Per file, when fixes were asked for. */
    fixes: FileFix[];
    /** Rules that threw (the run went on without them for that object); the CLI exits 2. */
    ruleFailures: RuleFailure[];
}
export declare function lint(options?: LintOptions): Promise<LintRun>;
/** What `--print-config FILE` shows: the configuration that applies to that file, fully resolved. */
export declare function effectiveConfig(file: string, cwd: string, configFile: string | false | undefined, overrides?: Record<string, Level>, kubeVersion?: string): Promise<Record<string, unknown>>;
export declare function ruleInfo(rule: AnyRule): RuleInfo;
export declare const yamlSyntaxInfo: RuleInfo;
