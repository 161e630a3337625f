import type { CoverageReport } from '../types/inventory.js';
import type { FileWriterFactory, Finding, FixSafety, FormatOptions, JsonPath, LintResult, ObjectRef, ReportRun, Severity, Suppression } from '../types/finding.js';
import { formatWhole, PIECE } from './file-writer.js';
import { safeJsonText } from './safe-text.js';
import { coverageJsonPieces } from './coverage-json.js';

/**
 * The `--format json` document. Its shape is a public contract (docs/formats.md): add fields
 * freely, but renaming or removing one means bumping `version`.
 */
export interface JsonReport {
  version: 1;
  tool: { name: 'daemonlint'; version: string };
  summary: JsonSummary;
  /** With a node inventory (`--nodes`): where each DaemonSet runs, misses, does not fit (docs/inventory.md). */
  coverage?: CoverageReport;
  findings: JsonFinding[];
}

export interface JsonSummary {
  files: number;
  daemonSets: number;
  /** Unsuppressed findings only: these decide the exit code. */
  errors: number;
  warnings: number;
  /** Unsuppressed findings of severity info: reported, never a problem. */
  info: number;
  suppressed: number;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The rule's id for the message (stable when its wording changes), when the rule has one. */
  messageId?: string;
  /** Why it matters and how to fix it, when the rule says. */
  help?: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  object: ObjectRef;
  path: string;
  documentIndex: number;
  suppressed?: Suppression;
  /** A fix is offered: `safe` ones `--fix` applies, `unsafe` ones (which may change what the workload does) only with `--unsafe-fixes`. */
  fixable?: FixSafety;
  /** The Helm template the document was rendered from (`# Source:`), for `helm template` output. */
  template?: string;
  /** Other places the finding involves. */
  related?: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

export interface Counts {
  errors: number;
  warnings: number;
  info: number;
  suppressed: number;
}

/** Every report counts the same way as the exit code: a suppressed finding is never an error. */
export function countFindings(findings: readonly Finding[]): Counts {
  return addCounts({ errors: 0, warnings: 0, info: 0, suppressed: 0 }, findings);
}

/** Adds findings to counts (a report written file by file counts as it goes). */
export function addCounts(counts: Counts, findings: readonly Finding[]): Counts {
  for (const f of findings) {
    if (isSuppressed(f)) counts.suppressed++;
    else if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.info++;
  }
  return counts;
}

/** The safety of the fix a finding offers; a finding built with an edit and no `fixable` (by hand, or by an older plugin) counts as safe. */
export function fixSafetyOf(finding: Finding): FixSafety | undefined {
  return finding.fixable ?? (finding.fix ? 'safe' : undefined);
}

export function isSuppressed(finding: Finding): boolean {
  return finding.suppressions !== undefined && finding.suppressions.length > 0;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * A path as people write it about Kubernetes objects, `spec.template.spec.containers[0].name`.
 * Keys that would be ambiguous in dotted form (annotation keys such as
 * `container.apparmor.security.beta.kubernetes.io/agent`) are written `["…"]` with JSON string
 * quoting, so the string can always be split back into the original segments. The root is `""`.
 */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The segments of a path formatJsonPath wrote; throws on text it cannot have written. */
export function parseJsonPath(text: string): JsonPath {
  const out: (string | number)[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '[') {
      if (text[i + 1] === '"') {
        // A JSON string: its end is the first quote not escaped by a backslash.
        let end = i + 2;
        while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
        if (end >= text.length || text[end + 1] !== ']') throw new Error(`not a path: ${text}`);
        out.push(JSON.parse(text.slice(i + 1, end + 1)) as string);
        i = end + 2;
      } else {
        const end = text.indexOf(']', i);
        const index = Number(text.slice(i + 1, end));
        if (end === -1 || !Number.isInteger(index)) throw new Error(`not a path: ${text}`);
        out.push(index);
        i = end + 1;
      }
      continue;
    }
    // A key after another segment follows a dot; the first one does not.
    if (out.length > 0 && text[i++] !== '.') throw new Error(`not a path: ${text}`);
    const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i));
    if (!match) throw new Error(`not a path: ${text}`);
    out.push(match[0]);
    i += match[0].length;
  }
  return out;
}

/** A finding as a JSON report wrote it, back in the engine's terms (positions have no offset: -1). */
export function fromJsonFinding(j: JsonFinding): Finding {
  const position = (line: number, column: number): Finding['range']['start'] => ({ line, column, offset: -1 });
  const f: Finding = {
    ruleId: j.ruleId,
    severity: j.severity,
    message: j.message,
    file: j.file,
    range: { start: position(j.line, j.column), end: position(j.endLine, j.endColumn) },
    documentIndex: j.documentIndex,
    path: parseJsonPath(j.path),
  };
  if (j.messageId !== undefined) f.messageId = j.messageId;
  if (j.help !== undefined) f.help = j.help;
  if (Object.keys(j.object).length > 0) f.object = j.object;
  if (j.suppressed) f.suppressions = [j.suppressed];
  if (j.fixable !== undefined) f.fixable = j.fixable;
  if (j.template !== undefined) f.template = j.template;
  if (j.related) f.related = j.related.map((r) => ({ file: r.file, range: { start: position(r.line, r.column), end: position(r.endLine, r.endColumn) }, message: r.message }));
  return f;
}

/** Only the fields that are set, in a fixed order, so the output does not depend on how the engine built the object. */
export function objectRef(object: ObjectRef | undefined): ObjectRef {
  const out: ObjectRef = {};
  if (object?.apiVersion !== undefined) out.apiVersion = object.apiVersion;
  if (object?.kind !== undefined) out.kind = object.kind;
  if (object?.namespace !== undefined) out.namespace = object.namespace;
  if (object?.name !== undefined) out.name = object.name;
  return out;
}

export function toJsonReport(result: LintResult): JsonReport {
  return { ...reportHead(result, countFindings(result.findings)), findings: result.findings.map(toJsonFinding) };
}

/** The report without its findings (which come last, so the text of the two can be joined). */
function reportHead(run: ReportRun, counts: Counts): JsonReport {
  return {
    version: 1,
    tool: { name: 'daemonlint', version: run.toolVersion },
    summary: {
      files: run.files.length,
      daemonSets: run.daemonSets,
      ...counts,
      ...(run.baseline ? { baseline: { file: run.baseline.file, matched: run.baseline.matched, stale: run.baseline.stale } } : {}),
    },
    ...(run.coverage ? { coverage: jsonCoverage(run.coverage) } : {}),
    findings: [],
  };
}

function* withCoverage(start: string, coverage: CoverageReport, end: string): Generator<string, void, undefined> {
  yield `${start}  "coverage": `;
  yield* coverageJsonPieces(coverage);
  yield `,\n${end}`;
}

function jsonCoverage(coverage: CoverageReport): CoverageReport {
  return { ...coverage, daemonSets: coverage.daemonSets.map((d) => ({ ...d, object: objectRef(d.object) })) };
}

function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
    ...(f.help !== undefined ? { help: f.help } : {}),
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    object: objectRef(f.object),
    path: formatJsonPath(f.path),
    documentIndex: f.documentIndex,
  };
  // One suppression is all the engine produces; if several ever exist, the first is the one that applied.
  const suppression = f.suppressions?.[0];
  if (suppression) out.suppressed = { kind: suppression.kind, justification: suppression.justification };
  if (f.fixable !== undefined && !suppression) out.fixable = f.fixable;
  if (f.template !== undefined) out.template = f.template;
  if (f.related?.length) {
    out.related = f.related.map((r) => ({
      file: r.file,
      line: r.range.start.line,
      column: r.range.start.column,
      endLine: r.range.end.line,
      endColumn: r.range.end.column,
      message: r.message,
    }));
  }
  return out;
}

/**
 * `JSON.stringify(toJsonReport(result), null, 2)`, written file by file and a batch of findings at
 * a time: the objects of one batch are garbage once its text exists, where a whole report's would
 * all be alive at once (tens of megabytes for a large run) and be moved by the collector.
 */
export function formatJson(result: LintResult, options: FormatOptions = { color: false }): string {
  return formatWhole(jsonWriter, result, options);
}

export const jsonWriter: FileWriterFactory = (run) => {
  const counts: Counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  let written = 0;
  return {
    order: 'path',
    file(_file, findings, _objects, write) {
      addCounts(counts, findings);
      for (let start = 0; start < findings.length; start += PIECE) {
        const batch: JsonFinding[] = [];
        for (let i = start; i < findings.length && i < start + PIECE; i++) batch.push(toJsonFinding(findings[i]));
        // Wrapped as the report wraps them, so that the items come out at the report's indentation.
        const text = JSON.stringify({ findings: batch }, null, 2);
        if (written > 0) write(',\n');
        write(safeJsonText(text.slice(BATCH_START.length, -BATCH_END.length)));
        written += batch.length;
      }
    },
    ends() {
      // The coverage goes in between, written apart (coverage-json.ts): it can be most of the report.
      const { coverage, ...rest } = reportHead(run, counts);
      const head = JSON.stringify(rest, null, 2);
      if (!head.endsWith(FINDINGS_LAST)) throw new Error('the JSON report must end with its findings');
      const start = safeJsonText(head.slice(0, -FINDINGS_LAST.length + 1));
      const end = written === 0 ? `${FINDINGS_LAST.slice(1)}\n` : `${FINDINGS_LAST.slice(1, -EMPTY_FINDINGS_END.length)}[\n`;
      return { head: coverage ? withCoverage(start, coverage, end) : start + end, tail: written === 0 ? '' : `${BATCH_END}\n` };
    },
  };
};

const EMPTY_FINDINGS_END = '[]\n}';
/** The report's last member, as JSON.stringify writes it when there are no findings (the line break ends the member before it). */
const FINDINGS_LAST = `\n  "findings": ${EMPTY_FINDINGS_END}`;
const BATCH_START = '{\n  "findings": [\n';
const BATCH_END = '\n  ]\n}';
