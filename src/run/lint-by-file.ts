import path from 'node:path';
import { locateInTemplates } from '../inputs/helm.js';
import { DEFAULT_MAX_FILE_SIZE, displayPath, readAllStdin, readSource } from '../inputs/load.js';
import { builtinRules } from '../rules/index.js';
import { applySuppressions, directiveKey } from '../suppress/apply.js';
import type { Directive } from '../suppress/comments.js';
import { FileByFileBaseline, readBaseline } from '../suppress/baseline.js';
import type { CheckedObject, FileFindings, Finding, ReportRun } from '../types/finding.js';
import { groupBy } from '../types/group-by.js';
import { VERSION } from '../version.js';
import { SourceFile } from '../yaml/source-file.js';
import { runInputRules } from './across-input.js';
import { CompactCopier } from './compact-copy.js';
import { FindingCodec } from './finding-codec.js';
import { FileStore, HOLD_FINDINGS } from './file-store.js';
import type { CollectedObject, RuleFailure } from './lint-document.js';
import { compareFindings, prepareRules } from './lint-file.js';
import { addReadProblems, baselinePath, boundChecked, finishFindings, inputFiles, prepareRun, type LintOptions } from './lint.js';
import { RereadSources } from './reread.js';
import { ruleInfos } from './rule-info.js';
import { buildShare, chartDirKey, configKey, textHash, type Share } from './share.js';
import { defaultConcurrency, heapLooker, keepHeapBelow, lintSources } from './speed/index.js';

export type ByFileOptions = Omit<LintOptions, 'fix' | 'context' | 'cache'> & {
  /** Findings (and checked DaemonSets) kept in memory before the oldest files go to a temporary file. */
  holdFindings?: number;
  /** Characters of file text kept for the rules across the input rather than read again (default HOLD_TEXT). */
  holdText?: number;
};

/** A run whose report is written file by file (see lintByFile). */
export interface ByFileRun {
  /** What the report says of the run besides its findings; known before the first file is written. */
  run: ReportRun;
  /** Rules that threw (the run went on without them for that object); the CLI exits 2. */
  ruleFailures: RuleFailure[];
  /**
   * Each file once, with its findings in report order (the baseline applied) and its checked
   * DaemonSets: by path (the findings' order), or in input order. Either, once.
   */
  files(order: 'path' | 'input'): AsyncGenerator<FileFindings>;
  /** Removes the temporary file, if findings went to one. */
  close(): void;
  /** With `collect`: what `daemonlint merge` needs of this share (the rules across the input did not run). */
  share?: Share;
}

/**
 * Input read per batch, on one thread: large enough that a batch's overhead does not show,
 * small next to the memory of a run (a batch's findings and source trees are alive together).
 */
const BATCH_BYTES = 1 << 20;
/** With threads, a batch is split among them and each starts a worker: larger batches, fewer starts. */
const THREADED_BATCH_BYTES = 16 << 20;
/** Characters of the texts the rules across the input may need that are kept rather than read again. */
const HOLD_TEXT = 4 << 20;

/**
 * lint() for a report written file by file, so that memory is bounded by the largest file, not
 * the input (the CLI's run without fixes): files are read, linted and dropped a batch at a time;
 * each file's findings are kept (in memory up to a budget, then in a temporary file) with the
 * objects the rules across the input collect; those rules run once every file is linted, reading
 * again only the files their findings point into, and the directives that could suppress their
 * findings are judged then (as `daemonlint merge` does). The report's text is then the same as
 * a formatter makes of lint()'s result.
 */
export async function lintByFile(options: ByFileOptions = {}): Promise<ByFileRun> {
  const { cwd, config, active, settings } = await prepareRun(options);
  await prepareRules(active, settings);
  const { allFiles, files, skippedTemplates } = await inputFiles(options, config, cwd, options.texts?.length ?? 0);
  const maxFileSize = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => readAllStdin(process.stdin, maxFileSize));
  const exclude = { file: config.file, entries: config.exclude };
  const acrossInput = new Set(active.filter((a) => a.rule.checkAll).map((a) => a.rule.id));
  const judgement = acrossInput.size > 0 ? { defer: acrossInput } : {};
  // A share (`collect`) leaves the rules across the input and the baseline to the merge, as lint() does.
  const collecting = options.collect === true;
  const baselineFile = collecting ? undefined : baselinePath(options, config, cwd);
  const baseline = baselineFile === undefined ? undefined : new FileByFileBaseline(await readBaseline(baselineFile, displayPath(baselineFile, cwd)), displayPath(baselineFile, cwd));

  const store = new FileStore(options.holdFindings ?? HOLD_FINDINGS, new FindingCodec());
  const paths: string[] = [];
  const ordinal = new Map<string, number>();
  const hashes = new Map<string, string>();
  const held = new Map<string, SourceFile>();
  const holdText = options.holdText ?? HOLD_TEXT;
  let heldText = 0;
  /** The last file linted past the budget, and where its objects are in `objects`. */
  let pending: { source: SourceFile; objects: { start: number; end: number } } | undefined;
  const objects: CollectedObject[] = [];
  const copier = new CompactCopier();
  /**
   * Drops a pending file's text for its hash, once a later file takes its place. Its objects are
   * copied then (see CompactCopier): a string cut from the text keeps all of it alive. The
   * objects of files whose text is kept anyway are not copied (the copy was 0.2 s of 20,000
   * DaemonSets in one file).
   */
  const letGo = ({ source, objects: { start, end } }: NonNullable<typeof pending>): void => {
    hashes.set(source.path, textHash(source));
    for (let i = start; i < end; i++) objects[i] = copier.copy(objects[i]);
  };
  const deferred = new Map<string, Set<string>>();
  /** For a share: its checked DaemonSets and deferred directives, in file order. */
  const shareChecked: CheckedObject[] = [];
  const shareDeferred = new Map<string, Directive[]>();
  const ruleFailures: RuleFailure[] = [];
  let daemonSets = 0;

  const concurrency = options.concurrency ?? defaultConcurrency();
  const batchBytes = concurrency > 1 && options.workerUrl !== undefined ? THREADED_BATCH_BYTES : BATCH_BYTES;
  let batch: SourceFile[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    const results = await lintSources(batch, active, settings, { concurrency, workerUrl: options.workerUrl, builtinRules });
    addReadProblems(results, batch);
    results.forEach((result, i) => {
      const source = batch[i];
      daemonSets += result.daemonSets;
      ruleFailures.push(...result.failures);
      const later = applySuppressions(source, result.findings, exclude, settings, judgement);
      if (later.length > 0) deferred.set(source.path, new Set(later.map((d) => directiveKey(d.range.start))));
      finishFindings(source, result.findings);
      baseline?.count(result.findings);
      const checked = boundChecked(result.checked);
      store.put(ordinal.get(source.path)!, { findings: result.findings, objects: checked });
      if (collecting) {
        // The merge reads again what these objects and directives point into, checked by hash.
        if (result.objects.length > 0 || later.length > 0) hashes.set(source.path, textHash(source));
        for (const o of result.objects) objects.push(copier.copy(o));
        if (later.length > 0) shareDeferred.set(source.path, later);
        for (const c of checked) shareChecked.push(c);
        return;
      }
      // Kept until every file is linted, as collected while the file's text is kept too.
      const first = objects.length;
      for (const o of result.objects) objects.push(o);
      // What the rules across the input may need again: the text (what cannot be read again, and
      // files up to a budget: reading, decoding and hashing a file twice costs more than holding a
      // few MiB), or its hash to check it by when read again. Of the files past the budget, the
      // last one linted is kept too (`pending` until a later one takes its place, which hashes
      // it): a run over one large file never reads and hashes it again (0.4 s of 20,000
      // DaemonSets in one 25 MB file), and memory holds at most the two last of them.
      if (source.absolutePath === undefined) held.set(source.path, source);
      else if (result.objects.length > 0 || later.length > 0) {
        if (heldText + source.text.length <= holdText) {
          held.set(source.path, source);
          heldText += source.text.length;
        } else {
          if (pending !== undefined) letGo(pending);
          pending = { source, objects: { start: first, end: objects.length } };
        }
      }
    });
    batch = [];
    bytes = 0;
    keepHeapBelow();
  };
  const add = async (source: SourceFile): Promise<void> => {
    ordinal.set(source.path, paths.length);
    paths.push(source.path);
    batch.push(source);
    bytes += source.text.length;
    if (bytes >= batchBytes) await flush();
  };

  try {
    for (const t of options.texts ?? []) await add(new SourceFile(t.path, t.text));
    for (const file of files) await add(await readSource(file, cwd, readStdin, { maxFileSize }));
    if (batch.length > 0) await flush();
    if (pending !== undefined) held.set(pending.source.path, pending.source);
    pending = undefined;

    let added = new Map<string, Finding[]>();
    let share: Share | undefined;
    if (collecting) {
      const texts = options.texts?.length ?? 0;
      const inputOrdinal = new Map(allFiles.map((f, i) => [displayPath(f, cwd), texts + i]));
      share = buildShare({
        shard: options.shard ?? { index: 1, count: 1 },
        configKey: configKey(active, settings, config),
        unsafeFixes: options.unsafeFixes === true,
        toolVersion: VERSION,
        files: paths.map((file, i) => ({ path: file, ordinal: inputOrdinal.get(file) ?? i, sha256: () => hashes.get(file)! })),
        daemonSets,
        checked: shareChecked,
        objects,
        deferred: shareDeferred,
        failures: ruleFailures,
        planned: [],
        chartDir: chartDirKey(options.chartDir, cwd),
        skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd)),
      });
    } else {
      // The rules across the input, once, over what every file's objects left them.
      const sources = new RereadSources(hashes, cwd, (file) => `${file} changed while daemonlint read it: lint it again`, maxFileSize, held);
      const input = await runInputRules(objects, sources, active, settings);
      objects.length = 0;
      keepHeapBelow();
      sources.throwIfFailed();
      ruleFailures.push(...input.failures);
      added = groupBy<Finding>(input.findings, (f) => f.file);
      for (const file of deferred.keys()) if (!added.has(file)) added.set(file, []);
      for (const [file, list] of added) {
        const source = sources.get(file);
        applySuppressions(source, list, exclude, settings, { only: deferred.get(file) ?? new Set() });
        finishFindings(source, list);
        baseline?.count(list);
      }
      sources.throwIfFailed();
    }

    const chartDir = options.chartDir === undefined ? undefined : path.resolve(cwd, options.chartDir);
    const run: ReportRun = {
      ...(baseline ? { baseline: baseline.outcome() } : {}),
      ...(options.unsafeFixes ? { unsafeFixes: true } : {}),
      ...(skippedTemplates.length > 0 ? { skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd)) } : {}),
      files: paths,
      daemonSets,
      rules: ruleInfos(
        active.map((a) => a.rule),
        settings,
      ),
      cwd,
      toolVersion: VERSION,
    };
    let taken = false;
    return {
      run,
      ruleFailures,
      async *files(order) {
        if (taken) throw new Error('a run is reported once');
        taken = true;
        const list = order === 'path' ? [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : paths;
        const lookAtHeap = heapLooker();
        for (const file of list) {
          const stored = store.take(ordinal.get(file)!);
          const more = added.get(file);
          let findings = more ? stored.findings.concat(more) : stored.findings;
          findings.sort(compareFindings);
          if (chartDir !== undefined) await locateInTemplates(findings, chartDir, cwd);
          if (baseline) findings = baseline.apply(file, findings);
          yield { file, findings, objects: stored.objects };
          lookAtHeap(findings.length + stored.objects.length + 1);
        }
      },
      close: () => store.close(),
      ...(share ? { share } : {}),
    };
  } catch (error) {
    store.close();
    throw error;
  }
}
