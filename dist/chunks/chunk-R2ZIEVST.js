import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-VAL5KFXQ.js";
import {
  PIECE,
  addCounts,
  fixSafetyOf,
  formatWhole,
  isSuppressed,
  neutralizeCommands,
  visibleText
} from "./chunk-ETCOOYX4.js";
import {
  __toESM
} from "./chunk-W3537A7T.js";

// src/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function formatStylish(result, options) {
  return formatWhole(stylishWriter, result, options);
}
var stylishWriter = (run, options) => {
  const c = import_picocolors.default.createColors(options.color);
  const counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  const fixable = { errors: 0, warnings: 0, hidden: 0 };
  return {
    order: "path",
    file(_file, findings, _objects, write) {
      addCounts(counts, findings);
      addFixable(fixable, findings, run.unsafeFixes === true);
      const groups = /* @__PURE__ */ new Map();
      for (const f of findings) {
        const group = groups.get(f.template);
        if (group) group.push(f);
        else groups.set(f.template, [f]);
      }
      for (const group of groups.values()) {
        const { file, template } = group[0];
        const header = c.underline(sanitize(file)) + (template === void 0 ? "" : ` ${c.dim(`(template ${sanitize(template)})`)}`);
        write(neutralizeCommands(`${header}
`));
        const rows = group.map(toRow);
        const widths = columnWidths(rows);
        for (let start = 0; start < rows.length; start += PIECE) write(neutralizeCommands(formatRows(rows.slice(start, start + PIECE), widths, c)));
        write("\n");
      }
    },
    ends: () => ({ head: "", tail: summaryLine(run, counts, c) + "\n" + fixableLine(fixable, c) })
  };
};
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
function columnWidths(rows) {
  return {
    line: maxWidth(rows.map((r) => r.line)),
    column: maxWidth(rows.map((r) => r.column)),
    label: maxWidth(rows.map((r) => r.label)),
    message: maxWidth(rows.map((r) => r.message))
  };
}
function formatRows(rows, widths, c) {
  const { line: lineWidth, column: columnWidth, label: labelWidth, message: messageWidth } = widths;
  let out = "";
  for (const row of rows) {
    const location = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const label = row.label.padEnd(labelWidth);
    const message = padEnd(row.message, messageWidth);
    if (isSuppressed(row.finding)) {
      out += c.dim(`  ${location}  ${label}  ${message}  ${row.ruleId}  ${row.note}`) + "\n";
    } else {
      const colorLabel = row.finding.severity === "error" ? c.red : row.finding.severity === "warning" ? c.yellow : c.blue;
      out += `  ${c.dim(location)}  ${colorLabel(label)}  ${message}  ${c.dim(row.ruleId)}
`;
    }
    for (const r of row.finding.related ?? []) {
      out += c.dim(`  ${" ".repeat(location.length)}  \u21B3 ${sanitize(r.file)}:${r.range.start.line}:${r.range.start.column} ${oneLine(r.message)}`) + "\n";
    }
  }
  return out;
}
function summaryLine(result, counts, c) {
  const { errors, warnings, info, suppressed } = counts;
  const scope = `${plural(result.files.length, "file")}, ${plural(result.daemonSets, "DaemonSet")} checked`;
  const tail = (info > 0 ? `, ${info} info` : "") + (suppressed > 0 ? `, ${suppressed} suppressed` : "");
  if (errors + warnings === 0) return c.green(`\u2714 ${scope}: no problems${tail}`);
  const problems = `\u2716 ${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
  const color = errors > 0 ? c.red : c.yellow;
  return `${c.bold(color(problems + tail))} \xB7 ${scope}`;
}
function addFixable(into, findings, unsafeFixes) {
  for (const f of findings) {
    const safety = fixSafetyOf(f);
    if (safety === void 0 || isSuppressed(f) || f.template !== void 0 || f.severity === "info") continue;
    if (safety === "unsafe" && !unsafeFixes) into.hidden++;
    else if (f.severity === "error") into.errors++;
    else into.warnings++;
  }
}
function fixableLine(counts, c) {
  const { errors, warnings, hidden } = counts;
  const hint = hidden > 0 ? `${plural(hidden, "hidden fix", "hidden fixes")} can be enabled with the \`--unsafe-fixes\` option` : "";
  if (errors + warnings === 0) return hint === "" ? "" : `${c.dim(`  No fixes available (${hint}).`)}
`;
  const color = errors > 0 ? c.red : c.yellow;
  const fixable = `  ${plural(errors, "error")} and ${plural(warnings, "warning")} potentially fixable with the \`--fix\` option`;
  return `${c.bold(color(fixable + (hint === "" ? "." : ` (${hint}).`)))}
`;
}
function plural(n, word, words = `${word}s`) {
  return `${n} ${n === 1 ? word : words}`;
}
var SURROGATE = /[\uD800-\uDFFF]/;
function width(text) {
  if (!SURROGATE.test(text)) return text.length;
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
var LINE_BREAK = /\s*[\r\n]+\s*/g;
function oneLine(text) {
  const joined = text.includes("\n") || text.includes("\r") ? text.replace(LINE_BREAK, " ") : text;
  return sanitize(joined.trim());
}
var sanitize = visibleText;

export {
  formatStylish,
  stylishWriter
};
