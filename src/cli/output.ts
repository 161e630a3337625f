import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseLevel } from '../config/config.js';
import { describeError } from '../types/errors.js';
import type { RuleFailure } from '../run/lint-document.js';
import type { Finding, Level, LintResult } from '../types/finding.js';

/** A mistake in how daemonlint was called (exit 2). */
export class UsageError extends Error {}

/** The report could not be written (a full disk, a closed terminal): exit 2 with this message. */
export class OutputError extends Error {}

export function parseRuleFlags(flags: readonly string[]): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule takes id=level (for example --rule probes=off), got "${flag}"`);
    const id = flag.slice(0, eq);
    try {
      out[id] = parseLevel(flag.slice(eq + 1), '--rule', id);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return out;
}

export function parseMaxWarnings(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const maxWarnings = Number(text);
  if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number of 0 or more, got "${text}"`);
  return maxWarnings;
}

export function exitCode(findings: readonly Finding[], maxWarnings?: number): number {
  const { errors, warnings } = problemCounts(findings);
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

/** Whether a report gets colours: a getter, since only formats with colours ask, and asking whether stdout is a terminal has a cost. */
export function colorChoice(
  io: { env: NodeJS.ProcessEnv; stdoutIsTTY: boolean },
  flags: { color?: boolean; 'no-color'?: boolean },
  outputFile: string | undefined,
): { readonly color: boolean } {
  return {
    get color() {
      return !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && !flags['no-color'] && (flags.color === true || (io.stdoutIsTTY && outputFile === undefined));
    },
  };
}

/** Where a report goes: `outputFile` (relative to `cwd`), else `to`; what else the run ends with goes to `stderr`. */
export interface ReportDestination {
  outputFile?: string;
  cwd: string;
  to: (text: string) => void;
  stderr: (text: string) => void;
  maxWarnings?: number;
  /** Fixed files that could not be written (exit 2). */
  notWritten?: number;
}

/**
 * Writes the report (to `outputFile`, else to `to`) and says what else the run ends with: stale
 * baseline entries, rules that failed, fixed files that could not be written. Returns the exit code.
 */
export async function deliverReport(
  report: string,
  run: { findings: readonly Finding[]; baseline?: LintResult['baseline']; ruleFailures: readonly RuleFailure[] },
  where: ReportDestination,
): Promise<number> {
  const { outputFile } = where;
  if (outputFile !== undefined) {
    try {
      await writeFile(path.resolve(where.cwd, outputFile), report);
    } catch (error) {
      throw new OutputError(`cannot write "${outputFile}": ${describeError(error)}`);
    }
  } else {
    where.to(report);
  }
  return finishRun({ ...run, ...problemCounts(run.findings) }, where);
}

function problemCounts(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.suppressions?.length) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

/** Once the report is out: stale baseline entries, rules that failed (exit 2), else the exit code of the problems reported. */
export function finishRun(
  run: { baseline?: LintResult['baseline']; ruleFailures: readonly RuleFailure[]; errors: number; warnings: number },
  where: Pick<ReportDestination, 'stderr' | 'maxWarnings' | 'notWritten'>,
): number {
  const { stderr } = where;
  if (run.baseline && run.baseline.stale.length > 0) {
    const n = run.baseline.stale.reduce((sum, e) => sum + e.count, 0);
    stderr(`daemonlint: ${n} finding${n === 1 ? '' : 's'} in the baseline ${run.baseline.file} no longer occur${n === 1 ? 's' : ''}; run --write-baseline to shrink it\n`);
  }
  if (run.ruleFailures.length > 0) {
    for (const f of run.ruleFailures) stderr(`daemonlint: rule ${f.ruleId} failed on ${f.where}: ${f.message}\n`);
    stderr('daemonlint: the report above lacks what the failed rules would have found\n');
    return 2;
  }
  const notWritten = where.notWritten ?? 0;
  if (notWritten > 0) {
    stderr(`daemonlint: ${notWritten} fixed ${notWritten === 1 ? 'file was' : 'files were'} not written (see above); the report describes the fixed text\n`);
    return 2;
  }
  if (run.errors > 0) return 1;
  if (where.maxWarnings !== undefined && run.warnings > where.maxWarnings) return 1;
  return 0;
}
