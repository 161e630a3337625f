import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatsWithFixes,
  formatterLoaders,
  formatterNames,
  isFormatterName
} from "./chunks/chunk-ADUQO43F.js";
import {
  BaselineError,
  ConfigError,
  InputError,
  PluginError,
  contentAfterEndInfo,
  createBaseline,
  duplicateKeyInfo,
  effectiveConfig,
  lint,
  normalizeKubeVersion,
  parseLevel,
  ruleInfo,
  serializeBaseline,
  yamlSyntaxInfo
} from "./chunks/chunk-KEMMJB5X.js";
import {
  VERSION
} from "./chunks/chunk-LLXENIQX.js";
import {
  allowV8Tuning,
  builtinRules
} from "./chunks/chunk-WOEXMEHG.js";
import "./chunks/chunk-W3537A7T.js";

// src/cli/main.ts
import { existsSync as existsSync3, writeSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/cli/cli.ts
import { existsSync as existsSync2 } from "node:fs";
import { writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";
import { parseArgs } from "node:util";

// src/fix/write-file.ts
import { chmod, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
async function writeFileAtomically(file, content) {
  const mode = (await stat(file)).mode & 4095;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.daemonlint-${process.pid}-${Date.now()}.tmp`);
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
function unifiedDiff(path4, before, after, context = 3) {
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
  const [from, to] = path4.startsWith("/") ? [path4, path4] : [`a/${path4}`, `b/${path4}`];
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
import { existsSync, readFileSync, statSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/cli/commands/rules.ts
function builtinRuleInfos() {
  return [...builtinRules.map(ruleInfo), yamlSyntaxInfo, duplicateKeyInfo, contentAfterEndInfo].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
    const what = id === void 0 ? "explain needs a rule id" : `unknown rule "${id}"`;
    throw new UnknownRuleError(`${what}; rules: ${known.join(", ")}`);
  }
  const page = docsDir === void 0 ? void 0 : path2.join(docsDir, `${id}.md`);
  if (page === void 0 || !existsSync(page)) {
    throw new UnknownRuleError(`no documentation page for "${id}" in this installation (looked for docs/rules/${id}.md)`);
  }
  const text = readFileSync(page, "utf8");
  return text.endsWith("\n") ? text : `${text}
`;
}
function findDocsDir(from = path2.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from, depth = 0; depth < 4; dir = path2.dirname(dir), depth++) {
    const candidate = path2.join(dir, "docs", "rules");
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (path2.dirname(dir) === dir) break;
  }
  return void 0;
}

// src/cli/cli.ts
var HELP = `Usage: daemonlint [options] [paths...]
       daemonlint rules             list the rules: default level, fixable, description
       daemonlint explain <rule>    print a rule's documentation

Lints Kubernetes DaemonSet manifests. Paths are files, directories (searched for
.yaml, .yml and .json), globs, or - for standard input (helm template ... | daemonlint -).
With no paths, the current directory is linted.

Options:
  -f, --format <name>        stylish (default), json, sarif, github, junit, gitlab
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
      --unsafe-fixes         also apply (with --fix, --fix-dry-run) or count as fixable the
                             fixes that may change what the workload does
      --baseline <file>      leave out the findings recorded in this baseline
      --no-baseline          ignore the baseline named in the config
      --write-baseline <file>  record today's findings as the baseline, then exit 0
      --chart-dir <dir>      for helm template output: also locate findings in the chart's templates
      --print-config <file>  print the configuration that applies to a file, as JSON
      --color, --no-color    force colour on or off (NO_COLOR always turns it off)
  -v, --version              print the version
  -h, --help                 print this help

"rules" and "explain" are commands only as the first argument; to lint a path of that
name, write ./rules or ./explain.

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
    if (error instanceof PluginError || error instanceof BaselineError) {
      io.stderr(`daemonlint: ${error.message}
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
  if (argv[0] === "rules" || argv[0] === "explain") return command(argv[0], argv.slice(1), io);
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
        baseline: { type: "string" },
        "no-baseline": { type: "boolean" },
        "write-baseline": { type: "string" },
        "chart-dir": { type: "string" },
        "print-config": { type: "string" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        "fix-type": { type: "string", multiple: true },
        "unsafe-fixes": { type: "boolean" },
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
  if (!isFormatterName(formatName)) throw new UsageError(`unknown format "${formatName}"; allowed: ${formatterNames.join(", ")}`);
  const loadFormatter = formatterLoaders[formatName];
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
  if (values.baseline !== void 0 && values["no-baseline"]) throw new UsageError("--baseline and --no-baseline exclude each other");
  if (values["write-baseline"] !== void 0 && fixing) throw new UsageError("--write-baseline and --fix exclude each other");
  const configFile = values["no-config"] ? false : values.config !== void 0 ? path3.resolve(io.cwd, values.config) : void 0;
  if (values["print-config"] !== void 0) {
    io.stdout(await printConfig(values["print-config"], io.cwd, configFile, ruleOverrides, values["kube-version"]));
    return 0;
  }
  const result = await lint({
    patterns: positionals.length > 0 ? positionals : ["."],
    cwd: io.cwd,
    configFile,
    ruleOverrides,
    baselineFile: values["no-baseline"] || values["write-baseline"] !== void 0 ? false : values.baseline,
    ...values["chart-dir"] !== void 0 ? { chartDir: values["chart-dir"] } : {},
    kubeVersion: values["kube-version"] !== void 0 ? normalizeKubeVersion(values["kube-version"]) : void 0,
    readStdin: io.readStdin,
    concurrency,
    workerUrl: io.workerUrl,
    fix: fixing ? { rules: fixRules, unsafe: values["unsafe-fixes"] === true } : void 0,
    unsafeFixes: values["unsafe-fixes"] === true,
    fixEdits: formatsWithFixes.has(formatName)
  });
  io.linted?.();
  if (values["write-baseline"] !== void 0) {
    const baseline = createBaseline(result.findings);
    const file = path3.resolve(io.cwd, values["write-baseline"]);
    try {
      await writeFile2(file, serializeBaseline(baseline));
    } catch (error) {
      throw new InputError(`cannot write "${values["write-baseline"]}": ${error.code ?? String(error)}`);
    }
    const count = baseline.entries.reduce((n, e) => n + e.count, 0);
    io.stderr(`daemonlint: wrote ${count} finding${count === 1 ? "" : "s"} to the baseline ${values["write-baseline"]}
`);
    return 0;
  }
  let reportTo = io.stdout;
  for (const fix of result.fixes) {
    if (fix.failure) io.stderr(`daemonlint: ${fix.source.path}: not fixed: ${fix.failure}
`);
    if (values["fix-dry-run"]) {
      reportTo = io.stderr;
      io.stdout(unifiedDiff(fix.source.path, restoreBom(fix.source), fix.output));
    } else if (values.fix && fix.source.absolutePath === void 0) {
      reportTo = io.stderr;
      io.stdout(fix.output);
    } else if (values.fix && fix.fixed > 0 && !fix.failure) {
      await writeFileAtomically(fix.source.absolutePath, fix.output);
    }
  }
  const outputFile = values["output-file"];
  const options = {
    get color() {
      return !("NO_COLOR" in io.env && io.env.NO_COLOR !== "") && !values["no-color"] && (values.color === true || io.stdoutIsTTY && outputFile === void 0);
    }
  };
  const report = (await loadFormatter())(result, options);
  if (outputFile !== void 0) {
    try {
      await writeFile2(path3.resolve(io.cwd, outputFile), report);
    } catch (error) {
      throw new InputError(`cannot write "${outputFile}": ${error.code ?? String(error)}`);
    }
  } else {
    reportTo(report);
  }
  if (result.baseline && result.baseline.stale.length > 0) {
    const n = result.baseline.stale.reduce((sum, e) => sum + e.count, 0);
    io.stderr(`daemonlint: ${n} finding${n === 1 ? "" : "s"} in the baseline ${result.baseline.file} no longer occur${n === 1 ? "s" : ""}; run --write-baseline to shrink it
`);
  }
  if (result.ruleFailures.length > 0) {
    for (const f of result.ruleFailures) io.stderr(`daemonlint: rule ${f.ruleId} failed on ${f.where}: ${f.message}
`);
    io.stderr("daemonlint: the report above lacks what the failed rules would have found\n");
    return 2;
  }
  return exitCode(result.findings, maxWarnings);
}
async function printConfig(file, cwd, configFile, overrides, kubeVersion) {
  const result = await effectiveConfig(path3.resolve(cwd, file), cwd, configFile, overrides, kubeVersion);
  return `${JSON.stringify(result, null, 2)}
`;
}
function command(name, args, io) {
  if (existsSync2(path3.resolve(io.cwd, name))) {
    io.stderr(`daemonlint: note: "${name}" is a command; to lint the path ${name}, write ./${name}
`);
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
    else if (f.severity === "warning") warnings++;
  }
  if (errors > 0) return 1;
  if (maxWarnings !== void 0 && warnings > maxWarnings) return 1;
  return 0;
}
function restoreBom(source) {
  return (source.hadBom ? "\uFEFF" : "") + source.text;
}

// src/cli/main.ts
var workerUrl = new URL("./worker.js", import.meta.url);
function stdoutWriter() {
  let direct = process.platform !== "win32";
  return (text) => {
    if (!direct) {
      process.stdout.write(text);
      return;
    }
    let rest = Buffer.from(text);
    try {
      while (rest.length > 0) rest = rest.subarray(writeSync(1, rest));
    } catch {
      direct = false;
      process.stdout.write(rest);
    }
  };
}
var progress = { linted: false };
allowV8Tuning((flags) => setFlagsFromString(flags));
void runCli(process.argv.slice(2), {
  stdout: stdoutWriter(),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  // Asked only when a report can have colours (see stdoutWriter for why process.stdout waits).
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  workerUrl: existsSync3(fileURLToPath2(workerUrl)) ? workerUrl : void 0,
  linted: () => {
    progress.linted = true;
  }
}).then((code) => {
  process.exitCode = code;
});
export {
  progress
};
