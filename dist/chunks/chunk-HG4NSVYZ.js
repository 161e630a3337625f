import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  relativePath
} from "./chunk-XZ4C5TOT.js";
import {
  PIECE,
  addCounts,
  formatWhole,
  isSuppressed,
  neutralizeLegacyCommands,
  visibleTextKeepingLines
} from "./chunk-K4PH63GC.js";

// src/report/github.ts
import path from "node:path";
var STDIN = "<stdin>";
var MAX_TITLE = 255;
var ANNOTATIONS_PER_LEVEL = 10;
function formatGithub(result, options = { color: false }) {
  return formatWhole(githubWriter, result, options);
}
var githubWriter = (run) => {
  const counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  return {
    order: "path",
    file(_file, findings, _objects, write) {
      addCounts(counts, findings);
      for (let start = 0; start < findings.length; start += PIECE) {
        let out = "";
        for (const f of findings.slice(start, start + PIECE)) {
          if (!isSuppressed(f)) out += `${annotation(f, run.cwd)}
`;
        }
        write(neutralizeLegacyCommands(out));
      }
    },
    ends: () => ({ head: "", tail: neutralizeLegacyCommands(`${summaryLine(run, counts)}
`) })
  };
};
function annotation(finding, cwd) {
  const f = finding.inTemplate ? { ...finding, file: finding.inTemplate.file, range: finding.inTemplate.range } : finding;
  const command = f.severity === "info" ? "notice" : f.severity;
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
  if (f.help !== void 0 && f.help !== "") message += `

${f.help}`;
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
  const text = visibleTextKeepingLines(object === void 0 ? f.ruleId : `${f.ruleId} (${object})`);
  const chars = Array.from(text);
  return chars.length <= MAX_TITLE ? text : `${chars.slice(0, MAX_TITLE - 1).join("")}\u2026`;
}
function objectLabel(object) {
  if (object?.name === void 0) return void 0;
  return object.namespace === void 0 ? object.name : `${object.namespace}/${object.name}`;
}
function escapeData(text) {
  return visibleTextKeepingLines(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function summaryLine(result, counts) {
  const { errors, warnings, info, suppressed } = counts;
  const scope = `${plural(result.files.length, "file")}, ${plural(result.daemonSets, "DaemonSet")} checked`;
  const problems = errors + warnings === 0 ? "no problems" : `${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  const tail = (info > 0 ? `, ${info} info` : "") + (suppressed > 0 ? `, ${suppressed} suppressed (not annotated)` : "");
  const capped = errors > ANNOTATIONS_PER_LEVEL || warnings > ANNOTATIONS_PER_LEVEL ? ` \xB7 GitHub shows at most ${ANNOTATIONS_PER_LEVEL} error and ${ANNOTATIONS_PER_LEVEL} warning annotations per step` : "";
  return `daemonlint: ${problems}${tail} \xB7 ${scope}${capped}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
};
