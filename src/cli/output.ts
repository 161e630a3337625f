import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseLevel } from '../config/config.js';
import { describeError } from '../types/errors.js';
import { isSuppressed } from '../report/json.js';
import type { RuleFailure } from '../run/lint-document.js';
import type { Finding, FormatOptions, Level, LintResult } from '../types/finding.js';
import { setOwn } from '../types/own-key.js';
import { didYouMean } from '../types/suggest.js';

/** A mistake in how daemonlint was called (exit 2). */
export class UsageError extends Error {}

/** The options of a run that the lint command and `daemonlint merge` share: its configuration and its report. */
export const REPORT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'kube-version': { type: 'string' },
  'max-warnings': { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'chart-dir': { type: 'string' },
  nodes: { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'show-suppressed': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * parseArgs's own messages, in daemonlint's words: an unknown option gets the closest known one
 * (`--fixx`: did you mean --fix?), as ESLint and ruff suggest. `command` is what takes them
 * (`daemonlint`, or `daemonlint merge` with its own options).
 */
export function parseArgsMessage(error: Error & { code?: string }, optionNames: readonly string[], command = 'daemonlint'): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const flag = unknown[1];
    const names = optionNames.map((name) => `--${name}`);
    const hint = flag.startsWith('--') ? didYouMean(flag, names, false) : '';
    const what = command === 'daemonlint' ? 'lint' : 'read';
    return `unknown option ${flag}${hint} (${command} --help lists the options; to ${what} a file whose name starts with -, write ./${flag.replace(/^-+/, '')} or put it after --)`;
  }
  return error.message;
}

/** The report could not be written (a full disk, a closed terminal): exit 2 with this message. */
export class OutputError extends Error {}

export function parseRuleFlags(flags: readonly string[]): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(`--rule takes id=level (for example --rule probes=off), got "${flag}"`);
    const id = flag.slice(0, eq);
    try {
      setOwn(out, id, parseLevel(flag.slice(eq + 1), '--rule', id));
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

/**
 * How a report is formatted for where it goes: getters, since only stylish asks, and asking about
 * the terminal has a cost (see main.ts). A report written with -o is not cut to a width.
 */
export function reportOptions(
  io: { env: NodeJS.ProcessEnv; stdoutIsTTY: boolean; stdoutColumns?: number },
  flags: { color?: boolean; 'no-color'?: boolean; verbose?: boolean },
  outputFile: string | undefined,
): FormatOptions {
  return {
    get color() {
      return colorWanted(io, flags, outputFile !== undefined);
    },
    get columns() {
      return outputFile === undefined ? terminalColumns(io) : undefined;
    },
    get links() {
      return outputFile === undefined && io.stdoutIsTTY && supportsHyperlinks(io.env);
    },
    verbose: flags.verbose === true,
  };
}

/** Where a report goes: `outputFile` (relative to `cwd`), else `to`; what else the run ends with goes to `stderr`. */
export interface ReportDestination {
  outputFile?: string;
  cwd: string;
  to: (text: string) => void;
  /** The same destination for bytes that are UTF-8 already, when it takes them as they are. */
  toBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  maxWarnings?: number;
  /** Fixed files that could not be written (exit 2). */
  notWritten?: number;
}

/**
 * Colour: NO_COLOR (non-empty) always turns it off, as the help says; then --no-color and --color;
 * then FORCE_COLOR (0 or false: off, anything else: on), as Node and most CLIs read it; else
 * colour when the report goes to a terminal.
 */
function colorWanted(io: { env: NodeJS.ProcessEnv; stdoutIsTTY: boolean }, values: { color?: boolean; 'no-color'?: boolean }, toFile: boolean): boolean {
  if ('NO_COLOR' in io.env && io.env.NO_COLOR !== '') return false;
  if (values['no-color']) return false;
  if (values.color === true) return true;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return io.stdoutIsTTY && !toFile;
}

/**
 * The width stylish keeps each finding to: the terminal's; without one, COLUMNS when set (a
 * pager or CI log that says how wide it is), else 80, what a pipe into anything can show.
 */
function terminalColumns(io: { env: NodeJS.ProcessEnv; stdoutIsTTY: boolean; stdoutColumns?: number }): number {
  const fromEnv = Number(io.env.COLUMNS);
  if (io.stdoutIsTTY && io.stdoutColumns !== undefined && io.stdoutColumns > 0) return io.stdoutColumns;
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/**
 * Whether the terminal shows OSC 8 hyperlinks (the rule id links to its page). FORCE_HYPERLINK
 * decides when set (0: no); otherwise the terminals known to support them, as supports-hyperlinks
 * tells them apart; never in CI logs or a dumb terminal, which print the escapes as text.
 */
export function supportsHyperlinks(env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.CI !== undefined || env.TERM === 'dumb' || env.TEAMCITY_VERSION !== undefined) return false;
  if (env.WT_SESSION !== undefined || env.KITTY_WINDOW_ID !== undefined || env.KONSOLE_VERSION !== undefined || env.DOMTERM !== undefined) return true;
  if (env.TERM === 'xterm-kitty' || env.TERM === 'xterm-ghostty' || env.TERM === 'alacritty' || env.TERM === 'foot' || env.TERM === 'wezterm') return true;
  if (Number(env.VTE_VERSION) >= 5000) return true;
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
    case 'WezTerm':
    case 'vscode':
    case 'ghostty':
    case 'Hyper':
    case 'zed':
      return true;
    default:
      return false;
  }
}


/**
 * Writes the report, whole or in pieces (to `outputFile`, else to `to`), and says what else the run ends with: stale
 * baseline entries, rules that failed, fixed files that could not be written. Returns the exit code.
 */
export async function deliverReport(
  report: string | Iterable<string>,
  run: { findings: readonly Finding[]; baseline?: LintResult['baseline']; ruleFailures: readonly RuleFailure[] },
  where: ReportDestination,
): Promise<number> {
  const { outputFile } = where;
  if (outputFile !== undefined) {
    try {
      const file = path.resolve(where.cwd, outputFile);
      // As ESLint's -o: a report path in a directory that does not exist yet (reports/daemonlint.sarif) is created.
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, report);
    } catch (error) {
      throw new OutputError(`cannot write "${outputFile}": ${describeError(error)}`);
    }
  } else if (typeof report === 'string') {
    where.to(report);
  } else {
    for (const piece of report) where.to(piece);
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
  // As ESLint does: a run that fails on warnings alone says so, or exit 1 would look unexplained.
  if (where.maxWarnings !== undefined && run.warnings > where.maxWarnings) {
    stderr(`daemonlint: too many warnings (${run.warnings}, --max-warnings ${where.maxWarnings}): exit 1\n`);
  }
  if (run.errors > 0) return 1;
  if (where.maxWarnings !== undefined && run.warnings > where.maxWarnings) return 1;
  return 0;
}

/** --quiet, as ESLint's: errors only; suppressed findings too with --show-suppressed. */
export function quietShows(showSuppressed: boolean): (finding: Finding) => boolean {
  return (f) => (isSuppressed(f) ? showSuppressed : f.severity === 'error');
}
