import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, CORE_SCHEMA } from 'js-yaml';
import type { ActiveRule } from './config-types.js';
import type { AnyRule } from './rule.js';
import type { Level } from './types.js';

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
export const PRESETS = ['recommended'] as const;
const LEVELS: readonly Level[] = ['off', 'warning', 'error'];
const TOP_LEVEL_KEYS = ['extends', 'rules', 'kubeVersion'] as const;

export interface RuleSetting {
  level: Level;
  options?: Record<string, unknown>;
}

/** The configuration as written, checked for shape; rule ids and options are checked against the rules. */
export interface Config {
  file?: string;
  extends: (typeof PRESETS)[number];
  kubeVersion?: string;
  rules: Record<string, RuleSetting>;
}

export function defaultConfig(): Config {
  return { extends: 'recommended', rules: {} };
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

export function loadConfigFile(file: string, shownAs: string = file): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(shownAs, '(file)', `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  let raw: unknown;
  try {
    // YAML 1.2 on purpose: in a config, `probes: off` means the level "off", not false.
    raw = text.trim() === '' ? {} : load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new ConfigError(shownAs, '(file)', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return parseConfig(raw, shownAs);
}

export function parseConfig(raw: unknown, file: string): Config {
  if (raw === null || raw === undefined) return { ...defaultConfig(), file };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(file, '(root)', 'must be a mapping of settings');
  const config: Config = { ...defaultConfig(), file };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case 'extends':
        if (!PRESETS.includes(value as Config['extends'])) {
          throw new ConfigError(file, 'extends', `${JSON.stringify(value)} is not a preset; allowed: ${PRESETS.join(', ')}`);
        }
        config.extends = value as Config['extends'];
        break;
      case 'kubeVersion':
        if (typeof value !== 'string' && typeof value !== 'number') {
          throw new ConfigError(file, 'kubeVersion', 'must be a Kubernetes minor version such as "1.36"');
        }
        config.kubeVersion = normalizeKubeVersion(String(value));
        break;
      case 'rules':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          throw new ConfigError(file, 'rules', 'must be a mapping of rule id to level or [level, options]');
        }
        for (const [id, setting] of Object.entries(value)) config.rules[id] = parseRuleSetting(setting, file, `rules.${id}`);
        break;
      default:
        throw new ConfigError(file, key, `unknown setting; allowed: ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }
  return config;
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

export function parseLevel(value: unknown, file: string, key: string): Level {
  if (value === false) return 'off';
  if (LEVELS.includes(value as Level)) return value as Level;
  throw new ConfigError(file, key, `${JSON.stringify(value)} is not a level; allowed: ${LEVELS.join(', ')}`);
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
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) throw new ConfigError(file, `rules.${id}`, `unknown rule; known rules: ${[...byId.keys()].sort().join(', ')}`);
  }
  for (const id of Object.keys(overrides)) {
    if (!byId.has(id)) throw new ConfigError('--rule', id, `unknown rule; known rules: ${[...byId.keys()].sort().join(', ')}`);
  }
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const level: Level = overrides[rule.id] ?? setting?.level ?? rule.meta.severity;
    if (level === 'off') continue;
    let options: unknown = rule.meta.defaultOptions;
    if (setting?.options) {
      await validateOptions(rule, setting.options, file);
      options = { ...(rule.meta.defaultOptions as object), ...setting.options };
    }
    active.push({ rule, severity: level, options });
  }
  return active;
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
    throw new ConfigError(file, `${where}.${extra}`, `unknown option; allowed: ${allowed.join(', ')}`);
  }
  throw new ConfigError(file, where, first.message ?? 'invalid value');
}
