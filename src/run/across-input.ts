import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { rangeOf } from '../yaml/locate.js';
import { parseFile } from '../yaml/parse.js';
import { renderHelp, renderMessage, type InputObject, type InputRuleContext } from '../types/rule.js';
import { failsOnce, findingSeverity, type CollectedObject, type RuleFailure } from './lint-document.js';
import type { RawFinding } from './lint-file.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import type { JsonPath, Range } from '../types/finding.js';
import { rangeWithinScalar } from '../yaml/scalar-offsets.js';
import type { ParsedDocument } from '../yaml/parse.js';
import { PluginTimeoutError } from '../config/plugin-host.js';
import { ACROSS_INPUT, keepHeapBelow } from './speed/index.js';

/** The run's files by path (a Map, or the files a merge reads again on demand). */
export interface SourceLookup {
  get(path: string): SourceFile | undefined;
}

/**
 * Runs the rules that look across the whole input (every file and stdin together) once the
 * per-DaemonSet pass is done. Source trees were dropped after that pass to keep memory flat, so
 * the few documents a finding points into (or a rule reads in full) are parsed again here. With
 * `reportIn`, findings about objects of other files (a run's context) are dropped before they are located.
 */
export async function runInputRules(
  objects: readonly CollectedObject[],
  sources: SourceLookup,
  rules: readonly ActiveRule[],
  settings: RunSettings,
  reportIn?: ReadonlySet<string>,
): Promise<{ findings: RawFinding[]; failures: RuleFailure[] }> {
  const findings: RawFinding[] = [];
  const failures: RuleFailure[] = [];
  const inputRules = rules.filter((a) => a.rule.checkAll);
  if (inputRules.length === 0) return { findings, failures };
  const locator = new Locator(sources);
  for (const active of inputRules) {
    // Each rule builds its own view of every object: the last one's is garbage by now.
    keepHeapBelow({ growth: ACROSS_INPUT });
    const { rule, options } = active;
    // The rule's view of each object (what its collect kept, or the whole value), and back.
    const inputs: InputObject<unknown>[] = [];
    const collected = new Map<InputObject<unknown>, CollectedObject>();
    for (const object of objects) {
      const value = rule.collect ? (Object.hasOwn(object.kept, rule.id) ? object.kept[rule.id] : undefined) : object.value;
      if (value === undefined) continue;
      const input: InputObject<unknown> = { ref: object.ref, value, file: object.file, documentIndex: object.documentIndex };
      inputs.push(input);
      collected.set(input, object);
    }
    const badSeverity = failsOnce(failures, rule.id, 'the whole input');
    const context: InputRuleContext<unknown> = {
      options,
      kubeVersion: settings.kubeVersion,
      read(input) {
        const object = collected.get(input);
        if (!object) throw new Error(`rule "${rule.id}" read an object it was not given`);
        return locator.value(object);
      },
      inventory: settings.inventory,
      report(descriptor) {
        const object = collected.get(descriptor.object);
        if (!object) throw new Error(`rule "${rule.id}" reported an object it was not given`);
        if (reportIn !== undefined && !reportIn.has(object.file)) return;
        const path = [...object.objectPath, ...descriptor.path];
        const finding: RawFinding = {
          ruleId: rule.id,
          severity: findingSeverity(active, descriptor, badSeverity),
          message: renderMessage(rule, descriptor.messageId, descriptor.data),
          messageId: descriptor.messageId,
          file: object.file,
          range: locator.range(object, descriptor.path, descriptor.at, descriptor.within),
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
          finding.suppressions = [{ kind: 'inSource', justification: ignore.reason ?? ignore.placeholder ?? 'daemonlint.io/ignore annotation' }];
        }
        findings.push(finding);
      },
    };
    try {
      await rule.checkAll!(inputs, context);
    } catch (error) {
      if (error instanceof PluginTimeoutError) throw error;
      failures.push({ ruleId: rule.id, where: 'the whole input', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { findings, failures };
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * Parses documents again on demand, for the positions of findings and for rules reading an
 * object in full. The documents parsed last are kept (KEEP_DOCUMENTS of them): a finding and its
 * related places, and a rule reading objects one by one, come back to the same few documents,
 * while a run with thousands of findings across the input keeps a bounded number of source trees
 * (keeping every one made 5,000 host port conflicts among 100,000 DaemonSets cost ~300 MiB).
 * A finding and its related places are two or three documents; 16 is room for a few findings.
 */
class Locator {
  private readonly parsed = new Map<string, ParsedDocument | null>();
  /**
   * Each file's documents by index, built once however many of its documents findings point
   * into, and dropped with the file (a run reads thousands of files again, a few at a time).
   */
  private readonly chunks = new WeakMap<SourceFile, Map<number, DocumentChunk>>();

  constructor(private readonly sources: SourceLookup) {}

  range(object: CollectedObject, path: JsonPath, at: 'key' | 'value' | undefined, within?: { start: number; end: number }): Range {
    const source = this.source(object);
    const document = this.document(source, object.documentIndex);
    const fullPath = [...object.objectPath, ...path];
    const range = rangeOf(source, document?.root ?? null, fullPath, within ? 'value' : at, document?.start ?? 0);
    return within ? rangeWithinScalar(source, range, valueAt(document?.value, fullPath), within.start, within.end) : range;
  }

  value(object: CollectedObject): Record<string, unknown> | undefined {
    const document = this.document(this.source(object), object.documentIndex);
    const value = valueAt(document?.value, object.objectPath);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  }

  /** A document parsed again, or one of the last ones parsed. */
  private document(source: SourceFile, documentIndex: number): ParsedDocument | null {
    const key = `${source.path}\u0000${documentIndex}`;
    let document = this.parsed.get(key);
    if (document !== undefined) {
      this.parsed.delete(key);
    } else {
      document = this.parse(source, documentIndex);
      if (this.parsed.size >= KEEP_DOCUMENTS) this.parsed.delete(this.parsed.keys().next().value!);
    }
    this.parsed.set(key, document);
    return document;
  }

  private source(object: CollectedObject): SourceFile {
    const source = this.sources.get(object.file);
    if (!source) throw new Error(`no source for ${object.file}`);
    return source;
  }

  private parse(source: SourceFile, documentIndex: number): ParsedDocument | null {
    let byIndex = this.chunks.get(source);
    if (byIndex === undefined) {
      byIndex = new Map(source.documents.map((c) => [c.index, c]));
      this.chunks.set(source, byIndex);
    }
    const chunk = byIndex.get(documentIndex);
    return chunk ? (parseFile(source, [chunk]).documents[0] ?? null) : null;
  }
}

const KEEP_DOCUMENTS = 16;
