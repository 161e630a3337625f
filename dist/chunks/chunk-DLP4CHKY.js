import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  countFindings,
  fingerprints,
  formatJson,
  formatJsonPath,
  formatSarif,
  formatStylish,
  isSuppressed,
  relativePath
} from "./chunk-5FMAEWVI.js";

// src/report/github.ts
import path from "node:path";
var STDIN = "<stdin>";
var MAX_TITLE = 255;
var ANNOTATIONS_PER_LEVEL = 10;
function formatGithub(result, _options) {
  let out = "";
  for (const f of result.findings) {
    if (!isSuppressed(f)) out += `${annotation(f, result.cwd)}
`;
  }
  return `${out}${summaryLine(result)}
`;
}
function annotation(f, cwd) {
  const command = f.severity === "error" ? "error" : "warning";
  const { start } = f.range;
  const properties = [];
  let message = f.message;
  if (f.file === STDIN) {
    message = `${STDIN}:${start.line}:${start.column}: ${message}`;
  } else {
    const end = inclusiveEnd(f.range);
    properties.push(["file", annotationPath(f.file, cwd)], ["line", String(start.line)]);
    const oneLine = end.line === start.line;
    if (oneLine) properties.push(["col", String(start.column)]);
    properties.push(["endLine", String(end.line)]);
    if (oneLine && end.column !== void 0) properties.push(["endColumn", String(end.column)]);
  }
  properties.push(["title", title(f)]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${command} ${props}::${escapeData(message)}`;
}
function inclusiveEnd(range) {
  const { start, end } = range;
  if (end.line < start.line || end.line === start.line && end.column <= start.column) return { line: start.line, column: start.column };
  if (end.column > 1) return { line: end.line, column: end.column - 1 };
  return { line: end.line - 1 };
}
function annotationPath(file, cwd) {
  if (path.isAbsolute(file)) return file;
  return relativePath(file, cwd) ?? file;
}
function title(f) {
  const object = objectLabel(f.object);
  const text = sanitize(object === void 0 ? f.ruleId : `${f.ruleId} (${object})`);
  const chars = Array.from(text);
  return chars.length <= MAX_TITLE ? text : `${chars.slice(0, MAX_TITLE - 1).join("")}\u2026`;
}
function objectLabel(object) {
  if (object?.name === void 0) return void 0;
  return object.namespace === void 0 ? object.name : `${object.namespace}/${object.name}`;
}
function escapeData(text) {
  return sanitize(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function sanitize(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function summaryLine(result) {
  const { errors, warnings, suppressed } = countFindings(result.findings);
  const scope = `${plural(result.files.length, "file")}, ${plural(result.daemonSets, "DaemonSet")} checked`;
  const problems = errors + warnings === 0 ? "no problems" : `${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  const tail = suppressed > 0 ? `, ${suppressed} suppressed (not annotated)` : "";
  const capped = errors > ANNOTATIONS_PER_LEVEL || warnings > ANNOTATIONS_PER_LEVEL ? ` \xB7 GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error and ${ANNOTATIONS_PER_LEVEL} warning annotations per step` : "";
  return `daemonlint: ${problems}${tail} \xB7 ${scope}${capped}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

// src/report/gitlab.ts
function toCodeQuality(result) {
  const rules = new Map(result.rules.map((r) => [r.id, r]));
  const fingerprintOf = fingerprints(result.findings, result.cwd);
  const issues = [];
  result.findings.forEach((f, i) => {
    if (isSuppressed(f)) return;
    issues.push({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprintOf[i],
      severity: codeQualitySeverity(f, rules.get(f.ruleId)),
      location: {
        path: f.file === "<stdin>" ? f.file : relativePath(f.file, result.cwd) ?? f.file,
        lines: { begin: f.range.start.line, end: inclusiveEnd(f.range).line }
      }
    });
  });
  return issues;
}
function formatGitlab(result, _options) {
  return `${JSON.stringify(toCodeQuality(result), null, 2)}
`;
}
function codeQualitySeverity(f, rule) {
  if (f.severity === "warning") return "minor";
  const score = rule?.securitySeverity;
  if (score === void 0 || score < 7) return "major";
  return score >= 9 ? "blocker" : "critical";
}

// src/report/junit.ts
var STDIN2 = "<stdin>";
var YAML_SYNTAX = "yaml-syntax";
function formatJunit(result, _options) {
  const suites = buildSuites(result);
  const total = { tests: 0, failures: 0, errors: 0 };
  const body = [];
  for (const suite of suites) {
    const counts2 = { tests: suite.cases.length, failures: 0, errors: 0, skipped: 0 };
    const cases = [];
    for (const c of suite.cases) {
      const outcome = outcomeOf(c, result.cwd);
      if (outcome?.element === "failure") counts2.failures++;
      else if (outcome?.element === "error") counts2.errors++;
      else if (outcome?.element === "skipped") counts2.skipped++;
      cases.push(testcase(suite.name, c, outcome));
    }
    total.tests += counts2.tests;
    total.failures += counts2.failures;
    total.errors += counts2.errors;
    body.push(
      `  <testsuite ${attributes({ name: suite.name, tests: counts2.tests, failures: counts2.failures, errors: counts2.errors, skipped: counts2.skipped, time: 0 })}>
` + cases.join("") + "  </testsuite>\n"
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites ${attributes({ name: "daemonlint", tests: total.tests, failures: total.failures, errors: total.errors, time: 0 })}>
` + body.join("") + "</testsuites>\n";
}
function buildSuites(result) {
  const files = [];
  const known = /* @__PURE__ */ new Set();
  const addFile = (file) => {
    if (!known.has(file)) {
      known.add(file);
      files.push(file);
    }
  };
  for (const file of result.files) addFile(file);
  for (const o of result.objects ?? []) addFile(o.file);
  for (const f of result.findings) addFile(f.file);
  const objectsByFile = groupBy(result.objects ?? [], (o) => o.file);
  const findingsByFile = groupBy(result.findings, (f) => f.file);
  const ruleIds = result.rules.map((r) => r.id).filter((id) => id !== YAML_SYNTAX);
  return files.map((file) => {
    const findings = findingsByFile.get(file) ?? [];
    const syntax = findings.filter((f) => f.ruleId === YAML_SYNTAX);
    const targets = targetsOf(objectsByFile.get(file) ?? [], findings.filter((f) => f.ruleId !== YAML_SYNTAX));
    const cases = [{ name: YAML_SYNTAX, ruleId: YAML_SYNTAX, findings: syntax }];
    const labels = uniqueLabels(targets);
    targets.forEach((target, i) => {
      const extra = [...new Set(target.findings.map((f) => f.ruleId))].filter((id) => !ruleIds.includes(id)).sort();
      for (const ruleId of [...ruleIds, ...extra]) {
        cases.push({ name: `${labels[i]}: ${ruleId}`, ruleId, findings: target.findings.filter((f) => f.ruleId === ruleId) });
      }
    });
    return { name: reportPath(file, result.cwd), cases };
  });
}
function targetsOf(objects, findings) {
  const targets = [];
  const byDocument = /* @__PURE__ */ new Map();
  const add = (target) => {
    targets.push(target);
    const group = byDocument.get(target.documentIndex);
    if (group) group.push(target);
    else byDocument.set(target.documentIndex, [target]);
    return target;
  };
  for (const o of objects) add({ documentIndex: o.documentIndex, object: o.object, path: o.path, findings: [] });
  for (const f of findings) {
    const target = matchTarget(byDocument.get(f.documentIndex) ?? [], f) ?? add({ documentIndex: f.documentIndex, object: f.object ?? {}, findings: [] });
    target.findings.push(f);
  }
  return targets;
}
function matchTarget(inDocument, f) {
  let best;
  for (const t of inDocument) {
    if (t.path !== void 0 && startsWith(f.path, t.path) && (best?.path === void 0 || t.path.length > best.path.length)) best = t;
  }
  return best ?? inDocument.find((t) => sameObject(t.object, f.object));
}
function sameObject(a, b) {
  return a?.apiVersion === b?.apiVersion && a?.kind === b?.kind && a?.namespace === b?.namespace && a?.name === b?.name;
}
function startsWith(path2, prefix) {
  return prefix.length <= path2.length && prefix.every((segment, i) => path2[i] === segment);
}
function uniqueLabels(targets) {
  const base = targets.map((t) => {
    const label = objectLabel(t.object);
    return { label: label ?? `DaemonSet in document ${t.documentIndex + 1}`, named: label !== void 0 };
  });
  const baseCounts = counts(base.map((b) => b.label));
  const withDocument = base.map(({ label, named }, i) => named && (baseCounts.get(label) ?? 0) > 1 ? `${label} (document ${targets[i].documentIndex + 1})` : label);
  const finalCounts = counts(withDocument);
  const seen = /* @__PURE__ */ new Map();
  return withDocument.map((label) => {
    if (finalCounts.get(label) === 1) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} #${n}`;
  });
}
function counts(values) {
  const out = /* @__PURE__ */ new Map();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}
function outcomeOf(c, cwd) {
  if (c.findings.length === 0) return void 0;
  const open = c.findings.filter((f) => !isSuppressed(f));
  const suppressed = c.findings.filter(isSuppressed);
  const text = [...open.map((f) => findingLine(f, cwd, false)), ...suppressed.map((f) => findingLine(f, cwd, true))].join("\n");
  if (open.length === 0) {
    return { element: "skipped", attributes: { message: suppressionNote(suppressed[0]) }, text };
  }
  const message = open.length === 1 ? open[0].message : `${open.length} problems: ${open.map((f) => f.message).join("; ")}`;
  return { element: c.ruleId === YAML_SYNTAX ? "error" : "failure", attributes: { type: c.ruleId, message }, text };
}
function findingLine(f, cwd, suppressed) {
  const at = formatJsonPath(f.path);
  const where = f.ruleId === YAML_SYNTAX ? ` (document ${f.documentIndex + 1})` : at === "" ? "" : ` (at ${at})`;
  const note = suppressed ? ` (${suppressionNote(f)})` : "";
  const message = f.message.replace(/\r?\n/g, "\n  ");
  return `${reportPath(f.file, cwd)}:${f.range.start.line}:${f.range.start.column}: ${suppressed ? "suppressed " : ""}${f.severity}: ${message}${where}${note}`;
}
function suppressionNote(f) {
  const s = f.suppressions?.[0];
  if (!s) return "suppressed";
  return s.kind === "inSource" ? `justified: ${s.justification}` : `suppressed: ${s.justification}`;
}
function testcase(classname, c, outcome) {
  const open = `    <testcase ${attributes({ classname, name: c.name, time: 0 })}`;
  if (!outcome) return `${open}/>
`;
  const element = `<${outcome.element} ${attributes(outcome.attributes)}>${escapeXml(outcome.text)}</${outcome.element}>`;
  return `${open}>
      ${element}
    </testcase>
`;
}
function reportPath(file, cwd) {
  if (file === STDIN2) return file;
  return relativePath(file, cwd) ?? file;
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}
function attributes(values) {
  return Object.entries(values).map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`).join(" ");
}
function clean(text) {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function escapeXml(text) {
  return clean(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}
function escapeAttribute(text) {
  return escapeXml(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

// src/report/index.ts
var formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab
};
var formatterNames = Object.keys(formatters);
function isFormatterName(name) {
  return Object.hasOwn(formatters, name);
}
function getFormatter(name) {
  return isFormatterName(name) ? formatters[name] : void 0;
}

export {
  formatters,
  formatterNames,
  getFormatter
};
