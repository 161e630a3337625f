import path from 'node:path';
import { ConfigError, defaultConfig, engineRuleLevel, findConfigFile, loadConfigFile, normalizeKubeVersion, resolveRules, type Config } from '../config/config.js';
import { loadPlugins } from '../config/plugins.js';
import type { ActiveRule } from '../config/resolved.js';
import { withoutIgnored } from '../inputs/ignore.js';
import { displayPath } from '../inputs/load.js';
import { builtinRules } from '../rules/index.js';
import { defaultKubeVersion, unsupportedKubeVersion } from '../schema/validators.js';
import { UNUSED_SUPPRESSION } from '../suppress/apply.js';
import type { Level } from '../types/finding.js';
import type { AnyRule } from '../types/rule.js';

/** The configuration a run uses: the file given, else the nearest `.daemonlint.yaml`, else the defaults. */
export function loadConfig(configFile: string | false | undefined, cwd: string): Config {
  if (configFile === false) return defaultConfig();
  const file = configFile ?? findConfigFile(cwd);
  return file ? loadConfigFile(file, displayPath(file, cwd)) : defaultConfig();
}

/** The rules a configuration turns on: built-in (or given) rules plus its plugins' rules. */
export async function activeRulesFor(config: Config, cwd: string, overrides: Record<string, Level> = {}, base: readonly AnyRule[] = builtinRules): Promise<ActiveRule[]> {
  const plugins = config.plugins.length > 0 ? await loadPlugins(config.plugins, configDir(config, cwd), { ruleTimeout: config.ruleTimeout }) : [];
  return resolveRules(config, [...base, ...plugins.flatMap((p) => p.rules)], overrides);
}

/** Where the config's relative paths (ignore globs, baseline, plugins) start from. */
export function configDir(config: Config, cwd: string): string {
  return config.file ? path.dirname(path.resolve(cwd, config.file)) : cwd;
}

/** What `--print-config FILE` shows: the configuration that applies to that file, fully resolved. */
export async function effectiveConfig(
  file: string,
  cwd: string,
  configFile: string | false | undefined,
  overrides: Record<string, Level> = {},
  kubeVersion?: string,
): Promise<Record<string, unknown>> {
  const config = loadConfig(configFile ?? findConfigFile(path.dirname(file)) ?? false, cwd);
  const active = await activeRulesFor(config, cwd, overrides);
  const rules: Record<string, unknown> = {};
  for (const a of [...active].sort((x, y) => (x.rule.id < y.rule.id ? -1 : 1))) {
    rules[a.rule.id] = Object.keys(a.options as object).length > 0 ? [a.severity, a.options] : a.severity;
  }
  rules[UNUSED_SUPPRESSION] = engineRuleLevel(config, 'unused-suppression', overrides);
  rules['duplicate-key'] = engineRuleLevel(config, 'duplicate-key', overrides);
  rules['content-after-end'] = engineRuleLevel(config, 'content-after-end', overrides);
  rules['helm-template'] = engineRuleLevel(config, 'helm-template', overrides);
  const out: Record<string, unknown> = {
    file: displayPath(file, cwd),
    configFile: config.file ?? null,
    ignored: withoutIgnored([file], config.ignore, configDir(config, cwd)).length === 0,
    extends: config.extends,
    kubeVersion: checkKubeVersion(normalizeKubeVersion(kubeVersion ?? config.kubeVersion ?? defaultKubeVersion), kubeVersion !== undefined, config),
    requireReason: config.requireReason,
    rules,
  };
  if (config.plugins.length > 0) out.plugins = config.plugins;
  if (config.exclude.length > 0) out.exclude = config.exclude;
  if (config.baseline !== undefined) out.baseline = config.baseline;
  if (config.maxFileSize !== undefined) out.maxFileSize = config.maxFileSize;
  if (config.ruleTimeout !== undefined) out.ruleTimeout = config.ruleTimeout;
  return out;
}

/** The version a run targets, refused (exit 2, naming --kube-version or the config's key) when no bundled schema covers it. */
export function checkKubeVersion(version: string, fromFlag: boolean, config: Config): string {
  const problem = unsupportedKubeVersion(version);
  if (problem === undefined) return version;
  throw fromFlag ? new ConfigError('--kube-version', version, problem) : new ConfigError(config.file ?? '(defaults)', 'kubeVersion', problem);
}
