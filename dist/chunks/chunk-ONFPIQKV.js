import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  HOMEPAGE,
  VERSION
} from "./chunk-LLXENIQX.js";
import {
  CONTENT_AFTER_END,
  CORE_SCHEMA,
  DUPLICATE_KEY,
  MAX_TEXT,
  SourceFile,
  UNUSED_SUPPRESSION,
  YAML_SYNTAX,
  applySuppressions,
  boundFinding,
  bounded,
  boundedRef,
  builtinRules,
  compareFindings,
  defaultKubeVersion,
  directiveKey,
  findingSeverity,
  lintShare,
  load,
  loadLenientReader,
  parseFile,
  prepareRules,
  rangeOf,
  renderHelp,
  renderMessage,
  runRulesOnFile,
  schemaVersionFor,
  unsupportedMessage
} from "./chunk-H2ONL7R6.js";

// src/config/config.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/config/presets.ts
function presetSetting(preset, rule) {
  const inRecommended = rule.meta.recommended !== false;
  switch (preset) {
    case "recommended":
      return { level: inRecommended ? rule.meta.severity : "off" };
    case "all":
      return { level: rule.meta.severity };
    case "strict":
      return { level: "error", options: STRICT_OPTIONS[rule.id] };
  }
}
var STRICT_OPTIONS = {
  "image-pinned": { requireDigest: true },
  // A readinessProbe is what gates a DaemonSet's rolling update.
  probes: { require: ["readiness"] },
  "pod-security": { level: "restricted" }
};

// src/config/config.ts
var ConfigError = class extends Error {
  constructor(file, key, detail) {
    super(`${file}: ${key}: ${detail}`);
    this.file = file;
    this.key = key;
  }
  file;
  key;
};
var CONFIG_FILE_NAMES = [".daemonlint.yaml", ".daemonlint.yml"];
var PRESETS = ["recommended", "strict", "all"];
var LEVELS = ["off", "info", "warning", "error"];
var TOP_LEVEL_KEYS = ["extends", "rules", "kubeVersion", "requireReason", "ignore", "exclude", "baseline", "plugins", "policies"];
var EXCLUDE_KEYS = ["rules", "objects", "reason"];
var ENGINE_RULES = { "yaml-syntax": "error", "unused-suppression": "warning", "duplicate-key": "warning", "content-after-end": "warning" };
function defaultConfig() {
  return { extends: "recommended", rules: {}, requireReason: true, ignore: [], exclude: [], plugins: [] };
}
function findConfigFile(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return void 0;
  }
}
function loadConfigFile(file, shownAs = file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(shownAs, "(file)", `cannot be read (${error.code ?? error})`);
  }
  let raw;
  try {
    raw = text.trim() === "" ? {} : load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new ConfigError(shownAs, "(file)", `is not valid YAML: ${error.message.split("\n")[0]}`);
  }
  return parseConfig(raw, shownAs);
}
function parseConfig(raw, file) {
  if (raw === null || raw === void 0) return { ...defaultConfig(), file };
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError(file, "(root)", "must be a mapping of settings");
  const config = { ...defaultConfig(), file };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "extends":
        if (!PRESETS.includes(value)) {
          throw new ConfigError(file, "extends", `${JSON.stringify(value)} is not a preset; allowed: ${PRESETS.join(", ")}`);
        }
        config.extends = value;
        break;
      case "kubeVersion":
        if (typeof value !== "string" && typeof value !== "number") {
          throw new ConfigError(file, "kubeVersion", 'must be a Kubernetes minor version such as "1.36"');
        }
        config.kubeVersion = normalizeKubeVersion(String(value));
        break;
      case "requireReason":
        if (typeof value !== "boolean") throw new ConfigError(file, "requireReason", `must be true or false, got ${JSON.stringify(value)}`);
        config.requireReason = value;
        break;
      case "ignore":
        config.ignore = stringList(value, file, "ignore", 'a list of path globs such as "charts/**/templates/*.yaml"');
        break;
      case "plugins":
        config.plugins = stringList(value, file, "plugins", "a list of plugin paths (./policy/rules.js) or package names");
        break;
      case "policies":
        config.policies = stringList(value, file, "policies", 'a list of files, directories or globs of admission policies such as "cluster/policies/"');
        break;
      case "baseline":
        if (typeof value !== "string" || value === "") throw new ConfigError(file, "baseline", "must be the path of a baseline file");
        config.baseline = value;
        break;
      case "exclude":
        if (!Array.isArray(value)) throw new ConfigError(file, "exclude", "must be a list of {rules, objects, reason} entries");
        config.exclude = value.map((entry, i) => parseExclude(entry, file, `exclude[${i}]`));
        break;
      case "rules":
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          throw new ConfigError(file, "rules", "must be a mapping of rule id to level or [level, options]");
        }
        for (const [id, setting] of Object.entries(value)) config.rules[id] = parseRuleSetting(setting, file, `rules.${id}`);
        break;
      default:
        throw new ConfigError(file, key, `unknown setting; allowed: ${TOP_LEVEL_KEYS.join(", ")}`);
    }
  }
  if (config.requireReason) {
    const i = config.exclude.findIndex((e) => e.reason === void 0 || e.reason.trim() === "");
    if (i !== -1) throw new ConfigError(file, `exclude[${i}].reason`, "is required while requireReason is on: say why these findings are accepted");
  }
  return config;
}
function stringList(value, file, key, what) {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) throw new ConfigError(file, key, `must be ${what}`);
  return value;
}
function parseExclude(entry, file, key) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new ConfigError(file, key, "must be a mapping with rules, objects and reason");
  for (const k of Object.keys(entry)) {
    if (!EXCLUDE_KEYS.includes(k)) throw new ConfigError(file, `${key}.${k}`, `unknown setting; allowed: ${EXCLUDE_KEYS.join(", ")}`);
  }
  const e = entry;
  const out = {
    rules: e.rules === void 0 ? [] : stringList(e.rules, file, `${key}.rules`, "a list of rule ids"),
    objects: stringList(e.objects, file, `${key}.objects`, 'a list of "namespace/name" patterns such as "kube-system/*"')
  };
  if (e.reason !== void 0) {
    if (typeof e.reason !== "string") throw new ConfigError(file, `${key}.reason`, "must be text");
    out.reason = e.reason;
  }
  return out;
}
function parseRuleSetting(value, file, key) {
  if (Array.isArray(value)) {
    if (value.length < 1 || value.length > 2) throw new ConfigError(file, key, "must be a level or [level, {options}]");
    const options = value[1];
    if (options !== void 0 && (typeof options !== "object" || options === null || Array.isArray(options))) {
      throw new ConfigError(file, key, "options (the second item) must be a mapping");
    }
    return { level: parseLevel(value[0], file, key), options };
  }
  return { level: parseLevel(value, file, key) };
}
function parseLevel(value, file, key) {
  if (value === false) return "off";
  if (LEVELS.includes(value)) return value;
  throw new ConfigError(file, key, `${JSON.stringify(value)} is not a level; allowed: ${LEVELS.join(", ")}`);
}
function normalizeKubeVersion(version) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : version.trim();
}
async function resolveRules(config, rules, overrides = {}) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const file = config.file ?? "(defaults)";
  const known = () => [...byId.keys(), ...Object.keys(ENGINE_RULES)].sort().join(", ");
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id) && !(id in ENGINE_RULES)) throw new ConfigError(file, `rules.${id}`, `unknown rule; known rules: ${known()}`);
  }
  for (const id of Object.keys(overrides)) {
    if (!byId.has(id) && !(id in ENGINE_RULES)) throw new ConfigError("--rule", id, `unknown rule; known rules: ${known()}`);
  }
  if ((overrides["yaml-syntax"] ?? config.rules["yaml-syntax"]?.level ?? "error") === "off") {
    throw new ConfigError(overrides["yaml-syntax"] ? "--rule" : file, "yaml-syntax", "cannot be switched off: nothing else can be said about a document that does not parse");
  }
  const active = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const preset = presetSetting(config.extends, rule);
    const level = overrides[rule.id] ?? setting?.level ?? preset.level;
    if (level === "off") continue;
    let options = { ...rule.meta.defaultOptions, ...preset.options };
    if (setting?.options) {
      await validateOptions(rule, setting.options, file);
      options = { ...options, ...setting.options };
    }
    const levelSet = overrides[rule.id] !== void 0 || setting?.level !== void 0 || config.extends === "strict";
    active.push(levelSet ? { rule, severity: level, options, levelSet } : { rule, severity: level, options });
  }
  return active;
}
function engineRuleLevel(config, id, overrides = {}) {
  const level = overrides[id] ?? config.rules[id]?.level ?? ENGINE_RULES[id];
  return config.extends === "strict" && level === "warning" ? "error" : level;
}
async function validateOptions(rule, options, file) {
  const key = `rules.${rule.id}`;
  if (!rule.meta.optionsSchema) {
    if (Object.keys(options).length > 0) throw new ConfigError(file, key, "this rule takes no options");
    return;
  }
  const ajvModule = await import("./ajv-XUUA6EZX.js");
  const Ajv = ajvModule.default.Ajv ?? ajvModule.Ajv;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(rule.meta.optionsSchema);
  if (validate(options)) return;
  const first = validate.errors?.[0];
  if (!first) throw new ConfigError(file, key, "invalid options");
  const where = `${key}${first.instancePath.replace(/\//g, ".")}`;
  if (first.keyword === "additionalProperties") {
    const extra = first.params.additionalProperty;
    const allowed = Object.keys(rule.meta.optionsSchema.properties ?? {});
    throw new ConfigError(file, `${where}.${extra}`, `unknown option; allowed: ${allowed.join(", ")}`);
  }
  throw new ConfigError(file, where, first.message ?? "invalid value");
}

// src/inputs/load.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path2 from "node:path";

// src/inputs/glob.ts
function hasGlobMagic(pattern) {
  return /[*?[{]/.test(pattern);
}
function globBase(pattern) {
  const parts = pattern.split("/");
  const fixed = [];
  for (const part of parts) {
    if (hasGlobMagic(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.join("/");
  return base === "" ? pattern.startsWith("/") ? "/" : "." : base;
}
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const slash = pattern[i + 2] === "/";
        re += slash ? "(?:[^/]*/)*" : ".*";
        i += slash ? 2 : 1;
      } else {
        re += "[^/]*";
      }
    } else if (c === "?") {
      re += "[^/]";
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close === -1) {
        re += "\\[";
      } else {
        const body = pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        re += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      const close = pattern.indexOf("}", i + 1);
      if (close === -1) {
        re += "\\{";
      } else {
        const options = pattern.slice(i + 1, close).split(",").map((o) => globToRegExp(o).source.slice(1, -1));
        re += `(?:${options.join("|")})`;
        i = close;
      }
    } else {
      re += c.replace(/[.+^$()|\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${re}$`);
}

// src/inputs/load.ts
var STDIN_PATH = "<stdin>";
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var InputError = class extends Error {
};
async function resolveInputs(patterns, cwd) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const pattern of patterns) {
    if (pattern === "-") {
      add(STDIN_PATH);
      continue;
    }
    const absolute = path2.resolve(cwd, pattern);
    const info = await stat(absolute).catch(() => void 0);
    if (info?.isFile()) {
      add(absolute);
    } else if (info?.isDirectory()) {
      const files = await walk(absolute);
      for (const f of files) add(f);
    } else if (hasGlobMagic(pattern)) {
      const matches = await expandGlob(pattern, cwd);
      if (matches.length === 0) throw new InputError(`no files match the pattern "${pattern}"`);
      for (const f of matches) add(f);
    } else {
      throw new InputError(`cannot read "${pattern}": no such file or directory`);
    }
  }
  return out;
}
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const out = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = joinName(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(full));
    else if (entry.isFile() && MANIFEST_EXTENSIONS.has(path2.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}
function joinName(dir, name) {
  return dir.endsWith(path2.sep) ? dir + name : dir + path2.sep + name;
}
async function expandGlob(pattern, cwd) {
  const normalized = pattern.replace(/\\/g, "/");
  const base = globBase(normalized);
  const baseDir = path2.resolve(cwd, base);
  const info = await stat(baseDir).catch(() => void 0);
  if (!info?.isDirectory()) return [];
  const matcher = globToRegExp(path2.resolve(cwd, normalized).split(path2.sep).join("/"));
  const out = [];
  const visit = async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path2.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile() && matcher.test(full.split(path2.sep).join("/"))) out.push(full);
    }
  };
  await visit(baseDir);
  return out;
}
async function readSource(file, cwd, readStdin) {
  if (file === STDIN_PATH) return new SourceFile(STDIN_PATH, await readStdin());
  return readFileSource(file, cwd);
}
function readFileSource(file, cwd) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read "${displayPath(file, cwd)}": ${error.code ?? String(error)}`);
  }
  return new SourceFile(displayPath(file, cwd), text, file);
}
function displayPath(file, cwd) {
  if (file === STDIN_PATH) return file;
  const under = file.length > cwd.length + 1 && file.startsWith(cwd) && file[cwd.length] === path2.sep && !cwd.endsWith(path2.sep);
  const relative = under ? file.slice(cwd.length + 1) : path2.relative(cwd, file);
  const shown = relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative;
  return shown.split(path2.sep).join("/");
}
async function readAllStdin(stream = process.stdin) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// src/config/plugins.ts
import { createRequire } from "node:module";
import path3 from "node:path";
import { pathToFileURL } from "node:url";
var PluginError = class extends Error {
};
async function loadPlugins(specifiers, baseDir) {
  const out = [];
  for (const specifier of specifiers) {
    const isPath = specifier.startsWith(".") || path3.isAbsolute(specifier);
    let resolved;
    try {
      resolved = isPath ? path3.resolve(baseDir, specifier) : createRequire(path3.join(baseDir, "noop.js")).resolve(specifier);
    } catch {
      throw new PluginError(`plugin "${specifier}": cannot be found from ${baseDir} (install the package, or give a path starting with ./)`);
    }
    let module;
    try {
      module = await import(pathToFileURL(resolved).href);
    } catch (error) {
      throw new PluginError(`plugin "${specifier}": cannot be loaded: ${error.message}`);
    }
    const declared = module.default?.name ?? module.name;
    const name = typeof declared === "string" && RULE_ID.test(declared) ? declared : isPath ? path3.basename(specifier).replace(/\.[cm]?js$/, "") : specifier.replace(/^daemonlint-plugin-/, "");
    const exported = module.default?.rules ?? module.rules ?? module.default;
    if (!Array.isArray(exported)) {
      throw new PluginError(`plugin "${specifier}": must export its rules as a list (export default [rule, ...] or export const rules = [...])`);
    }
    out.push({ name, specifier, rules: exported.map((rule, i) => checkedRule(rule, name, specifier, i)) });
  }
  return out;
}
var RULE_ID = /^[a-z][a-z0-9-]*$/;
var PLUGIN_META_DEFAULTS = { fixable: false, tags: [], defaultOptions: {} };
function checkedRule(rule, plugin, specifier, index) {
  const where = (id2) => `plugin "${specifier}", rule ${id2}`;
  const r = rule;
  if (!r || typeof r !== "object") throw new PluginError(`plugin "${specifier}": rule #${index + 1} is not a rule object (use defineRule)`);
  const id = typeof r.id === "string" ? r.id : `#${index + 1}`;
  if (!RULE_ID.test(id)) throw new PluginError(`${where(id)}: id must be lowercase words joined by hyphens`);
  const meta = r.meta;
  if (!meta || typeof meta.description !== "string") throw new PluginError(`${where(id)}: meta.description is missing`);
  if (meta.severity !== "error" && meta.severity !== "warning" && meta.severity !== "info") throw new PluginError(`${where(id)}: meta.severity must be "error", "warning" or "info"`);
  if (!meta.messages || typeof meta.messages !== "object") throw new PluginError(`${where(id)}: meta.messages is missing`);
  for (const [messageId, template] of Object.entries(meta.messages)) {
    const ok = typeof template === "string" || typeof template === "object" && template !== null && typeof template.message === "string" && typeof template.help === "string";
    if (!ok) throw new PluginError(`${where(id)}: meta.messages.${messageId} must be a string or { message, help } (two strings)`);
  }
  if (typeof r.check !== "function" && typeof r.checkAll !== "function") throw new PluginError(`${where(id)}: check (or checkAll) must be a function`);
  for (const key of ["check", "checkAll", "collect"]) {
    if (r[key] !== void 0 && typeof r[key] !== "function") throw new PluginError(`${where(id)}: ${key} must be a function`);
  }
  if (r.collect !== void 0 && r.checkAll === void 0) throw new PluginError(`${where(id)}: collect is only for a rule with checkAll`);
  const kinds = r.collectKinds;
  if (kinds !== void 0 && kinds !== "*" && !(Array.isArray(kinds) && kinds.every((k) => typeof k === "string"))) {
    throw new PluginError(`${where(id)}: collectKinds must be a list of kinds or "*"`);
  }
  return {
    ...r,
    id: `${plugin}/${id}`,
    meta: { ...PLUGIN_META_DEFAULTS, ...meta }
  };
}

// src/run/speed/index.ts
import { availableParallelism } from "node:os";

// src/run/speed/parallel.ts
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 512 * 1024;
async function lintSources(sources, active, settings, options) {
  const chunked = sources.map((source) => ({ source, chunks: source.documents }));
  const total = sources.reduce((n, s) => n + s.text.length, 0);
  const builtin = new Set(options.builtinRules);
  const threads = options.workerUrl && total >= PARALLEL_MIN_BYTES && active.every((a) => builtin.has(a.rule)) ? Math.max(1, Math.min(options.concurrency, countChunks(chunked))) : 1;
  const shares = partition(chunked, threads, total).map((files) => toTask(files, active, settings));
  const rulesById = new Map(active.map((a) => [a.rule.id, a.rule]));
  const workers = shares.slice(1).map((task) => runInWorker(options.workerUrl, task));
  const own = await lintShare(shares[0], rulesById, { tuneV8: workers.length === 0 });
  if (workers.length === 0) return own;
  const results = [own, ...await Promise.all(workers)];
  return mergeByFile(sources, results.flat());
}
function countChunks(chunked) {
  return chunked.reduce((n, c) => n + c.chunks.length, 0);
}
function partition(chunked, threads, total) {
  const shares = [[]];
  const target = total / threads;
  let filled = 0;
  for (const { source, chunks } of chunked) {
    let current = [];
    const flush = () => {
      if (current.length > 0 || chunks.length === 0) shares[shares.length - 1].push({ source, chunks: current });
      current = [];
    };
    if (chunks.length === 0) {
      flush();
      continue;
    }
    for (const chunk of chunks) {
      if (filled >= target * shares.length && shares.length < threads && (current.length > 0 || shares[shares.length - 1].length > 0)) {
        flush();
        shares.push([]);
      }
      current.push(chunk);
      filled += chunk.end - chunk.start;
    }
    flush();
  }
  return shares;
}
function toTask(files, active, settings) {
  return {
    files: files.map(({ source, chunks }) => ({ path: source.path, text: source.text, chunks })),
    rules: active.map((a) => ({ id: a.rule.id, severity: a.severity, options: a.options, levelSet: a.levelSet })),
    settings: { ...settings, now: settings.now.getTime() }
  };
}
function runInWorker(url, task) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.once("message", (message) => {
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else reject(new Error(`worker failed: ${message.error}`));
    });
    worker.once("error", reject);
    worker.postMessage(task);
  });
}
function mergeByFile(sources, parts) {
  const byPath = /* @__PURE__ */ new Map();
  for (const s of sources) byPath.set(s.path, { path: s.path, findings: [], daemonSets: 0, failures: [], objects: [], checked: [] });
  for (const part of parts) {
    const merged = byPath.get(part.path);
    for (const f of part.findings) merged.findings.push(f);
    merged.failures.push(...part.failures);
    for (const o of part.objects) merged.objects.push(o);
    for (const o of part.checked) merged.checked.push(o);
    merged.daemonSets += part.daemonSets;
  }
  return [...byPath.values()];
}

// src/run/speed/index.ts
var MAX_DEFAULT_CONCURRENCY = 4;
function defaultConcurrency() {
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_CONCURRENCY));
}

// src/run/lint-context.ts
var LintCache = class {
  constructor() {
    states.set(this, { rulesKey: void 0, files: /* @__PURE__ */ new Map() });
  }
};
var states = /* @__PURE__ */ new WeakMap();
async function lintContext(files, inputPaths, active, settings, cache) {
  const acrossInput = active.filter((a) => a.rule.checkAll);
  const out = { objects: [], sources: [] };
  if (files.length === 0 || acrossInput.length === 0) return out;
  const state = cache ? stateFor(cache, acrossInput, settings) : void 0;
  const toLint = [];
  const texts = [];
  for (const { path: path8, text } of files) {
    if (inputPaths.has(path8)) continue;
    const kept = state?.files.get(path8);
    if (kept !== void 0 && kept.text === text) {
      out.objects.push(...kept.objects);
      out.sources.push(kept.source);
    } else {
      toLint.push(new SourceFile(path8, text));
      texts.push(text);
    }
  }
  if (toLint.length === 0) return out;
  const results = await lintSources(toLint, acrossInput, settings, { concurrency: 1, builtinRules });
  results.forEach((result, i) => {
    const source = toLint[i];
    out.objects.push(...result.objects);
    out.sources.push(source);
    state?.files.set(source.path, { text: texts[i], source, objects: result.objects });
  });
  return out;
}
function stateFor(cache, acrossInput, settings) {
  const state = states.get(cache);
  const key = { rules: acrossInput.map((a) => a.rule), options: JSON.stringify(acrossInput.map((a) => a.options)), kubeVersion: settings.kubeVersion };
  const previous = state.rulesKey;
  const same = previous !== void 0 && previous.options === key.options && previous.kubeVersion === key.kubeVersion && previous.rules.length === key.rules.length && previous.rules.every((rule, i) => rule === key.rules[i]);
  if (!same) state.files.clear();
  state.rulesKey = key;
  return state;
}

// src/run/lint.ts
import path7 from "node:path";

// src/inputs/helm.ts
import { readFile } from "node:fs/promises";
import path4 from "node:path";
var SOURCE_COMMENT = /^# Source: (.+?)\s*$/m;
function templatesByDocument(file, chunks) {
  const out = /* @__PURE__ */ new Map();
  if (!file.text.includes("# Source: ")) return out;
  for (const chunk of chunks) {
    const m = SOURCE_COMMENT.exec(file.text.slice(chunk.start, chunk.end));
    if (m) out.set(chunk.index, m[1]);
  }
  return out;
}
async function locateInTemplates(findings, chartDir, cwd) {
  const cache = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.template) continue;
    const key = [...f.path].reverse().find((s) => typeof s === "string");
    if (key === void 0 || typeof f.path[f.path.length - 1] !== "string") continue;
    const file = await templateFile(chartDir, f.template, cache, cwd);
    if (!file) continue;
    const range = uniqueKeyRange(file.text, key);
    if (!range) continue;
    (f.related ??= []).push({ file: file.shown, range, message: `${key} in the template ${f.template}` });
  }
}
async function templateFile(chartDir, template, cache, cwd) {
  const parts = template.split("/");
  const candidates = [path4.join(chartDir, ...parts.slice(1))];
  if (parts.length > 2) candidates.push(path4.join(chartDir, "charts", ...parts));
  for (const candidate of candidates) {
    if (!cache.has(candidate)) cache.set(candidate, await readFile(candidate, "utf8").catch(() => null));
    const text = cache.get(candidate);
    if (text != null) return { text, shown: path4.relative(cwd, candidate).split(path4.sep).join("/") };
  }
  return void 0;
}
function uniqueKeyRange(text, key) {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^([ \\t]*(?:- )?)(${escaped}|"${escaped}"|'${escaped}'):(?=\\s|$)`, "gm");
  const matches = [...text.matchAll(re)];
  if (matches.length !== 1) return void 0;
  const m = matches[0];
  const offset = (m.index ?? 0) + m[1].length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  const end = column + m[2].length;
  return { start: { line, column, offset }, end: { line, column: end, offset: offset + m[2].length } };
}

// src/inputs/ignore.ts
import path5 from "node:path";
function withoutIgnored(files, globs, base) {
  if (globs.length === 0) return files;
  const patterns = globs.map((g) => globToRegExp(path5.resolve(base, g).split(path5.sep).join("/")));
  return files.filter((f) => f === STDIN_PATH || !patterns.some((p) => p.test(f.split(path5.sep).join("/"))));
}

// src/inputs/shard.ts
function parseShard(text) {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!match) return `--shard takes k/n (this job's share k of n, for example 2/4), got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard k/n needs 1 <= k <= n, got "${text}"`;
  return { index, count };
}
function shardOf(path8, count) {
  let hash = 2166136261;
  for (const byte of Buffer.from(path8, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % count + 1;
}

// src/suppress/baseline.ts
import { readFile as readFile2 } from "node:fs/promises";
function identityOf(f) {
  const entry = { ruleId: f.ruleId, path: f.path.map(String).join(".") };
  if (f.object?.kind !== void 0) entry.kind = f.object.kind;
  if (f.object?.namespace !== void 0) entry.namespace = f.object.namespace;
  if (f.object?.name !== void 0) entry.name = f.object.name;
  if (f.messageId !== void 0) entry.messageId = f.messageId;
  if (f.object?.name === void 0) entry.file = f.file;
  return entry;
}
function keyOf(identity) {
  return JSON.stringify([identity.ruleId, identity.kind, identity.namespace, identity.name, identity.path, identity.messageId, identity.file]);
}
function createBaseline(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    const identity = identityOf(f);
    const key = keyOf(identity);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { ...identity, count: 1 });
  }
  const entries = [...byKey.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, e]) => e);
  return { version: 1, entries };
}
function serializeBaseline(baseline) {
  return `${JSON.stringify(baseline, null, 2)}
`;
}
var BaselineError = class extends Error {
};
async function readBaseline(file, shownAs) {
  let raw;
  try {
    raw = JSON.parse(await readFile2(file, "utf8"));
  } catch (error) {
    throw new BaselineError(`baseline ${shownAs}: ${error.code === "ENOENT" ? "no such file (create it with --write-baseline)" : `not valid JSON (${error.message})`}`);
  }
  const b = raw;
  if (b.version !== 1 || !Array.isArray(b.entries) || b.entries.some((e) => typeof e?.ruleId !== "string" || typeof e.count !== "number")) {
    throw new BaselineError(`baseline ${shownAs}: not a daemonlint baseline (expected {"version": 1, "entries": [...]})`);
  }
  return b;
}
function applyBaseline(findings, baseline, shownAs) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) remaining.set(keyOf(entry), { entry, left: entry.count });
  let matched = 0;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (f.suppressions?.length) continue;
    const slot = remaining.get(keyOf(identityOf(f)));
    if (!slot || slot.left === 0) continue;
    slot.left--;
    matched++;
    findings.splice(i, 1);
  }
  const stale = [...remaining.values()].filter((s) => s.left > 0).map((s) => ({ ...s.entry, count: s.left }));
  return { file: shownAs, matched, stale };
}

// src/yaml/scalar-offsets.ts
function rangeWithinScalar(file, scalar, value, start, end) {
  if (typeof value !== "string" || start < 0 || end < start || end > value.length) return scalar;
  const raw = file.text.slice(scalar.start.offset, scalar.end.offset);
  const offsets = raw.startsWith("|") ? literalOffsets(raw, value) : alignedOffsets(raw, value);
  if (offsets === void 0) return scalar;
  const base = scalar.start.offset;
  const from = base + offsets[start];
  const to = end === start ? from : base + offsets[end - 1] + 1;
  return { start: file.position(from), end: file.position(to) };
}
function literalOffsets(raw, value) {
  const headerEnd = raw.indexOf("\n");
  if (headerEnd === -1) return void 0;
  const lines = [];
  for (let at = headerEnd + 1; at <= raw.length; ) {
    const next = raw.indexOf("\n", at);
    const lineEnd = next === -1 ? raw.length : next;
    lines.push({ start: at, text: raw.slice(at, lineEnd).replace(/\r$/, "") });
    if (next === -1) break;
    at = next + 1;
  }
  const explicit = /^[|][+-]?([1-9])|^[|]([1-9])/.exec(raw);
  const firstContent = lines.find((l) => l.text.trim() !== "");
  if (!firstContent) return void 0;
  const indent = explicit ? minimumIndent(lines) : firstContent.text.length - firstContent.text.trimStart().length;
  const offsets = [];
  let line = 0;
  let column = 0;
  for (let i = 0; i <= value.length; i++) {
    const l = lines[line];
    if (l === void 0) {
      offsets.push(raw.length);
      continue;
    }
    offsets.push(l.start + Math.min(indent, l.text.length) + column);
    if (value[i] === "\n") {
      line++;
      column = 0;
    } else column++;
  }
  return offsets;
}
function minimumIndent(lines) {
  let min = Infinity;
  for (const l of lines) if (l.text.trim() !== "") min = Math.min(min, l.text.length - l.text.trimStart().length);
  return Number.isFinite(min) ? min : 0;
}
function alignedOffsets(raw, value) {
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : void 0;
  let at = quote || raw[0] === ">" ? 1 : 0;
  if (raw[0] === ">") at = raw.indexOf("\n") + 1;
  if (at <= 0 && raw[0] === ">") return void 0;
  const offsets = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let found = -1;
    while (at < raw.length) {
      const r = raw[at];
      if (quote === '"' && r === "\\") {
        if (raw[at + 1] === "\n" || raw[at + 1] === "\r") {
          at = skipBreak(raw, at + 1);
          continue;
        }
        found = at;
        at += escapeLength(raw, at);
        break;
      }
      if (quote === "'" && r === "'" && raw[at + 1] === "'" && c === "'") {
        found = at;
        at += 2;
        break;
      }
      if (r === c) {
        found = at++;
        break;
      }
      if ((c === " " || c === "\n") && (r === "\n" || r === "\r")) {
        found = at;
        at = skipBreak(raw, at);
        break;
      }
      at++;
    }
    if (found === -1 && at >= raw.length && (c === "\n" || c === " ")) found = raw.length;
    if (found === -1) return void 0;
    offsets.push(found);
  }
  offsets.push(at);
  return offsets;
}
function skipBreak(raw, at) {
  if (raw[at] === "\r") at++;
  if (raw[at] === "\n") at++;
  while (raw[at] === " " || raw[at] === "	") at++;
  return at;
}
function escapeLength(raw, at) {
  switch (raw[at + 1]) {
    case "x":
      return 4;
    case "u":
      return 6;
    case "U":
      return 10;
    default:
      return 2;
  }
}

// src/run/across-input.ts
async function runInputRules(objects, sources, rules, settings, reportIn) {
  const findings = [];
  const failures = [];
  const inputRules = rules.filter((a) => a.rule.checkAll);
  if (inputRules.length === 0) return { findings, failures };
  const locator = new Locator(sources);
  for (const active of inputRules) {
    const { rule, options } = active;
    const inputs = [];
    const collected = /* @__PURE__ */ new Map();
    for (const object of objects) {
      const value = rule.collect ? object.kept.get(rule.id) : object.value;
      if (value === void 0) continue;
      const input = { ref: object.ref, value, file: object.file, documentIndex: object.documentIndex };
      inputs.push(input);
      collected.set(input, object);
    }
    const context = {
      options,
      kubeVersion: settings.kubeVersion,
      read(input) {
        const object = collected.get(input);
        if (!object) throw new Error(`rule "${rule.id}" read an object it was not given`);
        return locator.value(object);
      },
      report(descriptor) {
        const object = collected.get(descriptor.object);
        if (!object) throw new Error(`rule "${rule.id}" reported an object it was not given`);
        if (reportIn !== void 0 && !reportIn.has(object.file)) return;
        const path8 = [...object.objectPath, ...descriptor.path];
        const finding = {
          ruleId: rule.id,
          severity: findingSeverity(active, descriptor),
          message: renderMessage(rule, descriptor.messageId, descriptor.data),
          messageId: descriptor.messageId,
          file: object.file,
          range: locator.range(object, descriptor.path, descriptor.at, descriptor.within),
          documentIndex: object.documentIndex,
          object: object.ref,
          path: path8
        };
        const related = (descriptor.related ?? []).flatMap((r) => {
          const other = collected.get(r.object);
          return other ? [{ file: other.file, range: locator.range(other, r.path, "key"), message: r.message }] : [];
        });
        if (related.length > 0) finding.related = related;
        const help = renderHelp(rule, descriptor.messageId, descriptor.data);
        if (help !== void 0) finding.help = help;
        const ignore = object.ignore;
        if (ignore?.rules.includes(rule.id) && (ignore.reason !== void 0 || settings.requireReason === false)) {
          finding.suppressions = [{ kind: "inSource", justification: ignore.reason ?? "daemonlint.io/ignore annotation" }];
        }
        findings.push(finding);
      }
    };
    try {
      await rule.checkAll(inputs, context);
    } catch (error) {
      failures.push({ ruleId: rule.id, where: "the whole input", message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, failures };
}
function valueAt(root, path8) {
  let value = root;
  for (const segment of path8) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return void 0;
    value = value[segment];
  }
  return value;
}
var Locator = class {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  roots = /* @__PURE__ */ new Map();
  last;
  /** Each file is split once, however many of its documents findings point into. */
  chunks = /* @__PURE__ */ new Map();
  range(object, path8, at, within) {
    const source = this.source(object);
    const document = this.document(source, object.documentIndex, true);
    const fullPath = [...object.objectPath, ...path8];
    const range = rangeOf(source, document?.root ?? null, fullPath, within ? "value" : at, document?.start ?? 0);
    return within ? rangeWithinScalar(source, range, valueAt(document?.value, fullPath), within.start, within.end) : range;
  }
  value(object) {
    const document = this.document(this.source(object), object.documentIndex, false);
    const value = valueAt(document?.value, object.objectPath);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  }
  /**
   * A document parsed again: the one read last, or one kept for findings, or parsed now (and
   * kept, when a finding points into it). A rule reports on the object it has just read, so the
   * documents it reads one by one are not all kept to the end of the run.
   */
  document(source, documentIndex, keep) {
    const key = `${source.path}\0${documentIndex}`;
    if (this.last?.key === key) return this.last.document;
    let document = this.roots.get(key);
    if (document !== void 0) return document;
    document = this.parse(source, documentIndex);
    if (keep) this.roots.set(key, document);
    else this.last = { key, document };
    return document;
  }
  source(object) {
    const source = this.sources.get(object.file);
    if (!source) throw new Error(`no source for ${object.file}`);
    return source;
  }
  parse(source, documentIndex) {
    let byIndex = this.chunks.get(source.path);
    if (byIndex === void 0) {
      byIndex = new Map(source.documents.map((c) => [c.index, c]));
      this.chunks.set(source.path, byIndex);
    }
    const chunk = byIndex.get(documentIndex);
    return chunk ? parseFile(source, [chunk]).documents[0] ?? null : null;
  }
};

// src/run/configure.ts
import path6 from "node:path";
function loadConfig(configFile, cwd) {
  if (configFile === false) return defaultConfig();
  const file = configFile ?? findConfigFile(cwd);
  return file ? loadConfigFile(file, displayPath(file, cwd)) : defaultConfig();
}
async function activeRulesFor(config, cwd, overrides = {}, base = builtinRules) {
  const plugins = config.plugins.length > 0 ? await loadPlugins(config.plugins, configDir(config, cwd)) : [];
  return resolveRules(config, [...base, ...plugins.flatMap((p) => p.rules)], overrides);
}
function configDir(config, cwd) {
  return config.file ? path6.dirname(path6.resolve(cwd, config.file)) : cwd;
}
async function effectiveConfig(file, cwd, configFile, overrides = {}, kubeVersion) {
  const config = loadConfig(configFile ?? findConfigFile(path6.dirname(file)) ?? false, cwd);
  const active = await activeRulesFor(config, cwd, overrides);
  const rules = {};
  for (const a of [...active].sort((x, y) => x.rule.id < y.rule.id ? -1 : 1)) {
    rules[a.rule.id] = Object.keys(a.options).length > 0 ? [a.severity, a.options] : a.severity;
  }
  rules[UNUSED_SUPPRESSION] = engineRuleLevel(config, "unused-suppression", overrides);
  rules["duplicate-key"] = engineRuleLevel(config, "duplicate-key", overrides);
  rules["content-after-end"] = engineRuleLevel(config, "content-after-end", overrides);
  const out = {
    file: displayPath(file, cwd),
    configFile: config.file ?? null,
    ignored: withoutIgnored([file], config.ignore, configDir(config, cwd)).length === 0,
    extends: config.extends,
    kubeVersion: normalizeKubeVersion(kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    requireReason: config.requireReason,
    rules
  };
  if (config.plugins.length > 0) out.plugins = config.plugins;
  if (config.exclude.length > 0) out.exclude = config.exclude;
  if (config.baseline !== void 0) out.baseline = config.baseline;
  return out;
}

// src/fix/text-edit.ts
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied = [];
  const skipped = [];
  let out = "";
  let cursor = 0;
  for (const edit of sorted) {
    const last = applied[applied.length - 1];
    if (edit.start < cursor || last && edit.start === last.start && edit.start === edit.end && last.start === last.end) {
      skipped.push(edit);
      continue;
    }
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
    applied.push(edit);
  }
  out += text.slice(cursor);
  return { text: out, applied, skipped };
}

// src/run/fix-file.ts
var MAX_FIX_PASSES = 10;
function fixFile(file, rules, settings, filter = {}) {
  const input = parseFile(file);
  const original = runRulesOnFile(file, input, rules, settings);
  let current = file;
  let parsed = input;
  let result = original;
  const fixed = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = editsFor(result.findings, filter);
    if (edits.length === 0) break;
    const applied = applyEdits(current.text, edits.map((e) => e.edit));
    const appliedSet = new Set(applied.applied);
    for (const e of edits) if (appliedSet.has(e.edit)) fixed.push(e.finding);
    current = new SourceFile(file.path, (file.hadBom ? "\uFEFF" : "") + applied.text);
    parsed = parseFile(current);
    result = runRulesOnFile(current, parsed, rules, settings);
  }
  if (fixed.length === 0) return { output: restoreBom(file), fixed, result: original };
  const failure = verify(input, parsed, result, fixed);
  if (failure) return { output: restoreBom(file), fixed: [], failure, result: original };
  return { output: restoreBom(current), fixed, result };
}
function editsFor(findings, filter) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (filter.rules && !filter.rules.has(finding.ruleId)) continue;
    if (finding.fixable === "unsafe" && !filter.unsafe) continue;
    const edit = { start: finding.fix.range.start.offset, end: finding.fix.range.end.offset, text: finding.fix.text };
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ edit, finding });
  }
  return out;
}
function verify(before, parsed, result, fixed) {
  if (parsed.errors.length > before.errors.length || parsed.documents.length !== before.documents.length) {
    return "the fixed text does not parse as the original did";
  }
  for (const f of fixed) {
    const still = result.findings.find((r) => r.ruleId === f.ruleId && r.messageId === f.messageId && samePath(r.path, f.path) && !r.suppressions?.length);
    if (still) return `rule ${f.ruleId} still reports "${still.message}" after its fix`;
  }
  return void 0;
}
function samePath(a, b) {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
function restoreBom(file) {
  return (file.hadBom ? "\uFEFF" : "") + file.text;
}

// src/run/rule-info.ts
function ruleInfo(rule) {
  const info = {
    id: rule.id,
    // A plugin's description is free text of any length.
    description: bounded(rule.meta.description, MAX_TEXT),
    severity: rule.meta.severity,
    fixable: rule.meta.fixable,
    tags: rule.meta.tags,
    helpUri: `${HOMEPAGE}/blob/main/docs/rules/${rule.id}.md`,
    // A plugin's messages are free text too.
    messages: Object.values(rule.meta.messages).map(
      (m) => typeof m === "string" ? { message: bounded(m, MAX_TEXT) } : { message: bounded(m.message, MAX_TEXT), help: bounded(m.help, MAX_TEXT) }
    )
  };
  if (rule.meta.securitySeverity !== void 0) info.securitySeverity = rule.meta.securitySeverity;
  return info;
}
var yamlSyntaxInfo = {
  id: YAML_SYNTAX,
  description: "A YAML or JSON document that does not parse. Always on; the other documents of the file are still linted.",
  severity: "error",
  fixable: false,
  tags: ["api"],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${YAML_SYNTAX}.md`
};
var unusedSuppressionInfo = {
  id: UNUSED_SUPPRESSION,
  description: "A suppression comment or ignore annotation that suppresses nothing, or gives no reason while reasons are required.",
  severity: "warning",
  fixable: false,
  tags: ["best-practice"],
  helpUri: `${HOMEPAGE}/blob/main/docs/suppressions.md`
};
var duplicateKeyInfo = {
  id: DUPLICATE_KEY,
  description: "A key written twice in one mapping: kubectl keeps the later value without a word, and the document is linted with it.",
  severity: "warning",
  fixable: false,
  tags: ["api"],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${DUPLICATE_KEY}.md`
};
var contentAfterEndInfo = {
  id: CONTENT_AFTER_END,
  description: "Content after a `...` line and before the next `---`: kubectl never reads it, so nothing there is applied.",
  severity: "warning",
  fixable: false,
  tags: ["api"],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${CONTENT_AFTER_END}.md`
};
function ruleInfos(rules, settings) {
  const engine = [yamlSyntaxInfo];
  const levels = [
    [unusedSuppressionInfo, settings.unusedSuppression],
    [duplicateKeyInfo, settings.duplicateKey],
    [contentAfterEndInfo, settings.contentAfterEnd]
  ];
  for (const [info, level = "warning"] of levels) if (level !== "off") engine.push({ ...info, severity: level });
  return [...rules.map(ruleInfo), ...engine].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// src/run/share.ts
import { createHash } from "node:crypto";
function configKey(active, settings, config) {
  const rules = active.map((a) => [a.rule.id, a.severity, a.levelSet === true, a.options ?? null]);
  const key = JSON.stringify([rules, settings.kubeVersion, settings.requireReason ?? true, settings.unusedSuppression ?? "warning", config.exclude]);
  return createHash("sha256").update(key).digest("hex");
}
function textHash(source) {
  return createHash("sha256").update(source.text).digest("hex");
}
function buildShare(input) {
  const reread = new Set(input.objects.map((o) => o.file));
  for (const [file, directives] of input.deferred) if (directives.length > 0) reread.add(file);
  return {
    daemonlintShare: 1,
    toolVersion: input.toolVersion,
    shard: input.shard,
    configKey: input.configKey,
    unsafeFixes: input.unsafeFixes,
    files: input.files.map(({ source, ordinal }) => reread.has(source.path) ? { path: source.path, ordinal, sha256: textHash(source) } : { path: source.path, ordinal }),
    daemonSets: input.daemonSets,
    checked: input.checked,
    objects: input.objects.map((o) => {
      const out = { ref: o.ref, file: o.file, documentIndex: o.documentIndex, objectPath: o.objectPath, kept: [...o.kept] };
      if (o.value !== void 0) out.value = o.value;
      if (o.ignore !== void 0) out.ignore = o.ignore;
      return out;
    }),
    deferred: [...input.deferred].flatMap(([file, directives]) => directives.map((d) => ({ file, line: d.range.start.line, column: d.range.start.column }))),
    failures: input.failures
  };
}
function collectedObject(o) {
  const out = { ref: o.ref, file: o.file, documentIndex: o.documentIndex, objectPath: o.objectPath, kept: new Map(o.kept) };
  if (o.value !== void 0) out.value = o.value;
  if (o.ignore !== void 0) out.ignore = o.ignore;
  return out;
}
function deferredByFile(shares) {
  const out = /* @__PURE__ */ new Map();
  for (const share of shares) {
    for (const d of share.deferred) {
      let keys = out.get(d.file);
      if (!keys) out.set(d.file, keys = /* @__PURE__ */ new Set());
      keys.add(directiveKey(d));
    }
  }
  return out;
}

// src/run/lint.ts
async function lint(options = {}) {
  const { cwd, config, active, settings } = await prepareRun(options);
  await prepareRules(active, settings);
  const sources = [];
  for (const t of options.texts ?? []) sources.push(new SourceFile(t.path, t.text));
  const allFiles = withoutIgnored(await resolveInputs(options.patterns ?? [], cwd), config.ignore, configDir(config, cwd));
  const listed = new Set(allFiles);
  for (const file of await policyFiles(config, cwd)) if (!listed.has(file)) allFiles.push(file);
  const shard = options.shard;
  const files = shard ? allFiles.filter((f) => shardOf(displayPath(f, cwd), shard.count) === shard.index) : allFiles;
  const readStdin = options.readStdin ?? (() => readAllStdin());
  sources.push(...await readAll(files, cwd, readStdin));
  const context = await lintContext(options.context ?? [], new Set(sources.map((s) => s.path)), active, settings, options.cache);
  const fixes = [];
  let results;
  if (options.fix) {
    const known = new Set(active.map((a) => a.rule.id));
    for (const id of options.fix.rules ?? []) {
      if (!known.has(id)) throw new ConfigError("--fix-type", id, `not a rule that runs; rules that run: ${[...known].sort().join(", ")}`);
    }
    await loadLenientReader();
    results = sources.map((source) => {
      const outcome = fixFile(source, active, settings, { rules: options.fix?.rules, unsafe: options.fix?.unsafe });
      const fix = { source, output: outcome.output, fixed: outcome.fixed.length };
      if (outcome.failure) fix.failure = outcome.failure;
      fixes.push(fix);
      return outcome.result;
    });
  } else {
    results = await lintSources(sources, active, settings, {
      concurrency: options.concurrency ?? defaultConcurrency(),
      workerUrl: options.workerUrl,
      builtinRules
    });
  }
  const findings = [];
  const ruleFailures = [];
  let daemonSets = 0;
  const acrossInput = new Set(active.filter((a) => a.rule.checkAll).map((a) => a.rule.id));
  const deferred = /* @__PURE__ */ new Map();
  if (!options.collect) await addInputFindings(results, sources, context, active, settings, ruleFailures);
  results.forEach((result, i) => {
    daemonSets += result.daemonSets;
    ruleFailures.push(...result.failures);
    const judgement = options.collect ? { defer: acrossInput } : {};
    const held = applySuppressions(sources[i], result.findings, { file: config.file, entries: config.exclude }, settings, judgement);
    if (held.length > 0) deferred.set(sources[i].path, held);
    const templates = templatesByDocument(sources[i], sources[i].documents);
    for (const f of result.findings) {
      const template = templates.get(f.documentIndex);
      if (template !== void 0) f.template = template;
      boundFinding(f);
      findings.push(f);
    }
  });
  if (options.chartDir !== void 0) await locateInTemplates(findings, path7.resolve(cwd, options.chartDir), cwd);
  findings.sort(compareFindings);
  const baselineOutcome = options.collect ? void 0 : await baselineFor(options, config, cwd, findings);
  const checked = results.flatMap(
    (r) => r.checked.map((o) => {
      const object = boundedRef(o.object);
      return object === o.object ? o : { ...o, object };
    })
  );
  let share;
  if (options.collect) {
    const texts = options.texts?.length ?? 0;
    const ordinal = new Map(allFiles.map((f, i) => [displayPath(f, cwd), texts + i]));
    share = buildShare({
      shard: shard ?? { index: 1, count: 1 },
      configKey: configKey(active, settings, config),
      unsafeFixes: options.unsafeFixes === true || options.fix?.unsafe === true,
      toolVersion: VERSION,
      files: sources.map((source, i) => ({ source, ordinal: ordinal.get(source.path) ?? i })),
      daemonSets,
      checked,
      objects: results.flatMap((r) => r.objects),
      deferred,
      failures: ruleFailures
    });
  }
  return {
    ...share ? { share } : {},
    ...baselineOutcome ? { baseline: baselineOutcome } : {},
    ...options.unsafeFixes || options.fix?.unsafe ? { unsafeFixes: true } : {},
    findings,
    files: sources.map((s) => s.path),
    daemonSets,
    rules: ruleInfos(active.map((a) => a.rule), settings),
    cwd,
    toolVersion: VERSION,
    sources,
    config,
    fixes,
    ruleFailures,
    objects: checked
  };
}
async function policyFiles(config, cwd) {
  if (!config.policies?.length) return [];
  try {
    return await resolveInputs(config.policies, configDir(config, cwd));
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(config.file ?? "(defaults)", "policies", error.message);
    throw error;
  }
}
async function prepareRun(options) {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(options.configFile, cwd);
  const active = await activeRulesFor(config, cwd, options.ruleOverrides, options.rules);
  const settings = {
    kubeVersion: normalizeKubeVersion(options.kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    now: options.now ?? /* @__PURE__ */ new Date(),
    requireReason: config.requireReason,
    unusedSuppression: engineRuleLevel(config, "unused-suppression", options.ruleOverrides),
    duplicateKey: engineRuleLevel(config, "duplicate-key", options.ruleOverrides),
    contentAfterEnd: engineRuleLevel(config, "content-after-end", options.ruleOverrides),
    fixEdits: options.fix !== void 0 || options.fixEdits !== false
  };
  if (schemaVersionFor(settings.kubeVersion) === void 0) {
    const [file, key] = options.kubeVersion !== void 0 ? ["--kube-version", settings.kubeVersion] : [config.file ?? "(defaults)", "kubeVersion"];
    throw new ConfigError(file, key, unsupportedMessage(settings.kubeVersion));
  }
  return { cwd, config, active, settings };
}
async function readAll(files, cwd, readStdin) {
  const out = [];
  for (const file of files) out.push(await readSource(file, cwd, readStdin));
  return out;
}
async function addInputFindings(results, sources, context, active, settings, failures) {
  const objects = [...context.objects, ...results.flatMap((r) => r.objects)];
  const byPath = new Map([...context.sources, ...sources].map((s) => [s.path, s]));
  const input = await runInputRules(objects, byPath, active, settings, context.sources.length > 0 ? new Set(sources.map((s) => s.path)) : void 0);
  failures.push(...input.failures);
  const index = new Map(sources.map((s, i) => [s.path, i]));
  for (const f of input.findings) results[index.get(f.file)].findings.push(f);
}
async function baselineFor(options, config, cwd, findings) {
  if (options.baselineFile === false) return void 0;
  let file;
  if (options.baselineFile !== void 0) file = path7.resolve(cwd, options.baselineFile);
  else if (config.baseline !== void 0) file = path7.resolve(configDir(config, cwd), config.baseline);
  if (file === void 0) return void 0;
  const shownAs = displayPath(file, cwd);
  return applyBaseline(findings, await readBaseline(file, shownAs), shownAs);
}

export {
  ConfigError,
  CONFIG_FILE_NAMES,
  findConfigFile,
  parseLevel,
  normalizeKubeVersion,
  STDIN_PATH,
  InputError,
  resolveInputs,
  readFileSource,
  displayPath,
  templatesByDocument,
  locateInTemplates,
  withoutIgnored,
  parseShard,
  createBaseline,
  serializeBaseline,
  BaselineError,
  runInputRules,
  PluginError,
  loadConfig,
  configDir,
  effectiveConfig,
  fixFile,
  LintCache,
  ruleInfo,
  yamlSyntaxInfo,
  duplicateKeyInfo,
  contentAfterEndInfo,
  ruleInfos,
  configKey,
  textHash,
  collectedObject,
  deferredByFile,
  lint,
  prepareRun,
  baselineFor
};
