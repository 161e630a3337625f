import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  CompactCopier,
  FileStore,
  HOLD_FINDINGS,
  RereadSources,
  Spool,
  TempFile,
  lintByFile
} from "./chunks/chunk-JAJUH7YC.js";
import {
  formatsWithFixes,
  formatterNames,
  isFormatterName,
  writerLoaders
} from "./chunks/chunk-VQPBQKWY.js";
import {
  artifactLocation,
  logEnds,
  renderedAt,
  toSarif,
  writeResults
} from "./chunks/chunk-NXFFOPGD.js";
import "./chunks/chunk-XZ4C5TOT.js";
import {
  BaselineError,
  CONFIG_FILE_NAMES,
  ConfigError,
  FileByFileBaseline,
  InputError,
  InventoryError,
  allowHeapCeiling,
  baselinePath,
  chartDirKey,
  collectedObject,
  configKey,
  contentAfterEndInfo,
  createBaseline,
  deferredByFile,
  didYouMean,
  displayPath,
  duplicateKeyInfo,
  effectiveConfig,
  encodeText,
  finishFindings,
  heapLooker,
  helmTemplateInfo,
  inventoryKey,
  lint,
  loadConfig,
  locateInTemplates,
  normalizeKubeVersion,
  parseLevel,
  parseShard,
  prepareRun,
  readAllStdin,
  readBaseline,
  refusedByBaseline,
  restoreTemplatePlace,
  ruleInfo,
  ruleInfos,
  runInputRules,
  serializeBaseline,
  unusedSuppressionInfo,
  v8Collector,
  yamlSyntaxInfo
} from "./chunks/chunk-2EMHMA5Y.js";
import {
  HOMEPAGE,
  VERSION
} from "./chunks/chunk-LLXENIQX.js";
import {
  PluginError,
  allowV8Tuning,
  applySuppressions,
  bigintJson,
  builtinRules,
  compareFindings,
  coverageReport,
  defaultKubeVersion,
  describeError,
  fromBigintJson,
  parseSize,
  planFleet,
  pluginsStarted,
  prepareRules,
  setOwn,
  targetableKubeVersions
} from "./chunks/chunk-GTJUMAUR.js";
import {
  PIECE,
  formatPieces,
  fromJsonFinding,
  groupBy,
  headPieces,
  isSuppressed,
  neutralizeCommands,
  parseJsonPath,
  visibleText,
  visibleTextKeepingLines
} from "./chunks/chunk-K4PH63GC.js";
import "./chunks/chunk-W3537A7T.js";

// src/cli/main.ts
import { existsSync as existsSync4, fstatSync as fstatSync2, writeSync as writeSync3 } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { runInNewContext } from "node:vm";

// src/cli/cli.ts
import { existsSync as existsSync3, statSync as statSync4 } from "node:fs";
import { writeFile as writeFile2 } from "node:fs/promises";

// src/cli/output.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var UsageError = class extends Error {
};
var REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  rule: { type: "string", multiple: true },
  "kube-version": { type: "string" },
  "max-warnings": { type: "string" },
  baseline: { type: "string" },
  "no-baseline": { type: "boolean" },
  "chart-dir": { type: "string" },
  nodes: { type: "string", multiple: true },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  verbose: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "show-suppressed": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function parseArgsMessage(error, optionNames, command2 = "daemonlint") {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    const flag = unknown[1];
    const names = optionNames.map((name) => `--${name}`);
    const hint = flag.startsWith("--") ? didYouMean(flag, names, false) : "";
    const what = command2 === "daemonlint" ? "lint" : "read";
    return `unknown option ${flag}${hint} (${command2} --help lists the options; to ${what} a file whose name starts with -, write ./${flag.replace(/^-+/, "")} or put it after --)`;
  }
  return error.message;
}
var OutputError = class extends Error {
};
function parseRuleFlags(flags) {
  const out = {};
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    if (eq <= 0) throw new UsageError(`--rule takes id=level (for example --rule probes=off), got "${flag}"`);
    const id = flag.slice(0, eq);
    try {
      setOwn(out, id, parseLevel(flag.slice(eq + 1), "--rule", id));
    } catch (error) {
      throw new UsageError(error.message);
    }
  }
  return out;
}
function parseMaxWarnings(text) {
  if (text === void 0) return void 0;
  const maxWarnings = Number(text);
  if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number of 0 or more, got "${text}"`);
  return maxWarnings;
}
function reportOptions(io, flags, outputFile) {
  return {
    get color() {
      return colorWanted(io, flags, outputFile !== void 0);
    },
    get columns() {
      return outputFile === void 0 ? terminalColumns(io) : void 0;
    },
    get links() {
      return outputFile === void 0 && io.stdoutIsTTY && supportsHyperlinks(io.env);
    },
    verbose: flags.verbose === true
  };
}
function colorWanted(io, values, toFile) {
  if ("NO_COLOR" in io.env && io.env.NO_COLOR !== "") return false;
  if (values["no-color"]) return false;
  if (values.color === true) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return !(force === "0" || force.toLowerCase() === "false");
  return io.stdoutIsTTY && !toFile;
}
function terminalColumns(io) {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.stdoutIsTTY && io.stdoutColumns !== void 0 && io.stdoutColumns > 0) return io.stdoutColumns;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}
function supportsHyperlinks(env) {
  const force = env.FORCE_HYPERLINK;
  if (force !== void 0 && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.CI !== void 0 || env.TERM === "dumb" || env.TEAMCITY_VERSION !== void 0) return false;
  if (env.WT_SESSION !== void 0 || env.KITTY_WINDOW_ID !== void 0 || env.KONSOLE_VERSION !== void 0 || env.DOMTERM !== void 0) return true;
  if (env.TERM === "xterm-kitty" || env.TERM === "xterm-ghostty" || env.TERM === "alacritty" || env.TERM === "foot" || env.TERM === "wezterm") return true;
  if (Number(env.VTE_VERSION) >= 5e3) return true;
  switch (env.TERM_PROGRAM) {
    case "iTerm.app":
    case "WezTerm":
    case "vscode":
    case "ghostty":
    case "Hyper":
    case "zed":
      return true;
    default:
      return false;
  }
}
async function deliverReport(report, run, where) {
  const { outputFile } = where;
  if (outputFile !== void 0) {
    try {
      const file = path.resolve(where.cwd, outputFile);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, report);
    } catch (error) {
      throw new OutputError(`cannot write "${outputFile}": ${describeError(error)}`);
    }
  } else if (typeof report === "string") {
    where.to(report);
  } else {
    for (const piece of report) where.to(piece);
  }
  return finishRun({ ...run, ...problemCounts(run.findings) }, where);
}
function problemCounts(findings) {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  return { errors, warnings };
}
function finishRun(run, where) {
  const { stderr } = where;
  if (run.baseline && run.baseline.stale.length > 0) {
    const n = run.baseline.stale.reduce((sum, e) => sum + e.count, 0);
    stderr(`daemonlint: ${n} finding${n === 1 ? "" : "s"} in the baseline ${run.baseline.file} no longer occur${n === 1 ? "s" : ""}; run --write-baseline to shrink it
`);
  }
  if (run.ruleFailures.length > 0) {
    for (const f of run.ruleFailures) stderr(`daemonlint: rule ${f.ruleId} failed on ${f.where}: ${f.message}
`);
    stderr("daemonlint: the report above lacks what the failed rules would have found\n");
    return 2;
  }
  const notWritten = where.notWritten ?? 0;
  if (notWritten > 0) {
    stderr(`daemonlint: ${notWritten} fixed ${notWritten === 1 ? "file was" : "files were"} not written (see above); the report describes the fixed text
`);
    return 2;
  }
  if (where.maxWarnings !== void 0 && run.warnings > where.maxWarnings) {
    stderr(`daemonlint: too many warnings (${run.warnings}, --max-warnings ${where.maxWarnings}): exit 1
`);
  }
  if (run.errors > 0) return 1;
  if (where.maxWarnings !== void 0 && run.warnings > where.maxWarnings) return 1;
  return 0;
}
function quietShows(showSuppressed) {
  return (f) => isSuppressed(f) ? showSuppressed : f.severity === "error";
}

// src/cli/commands/merge.ts
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync2, statSync } from "node:fs";
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/inputs/json-elements.ts
import { closeSync, openSync, readSync } from "node:fs";
var CHUNK = 1 << 20;
function readFrame(file, shownAs, skip, chunk = CHUNK) {
  const reader = new Reader(file, shownAs, chunk);
  try {
    const walk = reader.root(skip, false);
    for (let step = walk.next(); ; step = walk.next()) if (step.done) return step.value;
  } finally {
    reader.close();
  }
}
function* readElements(file, shownAs, at, chunk = CHUNK) {
  const reader = new Reader(file, shownAs, chunk);
  try {
    yield* reader.root([at], true);
  } finally {
    reader.close();
  }
}
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var SPACE = new Uint8Array(256);
for (const c of [32, 9, 10, 13]) SPACE[c] = 1;
var ENDS_SCALAR = new Uint8Array(256);
for (const c of [32, 9, 10, 13, COMMA, COLON, CLOSE_OBJECT, CLOSE_ARRAY, OPEN_OBJECT, OPEN_ARRAY, QUOTE]) ENDS_SCALAR[c] = 1;
var Reader = class {
  constructor(file, shownAs, chunk) {
    this.shownAs = shownAs;
    try {
      this.fd = openSync(file, "r");
    } catch (error) {
      throw new InputError(`cannot read "${shownAs}": ${error.code ?? describeError(error)}`);
    }
    this.buffer = Buffer.allocUnsafeSlow(chunk);
  }
  shownAs;
  fd;
  buffer;
  /** Bytes of `buffer` read from the file, the next one to look at, and the file offset of the first. */
  end = 0;
  at = 0;
  base = 0;
  eof = false;
  close() {
    closeSync(this.fd);
  }
  /** The root value; arrays at `targets` are read past (`yielding`: their elements are yielded), other values parsed unless `yielding`. */
  *root(targets, yielding) {
    const value = yield* this.value([], targets, yielding);
    if (this.peek() !== -1) throw this.fail("text after the JSON value");
    return value;
  }
  *value(where, targets, yielding) {
    const on = targets.filter((t) => where.length <= t.length && where.every((s, i) => t[i] === s));
    if (on.length === 0) return this.scalarOrWhole(!yielding);
    const c = this.peek();
    if (on.some((t) => t.length === where.length)) {
      if (c !== OPEN_ARRAY) return this.scalarOrWhole(!yielding);
      this.at++;
      if (this.peek() === CLOSE_ARRAY) {
        this.at++;
        return [];
      }
      for (; ; ) {
        if (yielding) yield this.scalarOrWhole(true);
        else this.scan(false);
        if (this.separator(CLOSE_ARRAY, "an array")) return [];
      }
    }
    if (c === OPEN_OBJECT) {
      this.at++;
      const out = {};
      if (this.peek() === CLOSE_OBJECT) {
        this.at++;
        return out;
      }
      const seen = /* @__PURE__ */ new Set();
      for (; ; ) {
        if (this.peek() !== QUOTE) throw this.fail("a member name expected");
        const at = this.offset();
        const key = this.parse(this.scan(true), at);
        if (this.peek() !== COLON) throw this.fail('":" expected after a member name');
        this.at++;
        if (seen.has(key) && on.some((t) => t[where.length] === key)) throw this.fail(`the member "${key}" twice`, at);
        seen.add(key);
        const value = yield* this.value([...where, key], targets, yielding);
        if (!yielding) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        if (this.separator(CLOSE_OBJECT, "an object")) return out;
      }
    }
    if (c === OPEN_ARRAY) {
      this.at++;
      const out = [];
      if (this.peek() === CLOSE_ARRAY) {
        this.at++;
        return out;
      }
      for (let index = 0; ; index++) {
        out.push(yield* this.value([...where, index], targets, yielding));
        if (this.separator(CLOSE_ARRAY, "an array")) return out;
      }
    }
    return this.scalarOrWhole(!yielding);
  }
  /** The value here (after whitespace), parsed (`parse`) or read past. */
  scalarOrWhole(parse) {
    this.peek();
    const at = this.offset();
    const bytes = this.scan(parse);
    return parse ? this.parse(bytes, at) : void 0;
  }
  /** After a member or element: true at `close` (taken), false after a comma. */
  separator(close, inside) {
    const c = this.peek();
    if (c === COMMA) {
      this.at++;
      return false;
    }
    if (c === close) {
      this.at++;
      return true;
    }
    if (c === -1) throw this.fail(`the text ends inside ${inside}`);
    throw this.fail(`"," or "${String.fromCharCode(close)}" expected in ${inside}`);
  }
  parse(bytes, at) {
    let text;
    try {
      text = bytes.toString("utf8");
    } catch {
      throw new InputError(`cannot read "${this.shownAs}": a value of ${bytes.length} bytes at byte ${at} is more than a string holds`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw this.fail("not a JSON value", at);
    }
  }
  /**
   * Reads past one value (after whitespace), returning its bytes when `capture` is set. The
   * bytes may be a view of the reused buffer: decode them before reading on.
   */
  scan(capture) {
    const first = this.peek();
    if (first === -1) throw this.fail("the text ends where a value should be");
    const scalar = first !== QUOTE && first !== OPEN_OBJECT && first !== OPEN_ARRAY;
    if (scalar && ENDS_SCALAR[first] === 1) throw this.fail(`a value expected, not "${String.fromCharCode(first)}"`);
    const parts = [];
    let start = this.at;
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (; ; ) {
      if (this.at === this.end) {
        if (capture && this.end > start) parts.push(Buffer.from(this.buffer.subarray(start, this.end)));
        if (!this.fill()) {
          if (scalar) break;
          throw this.fail(inString ? "the text ends inside a string" : "the text ends inside an array or object");
        }
        start = 0;
      }
      const buffer = this.buffer;
      const end = this.end;
      let i = this.at;
      let done = false;
      if (scalar) {
        while (i < end && ENDS_SCALAR[buffer[i]] !== 1) i++;
        done = i < end;
      } else {
        for (; i < end; i++) {
          const c = buffer[i];
          if (inString) {
            if (escaped) escaped = false;
            else if (c === BACKSLASH) escaped = true;
            else if (c === QUOTE) {
              inString = false;
              if (depth === 0) {
                i++;
                done = true;
                break;
              }
            }
          } else if (c === QUOTE) inString = true;
          else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
          else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            if (--depth === 0) {
              i++;
              done = true;
              break;
            }
          }
        }
      }
      this.at = i;
      if (done) break;
    }
    if (!capture) return void 0;
    const last = this.buffer.subarray(start, this.at);
    if (parts.length === 0) return last;
    parts.push(last);
    return Buffer.concat(parts);
  }
  /** The next byte that is not whitespace, not taken; -1 at the end of the file. */
  peek() {
    for (; ; ) {
      while (this.at < this.end) {
        const c = this.buffer[this.at];
        if (SPACE[c] !== 1) return c;
        this.at++;
      }
      if (!this.fill()) return -1;
    }
  }
  fill() {
    if (this.eof) return false;
    this.base += this.end;
    this.at = 0;
    this.end = 0;
    let n;
    try {
      n = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
    } catch (error) {
      throw new InputError(`cannot read "${this.shownAs}": ${error.code ?? describeError(error)}`);
    }
    this.end = n;
    if (n === 0) this.eof = true;
    return n > 0;
  }
  offset() {
    return this.base + this.at;
  }
  fail(what, at = this.offset()) {
    return new InputError(`cannot read "${this.shownAs}": not JSON (${what}, at byte ${at})`);
  }
};

// src/run/merge.ts
import path2 from "node:path";
async function mergeShares(shares, options = {}) {
  checkComplete(shares);
  const { cwd, config, active, settings, inventory } = await prepareRun(options);
  const key = configKey(active, settings, config);
  const nodes = inventory ? inventoryKey(inventory) : void 0;
  for (const share of shares) {
    if (share.toolVersion !== VERSION) throw new InputError(`share ${shareName(share)} was made by daemonlint ${share.toolVersion}; this is ${VERSION}: merge with the version that linted`);
    if (share.inventory !== nodes) {
      throw new InputError(
        share.inventory === void 0 ? `share ${shareName(share)} was linted without a node inventory: merge without --nodes (and without nodes: in the config), as the shares ran` : nodes === void 0 ? `share ${shareName(share)} was linted with a node inventory: give the merge the same one (--nodes, or nodes: in the config)` : `share ${shareName(share)} was linted with other nodes: give the merge the node inventory the shares read`
      );
    }
    const chartDir = chartDirKey(options.chartDir, cwd);
    if (share.chartDir !== chartDir) {
      throw new InputError(
        share.chartDir === void 0 ? `share ${shareName(share)} was linted without --chart-dir: merge without it, as the shares ran` : chartDir === void 0 ? `share ${shareName(share)} placed its findings in the templates of --chart-dir "${share.chartDir}": give the merge the same --chart-dir` : `share ${shareName(share)} was linted with --chart-dir "${share.chartDir}": give the merge the same --chart-dir`
      );
    }
    if (share.configKey !== key) {
      throw new InputError(`share ${shareName(share)} was linted with other rules, levels, options or Kubernetes version: merge with the same configuration and flags as the shares`);
    }
  }
  const acrossInput = active.filter((a) => a.rule.checkAll);
  await prepareRules(acrossInput, settings);
  const files = shares.flatMap((s) => s.files).sort((a, b) => a.ordinal - b.ordinal);
  const sources = new RereadSources(
    new Map(files.map((f) => [f.path, f.sha256])),
    cwd,
    (file) => `${file} is not what its share linted: merge in the same checkout and working directory as the shares`,
    // A share read each file within the limit it ran with (which may be a --max-file-size the
    // merge is not given), and each is checked by its hash: no size refuses them here.
    Number.MAX_SAFE_INTEGER
  );
  const ordinal = new Map(files.map((f) => [f.path, f.ordinal]));
  const objects = shares.flatMap((s) => s.objects.map(collectedObject)).sort((a, b) => ordinal.get(a.file) - ordinal.get(b.file));
  const input = await runInputRules(objects, sources, active, settings);
  sources.throwIfFailed();
  const findings = input.findings;
  const byFile = groupBy(findings, (f) => f.file);
  const deferred = deferredByFile(shares);
  for (const file of deferred.keys()) if (!byFile.has(file)) byFile.set(file, []);
  const out = [];
  for (const [file, list] of byFile) {
    const source = sources.get(file);
    applySuppressions(source, list, { file: config.file, entries: config.exclude }, settings, { only: deferred.get(file) ?? /* @__PURE__ */ new Set() });
    finishFindings(source, list);
    for (const f of list) out.push(f);
  }
  sources.throwIfFailed();
  if (options.chartDir !== void 0) await locateInTemplates(out, path2.resolve(cwd, options.chartDir), cwd);
  const ordered = [...shares].sort((a, b) => a.shard.index - b.shard.index);
  const objectsOf = groupBy(ordered.flatMap((s) => s.checked), (o) => o.file);
  const plannedOf = groupBy(shares.flatMap((s) => s.planned ?? []), (d) => d.file);
  const planned = files.flatMap((f) => plannedOf.get(f.path) ?? []);
  return {
    ...inventory ? { inventory, coverage: coverageReport(planFleet(planned, inventory), inventory) } : {},
    findings: out,
    files: files.map((f) => f.path),
    shareOf: new Map(shares.flatMap((s) => s.files.map((f) => [f.path, shareName(s)]))),
    daemonSets: shares.reduce((n, s) => n + s.daemonSets, 0),
    objects: files.flatMap((f) => objectsOf.get(f.path) ?? []),
    rules: ruleInfos(
      active.map((a) => a.rule),
      settings
    ),
    cwd,
    toolVersion: VERSION,
    unsafeFixes: shares.some((s) => s.unsafeFixes),
    ...skippedOf(ordered),
    config,
    ruleFailures: [...ordered.flatMap((s) => s.failures), ...input.failures]
  };
}
function skippedOf(shares) {
  const dirs = [...new Set(shares.flatMap((s) => s.skippedTemplates ?? []))];
  return dirs.length > 0 ? { skippedTemplates: dirs } : {};
}
function shareName(share) {
  return `${share.shard.index}/${share.shard.count}`;
}
function checkComplete(shares) {
  if (shares.length === 0) throw new InputError("merge needs the files --collect-out wrote, one per share");
  const count = shares[0].shard.count;
  const seen = /* @__PURE__ */ new Set();
  for (const share of shares) {
    if (share.shard.count !== count) throw new InputError(`the shares split the input differently: ${shareName(shares[0])} and ${shareName(share)}`);
    if (seen.has(share.shard.index)) throw new InputError(`share ${shareName(share)} is given twice`);
    seen.add(share.shard.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new InputError(`share${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${count}`).join(", ")} missing: merge needs every share's --collect-out file`);
}

// src/report/sarif-merge.ts
var SarifMerge = class {
  log;
  artifactIndex;
  ruleIndex;
  fileOfUri;
  /** The merge's own results, by the file they are ordered with. */
  added = /* @__PURE__ */ new Map();
  /**
   * Every artifact a taken result names, by URI, for `place` to add when a written result names
   * it first. A taken result names its artifacts by URI until it is placed (its indexes are -1):
   * it may go to the findings store as JSON and come back.
   */
  known = /* @__PURE__ */ new Map();
  constructor(added) {
    this.log = toSarif(added);
    const run = this.log.runs[0];
    const own = run.artifacts;
    run.artifacts = own.slice(0, added.files.length);
    this.artifactIndex = new Map(run.artifacts.map((a, i) => [a.location.uri, i]));
    this.fileOfUri = new Map(added.files.map((file) => [artifactLocation(file, added.cwd).uri, file]));
    this.ruleIndex = new Map(run.tool.driver.rules.map((r, i) => [r.id, i]));
    added.findings.forEach((f, i) => {
      let list = this.added.get(f.file);
      if (!list) this.added.set(f.file, list = []);
      list.push(this.byUri(own, run.results[i]));
    });
    run.results = [];
  }
  /**
   * A result of a share whose log is `from` (its results left out), its rule renumbered into the
   * merged run's, its artifacts named by URI until it is placed; returns the file it is ordered with
   * (as findings name it; a URI the run did not read names itself).
   */
  take(from, result) {
    const { tool, artifacts } = from.runs[0];
    const run = this.log.runs[0];
    const file = this.fileOf(from, result);
    this.byUri(artifacts, result);
    let index = this.ruleIndex.get(result.ruleId);
    if (index === void 0) {
      index = run.tool.driver.rules.length;
      this.ruleIndex.set(result.ruleId, index);
      run.tool.driver.rules.push(tool.driver.rules[result.ruleIndex]);
    }
    result.ruleIndex = index;
    return file;
  }
  /**
   * A result as it is written: its artifacts numbered as the merged run's, which adds those it
   * lacks. Only what is written adds one (a result the baseline or --quiet leaves out does not),
   * in the order it is written, as a single run adds them.
   */
  place(result) {
    const run = this.log.runs[0];
    const number = (location) => {
      let index = this.artifactIndex.get(location.uri);
      if (index === void 0) {
        index = run.artifacts.length;
        this.artifactIndex.set(location.uri, index);
        run.artifacts.push(this.known.get(location.uri) ?? { location: { uri: location.uri }, roles: ["analysisTarget"] });
      }
      location.index = index;
    };
    forEachArtifact(result, number);
    return result;
  }
  /** Names each of a result's artifacts by URI (index -1: not placed), remembering what `artifacts` says of each. */
  byUri(artifacts, result) {
    forEachArtifact(result, (location) => {
      const artifact = location.index !== void 0 ? artifacts[location.index] : void 0;
      const uri = artifact?.location.uri ?? location.uri;
      if (!this.known.has(uri)) this.known.set(uri, artifact ?? { location: { uri }, roles: ["analysisTarget"] });
      location.uri = uri;
      location.index = -1;
    });
    return result;
  }
  /** The file a share's result is ordered with, as `take` names it, without taking it. */
  fileOf(from, result) {
    const uriOf = (location) => location.index !== void 0 ? from.runs[0].artifacts[location.index].location.uri : location.uri;
    const rendered = this.renderedIn(result, uriOf);
    if (rendered !== void 0) return rendered;
    const uri = uriOf(result.locations[0].physicalLocation.artifactLocation);
    return this.fileOfUri.get(uri) ?? uri;
  }
  /**
   * The file linted, for a result placed in its Helm template (--chart-dir): sarif.ts makes the
   * rendered place its first related location, saying so, and names the template among its
   * logical locations. `uriOf`: a location's URI (a taken result's are its own).
   */
  renderedIn(result, uriOf = (location) => location.uri) {
    const related = result.relatedLocations?.[0];
    if (related === void 0 || !result.locations[0].logicalLocations?.some((l) => l.kind === "module")) return void 0;
    const { artifactLocation: location, region } = related.physicalLocation;
    const file = this.fileOfUri.get(uriOf(location));
    return file !== void 0 && related.message?.text === renderedAt(file, { line: region.startLine, column: region.startColumn }) ? file : void 0;
  }
  /** Where a taken result's finding is in the file linted. */
  regionOf(result) {
    return this.renderedIn(result) !== void 0 ? result.relatedLocations[0].physicalLocation.region : result.locations[0].physicalLocation.region;
  }
  /**
   * One file's results (the shares', then the merge's) in report order, less those `leaveOut`
   * (the baseline) takes out of their findings, fingerprints numbered again; with the findings
   * kept, which say what a baseline matches on and an exit code counts. Fingerprints hash the file,
   * so numbering them within a file numbers them as over the whole log.
   */
  file(file, results, leaveOut) {
    const entries = [...results].sort((a, b) => compare(a, b, this.regionOf(a), this.regionOf(b)));
    let findings = entries.map((result) => resultFinding(result, file, this.regionOf(result)));
    const resultOf = new Map(findings.map((f, i) => [f, entries[i]]));
    if (leaveOut) findings = leaveOut(findings);
    const kept = findings.map((f) => resultOf.get(f));
    const seen = /* @__PURE__ */ new Map();
    for (const result of kept) {
      for (const [key, value] of Object.entries(result.partialFingerprints)) {
        const base = value.slice(0, value.lastIndexOf(":"));
        const n = (seen.get(`${key}\0${base}`) ?? 0) + 1;
        seen.set(`${key}\0${base}`, n);
        result.partialFingerprints[key] = `${base}:${n}`;
      }
    }
    return { results: kept, findings };
  }
  /** The merged log without its results: complete once every share's result has been taken. */
  head() {
    return this.log;
  }
  /** A result as a share's report wrote it (a log that is not ours, or cut, must not crash the merge); a sentence saying what is wrong, or undefined. */
  static problem(result, from) {
    const r = result;
    if (typeof r !== "object" || r === null || Array.isArray(r)) return "not an object";
    if (typeof r.ruleId !== "string" || typeof r.ruleIndex !== "number" || from.runs[0].tool.driver.rules[r.ruleIndex] === void 0) return "no ruleId with a rule at its ruleIndex";
    const location = r.locations?.[0]?.physicalLocation;
    const region = location?.region;
    if (!location?.artifactLocation || !region || [region.startLine, region.startColumn, region.endLine, region.endColumn].some((n) => typeof n !== "number")) return "no location with a region";
    if (r.level !== "error" && r.level !== "warning" && r.level !== "note") return "no level of error, warning or note";
    if (r.relatedLocations !== void 0 && !Array.isArray(r.relatedLocations)) return "relatedLocations that are not a list";
    if ((r.relatedLocations ?? []).some((l) => [l?.physicalLocation?.region?.startLine, l?.physicalLocation?.region?.startColumn].some((n) => typeof n !== "number"))) return "a related location without a region";
    const artifacts = [location.artifactLocation, ...(r.relatedLocations ?? []).map((l) => l.physicalLocation?.artifactLocation), ...(r.fixes ?? []).map((f) => f.artifactChanges?.[0]?.artifactLocation)];
    for (const a of artifacts) {
      if (!a || (a.index !== void 0 ? from.runs[0].artifacts[a.index] === void 0 : typeof a.uri !== "string")) return "an artifact location with neither a uri nor an artifact at its index";
    }
    if (typeof r.partialFingerprints !== "object" || r.partialFingerprints === null || Object.values(r.partialFingerprints).some((v) => typeof v !== "string")) return "no partialFingerprints of strings";
    const logical = r.locations?.[0]?.logicalLocations;
    if (logical !== void 0 && (!Array.isArray(logical) || logical.some((l) => typeof l !== "object" || l === null))) return "logicalLocations that are not a list of objects";
    if (typeof r.properties?.path !== "string" || typeof r.message?.text !== "string") return "no message or properties.path";
    try {
      parseJsonPath(r.properties.path);
    } catch {
      return `a properties.path daemonlint did not write: ${JSON.stringify(r.properties.path)}`;
    }
    return void 0;
  }
};
function compare(a, b, ra, rb) {
  return ra.startLine - rb.startLine || ra.startColumn - rb.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
var SEVERITY = { error: "error", warning: "warning", note: "info" };
function resultFinding(result, file, region = result.locations[0].physicalLocation.region) {
  const f = {
    ruleId: result.ruleId,
    severity: SEVERITY[result.level] ?? "warning",
    message: result.message.text,
    file,
    range: { start: { line: region.startLine, column: region.startColumn, offset: -1 }, end: { line: region.endLine, column: region.endColumn, offset: -1 } },
    documentIndex: result.properties.documentIndex,
    path: parseJsonPath(result.properties.path)
  };
  if (result.properties.messageId !== void 0) f.messageId = result.properties.messageId;
  const resource = result.locations[0].logicalLocations?.find((l) => l.kind === "resource");
  if (resource) f.object = objectOf(resource);
  if (result.suppressions?.length) f.suppressions = result.suppressions.map((s) => ({ kind: s.kind, justification: s.justification }));
  return f;
}
function objectOf(location) {
  const parts = location.fullyQualifiedName.split("/");
  const out = {};
  if (parts.length >= 3) out.namespace = parts[0];
  const kind = parts[parts.length - 2];
  if (kind) out.kind = kind;
  if (location.name !== void 0) out.name = location.name;
  return out;
}
function forEachArtifact(result, visit) {
  visit(result.locations[0].physicalLocation.artifactLocation);
  for (const related of result.relatedLocations ?? []) visit(related.physicalLocation.artifactLocation);
  for (const fix of result.fixes ?? []) visit(fix.artifactChanges[0].artifactLocation);
}

// src/cli/merge-by-file.ts
function jsonMergeByFile(reports, merged, baseline, limits = {}, stream = true) {
  return mergeRun(merged, {
    shares: reports.map((report) => ({ shownAs: report.shownAs, read: () => jsonFindings(report, limits.chunk) })),
    added: groupBy(merged.findings, (f) => f.file),
    count: baseline ? (list) => baseline.count(list) : void 0,
    finish(file, findings) {
      findings.sort(compareFindings);
      return baseline ? baseline.apply(file, findings) : findings;
    },
    baseline,
    stream,
    holdFindings: limits.holdFindings ?? HOLD_FINDINGS
  });
}
function sarifMergeByFile(logs, merged, added, baseline, limits = {}, stream = true) {
  const merge = new SarifMerge(added);
  const resultOf = /* @__PURE__ */ new Map();
  const byFile = mergeRun(merged, {
    shares: logs.map(({ report, log }) => ({ shownAs: report.shownAs, read: (pass) => sarifResults(report, log, merge, pass, limits.chunk) })),
    added: merge.added,
    count: baseline ? (list, file) => baseline.count(list.map((r) => resultFinding(r, file))) : void 0,
    finish(file, all) {
      const { results, findings } = merge.file(file, all, baseline ? (list) => baseline.apply(file, list) : void 0);
      resultOf.clear();
      findings.forEach((f, i) => resultOf.set(f, results[i]));
      return findings;
    },
    baseline,
    stream,
    holdFindings: limits.holdFindings ?? HOLD_FINDINGS
  });
  let written = 0;
  const writer = () => ({
    order: "path",
    file(_file, findings, _objects, write) {
      for (let start = 0; start < findings.length; start += PIECE) {
        writeResults(findings.slice(start, start + PIECE).map((f) => merge.place(resultOf.get(f))), written === 0, write);
        written += Math.min(PIECE, findings.length - start);
      }
    },
    ends: () => logEnds(merge.head(), written)
  });
  return { byFile, writer };
}
function mergeRun(merged, sources) {
  const { added, count, finish, baseline } = sources;
  const claims = /* @__PURE__ */ new Map();
  const shares = sources.shares.map((share, report) => ({ ...share, read: (pass) => ownFiles(share.read(pass), { report, shownAs: share.shownAs }, merged.shareOf, claims) }));
  if (count) {
    for (const share of shares) for (const { file, items } of fileGroups(share.read("count"))) count(items, file);
    for (const [file, list] of added) count(list, file);
  }
  const objectsOf = groupBy(merged.objects, (o) => o.file);
  let store;
  const checkHeap = heapLooker();
  function* sideBySide() {
    const names = [.../* @__PURE__ */ new Set([...merged.files, ...added.keys()])].sort(byPath);
    const heads = shares.map((share) => {
      const groups = fileGroups(share.read("merge"), share.shownAs);
      return { groups, next: groups.next() };
    });
    try {
      for (let n = 0; ; ) {
        let file = n < names.length ? names[n] : void 0;
        for (const head of heads) if (!head.next.done && (file === void 0 || head.next.value.file < file)) file = head.next.value.file;
        if (file === void 0) return;
        if (names[n] === file) n++;
        let items = [];
        for (const head of heads) {
          if (head.next.done || head.next.value.file !== file) continue;
          items = items.length === 0 ? head.next.value.items : items.concat(head.next.value.items);
          head.next = head.groups.next();
        }
        yield { file, items: items.concat(added.get(file) ?? []) };
      }
    } finally {
      for (const head of heads) head.groups.return();
    }
  }
  function* stored(order) {
    const kept = store = new FileStore(sources.holdFindings);
    const ordinals = new Map(merged.files.map((f, i) => [f, i]));
    const ordinal = (file) => {
      let n = ordinals.get(file);
      if (n === void 0) ordinals.set(file, n = ordinals.size);
      return n;
    };
    const stored2 = /* @__PURE__ */ new Set();
    for (const share of shares) {
      for (const { file, items } of fileGroups(share.read("merge"))) {
        const list = stored2.has(file) ? kept.take(ordinal(file)).findings.concat(items) : items;
        stored2.add(file);
        kept.put(ordinal(file), { findings: list, objects: [] });
        checkHeap(items.length);
      }
    }
    for (const file of added.keys()) ordinal(file);
    const names = [...ordinals.keys()];
    for (const file of order === "path" ? names.sort(byPath) : names) yield { file, items: kept.take(ordinal(file)).findings.concat(added.get(file) ?? []) };
  }
  const run = {
    ...baseline ? { baseline: baseline.outcome() } : {},
    ...merged.unsafeFixes ? { unsafeFixes: true } : {},
    ...merged.skippedTemplates ? { skippedTemplates: merged.skippedTemplates } : {},
    files: merged.files,
    daemonSets: merged.daemonSets,
    rules: merged.rules,
    cwd: merged.cwd,
    toolVersion: merged.toolVersion,
    ...merged.coverage ? { coverage: merged.coverage } : {}
  };
  let taken = false;
  return {
    run,
    ruleFailures: merged.ruleFailures,
    async *files(order) {
      if (taken) throw new Error("a run is reported once");
      taken = true;
      for (const { file, items } of order === "path" && sources.stream ? sideBySide() : stored(order)) {
        const findings = finish(file, items);
        yield { file, findings, objects: objectsOf.get(file) ?? [] };
        checkHeap(findings.length + 1);
      }
    },
    close: () => store?.close()
  };
}
var byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function* ownFiles(items, reader, shareOf, claims) {
  const { shownAs } = reader;
  let mine;
  let last;
  for (const entry of items) {
    const file = entry[0];
    if (file !== last) {
      last = file;
      const share = shareOf.get(file);
      if (share === void 0) throw new InputError(`"${shownAs}" holds findings of ${file}, which no share linted: give the merge each share's report with its --collect-out file`);
      if (mine === void 0) {
        const other = claims.get(share);
        if (other !== void 0 && other.report !== reader.report) throw new InputError(`"${other.shownAs}" and "${shownAs}" both hold findings of share ${share}: give the merge each share's report once`);
        claims.set(share, reader);
        mine = share;
      } else if (share !== mine) {
        throw new InputError(`"${shownAs}" holds findings of share ${mine} and of share ${share}: a share's report holds its own files only (a single run's report, or one of another split?)`);
      }
    }
    yield entry;
  }
}
function* fileGroups(items, inPathOrder) {
  let file;
  let list = [];
  for (const [itemFile, item] of items) {
    if (itemFile !== file) {
      if (file !== void 0) {
        if (inPathOrder !== void 0 && !(file < itemFile)) {
          throw new InputError(`"${inPathOrder}" lists the findings of ${itemFile} after those of ${file}: a share's report must list its files in path order, as daemonlint writes it`);
        }
        yield { file, items: list };
      }
      file = itemFile;
      list = [];
    }
    list.push(item);
  }
  if (file !== void 0) yield { file, items: list };
}
function* jsonFindings(report, chunk) {
  let n = 0;
  for (const item of readElements(report.path, report.shownAs, ["findings"], chunk)) {
    n++;
    const problem = jsonFindingProblem(item);
    let finding;
    if (problem === void 0) {
      try {
        finding = fromJsonFinding(item);
      } catch (error) {
        throw new InputError(`"${report.shownAs}": finding ${n} is not one daemonlint writes (${error.message})`);
      }
    }
    if (finding === void 0) throw new InputError(`"${report.shownAs}": finding ${n} is not one daemonlint writes (${problem})`);
    restoreTemplatePlace(finding);
    yield [finding.file, finding];
  }
}
function jsonFindingProblem(item) {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return "not an object";
  const j = item;
  for (const key of ["ruleId", "message", "file", "path"]) if (typeof j[key] !== "string") return `no ${key}`;
  for (const key of ["line", "column", "endLine", "endColumn", "documentIndex"]) if (typeof j[key] !== "number") return `no ${key}`;
  if (j.severity !== "error" && j.severity !== "warning" && j.severity !== "info") return "no severity";
  if (typeof j.object !== "object" || j.object === null || Array.isArray(j.object)) return "no object";
  for (const key of ["apiVersion", "kind", "namespace", "name"]) {
    const value = j.object[key];
    if (value !== void 0 && typeof value !== "string") return `object.${key} is not a string`;
  }
  for (const key of ["messageId", "help", "fixable", "template"]) if (j[key] !== void 0 && typeof j[key] !== "string") return `${key} is not a string`;
  if (j.related !== void 0) {
    if (!Array.isArray(j.related)) return "related is not a list";
    for (const r of j.related) {
      const place = r;
      if (typeof place !== "object" || place === null || typeof place.file !== "string" || typeof place.message !== "string") return "a related place without file and message";
      for (const key of ["line", "column", "endLine", "endColumn"]) if (typeof place[key] !== "number") return `a related place without ${key}`;
    }
  }
  return void 0;
}
function* sarifResults(report, log, merge, pass, chunk) {
  let n = 0;
  for (const item of readElements(report.path, report.shownAs, ["runs", 0, "results"], chunk)) {
    n++;
    const problem = SarifMerge.problem(item, log);
    if (problem !== void 0) throw new InputError(`"${report.shownAs}": result ${n} is not one daemonlint writes (${problem})`);
    const result = item;
    yield [pass === "merge" ? merge.take(log, result) : merge.fileOf(log, result), result];
  }
}

// src/cli/report-by-file.ts
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, writeSync } from "node:fs";
import path3 from "node:path";
async function deliverByFile(byFile, factory, options, where, shown) {
  const spool = new Spool();
  const counts = { errors: 0, warnings: 0 };
  try {
    const writer = factory(byFile.run, options);
    const write = (text) => spool.write(text);
    for await (const file of byFile.files(writer.order)) {
      const findings = shown ? file.findings.filter(shown) : file.findings;
      for (const f of file.findings) {
        if (f.suppressions?.length) continue;
        if (f.severity === "error") counts.errors++;
        else if (f.severity === "warning") counts.warnings++;
      }
      writer.file(file.file, findings, file.objects, write);
    }
    const { head, tail } = writer.ends();
    if (where.outputFile === void 0) {
      for (const piece of headPieces(head)) where.to(piece);
      spool.drain(where.to, where.toBytes);
      where.to(tail);
    } else {
      writeToFile(path3.resolve(where.cwd, where.outputFile), where.outputFile, head, spool, tail);
    }
  } finally {
    spool.close();
    byFile.close();
  }
  return finishRun({ baseline: byFile.run.baseline, ruleFailures: byFile.ruleFailures, ...counts }, where);
}
function writeToFile(file, shown, head, spool, tail) {
  let fd;
  try {
    mkdirSync(path3.dirname(file), { recursive: true });
    fd = openSync2(file, "w");
    const out = fd;
    const putBytes = (bytes) => {
      let done = 0;
      while (done < bytes.length) done += writeSync(out, bytes, done, bytes.length - done);
    };
    const put = (text) => putBytes(Buffer.from(text));
    for (const piece of headPieces(head)) put(piece);
    spool.drain(put, putBytes);
    put(tail);
  } catch (error) {
    throw new OutputError(`cannot write "${shown}": ${describeError(error)}`);
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
}

// src/cli/commands/merge.ts
var MERGE_HELP = `Usage: daemonlint merge [options] <files...>

Joins what the jobs of a --shard matrix wrote into the report a single run over every file
would have written: each job's report (--format json or sarif) and its --collect-out file,
given in any order. The rules across the input run here, over every share's objects, and so
does the baseline; files are read again where their findings point, from the same checkout.

Shares' reports in json can be merged into json, stylish, github, junit, gitlab or coverage;
in sarif, into sarif (a SARIF result cannot be read back into a finding, and the JSON report
carries no fix edits for SARIF to show). Shares linted with a node inventory (--nodes) are
merged with the same one: the merge runs node-fit and hostport-conflict over the whole fleet and
writes the coverage (json's coverage, --format coverage).

Options:
  -f, --format <name>        the report to write (default: the shares' format)
  -o, --output-file <file>   write the report to a file instead of standard output
  -c, --config <file>        the config file the shares used (default: the nearest .daemonlint.yaml)
      --no-config            the shares used no config file
      --rule <id=level>      as the shares were given; repeatable
      --kube-version <x.y>   as the shares were given
      --baseline <file>      leave out the findings recorded in this baseline
      --no-baseline          ignore the baseline named in the config
      --chart-dir <dir>      also locate findings in the chart's templates
      --nodes <file>         the node inventory the shares read; repeatable
      --max-warnings <n>     exit 1 when there are more than n warnings
  -q, --quiet                report errors only (suppressed findings too with --show-suppressed)
      --verbose              show each finding's help text (stylish)
      --color, --no-color    force colour on or off
  -h, --help                 print this help

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, a missing or
mismatched share, a changed file, or a rule that failed.
`;
async function mergeCommand(args, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      // The lint command's options for a run's configuration and report (daemonlint merge --help).
      options: REPORT_OPTIONS
    });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error, Object.keys(REPORT_OPTIONS), "daemonlint merge"));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(MERGE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("merge needs the shares' reports and --collect-out files");
  if (values.config !== void 0 && values["no-config"]) throw new UsageError("--config and --no-config exclude each other");
  if (values.baseline !== void 0 && values["no-baseline"]) throw new UsageError("--baseline and --no-baseline exclude each other");
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const shown = values.quiet ? quietShows(values["show-suppressed"] === true) : void 0;
  const ruleOverrides = parseRuleFlags(values.rule ?? []);
  const copies = new InputCopies();
  try {
    const copier = new CompactCopier();
    const inputs = positionals.map((file) => readInput(file, io.cwd, copies, (text) => copier.string(text)));
    const shares = inputs.flatMap((i) => i.kind === "share" ? [i.share] : []);
    const reports = inputs.flatMap((i) => i.kind === "json" ? [i.report] : []);
    const logs = inputs.flatMap((i) => i.kind === "sarif" ? [{ report: i.report, log: i.log }] : []);
    if (reports.length > 0 && logs.length > 0) throw new UsageError("the shares' reports must all be json or all sarif");
    if (reports.length + logs.length !== shares.length) {
      throw new UsageError(`merge needs each share's report and its --collect-out file: got ${reports.length + logs.length} report(s) and ${shares.length} --collect-out file(s)`);
    }
    const from = logs.length > 0 ? "sarif" : "json";
    const format = values.format ?? from;
    if (!isFormatterName(format)) throw new UsageError(`unknown format "${format}"; allowed: ${formatterNames.join(", ")}`);
    if (from === "sarif" !== (format === "sarif")) {
      throw new UsageError(
        from === "sarif" ? `shares' reports in sarif merge into sarif only (a SARIF result cannot be read back into a finding): run the shares with --format json for ${format}` : "a sarif report needs the shares' reports in sarif (the JSON report carries no fix edits): run the shares with --format sarif"
      );
    }
    const configFile = values["no-config"] ? false : values.config !== void 0 ? path4.resolve(io.cwd, values.config) : void 0;
    const merged = await mergeShares(shares, {
      cwd: io.cwd,
      configFile,
      ruleOverrides,
      ...values["kube-version"] !== void 0 ? { kubeVersion: normalizeKubeVersion(values["kube-version"]) } : {},
      ...values["chart-dir"] !== void 0 ? { chartDir: values["chart-dir"] } : {},
      ...values.nodes ? { nodes: values.nodes } : {}
    });
    io.linted?.();
    if (format === "coverage" && !merged.coverage) throw new UsageError("--format coverage needs the node inventory the shares read: --nodes <file>, or nodes: in the config");
    const baselineFile = baselinePath({ baselineFile: values["no-baseline"] ? false : values.baseline }, merged.config, merged.cwd);
    const shownAs = baselineFile === void 0 ? "" : displayPath(baselineFile, merged.cwd);
    const baseline = baselineFile === void 0 ? void 0 : new FileByFileBaseline(await readBaseline(baselineFile, shownAs), shownAs);
    const outputFile = values["output-file"];
    const where = { outputFile, cwd: io.cwd, to: io.stdout, toBytes: io.stdoutBytes, stderr: io.stderr, maxWarnings };
    if (from === "sarif") {
      const added = {
        findings: merged.findings.sort(compareFindings),
        files: merged.files,
        daemonSets: merged.daemonSets,
        objects: merged.objects,
        rules: merged.rules,
        cwd: merged.cwd,
        toolVersion: merged.toolVersion,
        ...merged.unsafeFixes ? { unsafeFixes: true } : {}
      };
      const { byFile: byFile2, writer } = sarifMergeByFile(logs, merged, added, baseline);
      return deliverByFile(byFile2, writer, reportOptions(io, values, outputFile), where, shown);
    }
    const byFile = jsonMergeByFile(reports, merged, baseline);
    return deliverByFile(byFile, await writerLoaders[format](), reportOptions(io, values, outputFile), where, shown);
  } finally {
    copies.close();
  }
}
var SHARE_LISTS = ["objects", "checked"];
function readInput(file, cwd, copies, keep) {
  const report = { path: copies.readable(path4.resolve(cwd, file), file), shownAs: file };
  const value = readFrame(report.path, file, [["findings"], ["runs", 0, "results"], ...SHARE_LISTS.map((key) => [key])]);
  const v = value;
  if (v.daemonlintShare === 1) {
    try {
      const share = fromBigintJson(value, keep);
      for (const key of SHARE_LISTS) {
        if (!Array.isArray(share[key])) continue;
        const list = [];
        for (const item of readElements(report.path, file, [key])) list.push(fromBigintJson(item, keep));
        share[key] = list;
      }
      return { kind: "share", share };
    } catch (error) {
      if (error instanceof RangeError) throw new InputError(`"${file}" is not a --collect-out file daemonlint wrote: it is nested too deeply`);
      throw error;
    }
  }
  if (v.version === 1 && v.tool?.name === "daemonlint" && Array.isArray(v.findings)) return { kind: "json", report };
  const run = v.version === "2.1.0" ? v.runs?.[0] : void 0;
  if (run?.tool?.driver?.name === "daemonlint" && Array.isArray(run.results)) {
    if (!Array.isArray(run.tool.driver.rules) || !Array.isArray(run.artifacts)) throw new InputError(`"${file}" is a SARIF log without the rules and artifacts daemonlint writes`);
    return { kind: "sarif", report, log: value };
  }
  throw new InputError(`"${file}" is neither a daemonlint report in json or sarif nor a --collect-out file`);
}
var InputCopies = class {
  temps = [];
  readable(file, shownAs) {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return file;
    }
    if (stat.isFile() || stat.isDirectory()) return file;
    const temp = new TempFile("daemonlint-merge-", "input", `the copy of "${shownAs}" was cut short`, true);
    this.temps.push(temp);
    let fd;
    try {
      fd = openSync3(file, "r");
      const buffer = Buffer.allocUnsafeSlow(1 << 20);
      temp.append(new Uint8Array(0));
      for (let n = readSync2(fd, buffer); n > 0; n = readSync2(fd, buffer)) temp.append(buffer.subarray(0, n));
    } catch (error) {
      throw new InputError(`cannot read "${shownAs}": ${error.code ?? describeError(error)}`);
    } finally {
      if (fd !== void 0) closeSync3(fd);
    }
    return temp.path;
  }
  close() {
    for (const temp of this.temps) temp.close();
  }
};

// src/cli/commands/init.ts
import { existsSync, writeFileSync } from "node:fs";
import path5 from "node:path";
function schemaReference(dir) {
  const local = path5.join(dir, "node_modules", "daemonlint", "dist", "daemonlint.schema.json");
  if (existsSync(local)) return "./node_modules/daemonlint/dist/daemonlint.schema.json";
  return `https://raw.githubusercontent.com/daemonlint/daemonlint/v${VERSION}/dist/daemonlint.schema.json`;
}
function initialConfig(schema) {
  return `# yaml-language-server: $schema=${schema}
# daemonlint configuration: ${HOMEPAGE}/blob/main/docs/configuration.md

# The preset the rules start from: recommended, strict (warnings become errors, image digests,
# Pod Security restricted) or all.
extends: recommended

# The Kubernetes version your clusters run (${targetableKubeVersions[0]} to ${defaultKubeVersion}).
kubeVersion: "${defaultKubeVersion}"

# A level per rule (off, info, warning or warn, error), or [level, {options}]; daemonlint rules
# lists them, daemonlint explain <rule> documents each.
rules:
  # priority-class: off
  # image-pinned: [warning, {requireDigest: true}]
  # hostpath-readonly: [error, {allowWritablePrefixes: [/var/lib/my-agent]}]
  # control-plane-toleration: off

# Paths (globs, relative to this file) that are not linted at all.
# ignore:
#   - "vendor/**"

# Findings accepted for some objects, and why.
# exclude:
#   - rules: [privileged-justified]
#     objects: ["kube-system/*"]
#     reason: "platform agents, reviewed by the platform team"
`;
}
function initCommand(dir) {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path5.join(dir, name)));
  if (existing !== void 0) return { stdout: "", stderr: `daemonlint: ${existing} exists; left as it is
` };
  const file = path5.join(dir, CONFIG_FILE_NAMES[0]);
  writeFileSync(file, initialConfig(schemaReference(dir)), { flag: "wx" });
  return { stdout: `Wrote ${CONFIG_FILE_NAMES[0]}: edit it, then run daemonlint.
`, stderr: "" };
}

// src/cli/cli.ts
import path8 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/fix/write-file.ts
import { createHash, randomBytes } from "node:crypto";
import { closeSync as closeSync4, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync as openSync4, readdirSync, readFileSync, realpathSync, renameSync, statSync as statSync2, unlinkSync, writeSync as writeSync2 } from "node:fs";
import path6 from "node:path";
var FixWriteError = class extends Error {
};
var TEMP_FILE_END = /^(\d+)-[0-9a-f]{12}\.tmp$/;
function writeFixedFile(file, content, expected) {
  let target;
  let stat;
  try {
    target = realpathSync(file);
    stat = statSync2(target);
  } catch (error) {
    throw new FixWriteError(`cannot be read again: ${describeError(error)}`);
  }
  if ((stat.mode & 146) === 0) throw new FixWriteError(`it is read-only (mode ${(stat.mode & 4095).toString(8)})`);
  const dir = path6.dirname(target);
  removeStaleTempFiles(dir, path6.basename(target));
  const inPlace = stat.nlink > 1 || !canKeepOwner(stat);
  if (inPlace) {
    assertUnchanged(target, expected);
    let fd2;
    try {
      fd2 = openSync4(target, constants.O_WRONLY | constants.O_TRUNC);
      writeAll(fd2, content);
      fsyncSync(fd2);
    } catch (error) {
      throw new FixWriteError(`cannot be written: ${describeError(error)}`);
    } finally {
      if (fd2 !== void 0) closeSync4(fd2);
    }
    return;
  }
  const temp = path6.join(dir, `.${path6.basename(target)}.daemonlint-${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
  let fd;
  try {
    fd = openSync4(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 384);
    writeAll(fd, content);
    fchmodSync(fd, stat.mode & 4095);
    if (fstatSync(fd).uid !== stat.uid || fstatSync(fd).gid !== stat.gid) fchownSync(fd, stat.uid, stat.gid);
    fsyncSync(fd);
    closeSync4(fd);
    fd = void 0;
    assertUnchanged(target, expected);
    renameSync(temp, target);
  } catch (error) {
    if (fd !== void 0) closeSync4(fd);
    try {
      unlinkSync(temp);
    } catch {
    }
    if (error instanceof FixWriteError) throw error;
    throw new FixWriteError(`cannot be written: ${describeError(error)}`);
  }
}
function canKeepOwner(stat) {
  if (typeof process.getuid !== "function") return true;
  const uid = process.getuid();
  if (uid === 0) return true;
  if (stat.uid !== uid) return false;
  const groups = /* @__PURE__ */ new Set([process.getgid?.(), ...process.getgroups?.() ?? []]);
  return groups.has(stat.gid);
}
function assertUnchanged(file, expected) {
  if (!expected) return;
  let now;
  let bytes;
  try {
    now = statSync2(file);
    bytes = now.size === expected.size ? readFileSync(file) : Buffer.alloc(0);
  } catch (error) {
    throw new FixWriteError(`cannot be read again: ${describeError(error)}`);
  }
  const same = now.size === expected.size && now.mtimeMs === expected.mtimeMs && createHash("sha256").update(bytes).digest("hex") === expected.sha256;
  if (!same) throw new FixWriteError("it changed after it was read (another run or an editor wrote it): its fixes were not written; run daemonlint again");
}
function writeAll(fd, content) {
  let offset = 0;
  while (offset < content.length) offset += writeSync2(fd, content, offset, content.length - offset);
}
var cleaned = /* @__PURE__ */ new Set();
function removeStaleTempFiles(dir, base) {
  const key = path6.join(dir, base);
  if (cleaned.has(key)) return;
  cleaned.add(key);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${base}.daemonlint-`;
  for (const name of names) {
    const m = name.startsWith(prefix) ? TEMP_FILE_END.exec(name.slice(prefix.length)) : null;
    if (!m || isAlive(Number(m[1]))) continue;
    const file = path6.join(dir, name);
    try {
      const stat = lstatSync(file);
      if (!stat.isFile() || typeof process.getuid === "function" && stat.uid !== process.getuid()) continue;
      unlinkSync(file);
    } catch {
    }
  }
}
function isAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

// src/report/unified-diff.ts
function unifiedDiff(path9, before, after, context = 3) {
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
  const [from, to] = path9.startsWith("/") ? [path9, path9] : [`a/${path9}`, `b/${path9}`];
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

// src/cli/commands/explain.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import path7 from "node:path";
import { fileURLToPath } from "node:url";

// src/cli/commands/rules.ts
function builtinRuleInfos() {
  return [...builtinRules.map(ruleInfo), yamlSyntaxInfo, duplicateKeyInfo, contentAfterEndInfo, helmTemplateInfo, unusedSuppressionInfo].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function rulesTable(rules = builtinRuleInfos()) {
  const header = ["rule", "default", "fixable", "description"];
  const rows = rules.map((r) => [r.id, r.severity, r.fixable ? "yes" : "no", r.description]);
  const widths = header.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => i < 3 ? c.padEnd(widths[i]) : c).join("  ");
  return [
    line(header),
    ...rows.map(line),
    "",
    `${rules.length} rules. daemonlint explain <rule> prints a rule's documentation.`,
    ""
  ].join("\n");
}

// src/cli/commands/explain.ts
var UnknownRuleError = class extends Error {
};
function explainRule(id, docsDir = findDocsDir()) {
  const known = builtinRuleInfos().map((r) => r.id);
  if (id === void 0 || !known.includes(id)) {
    const what = id === void 0 ? "explain needs a rule id" : `unknown rule "${id}"${didYouMean(id, known)}`;
    throw new UnknownRuleError(`${what}; rules: ${known.join(", ")}`);
  }
  const page = docsDir === void 0 ? void 0 : path7.join(docsDir, `${id}.md`);
  if (page === void 0 || !existsSync2(page)) {
    throw new UnknownRuleError(`no documentation page for "${id}" in this installation (looked for docs/rules/${id}.md)`);
  }
  const text = readFileSync2(page, "utf8");
  return text.endsWith("\n") ? text : `${text}
`;
}
function findDocsDir(from = path7.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from, depth = 0; depth < 4; dir = path7.dirname(dir), depth++) {
    const candidate = path7.join(dir, "docs", "rules");
    if (existsSync2(candidate) && statSync3(candidate).isDirectory()) return candidate;
    if (path7.dirname(dir) === dir) break;
  }
  return void 0;
}

// src/cli/cli.ts
var HELP = `Usage: daemonlint [options] [paths...]
       daemonlint rules             list the rules: default level, fixable, description
       daemonlint explain <rule>    print a rule's documentation
       daemonlint init              write a commented .daemonlint.yaml (nothing if one exists)
       daemonlint merge [options] <files...>  join the reports and --collect-out files of
                                    the jobs of a --shard matrix into one report
       daemonlint lsp               run the language server (LSP over stdio; docs/editors.md)

Lints Kubernetes DaemonSet manifests. Paths are files, directories (searched for
.yaml, .yml and .json), globs, or - for standard input (helm template ... | daemonlint -).
With no paths, a piped standard input is linted, else the current directory. A path,
directory or glob that yields no file, or an empty standard input, is an error (exit 2).

Options:
  -f, --format <name>        stylish (default), json, sarif, github, junit, gitlab, coverage
  -o, --output-file <file>   write the report to a file instead of standard output
  -c, --config <file>        use this config file instead of the nearest .daemonlint.yaml
      --no-config            use no config file at all
      --rule <id=level>      set a rule's level (off, info, warning or warn, error); repeatable
      --kube-version <x.y>   Kubernetes version to validate against
      --max-warnings <n>     exit 1 when there are more than n warnings
      --concurrency <n>      threads for large inputs: a number, auto (default) or off
      --fix                  apply fixes to the files (stdin: print the fixed text)
      --fix-dry-run          print the fixes as a unified diff, change nothing
      --fix-type <ids>       only fixes of these rules (comma-separated; repeatable)
      --unsafe-fixes         also apply (with --fix, --fix-dry-run) or count as fixable the
                             fixes that may change what the workload does
      --baseline <file>      leave out the findings recorded in this baseline
      --no-baseline          ignore the baseline named in the config
      --write-baseline <file>  record today's findings as the baseline, then exit 0
      --chart-dir <dir>      for helm template output: also locate findings in the chart's templates
      --shard <k/n>          lint only share k of n of the files (a CI matrix; split by path hash)
      --collect-out <file>   write what the rules across the input need, for daemonlint merge
                             (they run there, as does the baseline; findings do not fail this run)
      --nodes <file>         a node inventory (kubectl get nodes -o yaml, or NodePool entries): where
                             each DaemonSet runs, misses or does not fit; repeatable
      --print-config <file>  print the configuration that applies to a file, as JSON
      --max-file-size <size> larger inputs are not read, and are an error (default 64MiB)
      --no-error-on-unmatched-pattern  a pattern that matches no file is not an error
      --verbose              print each finding's help (why it matters, how to fix it) under it
  -q, --quiet                report errors only (suppressed findings too with --show-suppressed)
      --show-suppressed      with --quiet, also report the suppressed findings
      --stdin-filename <path>  the path standard input stands for, in findings, SARIF and baselines
      --color, --no-color    force colour on or off (also FORCE_COLOR; NO_COLOR always turns it off)
  -v, --version              print the version
  -h, --help                 print this help

"rules", "explain", "merge", "init" and "lsp" are commands only as the first argument; to lint
a path of that name, write ./rules, ./explain, ./merge, ./init or ./lsp.

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input failure.
`;
var OPTIONS = {
  ...REPORT_OPTIONS,
  concurrency: { type: "string" },
  "write-baseline": { type: "string" },
  "print-config": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-type": { type: "string", multiple: true },
  "unsafe-fixes": { type: "boolean" },
  shard: { type: "string" },
  "collect-out": { type: "string" },
  "max-file-size": { type: "string" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  "stdin-filename": { type: "string" },
  version: { type: "boolean", short: "v" }
};
async function runCli(argv, io) {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`daemonlint: ${error.message}
Run daemonlint${argv[0] === "merge" ? " merge" : ""} --help for usage.
`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`daemonlint: invalid configuration: ${error.message}
`);
      return 2;
    }
    if (error instanceof PluginError || error instanceof BaselineError) {
      io.stderr(`daemonlint: ${error.message}
`);
      return 2;
    }
    if (error instanceof InventoryError) {
      io.stderr(`daemonlint: invalid node inventory: ${error.message}
`);
      return 2;
    }
    if (error instanceof InputError || error instanceof OutputError) {
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
  if (argv[0] === "rules" || argv[0] === "explain" || argv[0] === "merge" || argv[0] === "init") return command(argv[0], argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs2({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error, Object.keys(OPTIONS)));
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
  if (!isFormatterName(formatName)) throw new UsageError(`unknown format "${formatName}"${didYouMean(formatName, formatterNames)}; allowed: ${formatterNames.join(", ")}`);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
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
  if (values.baseline !== void 0 && values["no-baseline"]) throw new UsageError("--baseline and --no-baseline exclude each other");
  if (values["write-baseline"] !== void 0 && fixing) throw new UsageError("--write-baseline and --fix exclude each other");
  const configFile = values["no-config"] ? false : values.config !== void 0 ? path8.resolve(io.cwd, values.config) : void 0;
  if (values["print-config"] !== void 0) {
    io.stdout(await printConfig(values["print-config"], io.cwd, configFile, ruleOverrides, values["kube-version"]));
    return 0;
  }
  let shard;
  if (values.shard !== void 0) {
    const parsedShard = parseShard(values.shard);
    if (typeof parsedShard === "string") throw new UsageError(parsedShard);
    if (positionals.includes("-")) throw new UsageError("--shard splits files: standard input (-) cannot be split");
    shard = parsedShard;
  }
  if (values["collect-out"] !== void 0 && (fixing || values["write-baseline"] !== void 0)) {
    throw new UsageError("--collect-out makes a share for daemonlint merge: it excludes --fix, --fix-dry-run and --write-baseline");
  }
  if (values["chart-dir"] !== void 0) {
    const dir = values["chart-dir"];
    let isDirectory = false;
    try {
      isDirectory = statSync4(path8.resolve(io.cwd, dir)).isDirectory();
    } catch {
      throw new UsageError(`--chart-dir: "${dir}" does not exist; give the directory of the chart that was rendered (the one with Chart.yaml)`);
    }
    if (!isDirectory) throw new UsageError(`--chart-dir: "${dir}" is not a directory; give the directory of the chart that was rendered (the one with Chart.yaml)`);
  }
  let maxFileSize;
  if (values["max-file-size"] !== void 0) {
    maxFileSize = parseSize(values["max-file-size"]);
    if (maxFileSize === void 0) throw new UsageError(`--max-file-size takes a size such as 64MiB, 500KB or 1048576 (bytes), got "${values["max-file-size"]}"`);
  }
  let patterns = positionals;
  let readStdin = io.readStdin;
  if (patterns.length === 0) {
    patterns = ["."];
    if (!shard && io.stdinIsPiped?.()) {
      const input = await (io.readStdin ?? (() => readAllStdin(process.stdin, maxFileSize)))();
      if (input.length > 0) {
        patterns = ["-"];
        readStdin = async () => input;
      }
    }
  }
  const outputFile = values["output-file"];
  const config = loadConfig(configFile, io.cwd);
  const common = {
    ...shard ? { shard } : {},
    patterns,
    maxFileSize,
    errorOnUnmatchedPattern: values["no-error-on-unmatched-pattern"] !== true,
    cwd: io.cwd,
    config,
    ruleOverrides,
    ...values["chart-dir"] !== void 0 ? { chartDir: values["chart-dir"] } : {},
    kubeVersion: values["kube-version"] !== void 0 ? normalizeKubeVersion(values["kube-version"]) : void 0,
    readStdin,
    concurrency,
    workerUrl: io.workerUrl,
    unsafeFixes: values["unsafe-fixes"] === true,
    fixEdits: formatsWithFixes.has(formatName)
  };
  const inventory = values.nodes !== void 0 || (config.nodes?.length ?? 0) > 0;
  if (!fixing && values["write-baseline"] === void 0 && !inventory && formatName !== "coverage" && values["stdin-filename"] === void 0) {
    const collectOut = values["collect-out"];
    const byFile = await lintByFile({ ...common, ...collectOut !== void 0 ? { collect: true } : {}, baselineFile: values["no-baseline"] ? false : values.baseline });
    io.linted?.();
    if (collectOut !== void 0 && byFile.share) await writeShare(io.cwd, collectOut, byFile.share);
    const where = { outputFile, cwd: io.cwd, to: io.stdout, toBytes: io.stdoutBytes, stderr: io.stderr, maxWarnings };
    const code2 = await deliverByFile(byFile, await writerLoaders[formatName](), reportOptions(io, values, outputFile), where, values.quiet ? quietShows(values["show-suppressed"] === true) : void 0);
    return shareCode(collectOut, code2);
  }
  const result = await lint({
    ...common,
    ...values["collect-out"] !== void 0 ? { collect: true } : {},
    baselineFile: values["no-baseline"] || values["write-baseline"] !== void 0 ? false : values.baseline,
    ...values.nodes ? { nodes: values.nodes } : {},
    coverage: formatName === "json" || formatName === "coverage",
    ...values["stdin-filename"] !== void 0 ? { stdinFilename: values["stdin-filename"] } : {},
    fix: fixing ? { rules: fixRules, unsafe: values["unsafe-fixes"] === true } : void 0
  });
  io.linted?.();
  if (formatName === "coverage" && !result.inventory) throw new UsageError("--format coverage needs a node inventory: --nodes <file>, or nodes: in the config");
  if (values["write-baseline"] !== void 0) {
    const baseline = createBaseline(result.findings);
    const file = path8.resolve(io.cwd, values["write-baseline"]);
    try {
      await writeFile2(file, serializeBaseline(baseline));
    } catch (error) {
      throw new OutputError(`cannot write "${values["write-baseline"]}": ${describeError(error)}`);
    }
    const count = baseline.entries.reduce((n, e) => n + e.count, 0);
    io.stderr(`daemonlint: wrote ${count} finding${count === 1 ? "" : "s"} to the baseline ${values["write-baseline"]}
`);
    const refused = refusedByBaseline(result.findings);
    if (refused.length === 0) return 0;
    const first = refused[0];
    const at = `${visibleText(first.file)}:${first.range.start.line}:${first.range.start.column}`;
    io.stderr(
      `daemonlint: ${refused.length} yaml-syntax finding${refused.length === 1 ? " is" : "s are"} not in the baseline (first: ${at}): a baseline accepts no file that does not parse; fix it
`
    );
    return 1;
  }
  let reportTo = io.stdout;
  let notWritten = 0;
  let fixed = 0;
  let fixedFiles = 0;
  const written = /* @__PURE__ */ new Map();
  for (const fix of result.fixes) {
    if (!fix.failure && fix.fixed > 0) {
      fixed += fix.fixed;
      fixedFiles++;
    }
    if (fix.failure) io.stderr(`daemonlint: ${fix.source.path}: not fixed: ${fix.failure}
`);
    for (const s of fix.skipped) {
      const at = `${fix.source.path}:${s.finding.range.start.line}:${s.finding.range.start.column}`;
      io.stderr(`daemonlint: ${at}: the ${s.finding.ruleId} fix was left out (the file's other fixes were applied): ${s.reason}
`);
    }
    if (values["fix-dry-run"]) {
      reportTo = io.stderr;
      io.stdout(unifiedDiff(fix.source.path, restoreBom(fix.source), fix.output));
    } else if (values.fix && fix.source.absolutePath === void 0) {
      reportTo = io.stderr;
      io.stdout(fix.output);
    } else if (values.fix && fix.fixed > 0 && !fix.failure) {
      const origin = fix.source.origin;
      const same = sameFileAs(written, fix.source.absolutePath, fix.source.path);
      if (same !== void 0) {
        fixed -= fix.fixed;
        fixedFiles--;
        io.stderr(`daemonlint: ${fix.source.path}: fixed once, as ${same}: the same file
`);
        continue;
      }
      try {
        writeFixedFile(fix.source.absolutePath, encodeText(fix.output, origin?.encoding ?? "utf-8"), origin?.snapshot);
      } catch (error) {
        if (!(error instanceof FixWriteError)) throw error;
        notWritten++;
        fixed -= fix.fixed;
        fixedFiles--;
        io.stderr(`daemonlint: ${fix.source.path}: not fixed: ${error.message}
`);
      }
    }
  }
  if (fixing && fixed > 0) {
    const what = `${fixed} problem${fixed === 1 ? "" : "s"}${fixedFiles > 1 ? ` in ${fixedFiles} files` : ""}`;
    io.stderr(values.fix ? `daemonlint: ${what} fixed
` : `daemonlint: ${what} would be fixed
`);
  }
  const shown = values.quiet ? { ...result, findings: result.findings.filter(quietShows(values["show-suppressed"] === true)) } : result;
  const report = formatPieces(await writerLoaders[formatName](), shown, reportOptions(io, values, outputFile));
  if (values["collect-out"] !== void 0 && result.share) await writeShare(io.cwd, values["collect-out"], result.share);
  const code = await deliverReport(report, result, { outputFile, cwd: io.cwd, to: reportTo, stderr: io.stderr, maxWarnings, notWritten });
  return shareCode(values["collect-out"], code);
}
async function writeShare(cwd, file, share) {
  try {
    await writeFile2(path8.resolve(cwd, file), `${bigintJson(share)}
`);
  } catch (error) {
    throw new OutputError(`cannot write "${file}": ${describeError(error)}`);
  }
}
function shareCode(collectOut, code) {
  return collectOut !== void 0 && code === 1 ? 0 : code;
}
async function printConfig(file, cwd, configFile, overrides, kubeVersion) {
  const result = await effectiveConfig(path8.resolve(cwd, file), cwd, configFile, overrides, kubeVersion);
  return `${JSON.stringify(result, null, 2)}
`;
}
async function command(name, args, io) {
  if (existsSync3(path8.resolve(io.cwd, name))) {
    io.stderr(`daemonlint: note: "${name}" is a command; to lint the path ${name}, write ./${name}
`);
  }
  if (name === "merge") return mergeCommand(args, io);
  if (name === "init") {
    if (args.length > 0) throw new UsageError(`init takes no arguments, got "${args[0]}"`);
    const { stdout: stdout2, stderr } = initCommand(io.cwd);
    if (stdout2 !== "") io.stdout(stdout2);
    if (stderr !== "") io.stderr(stderr);
    return 0;
  }
  if (name === "rules") {
    if (args.length > 0) throw new UsageError(`rules takes no arguments, got "${args[0]}"`);
    io.stdout(rulesTable());
    return 0;
  }
  if (args.length > 1) throw new UsageError(`explain takes one rule id, got ${args.length}`);
  try {
    io.stdout(explainRule(args[0]));
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new UsageError(error.message);
    throw error;
  }
  return 0;
}
function restoreBom(source) {
  return (source.hadBom ? "\uFEFF" : "") + source.text;
}
function sameFileAs(written, file, shownAs) {
  let key;
  try {
    const stat = statSync4(file);
    key = `${stat.dev}:${stat.ino}`;
  } catch {
    return void 0;
  }
  const first = written.get(key);
  if (first === void 0) written.set(key, shownAs);
  return first;
}

// src/cli/main.ts
var workerUrl = new URL("./worker.js", import.meta.url);
function stdoutWriter() {
  let direct = process.platform !== "win32";
  const bytes = (chunk) => {
    if (closed) return;
    if (!direct) {
      viaStream(Buffer.from(chunk));
      return;
    }
    let rest = chunk;
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync3(1, rest));
    } catch (error) {
      const code = error.code;
      if (code === "EPIPE") {
        closed = true;
        return;
      }
      if (code !== "EAGAIN") throw new OutputError(`cannot write the report to standard output: ${describeError(error)}`);
      direct = false;
      viaStream(Buffer.from(rest));
    }
  };
  return {
    text: (text) => {
      if (closed) return;
      if (direct) bytes(encode(text));
      else viaStream(text);
    },
    bytes
  };
}
function encode(text) {
  return Buffer.byteLength(text) === text.length ? Buffer.from(text, "latin1") : Buffer.from(text);
}
var streamWatched = false;
function viaStream(text) {
  streamed = true;
  if (!streamWatched) {
    streamWatched = true;
    process.stdout.on("error", (error) => {
      if (error.code === "EPIPE") {
        closed = true;
        return;
      }
      writeLine(`daemonlint: cannot write the report to standard output: ${describeError(error)}
`);
      process.exitCode = 2;
    });
  }
  process.stdout.write(text);
}
var closed = false;
var streamed = false;
function writeLine(message) {
  const text = neutralizeCommands(visibleTextKeepingLines(message));
  let rest = Buffer.from(text);
  try {
    while (rest.length > 0) rest = rest.subarray(writeSync3(2, rest));
  } catch (error) {
    if (error.code !== "EAGAIN") return;
    if (process.stderr.listenerCount("error") === 0) process.stderr.on("error", () => void 0);
    streamed = true;
    process.stderr.write(rest);
  }
}
function stdinIsPiped() {
  try {
    const stat = fstatSync2(0);
    return stat.isFIFO() || stat.isSocket() || stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}
var progress = { linted: false };
allowV8Tuning((flags) => setFlagsFromString(flags));
allowHeapCeiling(v8Collector((flags) => setFlagsFromString(flags), (code) => runInNewContext(code)));
var finished = false;
var stdout = stdoutWriter();
void runCli(process.argv.slice(2), {
  stdout: stdout.text,
  stdoutBytes: stdout.bytes,
  stderr: writeLine,
  stdinIsPiped,
  cwd: process.cwd(),
  env: process.env,
  // Asked only when a report can have colours (see stdoutWriter for why process.stdout waits).
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  get stdoutColumns() {
    return process.stdout.isTTY === true ? process.stdout.columns : void 0;
  },
  workerUrl: existsSync4(fileURLToPath2(workerUrl)) ? workerUrl : void 0,
  linted: () => {
    progress.linted = true;
  }
}).then((code) => {
  finished = true;
  process.exitCode ??= code;
  if (!streamed && !pluginsStarted()) process.exit();
});
process.on("exit", () => {
  if (finished) return;
  writeLine("daemonlint: the run ended before it produced its report (something it waited for never finished: a plugin?)\n");
  process.exitCode = 2;
});
export {
  progress
};
