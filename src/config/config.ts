import { existsSync } from 'node:fs';
import path from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import type { ActiveRule } from './resolved.js';
import type { AnyRule } from '../types/rule.js';
import { presetSetting } from './presets.js';
import type { Level } from '../types/finding.js';
import { compileGlob, compileWildcard, PatternError } from '../types/patterns.js';
import { formatBytes, formatSize, parseSize, readLimited } from '../types/read-limited.js';
import { describeError } from '../types/errors.js';
import { didYouMean } from '../types/suggest.js';
import { isPlaceholderReason } from '../types/placeholder-reason.js';
import { bounded } from '../types/bounded-text.js';
import { setOwn } from '../types/own-key.js';

/** A configuration problem: names the file, the key and what is allowed (exit 2). */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
  ) {
    super(`${file}: ${key}: ${detail}`);
  }
}

export const CONFIG_FILE_NAMES = ['.daemonlint.yaml', '.daemonlint.yml'] as const;
export const PRESETS = ['recommended', 'strict', 'all'] as const;
export const LEVELS: readonly Level[] = ['off', 'info', 'warning', 'error'];
export const TOP_LEVEL_KEYS = ['extends', 'rules', 'kubeVersion', 'requireReason', 'ignore', 'exclude', 'baseline', 'plugins', 'policies', 'maxFileSize', 'ruleTimeout', 'nodes'] as const;
export const EXCLUDE_KEYS = ['rules', 'objects', 'reason'] as const;

/** Rules the engine itself reports, configurable like rules but with no module of their own. */
export const ENGINE_RULES = { 'yaml-syntax': 'error', 'unused-suppression': 'warning', 'duplicate-key': 'warning', 'content-after-end': 'warning', 'helm-template': 'warning' } as const;

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

export function defaultConfig(): Config {
  return { extends: 'recommended', rules: {}, requireReason: true, ignore: [], exclude: [], plugins: [] };
}

/** Finds `.daemonlint.yaml` in `cwd` or the nearest directory above it. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** A configuration file is small: this bounds what a repository's `.daemonlint.yaml` can make a run read. */
export const MAX_CONFIG_SIZE = 1024 * 1024;

export function loadConfigFile(file: string, shownAs: string = file): Config {
  const text = readConfigText(file, shownAs);
  let raw: unknown;
  try {
    // YAML 1.2 on purpose: in a config, `probes: off` means the level "off", not false.
    // A file of only comments (or nothing) is an empty configuration.
    raw = onlyComments(text) ? {} : load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new ConfigError(shownAs, '(file)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseConfig(raw, shownAs, text);
}

/** The text of a configuration file: a regular file of at most MAX_CONFIG_SIZE bytes, in UTF-8. */
export function readConfigText(file: string, shownAs: string = file): string {
  let read;
  try {
    read = readLimited(file, MAX_CONFIG_SIZE, { regularOnly: true });
  } catch (error) {
    throw new ConfigError(shownAs, '(file)', `cannot be read (${describeError(error)})`);
  }
  if (read.notRegular) throw new ConfigError(shownAs, '(file)', `is ${read.notRegular}, not a regular file`);
  if (read.tooLarge) throw new ConfigError(shownAs, '(file)', `is ${formatBytes(read.size)}, more than the ${formatSize(MAX_CONFIG_SIZE)} a configuration may be`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    throw new ConfigError(shownAs, '(file)', 'is not UTF-8 text');
  }
}

function onlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line));
}

/**
 * `kubeVersion: 1.30` is the float 1.3 to YAML: the version is what the file says, so it is read
 * from the text of the top-level key. Without the text (a config passed as a value), or in a
 * form this cannot find, a number that does not round-trip is refused with how to write it.
 */
function numberAsWritten(value: number, source: string | undefined, file: string): string {
  const written = source === undefined ? undefined : /^kubeVersion[ \t]*:[ \t]*([0-9][0-9.]*)[ \t]*(?:#.*)?$/m.exec(source)?.[1];
  if (written !== undefined && Number(written) === value) return written;
  const text = String(value);
  if (/^\d+\.\d\d$/.test(text) || !Number.isInteger(value * 10)) return text;
  throw new ConfigError(file, 'kubeVersion', `${text} is read as a number; quote the version, such as "1.30"`);
}

export function parseConfig(raw: unknown, file: string, source?: string): Config {
  if (raw === null || raw === undefined) return { ...defaultConfig(), file };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, '(root)', 'must be a mapping of settings');
  const config: Config = { ...defaultConfig(), file };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'extends':
        if (!PRESETS.includes(value as Config['extends'])) {
          throw new ConfigError(file, 'extends', `${JSON.stringify(value)} is not a preset${didYouMean(String(value), PRESETS)}; allowed: ${PRESETS.join(', ')}`);
        }
        config.extends = value as Config['extends'];
        break;
      case 'kubeVersion':
        if (typeof value !== 'string' && typeof value !== 'number') {
          throw new ConfigError(file, 'kubeVersion', 'must be a Kubernetes minor version such as "1.36"');
        }
        config.kubeVersion = normalizeKubeVersion(typeof value === 'number' ? numberAsWritten(value, source, file) : value);
        break;
      case 'requireReason':
        if (typeof value !== 'boolean') throw new ConfigError(file, 'requireReason', `must be true or false, got ${JSON.stringify(value)}`);
        config.requireReason = value;
        break;
      case 'ignore':
        config.ignore = stringList(value, file, 'ignore', 'a list of path globs such as "charts/**/templates/*.yaml"');
        config.ignore.forEach((glob, i) => checkPattern(compileGlob, glob, file, `ignore[${i}]`));
        break;
      case 'plugins':
        config.plugins = stringList(value, file, 'plugins', 'a list of plugin paths (./policy/rules.js) or package names');
        break;
      case 'policies':
        config.policies = stringList(value, file, 'policies', 'a list of files, directories or globs of admission policies such as "cluster/policies/"');
        break;
      case 'nodes':
        config.nodes = typeof value === 'string' && value !== '' ? [value] : stringList(value, file, 'nodes', 'a node inventory file, or a list of them (kubectl get nodes -o yaml output, NodePool entries)');
        break;
      case 'baseline':
        if (typeof value !== 'string' || value === '') throw new ConfigError(file, 'baseline', 'must be the path of a baseline file');
        config.baseline = value;
        break;
      case 'maxFileSize': {
        const bytes = typeof value === 'string' || typeof value === 'number' ? parseSize(value) : undefined;
        if (bytes === undefined) throw new ConfigError(file, 'maxFileSize', `${JSON.stringify(value)} is not a size; write bytes (1048576) or a size such as "64MiB" or "500KB"`);
        config.maxFileSize = bytes;
        break;
      }
      case 'ruleTimeout':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
          throw new ConfigError(file, 'ruleTimeout', `${JSON.stringify(value)} is not a time; write milliseconds, a whole number such as 10000`);
        }
        config.ruleTimeout = value;
        break;
      case 'exclude':
        if (!Array.isArray(value)) throw new ConfigError(file, 'exclude', 'must be a list of {rules, objects, reason} entries');
        config.exclude = value.map((entry, i) => parseExclude(entry, file, `exclude[${i}]`));
        break;
      case 'rules':
        // `rules:` with every entry commented out (as `daemonlint init` writes it) is empty, not wrong.
        if (value === null) break;
        if (typeof value !== 'object' || Array.isArray(value)) {
          throw new ConfigError(file, 'rules', 'must be a mapping of rule id to level or [level, options]');
        }
        // setOwn: `__proto__` is a rule id like any other here (an unknown one), not the object's prototype.
        for (const [id, setting] of Object.entries(value)) setOwn(config.rules, id, parseRuleSetting(setting, file, `rules.${id}`));
        break;
      default:
        throw new ConfigError(file, key, `unknown setting${didYouMean(key, TOP_LEVEL_KEYS)}; allowed: ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }
  if (config.requireReason) {
    const i = config.exclude.findIndex((e) => e.reason === undefined || e.reason.trim() === '');
    if (i !== -1) throw new ConfigError(file, `exclude[${i}].reason`, 'is required while requireReason is on: say why these findings are accepted');
    const p = config.exclude.findIndex((e) => isPlaceholderReason(e.reason!));
    if (p !== -1) throw new ConfigError(file, `exclude[${p}].reason`, `${JSON.stringify(bounded(config.exclude[p].reason!.trim()))} is a placeholder while requireReason is on: say why these findings are accepted`);
  }
  return config;
}

/**
 * A configuration given as a value (the library's `config` option) rather than read from a file:
 * written as in `.daemonlint.yaml` (`{ rules: { probes: 'off' } }`, `[level, {options}]`) or in
 * the shape `Config` describes (`{ level, options }`), any setting left out taking its default,
 * and checked as a file is: a mistake is a ConfigError, never a setting silently left out.
 */
export function configFromValue(value: unknown): Config {
  const name = 'the config option';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(name, '(root)', 'must be an object of settings');
  const { file, rules, ...rest } = value as Record<string, unknown>;
  const raw: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    raw.rules = Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => {
        if (typeof setting !== 'object' || setting === null || Array.isArray(setting) || !('level' in setting)) return [id, setting];
        const { level, options } = setting as RuleSetting;
        return [id, options === undefined ? level : [level, options]];
      }),
    );
  } else if (rules !== undefined) {
    raw.rules = rules;
  }
  const config = parseConfig(raw, typeof file === 'string' ? file : name);
  if (typeof file === 'string') config.file = file;
  else delete config.file;
  return config;
}

/** A pattern is compiled when the config is read, so a bad one is a configuration error naming its key. */
function checkPattern(compile: (pattern: string) => unknown, pattern: string, file: string, key: string): void {
  try {
    compile(pattern);
  } catch (error) {
    if (error instanceof PatternError) throw new ConfigError(file, key, error.message);
    throw error;
  }
}

function stringList(value: unknown, file: string, key: string, what: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) throw new ConfigError(file, key, `must be ${what}`);
  return value as string[];
}

function parseExclude(entry: unknown, file: string, key: string): ExcludeEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ConfigError(file, key, 'must be a mapping with rules, objects and reason');
  for (const k of Object.keys(entry)) {
    if (!(EXCLUDE_KEYS as readonly string[]).includes(k)) throw new ConfigError(file, `${key}.${k}`, `unknown setting${didYouMean(k, EXCLUDE_KEYS)}; allowed: ${EXCLUDE_KEYS.join(', ')}`);
  }
  const e = entry as Record<string, unknown>;
  const out: ExcludeEntry = {
    rules: e.rules === undefined ? [] : stringList(e.rules, file, `${key}.rules`, 'a list of rule ids'),
    objects: stringList(e.objects, file, `${key}.objects`, 'a list of "namespace/name" patterns such as "kube-system/*"'),
  };
  out.objects.forEach((pattern, i) => checkPattern(compileWildcard, pattern, file, `${key}.objects[${i}]`));
  if (e.reason !== undefined) {
    if (typeof e.reason !== 'string') throw new ConfigError(file, `${key}.reason`, 'must be text');
    out.reason = e.reason;
  }
  return out;
}

function parseRuleSetting(value: unknown, file: string, key: string): RuleSetting {
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) throw new ConfigError(file, key, 'must be a level or [level, {options}]');
    const options = value[1];
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
      throw new ConfigError(file, key, 'options (the second item) must be a mapping');
    }
    return { level: parseLevel(value[0], file, key), options: options as Record<string, unknown> | undefined };
  }
  return { level: parseLevel(value, file, key) };
}

/** Other names of levels, as ESLint spells them. */
export const LEVEL_ALIASES: Record<string, Level> = { warn: 'warning' };

export function parseLevel(value: unknown, file: string, key: string): Level {
  if (value === false) return 'off';
  if (LEVELS.includes(value as Level)) return value as Level;
  if (typeof value === 'string' && Object.hasOwn(LEVEL_ALIASES, value)) return LEVEL_ALIASES[value];
  const hint = typeof value === 'string' ? didYouMean(value, [...LEVELS, ...Object.keys(LEVEL_ALIASES)]) : '';
  throw new ConfigError(file, key, `${JSON.stringify(value)} is not a level${hint}; allowed: ${LEVELS.join(', ')} (or warn)`);
}

export function normalizeKubeVersion(version: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : version.trim();
}

/**
 * Turns a configuration into the rules that run: the preset's rules at their default severity,
 * then the config's settings, then command-line overrides. Unknown ids and options that do not
 * fit a rule's schema are configuration errors.
 */
export async function resolveRules(
  config: Config,
  rules: readonly AnyRule[],
  overrides: Record<string, Level> = {},
): Promise<ActiveRule[]> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const file = config.file ?? '(defaults)';
  const known = (): string => [...byId.keys(), ...Object.keys(ENGINE_RULES)].sort().join(', ');
  const ids = (): string[] => [...byId.keys(), ...Object.keys(ENGINE_RULES)];
  // Own keys only: `constructor` or `toString` are no rules.
  const isRule = (id: string): boolean => byId.has(id) || Object.hasOwn(ENGINE_RULES, id);
  for (const id of Object.keys(config.rules)) {
    if (!isRule(id)) throw new ConfigError(file, `rules.${id}`, `unknown rule${didYouMean(id, ids())}; known rules: ${known()}`);
  }
  // An exclude entry naming no rule that runs or could run accepts nothing: a typo would leave findings it was meant to accept.
  config.exclude.forEach((entry, i) => {
    for (const id of entry.rules) {
      if (!isRule(id)) throw new ConfigError(file, `exclude[${i}].rules`, `${JSON.stringify(id)} is not a rule${didYouMean(id, ids())}; known rules: ${known()}`);
    }
  });
  for (const id of Object.keys(overrides)) {
    if (!isRule(id)) throw new ConfigError('--rule', id, `unknown rule${didYouMean(id, ids())}; known rules: ${known()}`);
  }
  if ((overrides['yaml-syntax'] ?? config.rules['yaml-syntax']?.level ?? 'error') === 'off') {
    throw new ConfigError(overrides['yaml-syntax'] ? '--rule' : file, 'yaml-syntax', 'cannot be switched off: nothing else can be said about a document that does not parse');
  }
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const preset = presetSetting(config.extends, rule);
    const level: Level = overrides[rule.id] ?? setting?.level ?? preset.level;
    if (level === 'off') continue;
    let options: unknown = { ...(rule.meta.defaultOptions as object), ...preset.options };
    if (setting?.options) {
      await validateOptions(rule, setting.options, file);
      options = { ...(options as object), ...setting.options };
    }
    const levelSet = overrides[rule.id] !== undefined || setting?.level !== undefined || config.extends === 'strict';
    active.push(levelSet ? { rule, severity: level, options, levelSet } : { rule, severity: level, options });
  }
  return active;
}

/** The level of an engine-reported rule (`unused-suppression`) under a configuration. */
export function engineRuleLevel(config: Config, id: keyof typeof ENGINE_RULES, overrides: Record<string, Level> = {}): Level {
  const level = overrides[id] ?? config.rules[id]?.level ?? ENGINE_RULES[id];
  return config.extends === 'strict' && level === 'warning' ? 'error' : level;
}

async function validateOptions(rule: AnyRule, options: Record<string, unknown>, file: string): Promise<void> {
  const key = `rules.${rule.id}`;
  if (!rule.meta.optionsSchema) {
    if (Object.keys(options).length > 0) throw new ConfigError(file, key, 'this rule takes no options');
    return;
  }
  // ajv is loaded only when a configuration sets options, so plain runs never pay for it.
  const ajvModule = await import('ajv');
  // ajv is CommonJS: bundlers expose its class as the default export, Node as a named one.
  const Ajv = (ajvModule.default as unknown as { Ajv?: typeof ajvModule.Ajv }).Ajv ?? ajvModule.Ajv;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(rule.meta.optionsSchema);
  if (validate(options)) return;
  const first = validate.errors?.[0];
  if (!first) throw new ConfigError(file, key, 'invalid options');
  const where = `${key}${first.instancePath.replace(/\//g, '.')}`;
  if (first.keyword === 'additionalProperties') {
    const extra = (first.params as { additionalProperty: string }).additionalProperty;
    const allowed = Object.keys((rule.meta.optionsSchema.properties as Record<string, unknown>) ?? {});
    throw new ConfigError(file, `${where}.${extra}`, `unknown option${didYouMean(extra, allowed)}; allowed: ${allowed.join(', ')}`);
  }
  throw new ConfigError(file, where, first.message ?? 'invalid value');
}
