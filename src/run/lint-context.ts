import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { builtinRules } from '../rules/index.js';
import { SourceFile } from '../yaml/source-file.js';
import type { CollectedObject } from './lint-document.js';
import { lintSources } from './speed/index.js';

/**
 * What a run's `context` files yielded, kept between runs by a caller that lints again and again
 * against files that rarely change: an editor lints the file being typed in against the rest of
 * its workspace on every keystroke. Pass the same object to each `lint()`; an entry is used again
 * while its file's text is the same, and every entry is dropped when the rules across the input
 * or their options differ from the previous run's. Opaque: lint() alone reads and fills it.
 */
export class LintCache {
  constructor() {
    states.set(this, { rulesKey: undefined, files: new Map() });
  }
}

interface CacheState {
  rulesKey: { rules: readonly ActiveRule['rule'][]; options: string; kubeVersion: string } | undefined;
  files: Map<string, ContextFile>;
}

interface ContextFile {
  text: string;
  source: SourceFile;
  objects: CollectedObject[];
}

const states = new WeakMap<LintCache, CacheState>();

/** The workload objects of the context files, for rules across the input, and their sources, to locate related places in. */
export interface LintedContext {
  objects: CollectedObject[];
  sources: SourceFile[];
}

/**
 * Lints the context files through the rules across the input only (their `collect` step is all
 * that is needed of them), using and filling the cache. Files whose path is also an input are
 * left out: the input's text is the newer (an editor's unsaved buffer).
 */
export async function lintContext(
  files: readonly { path: string; text: string }[],
  inputPaths: ReadonlySet<string>,
  active: readonly ActiveRule[],
  settings: RunSettings,
  cache: LintCache | undefined,
): Promise<LintedContext> {
  const acrossInput = active.filter((a) => a.rule.checkAll);
  const out: LintedContext = { objects: [], sources: [] };
  if (files.length === 0 || acrossInput.length === 0) return out;
  const state = cache ? stateFor(cache, acrossInput, settings) : undefined;
  const toLint: SourceFile[] = [];
  const texts: string[] = [];
  for (const { path, text } of files) {
    if (inputPaths.has(path)) continue;
    const kept = state?.files.get(path);
    if (kept !== undefined && kept.text === text) {
      out.objects.push(...kept.objects);
      out.sources.push(kept.source);
    } else {
      toLint.push(new SourceFile(path, text));
      texts.push(text);
    }
  }
  if (toLint.length === 0) return out;
  // One thread: the context is linted a few files at a time by an editor, and its share of a
  // run is the collect step alone.
  const results = await lintSources(toLint, acrossInput, settings, { concurrency: 1, builtinRules });
  results.forEach((result, i) => {
    const source = toLint[i];
    out.objects.push(...result.objects);
    out.sources.push(source);
    state?.files.set(source.path, { text: texts[i], source, objects: result.objects });
  });
  return out;
}

function stateFor(cache: LintCache, acrossInput: readonly ActiveRule[], settings: RunSettings): CacheState {
  const state = states.get(cache)!;
  const key = { rules: acrossInput.map((a) => a.rule), options: JSON.stringify(acrossInput.map((a) => a.options)), kubeVersion: settings.kubeVersion };
  const previous = state.rulesKey;
  const same =
    previous !== undefined &&
    previous.options === key.options &&
    previous.kubeVersion === key.kubeVersion &&
    previous.rules.length === key.rules.length &&
    previous.rules.every((rule, i) => rule === key.rules[i]);
  if (!same) state.files.clear();
  state.rulesKey = key;
  return state;
}
