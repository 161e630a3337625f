import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { editFor } from '../fix/edit.js';
import { describeObject } from '../k8s/object-ref.js';
import { applyIgnoreAnnotation, ignoreAnnotationOf, type IgnoreAnnotation } from '../suppress/ignore-annotation.js';
import { UNUSED_SUPPRESSION } from '../suppress/apply.js';
import type { CheckedObject, Finding, JsonPath, ObjectRef, Severity } from '../types/finding.js';
import type { Inventory } from '../types/inventory.js';
import type { PlannedDaemonSet } from '../inventory/plan.js';
import { schedulingProfileOf } from '../inventory/profile.js';
import { renderHelp, renderMessage, type InputObject, type ReportDescriptor, type RuleContext } from '../types/rule.js';
import { bounded } from '../types/bounded-text.js';
import { rangeOf } from '../yaml/locate.js';
import type { ParsedDocument } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source-file.js';
import { isDaemonSet, objectsOf, type ManifestObject } from './objects.js';
import { PluginTimeoutError } from '../config/plugin-host.js';
import { readNulls } from './zero-values.js';

/**
 * An object kept for rules across the input (a workload, or any kind a rule collects), with where
 * to find it again: what each rule's `collect` took of it, and its whole value only if some rule
 * across the input that is given it has no `collect`. Plain data: workers send these to the main thread.
 */
export interface CollectedObject {
  ref: ObjectRef;
  file: string;
  documentIndex: number;
  /** Path from the document root to the object (inside a List). */
  objectPath: JsonPath;
  /**
   * By rule id: what that rule's `collect` returned, for the rules it returned something for. A
   * plain object (rule ids are lowercase words and hyphens), not a Map: a run keeps one per
   * object of the input, and a Map costs ~130 bytes more.
   */
  kept: Record<string, unknown>;
  value?: Record<string, unknown>;
  /** The object's `daemonlint.io/ignore` annotation, which applies to findings across the input too. */
  ignore?: IgnoreAnnotation;
}

/** A rule that threw: a bug in the rule (often a plugin's), never in the manifest. */
export interface RuleFailure {
  ruleId: string;
  where: string;
  message: string;
}

/** What linting a file's documents yields, filled in document by document. */
export interface DocumentResults {
  findings: Finding[];
  daemonSets: number;
  failures: RuleFailure[];
  /** Objects rules across the input collect (workloads, unless a rule says otherwise). */
  objects: CollectedObject[];
  /** Every DaemonSet checked, in document order. */
  checked: CheckedObject[];
  /** With a node inventory: what places each DaemonSet's pods, for the coverage report. */
  planned: PlannedDaemonSet[];
}

/** Kinds with a pod template or pod spec: what rules across the input are given unless they say otherwise. */
const WORKLOAD_KINDS: readonly string[] = ['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Pod'];
const NO_RULES: readonly ActiveRule[] = [];

/**
 * Returns the function that lints one parsed document of `file` into `result`: every DaemonSet
 * in it through every rule, and what rules across the input keep of the objects they collect.
 * What does not depend on the document (each rule's context) is set up once per file.
 */
export function documentLinter(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings, result: DocumentResults): (document: ParsedDocument) => void {
  const runners = rules.map((active) => new RuleRunner(file, active, settings, result));
  const acrossInput = rules.filter((a) => a.rule.checkAll);
  const acrossInputIds = new Set(acrossInput.map((a) => a.rule.id));
  const collectorsOf = acrossInput.length > 0 ? collectorsByKind(acrossInput) : undefined;
  return (document) => {
    for (const object of objectsOf(document)) {
      const daemonSet = isDaemonSet(object);
      // Before anything reads the DaemonSet (collectors, the ignore annotation, caches keyed on it).
      if (daemonSet && document.hasNull) readNulls(object.value);
      const collectors = collectorsOf && typeof object.value.kind === 'string' ? collectorsOf(object.value.kind) : NO_RULES;
      const ignore = daemonSet || collectors.length > 0 ? ignoreAnnotationOf(object.value) : undefined;
      if (collectors.length > 0) collectObject(file, object, ignore, collectors, settings, result);
      if (!daemonSet) continue;
      result.daemonSets++;
      result.checked.push({ file: file.path, documentIndex: document.index, object: object.ref, path: object.path });
      if (settings.inventory) {
        const profile = schedulingProfileOf(object.value as DaemonSet, settings.kubeVersion);
        result.planned.push({ ref: object.ref, file: file.path, documentIndex: document.index, profile });
      }
      const first = result.findings.length;
      for (let i = 0; i < runners.length; i++) runners[i].run(object);
      if (!ignore) continue;
      const unused = applyIgnoreAnnotation(ignore, result.findings, first, settings, acrossInputIds);
      if (unused === undefined) continue;
      const path = [...object.path, ...ignore.path];
      result.findings.push({
        ruleId: UNUSED_SUPPRESSION,
        severity: unused.severity,
        message: unused.message,
        help: unused.help,
        file: file.path,
        range: rangeOf(file, object.document.root, path, 'value', object.document.start),
        documentIndex: object.document.index,
        object: object.ref,
        path,
      });
    }
  };
}

/** The rules across the input that collect objects of a kind (`Rule.collectKinds`), worked out once per kind and file. */
function collectorsByKind(acrossInput: readonly ActiveRule[]): (kind: string) => readonly ActiveRule[] {
  const byKind = new Map<string, readonly ActiveRule[]>();
  return (kind) => {
    let collectors = byKind.get(kind);
    if (collectors === undefined) {
      collectors = acrossInput.filter(({ rule }) => {
        const kinds = rule.collectKinds ?? WORKLOAD_KINDS;
        return kinds === '*' || kinds.includes(kind);
      });
      byKind.set(kind, collectors.length > 0 ? collectors : NO_RULES);
    }
    return collectors;
  };
}

/** Keeps what the rules across the input need of an object: see `Rule.collect`. */
function collectObject(
  file: SourceFile,
  object: ManifestObject,
  ignore: IgnoreAnnotation | undefined,
  collectors: readonly ActiveRule[],
  settings: RunSettings,
  result: DocumentResults,
): void {
  let kept: Record<string, unknown> | undefined;
  let whole = false;
  let input: InputObject | undefined;
  for (const { rule, options } of collectors) {
    if (!rule.collect) {
      whole = true;
      continue;
    }
    input ??= { ref: object.ref, value: object.value, file: file.path, documentIndex: object.document.index };
    let value: unknown;
    try {
      value = rule.collect(input, options, { kubeVersion: settings.kubeVersion });
    } catch (error) {
      stopIfTimedOut(error, where(file, object));
      result.failures.push({ ruleId: rule.id, where: where(file, object), message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (value !== undefined) (kept ??= {})[rule.id] = value;
  }
  if (kept === undefined && !whole) return;
  const collected: CollectedObject = { ref: object.ref, file: file.path, documentIndex: object.document.index, objectPath: object.path, kept: kept ?? {} };
  if (whole) collected.value = object.value;
  if (ignore) collected.ignore = ignore;
  result.objects.push(collected);
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
  readonly inventory: Inventory | undefined;
  object: ObjectRef = {};
  private target: ManifestObject | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly active: ActiveRule,
    private readonly settings: RunSettings,
    private readonly result: DocumentResults,
  ) {
    this.options = active.options;
    this.now = settings.now;
    this.kubeVersion = settings.kubeVersion;
    this.inventory = settings.inventory;
    this.badSeverity = failsOnce(result.failures, active.rule.id, file.path);
  }

  /** Told of a finding whose severity is not one: a failure of the rule, once per file. */
  private readonly badSeverity: (message: string) => void;

  run(object: ManifestObject): void {
    const rule = this.active.rule;
    if (!rule.check) return;
    this.target = object;
    this.object = object.ref;
    try {
      rule.check(object.value as DaemonSet, this);
    } catch (error) {
      stopIfTimedOut(error, where(this.file, object));
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
    const { rule } = this.active;
    // Findings are kept to the end of the run: their path is a copy of exactly its length, where a
    // rule's array (built with spread or push) has room for twice as many segments.
    const path = object.path.length === 0 ? descriptor.path.slice() : object.path.concat(descriptor.path);
    const finding: Finding = {
      ruleId: rule.id,
      severity: findingSeverity(this.active, descriptor, this.badSeverity),
      message: renderMessage(rule, descriptor.messageId, descriptor.data),
      messageId: descriptor.messageId,
      file: file.path,
      range: rangeOf(file, object.document.root, path, descriptor.at, object.document.start),
      documentIndex: object.document.index,
      object: object.ref,
      path,
    };
    const help = renderHelp(rule, descriptor.messageId, descriptor.data);
    if (help !== undefined) finding.help = help;
    if (descriptor.justification !== undefined) {
      finding.suppressions = [{ kind: 'inSource', justification: descriptor.justification }];
    } else if (descriptor.justifyWith !== undefined) {
      finding.justifyWith = descriptor.justifyWith;
    }
    // A justified finding is accepted as it is: fixing it would undo a decision.
    if (descriptor.fix && !finding.suppressions) {
      if (settings.fixEdits === false) {
        finding.fixable = descriptor.fix.safety ?? 'safe';
      } else {
        const edit = object.document.root && editFor(file.text, object.document.root, object.path.length === 0 ? descriptor.fix : { ...descriptor.fix, path: object.path.concat(descriptor.fix.path) });
        if (edit) {
          finding.fixable = descriptor.fix.safety ?? 'safe';
          finding.fix = { range: { start: file.position(edit.start), end: file.position(edit.end) }, text: edit.text };
        }
      }
    }
    this.result.findings.push(finding);
  };
}

const SEVERITIES: ReadonlySet<unknown> = new Set<Severity>(['error', 'warning', 'info']);

/**
 * The severity of a rule's finding: its own when it gives one and the configuration set no level
 * for the rule. One that is not a severity (a plugin's mistake: `'warn'`, null) is the rule's, and
 * `invalid` is told why, for a failure of the rule: no format has a place for it.
 */
export function findingSeverity(active: ActiveRule, descriptor: { severity?: Severity }, invalid?: (message: string) => void): Severity {
  const own: unknown = descriptor.severity;
  if (own !== undefined && !SEVERITIES.has(own)) {
    invalid?.(`reported a finding of severity ${bounded(JSON.stringify(own) ?? String(own))}; a finding's severity is error, warning or info`);
    return active.severity;
  }
  return descriptor.severity !== undefined && !active.levelSet ? descriptor.severity : active.severity;
}

/** A failure of a rule at `where`, told once however often the callback is called. */
export function failsOnce(failures: RuleFailure[], ruleId: string, where: string): (message: string) => void {
  let told = false;
  return (message) => {
    if (!told) failures.push({ ruleId, where, message });
    told = true;
  };
}

/** The file and object a rule failed on, for the failure's message. */
function where(file: SourceFile, object: ManifestObject): string {
  return object.ref.name ? `${file.path} (${describeObject(object.ref)})` : file.path;
}

/** Plugin code that ran out of its time budget stops the run, with the object it was on named. */
function stopIfTimedOut(error: unknown, at: string): void {
  if (error instanceof PluginTimeoutError) throw new PluginTimeoutError(error.message.replace(/: the run was stopped$/, ` on ${at}: the run was stopped`));
}
