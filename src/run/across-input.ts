import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { rangeOf } from '../yaml/locate.js';
import { parseFile } from '../yaml/parse.js';
import { renderHelp, renderMessage, type InputObject, type InputRuleContext } from '../types/rule.js';
import { findingSeverity, type CollectedObject, type RuleFailure } from './lint-document.js';
import type { RawFinding } from './lint-file.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import type { JsonPath, Range } from '../types/finding.js';

/**
 * Runs the rules that look across the whole input (every file and stdin together) once the
 * per-DaemonSet pass is done. Source trees were dropped after that pass to keep memory flat, so
 * the few documents a finding points into are parsed again here, once each. With `reportIn`,
 * findings about objects of other files (a run's context) are dropped before they are located.
 */
export function runInputRules(
  objects: readonly CollectedObject[],
  sources: ReadonlyMap<string, SourceFile>,
  rules: readonly ActiveRule[],
  settings: RunSettings,
  reportIn?: ReadonlySet<string>,
): { findings: RawFinding[]; failures: RuleFailure[] } {
  const findings: RawFinding[] = [];
  const failures: RuleFailure[] = [];
  const inputRules = rules.filter((a) => a.rule.checkAll);
  if (inputRules.length === 0) return { findings, failures };
  const locator = new Locator(sources);
  for (const active of inputRules) {
    const { rule, options } = active;
    // The rule's view of each object (what its collect kept, or the whole value), and back.
    const inputs: InputObject<unknown>[] = [];
    const collected = new Map<InputObject<unknown>, CollectedObject>();
    for (const object of objects) {
      const value = rule.collect ? object.kept.get(rule.id) : object.value;
      if (value === undefined) continue;
      const input: InputObject<unknown> = { ref: object.ref, value, file: object.file, documentIndex: object.documentIndex };
      inputs.push(input);
      collected.set(input, object);
    }
    const context: InputRuleContext<unknown> = {
      options,
      kubeVersion: settings.kubeVersion,
      report(descriptor) {
        const object = collected.get(descriptor.object);
        if (!object) throw new Error(`rule "${rule.id}" reported an object it was not given`);
        if (reportIn !== undefined && !reportIn.has(object.file)) return;
        const path = [...object.objectPath, ...descriptor.path];
        const finding: RawFinding = {
          ruleId: rule.id,
          severity: findingSeverity(active, descriptor),
          message: renderMessage(rule, descriptor.messageId, descriptor.data),
          messageId: descriptor.messageId,
          file: object.file,
          range: locator.range(object, descriptor.path, descriptor.at),
          documentIndex: object.documentIndex,
          object: object.ref,
          path,
        };
        const related = (descriptor.related ?? []).flatMap((r) => {
          const other = collected.get(r.object);
          return other ? [{ file: other.file, range: locator.range(other, r.path, 'key'), message: r.message }] : [];
        });
        if (related.length > 0) finding.related = related;
        const help = renderHelp(rule, descriptor.messageId, descriptor.data);
        if (help !== undefined) finding.help = help;
        // The object's own ignore annotation applies here as it does to its per-object findings.
        const ignore = object.ignore;
        if (ignore?.rules.includes(rule.id) && (ignore.reason !== undefined || settings.requireReason === false)) {
          finding.suppressions = [{ kind: 'inSource', justification: ignore.reason ?? 'daemonlint.io/ignore annotation' }];
        }
        findings.push(finding);
      },
    };
    try {
      rule.checkAll!(inputs, context);
    } catch (error) {
      failures.push({ ruleId: rule.id, where: 'the whole input', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, failures };
}

/** Finds positions in documents parsed again on demand, each at most once. */
class Locator {
  private readonly roots = new Map<string, ReturnType<typeof parseFile>['documents'][number] | null>();
  /** Each file is split once, however many of its documents findings point into. */
  private readonly chunks = new Map<string, Map<number, DocumentChunk>>();

  constructor(private readonly sources: ReadonlyMap<string, SourceFile>) {}

  range(object: CollectedObject, path: JsonPath, at: 'key' | 'value' | undefined): Range {
    const source = this.sources.get(object.file);
    if (!source) throw new Error(`no source for ${object.file}`);
    const key = `${object.file}\u0000${object.documentIndex}`;
    let document = this.roots.get(key);
    if (document === undefined) {
      let byIndex = this.chunks.get(object.file);
      if (byIndex === undefined) {
        byIndex = new Map(source.documents.map((c) => [c.index, c]));
        this.chunks.set(object.file, byIndex);
      }
      const chunk = byIndex.get(object.documentIndex);
      document = chunk ? (parseFile(source, [chunk]).documents[0] ?? null) : null;
      this.roots.set(key, document);
    }
    return rangeOf(source, document?.root ?? null, [...object.objectPath, ...path], at, document?.start ?? 0);
  }
}
