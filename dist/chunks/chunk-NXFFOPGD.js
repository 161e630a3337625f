import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  fingerprints,
  relativeUriPath
} from "./chunk-XZ4C5TOT.js";
import {
  HOMEPAGE
} from "./chunk-LLXENIQX.js";
import {
  PIECE,
  fixSafetyOf,
  formatJsonPath,
  formatWhole,
  isSuppressed,
  safeJsonText
} from "./chunk-K4PH63GC.js";

// src/report/sarif.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "daemonlint/v1";
var STDIN = "<stdin>";
var STDIN_URI = "stdin";
function toSarif(result) {
  const log = new SarifRun(result);
  const fingerprintOf = fingerprints(result.findings, result.cwd);
  const results = result.findings.map((f, i) => log.result(f, fingerprintOf[i]));
  return log.log(results);
}
function formatSarif(result, options = { color: false }) {
  return formatWhole(sarifWriter, result, options);
}
var sarifWriter = (run) => {
  const log = new SarifRun(run);
  let written = 0;
  return {
    order: "path",
    file(_file, findings, _objects, write) {
      const fingerprintOf = fingerprints(findings, run.cwd);
      for (let start = 0; start < findings.length; start += PIECE) {
        const results = [];
        for (let i = start; i < findings.length && i < start + PIECE; i++) results.push(log.result(findings[i], fingerprintOf[i]));
        writeResults(results, written === 0, write);
        written += results.length;
      }
    },
    ends: () => logEnds(log.log([]), written)
  };
};
function writeResults(results, first, write) {
  const text = JSON.stringify({ runs: [{ results }] }, null, 2);
  if (!first) write(",\n");
  write(safeJsonText(text.slice(RESULTS_START.length, -RESULTS_END.length)));
}
function logEnds(log, written) {
  const text = sarifText(log);
  const at = text.indexOf(EMPTY_RESULTS);
  if (at === -1 || text.indexOf(EMPTY_RESULTS, at + 1) !== -1) throw new Error("the SARIF log must hold its results once");
  if (written === 0) return { head: text, tail: "" };
  return { head: `${text.slice(0, at)}"results": [
`, tail: `
      ]${text.slice(at + EMPTY_RESULTS.length)}` };
}
var EMPTY_RESULTS = '"results": []';
var RESULTS_START = '{\n  "runs": [\n    {\n      "results": [\n';
var RESULTS_END = "\n      ]\n    }\n  ]\n}";
var SarifRun = class {
  constructor(run) {
    this.run = run;
    this.rules = run.rules.map(toDescriptor);
    this.ruleIndex = new Map(this.rules.map((r, i) => [r.id, i]));
    for (const file of run.files) this.artifactFor(file);
  }
  run;
  rules;
  ruleIndex;
  artifacts = [];
  artifactIndex = /* @__PURE__ */ new Map();
  artifactFor(file) {
    let index = this.artifactIndex.get(file);
    if (index === void 0) {
      index = this.artifacts.length;
      this.artifactIndex.set(file, index);
      this.artifacts.push({ location: artifactLocation(file, this.run.cwd), roles: ["analysisTarget"] });
    }
    const { uri, uriBaseId } = this.artifacts[index].location;
    return uriBaseId === void 0 ? { uri, index } : { uri, uriBaseId, index };
  }
  /** A finding of a rule the run does not describe (a plugin that forgot its metadata) still needs a descriptor for GitHub to show it. */
  ruleIndexOf(f) {
    let index = this.ruleIndex.get(f.ruleId);
    if (index === void 0) {
      index = this.rules.length;
      this.ruleIndex.set(f.ruleId, index);
      this.rules.push(toDescriptor({ id: f.ruleId, description: `Rule ${f.ruleId}.`, severity: f.severity, fixable: false, tags: [], helpUri: HOMEPAGE }));
    }
    return index;
  }
  /** Two findings can share every stable attribute; `fingerprint` is numbered in file order, like GitHub's own `:n` suffix. */
  result(f, fingerprint) {
    const primary = f.inTemplate ?? { file: f.file, range: f.range };
    const related = f.inTemplate ? [{ file: f.file, range: f.range, message: renderedAt(f.file, f.range.start) }, ...(f.related ?? []).filter((r) => r.file !== f.inTemplate?.file || r.range.start.offset !== f.inTemplate.range.start.offset)] : f.related;
    const out = {
      ruleId: f.ruleId,
      ruleIndex: this.ruleIndexOf(f),
      level: sarifLevel(f.severity),
      // In `helm template` output the template is the file a person edits: say so in the message too.
      message: { text: sentence(f.template === void 0 ? f.message : `${f.message} (rendered from the Helm template ${f.template})`) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: this.artifactFor(primary.file),
            region: {
              startLine: primary.range.start.line,
              startColumn: primary.range.start.column,
              endLine: primary.range.end.line,
              endColumn: primary.range.end.column
            }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      // The message id names the finding across rewordings: a baseline (and a merge that applies one) matches by it.
      properties: {
        path: formatJsonPath(f.path),
        documentIndex: f.documentIndex,
        ...f.messageId !== void 0 ? { messageId: f.messageId } : {},
        ...f.help === void 0 ? {} : { help: f.help }
      }
    };
    const logical = logicalLocation(f);
    const template = f.template === void 0 ? [] : [{ fullyQualifiedName: f.template, kind: "module" }];
    if (logical || template.length > 0) out.locations[0].logicalLocations = [...logical ? [logical] : [], ...template];
    if (related?.length) {
      out.relatedLocations = related.map((r, k) => ({
        id: k + 1,
        physicalLocation: {
          artifactLocation: this.artifactFor(r.file),
          region: { startLine: r.range.start.line, startColumn: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column }
        },
        message: { text: sentence(r.message) }
      }));
    }
    if (isSuppressed(f)) {
      out.suppressions = (f.suppressions ?? []).map((s) => ({ kind: s.kind, status: "accepted", justification: s.justification }));
    } else if (f.fix) {
      out.fixes = [toFix(f.fix, fixSafetyOf(f) ?? "safe", out.locations[0].physicalLocation.artifactLocation)];
    }
    return out;
  }
  log(results) {
    const run = this.run;
    return {
      $schema: SCHEMA,
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "daemonlint",
              version: run.toolVersion,
              semanticVersion: run.toolVersion,
              informationUri: HOMEPAGE,
              rules: this.rules
            }
          },
          originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(run.cwd) } },
          artifacts: this.artifacts,
          results,
          columnKind: "utf16CodeUnits"
        }
      ]
    };
  }
};
function sarifText(log) {
  return safeJsonText(`${JSON.stringify(log, null, 2)}
`);
}
function toDescriptor(rule) {
  const description = sentence(rule.description);
  const tags = [...rule.tags];
  const properties = { tags, precision: "very-high" };
  if (rule.securitySeverity !== void 0) {
    if (!tags.includes("security")) tags.push("security");
    properties["security-severity"] = rule.securitySeverity.toFixed(1);
  }
  const name = pascalCase(rule.id);
  const messages = (rule.messages ?? []).filter((m) => m.help !== void 0);
  const helps = messages.map((m) => `${sentence(placeholders(m.message, "<$1>"))} ${placeholders(m.help, "<$1>")}`);
  const helpMarkdown = messages.map((m) => `- **${placeholders(m.message, "*$1*")}**: ${placeholders(m.help, "*$1*")}`);
  const full = helps.length === 0 ? description : `${description}

${helps.join("\n")}`;
  return {
    id: rule.id,
    // SARIF wants `name` to differ from the opaque `id` (compared without case) or be left out: `probes` has no other name than `Probes`.
    ...name.toLowerCase() === rule.id.toLowerCase() ? {} : { name },
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: full },
    help: {
      text: `${full}

Documentation: ${rule.helpUri}`,
      markdown: rule.helpMarkdown ? rule.helpMarkdown : `${description}${helpMarkdown.length === 0 ? "" : `

${helpMarkdown.join("\n")}`}

[Documentation](${rule.helpUri})`
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties
  };
}
function placeholders(template, replacement) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, replacement);
}
function toFix(fix, safety, artifactLocation2) {
  const { start, end } = fix.range;
  const replacement = {
    deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }
  };
  if (fix.text !== "") replacement.insertedContent = { text: fix.text };
  const description = fixDescription(fix) + (safety === "unsafe" ? " Unsafe fix: it may change what the workload does; --fix applies it only with --unsafe-fixes." : "");
  return { description: { text: description }, artifactChanges: [{ artifactLocation: artifactLocation2, replacements: [replacement] }], properties: { safety } };
}
function fixDescription(fix) {
  const { start, end } = fix.range;
  const inserted = excerpt(fix.text);
  if (start.line === end.line && start.column === end.column) return `Insert ${inserted}.`;
  let where;
  if (start.column === 1 && end.column === 1) where = end.line - start.line === 1 ? `line ${start.line}` : `lines ${start.line}-${end.line - 1}`;
  else if (start.line === end.line) where = `line ${start.line}, columns ${start.column}-${end.column - 1}`;
  else where = `from line ${start.line}, column ${start.column} up to line ${end.line}, column ${end.column}`;
  return fix.text === "" ? `Delete ${where}.` : `Replace ${where} with ${inserted}.`;
}
function excerpt(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return `\`${line.length > 120 ? `${line.slice(0, 119)}\u2026` : line}\``;
}
function artifactLocation(file, cwd) {
  if (file === STDIN) return { uri: STDIN_URI, description: { text: "Standard input." } };
  const relative = relativeUriPath(file, cwd);
  if (relative === void 0) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relative, uriBaseId: SRCROOT };
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
function renderedAt(file, start) {
  return sentence(`rendered at ${file}:${start.line}:${start.column}`);
}
function sentence(text) {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function firstSentence(text) {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text);
  return match ? match[0] : text;
}
function sarifLevel(severity) {
  return severity === "info" ? "note" : severity;
}

export {
  FINGERPRINT_KEY,
  toSarif,
  formatSarif,
  sarifWriter,
  writeResults,
  logEnds,
  sarifText,
  artifactLocation,
  renderedAt
};
