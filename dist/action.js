import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  Spool,
  lintByFile
} from "./chunks/chunk-JAJUH7YC.js";
import {
  coverageMarkdown
} from "./chunks/chunk-HJ5YMKH5.js";
import {
  sarifWriter
} from "./chunks/chunk-NXFFOPGD.js";
import "./chunks/chunk-XZ4C5TOT.js";
import {
  ConfigError,
  InputError,
  InventoryError,
  STDIN_PATH,
  allowHeapCeiling,
  displayPath,
  findConfigFile,
  lint,
  loadConfig,
  normalizeKubeVersion,
  readConfigText,
  v8Collector
} from "./chunks/chunk-2EMHMA5Y.js";
import "./chunks/chunk-LLXENIQX.js";
import {
  CORE_SCHEMA,
  PluginError,
  allowV8Tuning,
  describeError,
  load
} from "./chunks/chunk-GTJUMAUR.js";
import {
  stylishWriter
} from "./chunks/chunk-D4KA2REC.js";
import "./chunks/chunk-VAL5KFXQ.js";
import {
  addCounts,
  groupBy,
  headPieces,
  isSuppressed,
  neutralizeCommands,
  neutralizeLegacyCommands,
  visibleText,
  visibleTextKeepingLines
} from "./chunks/chunk-K4PH63GC.js";
import "./chunks/chunk-W3537A7T.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/action/action.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// src/action/changed.ts
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
function pullRequestChanges(env, workspace) {
  if (env.GITHUB_EVENT_NAME !== "pull_request" && env.GITHUB_EVENT_NAME !== "pull_request_target") return void 0;
  let base;
  try {
    base = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? "", "utf8")).pull_request?.base?.sha;
  } catch {
    return void 0;
  }
  if (typeof base !== "string" || !/^[0-9a-f]{40}$/.test(base)) return void 0;
  const git = (args) => spawnSync("git", args, { cwd: workspace, encoding: "utf8", maxBuffer: 1 << 28 });
  const diff = ["diff", "--no-color", "--no-ext-diff", "--unified=0", base, "HEAD", "--"];
  let r = git(diff);
  if (r.status !== 0) {
    git(["fetch", "--no-tags", "--quiet", "--depth=1", "origin", base]);
    r = git(diff);
  }
  return r.status === 0 ? parseUnifiedDiff(r.stdout) : void 0;
}
function parseUnifiedDiff(text) {
  const out = /* @__PURE__ */ new Map();
  let lines;
  for (const line of text.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = line.slice(4);
      lines = void 0;
      if (name !== "/dev/null") {
        lines = /* @__PURE__ */ new Set();
        out.set(unquote(name).replace(/^b\//, ""), lines);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
  return out;
}
function unquote(name) {
  if (!name.startsWith('"')) return name;
  const bytes = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push({ n: 10, t: 9, '"': 34, "\\": 92 }[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/action/report.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { EOL as EOL5 } from "node:os";
import path from "node:path";
var ANNOTATIONS_PER_LEVEL = 10;
var ANNOTATIONS_PER_JOB = 50;
var MAX_FILE_ROWS = 100;
var LINES_MEMORY = 1 << 20;
var ActionReport = class {
  constructor(run2, annotations, changes) {
    this.run = run2;
    this.changes = changes;
    this.sarif = sarifWriter(run2, { color: false });
    this.log = stylishWriter(run2, { color: false });
    this.levels = annotations ? { error: new Unannotated("error"), warning: new Unannotated("warning"), info: new Unannotated("info") } : void 0;
  }
  run;
  changes;
  counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  sarif;
  sarifBody = new Spool();
  log;
  logBody = new Spool();
  byRule = /* @__PURE__ */ new Map();
  byFile = /* @__PURE__ */ new Map();
  levels;
  /** Open findings on lines the pull request changes (rank 0) and elsewhere in its files (rank 1). */
  changed = { lines: 0, files: 0 };
  findings = 0;
  /** One file's findings, in report order; files come in path order, each once. */
  add(file, findings) {
    this.sarif.file(file, findings, [], (text) => this.sarifBody.write(text));
    this.log.file(file, findings, [], (text) => this.logBody.write(text));
    addCounts(this.counts, findings);
    this.findings += findings.length;
    for (const f of findings) {
      tally(this.byRule, f.ruleId, f);
      tally(this.byFile, f.file, f);
      if (this.levels === void 0 || isSuppressed(f)) continue;
      const rank = this.rank(f);
      if (rank === 0) this.changed.lines++;
      else if (rank === 1) this.changed.files++;
      if (Object.hasOwn(this.levels, f.severity)) this.levels[f.severity].add(f, rank);
    }
  }
  /** The SARIF log: head, the files' results, tail. */
  writeSarif(file) {
    const { head, tail } = this.sarif.ends();
    mkdirSync(path.dirname(file), { recursive: true });
    const fd = openSync(file, "w");
    try {
      const put = (bytes) => {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      };
      for (const piece of headPieces(head)) put(Buffer.from(piece));
      this.sarifBody.drain(() => void 0, put);
      put(Buffer.from(tail));
    } finally {
      closeSync(fd);
    }
  }
  /** The stylish report, as `core.info(report.trimEnd())` would print it: the text of tens of thousands of DaemonSets is more than a string holds. */
  printLog() {
    const { head, tail } = this.log.ends();
    let pending = "";
    const out = (piece) => {
      pending += piece;
      const shown = pending.trimEnd();
      if (shown === "") return;
      process.stdout.write(shown);
      pending = pending.slice(shown.length);
    };
    for (const piece of headPieces(head)) out(piece);
    this.logBody.drain(out);
    out(tail);
    process.stdout.write(EOL5);
  }
  /**
   * One annotation per open finding, errors first, up to what GitHub shows; the rest go to the
   * log as plain lines, so nothing is lost, and the summary says how many were left out. In a
   * pull request, findings on the lines it changes come first, then those in the files it
   * changes, then the rest: the annotations land where the author is looking.
   */
  annotate() {
    if (this.levels === void 0) return void 0;
    const errors = this.levels.error.emit();
    const warnings = this.levels.warning.emit();
    this.levels.info.emit();
    return { ...this.changes === void 0 ? {} : { changed: { ...this.changed } }, errors, warnings };
  }
  /** The job summary: counts, then findings by rule (linked to each rule's page) and by file. */
  summary(annotated, context) {
    const { counts, run: run2 } = this;
    const lines = ["## daemonlint", ""];
    const verdict = context.failed ? "\u274C failed" : "\u2705 passed";
    lines.push(
      `${verdict} (fail-on: ${context.failOn}): **${counts.errors} ${plural(counts.errors, "error")}**, **${counts.warnings} ${plural(counts.warnings, "warning")}**, ${counts.suppressed} suppressed, in ${run2.files.length} ${plural(run2.files.length, "file")} with ${run2.daemonSets} ${plural(run2.daemonSets, "DaemonSet")}.`,
      ""
    );
    const skipped = run2.skippedTemplates ?? [];
    if (skipped.length > 0) {
      const shown = skipped.slice(0, 3).map((dir) => `\`${escapeCode(dir)}\``).join(", ") + (skipped.length > 3 ? `, and ${skipped.length - 3} more` : "");
      lines.push(
        `**Not linted:** ${skipped.length} Helm chart ${plural(skipped.length, "templates directory", "templates directories")} (${shown}), which ${skipped.length === 1 ? "holds" : "hold"} Go templates, not manifests. Render the chart in an earlier step (\`helm template <release> <chart> > rendered.yaml\`) and add the output to \`paths\`.`,
        ""
      );
    }
    if (context.ruleFailures > 0) {
      lines.push(`**${context.ruleFailures} ${plural(context.ruleFailures, "rule failure")}:** a rule failed (see the log), so the results may be incomplete and the step fails.`, "");
    }
    const a = annotated;
    if (a?.changed) {
      lines.push(`Annotated first: ${a.changed.lines} ${plural(a.changed.lines, "finding")} on lines this pull request changes, then ${a.changed.files} elsewhere in the files it changes, then the rest.`, "");
    }
    if (a && (a.errors.shown < a.errors.total || a.warnings.shown < a.warnings.total)) {
      const left = a.errors.total - a.errors.shown + (a.warnings.total - a.warnings.shown);
      lines.push(
        `**Note:** ${left} ${plural(left, "finding")} not annotated. Annotated ${a.errors.shown} of ${a.errors.total} ${plural(a.errors.total, "error")} and ${a.warnings.shown} of ${a.warnings.total} ${plural(a.warnings.total, "warning")}, most severe first: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error and ${ANNOTATIONS_PER_LEVEL} warning annotations per step and ${ANNOTATIONS_PER_JOB} per job. Every finding is counted in the tables below and listed in the step's log and in ${escapeMarkdown(context.sarifFile)}.`,
        ""
      );
    }
    if (this.findings === 0) return `${lines.join("\n")}
`;
    const rules = new Map(run2.rules.map((r) => [r.id, r]));
    lines.push("### Findings by rule", "", "| rule | errors | warnings | suppressed |", "|---|---:|---:|---:|");
    for (const [id, t] of mostFirst(this.byRule)) {
      const info = rules.get(id);
      const name = info ? `[${escapeMarkdown(id)}](${info.helpUri})` : escapeMarkdown(id);
      lines.push(`| ${name} | ${t.errors} | ${t.warnings} | ${t.suppressed} |`);
    }
    lines.push("");
    const byFile = mostFirst(this.byFile);
    lines.push("### Findings by file", "", "| file | errors | warnings | suppressed |", "|---|---:|---:|---:|");
    for (const [file, t] of byFile.slice(0, MAX_FILE_ROWS)) lines.push(`| ${escapeMarkdown(file)} | ${t.errors} | ${t.warnings} | ${t.suppressed} |`);
    if (byFile.length > MAX_FILE_ROWS) lines.push(`| \u2026 and ${byFile.length - MAX_FILE_ROWS} more files | | | |`);
    return `${lines.join("\n")}
`;
  }
  close() {
    this.sarifBody.close();
    this.logBody.close();
    if (this.levels) for (const level of Object.values(this.levels)) level.close();
  }
  /** 0: on a line the pull request changes; 1: elsewhere in a file it changes; 2: anywhere else, or no pull request. */
  rank(f) {
    const lines = this.changes?.get(f.file);
    if (lines === void 0) return 2;
    for (let line = f.range.start.line; line <= Math.max(f.range.start.line, f.range.end.line); line++) if (lines.has(line)) return 0;
    return 1;
  }
};
var Unannotated = class {
  constructor(severity) {
    this.severity = severity;
  }
  severity;
  first = [[], [], []];
  rest = [void 0, void 0, void 0];
  total = 0;
  add(f, rank) {
    this.total++;
    if (this.first[rank].length < ANNOTATIONS_PER_LEVEL) this.first[rank].push(f);
    else (this.rest[rank] ??= new Spool(LINES_MEMORY)).write(this.line(f));
  }
  emit() {
    let shown = 0;
    for (let rank = 0; rank < 3; rank++) {
      for (const f of this.first[rank]) {
        if (shown < ANNOTATIONS_PER_LEVEL) {
          annotation(f, this.severity);
          shown++;
        } else {
          process.stdout.write(this.line(f));
        }
      }
      this.rest[rank]?.drain((text) => {
        if (text !== "") process.stdout.write(text);
      });
    }
    return { shown, total: this.total };
  }
  close() {
    for (const spool of this.rest) spool?.close();
  }
  /** As `core.info` prints it. */
  line(f) {
    return `${logText(`${f.file}:${f.range.start.line}:${f.range.start.column}: ${this.severity}: ${f.message} (${f.ruleId}) [not annotated: GitHub's limit]`)}${EOL5}`;
  }
};
function annotation(f, severity) {
  const properties = {
    title: visibleText(`daemonlint ${f.ruleId}`),
    startLine: f.range.start.line,
    startColumn: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column
  };
  if (f.file !== STDIN_PATH) properties.file = neutralizeLegacyCommands(visibleText(f.file));
  if (f.range.start.line !== f.range.end.line) {
    delete properties.startColumn;
    delete properties.endColumn;
  }
  const text = f.help === void 0 || f.help === "" ? f.message : `${f.message}

${f.help}`;
  (severity === "error" ? error : severity === "warning" ? warning : notice)(annotationText(text), properties);
}
function tally(out, key, f) {
  let t = out.get(key);
  if (!t) out.set(key, t = { errors: 0, warnings: 0, suppressed: 0 });
  if (isSuppressed(f)) t.suppressed++;
  else if (f.severity === "error") t.errors++;
  else t.warnings++;
}
function mostFirst(tallies) {
  return [...tallies].sort((x, y) => y[1].errors - x[1].errors || y[1].warnings - x[1].warnings || (x[0] < y[0] ? -1 : 1));
}
function escapeMarkdown(text) {
  return visibleText(text.replace(/[\r\n]+/g, " ")).replace(/[\\|`*_[\]<>&!()]/g, (c) => `\\${c}`);
}
function logText(text) {
  return neutralizeCommands(visibleText(text));
}
function annotationText(text) {
  return neutralizeLegacyCommands(visibleTextKeepingLines(text));
}
function plural(n, word, words = `${word}s`) {
  return n === 1 ? word : words;
}
function escapeCode(text) {
  return visibleText(text.replace(/[\r\n]+/g, " ")).replace(/`/g, "'");
}

// src/action/action.ts
var CODE_LOADING_KEYS = ["plugins"];
var FAIL_ON = ["error", "warning", "never"];
var ActionInputError = class extends Error {
};
function readInputs() {
  const paths = getInput("paths").split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== "");
  if (paths.includes("-")) throw new ActionInputError('paths: "-" (standard input) is not available in the Action; list files, directories or globs');
  const failOn = getInput("fail-on") || "error";
  if (!FAIL_ON.includes(failOn)) throw new ActionInputError(`fail-on: "${failOn}" is not one of ${FAIL_ON.join(", ")}`);
  const kubeVersion = getInput("kube-version");
  const config = getInput("config");
  return {
    paths: paths.length > 0 ? paths : ["."],
    config: config === "" ? void 0 : config,
    kubeVersion: kubeVersion === "" ? void 0 : normalizeKubeVersion(kubeVersion),
    failOn,
    sarifFile: getInput("sarif-file") || "daemonlint.sarif",
    annotations: booleanInput("annotations", true),
    workingDirectory: getInput("working-directory") || ".",
    allowRepositoryCode: booleanInput("allow-repository-code", false),
    nodes: getInput("nodes").split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== "")
  };
}
function booleanInput(name, fallback) {
  const value = getInput(name);
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ActionInputError(`${name}: "${value}" is not a boolean; use true or false`);
}
function guardRepositoryCode(configFile, workspace, allowed) {
  if (allowed || configFile === void 0) return;
  let raw;
  try {
    raw = load(readConfigText(configFile), { schema: CORE_SCHEMA });
  } catch {
    return;
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return;
  const keys = CODE_LOADING_KEYS.filter((key) => loadsSomething(raw[key]));
  if (keys.length === 0) return;
  throw new ActionInputError(
    `${displayPath(configFile, workspace)}: ${keys.join(", ")}: this configuration loads code from the repository, which the Action does not run unless the workflow sets \`allow-repository-code: true\`. Set it only in workflows that never run on code from untrusted pull requests (a pull request from a fork checks out the fork's code).`
  );
}
function loadsSomething(value) {
  return value !== void 0 && value !== null && !(Array.isArray(value) && value.length === 0);
}
async function run() {
  const inputs = readInputs();
  const workspace = path2.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const cwd = path2.resolve(workspace, inputs.workingDirectory);
  if (!existsSync2(cwd) || !statSync(cwd).isDirectory()) {
    throw new ActionInputError(`working-directory: "${inputs.workingDirectory}" is not a directory in ${workspace}`);
  }
  const configFile = inputs.config !== void 0 ? path2.resolve(cwd, inputs.config) : findConfigFile(cwd);
  guardRepositoryCode(configFile, workspace, inputs.allowRepositoryCode);
  const workerUrl = new URL("./worker.js", import.meta.url);
  const config = loadConfig(configFile ?? false, cwd);
  const options = {
    patterns: inputs.paths,
    cwd,
    config,
    kubeVersion: inputs.kubeVersion,
    ...inputs.nodes.length > 0 ? { nodes: inputs.nodes } : {},
    workerUrl: existsSync2(fileURLToPath(workerUrl)) ? workerUrl : void 0
  };
  const rebase = rebaser(cwd, workspace);
  const changes = () => inputs.annotations ? pullRequestChanges(process.env, workspace) : void 0;
  const whole = inputs.nodes.length > 0 || (config.nodes?.length ?? 0) > 0;
  const byFile = whole ? void 0 : await lintByFile(options);
  const result = whole ? await lint(options) : void 0;
  const { ruleFailures } = byFile ?? result;
  const coverage = result?.coverage;
  let report;
  try {
    report = new ActionReport(reportView(byFile?.run ?? result, rebase, workspace), inputs.annotations, changes());
    for await (const { file, findings } of filesOf(byFile, result)) report.add(rebase(file), findings.map((f) => rebaseFinding(f, rebase)));
    const sarifFile = path2.resolve(cwd, inputs.sarifFile);
    try {
      report.writeSarif(sarifFile);
    } catch (error2) {
      throw new ActionInputError(`sarif-file: cannot write "${displayPath(sarifFile, workspace)}": ${describeError(error2)}`);
    }
    const { files, daemonSets } = report.run;
    startGroup(`daemonlint: ${files.length} ${plural(files.length, "file")}, ${daemonSets} ${plural(daemonSets, "DaemonSet")}`);
    report.printLog();
    endGroup();
    for (const f of ruleFailures) error(annotationText(`rule ${f.ruleId} failed on ${f.where}: ${f.message}`), { title: visibleText(`daemonlint ${f.ruleId}`) });
    const annotated = report.annotate();
    const { counts } = report;
    setOutput("sarif-file", sarifFile);
    setOutput("errors", counts.errors);
    setOutput("warnings", counts.warnings);
    const failure = ruleFailures.length > 0 ? `${ruleFailures.length} ${plural(ruleFailures.length, "rule failure")}: the results may be incomplete` : failureMessage(inputs.failOn, counts);
    if (process.env.GITHUB_STEP_SUMMARY) {
      const summary2 = report.summary(annotated, { failOn: inputs.failOn, failed: failure !== void 0, sarifFile: displayPath(sarifFile, workspace), ruleFailures: ruleFailures.length });
      await summary.addRaw(coverage ? `${summary2}
${coverageMarkdown(coverage)}` : summary2).write();
    }
    if (failure !== void 0) fail(failure);
  } finally {
    report?.close();
    byFile?.close();
  }
}
async function* filesOf(byFile, result) {
  if (byFile) yield* byFile.files("path");
  else for (const [file, findings] of groupBy(result?.findings ?? [], (f) => f.file)) yield { file, findings };
}
function failureMessage(failOn, counts) {
  const problems = `${counts.errors} ${plural(counts.errors, "error")} and ${counts.warnings} ${plural(counts.warnings, "warning")}`;
  if (failOn === "error" && counts.errors > 0) return `daemonlint found ${problems} (fail-on: error)`;
  if (failOn === "warning" && counts.errors + counts.warnings > 0) return `daemonlint found ${problems} (fail-on: warning)`;
  return void 0;
}
function rebaser(cwd, workspace) {
  return (file) => {
    if (file === STDIN_PATH) return file;
    const absolute = path2.resolve(cwd, file);
    const relative = path2.relative(workspace, absolute);
    if (relative === "" || relative === ".." || relative.startsWith(`..${path2.sep}`) || path2.isAbsolute(relative)) return absolute;
    return relative.split(path2.sep).join("/");
  };
}
function rebaseFinding(f, rebase) {
  const out = { ...f, file: rebase(f.file) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, file: rebase(r.file) }));
  if (f.inTemplate) out.inTemplate = { ...f.inTemplate, file: rebase(f.inTemplate.file) };
  return out;
}
function reportView(run2, rebase, workspace) {
  return {
    ...run2.skippedTemplates ? { skippedTemplates: run2.skippedTemplates.map(rebase) } : {},
    files: run2.files.map(rebase),
    daemonSets: run2.daemonSets,
    rules: run2.rules,
    cwd: workspace,
    toolVersion: run2.toolVersion
  };
}
function fail(message) {
  setFailed(annotationText(message));
}
allowV8Tuning(setFlagsFromString);
allowHeapCeiling(v8Collector(setFlagsFromString, runInNewContext));
var finished = false;
run().catch((error2) => {
  if (error2 instanceof ConfigError) fail(`invalid configuration: ${error2.message}`);
  else if (error2 instanceof InventoryError) fail(`invalid node inventory: ${error2.message}`);
  else if (error2 instanceof InputError || error2 instanceof ActionInputError || error2 instanceof PluginError) fail(error2.message);
  else fail(`internal error: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
}).finally(() => {
  finished = true;
});
process.on("exit", () => {
  if (finished) return;
  fail("the run ended before it produced its report (something it waited for never finished: a plugin?)");
  process.exitCode = 2;
});
