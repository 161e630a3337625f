import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule, InputReportDescriptor, ReportDescriptor } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { DEFAULT_RULE_TIMEOUT, PluginError, PluginHost, type DescribedRule, type HostReply } from './plugin-host.js';
import { describeError } from '../types/errors.js';
import { formatBytes, formatSize, kindOf } from '../types/read-limited.js';

export { PluginError, PluginTimeoutError } from './plugin-host.js';

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
 *
 * Their code runs on a worker thread (plugin-host.ts), each call into it limited to `ruleTimeout`
 * milliseconds; the rules returned here call into that worker. The worker of one list of plugins
 * is kept for the process's later runs (an editor's language server lints again and again).
 */
export async function loadPlugins(specifiers: readonly string[], baseDir: string, options: { ruleTimeout?: number } = {}): Promise<LoadedPlugin[]> {
  const located = specifiers.map((specifier) => {
    const isPath = specifier.startsWith('.') || path.isAbsolute(specifier);
    let resolved: string;
    try {
      resolved = isPath ? path.resolve(baseDir, specifier) : createRequire(path.join(baseDir, 'noop.js')).resolve(specifier);
    } catch {
      throw new PluginError(`plugin "${specifier}": cannot be found from ${baseDir} (install the package, or give a path starting with ./)`);
    }
    checkPluginFile(resolved, specifier);
    return { specifier, isPath, url: pathToFileURL(resolved).href };
  });
  const timeout = options.ruleTimeout ?? DEFAULT_RULE_TIMEOUT;
  const host = hostFor(located, timeout);
  return located.map(({ specifier, isPath }, p) => {
    const described = host.plugins[p];
    const declared = described.declaredName;
    const name =
      typeof declared === 'string' && RULE_ID.test(declared)
        ? declared
        : isPath
          ? path.basename(specifier).replace(/\.[cm]?js$/, '')
          : specifier.replace(/^daemonlint-plugin-/, '');
    if (!described.isList) {
      throw new PluginError(`plugin "${specifier}": must export its rules as a list (export default [rule, ...] or export const rules = [...])`);
    }
    return { name, specifier, rules: described.rules.map((rule, i) => hostedRule(host, described.first + i, checkedRule(rule, name, specifier, i))) };
  });
}

/** Loaded plugins by what was loaded: the same plugins and budget share a worker across runs. */
const hosts = new Map<string, PluginHost>();

function hostFor(plugins: readonly { specifier: string; url: string }[], timeout: number): PluginHost {
  const key = JSON.stringify([plugins.map((p) => p.url), timeout]);
  const known = hosts.get(key);
  if (known && !known.isStopped) return known;
  const host = new PluginHost(plugins, timeout);
  hosts.set(key, host);
  return host;
}

/** A rule whose functions call the rule of the same index in the worker. */
function hostedRule(host: PluginHost, index: number, rule: CheckedRule): AnyRule {
  const failed = (reply: HostReply): void => {
    if (!reply.ok) throw new Error(reply.error ?? 'the rule failed');
  };
  const out: AnyRule = { id: rule.id, meta: rule.meta };
  if (rule.kinds.prepare === 'function') {
    out.prepare = async (settings) => failed(host.call({ op: 'prepare', rule: index, settings }, `rule ${rule.id}: prepare()`));
  }
  if (rule.kinds.check === 'function') {
    out.check = (daemonSet, context) => {
      const reply = host.call(
        { op: 'check', rule: index, daemonSet, options: context.options, object: context.object, now: context.now.getTime(), kubeVersion: context.kubeVersion },
        `rule ${rule.id}`,
      );
      for (const report of (reply.reports ?? []) as ReportDescriptor[]) context.report(report);
      failed(reply);
    };
  }
  if (rule.kinds.collect === 'function') {
    out.collect = (object, options) => {
      const reply = host.call({ op: 'collect', rule: index, object, options }, `rule ${rule.id}: collect()`);
      failed(reply);
      return reply.value;
    };
  }
  if (rule.kinds.checkAll === 'function') {
    out.checkAll = (objects, context) => {
      const reply = host.call({ op: 'checkAll', rule: index, objects, options: context.options, kubeVersion: context.kubeVersion }, `rule ${rule.id} on the whole input`);
      for (const report of (reply.reports ?? []) as (Omit<InputReportDescriptor, 'object' | 'related'> & { object: number; related?: { object: number; path: JsonPath; message: string }[] })[]) {
        // An object the rule was not given is reported as such by the engine.
        context.report({ ...report, object: objects[report.object] ?? { ref: {}, value: undefined, file: '', documentIndex: -1 }, related: report.related?.map((r) => ({ ...r, object: objects[r.object] })) });
      }
      failed(reply);
    };
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

interface CheckedRule {
  id: string;
  meta: AnyRule['meta'];
  kinds: DescribedRule['kinds'];
}

function checkedRule(rule: DescribedRule, plugin: string, specifier: string, index: number): CheckedRule {
  const where = (id: string) => `plugin "${specifier}", rule ${id}`;
  if (!rule.isObject) throw new PluginError(`plugin "${specifier}": rule #${index + 1} is not a rule object (use defineRule)`);
  const id = typeof rule.id === 'string' ? rule.id : `#${index + 1}`;
  if (!RULE_ID.test(id)) throw new PluginError(`${where(id)}: id must be lowercase words joined by hyphens`);
  if (rule.metaError !== undefined) throw new PluginError(`${where(id)}: meta must be plain data (${rule.metaError})`);
  const meta = rule.meta as Partial<AnyRule['meta']> | undefined;
  if (!meta || typeof meta !== 'object' || typeof meta.description !== 'string') throw new PluginError(`${where(id)}: meta.description is missing`);
  if (meta.severity !== 'error' && meta.severity !== 'warning' && meta.severity !== 'info') throw new PluginError(`${where(id)}: meta.severity must be "error", "warning" or "info"`);
  if (!meta.messages || typeof meta.messages !== 'object') throw new PluginError(`${where(id)}: meta.messages is missing`);
  for (const [messageId, template] of Object.entries(meta.messages)) {
    const ok = typeof template === 'string' || (typeof template === 'object' && template !== null && typeof template.message === 'string' && typeof template.help === 'string');
    if (!ok) throw new PluginError(`${where(id)}: meta.messages.${messageId} must be a string or { message, help } (two strings)`);
  }
  // A rule checks each DaemonSet (check), or the whole input (checkAll, with an optional collect step).
  const { kinds } = rule;
  if (kinds.check !== 'function' && kinds.checkAll !== 'function') throw new PluginError(`${where(id)}: check (or checkAll) must be a function`);
  for (const key of ['check', 'checkAll', 'collect', 'prepare'] as const) {
    if (kinds[key] !== 'undefined' && kinds[key] !== 'function') throw new PluginError(`${where(id)}: ${key} must be a function`);
  }
  if (kinds.collect === 'function' && kinds.checkAll !== 'function') throw new PluginError(`${where(id)}: collect is only for a rule with checkAll`);
  return { id: `${plugin}/${id}`, meta: { ...PLUGIN_META_DEFAULTS, ...meta } as AnyRule['meta'], kinds };
}
