import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  HOMEPAGE,
  VERSION
} from "./chunk-LLXENIQX.js";
import {
  CONTENT_AFTER_END,
  CONTROL_PLANE_LABEL,
  CORE_SCHEMA,
  DUPLICATE_KEY,
  FNV_OFFSET,
  HELM_TEMPLATE,
  KeyError,
  MAX_TEXT,
  PatternError,
  PluginTimeoutError,
  SourceFile,
  UNUSED_SUPPRESSION,
  YAML_SYNTAX,
  applySuppressions,
  asRecord,
  boundFinding,
  bounded,
  boundedRef,
  builtinRules,
  compareFindings,
  compileGlob,
  compileWildcard,
  coverageReport,
  defaultKubeVersion,
  describeError,
  directiveKey,
  failsOnce,
  findingSeverity,
  fnvStep,
  formatBytes,
  formatSize,
  hasGlobMagic,
  isDNS1123Label,
  isPlaceholderReason,
  kindOf,
  labelKeyErrors,
  labelValueErrors,
  lintShare,
  load,
  loadLenientReader,
  loadPlugins,
  parseFile,
  parseQuantity,
  parseSize,
  plainKey,
  planFleet,
  prepareRules,
  rangeOf,
  readLimited,
  renderHelp,
  renderMessage,
  resolvePlain,
  runRulesOnFile,
  setOwn,
  syntaxFinding,
  unsupportedKubeVersion
} from "./chunk-GTJUMAUR.js";
import {
  __commonJS,
  __toESM
} from "./chunk-W3537A7T.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest2 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest2;
  }
});

// src/config/config.ts
import { existsSync } from "node:fs";
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

// src/types/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closest(input, known) {
  const lower = input.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const d = (0, import_fastest_levenshtein.distance)(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(input.length / 3)) ? best : void 0;
}
function didYouMean(input, known, quote2 = true) {
  const match = closest(input, known);
  if (match === void 0) return "";
  return quote2 ? `; did you mean "${match}"?` : `; did you mean ${match}?`;
}

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
var TOP_LEVEL_KEYS = ["extends", "rules", "kubeVersion", "requireReason", "ignore", "exclude", "baseline", "plugins", "policies", "maxFileSize", "ruleTimeout", "nodes"];
var EXCLUDE_KEYS = ["rules", "objects", "reason"];
var ENGINE_RULES = { "yaml-syntax": "error", "unused-suppression": "warning", "duplicate-key": "warning", "content-after-end": "warning", "helm-template": "warning" };
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
var MAX_CONFIG_SIZE = 1024 * 1024;
function loadConfigFile(file, shownAs = file) {
  const text = readConfigText(file, shownAs);
  let raw;
  try {
    raw = onlyComments(text) ? {} : load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    throw new ConfigError(shownAs, "(file)", `is not valid YAML: ${error.message.split("\n")[0]}`);
  }
  return parseConfig(raw, shownAs, text);
}
function readConfigText(file, shownAs = file) {
  let read;
  try {
    read = readLimited(file, MAX_CONFIG_SIZE, { regularOnly: true });
  } catch (error) {
    throw new ConfigError(shownAs, "(file)", `cannot be read (${describeError(error)})`);
  }
  if (read.notRegular) throw new ConfigError(shownAs, "(file)", `is ${read.notRegular}, not a regular file`);
  if (read.tooLarge) throw new ConfigError(shownAs, "(file)", `is ${formatBytes(read.size)}, more than the ${formatSize(MAX_CONFIG_SIZE)} a configuration may be`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(read.bytes);
  } catch {
    throw new ConfigError(shownAs, "(file)", "is not UTF-8 text");
  }
}
function onlyComments(text) {
  return text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line));
}
function numberAsWritten(value, source, file) {
  const written = source === void 0 ? void 0 : /^kubeVersion[ \t]*:[ \t]*([0-9][0-9.]*)[ \t]*(?:#.*)?$/m.exec(source)?.[1];
  if (written !== void 0 && Number(written) === value) return written;
  const text = String(value);
  if (/^\d+\.\d\d$/.test(text) || !Number.isInteger(value * 10)) return text;
  throw new ConfigError(file, "kubeVersion", `${text} is read as a number; quote the version, such as "1.30"`);
}
function parseConfig(raw, file, source) {
  if (raw === null || raw === void 0) return { ...defaultConfig(), file };
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError(file, "(root)", "must be a mapping of settings");
  const config = { ...defaultConfig(), file };
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case "extends":
        if (!PRESETS.includes(value)) {
          throw new ConfigError(file, "extends", `${JSON.stringify(value)} is not a preset${didYouMean(String(value), PRESETS)}; allowed: ${PRESETS.join(", ")}`);
        }
        config.extends = value;
        break;
      case "kubeVersion":
        if (typeof value !== "string" && typeof value !== "number") {
          throw new ConfigError(file, "kubeVersion", 'must be a Kubernetes minor version such as "1.36"');
        }
        config.kubeVersion = normalizeKubeVersion(typeof value === "number" ? numberAsWritten(value, source, file) : value);
        break;
      case "requireReason":
        if (typeof value !== "boolean") throw new ConfigError(file, "requireReason", `must be true or false, got ${JSON.stringify(value)}`);
        config.requireReason = value;
        break;
      case "ignore":
        config.ignore = stringList(value, file, "ignore", 'a list of path globs such as "charts/**/templates/*.yaml"');
        config.ignore.forEach((glob, i) => checkPattern(compileGlob, glob, file, `ignore[${i}]`));
        break;
      case "plugins":
        config.plugins = stringList(value, file, "plugins", "a list of plugin paths (./policy/rules.js) or package names");
        break;
      case "policies":
        config.policies = stringList(value, file, "policies", 'a list of files, directories or globs of admission policies such as "cluster/policies/"');
        break;
      case "nodes":
        config.nodes = typeof value === "string" && value !== "" ? [value] : stringList(value, file, "nodes", "a node inventory file, or a list of them (kubectl get nodes -o yaml output, NodePool entries)");
        break;
      case "baseline":
        if (typeof value !== "string" || value === "") throw new ConfigError(file, "baseline", "must be the path of a baseline file");
        config.baseline = value;
        break;
      case "maxFileSize": {
        const bytes = typeof value === "string" || typeof value === "number" ? parseSize(value) : void 0;
        if (bytes === void 0) throw new ConfigError(file, "maxFileSize", `${JSON.stringify(value)} is not a size; write bytes (1048576) or a size such as "64MiB" or "500KB"`);
        config.maxFileSize = bytes;
        break;
      }
      case "ruleTimeout":
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
          throw new ConfigError(file, "ruleTimeout", `${JSON.stringify(value)} is not a time; write milliseconds, a whole number such as 10000`);
        }
        config.ruleTimeout = value;
        break;
      case "exclude":
        if (!Array.isArray(value)) throw new ConfigError(file, "exclude", "must be a list of {rules, objects, reason} entries");
        config.exclude = value.map((entry, i) => parseExclude(entry, file, `exclude[${i}]`));
        break;
      case "rules":
        if (value === null) break;
        if (typeof value !== "object" || Array.isArray(value)) {
          throw new ConfigError(file, "rules", "must be a mapping of rule id to level or [level, options]");
        }
        for (const [id, setting] of Object.entries(value)) setOwn(config.rules, id, parseRuleSetting(setting, file, `rules.${id}`));
        break;
      default:
        throw new ConfigError(file, key, `unknown setting${didYouMean(key, TOP_LEVEL_KEYS)}; allowed: ${TOP_LEVEL_KEYS.join(", ")}`);
    }
  }
  if (config.requireReason) {
    const i = config.exclude.findIndex((e) => e.reason === void 0 || e.reason.trim() === "");
    if (i !== -1) throw new ConfigError(file, `exclude[${i}].reason`, "is required while requireReason is on: say why these findings are accepted");
    const p = config.exclude.findIndex((e) => isPlaceholderReason(e.reason));
    if (p !== -1) throw new ConfigError(file, `exclude[${p}].reason`, `${JSON.stringify(bounded(config.exclude[p].reason.trim()))} is a placeholder while requireReason is on: say why these findings are accepted`);
  }
  return config;
}
function configFromValue(value) {
  const name = "the config option";
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ConfigError(name, "(root)", "must be an object of settings");
  const { file, rules, ...rest } = value;
  const raw = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== void 0));
  if (typeof rules === "object" && rules !== null && !Array.isArray(rules)) {
    raw.rules = Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => {
        if (typeof setting !== "object" || setting === null || Array.isArray(setting) || !("level" in setting)) return [id, setting];
        const { level, options } = setting;
        return [id, options === void 0 ? level : [level, options]];
      })
    );
  } else if (rules !== void 0) {
    raw.rules = rules;
  }
  const config = parseConfig(raw, typeof file === "string" ? file : name);
  if (typeof file === "string") config.file = file;
  else delete config.file;
  return config;
}
function checkPattern(compile, pattern, file, key) {
  try {
    compile(pattern);
  } catch (error) {
    if (error instanceof PatternError) throw new ConfigError(file, key, error.message);
    throw error;
  }
}
function stringList(value, file, key, what) {
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) throw new ConfigError(file, key, `must be ${what}`);
  return value;
}
function parseExclude(entry, file, key) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new ConfigError(file, key, "must be a mapping with rules, objects and reason");
  for (const k of Object.keys(entry)) {
    if (!EXCLUDE_KEYS.includes(k)) throw new ConfigError(file, `${key}.${k}`, `unknown setting${didYouMean(k, EXCLUDE_KEYS)}; allowed: ${EXCLUDE_KEYS.join(", ")}`);
  }
  const e = entry;
  const out = {
    rules: e.rules === void 0 ? [] : stringList(e.rules, file, `${key}.rules`, "a list of rule ids"),
    objects: stringList(e.objects, file, `${key}.objects`, 'a list of "namespace/name" patterns such as "kube-system/*"')
  };
  out.objects.forEach((pattern, i) => checkPattern(compileWildcard, pattern, file, `${key}.objects[${i}]`));
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
var LEVEL_ALIASES = { warn: "warning" };
function parseLevel(value, file, key) {
  if (value === false) return "off";
  if (LEVELS.includes(value)) return value;
  if (typeof value === "string" && Object.hasOwn(LEVEL_ALIASES, value)) return LEVEL_ALIASES[value];
  const hint = typeof value === "string" ? didYouMean(value, [...LEVELS, ...Object.keys(LEVEL_ALIASES)]) : "";
  throw new ConfigError(file, key, `${JSON.stringify(value)} is not a level${hint}; allowed: ${LEVELS.join(", ")} (or warn)`);
}
function normalizeKubeVersion(version) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : version.trim();
}
async function resolveRules(config, rules, overrides = {}) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const file = config.file ?? "(defaults)";
  const known = () => [...byId.keys(), ...Object.keys(ENGINE_RULES)].sort().join(", ");
  const ids = () => [...byId.keys(), ...Object.keys(ENGINE_RULES)];
  const isRule = (id) => byId.has(id) || Object.hasOwn(ENGINE_RULES, id);
  for (const id of Object.keys(config.rules)) {
    if (!isRule(id)) throw new ConfigError(file, `rules.${id}`, `unknown rule${didYouMean(id, ids())}; known rules: ${known()}`);
  }
  config.exclude.forEach((entry, i) => {
    for (const id of entry.rules) {
      if (!isRule(id)) throw new ConfigError(file, `exclude[${i}].rules`, `${JSON.stringify(id)} is not a rule${didYouMean(id, ids())}; known rules: ${known()}`);
    }
  });
  for (const id of Object.keys(overrides)) {
    if (!isRule(id)) throw new ConfigError("--rule", id, `unknown rule${didYouMean(id, ids())}; known rules: ${known()}`);
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
    throw new ConfigError(file, `${where}.${extra}`, `unknown option${didYouMean(extra, allowed)}; allowed: ${allowed.join(", ")}`);
  }
  throw new ConfigError(file, where, first.message ?? "invalid value");
}

// src/inputs/load.ts
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path2 from "node:path";

// src/inputs/glob.ts
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

// src/inputs/decode.ts
function decodeBytes(bytes) {
  const encoding = sniffEncoding(bytes);
  const problems = [];
  let text;
  let lossless = true;
  if (encoding === "utf-32le" || encoding === "utf-32be") {
    const decoded = decodeUtf32(bytes, encoding === "utf-32le");
    text = decoded.text;
    problems.push({
      offset: 0,
      message: "the file is UTF-32, which kubectl does not read",
      help: `daemonlint decoded it (byte-order mark ${hex(bytes.subarray(0, 4))}) and linted it, but kubectl takes that mark for UTF-16 and refuses the file ("control characters are not allowed"). Save it as UTF-8.`
    });
    if (decoded.bad !== void 0) {
      lossless = false;
      problems.push({ offset: decoded.bad.offset, message: `the file is not valid UTF-32: bytes ${hex(bytes.subarray(decoded.bad.byte, decoded.bad.byte + 4))} at byte ${decoded.bad.byte} are no character`, help: REPLACED });
    }
  } else {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      lossless = false;
      text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
      const bad = encoding === "utf-8" ? firstBadUtf8(bytes) : firstBadUtf16(bytes, encoding === "utf-16le");
      const offset = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bad)).length;
      problems.push({ offset, message: `the file is not valid ${encoding === "utf-8" ? "UTF-8" : encoding === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"}: ${describeBadBytes(bytes, bad, encoding)}`, help: REPLACED });
    }
  }
  const control = firstDisallowed(text);
  if (control !== -1 && !problems.some((p) => p.offset <= control)) problems.push({ offset: control, ...controlMessage(text, control, bytes, encoding) });
  return { text, origin: { encoding, lossless, problems } };
}
var REPLACED = "kubectl would read each such byte as U+FFFD (the replacement character) without a word, and apply text that is not what was reviewed. Save the file as UTF-8.";
function sniffEncoding(b) {
  if (b[0] === 255 && b[1] === 254 && b[2] === 0 && b[3] === 0) return "utf-32le";
  if (b[0] === 0 && b[1] === 0 && b[2] === 254 && b[3] === 255) return "utf-32be";
  if (b[0] === 255 && b[1] === 254) return "utf-16le";
  if (b[0] === 254 && b[1] === 255) return "utf-16be";
  return "utf-8";
}
function encodeText(text, encoding) {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-16le":
      return Buffer.from(text, "utf16le");
    case "utf-16be":
      return Buffer.from(text, "utf16le").swap16();
    case "utf-32le":
    case "utf-32be": {
      const points = Array.from(text, (c) => c.codePointAt(0));
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => encoding === "utf-32le" ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4));
      return out;
    }
  }
}
function decodeUtf32(bytes, little) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = "";
  let bad;
  const whole = bytes.length - bytes.length % 4;
  for (let i = 0; i < whole; i += 4) {
    const point = view.getUint32(i, little);
    if (point > 1114111 || point >= 55296 && point <= 57343) {
      bad ??= { byte: i, offset: text.length };
      text += "\uFFFD";
    } else {
      text += String.fromCodePoint(point);
    }
  }
  if (whole < bytes.length) {
    bad ??= { byte: whole, offset: text.length };
    text += "\uFFFD";
  }
  return bad ? { text, bad } : { text };
}
function firstBadUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let need;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) need = 1;
    else if (c >= 224 && c <= 239) {
      need = 2;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    } else return i;
    if (i + need >= b.length) return i;
    if (b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (b[i + k] === void 0 || b[i + k] < 128 || b[i + k] > 191) return i;
    i += need + 1;
  }
  return b.length;
}
function firstBadUtf16(b, little) {
  const unit = (i2) => little ? b[i2] | b[i2 + 1] << 8 : b[i2] << 8 | b[i2 + 1];
  let i = 0;
  for (; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 55296 && u <= 56319) {
      if (i + 3 < b.length && unit(i + 2) >= 56320 && unit(i + 2) <= 57343) {
        i += 2;
        continue;
      }
      return i;
    }
    if (u >= 56320 && u <= 57343) return i;
  }
  return i;
}
function describeBadBytes(bytes, at, encoding) {
  if (at >= bytes.length) return "it ends in the middle of a character";
  if (encoding !== "utf-8") return at + 1 >= bytes.length ? "it ends with half a character" : `bytes ${hex(bytes.subarray(at, at + 2))} at offset ${at} are half a surrogate pair`;
  const c = bytes[at];
  const what = `byte 0x${hex(bytes.subarray(at, at + 1))} at offset ${at}`;
  if (c >= 128 && c <= 191) return `${what} does not begin a character`;
  if (c === 192 || c === 193 || c >= 245) return `${what} never occurs in UTF-8`;
  return `${what} begins a character that is cut short`;
}
function hex(bytes) {
  return Array.from(bytes, (x) => x.toString(16).padStart(2, "0").toUpperCase()).join(" ");
}
function firstDisallowed(text) {
  const re = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
  const m = re.exec(text);
  return m ? m.index : -1;
}
function controlMessage(text, offset, bytes, encoding) {
  const code = text.charCodeAt(offset);
  if (code === 0 && encoding === "utf-8" && looksLikeUtf16WithoutBom(bytes)) {
    return {
      message: "the file looks like UTF-16 without a byte-order mark",
      help: 'Every other byte is NUL. kubectl reads UTF-16 only after a byte-order mark (FF FE or FE FF), and refuses this file ("control characters are not allowed"). Save it as UTF-8.'
    };
  }
  if (code === 0) {
    return { message: "the file holds a NUL byte: it is not text", help: 'YAML does not allow NUL bytes, and kubectl refuses the file ("control characters are not allowed"). Is it a binary file?' };
  }
  return {
    message: `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")} is not allowed in YAML`,
    help: 'kubectl refuses the file ("control characters are not allowed"), comments included. Remove it, or write it as an escape in a double-quoted string ("\\x1b").'
  };
}
function looksLikeUtf16WithoutBom(b) {
  const n = Math.min(b.length - b.length % 2, 64);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return even === n / 2 && odd < n / 4 || odd === n / 2 && even < n / 4;
}

// src/inputs/load.ts
var STDIN_PATH = "<stdin>";
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var InputError = class extends Error {
};
async function resolveInputs(patterns, cwd, options = {}) {
  const pace = pacer();
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  const unmatched = (message) => {
    if (options.errorOnUnmatchedPattern !== false) throw new InputError(message);
  };
  for (const pattern of patterns) {
    if (pattern === "-") {
      add(STDIN_PATH);
      continue;
    }
    const absolute = path2.resolve(cwd, pattern);
    const info = statPattern(absolute, pattern);
    if (info?.isDirectory()) {
      const files = await walk(absolute, cwd, options.skipped ?? [], pace);
      if (files.length === 0) unmatched(`no manifests in the directory "${pattern}": it and its subdirectories hold no .yaml, .yml or .json file (dot-folders and node_modules are skipped)`);
      for (const f of files) add(f);
    } else if (info?.isFile() || info?.isFIFO() || info?.isCharacterDevice()) {
      add(absolute);
    } else if (info) {
      throw new InputError(`cannot read "${pattern}": it is ${kindOf(info)}`);
    } else if (hasGlobMagic(pattern)) {
      const matches = await expandGlob(pattern, cwd, pace);
      if (matches.length === 0) unmatched(`no files match the pattern "${pattern}" (${await describeBase(pattern, cwd)})`);
      for (const f of matches) add(f);
    } else {
      unmatched(`cannot read "${pattern}": no such file or directory`);
    }
  }
  return out;
}
async function describeBase(pattern, cwd) {
  const base = globBase(pattern.replace(/\\/g, "/"));
  if (base === ".") return "searched the working directory";
  const shown = displayPath(path2.resolve(cwd, base), cwd);
  const info = statOrUndefined(path2.resolve(cwd, base));
  return info?.isDirectory() ? `searched under "${shown}"` : `the directory "${shown}" does not exist`;
}
async function walk(dir, cwd, skipped, pace) {
  await pace();
  const entries = readDirectory(dir, cwd);
  const chart = entries.some((e) => e.name === "Chart.yaml" && e.isFile());
  const out = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = joinName(dir, entry.name);
    if (chart && entry.name === "templates" && entry.isDirectory()) skipped.push(full);
    else if (entry.isDirectory()) out.push(...await walk(full, cwd, skipped, pace));
    else if (MANIFEST_EXTENSIONS.has(path2.extname(entry.name).toLowerCase()) && isRegularFile(entry, full)) out.push(full);
  }
  return out;
}
function isRegularFile(entry, full) {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return statOrUndefined(full)?.isFile() === true;
}
function readDirectory(dir, cwd) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`cannot read the directory "${displayPath(dir, cwd)}": ${describeError(error)}`);
  }
  return entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function statOrUndefined(file) {
  try {
    return statSync(file);
  } catch {
    return void 0;
  }
}
function statPattern(absolute, pattern) {
  try {
    return statSync(absolute);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || hasGlobMagic(pattern)) return void 0;
    throw new InputError(`cannot read "${pattern}": ${describeError(error)}`);
  }
}
function pacer() {
  let directories = 0;
  return async () => {
    if (++directories % PACE_DIRECTORIES === 0) await new Promise((resolve) => setImmediate(resolve));
  };
}
var PACE_DIRECTORIES = 64;
function joinName(dir, name) {
  return dir.endsWith(path2.sep) ? dir + name : dir + path2.sep + name;
}
async function expandGlob(pattern, cwd, pace) {
  const normalized = pattern.replace(/\\/g, "/");
  const base = globBase(normalized);
  const baseDir = path2.resolve(cwd, base);
  const info = statOrUndefined(baseDir);
  if (!info?.isDirectory()) return [];
  let matches;
  try {
    compileGlob(normalized);
    matches = compileGlob(path2.resolve(cwd, normalized).split(path2.sep).join("/"));
  } catch (error) {
    if (error instanceof PatternError) throw new InputError(`invalid pattern "${pattern}": ${error.message}`);
    throw error;
  }
  const out = [];
  const visit = async (dir) => {
    await pace();
    const entries = readDirectory(dir, cwd);
    for (const entry of entries) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path2.join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (matches(full.split(path2.sep).join("/")) && isRegularFile(entry, full)) out.push(full);
    }
  };
  await visit(baseDir);
  return out;
}
var DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;
async function readSource(file, cwd, readStdin, options = {}) {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (file === STDIN_PATH) {
    const input = await readStdin();
    if (typeof input === "string") return new SourceFile(STDIN_PATH, input);
    if (input.length === 0) throw new InputError("standard input is empty: nothing to lint (did the command before the pipe fail?)");
    if (input.length > limit) return tooLarge(STDIN_PATH, void 0, `more than ${formatSize(limit)}`, limit);
    const decoded = decodeBytes(input);
    return new SourceFile(STDIN_PATH, decoded.text, void 0, decoded.origin);
  }
  return readFileSource(file, cwd, options);
}
function readFileSource(file, cwd, options = {}) {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const shown = displayPath(file, cwd);
  let read;
  try {
    read = readLimited(file, limit);
  } catch (error) {
    throw new InputError(`cannot read "${shown}": ${describeError(error)}`);
  }
  if (read.tooLarge) return tooLarge(shown, file, read.stat.isFile() ? formatBytes(read.size) : `more than ${formatSize(limit)}`, limit);
  const decoded = decodeBytes(read.bytes);
  if (options.snapshot && read.stat.isFile()) {
    decoded.origin.snapshot = { size: read.bytes.length, mtimeMs: read.stat.mtimeMs, sha256: createHash("sha256").update(read.bytes).digest("hex") };
  }
  return new SourceFile(shown, decoded.text, file, decoded.origin);
}
function tooLarge(shown, file, size, limit) {
  const message = `${file === void 0 ? "standard input" : "the file"} is ${size}, over the ${formatSize(limit)} limit: it was not read`;
  const help = "Inputs are read whole, so their size is limited. To lint it, raise the limit: maxFileSize in .daemonlint.yaml, or --max-file-size.";
  return new SourceFile(shown, "", file, { encoding: "utf-8", lossless: false, problems: [{ offset: 0, message, help }] });
}
function displayPath(file, cwd) {
  if (file === STDIN_PATH) return file;
  const under = file.length > cwd.length + 1 && file.startsWith(cwd) && file[cwd.length] === path2.sep && !cwd.endsWith(path2.sep);
  const relative = under ? file.slice(cwd.length + 1) : path2.relative(cwd, file);
  const shown = relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative;
  return shown.split(path2.sep).join("/");
}
async function readAllStdin(stream = process.stdin, limit = DEFAULT_MAX_FILE_SIZE) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks, total);
}

// src/inventory/problems.ts
var InventoryError = class extends Error {
  constructor(file, field, detail, line, column) {
    super(`${file}${line !== void 0 ? `:${line}:${column}` : ""}: ${field === "" ? "" : `${field}: `}${detail}`);
    this.file = file;
    this.field = field;
    this.line = line;
    this.column = column;
  }
  file;
  field;
  line;
  column;
};
function fieldPath(path8) {
  let out = "";
  for (const segment of path8) out += typeof segment === "number" ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  return out;
}
var DocumentPlace = class {
  constructor(file, root, start) {
    this.file = file;
    this.root = root;
    this.start = start;
  }
  file;
  root;
  start;
  error(path8, detail, at = "value") {
    const { start } = rangeOf(this.file, this.root, path8, at, this.start);
    return new InventoryError(this.file.path, fieldPath(path8), detail, start.line, start.column);
  }
  get fileName() {
    return this.file.path;
  }
};
function quote(value) {
  const text = typeof value === "bigint" ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// src/inventory/load.ts
import { readFileSync } from "node:fs";

// src/inventory/node.ts
var TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
var UNSCHEDULABLE_TAINT = { key: "node.kubernetes.io/unschedulable", value: "", effect: "NoSchedule" };
var PLATFORM_LABEL_SOURCES = [
  ["kubernetes.io/os", "operatingSystem"],
  ["beta.kubernetes.io/os", "operatingSystem"],
  ["kubernetes.io/arch", "architecture"],
  ["beta.kubernetes.io/arch", "architecture"]
];
function readNode(value, path8, place) {
  const metadata = asRecord(value.metadata);
  const name = metadata?.name;
  if (typeof name !== "string" || name === "") throw place.error([...path8, "metadata", "name"], "a Node needs a name (metadata.name)", "key");
  const labels = readStringMap(metadata?.labels, [...path8, "metadata", "labels"], place, "label values are strings");
  const spec = asRecord(value.spec);
  const status = asRecord(value.status);
  const nodeInfo = asRecord(status?.nodeInfo);
  for (const [label, field2] of PLATFORM_LABEL_SOURCES) {
    const known = nodeInfo?.[field2];
    if (labels[label] === void 0 && typeof known === "string" && known !== "") labels[label] = known;
  }
  labels["kubernetes.io/hostname"] ??= name;
  const taints = readTaints(spec?.taints, [...path8, "spec", "taints"], place);
  const unschedulable = spec?.unschedulable;
  if (unschedulable !== void 0 && unschedulable !== null && typeof unschedulable !== "boolean") {
    throw place.error([...path8, "spec", "unschedulable"], `must be true or false, got ${quote(unschedulable)}`);
  }
  if (unschedulable === true) addTaint(taints, UNSCHEDULABLE_TAINT);
  const node = { name, labels, taints, unschedulable: unschedulable === true, planned: false, file: place.fileName };
  const field = status?.allocatable !== void 0 ? "allocatable" : status?.capacity !== void 0 ? "capacity" : void 0;
  if (field !== void 0) node.allocatable = readResources(status?.[field], [...path8, "status", field], place);
  return node;
}
function readTaints(list, path8, place) {
  if (list === void 0 || list === null) return [];
  if (!Array.isArray(list)) throw place.error(path8, "must be a list of taints ({key, value, effect})");
  const out = [];
  list.forEach((item, i) => {
    const taint = asRecord(item);
    if (!taint) throw place.error([...path8, i], "a taint is a mapping with key, value and effect");
    const { key, value, effect } = taint;
    if (typeof key !== "string" || key === "") throw place.error([...path8, i, "key"], "a taint needs a key", "key");
    if (value !== void 0 && value !== null && typeof value !== "string") {
      throw place.error([...path8, i, "value"], `a taint's value is a string, got ${quote(value)}: quote it`);
    }
    if (typeof effect !== "string" || !TAINT_EFFECTS.includes(effect)) {
      throw place.error([...path8, i, "effect"], `${quote(effect)} is not a taint effect; allowed: ${TAINT_EFFECTS.join(", ")}`);
    }
    addTaint(out, { key, value: typeof value === "string" ? value : "", effect });
  });
  return out;
}
function addTaint(taints, taint) {
  if (!taints.some((t) => t.key === taint.key && t.effect === taint.effect)) taints.push({ ...taint });
}
function readResources(map, path8, place) {
  const record = asRecord(map);
  if (!record) throw place.error(path8, "must be a mapping of resource names to quantities (cpu: 3920m, memory: 15Gi, pods: 110)");
  const out = {};
  for (const [resource, amount] of Object.entries(record)) {
    const quantity = parseQuantity(amount);
    if (quantity === void 0 || quantity.sign < 0) {
      throw place.error([...path8, resource], `${quote(amount)} is not a quantity; write one such as 3920m, 4, 15Gi or 110`);
    }
    out[resource] = String(amount);
  }
  return out;
}
function readStringMap(map, path8, place, what) {
  if (map === void 0 || map === null) return {};
  const record = asRecord(map);
  if (!record) throw place.error(path8, "must be a mapping of label keys to values");
  const out = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null) out[key] = "";
    else if (typeof value === "string") out[key] = value;
    else throw place.error([...path8, key], `${what}: got ${quote(value)}; quote it ("${String(value)}")`);
  }
  return out;
}

// src/inventory/planned-pool.ts
var NODE_POOL_API_VERSION = "daemonlint.io/v1alpha1";
var FIELDS = ["apiVersion", "kind", "name", "count", "labels", "taints", "allocatable", "os", "arch", "unschedulable"];
var OPERATING_SYSTEMS = ["linux", "windows"];
var MAX_COUNT = 1e5;
function readPlannedPool(value, path8, place) {
  for (const key of Object.keys(value)) {
    if (!FIELDS.includes(key)) throw place.error([...path8, key], `unknown field of a NodePool${didYouMean(key, FIELDS)}; allowed: ${FIELDS.join(", ")}`, "key");
  }
  if (value.apiVersion !== void 0 && value.apiVersion !== NODE_POOL_API_VERSION) {
    throw place.error([...path8, "apiVersion"], `${quote(value.apiVersion)} is not the NodePool version; write ${NODE_POOL_API_VERSION} or leave it out`);
  }
  const name = value.name;
  if (typeof name !== "string") throw place.error([...path8, "name"], 'a NodePool needs a name, such as "gpu" (its nodes are named gpu-1, gpu-2, ...)', "key");
  const nameErrors = isDNS1123Label(name);
  if (nameErrors.length > 0) throw place.error([...path8, "name"], `${quote(name)} is not a valid pool name: ${nameErrors.join("; ")}`);
  const count = value.count;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw place.error([...path8, "count"], `the number of nodes must be a whole number from 1 to ${MAX_COUNT}, got ${quote(count)}`, count === void 0 ? "key" : "value");
  }
  const labels = readStringMap(value.labels, [...path8, "labels"], place, "label values are strings");
  for (const [key, labelValue] of Object.entries(labels)) {
    const keyErrors = labelKeyErrors(key);
    if (keyErrors.length > 0) throw place.error([...path8, "labels", key], `${quote(key)} is not a label key: ${keyErrors.join("; ")}`, "key");
    const valueErrors = labelValueErrors(labelValue);
    if (valueErrors.length > 0) throw place.error([...path8, "labels", key], `${quote(labelValue)} is not a label value: ${valueErrors.join("; ")}`);
  }
  for (const [field, label, allowed, fallback] of [
    ["os", "kubernetes.io/os", OPERATING_SYSTEMS, "linux"],
    ["arch", "kubernetes.io/arch", void 0, "amd64"]
  ]) {
    const given = value[field];
    if (given !== void 0 && (typeof given !== "string" || given === "" || allowed !== void 0 && !allowed.includes(given))) {
      throw place.error([...path8, field], `${quote(given)} is not ${allowed ? `one of ${allowed.join(", ")}` : "an architecture such as amd64 or arm64"}`);
    }
    const labelled = labels[label];
    if (given !== void 0 && labelled !== void 0 && labelled !== given) {
      throw place.error([...path8, field], `${field} ${given} contradicts the label ${label}=${labelled}; give one of them`);
    }
    const platform = given ?? labelled ?? fallback;
    labels[label] = platform;
    labels[`beta.${label}`] ??= platform;
  }
  const taints = readTaints(value.taints, [...path8, "taints"], place);
  taints.forEach((taint, i) => {
    const keyErrors = labelKeyErrors(taint.key);
    if (keyErrors.length > 0) throw place.error([...path8, "taints", i, "key"], `${quote(taint.key)} is not a taint key: ${keyErrors.join("; ")}`);
    const valueErrors = labelValueErrors(taint.value);
    if (valueErrors.length > 0) throw place.error([...path8, "taints", i, "value"], `${quote(taint.value)} is not a taint value: ${valueErrors.join("; ")}`);
  });
  const unschedulable = value.unschedulable;
  if (unschedulable !== void 0 && typeof unschedulable !== "boolean") throw place.error([...path8, "unschedulable"], `must be true or false, got ${quote(unschedulable)}`);
  if (unschedulable === true) addTaint(taints, UNSCHEDULABLE_TAINT);
  const allocatable = value.allocatable === void 0 ? void 0 : readResources(value.allocatable, [...path8, "allocatable"], place);
  const nodes = [];
  for (let i = 1; i <= count; i++) {
    const nodeName = `${name}-${i}`;
    const node = {
      name: nodeName,
      labels: { ...labels, "kubernetes.io/hostname": nodeName },
      taints,
      unschedulable: unschedulable === true,
      planned: true,
      file: place.fileName
    };
    if (allocatable) node.allocatable = allocatable;
    nodes.push(node);
  }
  return nodes;
}

// src/inventory/kubectl-list.ts
function scanKubectlList(text, take) {
  if (text.indexOf("	") !== -1 || text.indexOf("\r") !== -1 || text.indexOf("\0") !== -1) return void 0;
  try {
    return new ListScanner(text, take).list();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
var GIVE_UP = /* @__PURE__ */ Symbol("not the shape kubectl prints");
var ListScanner = class {
  constructor(text, take) {
    this.text = text;
    this.take = take;
    this.advance();
  }
  text;
  take;
  /** The current line: where it starts and ends, its indentation, where its content starts. */
  start = 0;
  end = -1;
  indent = 0;
  content = 0;
  atEnd = false;
  list() {
    const out = {};
    while (!this.atEnd) {
      if (this.indent !== 0) throw GIVE_UP;
      const { key, value } = this.entry();
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      if (key === "items") {
        if (value !== void 0) throw GIVE_UP;
        out.items = this.items();
      } else if (key === "kind" || key === "apiVersion") {
        out[key] = this.scalarOrGiveUp(value, 0);
      } else {
        this.skipValue(value, 0);
        out[key] = null;
      }
    }
    if (out.kind !== "List" && out.kind !== "NodeList") throw GIVE_UP;
    if (!Array.isArray(out.items)) throw GIVE_UP;
    return out;
  }
  /** The sequence under `items:`, each item a Node read for the fields an inventory uses. */
  items() {
    const items = [];
    if (this.atEnd || !this.isSequenceItem()) throw GIVE_UP;
    const itemIndent = this.indent;
    for (let index = 0; !this.atEnd && this.indent === itemIndent && this.isSequenceItem(); index++) {
      const item = this.mapping(itemIndent + 2, NODE, true);
      if (!this.take?.(item, index)) items.push(item);
    }
    if (!this.atEnd && this.indent > 0) throw GIVE_UP;
    return items;
  }
  /**
   * A block mapping whose keys are at `indent` (the first one after `- ` when `inItem`): each key
   * in `entries` is read as it says, any other passed over.
   */
  mapping(indent, entries, inItem = false) {
    const out = {};
    let first = inItem;
    for (; ; ) {
      if (first) {
        this.content = this.start + indent;
        if (this.text.charCodeAt(this.content) === SPACE) throw GIVE_UP;
        first = false;
      } else if (this.atEnd || this.indent !== indent || this.isSequenceItem()) {
        if (!this.atEnd && this.indent > indent) throw GIVE_UP;
        return out;
      }
      const { key, value } = this.entry();
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      const how = entries === ANY_SCALARS ? "scalar" : Object.hasOwn(entries, key) ? entries[key] : void 0;
      if (how === void 0) {
        this.skipValue(value, indent);
        out[key] = null;
      } else if (how === "scalar") {
        out[key] = this.scalarOrGiveUp(value, indent);
      } else {
        if (value !== void 0) throw GIVE_UP;
        if (how === "scalars") out[key] = this.scalars(indent);
        else if (how === "list of scalars") out[key] = this.sequenceOfScalars(indent);
        else out[key] = this.nested(indent, how);
      }
    }
  }
  /** A nested block mapping under a key at `parent`, read with `entries`; nothing nested is null. */
  nested(parent, entries) {
    if (this.atEnd || this.indent <= parent) return null;
    return this.mapping(this.indent, entries);
  }
  /** A nested mapping of scalars (labels, allocatable): every entry read. */
  scalars(parent) {
    if (this.atEnd || this.indent <= parent) return null;
    const indent = this.indent;
    const out = {};
    while (!this.atEnd && this.indent === indent && !this.isSequenceItem()) {
      const { key, value } = this.entry();
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      out[key] = this.scalarOrGiveUp(value, indent);
    }
    if (!this.atEnd && this.indent > indent) throw GIVE_UP;
    return out;
  }
  /** A sequence of mappings of scalars under a key at `parent` (taints), compact (`- ` at the key's indentation) or indented. */
  sequenceOfScalars(parent) {
    if (this.atEnd || this.indent < parent || !this.isSequenceItem()) {
      if (!this.atEnd && this.indent > parent) throw GIVE_UP;
      return null;
    }
    const itemIndent = this.indent;
    const out = [];
    while (!this.atEnd && this.indent === itemIndent && this.isSequenceItem()) out.push(this.mapping(itemIndent + 2, ANY_SCALARS, true));
    if (!this.atEnd && this.indent > parent && this.indent !== itemIndent) throw GIVE_UP;
    return out;
  }
  /** The key of the entry on the current line and the text of its inline value (undefined when none); moves to the next line. */
  entry() {
    const { text, content, end } = this;
    const c = text.charCodeAt(content);
    if (c === QUOTE || c === APOSTROPHE || c === QUESTION || c === BRACE || c === BRACKET || c === AMPERSAND || c === STAR || c === BANG || c === HASH || c === DASH) {
      if (!(c === DASH && text.charCodeAt(content + 1) !== SPACE)) throw GIVE_UP;
    }
    let colon = text.indexOf(": ", content);
    if (colon === -1 || colon > end) {
      if (text.charCodeAt(end - 1) !== COLON) throw GIVE_UP;
      colon = end - 1;
    }
    const raw = text.slice(content, colon);
    if (raw === "" || raw.includes(" #") || raw.trimEnd() !== raw) throw GIVE_UP;
    let key;
    try {
      key = plainKey(raw);
    } catch (error) {
      if (error instanceof KeyError) throw GIVE_UP;
      throw error;
    }
    let valueStart = colon + 1;
    while (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
    const value = valueStart < end ? text.slice(valueStart, end) : void 0;
    this.advance();
    return { key, value };
  }
  /** An inline scalar as the full reader resolves it; a value that continues on the next lines, or is no plain scalar, gives up. */
  scalarOrGiveUp(value, indent) {
    if (!this.atEnd && (this.indent > indent || this.indent === indent && this.isSequenceItem() && value === void 0)) throw GIVE_UP;
    if (value === void 0) return null;
    return scalar(value.trimEnd());
  }
  /** Passes over a value the inventory does not read: its inline text and every line nested deeper (or a compact sequence at the key's indentation). */
  skipValue(value, indent) {
    if (value !== void 0) {
      while (!this.atEnd && this.indent > indent) this.advance();
      if (!this.atEnd && this.indent === indent && this.isSequenceItem()) throw GIVE_UP;
      return;
    }
    while (!this.atEnd && (this.indent > indent || this.indent === indent && this.isSequenceItem())) this.advance();
  }
  isSequenceItem() {
    return this.text.charCodeAt(this.content) === DASH && (this.content + 1 === this.end || this.text.charCodeAt(this.content + 1) === SPACE);
  }
  /** Moves to the next line with content (blank lines and comment lines are passed over). */
  advance() {
    const { text } = this;
    for (; ; ) {
      const start = this.end + 1;
      if (start >= text.length) {
        this.atEnd = true;
        return;
      }
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      this.start = start;
      this.end = end;
      let content = start;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      if (content === end || text.charCodeAt(content) === HASH) continue;
      if (content === start && (text.startsWith("---", start) || text.startsWith("...", start) || text.charCodeAt(start) === PERCENT)) throw GIVE_UP;
      this.indent = content - start;
      this.content = content;
      return;
    }
  }
};
var SPACE = 32;
var QUOTE = 34;
var APOSTROPHE = 39;
var QUESTION = 63;
var BRACE = 123;
var BRACKET = 91;
var AMPERSAND = 38;
var STAR = 42;
var BANG = 33;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var PERCENT = 37;
var NOT_PLAIN_START = /^[&*!|>%@`{[\]},#?:-]/;
var JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;
function scalar(text) {
  const first = text.charCodeAt(0);
  if (first === QUOTE) {
    if (text.length < 2 || text.charCodeAt(text.length - 1) !== QUOTE) throw GIVE_UP;
    const body = text.slice(1, -1);
    if (body.replace(JSON_ESCAPES, "").includes('"') || body.replace(JSON_ESCAPES, "").includes("\\")) throw GIVE_UP;
    if (!body.includes("\\")) return body;
    try {
      return JSON.parse(text);
    } catch {
      throw GIVE_UP;
    }
  }
  if (first === APOSTROPHE) {
    if (text.length < 2 || text.charCodeAt(text.length - 1) !== APOSTROPHE) throw GIVE_UP;
    const body = text.slice(1, -1);
    if (body.replace(/''/g, "").includes("'")) throw GIVE_UP;
    return body.replace(/''/g, "'");
  }
  if (NOT_PLAIN_START.test(text) && !/^-[^ ]/.test(text)) throw GIVE_UP;
  if (text.includes(" #") || text.includes(": ") || text.endsWith(":")) throw GIVE_UP;
  return resolvePlain(text);
}
var ANY_SCALARS = {};
var NODE = {
  apiVersion: "scalar",
  kind: "scalar",
  metadata: { name: "scalar", labels: "scalars" },
  spec: { unschedulable: "scalar", taints: "list of scalars" },
  status: { allocatable: "scalars", capacity: "scalars", nodeInfo: { operatingSystem: "scalar", architecture: "scalar" } }
};

// src/inventory/pools.ts
var HOSTNAME_LABEL = "kubernetes.io/hostname";
var POOL_NAME_LABELS = [
  "cloud.google.com/gke-nodepool",
  "eks.amazonaws.com/nodegroup",
  "alpha.eksctl.io/nodegroup-name",
  "karpenter.sh/nodepool",
  "kubernetes.azure.com/agentpool",
  "agentpool",
  "doks.digitalocean.com/node-pool"
];
var ROLE_PREFIX = "node-role.kubernetes.io/";
function groupIntoPools(nodes) {
  const groups = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    const { labels, name } = node;
    const own = {};
    const sharedKeys = [];
    for (const key2 in labels) {
      if (key2 === HOSTNAME_LABEL || labels[key2] === name) own[key2] = labels[key2];
      else sharedKeys.push(key2);
    }
    const key = poolKey(labels, sharedKeys, node);
    let group = groups.get(key);
    if (group === void 0) {
      const shared = {};
      for (const k of sharedKeys) shared[k] = labels[k];
      groups.set(key, group = { nodes: [], own: [], shared });
    }
    group.nodes.push(node);
    group.own.push(own);
  }
  const pools = [];
  for (const group of groups.values()) {
    const names = group.nodes.map((n) => nameKey(n.name));
    const order = group.nodes.map((_, i) => i).sort((a, b) => compareNameKeys(names[a], names[b]));
    const first = group.nodes[order[0]];
    const pool = {
      name: "",
      group: "",
      nodes: order.map((i) => group.nodes[i].name),
      labels: group.shared,
      taints: first.taints.map((t) => ({ key: t.key, value: t.value, effect: t.effect })),
      unschedulable: first.unschedulable,
      planned: first.planned
    };
    if (group.own.some((labels) => Object.keys(labels).length > 0)) pool.nodeLabels = order.map((i) => group.own[i]);
    if (first.allocatable) pool.allocatable = first.allocatable;
    pools.push(pool);
  }
  nameUniquely(pools);
  const groupSize = /* @__PURE__ */ new Map();
  for (const pool of pools) groupSize.set(pool.group, (groupSize.get(pool.group) ?? 0) + pool.nodes.length);
  pools.sort(
    (a, b) => Number(isControlPlane(b)) - Number(isControlPlane(a)) || groupSize.get(b.group) - groupSize.get(a.group) || compareText(a.group, b.group) || b.nodes.length - a.nodes.length || compareText(a.name, b.name)
  );
  return pools;
}
function poolKey(labels, keys, node) {
  let key = `${node.unschedulable ? 1 : 0}${node.planned ? 1 : 0}`;
  const parts = [key];
  for (const k of isSorted(keys) ? keys : [...keys].sort()) parts.push(k, labels[k]);
  key = parts.join("\0");
  key += "";
  for (const t of node.taints.map(taintText).sort()) key += `\0${t}`;
  key += "";
  if (node.allocatable) for (const k of Object.keys(node.allocatable).sort()) key += `\0${k}\0${node.allocatable[k]}`;
  else key += "unknown";
  return key;
}
function isSorted(keys) {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}
function taintText(taint) {
  return `${taint.key}=${taint.value}:${taint.effect}`;
}
function isControlPlane(pool) {
  return Object.hasOwn(pool.labels, CONTROL_PLANE_LABEL);
}
function nameUniquely(pools) {
  const base = pools.map((pool) => {
    let name = baseName(pool);
    if (pool.unschedulable) name += " (cordoned)";
    else if (pool.taints.some((t) => t.key === "node.kubernetes.io/not-ready" || t.key === "node.kubernetes.io/unreachable")) name += " (not ready)";
    return name;
  });
  const count = /* @__PURE__ */ new Map();
  for (const name of base) count.set(name, (count.get(name) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  pools.forEach((pool, i) => {
    const name = base[i];
    pool.group = name;
    if (count.get(name) === 1) {
      pool.name = name;
      return;
    }
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    pool.name = `${name} #${n}`;
  });
}
function baseName(pool) {
  if (pool.planned) return pool.nodes[0].replace(/-\d+$/, "");
  for (const label of POOL_NAME_LABELS) {
    const value = pool.labels[label];
    if (value) return value;
  }
  if (isControlPlane(pool)) return "control-plane";
  const roles = Object.keys(pool.labels).filter((k) => k.startsWith(ROLE_PREFIX) && k.length > ROLE_PREFIX.length).map((k) => k.slice(ROLE_PREFIX.length)).sort();
  if (roles.length > 0) return roles.join("+");
  const prefix = commonPrefix(pool.nodes).replace(/[-_.]+$/, "");
  return prefix.length > 0 ? prefix : pool.nodes[0];
}
function commonPrefix(names) {
  let prefix = names[0];
  for (const name of names) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function nameKey(name) {
  return { name, parts: name.split(DIGIT_RUNS) };
}
function compareNameKeys(a, b) {
  const x = a.parts;
  const y = b.parts;
  for (let i = 0; i < x.length && i < y.length; i++) {
    if (x[i] === y[i]) continue;
    if (i % 2 === 1) {
      const u = x[i].replace(LEADING_ZEROS, "");
      const v = y[i].replace(LEADING_ZEROS, "");
      if (u.length !== v.length) return u.length - v.length;
      if (u !== v) return u < v ? -1 : 1;
    }
    return compareText(x[i], y[i]);
  }
  return x.length - y.length || compareText(a.name, b.name);
}
var LEADING_ZEROS = /^0+(?=\d)/;
var DIGIT_RUNS = /(\d+)/;

// src/inventory/load.ts
async function loadInventory(files) {
  const sources = [];
  for (const file of files) {
    let text;
    try {
      text = readText(file.absolutePath);
    } catch (error) {
      const code = error.code;
      throw new InventoryError(file.shownAs, "", code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory; give the file kubectl get nodes -o yaml wrote" : `cannot be read (${code ?? String(error)})`);
    }
    sources.push(new SourceFile(file.shownAs, text, file.absolutePath));
  }
  return inventoryFromSources(sources);
}
function readText(file) {
  const bytes = readFileSync(file);
  const text = bytes.toString("latin1");
  return NOT_ASCII.test(text) ? bytes.toString("utf8") : text;
}
var NOT_ASCII = /[^\u0000-\u007f]/;
async function inventoryFromTexts(texts) {
  return inventoryFromSources(texts.map((t) => new SourceFile(t.path, t.text)));
}
async function inventoryFromSources(sources) {
  const nodes = [];
  const seen = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const before = nodes.length;
    for (const node of await nodesOf(source)) nodes.push(node);
    for (let i = before; i < nodes.length; i++) {
      const node = nodes[i];
      const other = seen.get(node.name);
      if (other !== void 0) {
        throw new InventoryError(source.path, "", `node ${quote(node.name)} is listed twice${other === source.path ? "" : ` (also in ${other})`}: an inventory describes each node once`);
      }
      seen.set(node.name, source.path);
    }
    if (nodes.length === before) throw new InventoryError(source.path, "", "has no nodes: give kubectl get nodes -o yaml output or NodePool entries (docs/inventory.md)");
  }
  return { files: sources.map((s) => s.path), nodeCount: nodes.length, pools: groupIntoPools(nodes) };
}
async function nodesOf(source) {
  try {
    const quick = quickNodes(source);
    if (quick !== void 0) return quick;
  } catch (error2) {
    if (!(error2 instanceof InventoryError)) throw error2;
  }
  let parsed = parseFile(source);
  if (parsed.wantsLenientReader) {
    await loadLenientReader();
    parsed = parseFile(source);
  }
  const error = parsed.errors[0];
  if (error) {
    const at = source.position(error.offset);
    throw new InventoryError(source.path, "", `not valid YAML: ${error.message.split("\n")[0]}`, at.line, at.column);
  }
  const nodes = [];
  for (const document of parsed.documents) readDocument(document.value, [], new DocumentPlace(source, document.root, document.start), nodes);
  return nodes;
}
function quickNodes(source) {
  const { text } = source;
  const place = new DocumentPlace(source, null, 0);
  const nodes = [];
  const first = /\S/.exec(text)?.[0];
  if (first === "{") {
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return void 0;
    }
    readDocument(value, [], place, nodes);
    return nodes;
  }
  if (!ITEMS_LINE.test(text)) return void 0;
  let taking = true;
  const list = scanKubectlList(text, (item, index) => {
    if (!taking || item.kind !== "Node") return taking = false;
    nodes.push(readNode(item, ["items", index], place));
    return true;
  });
  if (list === void 0) return void 0;
  readDocument(list, [], place, nodes);
  return nodes;
}
var ITEMS_LINE = /^items:$/m;
var KINDS_ALLOWED = "a Node, a List of Nodes (kubectl get nodes -o yaml), or a NodePool (docs/inventory.md)";
function readDocument(value, path8, place, into) {
  if (value === null || value === void 0) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => readObject(item, [...path8, i], place, into));
    return;
  }
  readObject(value, path8, place, into);
}
function readObject(value, path8, place, into) {
  const object = asRecord(value);
  if (!object) throw place.error(path8, `expected ${KINDS_ALLOWED}, got ${quote(value)}`);
  const kind = object.kind;
  if (kind === "Node") {
    into.push(readNode(object, path8, place));
  } else if (kind === "NodePool") {
    for (const node of readPlannedPool(object, path8, place)) into.push(node);
  } else if ((kind === "List" || kind === "NodeList") && object.items !== void 0) {
    if (!Array.isArray(object.items)) throw place.error([...path8, "items"], "must be a list of Node objects");
    object.items.forEach((item, i) => {
      const itemKind = asRecord(item)?.kind;
      if (kind === "NodeList" && itemKind === void 0 && asRecord(item)) into.push(readNode(asRecord(item), [...path8, "items", i], place));
      else readObject(item, [...path8, "items", i], place, into);
    });
  } else {
    throw place.error(kind === void 0 ? path8 : [...path8, "kind"], `expected ${KINDS_ALLOWED}, got ${kind === void 0 ? "no kind" : `kind ${quote(kind)}`}`, kind === void 0 ? "key" : "value");
  }
}

// src/run/speed/heap-ceiling.ts
var HEAP_CEILING = 64 << 20;
var makeCollector;
var collect;
var kept = 0;
function allowHeapCeiling(make) {
  makeCollector = make;
}
function v8Collector(setFlagsFromString, runInNewContext) {
  return () => {
    setFlagsFromString("--expose-gc");
    try {
      return runInNewContext("gc");
    } finally {
      setFlagsFromString("--no-expose-gc");
    }
  };
}
var BETWEEN_FILES = 1.5;
var ACROSS_INPUT = 1.25;
function keepHeapBelow({ growth = BETWEEN_FILES, ceiling = HEAP_CEILING, env = process.env } = {}) {
  if (makeCollector === void 0 || env.DAEMONLINT_NO_HEAP_CEILING) return;
  if (process.memoryUsage().heapUsed < Math.max(ceiling, kept * growth)) return;
  collect ??= makeCollector();
  collect();
  kept = process.memoryUsage().heapUsed;
}
var LOOK_EVERY = 2e3;
function heapLooker() {
  let since = 0;
  return (items) => {
    since += items;
    if (since < LOOK_EVERY) return;
    since = 0;
    keepHeapBelow();
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
  for (const s of sources) byPath.set(s.path, { path: s.path, findings: [], daemonSets: 0, failures: [], objects: [], checked: [], planned: [] });
  for (const part of parts) {
    const merged = byPath.get(part.path);
    for (const f of part.findings) merged.findings.push(f);
    merged.failures.push(...part.failures);
    for (const o of part.objects) merged.objects.push(o);
    for (const o of part.checked) merged.checked.push(o);
    for (const o of part.planned) merged.planned.push(o);
    merged.daemonSets += part.daemonSets;
  }
  return [...byPath.values()];
}

// src/run/speed/index.ts
var MAX_DEFAULT_CONCURRENCY = 4;
function defaultConcurrency() {
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_CONCURRENCY));
}

// src/run/configure.ts
import path4 from "node:path";

// src/inputs/ignore.ts
import path3 from "node:path";
function withoutIgnored(files, globs, base) {
  if (globs.length === 0) return files;
  const patterns = globs.map((g) => compileGlob(path3.resolve(base, g).split(path3.sep).join("/")));
  return files.filter((f) => f === STDIN_PATH || !patterns.some((matches) => matches(f.split(path3.sep).join("/"))));
}

// src/run/configure.ts
function loadConfig(configFile, cwd) {
  if (configFile === false) return defaultConfig();
  const file = configFile ?? findConfigFile(cwd);
  return file ? loadConfigFile(file, displayPath(file, cwd)) : defaultConfig();
}
async function activeRulesFor(config, cwd, overrides = {}, base = builtinRules) {
  const plugins = config.plugins.length > 0 ? await loadPlugins(config.plugins, configDir(config, cwd), { ruleTimeout: config.ruleTimeout }) : [];
  return resolveRules(config, [...base, ...plugins.flatMap((p) => p.rules)], overrides);
}
function configDir(config, cwd) {
  return config.file ? path4.dirname(path4.resolve(cwd, config.file)) : cwd;
}
async function effectiveConfig(file, cwd, configFile, overrides = {}, kubeVersion) {
  const config = loadConfig(configFile ?? findConfigFile(path4.dirname(file)) ?? false, cwd);
  const active = await activeRulesFor(config, cwd, overrides);
  const rules = {};
  for (const a of [...active].sort((x, y) => x.rule.id < y.rule.id ? -1 : 1)) {
    rules[a.rule.id] = Object.keys(a.options).length > 0 ? [a.severity, a.options] : a.severity;
  }
  rules[UNUSED_SUPPRESSION] = engineRuleLevel(config, "unused-suppression", overrides);
  rules["duplicate-key"] = engineRuleLevel(config, "duplicate-key", overrides);
  rules["content-after-end"] = engineRuleLevel(config, "content-after-end", overrides);
  rules["helm-template"] = engineRuleLevel(config, "helm-template", overrides);
  const out = {
    file: displayPath(file, cwd),
    configFile: config.file ?? null,
    ignored: withoutIgnored([file], config.ignore, configDir(config, cwd)).length === 0,
    extends: config.extends,
    kubeVersion: checkKubeVersion(normalizeKubeVersion(kubeVersion ?? config.kubeVersion ?? defaultKubeVersion), kubeVersion !== void 0, config),
    requireReason: config.requireReason,
    rules
  };
  if (config.plugins.length > 0) out.plugins = config.plugins;
  if (config.exclude.length > 0) out.exclude = config.exclude;
  if (config.baseline !== void 0) out.baseline = config.baseline;
  if (config.maxFileSize !== void 0) out.maxFileSize = config.maxFileSize;
  if (config.ruleTimeout !== void 0) out.ruleTimeout = config.ruleTimeout;
  return out;
}
function checkKubeVersion(version, fromFlag, config) {
  const problem = unsupportedKubeVersion(version);
  if (problem === void 0) return version;
  throw fromFlag ? new ConfigError("--kube-version", version, problem) : new ConfigError(config.file ?? "(defaults)", "kubeVersion", problem);
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
    const kept2 = state?.files.get(path8);
    if (kept2 !== void 0 && kept2.text === text) {
      out.objects.push(...kept2.objects);
      out.sources.push(kept2.source);
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
import { realpathSync } from "node:fs";
import path5 from "node:path";
var SOURCE_COMMENT = /^# Source: ([^\n]*)$/m;
function templatesByDocument(file, chunks) {
  const out = /* @__PURE__ */ new Map();
  if (!file.text.includes("# Source: ")) return out;
  for (const chunk of chunks) {
    const m = SOURCE_COMMENT.exec(file.text.slice(chunk.start, chunk.end));
    const name = m?.[1].trim();
    if (name) out.set(chunk.index, name);
  }
  return out;
}
async function locateInTemplates(findings, chartDir, cwd) {
  const cache = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!f.template) continue;
    const key = templateKey(f);
    if (key === void 0) continue;
    const file = await templateFile(chartDir, f.template, cache, cwd);
    if (!file) continue;
    const range = uniqueKeyRange(file.text, key);
    if (!range) continue;
    (f.related ??= []).push({ file: file.shown, range, message: templatePlaceMessage(key, f.template) });
    f.inTemplate = { file: file.shown, range };
  }
}
function restoreTemplatePlace(f) {
  if (!f.template || !f.related || f.inTemplate) return;
  const key = templateKey(f);
  if (key === void 0) return;
  const message = templatePlaceMessage(key, f.template);
  const place = [...f.related].reverse().find((r) => r.message === message);
  if (place) f.inTemplate = { file: place.file, range: place.range };
}
function templateKey(f) {
  const last = f.path[f.path.length - 1];
  return typeof last === "string" ? last : void 0;
}
function templatePlaceMessage(key, template) {
  return `${key} in the template ${template}`;
}
async function templateFile(chartDir, template, cache, cwd) {
  const parts = template.split("/");
  const candidates = [path5.join(chartDir, ...parts.slice(1))];
  if (parts.length > 2) candidates.push(path5.join(chartDir, "charts", ...parts));
  for (const candidate of candidates) {
    if (!cache.has(candidate)) cache.set(candidate, readInChart(chartDir, candidate));
    const text = cache.get(candidate);
    if (text != null) return { text, shown: path5.relative(cwd, candidate).split(path5.sep).join("/") };
  }
  return void 0;
}
function readInChart(chartDir, candidate) {
  try {
    const root = realpathSync(chartDir);
    const real = realpathSync(candidate);
    const relative = path5.relative(root, real);
    if (relative === "" || relative === ".." || relative.startsWith(`..${path5.sep}`) || path5.isAbsolute(relative)) return null;
    const read = readLimited(real, MAX_TEMPLATE_SIZE, { regularOnly: true });
    if (read.notRegular || read.tooLarge) return null;
    return new TextDecoder().decode(read.bytes);
  } catch {
    return null;
  }
}
var MAX_TEMPLATE_SIZE = 16 * 1024 * 1024;
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
  let hash = FNV_OFFSET;
  for (const byte of Buffer.from(path8, "utf8")) hash = fnvStep(hash, byte);
  return (hash >>> 0) % count + 1;
}

// src/suppress/baseline.ts
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
var NEVER_ACCEPTED = "yaml-syntax";
function acceptable(f) {
  return !f.suppressions?.length && f.ruleId !== NEVER_ACCEPTED;
}
function refusedByBaseline(findings) {
  return findings.filter((f) => f.ruleId === NEVER_ACCEPTED);
}
function createBaseline(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!acceptable(f)) continue;
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
var MAX_BASELINE_SIZE = 64 * 1024 * 1024;
async function readBaseline(file, shownAs) {
  let read;
  try {
    read = readLimited(file, MAX_BASELINE_SIZE, { regularOnly: true });
  } catch (error) {
    const code = error.code;
    throw new BaselineError(`baseline ${shownAs}: ${code === "ENOENT" ? "no such file (create it with --write-baseline)" : `cannot be read (${describeError(error)})`}`);
  }
  if (read.notRegular) throw new BaselineError(`baseline ${shownAs}: is ${read.notRegular}, not a regular file`);
  if (read.tooLarge) throw new BaselineError(`baseline ${shownAs}: is ${formatBytes(read.size)}, more than the ${formatSize(MAX_BASELINE_SIZE)} a baseline may be`);
  let raw;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(read.bytes));
  } catch (error) {
    const at = /position (\d+)/.exec(error.message);
    throw new BaselineError(`baseline ${shownAs}: not valid JSON${at ? ` (at byte ${at[1]})` : ""}; expected a daemonlint baseline, made with --write-baseline`);
  }
  const b = raw;
  if (typeof b !== "object" || b === null || Array.isArray(b) || b.version !== 1 || !Array.isArray(b.entries) || b.entries.some((e) => typeof e !== "object" || e === null || typeof e.ruleId !== "string" || typeof e.count !== "number")) {
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
    if (!acceptable(f)) continue;
    const slot = remaining.get(keyOf(identityOf(f)));
    if (!slot || slot.left === 0) continue;
    slot.left--;
    matched++;
    findings.splice(i, 1);
  }
  const stale = [...remaining.values()].filter((s) => s.left > 0).map((s) => ({ ...s.entry, count: s.left }));
  return { file: shownAs, matched, stale };
}
var FileByFileBaseline = class {
  constructor(baseline, shownAs) {
    this.shownAs = shownAs;
    for (const entry of baseline.entries) this.slots.set(keyOf(entry), { entry, total: 0, byFile: /* @__PURE__ */ new Map() });
  }
  shownAs;
  slots = /* @__PURE__ */ new Map();
  count(findings) {
    for (const f of findings) {
      if (!acceptable(f)) continue;
      const slot = this.slots.get(keyOf(identityOf(f)));
      if (!slot) continue;
      slot.total++;
      slot.byFile.set(f.file, (slot.byFile.get(f.file) ?? 0) + 1);
    }
  }
  /** One file's findings in report order, without those the baseline accounts for. */
  apply(file, findings) {
    const seen = /* @__PURE__ */ new Map();
    return findings.filter((f) => {
      if (!acceptable(f)) return true;
      const key = keyOf(identityOf(f));
      const slot = this.slots.get(key);
      if (!slot) return true;
      let k = seen.get(key);
      if (k === void 0) {
        k = 0;
        for (const [other, n] of slot.byFile) if (other < file) k += n;
      }
      seen.set(key, ++k);
      return k <= slot.total - Math.min(slot.entry.count, slot.total);
    });
  }
  outcome() {
    let matched = 0;
    const stale = [];
    for (const { entry, total } of this.slots.values()) {
      matched += Math.min(entry.count, total);
      if (entry.count > total) stale.push({ ...entry, count: entry.count - total });
    }
    return { file: this.shownAs, matched, stale };
  }
};

// src/yaml/scalar-offsets.ts
function rangeWithinScalar(file, scalar2, value, start, end) {
  if (typeof value !== "string" || start < 0 || end < start || end > value.length) return scalar2;
  const raw = file.text.slice(scalar2.start.offset, scalar2.end.offset);
  const offsets = raw.startsWith("|") ? literalOffsets(raw, value) : alignedOffsets(raw, value);
  if (offsets === void 0) return scalar2;
  const base = scalar2.start.offset;
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
  const quote2 = raw[0] === '"' || raw[0] === "'" ? raw[0] : void 0;
  let at = quote2 || raw[0] === ">" ? 1 : 0;
  if (raw[0] === ">") at = raw.indexOf("\n") + 1;
  if (at <= 0 && raw[0] === ">") return void 0;
  const offsets = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let found = -1;
    while (at < raw.length) {
      const r = raw[at];
      if (quote2 === '"' && r === "\\") {
        if (raw[at + 1] === "\n" || raw[at + 1] === "\r") {
          at = skipBreak(raw, at + 1);
          continue;
        }
        found = at;
        at += escapeLength(raw, at);
        break;
      }
      if (quote2 === "'" && r === "'" && raw[at + 1] === "'" && c === "'") {
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
    keepHeapBelow({ growth: ACROSS_INPUT });
    const { rule, options } = active;
    const inputs = [];
    const collected = /* @__PURE__ */ new Map();
    for (const object of objects) {
      const value = rule.collect ? Object.hasOwn(object.kept, rule.id) ? object.kept[rule.id] : void 0 : object.value;
      if (value === void 0) continue;
      const input = { ref: object.ref, value, file: object.file, documentIndex: object.documentIndex };
      inputs.push(input);
      collected.set(input, object);
    }
    const badSeverity = failsOnce(failures, rule.id, "the whole input");
    const context = {
      options,
      kubeVersion: settings.kubeVersion,
      read(input) {
        const object = collected.get(input);
        if (!object) throw new Error(`rule "${rule.id}" read an object it was not given`);
        return locator.value(object);
      },
      inventory: settings.inventory,
      report(descriptor) {
        const object = collected.get(descriptor.object);
        if (!object) throw new Error(`rule "${rule.id}" reported an object it was not given`);
        if (reportIn !== void 0 && !reportIn.has(object.file)) return;
        const path8 = [...object.objectPath, ...descriptor.path];
        const finding = {
          ruleId: rule.id,
          severity: findingSeverity(active, descriptor, badSeverity),
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
          finding.suppressions = [{ kind: "inSource", justification: ignore.reason ?? ignore.placeholder ?? "daemonlint.io/ignore annotation" }];
        }
        findings.push(finding);
      }
    };
    try {
      await rule.checkAll(inputs, context);
    } catch (error) {
      if (error instanceof PluginTimeoutError) throw error;
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
  parsed = /* @__PURE__ */ new Map();
  /**
   * Each file's documents by index, built once however many of its documents findings point
   * into, and dropped with the file (a run reads thousands of files again, a few at a time).
   */
  chunks = /* @__PURE__ */ new WeakMap();
  range(object, path8, at, within) {
    const source = this.source(object);
    const document = this.document(source, object.documentIndex);
    const fullPath = [...object.objectPath, ...path8];
    const range = rangeOf(source, document?.root ?? null, fullPath, within ? "value" : at, document?.start ?? 0);
    return within ? rangeWithinScalar(source, range, valueAt(document?.value, fullPath), within.start, within.end) : range;
  }
  value(object) {
    const document = this.document(this.source(object), object.documentIndex);
    const value = valueAt(document?.value, object.objectPath);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  }
  /** A document parsed again, or one of the last ones parsed. */
  document(source, documentIndex) {
    const key = `${source.path}\0${documentIndex}`;
    let document = this.parsed.get(key);
    if (document !== void 0) {
      this.parsed.delete(key);
    } else {
      document = this.parse(source, documentIndex);
      if (this.parsed.size >= KEEP_DOCUMENTS) this.parsed.delete(this.parsed.keys().next().value);
    }
    this.parsed.set(key, document);
    return document;
  }
  source(object) {
    const source = this.sources.get(object.file);
    if (!source) throw new Error(`no source for ${object.file}`);
    return source;
  }
  parse(source, documentIndex) {
    let byIndex = this.chunks.get(source);
    if (byIndex === void 0) {
      byIndex = new Map(source.documents.map((c) => [c.index, c]));
      this.chunks.set(source, byIndex);
    }
    const chunk = byIndex.get(documentIndex);
    return chunk ? parseFile(source, [chunk]).documents[0] ?? null : null;
  }
};
var KEEP_DOCUMENTS = 16;

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
  const unchanged = (failure) => ({ output: restoreBom(file), fixed: [], skipped: [], result: original, ...failure ? { failure } : {} });
  const candidates = editsFor(original.findings, filter, /* @__PURE__ */ new Set());
  if (candidates.length === 0) return unchanged();
  if (file.origin && !file.origin.lossless) {
    return unchanged("its bytes are not all valid text (see its yaml-syntax finding): writing the fixed text would change bytes no fix is about; fix it by hand, or save it as UTF-8 first");
  }
  if (file.origin && file.origin.encoding !== "utf-8" && file.absolutePath === void 0) {
    return unchanged(`standard input is ${file.origin.encoding.toUpperCase()}, and the fixed text would be printed as UTF-8; fix the file instead`);
  }
  const excluded = /* @__PURE__ */ new Set();
  const skipped = [];
  const attempt = (allowed) => fixPasses(file, original, rules, settings, filter, excluded, allowed);
  for (let round = 0; round <= candidates.length; round++) {
    const run = attempt();
    if (run.fixed.length === 0) return { ...unchanged(), skipped };
    const failure = verify(input, run.parsed, run.result, run.fixed);
    if (failure === void 0) return { output: restoreBom(run.current), fixed: run.fixed, skipped, result: run.result };
    if (failure.finding !== void 0) {
      excluded.add(fixKey(failure.finding));
      skipped.push({ finding: failure.finding, reason: failure.reason });
      continue;
    }
    const accepted = /* @__PURE__ */ new Set();
    for (const f of run.fixed) {
      const key = fixKey(f);
      const trial = attempt(/* @__PURE__ */ new Set([...accepted, key]));
      if (verify(input, trial.parsed, trial.result, trial.fixed) === void 0) accepted.add(key);
      else {
        excluded.add(key);
        skipped.push({ finding: f, reason: failure.reason });
      }
    }
  }
  return unchanged("its fixes kept failing verification");
}
function fixPasses(file, original, rules, settings, filter, excluded, allowed) {
  let current = file;
  let parsed;
  let result = original;
  const fixed = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = editsFor(result.findings, filter, excluded, allowed);
    if (edits.length === 0) break;
    const applied = applyEdits(current.text, edits.map((e) => e.edit));
    const appliedSet = new Set(applied.applied);
    for (const e of edits) if (appliedSet.has(e.edit)) fixed.push(e.finding);
    current = new SourceFile(file.path, (file.hadBom ? "\uFEFF" : "") + applied.text, file.absolutePath, file.origin);
    parsed = parseFile(current);
    result = runRulesOnFile(current, parsed, rules, settings);
  }
  return { current, parsed: parsed ?? parseFile(file), result, fixed };
}
function fixKey(f) {
  return `${f.ruleId}\0${f.messageId ?? f.message}\0${f.path.join("\0")}`;
}
function editsFor(findings, filter, excluded, allowed) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (!finding.fix) continue;
    if (filter.rules && !filter.rules.has(finding.ruleId)) continue;
    if (finding.fixable === "unsafe" && !filter.unsafe) continue;
    if (excluded.size > 0 || allowed) {
      const key2 = fixKey(finding);
      if (excluded.has(key2) || allowed && !allowed.has(key2)) continue;
    }
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
    return { reason: "the fixed text does not parse as the original did" };
  }
  for (const f of fixed) {
    const still = result.findings.find((r) => r.ruleId === f.ruleId && r.messageId === f.messageId && sameObject(r, f) && samePath(r.path, f.path) && !r.suppressions?.length);
    if (still) return { reason: `rule ${f.ruleId} still reports "${still.message}" after its fix`, finding: f };
  }
  return void 0;
}
function sameObject(a, b) {
  return a.documentIndex === b.documentIndex && a.object?.kind === b.object?.kind && a.object?.namespace === b.object?.namespace && a.object?.name === b.object?.name;
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
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${UNUSED_SUPPRESSION}.md`
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
var helmTemplateInfo = {
  id: HELM_TEMPLATE,
  description: "A file that does not parse because it is a Helm or Go template ({{ }}): lint its rendered output instead.",
  severity: "warning",
  fixable: false,
  tags: ["api"],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${HELM_TEMPLATE}.md`
};
function ruleInfos(rules, settings) {
  const engine = [yamlSyntaxInfo];
  const levels = [
    [unusedSuppressionInfo, settings.unusedSuppression],
    [duplicateKeyInfo, settings.duplicateKey],
    [contentAfterEndInfo, settings.contentAfterEnd],
    [helmTemplateInfo, settings.helmTemplate]
  ];
  for (const [info, level = "warning"] of levels) if (level !== "off") engine.push({ ...info, severity: level });
  return [...rules.map(ruleInfo), ...engine].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// src/run/share.ts
import { createHash as createHash2 } from "node:crypto";
import path6 from "node:path";
function configKey(active, settings, config) {
  const rules = active.map((a) => [a.rule.id, a.severity, a.levelSet === true, a.options ?? null]);
  const key = JSON.stringify([rules, settings.kubeVersion, settings.requireReason ?? true, settings.unusedSuppression ?? "warning", config.exclude]);
  return createHash2("sha256").update(key).digest("hex");
}
function textHash(source) {
  return createHash2("sha256").update(source.text).digest("hex");
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
    files: input.files.map(({ path: path8, ordinal, sha256 }) => reread.has(path8) ? { path: path8, ordinal, sha256: sha256() } : { path: path8, ordinal }),
    daemonSets: input.daemonSets,
    checked: input.checked,
    objects: input.objects.map((o) => {
      const out = { ref: o.ref, file: o.file, documentIndex: o.documentIndex, objectPath: o.objectPath, kept: Object.entries(o.kept) };
      if (o.value !== void 0) out.value = o.value;
      if (o.ignore !== void 0) out.ignore = o.ignore;
      return out;
    }),
    deferred: [...input.deferred].flatMap(([file, directives]) => directives.map((d) => ({ file, line: d.range.start.line, column: d.range.start.column }))),
    failures: input.failures,
    ...input.inventory ? { inventory: inventoryKey(input.inventory), planned: input.planned } : {},
    ...input.chartDir !== void 0 ? { chartDir: input.chartDir } : {},
    ...input.skippedTemplates !== void 0 && input.skippedTemplates.length > 0 ? { skippedTemplates: input.skippedTemplates } : {}
  };
}
function chartDirKey(chartDir, cwd) {
  if (chartDir === void 0) return void 0;
  return path6.relative(cwd, path6.resolve(cwd, chartDir)).split(path6.sep).join("/") || ".";
}
function inventoryKey(inventory) {
  return createHash2("sha256").update(JSON.stringify([inventory.nodeCount, inventory.pools])).digest("hex");
}
function collectedObject(o) {
  const out = { ref: o.ref, file: o.file, documentIndex: o.documentIndex, objectPath: o.objectPath, kept: Object.fromEntries(o.kept) };
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
  const { cwd, config, active, settings, inventory } = await prepareRun(options);
  await prepareRules(active, settings);
  const sources = [];
  for (const t of options.texts ?? []) sources.push(new SourceFile(t.path, t.text));
  const { allFiles, files, skippedTemplates } = await inputFiles(options, config, cwd, sources.length);
  const shard = options.shard;
  const maxFileSize = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => readAllStdin(process.stdin, maxFileSize));
  sources.push(...await readAll(files, cwd, readStdin, { maxFileSize, snapshot: options.fix !== void 0 }, options.stdinFilename));
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
      const fix = { source, output: outcome.output, fixed: outcome.fixed.length, skipped: outcome.skipped };
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
  addReadProblems(results, sources);
  results.forEach((result, i) => {
    daemonSets += result.daemonSets;
    ruleFailures.push(...result.failures);
    const judgement = options.collect ? { defer: acrossInput } : {};
    const held = applySuppressions(sources[i], result.findings, { file: config.file, entries: config.exclude }, settings, judgement);
    if (held.length > 0) deferred.set(sources[i].path, held);
    finishFindings(sources[i], result.findings);
    for (const f of result.findings) findings.push(f);
  });
  if (options.chartDir !== void 0) await locateInTemplates(findings, path7.resolve(cwd, options.chartDir), cwd);
  findings.sort(compareFindings);
  const baselineOutcome = options.collect ? void 0 : await baselineFor(options, config, cwd, findings);
  const checked = results.flatMap((r) => boundChecked(r.checked));
  let share;
  if (options.collect) {
    const texts = options.texts?.length ?? 0;
    const ordinal = new Map(allFiles.map((f, i) => [displayPath(f, cwd), texts + i]));
    share = buildShare({
      shard: shard ?? { index: 1, count: 1 },
      configKey: configKey(active, settings, config),
      unsafeFixes: options.unsafeFixes === true || options.fix?.unsafe === true,
      toolVersion: VERSION,
      files: sources.map((source, i) => ({ path: source.path, ordinal: ordinal.get(source.path) ?? i, sha256: () => textHash(source) })),
      daemonSets,
      checked,
      objects: results.flatMap((r) => r.objects),
      deferred,
      failures: ruleFailures,
      ...inventory ? { inventory } : {},
      planned: results.flatMap((r) => r.planned),
      chartDir: chartDirKey(options.chartDir, cwd),
      skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd))
    });
  }
  const coverage = inventory && options.coverage !== false ? coverageReport(planFleet(results.flatMap((r) => r.planned), inventory), inventory) : void 0;
  return {
    ...share ? { share } : {},
    ...baselineOutcome ? { baseline: baselineOutcome } : {},
    ...options.unsafeFixes || options.fix?.unsafe ? { unsafeFixes: true } : {},
    ...inventory ? { inventory } : {},
    ...coverage ? { coverage } : {},
    ...skippedTemplates.length > 0 ? { skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd)) } : {},
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
async function inputFiles(options, config, cwd, texts) {
  const errorOnUnmatchedPattern = options.errorOnUnmatchedPattern !== false;
  const skippedTemplates = [];
  const found = await resolveInputs(options.patterns ?? [], cwd, { errorOnUnmatchedPattern, skipped: skippedTemplates });
  const allFiles = withoutIgnored(found, config.ignore, configDir(config, cwd));
  if (errorOnUnmatchedPattern && allFiles.length === 0 && texts === 0 && (options.patterns ?? []).length > 0) {
    throw new InputError(
      found.length > 0 ? `all ${found.length} ${found.length === 1 ? "file" : "files"} found for ${quoteList(options.patterns)} ${found.length === 1 ? "is" : "are"} ignored by the ignore setting of ${config.file ?? "the configuration"}` : `nothing to lint in ${quoteList(options.patterns)}`
    );
  }
  const listed = new Set(allFiles);
  for (const file of await policyFiles(config, cwd)) if (!listed.has(file)) allFiles.push(file);
  const shard = options.shard;
  const files = shard ? allFiles.filter((f) => shardOf(displayPath(f, cwd), shard.count) === shard.index) : allFiles;
  return { allFiles, files, skippedTemplates };
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
  const inventory = options.inventory ?? await inventoryFor(options, config, cwd);
  const active = (await activeRulesFor(config, cwd, options.ruleOverrides, options.rules)).filter((a) => inventory !== void 0 || !a.rule.meta.requiresInventory);
  const settings = {
    kubeVersion: normalizeKubeVersion(options.kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    now: options.now ?? /* @__PURE__ */ new Date(),
    requireReason: config.requireReason,
    unusedSuppression: engineRuleLevel(config, "unused-suppression", options.ruleOverrides),
    duplicateKey: engineRuleLevel(config, "duplicate-key", options.ruleOverrides),
    contentAfterEnd: engineRuleLevel(config, "content-after-end", options.ruleOverrides),
    helmTemplate: engineRuleLevel(config, "helm-template", options.ruleOverrides),
    fixEdits: options.fix !== void 0 || options.fixEdits !== false
  };
  checkKubeVersion(settings.kubeVersion, options.kubeVersion !== void 0, config);
  if (!inventory) return { cwd, config, active, settings };
  settings.inventory = inventory;
  return { cwd, config, active, settings, inventory };
}
async function readAll(files, cwd, readStdin, options, stdinFilename) {
  const out = [];
  for (const file of files) {
    const source = await readSource(file, cwd, readStdin, options);
    out.push(file === STDIN_PATH && stdinFilename !== void 0 ? new SourceFile(displayPath(path7.resolve(cwd, stdinFilename), cwd), source.text, void 0, source.origin) : source);
  }
  return out;
}
function quoteList(patterns) {
  return patterns.map((p) => `"${p}"`).join(", ");
}
function addReadProblems(results, sources) {
  sources.forEach((source, i) => {
    for (const problem of source.origin?.problems ?? []) {
      const chunk = source.documents.find((c) => problem.offset >= c.start && problem.offset < c.end);
      const finding = syntaxFinding(source, { index: chunk?.index ?? 0, offset: problem.offset, message: problem.message });
      if (problem.help !== void 0) finding.help = problem.help;
      const findings = results[i].findings;
      const same = findings.findIndex((f) => f.ruleId === YAML_SYNTAX && f.range.start.offset === problem.offset);
      if (same === -1) findings.push(finding);
      else findings[same] = finding;
    }
  });
}
async function addInputFindings(results, sources, context, active, settings, failures) {
  const objects = [...context.objects, ...results.flatMap((r) => r.objects)];
  const byPath = new Map([...context.sources, ...sources].map((s) => [s.path, s]));
  const input = await runInputRules(objects, byPath, active, settings, context.sources.length > 0 ? new Set(sources.map((s) => s.path)) : void 0);
  failures.push(...input.failures);
  const index = new Map(sources.map((s, i) => [s.path, i]));
  for (const f of input.findings) results[index.get(f.file)].findings.push(f);
}
async function inventoryFor(options, config, cwd) {
  const [paths, base] = options.nodes && options.nodes.length > 0 ? [options.nodes, cwd] : [config.nodes ?? [], configDir(config, cwd)];
  if (paths.length === 0) return void 0;
  return loadInventory(
    paths.map((p) => {
      const absolutePath = path7.resolve(base, p);
      return { absolutePath, shownAs: displayPath(absolutePath, cwd) };
    })
  );
}
function finishFindings(source, findings) {
  const templates = templatesByDocument(source, source.documents);
  for (const f of findings) {
    const template = templates.get(f.documentIndex);
    if (template !== void 0) f.template = template;
    boundFinding(f);
  }
}
function boundChecked(checked) {
  return checked.map((o) => {
    const object = boundedRef(o.object);
    return object === o.object ? o : { ...o, object };
  });
}
function baselinePath(options, config, cwd) {
  if (options.baselineFile === false) return void 0;
  if (options.baselineFile !== void 0) return path7.resolve(cwd, options.baselineFile);
  if (config.baseline !== void 0) return path7.resolve(configDir(config, cwd), config.baseline);
  return void 0;
}
async function baselineFor(options, config, cwd, findings) {
  const file = baselinePath(options, config, cwd);
  if (file === void 0) return void 0;
  const shownAs = displayPath(file, cwd);
  return applyBaseline(findings, await readBaseline(file, shownAs), shownAs);
}

export {
  didYouMean,
  ConfigError,
  CONFIG_FILE_NAMES,
  PRESETS,
  LEVELS,
  ENGINE_RULES,
  findConfigFile,
  readConfigText,
  configFromValue,
  LEVEL_ALIASES,
  parseLevel,
  normalizeKubeVersion,
  encodeText,
  STDIN_PATH,
  InputError,
  resolveInputs,
  DEFAULT_MAX_FILE_SIZE,
  readSource,
  readFileSource,
  displayPath,
  readAllStdin,
  locateInTemplates,
  restoreTemplatePlace,
  withoutIgnored,
  parseShard,
  refusedByBaseline,
  createBaseline,
  serializeBaseline,
  BaselineError,
  readBaseline,
  FileByFileBaseline,
  InventoryError,
  loadInventory,
  inventoryFromTexts,
  lintSources,
  allowHeapCeiling,
  v8Collector,
  ACROSS_INPUT,
  keepHeapBelow,
  heapLooker,
  defaultConcurrency,
  runInputRules,
  loadConfig,
  configDir,
  effectiveConfig,
  fixFile,
  LintCache,
  ruleInfo,
  yamlSyntaxInfo,
  unusedSuppressionInfo,
  duplicateKeyInfo,
  contentAfterEndInfo,
  helmTemplateInfo,
  ruleInfos,
  configKey,
  textHash,
  buildShare,
  chartDirKey,
  inventoryKey,
  collectedObject,
  deferredByFile,
  lint,
  inputFiles,
  prepareRun,
  addReadProblems,
  finishFindings,
  boundChecked,
  baselinePath
};
