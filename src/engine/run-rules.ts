import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { ActiveRule, RunSettings } from './config-types.js';
import { editFor } from './fix.js';
import { rangeOf, pointRange } from './locate-finding.js';
import { isDaemonSet, objectsOf, type ManifestObject } from './objects.js';
import type { ParseResult } from './parse.js';
import { formatMessage, type RuleContext } from './rule.js';
import type { SourceFile } from './source-file.js';
import type { Finding } from './types.js';

export const YAML_SYNTAX = 'yaml-syntax';

/** A finding as the engine produces it, before any formatter sees it. */
export type RawFinding = Finding;

export interface FileResult {
  findings: RawFinding[];
  objects: ManifestObject[];
  daemonSets: number;
}

export function runRulesOnFile(file: SourceFile, parsed: ParseResult, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  const findings: RawFinding[] = [];
  for (const error of parsed.errors) {
    findings.push({
      ruleId: YAML_SYNTAX,
      severity: 'error',
      message: error.message,
      file: file.path,
      range: pointRange(file, error.offset),
      documentIndex: error.index,
      path: [],
    });
  }
  const objects: ManifestObject[] = [];
  let daemonSets = 0;
  for (const document of parsed.documents) {
    for (const object of objectsOf(document)) {
      objects.push(object);
      if (!isDaemonSet(object)) continue;
      daemonSets++;
      for (const active of rules) runRule(file, object, active, settings, findings);
    }
  }
  return { findings, objects, daemonSets };
}

function runRule(file: SourceFile, object: ManifestObject, active: ActiveRule, settings: RunSettings, out: RawFinding[]): void {
  const { rule, severity, options } = active;
  const context: RuleContext<unknown> = {
    options,
    object: object.ref,
    now: settings.now,
    kubeVersion: settings.kubeVersion,
    report(descriptor) {
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined) throw new Error(`rule "${rule.id}" reported unknown messageId "${descriptor.messageId}"`);
      const path = [...object.path, ...descriptor.path];
      const finding: RawFinding = {
        ruleId: rule.id,
        severity,
        message: formatMessage(template, descriptor.data),
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
      if (descriptor.fix && !finding.suppressions) {
        const edit = object.document.root && editFor(file.text, object.document.root, { ...descriptor.fix, path: [...object.path, ...descriptor.fix.path] });
        if (edit) finding.fix = { range: { start: file.position(edit.start), end: file.position(edit.end) }, text: edit.text };
      }
      out.push(finding);
    },
  };
  rule.check(object.value as DaemonSet, context);
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
