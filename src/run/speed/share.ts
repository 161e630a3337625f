import type { ActiveRule, RunSettings } from '../../config/resolved.js';
import { loadLenientReader } from '../../yaml/parse.js';
import type { AnyRule } from '../../types/rule.js';
import type { CollectedObject, RuleFailure } from '../lint-document.js';
import { lintChunks, prepareRules, type RawFinding } from '../lint-file.js';
import { SourceFile } from '../../yaml/source-file.js';
import type { DocumentChunk } from '../../yaml/split-documents.js';
import { raiseInterruptBudget } from './v8-tuning.js';
import type { CheckedObject, Level, Severity } from '../../types/finding.js';
import type { Inventory } from '../../types/inventory.js';
import type { PlannedDaemonSet } from '../../inventory/plan.js';

/**
 * One share of a run: some documents of some files, linted by the main thread or a worker.
 * Everything in it survives structured cloning, so a share crosses a thread boundary as is.
 */
export interface ShareTask {
  files: { path: string; text: string; chunks: readonly DocumentChunk[] }[];
  rules: { id: string; severity: Severity; options: unknown; levelSet?: boolean }[];
  settings: { kubeVersion: string; now: number; requireReason?: boolean; unusedSuppression?: Level; duplicateKey?: Level; contentAfterEnd?: Level; inventory?: Inventory; helmTemplate?: Level };
}

export interface ShareFileResult {
  path: string;
  findings: RawFinding[];
  daemonSets: number;
  failures: RuleFailure[];
  objects: CollectedObject[];
  checked: CheckedObject[];
  planned: PlannedDaemonSet[];
}

/**
 * Below this much YAML the budget makes no difference (few functions reach either) and loading
 * node:v8 to change it would cost a small run, a pre-commit hook's, a few milliseconds.
 */
const TUNING_MIN_BYTES = 64 * 1024;

function shareBytes(task: ShareTask): number {
  let bytes = 0;
  for (const f of task.files) for (const c of f.chunks) bytes += c.end - c.start;
  return bytes;
}

export async function lintShare(task: ShareTask, rulesById: ReadonlyMap<string, AnyRule>, options: { tuneV8?: boolean } = {}): Promise<ShareFileResult[]> {
  const active: ActiveRule[] = task.rules.map((r) => {
    const rule = rulesById.get(r.id);
    if (!rule) throw new Error(`rule "${r.id}" is not available in this thread`);
    return r.levelSet ? { rule, severity: r.severity, options: r.options, levelSet: true } : { rule, severity: r.severity, options: r.options };
  });
  const settings: RunSettings = { ...task.settings, now: new Date(task.settings.now) };
  // A worker starts with nothing loaded: each rule prepares again in this thread.
  await prepareRules(active, settings);
  const out: ShareFileResult[] = [];
  const tuning = options.tuneV8 && shareBytes(task) >= TUNING_MIN_BYTES ? raiseInterruptBudget() : undefined;
  try {
    for (const f of task.files) {
      const file = new SourceFile(f.path, f.text);
      let result = lintChunks(file, f.chunks, active, settings);
      if (result.wantsLenientReader) {
        // Rare: a document only the lenient reader accepts. Load it (under V8's own flags, see
        // v8-tuning.ts) and lint the share again.
        tuning?.pause();
        await loadLenientReader();
        tuning?.resume();
        result = lintChunks(file, f.chunks, active, settings);
      }
      out.push({ path: f.path, findings: result.findings, daemonSets: result.daemonSets, failures: result.failures, objects: result.objects, checked: result.checked, planned: result.planned });
    }
  } finally {
    tuning?.end();
  }
  return out;
}
