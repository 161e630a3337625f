import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { editFor } from '../fix/edit.js';
import { ignoreAnnotationOf, IGNORE_ANNOTATION, IGNORE_REASON_ANNOTATION, type IgnoreAnnotation } from '../suppress/ignore-annotation.js';
import { rangeOf, pointRange } from '../yaml/locate.js';
import { isDaemonSet, objectsOf, type ManifestObject } from './objects.js';
import { parseChunk, type ParsedDocument, type ParseResult, type SyntaxError } from '../yaml/parse.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import { renderMessage, type InputObject, type ReportDescriptor, type RuleContext } from '../types/rule.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { CheckedObject, Finding, JsonPath, ObjectRef } from '../types/finding.js';

export const YAML_SYNTAX = 'yaml-syntax';
export const UNUSED_SUPPRESSION = 'unused-suppression';

/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;

/**
 * A workload object kept for rules across the input, with where to find it again: what each
 * rule's `collect` took of it, and its whole value only if some rule across the input has no
 * `collect`. Plain data: workers send these to the main thread.
 */
export interface CollectedObject {
  ref: ObjectRef;
  file: string;
  documentIndex: number;
  /** Path from the document root to the object (inside a List). */
  objectPath: JsonPath;
  /** By rule id: what that rule's `collect` returned, for the rules it returned something for. */
  kept: Map<string, unknown>;
  value?: Record<string, unknown>;
  /** The object's `daemonlint.io/ignore` annotation, which applies to findings across the input too. */
  ignore?: IgnoreAnnotation;
}

/** Kinds with a pod template or pod spec: what rules across the input compare a DaemonSet with. */
const WORKLOAD_KINDS = new Set(['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod']);

export interface FileResult {
  findings: RawFinding[];
  daemonSets: number;
  failures: RuleFailure[];
  /** Workload objects, when rules across the input run. */
  objects: CollectedObject[];
  /** Every DaemonSet checked, in document order. */
  checked: CheckedObject[];
  /** Some document failed js-yaml while the lenient reader was not loaded (see parse.ts). */
  wantsLenientReader: boolean;
}

/** Lets each rule load what it needs (the schema validator of the target version) before a run, in this thread. */
export async function prepareRules(active: readonly ActiveRule[], settings: RunSettings): Promise<void> {
  await Promise.all(active.map((a) => a.rule.prepare?.({ kubeVersion: settings.kubeVersion })));
}

/** Lints already parsed documents (the fix loop parses once and reuses the result). */
export function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], wantsLenientReader: parsed.wantsLenientReader };
  for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const document of parsed.documents) lintDocument(document);
  return result;
}

/**
 * Parses and lints a file one document at a time, so each document's source tree is garbage as
 * soon as its findings have their positions: memory stays flat and the collector has less to move.
 */
export function lintChunks(file: SourceFile, chunks: readonly DocumentChunk[], rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const result: FileResult = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], wantsLenientReader: false };
  const parsed: ParseResult = { documents: [], errors: [], wantsLenientReader: false };
  const lintDocument = documentLinter(file, rules, settings, result);
  for (const chunk of chunks) {
    parseChunk(file, chunk, parsed);
    for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
    for (const document of parsed.documents) lintDocument(document);
    parsed.documents.length = 0;
    parsed.errors.length = 0;
  }
  result.wantsLenientReader = parsed.wantsLenientReader;
  return result;
}

/** Lints the documents of one file into `result`; what does not depend on the document is set up once. */
function documentLinter(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, result: FileResult): (document: ParsedDocument) => void {
  const runners = rules.map((active) => new RuleRunner(file, active, settings, result));
  const acrossInput = rules.filter((a) => a.rule.checkAll);
  return (document) => lintDocument(file, document, rules, runners, acrossInput, result, settings);
}

function lintDocument(
  file: SourceFile,
  document: ParsedDocument,
  rules: readonly ActiveRule[],
  runners: readonly RuleRunner[],
  acrossInput: readonly ActiveRule[],
  result: FileResult,
  settings: RunSettings,
): void {
  for (const object of objectsOf(document)) {
    const daemonSet = isDaemonSet(object);
    const workload = acrossInput.length > 0 && typeof object.value.kind === 'string' && WORKLOAD_KINDS.has(object.value.kind);
    const ignore = daemonSet || workload ? ignoreAnnotationOf(object.value) : undefined;
    if (workload) collectObject(file, object, ignore, acrossInput, result);
    if (!daemonSet) continue;
    result.daemonSets++;
    result.checked.push({ file: file.path, documentIndex: document.index, object: object.ref, path: object.path });
    const first = result.findings.length;
    for (let i = 0; i < runners.length; i++) runners[i].run(object);
    if (ignore) applyIgnoreAnnotation(file, object, ignore, result.findings, first, settings, rules);
  }
}

/** Keeps what the rules across the input need of a workload object: see `Rule.collect`. */
function collectObject(file: SourceFile, object: ManifestObject, ignore: IgnoreAnnotation | undefined, acrossInput: readonly ActiveRule[], result: FileResult): void {
  let kept: Map<string, unknown> | undefined;
  let whole = false;
  let input: InputObject | undefined;
  for (const { rule, options } of acrossInput) {
    if (!rule.collect) {
      whole = true;
      continue;
    }
    input ??= { ref: object.ref, value: object.value, file: file.path, documentIndex: object.document.index };
    let value: unknown;
    try {
      value = rule.collect(input, options);
    } catch (error) {
      result.failures.push({ ruleId: rule.id, where: where(file, object), message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (value !== undefined) (kept ??= new Map()).set(rule.id, value);
  }
  if (kept === undefined && !whole) return;
  const collected: CollectedObject = { ref: object.ref, file: file.path, documentIndex: object.document.index, objectPath: object.path, kept: kept ?? new Map() };
  if (whole) collected.value = object.value;
  if (ignore) collected.ignore = ignore;
  result.objects.push(collected);
}

/** Suppresses the object's findings of the rules its ignore annotation names; reports what it could not use. */
function applyIgnoreAnnotation(
  file: SourceFile,
  object: ManifestObject,
  ignore: IgnoreAnnotation,
  findings: RawFinding[],
  first: number,
  settings: RunSettings,
  rules: readonly ActiveRule[],
): void {
  const requireReason = settings.requireReason ?? true;
  const used = new Set<string>();
  if (ignore.reason !== undefined || !requireReason) {
    for (let i = first; i < findings.length; i++) {
      const f = findings[i];
      if (f.suppressions?.length || !ignore.rules.includes(f.ruleId)) continue;
      f.suppressions = [{ kind: 'inSource', justification: ignore.reason ?? `${IGNORE_ANNOTATION} annotation` }];
      delete f.fix;
      used.add(f.ruleId);
    }
  }
  const level = settings.unusedSuppression ?? 'warning';
  if (level === 'off') return;
  // Rules across the input report after this object is done: whether they use the annotation is not known here.
  const acrossInput = new Set(rules.filter((a) => a.rule.checkAll).map((a) => a.rule.id));
  const unused = ignore.rules.filter((r) => !used.has(r) && !(acrossInput.has(r) && (ignore.reason !== undefined || !requireReason)));
  if (unused.length === 0) return;
  const message =
    ignore.reason === undefined && requireReason
      ? `${IGNORE_ANNOTATION} suppresses nothing without a reason: add annotation ${IGNORE_REASON_ANNOTATION}: "<why>"`
      : `${IGNORE_ANNOTATION} names ${unused.join(', ')}, but ${unused.length === 1 ? 'that rule reports' : 'those rules report'} nothing here; remove ${unused.length === 1 ? 'it' : 'them'} from the annotation`;
  const path = [...object.path, ...ignore.path];
  findings.push({
    ruleId: UNUSED_SUPPRESSION,
    severity: level,
    message,
    file: file.path,
    range: rangeOf(file, object.document.root, path, 'value', object.document.start),
    documentIndex: object.document.index,
    object: object.ref,
    path,
  });
}

function syntaxFinding(file: SourceFile, error: SyntaxError): RawFinding {
  return {
    ruleId: YAML_SYNTAX,
    severity: 'error',
    message: error.message,
    file: file.path,
    range: pointRange(file, error.offset),
    documentIndex: error.index,
    path: [],
  };
}

/**
 * Runs one rule on each DaemonSet of a file (of a thread's share of it, in a parallel run), as the
 * context that rule is given: one per rule and file rather than one per rule and DaemonSet.
 * `object` and `report` always refer to the DaemonSet being checked (`report` is bound, so a rule
 * may take it out of the context).
 */
class RuleRunner implements RuleContext<unknown> {
  readonly options: unknown;
  readonly now: Date;
  readonly kubeVersion: string;
  object: ObjectRef = {};
  private target: ManifestObject | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly active: ActiveRule,
    private readonly settings: RunSettings,
    private readonly result: FileResult,
  ) {
    this.options = active.options;
    this.now = settings.now;
    this.kubeVersion = settings.kubeVersion;
  }

  run(object: ManifestObject): void {
    const rule = this.active.rule;
    if (!rule.check) return;
    this.target = object;
    this.object = object.ref;
    try {
      rule.check(object.value as DaemonSet, this);
    } catch (error) {
      // One broken rule must not take the others' results down with it: the run goes on, and
      // the failure is reported (exit 2) with the rule, file and object named.
      this.result.failures.push({ ruleId: rule.id, where: where(this.file, object), message: error instanceof Error ? error.message : String(error) });
    } finally {
      this.target = undefined;
    }
  }

  readonly report = (descriptor: ReportDescriptor): void => {
    const object = this.target;
    if (object === undefined) {
      // After its check has returned (a context kept for later): nothing to place it on.
      this.result.failures.push({ ruleId: this.active.rule.id, where: this.file.path, message: 'reported after its check had returned' });
      return;
    }
    const { file, settings } = this;
    const { rule, severity } = this.active;
    // Findings are kept to the end of the run: their path is a copy of exactly its length, where a
    // rule's array (built with spread or push) has room for twice as many segments.
    const path = object.path.length === 0 ? descriptor.path.slice() : object.path.concat(descriptor.path);
    const finding: RawFinding = {
      ruleId: rule.id,
      severity,
      message: renderMessage(rule, descriptor.messageId, descriptor.data),
      messageId: descriptor.messageId,
      file: file.path,
      range: rangeOf(file, object.document.root, path, descriptor.at, object.document.start),
      documentIndex: object.document.index,
      object: object.ref,
      path,
    };
    if (descriptor.justification !== undefined) {
      finding.suppressions = [{ kind: 'inSource', justification: descriptor.justification }];
    }
    // A justified finding is accepted as it is: fixing it would undo a decision.
    if (descriptor.fix && !finding.suppressions && settings.fixEdits !== false) {
      const edit = object.document.root && editFor(file.text, object.document.root, object.path.length === 0 ? descriptor.fix : { ...descriptor.fix, path: object.path.concat(descriptor.fix.path) });
      if (edit) finding.fix = { range: { start: file.position(edit.start), end: file.position(edit.end) }, text: edit.text };
    }
    this.result.findings.push(finding);
  };
}

/** The file and object a rule failed on, for the failure's message. */
function where(file: SourceFile, object: ManifestObject): string {
  const name = object.ref.name ? ` (${object.ref.kind ?? 'object'} ${object.ref.namespace ? `${object.ref.namespace}/` : ''}${object.ref.name})` : '';
  return `${file.path}${name}`;
}

/** A rule that threw: a bug in the rule (often a plugin's), never in the manifest. */
export interface RuleFailure {
  ruleId: string;
  where: string;
  message: string;
}

/** Deterministic order: file, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
