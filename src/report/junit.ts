import type { CheckedObject, FileWriterFactory, Finding, FormatOptions, JsonPath, LintResult, ObjectRef } from '../types/finding.js';
import { formatWhole, PIECE } from './file-writer.js';
import { relativePath } from './fingerprint.js';
import { objectLabel } from './github.js';
import { formatJsonPath, isSuppressed } from './json.js';

const STDIN = '<stdin>';
const YAML_SYNTAX = 'yaml-syntax';

/**
 * JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins `junit`, Azure
 * `PublishTestResults`, CircleCI `store_test_results`).
 *
 * - One `<testsuite>` per file read, named by its path.
 * - In it, one `<testcase>` named `yaml-syntax` for the file (does every document parse?), then
 *   one per DaemonSet and rule that ran: `name="kube-system/node-agent: no-replicas"`,
 *   `classname` the file. A check with nothing to report is a passing test case, so the report
 *   lists everything that was checked, and a fixed problem shows as a fixed test.
 * - A test case holds at most one result element, because Jenkins and GitLab read only the
 *   first: `<failure type="rule id">` for findings (warnings too; the body says which severity),
 *   `<error type="yaml-syntax">` for documents that do not parse (nothing in them could be
 *   checked), `<skipped>` when every finding of the check is suppressed (its message is the
 *   justification). Several findings of one check are one element listing them all.
 *
 * The XML is valid against the JUnit schema Jenkins's xUnit plugin validates with (junit-10.xsd),
 * which is why `<testsuites>` carries no `skipped` count. Times are `0`: a linter has nothing to time.
 */
export function formatJunit(result: LintResult, options: FormatOptions = { color: false }): string {
  return formatWhole(junitWriter, result, options);
}

/** One test suite a file, in the order of the inputs; the totals on `<testsuites>` are written last. */
export const junitWriter: FileWriterFactory = (run) => {
  const total = { tests: 0, failures: 0, errors: 0 };
  const ruleIds = run.rules.map((r) => r.id).filter((id) => id !== YAML_SYNTAX);
  return {
    order: 'input',
    file(file, findings, objects, write) {
      const suite = suiteOf(file, findings, objects, ruleIds, run.cwd);
      const counts = { tests: suite.cases.length, failures: 0, errors: 0, skipped: 0 };
      // The suite's counts come before its cases: outcomes first, text a piece at a time.
      const outcomes = suite.cases.map((c) => {
        const outcome = outcomeOf(c, run.cwd);
        if (outcome?.element === 'failure') counts.failures++;
        else if (outcome?.element === 'error') counts.errors++;
        else if (outcome?.element === 'skipped') counts.skipped++;
        return outcome;
      });
      total.tests += counts.tests;
      total.failures += counts.failures;
      total.errors += counts.errors;
      write(`  <testsuite ${attributes({ name: suite.name, tests: counts.tests, failures: counts.failures, errors: counts.errors, skipped: counts.skipped, time: 0 })}>\n`);
      for (let start = 0; start < suite.cases.length; start += PIECE) {
        let out = '';
        for (let i = start; i < suite.cases.length && i < start + PIECE; i++) out += testcase(suite.name, suite.cases[i], outcomes[i]);
        write(out);
      }
      write('  </testsuite>\n');
    },
    ends: () => ({
      head: '<?xml version="1.0" encoding="UTF-8"?>\n' + `<testsuites ${attributes({ name: 'daemonlint', tests: total.tests, failures: total.failures, errors: total.errors, time: 0 })}>\n`,
      tail: '</testsuites>\n',
    }),
  };
};

interface Suite {
  /** The file as reports name it. */
  name: string;
  cases: Case[];
}

interface Case {
  name: string;
  ruleId: string;
  findings: Finding[];
}

interface Outcome {
  /** `system-out` carries findings of severity info: the case passes, and says what was noted. */
  element: 'failure' | 'error' | 'skipped' | 'system-out';
  attributes: Record<string, string>;
  text: string;
}

/** A DaemonSet of a file and the findings about it, by rule. */
interface Target {
  documentIndex: number;
  object: ObjectRef;
  path?: JsonPath;
  findings: Finding[];
}

function suiteOf(file: string, findings: readonly Finding[], objects: readonly CheckedObject[], ruleIds: readonly string[], cwd: string): Suite {
  const syntax = findings.filter((f) => f.ruleId === YAML_SYNTAX);
  const targets = targetsOf(objects, findings.filter((f) => f.ruleId !== YAML_SYNTAX));
  const cases: Case[] = [{ name: YAML_SYNTAX, ruleId: YAML_SYNTAX, findings: syntax }];
  const labels = uniqueLabels(targets);
  targets.forEach((target, i) => {
    // A plugin rule missing from `rules` still gets its test case, after the known ones.
    const extra = [...new Set(target.findings.map((f) => f.ruleId))].filter((id) => !ruleIds.includes(id)).sort();
    for (const ruleId of [...ruleIds, ...extra]) {
      cases.push({ name: `${labels[i]}: ${ruleId}`, ruleId, findings: target.findings.filter((f) => f.ruleId === ruleId) });
    }
  });
  return { name: reportPath(file, cwd), cases };
}

/**
 * The DaemonSets of a file with their findings: those the result lists as checked, in order, and
 * after them any that only findings name (all of them when the result has no `objects`).
 */
function targetsOf(objects: readonly CheckedObject[], findings: readonly Finding[]): Target[] {
  const targets: Target[] = [];
  const byDocument = new Map<number, Target[]>();
  const add = (target: Target) => {
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

/** Of the DaemonSets in the finding's document, the most specific one whose path the finding's path starts with, else the one it names. */
function matchTarget(inDocument: readonly Target[], f: Finding): Target | undefined {
  let best: Target | undefined;
  for (const t of inDocument) {
    if (t.path !== undefined && startsWith(f.path, t.path) && (best?.path === undefined || t.path.length > best.path.length)) best = t;
  }
  return best ?? inDocument.find((t) => sameObject(t.object, f.object));
}

function sameObject(a: ObjectRef | undefined, b: ObjectRef | undefined): boolean {
  return a?.apiVersion === b?.apiVersion && a?.kind === b?.kind && a?.namespace === b?.namespace && a?.name === b?.name;
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** `namespace/name`, made unique within the file with the document (and a number) when two DaemonSets share it. */
function uniqueLabels(targets: readonly Target[]): string[] {
  const base = targets.map((t) => {
    const label = objectLabel(t.object);
    return { label: label ?? `DaemonSet in document ${t.documentIndex + 1}`, named: label !== undefined };
  });
  const baseCounts = counts(base.map((b) => b.label));
  const withDocument = base.map(({ label, named }, i) => (named && (baseCounts.get(label) ?? 0) > 1 ? `${label} (document ${targets[i].documentIndex + 1})` : label));
  const finalCounts = counts(withDocument);
  const seen = new Map<string, number>();
  return withDocument.map((label) => {
    if (finalCounts.get(label) === 1) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} #${n}`;
  });
}

function counts(values: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

function outcomeOf(c: Case, cwd: string): Outcome | undefined {
  if (c.findings.length === 0) return undefined;
  const open = c.findings.filter((f) => !isSuppressed(f) && f.severity !== 'info');
  const info = c.findings.filter((f) => !isSuppressed(f) && f.severity === 'info');
  const suppressed = c.findings.filter(isSuppressed);
  const text = [...open, ...info].map((f) => findingLine(f, cwd, false)).concat(suppressed.map((f) => findingLine(f, cwd, true))).join('\n');
  if (open.length === 0 && info.length > 0) return { element: 'system-out', attributes: {}, text };
  if (open.length === 0) {
    return { element: 'skipped', attributes: { message: suppressionNote(suppressed[0]) }, text };
  }
  const message = open.length === 1 ? open[0].message : `${open.length} problems: ${open.map((f) => f.message).join('; ')}`;
  return { element: c.ruleId === YAML_SYNTAX ? 'error' : 'failure', attributes: { type: c.ruleId, message }, text };
}

/** `file:line:column: severity: message (at path)`, the way compilers print a diagnostic. */
function findingLine(f: Finding, cwd: string, suppressed: boolean): string {
  const at = formatJsonPath(f.path);
  const where = f.ruleId === YAML_SYNTAX ? ` (document ${f.documentIndex + 1})` : at === '' ? '' : ` (at ${at})`;
  const note = suppressed ? ` (${suppressionNote(f)})` : '';
  const message = f.message.replace(/\r?\n/g, '\n  ');
  return `${reportPath(f.file, cwd)}:${f.range.start.line}:${f.range.start.column}: ${suppressed ? 'suppressed ' : ''}${f.severity}: ${message}${where}${note}`;
}

function suppressionNote(f: Finding): string {
  const s = f.suppressions?.[0];
  if (!s) return 'suppressed';
  return s.kind === 'inSource' ? `justified: ${s.justification}` : `suppressed: ${s.justification}`;
}

function testcase(classname: string, c: Case, outcome: Outcome | undefined): string {
  const open = `    <testcase ${attributes({ classname, name: c.name, time: 0 })}`;
  if (!outcome) return `${open}/>\n`;
  const attrs = attributes(outcome.attributes);
  const element = `<${outcome.element}${attrs === '' ? '' : ` ${attrs}`}>${escapeXml(outcome.text)}</${outcome.element}>`;
  return `${open}>\n      ${element}\n    </testcase>\n`;
}

function reportPath(file: string, cwd: string): string {
  if (file === STDIN) return file;
  return relativePath(file, cwd) ?? file;
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${escapeAttribute(String(value))}"`)
    .join(' ');
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks, lone
 * surrogates, U+FFFE and U+FFFF), and C1 controls, which it allows but readers show badly, are
 * written as `\u001b` text.
 */
function clean(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Format characters (bidirectional overrides, zero-width and other default-ignorable ones) and
 * line separators as character references, and `##[` and `::` at the start of a line defused the
 * same way (safe-text.ts says why): the same text for an XML reader, nothing for a log to act on.
 */
const HIDDEN_IN_XML = /[\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

function defuse(text: string): string {
  return text
    .replace(HIDDEN_IN_XML, (ch) => `&#x${ch.codePointAt(0)!.toString(16)};`)
    .replace(/##\[/g, '##&#x5b;')
    .replace(/^([^\S\n]*)::/gm, '$1&#x3a;:');
}

/** Text content; a carriage return is a reference, since XML readers turn a literal one into a line feed. */
function escapeXml(text: string): string {
  return defuse(clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;'));
}

/** Attribute values also escape quotes and keep their tabs and line breaks, which XML readers would otherwise turn into spaces. */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
