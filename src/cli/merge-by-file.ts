import { readElements } from '../inputs/json-elements.js';
import { InputError } from '../inputs/load.js';
import { PIECE } from '../report/file-writer.js';
import { fromJsonFinding, type JsonFinding } from '../report/json.js';
import { SarifMerge, resultFinding } from '../report/sarif-merge.js';
import { logEnds, resultsText, type SarifLog, type SarifResult } from '../report/sarif.js';
import { FileStore } from '../run/file-store.js';
import type { ByFileRun } from '../run/lint-by-file.js';
import { compareFindings } from '../run/lint-file.js';
import type { MergedShares } from '../run/merge.js';
import { keepHeapBelow } from '../run/speed/index.js';
import type { FileByFileBaseline } from '../suppress/baseline.js';
import type { CheckedObject, FileWriterFactory, Finding, LintResult, ReportRun } from '../types/finding.js';
import { groupBy } from '../types/group-by.js';

/**
 * `daemonlint merge` file by file: memory is bounded by the largest file's findings, not the
 * input's. Each share's report is read a finding (or SARIF result) at a time (inputs/json-elements.ts),
 * its files' findings kept as lintByFile keeps a run's (in memory up to a budget, then in a
 * temporary file), the baseline counting them on the way; then every file is handed to the
 * report in the writer's order, with what the merge adds to it, in the order a single run has
 * them. The result is a run deliverByFile writes as it writes a single run's.
 */

/** A share's report: where to read it, and its name in messages. */
export interface ShareReport {
  path: string;
  shownAs: string;
}

/** Findings held in memory before the oldest files go to a temporary file (as lintByFile's HOLD_FINDINGS). */
const HOLD_FINDINGS = 5_000;

/** Small in tests: findings held before they go to a temporary file, bytes of a report read at once. */
export interface MergeLimits {
  holdFindings?: number;
  chunk?: number;
}
/** Findings read or given out between two looks at the heap (as lintByFile's). */
const CHECK_HEAP_EVERY = 2_000;

/** The run a merge of the shares' json reports writes: any format but sarif. */
export function jsonMergeByFile(reports: readonly ShareReport[], merged: MergedShares, baseline: FileByFileBaseline | undefined, limits: MergeLimits = {}): ByFileRun {
  const files = new ShareFiles<Finding>(merged, limits.holdFindings ?? HOLD_FINDINGS);
  try {
    for (const report of reports) files.add(jsonFindings(report, limits.chunk), (list) => baseline?.count(list));
    const added = groupBy(merged.findings, (f) => f.file);
    baseline?.count(merged.findings);
    for (const file of added.keys()) files.ordinal(file);
    return files.run(baseline, function* (order) {
      for (const file of files.names(order)) {
        let findings = files.take(file).concat(added.get(file) ?? []);
        findings.sort(compareFindings);
        if (baseline) findings = baseline.apply(file, findings);
        yield { file, findings };
      }
    });
  } catch (error) {
    files.close();
    throw error;
  }
}

/** The run a merge of the shares' sarif reports writes, and the writer of its log (a share's results are written as they were). */
export function sarifMergeByFile(
  logs: readonly { report: ShareReport; log: SarifLog }[],
  merged: MergedShares,
  added: LintResult,
  baseline: FileByFileBaseline | undefined,
  limits: MergeLimits = {},
): { byFile: ByFileRun; writer: FileWriterFactory } {
  const files = new ShareFiles<SarifResult>(merged, limits.holdFindings ?? HOLD_FINDINGS);
  try {
    const merge = new SarifMerge(added);
    for (const { report, log } of logs) {
      files.add(sarifResults(report, log, merge, limits.chunk), (list, file) => baseline?.count(list.map((r) => resultFinding(r, file))));
    }
    for (const [file, list] of merge.added) {
      files.ordinal(file);
      baseline?.count(list.map((r) => resultFinding(r, file)));
    }
    // The results of the file being written, by the finding that stands for each.
    const resultOf = new Map<Finding, SarifResult>();
    const byFile = files.run(baseline, function* () {
      for (const file of files.names('path')) {
        const { results, findings } = merge.file(file, files.take(file).concat(merge.added.get(file) ?? []), baseline ? (all) => baseline.apply(file, all) : undefined);
        resultOf.clear();
        findings.forEach((f, i) => resultOf.set(f, results[i]));
        yield { file, findings };
      }
    });
    let written = 0;
    const writer: FileWriterFactory = () => ({
      order: 'path',
      file(_file, findings, _objects, write) {
        for (let start = 0; start < findings.length; start += PIECE) {
          write(resultsText(findings.slice(start, start + PIECE).map((f) => resultOf.get(f)!), written === 0));
          written += Math.min(PIECE, findings.length - start);
        }
      },
      ends: () => logEnds(merge.head(), written),
    });
    return { byFile, writer };
  } catch (error) {
    files.close();
    throw error;
  }
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
    yield [finding.file, finding];
  }
}

function jsonFindingProblem(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return 'not an object';
  const j = item as Record<string, unknown>;
  for (const key of ['ruleId', 'message', 'file', 'path']) if (typeof j[key] !== 'string') return `no ${key}`;
  for (const key of ['line', 'column', 'endLine', 'endColumn', 'documentIndex']) if (typeof j[key] !== 'number') return `no ${key}`;
  if (j.severity !== 'error' && j.severity !== 'warning' && j.severity !== 'info') return 'no severity';
  if (typeof j.object !== 'object' || j.object === null) return 'no object';
  if (j.related !== undefined && !Array.isArray(j.related)) return 'related is not a list';
  return undefined;
}

/** The results of a share's sarif report, each renumbered into the merged run, with its file. */
function* sarifResults(report: ShareReport, log: SarifLog, merge: SarifMerge, chunk?: number): Generator<[string, SarifResult], void, undefined> {
  let n = 0;
  for (const item of readElements(report.path, report.shownAs, ['runs', 0, 'results'], chunk)) {
    n++;
    const problem = SarifMerge.problem(item, log);
    if (problem !== undefined) throw new InputError(`"${report.shownAs}": result ${n} is not one daemonlint writes (${problem})`);
    const result = item as SarifResult;
    yield [merge.take(log, result), result];
  }
}

/**
 * The shares' findings (or results) by file, in the store until the report takes them; files in
 * a single run's order, and the checked DaemonSets of each (junit's passing cases).
 */
class ShareFiles<F> {
  private readonly kept: FileStore<F>;
  private readonly ordinals: Map<string, number>;
  private readonly stored = new Set<string>();
  private readonly objectsOf: Map<string, CheckedObject[]>;
  private sinceCheck = 0;

  constructor(
    private readonly merged: MergedShares,
    holdFindings: number,
  ) {
    this.kept = new FileStore<F>(holdFindings);
    this.ordinals = new Map(merged.files.map((f, i) => [f, i]));
    this.objectsOf = groupBy(merged.objects, (o) => o.file);
  }

  /** A file's place among the run's; a file no share listed (a report that names another) comes after them. */
  ordinal(file: string): number {
    let n = this.ordinals.get(file);
    if (n === undefined) this.ordinals.set(file, (n = this.ordinals.size));
    return n;
  }

  /**
   * A report's items, each file's (together in a report) stored when the next file begins, and
   * counted (`count`); a file that comes back is joined to what it had.
   */
  add(items: Iterable<[string, F]>, count: (list: F[], file: string) => void): void {
    let file: string | undefined;
    let list: F[] = [];
    const put = (): void => {
      if (file === undefined) return;
      count(list, file);
      const ordinal = this.ordinal(file);
      if (this.stored.has(file)) list = this.kept.take(ordinal).findings.concat(list);
      this.stored.add(file);
      this.kept.put(ordinal, { findings: list, objects: [] });
      this.checkHeap(list.length);
    };
    for (const [itemFile, item] of items) {
      if (itemFile !== file) {
        put();
        file = itemFile;
        list = [];
      }
      list.push(item);
    }
    put();
  }

  /** Every file once: in path order (the findings'), or as a single run lists them. */
  names(order: 'path' | 'input'): string[] {
    const names = [...this.ordinals.keys()];
    return order === 'path' ? names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : names;
  }

  take(file: string): F[] {
    return this.kept.take(this.ordinal(file)).findings;
  }

  /** The run over `each` file's findings (in report order, the baseline applied), with its checked DaemonSets. */
  run(baseline: FileByFileBaseline | undefined, each: (order: 'path' | 'input') => Iterable<{ file: string; findings: Finding[] }>): ByFileRun {
    const { merged } = this;
    const run: ReportRun = {
      ...(baseline ? { baseline: baseline.outcome() } : {}),
      ...(merged.unsafeFixes ? { unsafeFixes: true } : {}),
      files: merged.files,
      daemonSets: merged.daemonSets,
      rules: merged.rules,
      cwd: merged.cwd,
      toolVersion: merged.toolVersion,
      ...(merged.coverage ? { coverage: merged.coverage } : {}),
    };
    let taken = false;
    const objectsOf = this.objectsOf;
    const checkHeap = (findings: number): void => this.checkHeap(findings);
    return {
      run,
      ruleFailures: merged.ruleFailures,
      async *files(order) {
        if (taken) throw new Error('a run is reported once');
        taken = true;
        for (const { file, findings } of each(order)) {
          yield { file, findings, objects: objectsOf.get(file) ?? [] };
          checkHeap(findings.length + 1);
        }
      },
      close: () => this.close(),
    };
  }

  close(): void {
    this.kept.close();
  }

  /** Asked every so many findings: asking reads /proc. */
  private checkHeap(findings: number): void {
    this.sinceCheck += findings;
    if (this.sinceCheck < CHECK_HEAP_EVERY) return;
    this.sinceCheck = 0;
    keepHeapBelow();
  }
}
