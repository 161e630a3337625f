import { restoreTemplatePlace } from '../inputs/helm.js';
import { readElements } from '../inputs/json-elements.js';
import { InputError } from '../inputs/load.js';
import { PIECE } from '../report/file-writer.js';
import { fromJsonFinding, type JsonFinding } from '../report/json.js';
import { SarifMerge, resultFinding } from '../report/sarif-merge.js';
import { logEnds, writeResults, type SarifLog, type SarifResult } from '../report/sarif.js';
import { FileStore, HOLD_FINDINGS } from '../run/file-store.js';
import type { ByFileRun } from '../run/lint-by-file.js';
import { compareFindings } from '../run/lint-file.js';
import type { MergedShares } from '../run/merge.js';
import { heapLooker } from '../run/speed/index.js';
import type { FileByFileBaseline } from '../suppress/baseline.js';
import type { FileWriterFactory, Finding, LintResult, ReportRun } from '../types/finding.js';
import { groupBy } from '../types/group-by.js';

/**
 * `daemonlint merge` file by file: memory is bounded by the largest file's findings, not the
 * input's. Each share's report is read a finding (or SARIF result) at a time
 * (inputs/json-elements.ts); every file is handed to the report in the writer's order with what
 * the merge adds to it, in the order a single run has them (see mergeRun). The result is a run
 * deliverByFile writes as it writes a single run's.
 */

/** A share's report: where to read it, and its name in messages. */
export interface ShareReport {
  path: string;
  shownAs: string;
}

/** Small in tests: findings held before they go to a temporary file, bytes of a report read at once. */
export interface MergeLimits {
  holdFindings?: number;
  chunk?: number;
}

/**
 * The run a merge of the shares' json reports writes: any format but sarif. `stream`: the shares'
 * reports list their files in path order, as daemonlint writes them, so a writer in path order
 * takes them side by side.
 */
export function jsonMergeByFile(reports: readonly ShareReport[], merged: MergedShares, baseline: FileByFileBaseline | undefined, limits: MergeLimits = {}, stream = true): ByFileRun {
  return mergeRun<Finding>(merged, {
    shares: reports.map((report) => ({ shownAs: report.shownAs, read: () => jsonFindings(report, limits.chunk) })),
    added: groupBy(merged.findings, (f) => f.file),
    count: baseline ? (list) => baseline.count(list) : undefined,
    finish(file, findings) {
      findings.sort(compareFindings);
      return baseline ? baseline.apply(file, findings) : findings;
    },
    baseline,
    stream,
    holdFindings: limits.holdFindings ?? HOLD_FINDINGS,
  });
}

/**
 * The run a merge of the shares' sarif reports writes, and the writer of its log (a share's results
 * are written as they were). `stream`: as jsonMergeByFile's; not with --chart-dir, which places
 * results in templates, out of the order of the files.
 */
export function sarifMergeByFile(
  logs: readonly { report: ShareReport; log: SarifLog }[],
  merged: MergedShares,
  added: LintResult,
  baseline: FileByFileBaseline | undefined,
  limits: MergeLimits = {},
  stream = true,
): { byFile: ByFileRun; writer: FileWriterFactory } {
  const merge = new SarifMerge(added);
  // The results of the file being written, by the finding that stands for each.
  const resultOf = new Map<Finding, SarifResult>();
  const byFile = mergeRun<SarifResult>(merged, {
    shares: logs.map(({ report, log }) => ({ shownAs: report.shownAs, read: (pass) => sarifResults(report, log, merge, pass, limits.chunk) })),
    added: merge.added,
    count: baseline ? (list, file) => baseline.count(list.map((r) => resultFinding(r, file))) : undefined,
    finish(file, all) {
      const { results, findings } = merge.file(file, all, baseline ? (list) => baseline.apply(file, list) : undefined);
      resultOf.clear();
      findings.forEach((f, i) => resultOf.set(f, results[i]));
      return findings;
    },
    baseline,
    stream,
    holdFindings: limits.holdFindings ?? HOLD_FINDINGS,
  });
  let written = 0;
  const writer: FileWriterFactory = () => ({
    order: 'path',
    file(_file, findings, _objects, write) {
      for (let start = 0; start < findings.length; start += PIECE) {
        writeResults(findings.slice(start, start + PIECE).map((f) => merge.place(resultOf.get(f)!)), written === 0, write);
        written += Math.min(PIECE, findings.length - start);
      }
    },
    ends: () => logEnds(merge.head(), written),
  });
  return { byFile, writer };
}

/** What a merge reads and how it finishes a file, whatever the shares' reports hold (findings, or SARIF results: `F`). */
interface MergeSources<F> {
  /** Each share's items with their files, in its report's order; read anew at each call. */
  shares: { shownAs: string; read: (pass: 'count' | 'merge') => Iterable<[string, F]> }[];
  /** The merge's own, by file. */
  added: Map<string, F[]>;
  /** With a baseline: counts a file's items (all of them, before any file is written). */
  count: ((list: F[], file: string) => void) | undefined;
  /** One file's items, the shares' then the merge's, as the findings to write: in report order, the baseline applied. */
  finish: (file: string, items: F[]) => Finding[];
  baseline: FileByFileBaseline | undefined;
  stream: boolean;
  holdFindings: number;
}

/**
 * The merged run. With a baseline, a first pass counts every share's findings (its counts span
 * files, and a file's findings are judged by those of the files before it). Then, in path order
 * (every format but junit), the shares' reports are read side by side, each a file at a time,
 * and each file is written as soon as it is complete: memory holds one file per share. In the
 * order of the input (junit), or when the reports may not be in path order, the shares' findings
 * go to a FileStore (memory up to a budget, then a temporary file) and are taken file by file.
 */
function mergeRun<F>(merged: MergedShares, sources: MergeSources<F>): ByFileRun {
  const { added, count, finish, baseline } = sources;
  const claims = new Map<string, { report: number; shownAs: string }>();
  const shares = sources.shares.map((share, report) => ({ ...share, read: (pass: 'count' | 'merge') => ownFiles(share.read(pass), { report, shownAs: share.shownAs }, merged.shareOf, claims) }));
  if (count) {
    for (const share of shares) for (const { file, items } of fileGroups(share.read('count'))) count(items, file);
    for (const [file, list] of added) count(list, file);
  }
  const objectsOf = groupBy(merged.objects, (o) => o.file);
  let store: FileStore<F> | undefined;
  const checkHeap = heapLooker();

  /** Every file once, in path order: the shares' reports read side by side. */
  function* sideBySide(): Generator<{ file: string; items: F[] }, void, undefined> {
    const names = [...new Set([...merged.files, ...added.keys()])].sort(byPath);
    const heads = shares.map((share) => {
      const groups = fileGroups(share.read('merge'), share.shownAs);
      return { groups, next: groups.next() };
    });
    try {
      for (let n = 0; ; ) {
        // The next file: the next listed, or one only a report names, whichever comes first.
        let file = n < names.length ? names[n] : undefined;
        for (const head of heads) if (!head.next.done && (file === undefined || head.next.value.file < file)) file = head.next.value.file;
        if (file === undefined) return;
        if (names[n] === file) n++;
        let items: F[] = [];
        for (const head of heads) {
          if (head.next.done || head.next.value.file !== file) continue;
          items = items.length === 0 ? head.next.value.items : items.concat(head.next.value.items);
          head.next = head.groups.next();
        }
        yield { file, items: items.concat(added.get(file) ?? []) };
      }
    } finally {
      for (const head of heads) head.groups.return();
    }
  }

  /** Every file once, in `order`: the shares' findings stored first. */
  function* stored(order: 'path' | 'input'): Generator<{ file: string; items: F[] }, void, undefined> {
    const kept = (store = new FileStore<F>(sources.holdFindings));
    const ordinals = new Map(merged.files.map((f, i) => [f, i]));
    const ordinal = (file: string): number => {
      let n = ordinals.get(file);
      if (n === undefined) ordinals.set(file, (n = ordinals.size));
      return n;
    };
    const stored = new Set<string>();
    for (const share of shares) {
      for (const { file, items } of fileGroups(share.read('merge'))) {
        // A file whose findings come back later in a report is joined to what it had.
        const list = stored.has(file) ? kept.take(ordinal(file)).findings.concat(items) : items;
        stored.add(file);
        kept.put(ordinal(file), { findings: list, objects: [] });
        checkHeap(items.length);
      }
    }
    for (const file of added.keys()) ordinal(file);
    const names = [...ordinals.keys()];
    for (const file of order === 'path' ? names.sort(byPath) : names) yield { file, items: kept.take(ordinal(file)).findings.concat(added.get(file) ?? []) };
  }

  const run: ReportRun = {
    ...(baseline ? { baseline: baseline.outcome() } : {}),
    ...(merged.unsafeFixes ? { unsafeFixes: true } : {}),
    ...(merged.skippedTemplates ? { skippedTemplates: merged.skippedTemplates } : {}),
    files: merged.files,
    daemonSets: merged.daemonSets,
    rules: merged.rules,
    cwd: merged.cwd,
    toolVersion: merged.toolVersion,
    ...(merged.coverage ? { coverage: merged.coverage } : {}),
  };
  let taken = false;
  return {
    run,
    ruleFailures: merged.ruleFailures,
    async *files(order) {
      if (taken) throw new Error('a run is reported once');
      taken = true;
      for (const { file, items } of order === 'path' && sources.stream ? sideBySide() : stored(order)) {
        const findings = finish(file, items);
        yield { file, findings, objects: objectsOf.get(file) ?? [] };
        checkHeap(findings.length + 1);
      }
    },
    close: () => store?.close(),
  };
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A report's items, checked to be one share's: every file they name was linted by the same share,
 * and no other report holds that share's. A report given twice, the single run's report, or the
 * reports of another split would otherwise merge into a report that is wrong without a word.
 */
function* ownFiles<F>(
  items: Iterable<[string, F]>,
  reader: { report: number; shownAs: string },
  shareOf: ReadonlyMap<string, string>,
  claims: Map<string, { report: number; shownAs: string }>,
): Generator<[string, F], void, undefined> {
  const { shownAs } = reader;
  let mine: string | undefined;
  let last: string | undefined;
  for (const entry of items) {
    const file = entry[0];
    if (file !== last) {
      last = file;
      const share = shareOf.get(file);
      if (share === undefined) throw new InputError(`"${shownAs}" holds findings of ${file}, which no share linted: give the merge each share's report with its --collect-out file`);
      if (mine === undefined) {
        const other = claims.get(share);
        if (other !== undefined && other.report !== reader.report) throw new InputError(`"${other.shownAs}" and "${shownAs}" both hold findings of share ${share}: give the merge each share's report once`);
        claims.set(share, reader);
        mine = share;
      } else if (share !== mine) {
        throw new InputError(`"${shownAs}" holds findings of share ${mine} and of share ${share}: a share's report holds its own files only (a single run's report, or one of another split?)`);
      }
    }
    yield entry;
  }
}

/**
 * A report's items a file at a time, as they come. With `inPathOrder` (the report's name), its
 * files must come in path order, each once, as daemonlint writes them.
 */
function* fileGroups<F>(items: Iterable<[string, F]>, inPathOrder?: string): Generator<{ file: string; items: F[] }, void, undefined> {
  let file: string | undefined;
  let list: F[] = [];
  for (const [itemFile, item] of items) {
    if (itemFile !== file) {
      if (file !== undefined) {
        if (inPathOrder !== undefined && !(file < itemFile)) {
          throw new InputError(`"${inPathOrder}" lists the findings of ${itemFile} after those of ${file}: a share's report must list its files in path order, as daemonlint writes it`);
        }
        yield { file, items: list };
      }
      file = itemFile;
      list = [];
    }
    list.push(item);
  }
  if (file !== undefined) yield { file, items: list };
}

/** The findings of a share's json report, each with its file, one at a time. */
function* jsonFindings(report: ShareReport, chunk?: number): Generator<[string, Finding], void, undefined> {
  let n = 0;
  for (const item of readElements(report.path, report.shownAs, ['findings'], chunk)) {
    n++;
    const problem = jsonFindingProblem(item);
    let finding: Finding | undefined;
    if (problem === undefined) {
      try {
        finding = fromJsonFinding(item as JsonFinding);
      } catch (error) {
        throw new InputError(`"${report.shownAs}": finding ${n} is not one daemonlint writes (${(error as Error).message})`);
      }
    }
    if (finding === undefined) throw new InputError(`"${report.shownAs}": finding ${n} is not one daemonlint writes (${problem})`);
    // A share linted with --chart-dir located it in its template too: annotations go there.
    restoreTemplatePlace(finding);
    yield [finding.file, finding];
  }
}

function jsonFindingProblem(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'not an object';
  const j = item as Record<string, unknown>;
  for (const key of ['ruleId', 'message', 'file', 'path']) if (typeof j[key] !== 'string') return `no ${key}`;
  for (const key of ['line', 'column', 'endLine', 'endColumn', 'documentIndex']) if (typeof j[key] !== 'number') return `no ${key}`;
  if (j.severity !== 'error' && j.severity !== 'warning' && j.severity !== 'info') return 'no severity';
  if (typeof j.object !== 'object' || j.object === null || Array.isArray(j.object)) return 'no object';
  for (const key of ['apiVersion', 'kind', 'namespace', 'name']) {
    const value = (j.object as Record<string, unknown>)[key];
    if (value !== undefined && typeof value !== 'string') return `object.${key} is not a string`;
  }
  for (const key of ['messageId', 'help', 'fixable', 'template']) if (j[key] !== undefined && typeof j[key] !== 'string') return `${key} is not a string`;
  if (j.related !== undefined) {
    if (!Array.isArray(j.related)) return 'related is not a list';
    for (const r of j.related as unknown[]) {
      const place = r as Record<string, unknown> | null;
      if (typeof place !== 'object' || place === null || typeof place.file !== 'string' || typeof place.message !== 'string') return 'a related place without file and message';
      for (const key of ['line', 'column', 'endLine', 'endColumn']) if (typeof place[key] !== 'number') return `a related place without ${key}`;
    }
  }
  return undefined;
}

/**
 * The results of a share's sarif report, each with its file; in the `merge` pass renumbered into
 * the merged run (which adds the artifacts and rules it lacks as they come).
 */
function* sarifResults(report: ShareReport, log: SarifLog, merge: SarifMerge, pass: 'count' | 'merge', chunk?: number): Generator<[string, SarifResult], void, undefined> {
  let n = 0;
  for (const item of readElements(report.path, report.shownAs, ['runs', 0, 'results'], chunk)) {
    n++;
    const problem = SarifMerge.problem(item, log);
    if (problem !== undefined) throw new InputError(`"${report.shownAs}": result ${n} is not one daemonlint writes (${problem})`);
    const result = item as SarifResult;
    yield [pass === 'merge' ? merge.take(log, result) : merge.fileOf(log, result), result];
  }
}
