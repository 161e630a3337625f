import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule } from '../types/rule.js';
import { describeError } from '../types/errors.js';
import { formatBytes, formatSize, kindOf } from '../types/read-limited.js';

/** A plugin that cannot be used: named with what is wrong (exit 2). */
export class PluginError extends Error {}

export interface LoadedPlugin {
  name: string;
  specifier: string;
  rules: AnyRule[];
}

/**
 * Loads the plugins a configuration lists: a path (relative to the config file) or a package
 * name (resolved from the config file's directory). A plugin's default export (or its `rules`
 * export) is a list of rules made with `defineRule`; their ids become `<plugin>/<id>`, where the
 * plugin's name is its `name` export, or else the package name (without `daemonlint-plugin-`) or
 * the file's base name.
 */
export async function loadPlugins(specifiers: readonly string[], baseDir: string): Promise<LoadedPlugin[]> {
  const out: LoadedPlugin[] = [];
  for (const specifier of specifiers) {
    const isPath = specifier.startsWith('.') || path.isAbsolute(specifier);
    let resolved: string;
    try {
      resolved = isPath ? path.resolve(baseDir, specifier) : createRequire(path.join(baseDir, 'noop.js')).resolve(specifier);
    } catch {
      throw new PluginError(`plugin "${specifier}": cannot be found from ${baseDir} (install the package, or give a path starting with ./)`);
    }
    checkPluginFile(resolved, specifier);
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>;
    } catch (error) {
      throw new PluginError(`plugin "${specifier}": cannot be loaded: ${(error as Error).message}`);
    }
    const declared = (module.default as { name?: unknown } | undefined)?.name ?? module.name;
    const name =
      typeof declared === 'string' && RULE_ID.test(declared)
        ? declared
        : isPath
          ? path.basename(specifier).replace(/\.[cm]?js$/, '')
          : specifier.replace(/^daemonlint-plugin-/, '');
    const exported = (module.default as { rules?: unknown } | undefined)?.rules ?? module.rules ?? module.default;
    if (!Array.isArray(exported)) {
      throw new PluginError(`plugin "${specifier}": must export its rules as a list (export default [rule, ...] or export const rules = [...])`);
    }
    out.push({ name, specifier, rules: exported.map((rule, i) => checkedRule(rule, name, specifier, i)) });
  }
  return out;
}

/** A plugin's module: bounded like every file a repository's config makes a run read. */
export const MAX_PLUGIN_SIZE = 16 * 1024 * 1024;

/** A plugin must be a regular file of bounded size: a FIFO or /dev/zero would hang or exhaust the import. */
function checkPluginFile(file: string, specifier: string): void {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new PluginError(`plugin "${specifier}": cannot be read (${describeError(error)})`);
  }
  if (!stat.isFile()) throw new PluginError(`plugin "${specifier}": is ${kindOf(stat)}, not a regular file`);
  if (stat.size > MAX_PLUGIN_SIZE) throw new PluginError(`plugin "${specifier}": is ${formatBytes(stat.size)}, more than the ${formatSize(MAX_PLUGIN_SIZE)} a plugin may be`);
}

const RULE_ID = /^[a-z][a-z0-9-]*$/;
const PLUGIN_META_DEFAULTS: Partial<AnyRule['meta']> = { fixable: false, tags: [], defaultOptions: {} };

function checkedRule(rule: unknown, plugin: string, specifier: string, index: number): AnyRule {
  const where = (id: string) => `plugin "${specifier}", rule ${id}`;
  const r = rule as Partial<AnyRule> | undefined;
  if (!r || typeof r !== 'object') throw new PluginError(`plugin "${specifier}": rule #${index + 1} is not a rule object (use defineRule)`);
  const id = typeof r.id === 'string' ? r.id : `#${index + 1}`;
  if (!RULE_ID.test(id)) throw new PluginError(`${where(id)}: id must be lowercase words joined by hyphens`);
  const meta = r.meta;
  if (!meta || typeof meta.description !== 'string') throw new PluginError(`${where(id)}: meta.description is missing`);
  if (meta.severity !== 'error' && meta.severity !== 'warning' && meta.severity !== 'info') throw new PluginError(`${where(id)}: meta.severity must be "error", "warning" or "info"`);
  if (!meta.messages || typeof meta.messages !== 'object') throw new PluginError(`${where(id)}: meta.messages is missing`);
  for (const [messageId, template] of Object.entries(meta.messages)) {
    const ok = typeof template === 'string' || (typeof template === 'object' && template !== null && typeof template.message === 'string' && typeof template.help === 'string');
    if (!ok) throw new PluginError(`${where(id)}: meta.messages.${messageId} must be a string or { message, help } (two strings)`);
  }
  // A rule checks each DaemonSet (check), or the whole input (checkAll, with an optional collect step).
  if (typeof r.check !== 'function' && typeof r.checkAll !== 'function') throw new PluginError(`${where(id)}: check (or checkAll) must be a function`);
  for (const key of ['check', 'checkAll', 'collect'] as const) {
    if (r[key] !== undefined && typeof r[key] !== 'function') throw new PluginError(`${where(id)}: ${key} must be a function`);
  }
  if (r.collect !== undefined && r.checkAll === undefined) throw new PluginError(`${where(id)}: collect is only for a rule with checkAll`);
  const kinds = r.collectKinds;
  if (kinds !== undefined && kinds !== '*' && !(Array.isArray(kinds) && kinds.every((k) => typeof k === 'string'))) {
    throw new PluginError(`${where(id)}: collectKinds must be a list of kinds or "*"`);
  }
  return {
    ...(r as AnyRule),
    id: `${plugin}/${id}`,
    meta: { ...PLUGIN_META_DEFAULTS, ...(meta as Partial<AnyRule['meta']>) } as AnyRule['meta'],
  };
}
