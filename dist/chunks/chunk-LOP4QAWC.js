import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  PIECE,
  addCounts,
  fixSafetyOf,
  formatWhole,
  isSuppressed,
  neutralizeCommands,
  visibleText
} from "./chunk-AWE7TIHC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-W3537A7T.js";

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
