import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  objectLabel
} from "./chunk-HG4NSVYZ.js";
import {
  relativePath
} from "./chunk-XZ4C5TOT.js";
import {
  PIECE,
  formatJsonPath,
  formatWhole,
  isSuppressed
} from "./chunk-K4PH63GC.js";

// src/report/junit.ts
var STDIN = "<stdin>";
var YAML_SYNTAX = "yaml-syntax";
function formatJunit(result, options = { color: false }) {
  return formatWhole(junitWriter, result, options);
}
var junitWriter = (run) => {
  const total = { tests: 0, failures: 0, errors: 0 };
  const ruleIds = run.rules.map((r) => r.id).filter((id) => id !== YAML_SYNTAX);
  return {
    order: "input",
    file(file, findings, objects, write) {
      const suite = suiteOf(file, findings, objects, ruleIds, run.cwd);
      const counts2 = { tests: suite.cases.length, failures: 0, errors: 0, skipped: 0 };
      const outcomes = suite.cases.map((c) => {
        const outcome = outcomeOf(c, run.cwd);
        if (outcome?.element === "failure") counts2.failures++;
        else if (outcome?.element === "error") counts2.errors++;
        else if (outcome?.element === "skipped") counts2.skipped++;
        return outcome;
      });
      total.tests += counts2.tests;
      total.failures += counts2.failures;
      total.errors += counts2.errors;
      write(`  <testsuite ${attributes({ name: suite.name, tests: counts2.tests, failures: counts2.failures, errors: counts2.errors, skipped: counts2.skipped, time: 0 })}>
`);
      for (let start = 0; start < suite.cases.length; start += PIECE) {
        let out = "";
        for (let i = start; i < suite.cases.length && i < start + PIECE; i++) out += testcase(suite.name, suite.cases[i], outcomes[i]);
        write(out);
      }
      write("  </testsuite>\n");
    },
    ends: () => ({
      head: `<?xml version="1.0" encoding="UTF-8"?>
<testsuites ${attributes({ name: "daemonlint", tests: total.tests, failures: total.failures, errors: total.errors, time: 0 })}>
`,
      tail: "</testsuites>\n"
    })
  };
};
function suiteOf(file, findings, objects, ruleIds, cwd) {
  const syntax = findings.filter((f) => f.ruleId === YAML_SYNTAX);
  const targets = targetsOf(objects, findings.filter((f) => f.ruleId !== YAML_SYNTAX));
  const cases = [{ name: YAML_SYNTAX, ruleId: YAML_SYNTAX, findings: syntax }];
  const labels = uniqueLabels(targets);
  targets.forEach((target, i) => {
    const extra = [...new Set(target.findings.map((f) => f.ruleId))].filter((id) => !ruleIds.includes(id)).sort();
    for (const ruleId of [...ruleIds, ...extra]) {
      cases.push({ name: `${labels[i]}: ${ruleId}`, ruleId, findings: target.findings.filter((f) => f.ruleId === ruleId) });
    }
  });
  return { name: reportPath(file, cwd), cases };
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
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
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
  const open = c.findings.filter((f) => !isSuppressed(f) && f.severity !== "info");
  const info = c.findings.filter((f) => !isSuppressed(f) && f.severity === "info");
  const suppressed = c.findings.filter(isSuppressed);
  const text = [...open, ...info].map((f) => findingLine(f, cwd, false)).concat(suppressed.map((f) => findingLine(f, cwd, true))).join("\n");
  if (open.length === 0 && info.length > 0) return { element: "system-out", attributes: {}, text };
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
  const attrs = attributes(outcome.attributes);
  const element = `<${outcome.element}${attrs === "" ? "" : ` ${attrs}`}>${escapeXml(outcome.text)}</${outcome.element}>`;
  return `${open}>
      ${element}
    </testcase>
`;
}
function reportPath(file, cwd) {
  if (file === STDIN) return file;
  return relativePath(file, cwd) ?? file;
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
var HIDDEN_IN_XML = /[\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
function defuse(text) {
  return text.replace(HIDDEN_IN_XML, (ch) => `&#x${ch.codePointAt(0).toString(16)};`).replace(/##\[/g, "##&#x5b;").replace(/^([^\S\n]*)::/gm, "$1&#x3a;:");
}
function escapeXml(text) {
  return defuse(clean(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;"));
}
function escapeAttribute(text) {
  return escapeXml(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

export {
  formatJunit,
  junitWriter
};
