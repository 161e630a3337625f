import type { ActiveRule, RunSettings } from './config-types.js';
import { loadLenientReader } from './parse.js';
import type { AnyRule } from './rule.js';
import { lintChunks, prepareRules, type CollectedObject, type RawFinding, type RuleFailure } from './run-rules.js';
import { SourceFile } from './source-file.js';
import type { DocumentChunk } from './split-documents.js';
import type { CheckedObject, Level, Severity } from './types.js';

/**
 * One share of a run: some documents of some files, linted by the main thread or a worker.
 * Everything in it survives structured cloning, so a share crosses a thread boundary as is.
 */
export interface ShareTask {
  files: { path: string; text: string; chunks: readonly DocumentChunk[] }[];
  rules: { id: string; severity: Severity; options: unknown }[];
  settings: { kubeVersion: string; now: number; requireReason?: boolean; unusedSuppression?: Level };
}

export interface ShareFileResult {
  path: string;
  findings: RawFinding[];
  daemonSets: number;
  failures: RuleFailure[];
  objects: CollectedObject[];
  checked: CheckedObject[];
}

export async function lintShare(task: ShareTask, rulesById: ReadonlyMap<string, AnyRule>): Promise<ShareFileResult[]> {
  const active: ActiveRule[] = task.rules.map((r) => {
    const rule = rulesById.get(r.id);
    if (!rule) throw new Error(`rule "${r.id}" is not available in this thread`);
    return { rule, severity: r.severity, options: r.options };
  });
  const settings: RunSettings = { ...task.settings, now: new Date(task.settings.now) };
  // A worker starts with nothing loaded: each rule prepares again in this thread.
  await prepareRules(active, settings);
  const out: ShareFileResult[] = [];
  for (const f of task.files) {
    const file = new SourceFile(f.path, f.text);
    let result = lintChunks(file, f.chunks, active, settings);
    if (result.wantsLenientReader) {
      // Rare: a document only the lenient reader accepts. Load it and lint the share again.
      await loadLenientReader();
      result = lintChunks(file, f.chunks, active, settings);
    }
    out.push({ path: f.path, findings: result.findings, daemonSets: result.daemonSets, failures: result.failures, objects: result.objects, checked: result.checked });
  }
  return out;
}
