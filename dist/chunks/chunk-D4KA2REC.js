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
} from "./chunk-K4PH63GC.js";
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
  const layout = {
    c,
    columns: options.columns !== void 0 && options.columns > 0 ? options.columns : Infinity,
    verbose: options.verbose === true,
    link: options.links ? ruleLinks(run) : void 0
  };
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
        for (let start = 0; start < rows.length; start += PIECE) write(neutralizeCommands(formatRows(rows.slice(start, start + PIECE), widths, layout)));
        write("\n");
      }
    },
    ends: () => ({ head: "", tail: summaryLine(run, counts, c) + "\n" + neutralizeCommands(skippedLine(run, c)) + fixableLine(fixable, c) })
  };
};
function ruleLinks(result) {
  const uris = new Map(result.rules.map((r) => [r.id, r.helpUri]));
  return (ruleId) => ruleId.includes("/") ? void 0 : uris.get(ruleId);
}
var MIN_MESSAGE = 20;
var MIN_HELP = 40;
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
    ruleId: sanitize(f.ruleId),
    note,
    finding: f
  };
}
function columnWidths(rows) {
  return {
    line: maxWidth(rows.map((r) => r.line)),
    column: maxWidth(rows.map((r) => r.column)),
    label: maxWidth(rows.map((r) => r.label)),
    message: maxWidth(rows.map((r) => r.message)),
    ruleId: maxWidth(rows.map((r) => r.ruleId))
  };
}
function formatRows(rows, widths, layout) {
  const { c, columns } = layout;
  const { line: lineWidth, column: columnWidth, label: labelWidth, ruleId: ruleWidth } = widths;
  const messageStart = 2 + lineWidth + 1 + columnWidth + 2 + labelWidth + 2;
  const naturalWidth = widths.message;
  const fits = messageStart + naturalWidth + 2 + ruleWidth <= columns;
  const alignedWidth = Math.max(MIN_MESSAGE, columns - messageStart - 2 - ruleWidth);
  let out = "";
  for (const row of rows) {
    const location = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const label = row.label.padEnd(labelWidth);
    const suppressed = isSuppressed(row.finding);
    const noteRoom = suppressed && !fits ? Math.min(width(row.note), Math.floor(columns / 3)) + 2 : 0;
    const own = Math.max(MIN_MESSAGE, Math.min(naturalWidth, columns - messageStart - 2 - width(row.ruleId) - noteRoom));
    const messageWidth = fits ? naturalWidth : width(row.message) <= alignedWidth && !suppressed ? alignedWidth : own;
    const message = padEnd(cut(row.message, messageWidth), messageWidth);
    const url = layout.link?.(row.finding.ruleId);
    const ruleId = (text) => url === void 0 ? text : hyperlink(url, text);
    if (suppressed) {
      const before = `  ${location}  ${label}  ${message}  `;
      const note = cut(row.note, Math.max(MIN_MESSAGE, columns - width(before) - width(row.ruleId) - 2));
      out += url === void 0 ? `${c.dim(`${before}${row.ruleId}  ${note}`)}
` : `${c.dim(before)}${ruleId(c.dim(row.ruleId))}${c.dim(`  ${note}`)}
`;
    } else {
      const colorLabel = row.finding.severity === "error" ? c.red : row.finding.severity === "warning" ? c.yellow : c.blue;
      out += `  ${c.dim(location)}  ${colorLabel(label)}  ${message}  ${ruleId(c.dim(row.ruleId))}
`;
    }
    for (const r of row.finding.related ?? []) {
      const place = `  ${" ".repeat(location.length)}  \u21B3 ${sanitize(r.file)}:${r.range.start.line}:${r.range.start.column} `;
      const note = oneLine(r.message);
      out += c.dim(place + (layout.verbose ? note : cut(note, Math.max(MIN_MESSAGE, columns - width(place))))) + "\n";
    }
    if (layout.verbose) {
      const indent = " ".repeat(messageStart);
      const lines = (text) => wrap(text, Math.max(MIN_HELP, columns - messageStart)).map((line) => `${indent}${line}`);
      if (width(row.message) > messageWidth) out += `${lines(row.message).join("\n")}
`;
      if (row.finding.help !== void 0 && row.finding.help !== "") out += `${lines(oneLine(row.finding.help)).map((line) => c.dim(line)).join("\n")}
`;
    }
  }
  return out;
}
function hyperlink(url, text) {
  return `\x1B]8;;${url}\x1B\\${text}\x1B]8;;\x1B\\`;
}
function cut(text, max) {
  if (width(text) <= max) return text;
  const chars = Array.from(text);
  return `${chars.slice(0, Math.max(0, max - 1)).join("").trimEnd()}\u2026`;
}
function wrap(text, max) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (word === "") continue;
    if (line === "") line = word;
    else if (width(line) + 1 + width(word) <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
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
function skippedLine(result, c) {
  const dirs = result.skippedTemplates ?? [];
  if (dirs.length === 0) return "";
  const shown = dirs.slice(0, 3).map(sanitize).join(", ") + (dirs.length > 3 ? `, and ${dirs.length - 3} more` : "");
  const what = dirs.length === 1 ? "Helm template directory" : "Helm template directories";
  return `${c.dim(`  Skipped ${dirs.length} ${what} (${shown}): lint the rendered output, e.g. helm template <chart> | daemonlint -`)}
`;
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
  const fixable = `${c.bold(color(`  ${plural(errors, "error")} and ${plural(warnings, "warning")} potentially fixable with the \`--fix\` option.`))}
`;
  return hint === "" ? fixable : `${fixable}${c.dim(`  ${hint[0].toUpperCase()}${hint.slice(1)}.`)}
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
