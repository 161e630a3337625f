import type { ActiveRule } from './resolved.js';
import type { AnyRule } from '../types/rule.js';
import type { Level } from '../types/finding.js';
/** A configuration problem: names the file, the key and what is allowed (exit 2). */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly key: string;
    constructor(file: string, key: string, detail: string);
}
export declare const CONFIG_FILE_NAMES: readonly [".daemonlint.yaml", ".daemonlint.yml"];
export declare const PRESETS: readonly ["recommended", "strict", "all"];
export declare const LEVELS: readonly Level[];
export declare const TOP_LEVEL_KEYS: readonly ["extends", "rules", "kubeVersion", "requireReason", "ignore", "exclude", "baseline", "plugins", "policies", "maxFileSize", "ruleTimeout", "nodes"];
export declare const EXCLUDE_KEYS: readonly ["rules", "objects", "reason"];
/** Rules the engine itself reports, configurable like rules but with no module of their own. */
export declare const ENGINE_RULES: {
    readonly 'yaml-syntax': "error";
    readonly 'unused-suppression': "warning";
    readonly 'duplicate-key': "warning";
    readonly 'content-after-end': "warning";
    readonly 'helm-template': "warning";
};
export interface RuleSetting {
    level: Level;
    options?: Record<string, unknown>;
}
/** The configuration as written, checked for shape; rule ids and options are checked against the rules. */
/** Findings of some rules on some objects accepted by configuration, with the reason. */
export interface ExcludeEntry {
    /** Rule ids; empty means every rule. */
    rules: string[];
    /** `namespace/name` patterns; `*` matches any run of characters. */
    objects: string[];
    reason?: string;
}
export interface Config {
    file?: string;
    extends: (typeof PRESETS)[number];
    kubeVersion?: string;
    rules: Record<string, RuleSetting>;
    /** Suppressions must give a reason to count (default true). */
    requireReason: boolean;
    /** Path globs (relative to the config file's directory) that are not linted at all. */
    ignore: string[];
    exclude: ExcludeEntry[];
    /** Baseline file (relative to the config file's directory). */
    baseline?: string;
    /** Rule plugins: paths relative to the config file, or package names. */
    plugins: string[];
    /**
     * Files, directories or globs (relative to the config file) read with every run for the
     * admission-policy rule: the cluster's ValidatingAdmissionPolicies, their bindings, Namespaces
     * and param objects. Linted like the inputs; the config's ignore globs do not apply to them.
     */
    policies?: string[];
    /** The largest input read, in bytes (`64MiB` in the file); larger inputs are a yaml-syntax finding. */
    maxFileSize?: number;
    /** How long one call into a plugin's code may take, in milliseconds; past it the run stops (exit 2). */
    ruleTimeout?: number;
    /** Node inventory files (relative to the config file's directory): `kubectl get nodes -o yaml` output or NodePool entries. */
    nodes?: string[];
}
export declare function defaultConfig(): Config;
/** Finds `.daemonlint.yaml` in `cwd` or the nearest directory above it. */
export declare function findConfigFile(cwd: string): string | undefined;
/** A configuration file is small: this bounds what a repository's `.daemonlint.yaml` can make a run read. */
export declare const MAX_CONFIG_SIZE: number;
export declare function loadConfigFile(file: string, shownAs?: string): Config;
/** The text of a configuration file: a regular file of at most MAX_CONFIG_SIZE bytes, in UTF-8. */
export declare function readConfigText(file: string, shownAs?: string): string;
export declare function parseConfig(raw: unknown, file: string, source?: string): Config;
/**
 * A configuration given as a value (the library's `config` option) rather than read from a file:
 * written as in `.daemonlint.yaml` (`{ rules: { probes: 'off' } }`, `[level, {options}]`) or in
 * the shape `Config` describes (`{ level, options }`), any setting left out taking its default,
 * and checked as a file is: a mistake is a ConfigError, never a setting silently left out.
 */
export declare function configFromValue(value: unknown): Config;
/** Other names of levels, as ESLint spells them. */
export declare const LEVEL_ALIASES: Record<string, Level>;
export declare function parseLevel(value: unknown, file: string, key: string): Level;
export declare function normalizeKubeVersion(version: string): string;
/**
 * Turns a configuration into the rules that run: the preset's rules at their default severity,
 * then the config's settings, then command-line overrides. Unknown ids and options that do not
 * fit a rule's schema are configuration errors.
 */
export declare function resolveRules(config: Config, rules: readonly AnyRule[], overrides?: Record<string, Level>): Promise<ActiveRule[]>;
/** The level of an engine-reported rule (`unused-suppression`) under a configuration. */
export declare function engineRuleLevel(config: Config, id: keyof typeof ENGINE_RULES, overrides?: Record<string, Level>): Level;
