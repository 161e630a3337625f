import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  SourceFile,
  YAML_SYNTAX,
  builtinRules,
  compareFindings,
  defaultKubeVersion,
  lintShare,
  loadLenientReader,
  parseFile,
  runRulesOnFile,
  schemaVersionFor,
  splitDocuments,
  unsupportedMessage
} from "./chunks/chunk-ZBFLJ3HZ.js";
import {
  CORE_SCHEMA,
  load
} from "./chunks/chunk-SSSD2SIK.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-JAUPX4EE.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/main.ts
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath } from "node:url";

// src/cli.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path5 from "node:path";
import { parseArgs } from "node:util";

// src/engine/config.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
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
var PRESETS = ["recommended"];
var LEVELS = ["off", "warning", "error"];
var TOP_LEVEL_KEYS = ["extends", "rules", "kubeVersion"];
function defaultConfig() {
  return { extends: "recommended", rules: {} };
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
  return config;
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
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) throw new ConfigError(file, `rules.${id}`, `unknown rule; known rules: ${[...byId.keys()].sort().join(", ")}`);
  }
  for (const id of Object.keys(overrides)) {
    if (!byId.has(id)) throw new ConfigError("--rule", id, `unknown rule; known rules: ${[...byId.keys()].sort().join(", ")}`);
  }
  const active = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const level = overrides[rule.id] ?? setting?.level ?? rule.meta.severity;
    if (level === "off") continue;
    let options = rule.meta.defaultOptions;
    if (setting?.options) {
      await validateOptions(rule, setting.options, file);
      options = { ...rule.meta.defaultOptions, ...setting.options };
    }
    active.push({ rule, severity: level, options });
  }
  return active;
}
async function validateOptions(rule, options, file) {
  const key = `rules.${rule.id}`;
  if (!rule.meta.optionsSchema) {
    if (Object.keys(options).length > 0) throw new ConfigError(file, key, "this rule takes no options");
    return;
  }
  const ajvModule = await import("./chunks/ajv-HTBCRVZU.js");
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

// src/version.ts
var VERSION = "0.1.0";
var HOMEPAGE = "https://github.com/daemonlint/daemonlint";

// src/engine/lint.ts
import { availableParallelism } from "node:os";

// src/engine/text-edit.ts
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

// src/engine/apply-fixes.ts
var MAX_FIX_PASSES = 10;
function fixFile(file, rules, settings, filter = {}) {
  const original = runRulesOnFile(file, parseFile(file), rules, settings);
  let current = file;
  let parsed = parseFile(file);
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
  const failure = verify(file, parsed, result, fixed);
  if (failure) return { output: restoreBom(file), fixed: [], failure, result: original };
  return { output: restoreBom(current), fixed, result };
}
function editsFor(findings, filter) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (filter.rules && !filter.rules.has(finding.ruleId)) continue;
    const edit = { start: finding.fix.range.start.offset, end: finding.fix.range.end.offset, text: finding.fix.text };
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ edit, finding });
  }
  return out;
}
function verify(input, parsed, result, fixed) {
  const before = parseFile(input);
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

// src/engine/parallel.ts
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 512 * 1024;
async function lintSources(sources, active, settings, options) {
  const chunked = sources.map((source) => ({ source, chunks: splitDocuments(source.text) }));
  const total = sources.reduce((n, s) => n + s.text.length, 0);
  const builtin = new Set(options.builtinRules);
  const threads = options.workerUrl && total >= PARALLEL_MIN_BYTES && active.every((a) => builtin.has(a.rule)) ? Math.max(1, Math.min(options.concurrency, countChunks(chunked))) : 1;
  const shares = partition(chunked, threads, total).map((files) => toTask(files, active, settings));
  const rulesById = new Map(active.map((a) => [a.rule.id, a.rule]));
  const workers = shares.slice(1).map((task) => runInWorker(options.workerUrl, task));
  const own = await lintShare(shares[0], rulesById);
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
    rules: active.map((a) => ({ id: a.rule.id, severity: a.severity, options: a.options })),
    settings: { kubeVersion: settings.kubeVersion, now: settings.now.getTime() }
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
  for (const s of sources) byPath.set(s.path, { path: s.path, findings: [], daemonSets: 0 });
  for (const part of parts) {
    const merged = byPath.get(part.path);
    for (const f of part.findings) merged.findings.push(f);
    merged.daemonSets += part.daemonSets;
  }
  return [...byPath.values()];
}

// src/engine/load.ts
import { readFile, readdir, stat } from "node:fs/promises";
import path2 from "node:path";

// src/engine/glob.ts
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

// src/engine/load.ts
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
    const full = path2.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(full));
    else if (entry.isFile() && MANIFEST_EXTENSIONS.has(path2.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
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
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read "${displayPath(file, cwd)}": ${error.code ?? String(error)}`);
  }
  return new SourceFile(displayPath(file, cwd), text, file);
}
function displayPath(file, cwd) {
  if (file === STDIN_PATH) return file;
  const relative = path2.relative(cwd, file);
  const shown = relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative;
  return shown.split(path2.sep).join("/");
}
async function readAllStdin(stream = process.stdin) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

// src/engine/lint.ts
var MAX_DEFAULT_CONCURRENCY = 4;
function defaultConcurrency() {
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_CONCURRENCY));
}
async function lint(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(options.configFile, cwd);
  const rules = options.rules ?? builtinRules;
  const active = await resolveRules(config, rules, options.ruleOverrides);
  const settings = {
    kubeVersion: normalizeKubeVersion(options.kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    now: options.now ?? /* @__PURE__ */ new Date()
  };
  if (schemaVersionFor(settings.kubeVersion) === void 0) {
    const [file, key] = options.kubeVersion !== void 0 ? ["--kube-version", settings.kubeVersion] : [config.file ?? "(defaults)", "kubeVersion"];
    throw new ConfigError(file, key, unsupportedMessage(settings.kubeVersion));
  }
  await prepareRules(active, settings);
  const sources = [];
  for (const t of options.texts ?? []) sources.push(new SourceFile(t.path, t.text));
  const files = await resolveInputs(options.patterns ?? [], cwd);
  const readStdin = options.readStdin ?? (() => readAllStdin());
  sources.push(...await readAll(files, cwd, readStdin));
  const fixes = [];
  let results;
  if (options.fix) {
    const known = new Set(active.map((a) => a.rule.id));
    for (const id of options.fix.rules ?? []) {
      if (!known.has(id)) throw new ConfigError("--fix-type", id, `not a rule that runs; rules that run: ${[...known].sort().join(", ")}`);
    }
    await loadLenientReader();
    results = sources.map((source) => {
      const outcome = fixFile(source, active, settings, { rules: options.fix?.rules });
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
  let daemonSets = 0;
  for (const result of results) {
    daemonSets += result.daemonSets;
    for (const f of result.findings) findings.push(f);
  }
  findings.sort(compareFindings);
  return {
    findings,
    files: sources.map((s) => s.path),
    daemonSets,
    rules: ruleInfos(active.map((a) => a.rule)),
    cwd,
    toolVersion: VERSION,
    sources,
    config,
    fixes
  };
}
async function readAll(files, cwd, readStdin) {
  const out = [];
  for (let i = 0; i < files.length; i += READ_BATCH) {
    out.push(...await Promise.all(files.slice(i, i + READ_BATCH).map((f) => readSource(f, cwd, readStdin))));
  }
  return out;
}
var READ_BATCH = 64;
function loadConfig(configFile, cwd) {
  if (configFile === false) return defaultConfig();
  const file = configFile ?? findConfigFile(cwd);
  return file ? loadConfigFile(file, displayPath(file, cwd)) : defaultConfig();
}
async function prepareRules(active, settings) {
  await Promise.all(active.map((a) => a.rule.prepare?.({ kubeVersion: settings.kubeVersion })));
}
function ruleInfo(rule) {
  const info = {
    id: rule.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    fixable: rule.meta.fixable,
    tags: rule.meta.tags,
    helpUri: `${HOMEPAGE}/blob/main/docs/rules/${rule.id}.md`
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
function ruleInfos(rules) {
  return [...rules.map(ruleInfo), yamlSyntaxInfo].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// src/engine/write-file.ts
import { chmod, rename, stat as stat2, unlink, writeFile } from "node:fs/promises";
import path3 from "node:path";
async function writeFileAtomically(file, content) {
  const mode = (await stat2(file)).mode & 4095;
  const temp = path3.join(path3.dirname(file), `.${path3.basename(file)}.daemonlint-${process.pid}-${Date.now()}.tmp`);
  try {
    await writeFile(temp, content, { mode });
    await chmod(temp, mode);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw error;
  }
}

// src/report/unified-diff.ts
function unifiedDiff(path6, before, after, context = 3) {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const hunks = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === "same") {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && ops[start - 1].kind === "same" && i - start < context) start--;
    let end = i;
    let sameRun = 0;
    while (end < ops.length) {
      if (ops[end].kind === "same") {
        if (sameRun === context * 2) break;
        sameRun++;
      } else {
        sameRun = 0;
      }
      end++;
    }
    end = end - sameRun + Math.min(sameRun, context);
    const slice = ops.slice(start, end);
    const aStart = slice[0].aIndex;
    const bStart = slice[0].bIndex;
    const aCount = slice.filter((o) => o.kind !== "add").length;
    const bCount = slice.filter((o) => o.kind !== "del").length;
    const lines = slice.map((o) => `${o.kind === "same" ? " " : o.kind === "del" ? "-" : "+"}${withNewline(o.line)}`);
    hunks.push(`@@ -${range(aStart, aCount)} +${range(bStart, bCount)} @@
${lines.join("")}`);
    i = end;
  }
  const [from, to] = path6.startsWith("/") ? [path6, path6] : [`a/${path6}`, `b/${path6}`];
  return `--- ${from}
+++ ${to}
${hunks.join("")}`;
}
function range(start, count) {
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}
function withNewline(line) {
  return line.endsWith("\n") ? line : `${line}
\\ No newline at end of file
`;
}
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const lcs = Array.from({ length: am.length + 1 }, () => new Array(bm.length + 1).fill(0));
  for (let i2 = am.length - 1; i2 >= 0; i2--) {
    for (let j2 = bm.length - 1; j2 >= 0; j2--) lcs[i2][j2] = am[i2] === bm[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
  }
  const ops = [];
  for (let k = 0; k < head; k++) ops.push({ kind: "same", line: a[k], aIndex: k, bIndex: k });
  let i = 0;
  let j = 0;
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      ops.push({ kind: "same", line: am[i], aIndex: head + i, bIndex: head + j });
      i++;
      j++;
    } else if (j < bm.length && (i === am.length || lcs[i][j + 1] > lcs[i + 1][j])) {
      ops.push({ kind: "add", line: bm[j], aIndex: head + i, bIndex: head + j });
      j++;
    } else {
      ops.push({ kind: "del", line: am[i], aIndex: head + i, bIndex: head + j });
      i++;
    }
  }
  for (let k = 0; k < tail; k++) {
    const ai = a.length - tail + k;
    const bi = b.length - tail + k;
    ops.push({ kind: "same", line: a[ai], aIndex: ai, bIndex: bi });
  }
  return ops;
}

// src/report/json.ts
function countFindings(findings) {
  const counts = { errors: 0, warnings: 0, suppressed: 0 };
  for (const f of findings) {
    if (isSuppressed(f)) counts.suppressed++;
    else if (f.severity === "error") counts.errors++;
    else counts.warnings++;
  }
  return counts;
}
function isSuppressed(finding) {
  return finding.suppressions !== void 0 && finding.suppressions.length > 0;
}
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatJsonPath(path6) {
  let out = "";
  for (const segment of path6) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function objectRef(object) {
  const out = {};
  if (object?.apiVersion !== void 0) out.apiVersion = object.apiVersion;
  if (object?.kind !== void 0) out.kind = object.kind;
  if (object?.namespace !== void 0) out.namespace = object.namespace;
  if (object?.name !== void 0) out.name = object.name;
  return out;
}
function toJsonReport(result) {
  const counts = countFindings(result.findings);
  return {
    version: 1,
    tool: { name: "daemonlint", version: result.toolVersion },
    summary: { files: result.files.length, daemonSets: result.daemonSets, ...counts },
    findings: result.findings.map(toJsonFinding)
  };
}
function toJsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    object: objectRef(f.object),
    path: formatJsonPath(f.path),
    documentIndex: f.documentIndex
  };
  const suppression = f.suppressions?.[0];
  if (suppression) out.suppressed = { kind: suppression.kind, justification: suppression.justification };
  return out;
}
function formatJson(result, _options) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import path4 from "node:path";
import { pathToFileURL } from "node:url";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "daemonlint/v1";
var STDIN = "<stdin>";
var STDIN_URI = "stdin";
function toSarif(result) {
  const rules = result.rules.map(toDescriptor);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of result.findings) {
    if (!ruleIndex.has(f.ruleId)) {
      ruleIndex.set(f.ruleId, rules.length);
      rules.push(toDescriptor({ id: f.ruleId, description: `Rule ${f.ruleId}.`, severity: f.severity, fixable: false, tags: [], helpUri: HOMEPAGE }));
    }
  }
  const artifacts = [];
  const artifactIndex = /* @__PURE__ */ new Map();
  const artifactFor = (file) => {
    let index = artifactIndex.get(file);
    if (index === void 0) {
      index = artifacts.length;
      artifactIndex.set(file, index);
      artifacts.push({ location: artifactLocation(file, result.cwd), roles: ["analysisTarget"] });
    }
    const { uri, uriBaseId } = artifacts[index].location;
    return uriBaseId === void 0 ? { uri, index } : { uri, uriBaseId, index };
  };
  for (const file of result.files) artifactFor(file);
  const seen = /* @__PURE__ */ new Map();
  const results = result.findings.map((f) => {
    const key = fingerprintKey(f, result.cwd);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const out = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: f.severity,
      message: { text: sentence(f.message) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactFor(f.file),
            region: {
              startLine: f.range.start.line,
              startColumn: f.range.start.column,
              endLine: f.range.end.line,
              endColumn: f.range.end.column
            }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash(key)}:${occurrence}` },
      properties: { path: formatJsonPath(f.path), documentIndex: f.documentIndex }
    };
    const logical = logicalLocation(f);
    if (logical) out.locations[0].logicalLocations = [logical];
    if (isSuppressed(f)) {
      out.suppressions = (f.suppressions ?? []).map((s) => ({ kind: s.kind, status: "accepted", justification: s.justification }));
    }
    return out;
  });
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "daemonlint",
            version: result.toolVersion,
            semanticVersion: result.toolVersion,
            informationUri: HOMEPAGE,
            rules
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.cwd) } },
        artifacts,
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
}
function formatSarif(result, _options) {
  return `${JSON.stringify(toSarif(result), null, 2)}
`;
}
function toDescriptor(rule) {
  const description = sentence(rule.description);
  const link = `Documentation: ${rule.helpUri}`;
  const tags = [...rule.tags];
  const properties = { tags, precision: "very-high" };
  if (rule.securitySeverity !== void 0) {
    if (!tags.includes("security")) tags.push("security");
    properties["security-severity"] = rule.securitySeverity.toFixed(1);
  }
  const name = pascalCase(rule.id);
  return {
    id: rule.id,
    // SARIF wants `name` to differ from the opaque `id` (compared without case) or be left out: `probes` has no other name than `Probes`.
    ...name.toLowerCase() === rule.id.toLowerCase() ? {} : { name },
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    help: {
      text: `${description}

${link}`,
      markdown: rule.helpMarkdown ? rule.helpMarkdown : `${description}

[Documentation](${rule.helpUri})`
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: rule.severity },
    properties
  };
}
function fingerprintKey(f, cwd) {
  const file = f.file === STDIN ? STDIN : relativeUriPath(f.file, cwd) ?? f.file;
  return JSON.stringify([
    f.ruleId,
    file,
    f.object?.kind ?? "",
    f.object?.namespace ?? "",
    f.object?.name ?? "",
    formatJsonPath(f.path),
    f.messageId ?? f.message
  ]);
}
function hash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}
function artifactLocation(file, cwd) {
  if (file === STDIN) return { uri: STDIN_URI, description: { text: "Standard input." } };
  const relative = relativeUriPath(file, cwd);
  if (relative === void 0) return { uri: pathToFileURL(path4.resolve(cwd, file)).href };
  return { uri: relative, uriBaseId: SRCROOT };
}
function relativeUriPath(file, cwd) {
  const relative = path4.isAbsolute(file) ? path4.relative(cwd, file) : path4.normalize(file);
  if (path4.isAbsolute(relative)) return void 0;
  const segments = relative.split(path4.sep === "\\" ? /[\\/]/ : "/");
  return segments.map(encodeURIComponent).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function logicalLocation(f) {
  const o = f.object;
  if (!o || o.kind === void 0 && o.name === void 0) return void 0;
  const parts = [o.namespace, o.kind ?? "", o.name ?? ""].filter((p) => p !== void 0);
  const out = { fullyQualifiedName: parts.join("/"), kind: "resource" };
  if (o.name !== void 0) out.name = o.name;
  return out;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((w) => w !== "").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function firstSentence(text) {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text);
  return match ? match[0] : text;
}

// src/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function formatStylish(result, options) {
  const c = import_picocolors.default.createColors(options.color);
  const groups = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const group = groups.get(f.file);
    if (group) group.push(f);
    else groups.set(f.file, [f]);
  }
  let out = "";
  for (const [file, findings] of groups) {
    out += `${c.underline(sanitize(file))}
${formatRows(findings.map(toRow), c)}
`;
  }
  return out + summaryLine(result, c) + "\n";
}
function toRow(f) {
  const suppression = f.suppressions?.[0];
  let note = "";
  if (suppression) {
    const why = oneLine(suppression.justification);
    note = suppression.kind === "inSource" ? `(justified: ${why})` : `(suppressed: ${why})`;
  }
  return {
    line: String(f.range.start.line),
    column: String(f.range.start.column),
    label: suppression ? "suppressed" : f.severity,
    message: oneLine(f.message),
    ruleId: f.ruleId,
    note,
    finding: f
  };
}
function formatRows(rows, c) {
  const lineWidth = maxWidth(rows.map((r) => r.line));
  const columnWidth = maxWidth(rows.map((r) => r.column));
  const labelWidth = maxWidth(rows.map((r) => r.label));
  const messageWidth = maxWidth(rows.map((r) => r.message));
  let out = "";
  for (const row of rows) {
    const location = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const label = row.label.padEnd(labelWidth);
    const message = padEnd(row.message, messageWidth);
    if (isSuppressed(row.finding)) {
      out += c.dim(`  ${location}  ${label}  ${message}  ${row.ruleId}  ${row.note}`) + "\n";
    } else {
      const colorLabel = row.finding.severity === "error" ? c.red : c.yellow;
      out += `  ${c.dim(location)}  ${colorLabel(label)}  ${message}  ${c.dim(row.ruleId)}
`;
    }
  }
  return out;
}
function summaryLine(result, c) {
  const { errors, warnings, suppressed } = countFindings(result.findings);
  const scope = `${plural(result.files.length, "file")}, ${plural(result.daemonSets, "DaemonSet")} checked`;
  if (errors + warnings === 0) {
    const tail2 = suppressed > 0 ? `, ${suppressed} suppressed` : "";
    return c.green(`\u2714 ${scope}: no problems${tail2}`);
  }
  const problems = `\u2716 ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  const tail = suppressed > 0 ? `, ${suppressed} suppressed` : "";
  const color = errors > 0 ? c.red : c.yellow;
  return `${c.bold(color(problems + tail))} \xB7 ${scope}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function width(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
function maxWidth(texts) {
  return texts.reduce((max, t) => Math.max(max, width(t)), 0);
}
function padEnd(text, to) {
  return text + " ".repeat(Math.max(0, to - width(text)));
}
function oneLine(text) {
  return sanitize(text.replace(/\s*[\r\n]+\s*/g, " ").trim());
}
function sanitize(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/report/index.ts
var formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif
};
var formatterNames = Object.keys(formatters);
function isFormatterName(name) {
  return Object.hasOwn(formatters, name);
}
function getFormatter(name) {
  return isFormatterName(name) ? formatters[name] : void 0;
}

// src/cli.ts
var HELP = `Usage: daemonlint [options] [paths...]

Lints Kubernetes DaemonSet manifests. Paths are files, directories (searched for
.yaml, .yml and .json), globs, or - for standard input (helm template ... | daemonlint -).
With no paths, the current directory is linted.

Options:
  -f, --format <name>        stylish (default), json, sarif
  -o, --output-file <file>   write the report to a file instead of standard output
  -c, --config <file>        use this config file instead of the nearest .daemonlint.yaml
      --no-config            use no config file at all
      --rule <id=level>      set a rule's level (off, warning, error); repeatable
      --kube-version <x.y>   Kubernetes version to validate against
      --max-warnings <n>     exit 1 when there are more than n warnings
      --concurrency <n>      threads for large inputs: a number, auto (default) or off
      --fix                  apply fixes to the files (stdin: print the fixed text)
      --fix-dry-run          print the fixes as a unified diff, change nothing
      --fix-type <ids>       only fixes of these rules (comma-separated; repeatable)
      --color, --no-color    force colour on or off (NO_COLOR always turns it off)
  -v, --version              print the version
  -h, --help                 print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input failure.
`;
var UsageError = class extends Error {
};
async function runCli(argv, io) {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`daemonlint: ${error.message}
Run daemonlint --help for usage.
`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`daemonlint: invalid configuration: ${error.message}
`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`daemonlint: ${error.message}
`);
      return 2;
    }
    io.stderr(`daemonlint: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return 2;
  }
}
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        "no-config": { type: "boolean" },
        rule: { type: "string", multiple: true },
        "kube-version": { type: "string" },
        "max-warnings": { type: "string" },
        concurrency: { type: "string" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "fix-type": { type: "string", multiple: true },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const formatName = values.format ?? "stylish";
  const formatter = getFormatter(formatName);
  if (!formatter) throw new UsageError(`unknown format "${formatName}"; allowed: ${formatterNames.join(", ")}`);
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`--max-warnings takes a whole number of 0 or more, got "${values["max-warnings"]}"`);
    }
  }
  let concurrency;
  if (values.concurrency !== void 0 && values.concurrency !== "auto") {
    concurrency = values.concurrency === "off" ? 1 : Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new UsageError(`--concurrency takes a number of threads of 1 or more, "auto" or "off", got "${values.concurrency}"`);
    }
  }
  const ruleOverrides = parseRuleFlags(values.rule ?? []);
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run exclude each other");
  const fixing = values.fix === true || values["fix-dry-run"] === true;
  if (values["fix-type"] && !fixing) throw new UsageError("--fix-type goes with --fix or --fix-dry-run");
  const fixRules = values["fix-type"] ? new Set(values["fix-type"].flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean)) : void 0;
  if (values.config !== void 0 && values["no-config"]) throw new UsageError("--config and --no-config exclude each other");
  const result = await lint({
    patterns: positionals.length > 0 ? positionals : ["."],
    cwd: io.cwd,
    configFile: values["no-config"] ? false : values.config !== void 0 ? path5.resolve(io.cwd, values.config) : void 0,
    ruleOverrides,
    kubeVersion: values["kube-version"] !== void 0 ? normalizeKubeVersion(values["kube-version"]) : void 0,
    readStdin: io.readStdin,
    concurrency,
    workerUrl: io.workerUrl,
    fix: fixing ? { rules: fixRules } : void 0
  });
  let reportTo = io.stdout;
  for (const fix of result.fixes) {
    if (fix.failure) io.stderr(`daemonlint: ${fix.source.path}: not fixed: ${fix.failure}
`);
    if (values["fix-dry-run"]) {
      reportTo = io.stderr;
      io.stdout(unifiedDiff(fix.source.path, restoreBom2(fix.source), fix.output));
    } else if (values.fix && fix.source.absolutePath === void 0) {
      reportTo = io.stderr;
      io.stdout(fix.output);
    } else if (values.fix && fix.fixed > 0 && !fix.failure) {
      await writeFileAtomically(fix.source.absolutePath, fix.output);
    }
  }
  const outputFile = values["output-file"];
  const color = !("NO_COLOR" in io.env && io.env.NO_COLOR !== "") && !values["no-color"] && (values.color === true || io.stdoutIsTTY && outputFile === void 0);
  const report = formatter(result, { color });
  if (outputFile !== void 0) {
    try {
      await writeFile2(path5.resolve(io.cwd, outputFile), report);
    } catch (error) {
      throw new InputError(`cannot write "${outputFile}": ${error.code ?? String(error)}`);
    }
  } else {
    reportTo(report);
  }
  return exitCode(result.findings, maxWarnings);
}
function parseRuleFlags(flags) {
  const out = {};
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    if (eq <= 0) throw new UsageError(`--rule takes id=level (for example --rule probes=off), got "${flag}"`);
    const id = flag.slice(0, eq);
    try {
      out[id] = parseLevel(flag.slice(eq + 1), "--rule", id);
    } catch (error) {
      throw new UsageError(error.message);
    }
  }
  return out;
}
function exitCode(findings, maxWarnings) {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    if (f.severity === "error") errors++;
    else warnings++;
  }
  if (errors > 0) return 1;
  if (maxWarnings !== void 0 && warnings > maxWarnings) return 1;
  return 0;
}
function restoreBom2(source) {
  return (source.hadBom ? "\uFEFF" : "") + source.text;
}

// src/main.ts
var workerUrl = new URL("./worker.js", import.meta.url);
var code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  workerUrl: existsSync2(fileURLToPath(workerUrl)) ? workerUrl : void 0
});
process.exitCode = code;
