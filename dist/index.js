import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit
} from "./chunks/chunk-4SAMUAWZ.js";
import {
  formatGitlab
} from "./chunks/chunk-4BTE3EWV.js";
import {
  formatGithub
} from "./chunks/chunk-HG4NSVYZ.js";
import {
  formatterNames,
  isFormatterName
} from "./chunks/chunk-VQPBQKWY.js";
import {
  formatCoverage
} from "./chunks/chunk-HJ5YMKH5.js";
import {
  formatSarif
} from "./chunks/chunk-NXFFOPGD.js";
import "./chunks/chunk-XZ4C5TOT.js";
import {
  ConfigError,
  ENGINE_RULES,
  InputError,
  InventoryError,
  LEVELS,
  LEVEL_ALIASES,
  LintCache,
  PRESETS,
  configFromValue,
  fixFile,
  inventoryFromTexts,
  lint,
  loadInventory,
  runInputRules
} from "./chunks/chunk-2EMHMA5Y.js";
import {
  HOMEPAGE,
  VERSION
} from "./chunks/chunk-LLXENIQX.js";
import {
  SourceFile,
  builtinRules,
  compareFindings,
  defineRule,
  lintSourceFile,
  loadLenientReader,
  supportedKubeVersions,
  targetableKubeVersions
} from "./chunks/chunk-GTJUMAUR.js";
import {
  formatStylish
} from "./chunks/chunk-D4KA2REC.js";
import "./chunks/chunk-VAL5KFXQ.js";
import {
  formatJson
} from "./chunks/chunk-K4PH63GC.js";
import "./chunks/chunk-W3537A7T.js";

// src/index.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/report/index.ts
var formatters = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
  coverage: formatCoverage
};
function getFormatter(name) {
  return isFormatterName(name) ? formatters[name] : void 0;
}

// src/run/config-schema.ts
function configSchema(rules) {
  const level = {
    description: "off, info, warning (or warn), error; false is off",
    enum: [...LEVELS, ...Object.keys(LEVEL_ALIASES), false]
  };
  const setting = (description, options) => ({
    description,
    anyOf: [
      { $ref: "#/definitions/level" },
      options === void 0 ? { type: "array", items: [{ $ref: "#/definitions/level" }], minItems: 1, maxItems: 1 } : { type: "array", items: [{ $ref: "#/definitions/level" }, options], minItems: 1, maxItems: 2 }
    ]
  });
  const ruleProperties = {};
  for (const rule of [...rules].sort((a, b) => a.id < b.id ? -1 : 1)) {
    ruleProperties[rule.id] = setting(`${rule.meta.description} (${HOMEPAGE}/blob/main/docs/rules/${rule.id}.md)`, rule.meta.optionsSchema);
  }
  for (const id of Object.keys(ENGINE_RULES)) {
    ruleProperties[id] = setting(`The engine's ${id} rule (${HOMEPAGE}/blob/main/docs/rules/${id}.md)`);
  }
  const strings = (description) => ({ description, type: "array", items: { type: "string", minLength: 1 } });
  const properties = {
    extends: { description: "The preset the rules start from.", enum: [...PRESETS] },
    rules: {
      description: "A level per rule id, or [level, {options}].",
      type: ["object", "null"],
      properties: ruleProperties,
      patternProperties: { "/": setting("A plugin's rule: the plugin checks its options.", { type: "object" }) },
      additionalProperties: false
    },
    kubeVersion: {
      description: `The Kubernetes minor version to validate against: ${targetableKubeVersions.join(", ")}.`,
      anyOf: [{ type: "string", pattern: `^v?(${targetableKubeVersions.map((v) => v.replace(".", "\\.")).join("|")})(\\.\\d+)?$` }, { type: "number" }]
    },
    requireReason: { description: "Suppressions must say why to count.", type: "boolean" },
    ignore: strings("Path globs, relative to this file, that are not linted at all."),
    exclude: {
      description: "Findings of some rules on some objects, accepted with the reason.",
      type: "array",
      items: {
        type: "object",
        properties: {
          rules: strings("Rule ids; none means every rule."),
          objects: strings("namespace/name patterns; * matches any run of characters."),
          reason: { description: "Why these findings are accepted (required while requireReason is on).", type: "string" }
        },
        required: ["objects"],
        additionalProperties: false
      }
    },
    baseline: { description: "A baseline file, relative to this file.", type: "string", minLength: 1 },
    plugins: strings("Rule plugins: paths relative to this file, or package names."),
    policies: strings("Files, directories or globs of admission policies, bindings, Namespaces and params, read with every run."),
    maxFileSize: {
      description: 'The largest input read: bytes, or a size such as "64MiB" or "500KB"; a larger one is a yaml-syntax error.',
      anyOf: [{ type: "integer", minimum: 1 }, { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?\\s*([bB]|[bB]ytes?|[kKmMgG]([iI]?[bB])?)?\\s*$" }]
    },
    ruleTimeout: { description: "Milliseconds one call into a plugin's code may take.", type: "integer", minimum: 1 },
    nodes: {
      description: "Node inventory files, relative to this file: kubectl get nodes -o yaml output, or NodePool entries.",
      anyOf: [{ type: "string", minLength: 1 }, strings("Node inventory files, relative to this file.")]
    }
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `${HOMEPAGE}/blob/main/dist/daemonlint.schema.json`,
    title: "daemonlint configuration (.daemonlint.yaml)",
    type: ["object", "null"],
    definitions: { level },
    properties,
    additionalProperties: false
  };
}

// src/testing/rule-tester.ts
import assert from "node:assert/strict";
var globals = globalThis;
var RuleTester = class {
  constructor(defaults = {}) {
    this.defaults = defaults;
  }
  defaults;
  run(rule, cases) {
    const describe = globals.describe;
    const it = globals.it;
    if (!describe || !it) throw new Error("RuleTester needs a test framework with global describe/it");
    describe(rule.id, () => {
      describe("valid", () => {
        for (const c of cases.valid) {
          it(c.name, async () => {
            await this.prepare(rule, c);
            assert.deepEqual(await this.findings(rule, c), [], "expected no findings");
          });
        }
      });
      describe("invalid", () => {
        for (const c of cases.invalid) {
          it(c.name, async () => {
            await this.prepare(rule, c);
            assert.ok(c.errors.length > 0, "an invalid case must expect at least one finding");
            const actual = await this.findings(rule, c);
            for (const a of actual) {
              assert.ok(!UNFILLED.test(a.message) && !UNFILLED.test(a.help ?? ""), `a placeholder was left unfilled (data is missing a name): ${a.message} / ${a.help}`);
              assert.ok(!/[\r\n]/.test(a.message), `a headline is one line: ${JSON.stringify(a.message)}`);
            }
            assert.deepEqual(
              actual.map((a, i) => shape(a, c.errors[i])),
              c.errors.map((e) => shape(e, e))
            );
            const fixed = this.fix(rule, c);
            if (c.output === void 0) {
              assert.equal(fixed.output, c.code, "the rule fixed this case: state the expected `output`");
            } else if (c.output === null) {
              assert.equal(fixed.output, c.code, "expected no fix");
            } else {
              assert.equal(fixed.failure, void 0, "the fix failed verification");
              assert.notEqual(fixed.output, c.code, "expected a fix, but nothing changed");
              assert.equal(fixed.output, c.output);
            }
            const unsafe = this.fix(rule, c, { unsafe: true });
            if (c.unsafeOutput === void 0) {
              assert.equal(unsafe.output, fixed.output, "unsafe fixes changed this case: state the expected `unsafeOutput`");
            } else {
              assert.equal(unsafe.failure, void 0, "the unsafe fix failed verification");
              assert.notEqual(unsafe.output, fixed.output, "expected unsafe fixes to change more than `output`, but they did not");
              assert.equal(unsafe.output, c.unsafeOutput);
            }
          });
        }
      });
    });
  }
  async findings(rule, c) {
    const file = new SourceFile("test.yaml", c.code);
    const rules = this.activeRules(rule, c);
    const result = lintSourceFile(file, rules, this.settings(c));
    const input = await runInputRules(structuredClone(result.objects), /* @__PURE__ */ new Map([[file.path, file]]), rules, this.settings(c));
    const failure = [...result.failures, ...input.failures][0];
    if (failure) throw new Error(`rule ${failure.ruleId} threw on ${failure.where}: ${failure.message}`);
    return [...result.findings, ...input.findings].sort(compareFindings).map(toExpected);
  }
  /** `--fix` with only this rule (`unsafe`: with `--unsafe-fixes`). */
  fix(rule, c, filter = {}) {
    return fixFile(new SourceFile("test.yaml", c.code), this.activeRules(rule, c), this.settings(c), filter);
  }
  async prepare(rule, c) {
    await loadLenientReader();
    if (c.inventory !== void 0 && !inventories.has(c)) inventories.set(c, await inventoryFromTexts([{ path: "nodes.yaml", text: c.inventory }]));
    await rule.prepare?.({ kubeVersion: this.settings(c).kubeVersion });
  }
  activeRules(rule, c) {
    if (rule.meta.requiresInventory && c.inventory === void 0) return [];
    const options = { ...rule.meta.defaultOptions, ...c.options };
    return [{ rule, severity: rule.meta.severity, options }];
  }
  settings(c) {
    const settings = {
      kubeVersion: c.kubeVersion ?? this.defaults.kubeVersion ?? "1.36",
      now: new Date(c.now ?? this.defaults.now ?? "2026-06-01T00:00:00Z")
    };
    const inventory = inventories.get(c);
    if (inventory) settings.inventory = structuredClone(inventory);
    return settings;
  }
};
var UNFILLED = /\{\{\s*\w+\s*\}\}/;
var inventories = /* @__PURE__ */ new WeakMap();
function toExpected(f) {
  const out = {
    message: f.message,
    help: f.help ?? null,
    messageId: f.messageId ?? "",
    severity: f.severity,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column
  };
  const justification = f.suppressions?.[0]?.justification;
  if (justification !== void 0) out.justification = justification;
  if (f.fixable !== void 0) out.fixable = f.fixable;
  if (f.related) out.related = f.related.map((r) => ({ line: r.range.start.line, column: r.range.start.column, message: r.message }));
  return out;
}
function shape(finding, expected) {
  const out = { message: finding.message, line: finding.line, column: finding.column };
  if (expected?.help !== void 0) out.help = finding.help;
  if (expected?.endLine !== void 0) out.endLine = finding.endLine;
  if (expected?.endColumn !== void 0) out.endColumn = finding.endColumn;
  if (expected?.messageId !== void 0) out.messageId = finding.messageId;
  if (expected?.severity !== void 0) out.severity = finding.severity;
  out.justification = finding.justification;
  out.related = finding.related;
  if (expected?.fixable !== void 0 || finding.fixable === "unsafe") out.fixable = finding.fixable ?? null;
  return out;
}
function yaml(strings, ...values) {
  const raw = String.raw({ raw: strings.raw.map((s) => s.replace(/\\`/g, "`")) }, ...values);
  const lines = raw.replace(/^\n/, "").replace(/\n[ \t]*$/, "\n").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

// src/index.ts
var bundledWorker = new URL("./worker.js", import.meta.url);
var workerUrl = bundledWorker.protocol === "file:" && existsSync(fileURLToPath(bundledWorker)) ? bundledWorker : void 0;
function lint2(options = {}) {
  return options.config === void 0 ? lint({ workerUrl, ...options }) : Promise.resolve().then(() => lint({ workerUrl, ...options, config: configFromValue(options.config) }));
}
export {
  ConfigError,
  InputError,
  InventoryError,
  LintCache,
  RuleTester,
  builtinRules,
  configSchema,
  defineRule,
  formatterNames,
  formatters,
  getFormatter,
  inventoryFromTexts,
  lint2 as lint,
  loadInventory,
  supportedKubeVersions,
  VERSION as version,
  yaml
};
