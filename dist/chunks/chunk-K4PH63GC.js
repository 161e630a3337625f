import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/types/group-by.ts
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

// src/report/file-writer.ts
function formatWhole(factory, result, options) {
  return [...formatPieces(factory, result, options)].join("");
}
function* formatPieces(factory, result, options) {
  const { findings: _findings, objects: _objects, ...run } = result;
  const writer = factory(run, options);
  const body = [];
  const write = (text) => {
    body.push(text);
  };
  forEachFile(result, writer.order, (file, fileFindings, fileObjects) => writer.file(file, fileFindings, fileObjects, write));
  const { head, tail } = writer.ends();
  yield* headPieces(head);
  yield* body;
  yield tail;
}
function headPieces(head) {
  return typeof head === "string" ? [head] : head;
}
function forEachFile(result, order, visit) {
  const objectsOf = groupBy(result.objects ?? [], (o) => o.file);
  if (order === "path") {
    const findings = result.findings;
    for (let start = 0; start < findings.length; ) {
      let end = start + 1;
      while (end < findings.length && findings[end].file === findings[start].file) end++;
      visit(findings[start].file, findings.slice(start, end), objectsOf.get(findings[start].file) ?? []);
      start = end;
    }
    return;
  }
  const findingsOf = groupBy(result.findings, (f) => f.file);
  const files = [.../* @__PURE__ */ new Set([...result.files, ...objectsOf.keys(), ...findingsOf.keys()])];
  for (const file of files) visit(file, findingsOf.get(file) ?? [], objectsOf.get(file) ?? []);
}
var PIECE = 100;

// src/report/safe-text.ts
var HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
var HIDDEN_ALL = new RegExp(HIDDEN.source, "gu");
var HIDDEN_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
var HIDDEN_IN_JSON_ONE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
var HIDDEN_IN_JSON = new RegExp(HIDDEN_IN_JSON_ONE.source, "gu");
function escapeCodePoint(ch) {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  const code = ch.codePointAt(0);
  return code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function visibleText(text) {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, escapeCodePoint) : text;
}
function visibleTextKeepingLines(text) {
  return HIDDEN.test(text) ? text.replace(HIDDEN_BUT_LINE_BREAKS, escapeCodePoint) : text;
}
var LEGACY_COMMAND = /##\[/g;
var LINE_START_COMMAND = /^([^\S\n]*)::/gm;
function neutralizeCommands(text) {
  if (!text.includes("::") && !text.includes("##[")) return text;
  return text.replace(LEGACY_COMMAND, "##\\[").replace(LINE_START_COMMAND, "$1\\::");
}
function neutralizeLegacyCommands(text) {
  return text.includes("##[") ? text.replace(LEGACY_COMMAND, "##\\[") : text;
}
function isAsciiWithoutDel(text) {
  return Buffer.byteLength(text) === text.length && !text.includes("\x7F");
}
function jsonEscape(ch) {
  let out = "";
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}
function safeJsonText(json) {
  let out = json;
  if (!isAsciiWithoutDel(out) && HIDDEN_IN_JSON_ONE.test(out)) out = out.replace(HIDDEN_IN_JSON, jsonEscape);
  return out.includes("##[") ? out.replace(LEGACY_COMMAND, "##\\u005b") : out;
}

// src/report/coverage-json.ts
function* coverageJsonPieces(coverage) {
  const out = new Chunks();
  const escaped = /* @__PURE__ */ new Map();
  const quoted = (text) => {
    let json = escaped.get(text);
    if (json === void 0) escaped.set(text, json = safeJsonText(JSON.stringify(text)));
    return json;
  };
  out.add(`{
${INDENT[2]}"inventory": ${reindent(safeJsonText(JSON.stringify(coverage.inventory, null, 2)), 2)},
${INDENT[2]}"daemonSets": `);
  if (coverage.daemonSets.length === 0) out.add("[]");
  else {
    out.add("[\n");
    for (let i = 0; i < coverage.daemonSets.length; i++) {
      if (i > 0) out.add(",\n");
      daemonSet(coverage.daemonSets[i], out, quoted);
      yield* out.take();
    }
    out.add(`
${INDENT[2]}]`);
  }
  out.add(`
${INDENT[1]}}`);
  out.flush();
  yield* out.take();
}
function daemonSet(d, out, quoted) {
  const rest = { ...d, nodes: { ...d.nodes, missed: [], unfit: [] } };
  const text = INDENT[3] + reindent(safeJsonText(JSON.stringify(rest, null, 2)), 3);
  const missedAt = text.indexOf(EMPTY_MISSED);
  const unfitAt = text.indexOf(EMPTY_UNFIT, missedAt);
  if (missedAt === -1 || unfitAt === -1) throw new Error("a coverage entry lists missed and unfit nodes");
  out.add(text.slice(0, missedAt + EMPTY_MISSED.length - 2));
  outcomes(d.nodes.missed, out, quoted);
  out.add(text.slice(missedAt + EMPTY_MISSED.length, unfitAt + EMPTY_UNFIT.length - 2));
  outcomes(d.nodes.unfit, out, quoted);
  out.add(text.slice(unfitAt + EMPTY_UNFIT.length));
}
function outcomes(list, out, quoted) {
  if (list.length === 0) {
    out.add("[]");
    return;
  }
  out.add("[\n");
  let last;
  let rest = "";
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (last === void 0 || o.pool !== last.pool || o.cause !== last.cause || o.reason !== last.reason) {
      rest = `,
${INDENT[7]}"pool": ${quoted(o.pool)},
${INDENT[7]}"cause": ${quoted(o.cause)},
${INDENT[7]}"reason": ${quoted(o.reason)}
${INDENT[6]}}`;
      last = o;
    }
    out.add(i > 0 ? ENTRY_NEXT : ENTRY_FIRST);
    out.add(quoted(o.node));
    out.add(rest);
  }
  out.add(`
${INDENT[5]}]`);
}
var INDENT = Array.from({ length: 8 }, (_, depth) => "  ".repeat(depth));
var ENTRY_FIRST = `${INDENT[6]}{
${INDENT[7]}"node": `;
var ENTRY_NEXT = `,
${ENTRY_FIRST}`;
var EMPTY_MISSED = '"missed": []';
var EMPTY_UNFIT = '"unfit": []';
function reindent(text, depth) {
  return text.replaceAll("\n", `
${INDENT[depth]}`);
}
var Chunks = class {
  pieces = [];
  parts = [];
  length = 0;
  add(text) {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) this.flush();
  }
  /** The chunks completed so far, handed over. */
  take() {
    const pieces = this.pieces;
    this.pieces = [];
    return pieces;
  }
  flush() {
    if (this.parts.length > 0) this.pieces.push(this.parts.join(""));
    this.parts = [];
    this.length = 0;
  }
};
var CHUNK = 1 << 16;

// src/report/json.ts
function countFindings(findings) {
  return addCounts({ errors: 0, warnings: 0, info: 0, suppressed: 0 }, findings);
}
function addCounts(counts, findings) {
  for (const f of findings) {
    if (isSuppressed(f)) counts.suppressed++;
    else if (f.severity === "error") counts.errors++;
    else if (f.severity === "warning") counts.warnings++;
    else counts.info++;
  }
  return counts;
}
function fixSafetyOf(finding) {
  return finding.fixable ?? (finding.fix ? "safe" : void 0);
}
function isSuppressed(finding) {
  return finding.suppressions !== void 0 && finding.suppressions.length > 0;
}
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatJsonPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
function parseJsonPath(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "[") {
      if (text[i + 1] === '"') {
        let end = i + 2;
        while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
        if (end >= text.length || text[end + 1] !== "]") throw new Error(`not a path: ${text}`);
        out.push(JSON.parse(text.slice(i + 1, end + 1)));
        i = end + 2;
      } else {
        const end = text.indexOf("]", i);
        const index = Number(text.slice(i + 1, end));
        if (end === -1 || !Number.isInteger(index)) throw new Error(`not a path: ${text}`);
        out.push(index);
        i = end + 1;
      }
      continue;
    }
    if (out.length > 0 && text[i++] !== ".") throw new Error(`not a path: ${text}`);
    const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i));
    if (!match) throw new Error(`not a path: ${text}`);
    out.push(match[0]);
    i += match[0].length;
  }
  return out;
}
function fromJsonFinding(j) {
  const position = (line, column) => ({ line, column, offset: -1 });
  const f = {
    ruleId: j.ruleId,
    severity: j.severity,
    message: j.message,
    file: j.file,
    range: { start: position(j.line, j.column), end: position(j.endLine, j.endColumn) },
    documentIndex: j.documentIndex,
    path: parseJsonPath(j.path)
  };
  if (j.messageId !== void 0) f.messageId = j.messageId;
  if (j.help !== void 0) f.help = j.help;
  if (Object.keys(j.object).length > 0) f.object = j.object;
  if (j.suppressed) f.suppressions = [j.suppressed];
  if (j.fixable !== void 0) f.fixable = j.fixable;
  if (j.template !== void 0) f.template = j.template;
  if (j.related) f.related = j.related.map((r) => ({ file: r.file, range: { start: position(r.line, r.column), end: position(r.endLine, r.endColumn) }, message: r.message }));
  return f;
}
function objectRef(object) {
  const out = {};
  if (object?.apiVersion !== void 0) out.apiVersion = object.apiVersion;
  if (object?.kind !== void 0) out.kind = object.kind;
  if (object?.namespace !== void 0) out.namespace = object.namespace;
  if (object?.name !== void 0) out.name = object.name;
  return out;
}
function toJsonReport(result) {
  return { ...reportHead(result, countFindings(result.findings)), findings: result.findings.map(toJsonFinding) };
}
function reportHead(run, counts) {
  return {
    version: 1,
    tool: { name: "daemonlint", version: run.toolVersion },
    summary: {
      files: run.files.length,
      daemonSets: run.daemonSets,
      ...counts,
      ...run.baseline ? { baseline: { file: run.baseline.file, matched: run.baseline.matched, stale: run.baseline.stale } } : {}
    },
    ...run.coverage ? { coverage: jsonCoverage(run.coverage) } : {},
    findings: []
  };
}
function* withCoverage(start, coverage, end) {
  yield `${start}  "coverage": `;
  yield* coverageJsonPieces(coverage);
  yield `,
${end}`;
}
function jsonCoverage(coverage) {
  return { ...coverage, daemonSets: coverage.daemonSets.map((d) => ({ ...d, object: objectRef(d.object) })) };
}
function toJsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...f.messageId !== void 0 ? { messageId: f.messageId } : {},
    ...f.help !== void 0 ? { help: f.help } : {},
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    object: objectRef(f.object),
    path: formatJsonPath(f.path),
    documentIndex: f.documentIndex
  };
  const suppression = f.suppressions?.[0];
  if (suppression) out.suppressed = { kind: suppression.kind, justification: suppression.justification };
  if (f.fixable !== void 0 && !suppression) out.fixable = f.fixable;
  if (f.template !== void 0) out.template = f.template;
  if (f.related?.length) {
    out.related = f.related.map((r) => ({
      file: r.file,
      line: r.range.start.line,
      column: r.range.start.column,
      endLine: r.range.end.line,
      endColumn: r.range.end.column,
      message: r.message
    }));
  }
  return out;
}
function formatJson(result, options = { color: false }) {
  return formatWhole(jsonWriter, result, options);
}
var jsonWriter = (run) => {
  const counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  let written = 0;
  return {
    order: "path",
    file(_file, findings, _objects, write) {
      addCounts(counts, findings);
      for (let start = 0; start < findings.length; start += PIECE) {
        const batch = [];
        for (let i = start; i < findings.length && i < start + PIECE; i++) batch.push(toJsonFinding(findings[i]));
        const text = JSON.stringify({ findings: batch }, null, 2);
        if (written > 0) write(",\n");
        write(safeJsonText(text.slice(BATCH_START.length, -BATCH_END.length)));
        written += batch.length;
      }
    },
    ends() {
      const { coverage, ...rest } = reportHead(run, counts);
      const head = JSON.stringify(rest, null, 2);
      if (!head.endsWith(FINDINGS_LAST)) throw new Error("the JSON report must end with its findings");
      const start = safeJsonText(head.slice(0, -FINDINGS_LAST.length + 1));
      const end = written === 0 ? `${FINDINGS_LAST.slice(1)}
` : `${FINDINGS_LAST.slice(1, -EMPTY_FINDINGS_END.length)}[
`;
      return { head: coverage ? withCoverage(start, coverage, end) : start + end, tail: written === 0 ? "" : `${BATCH_END}
` };
    }
  };
};
var EMPTY_FINDINGS_END = "[]\n}";
var FINDINGS_LAST = `
  "findings": ${EMPTY_FINDINGS_END}`;
var BATCH_START = '{\n  "findings": [\n';
var BATCH_END = "\n  ]\n}";

export {
  groupBy,
  formatWhole,
  formatPieces,
  headPieces,
  PIECE,
  visibleText,
  visibleTextKeepingLines,
  neutralizeCommands,
  neutralizeLegacyCommands,
  safeJsonText,
  countFindings,
  addCounts,
  fixSafetyOf,
  isSuppressed,
  formatJsonPath,
  parseJsonPath,
  fromJsonFinding,
  objectRef,
  toJsonReport,
  formatJson,
  jsonWriter
};
