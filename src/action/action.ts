/**
 * The GitHub Action (action.yml, bundled to dist/action.js): lints the checked-out repository,
 * writes a SARIF file for code scanning, annotates the most severe findings, writes a job
 * summary, sets outputs, and fails the step according to `fail-on`.
 *
 * It calls the engine directly, not the CLI, and loads no code from the repository unless the
 * workflow allows it (see guardRepositoryCode).
 */
import { coverageMarkdown } from '../report/coverage.js';
import { InventoryError } from '../inventory/problems.js';
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ConfigError, findConfigFile, normalizeKubeVersion, readConfigText } from '../config/config.js';
import { loadConfig } from '../run/configure.js';
import { lint, type LintRun } from '../run/lint.js';
import { lintByFile, type ByFileRun } from '../run/lint-by-file.js';
import { allowHeapCeiling, allowV8Tuning, v8Collector } from '../run/speed/index.js';
import { displayPath, InputError, STDIN_PATH } from '../inputs/load.js';
import { PluginError } from '../config/plugins.js';
import { describeError } from '../types/errors.js';
import type { Finding, ReportRun } from '../types/finding.js';
import { groupBy } from '../types/group-by.js';
import { visibleText } from '../report/safe-text.js';
import { pullRequestChanges, type Changes } from './changed.js';
import { ActionReport, annotationText, plural, type FailOn } from './report.js';

/** Config keys that would make daemonlint run code from the repository (plugins are JavaScript modules). */
const CODE_LOADING_KEYS = ['plugins'] as const;

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

interface Inputs {
  paths: string[];
  config?: string;
  kubeVersion?: string;
  failOn: FailOn;
  sarifFile: string;
  annotations: boolean;
  workingDirectory: string;
  allowRepositoryCode: boolean;
  /** Node inventory files (relative to working-directory); empty: the config's `nodes:`. */
  nodes: string[];
}

/** A bad input value: the step fails with this message. */
class ActionInputError extends Error {}

// The runner fills in action.yml's defaults, but the Action can also be started by hand (and is, by
// its tests), so every default is applied here too and must match action.yml.
function readInputs(): Inputs {
  const paths = core
    .getInput('paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paths.includes('-')) throw new ActionInputError('paths: "-" (standard input) is not available in the Action; list files, directories or globs');
  const failOn = core.getInput('fail-on') || 'error';
  if (!FAIL_ON.includes(failOn as FailOn)) throw new ActionInputError(`fail-on: "${failOn}" is not one of ${FAIL_ON.join(', ')}`);
  const kubeVersion = core.getInput('kube-version');
  const config = core.getInput('config');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: config === '' ? undefined : config,
    kubeVersion: kubeVersion === '' ? undefined : normalizeKubeVersion(kubeVersion),
    failOn: failOn as FailOn,
    sarifFile: core.getInput('sarif-file') || 'daemonlint.sarif',
    annotations: booleanInput('annotations', true),
    workingDirectory: core.getInput('working-directory') || '.',
    allowRepositoryCode: booleanInput('allow-repository-code', false),
    nodes: core
      .getInput('nodes')
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  };
}

/** A YAML 1.2 core-schema boolean, as workflow files write them; empty means the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionInputError(`${name}: "${value}" is not a boolean; use true or false`);
}

/**
 * A pull request from a fork runs the workflow on the fork's code. Linting that code is what the
 * Action is for; running it is not: a config that would load JavaScript from the repository
 * (plugins) stops the step unless the workflow sets `allow-repository-code: true`.
 */
function guardRepositoryCode(configFile: string | undefined, workspace: string, allowed: boolean): void {
  if (allowed || configFile === undefined) return;
  let raw: unknown;
  try {
    // Read as lint() reads it: a regular file of bounded size (a fork's config may be a link to /dev/zero).
    raw = load(readConfigText(configFile), { schema: CORE_SCHEMA });
  } catch {
    // Unreadable or invalid YAML: lint() reports it as a configuration error before loading anything.
    return;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
  const keys = CODE_LOADING_KEYS.filter((key) => loadsSomething((raw as Record<string, unknown>)[key]));
  if (keys.length === 0) return;
  throw new ActionInputError(
    `${displayPath(configFile, workspace)}: ${keys.join(', ')}: this configuration loads code from the repository, ` +
      'which the Action does not run unless the workflow sets `allow-repository-code: true`. ' +
      'Set it only in workflows that never run on code from untrusted pull requests (a pull request from a fork checks out the fork\'s code).',
  );
}

/** A setting that names anything to load (an empty list or null loads nothing). */
function loadsSomething(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const cwd = path.resolve(workspace, inputs.workingDirectory);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    throw new ActionInputError(`working-directory: "${inputs.workingDirectory}" is not a directory in ${workspace}`);
  }
  const configFile = inputs.config !== undefined ? path.resolve(cwd, inputs.config) : findConfigFile(cwd);
  guardRepositoryCode(configFile, workspace, inputs.allowRepositoryCode);

  const workerUrl = new URL('./worker.js', import.meta.url);
  const config = loadConfig(configFile ?? false, cwd);
  const options = {
    patterns: inputs.paths,
    cwd,
    config,
    kubeVersion: inputs.kubeVersion,
    ...(inputs.nodes.length > 0 ? { nodes: inputs.nodes } : {}),
    workerUrl: existsSync(fileURLToPath(workerUrl)) ? workerUrl : undefined,
  };
  // Annotations and code scanning place findings by their path in the repository, whatever the working directory.
  const rebase = rebaser(cwd, workspace);
  // Once the run has linted: a run that stops on its input runs no git (nor a fetch of the base commit).
  const changes = (): Changes | undefined => (inputs.annotations ? pullRequestChanges(process.env, workspace) : undefined);
  // As the CLI: the report is made file by file, so memory is bounded by the largest file, except
  // with a node inventory, whose coverage needs every DaemonSet's placement at once.
  const whole = inputs.nodes.length > 0 || (config.nodes?.length ?? 0) > 0;
  const byFile = whole ? undefined : await lintByFile(options);
  const result = whole ? await lint(options) : undefined;
  const { ruleFailures } = byFile ?? result!;
  const coverage = result?.coverage;
  let report: ActionReport | undefined;
  try {
    report = new ActionReport(reportView(byFile?.run ?? result!, rebase, workspace), inputs.annotations, changes());
    for await (const { file, findings } of filesOf(byFile, result)) report.add(rebase(file), findings.map((f) => rebaseFinding(f, rebase)));
    const sarifFile = path.resolve(cwd, inputs.sarifFile);
    try {
      report.writeSarif(sarifFile);
    } catch (error) {
      throw new ActionInputError(`sarif-file: cannot write "${displayPath(sarifFile, workspace)}": ${describeError(error)}`);
    }
    const { files, daemonSets } = report.run;
    core.startGroup(`daemonlint: ${files.length} ${plural(files.length, 'file')}, ${daemonSets} ${plural(daemonSets, 'DaemonSet')}`);
    report.printLog();
    core.endGroup();

    // A rule that threw leaves the results incomplete: said first, and it fails the step whatever fail-on says.
    for (const f of ruleFailures) core.error(annotationText(`rule ${f.ruleId} failed on ${f.where}: ${f.message}`), { title: visibleText(`daemonlint ${f.ruleId}`) });
    const annotated = report.annotate();
    const { counts } = report;

    core.setOutput('sarif-file', sarifFile);
    core.setOutput('errors', counts.errors);
    core.setOutput('warnings', counts.warnings);

    const failure =
      ruleFailures.length > 0 ? `${ruleFailures.length} ${plural(ruleFailures.length, 'rule failure')}: the results may be incomplete` : failureMessage(inputs.failOn, counts);
    if (process.env.GITHUB_STEP_SUMMARY) {
      const summary = report.summary(annotated, { failOn: inputs.failOn, failed: failure !== undefined, sarifFile: displayPath(sarifFile, workspace), ruleFailures: ruleFailures.length });
      // With a node inventory, where each DaemonSet runs follows the findings.
      await core.summary.addRaw(coverage ? `${summary}\n${coverageMarkdown(coverage)}` : summary).write();
    }
    if (failure !== undefined) fail(failure);
  } finally {
    report?.close();
    byFile?.close();
  }
}

/** A run's files with their findings, in path order: as lintByFile hands them over, or lint()'s (sorted by file) grouped. */
async function* filesOf(byFile: ByFileRun | undefined, result: LintRun | undefined): AsyncGenerator<{ file: string; findings: readonly Finding[] }> {
  if (byFile) yield* byFile.files('path');
  else for (const [file, findings] of groupBy(result?.findings ?? [], (f) => f.file)) yield { file, findings };
}

function failureMessage(failOn: FailOn, counts: { errors: number; warnings: number }): string | undefined {
  const problems = `${counts.errors} ${plural(counts.errors, 'error')} and ${counts.warnings} ${plural(counts.warnings, 'warning')}`;
  if (failOn === 'error' && counts.errors > 0) return `daemonlint found ${problems} (fail-on: error)`;
  if (failOn === 'warning' && counts.errors + counts.warnings > 0) return `daemonlint found ${problems} (fail-on: warning)`;
  return undefined;
}

/** A file's path from the repository root (POSIX separators), or its absolute path outside the repository. */
function rebaser(cwd: string, workspace: string): (file: string) => string {
  return (file) => {
    if (file === STDIN_PATH) return file;
    const absolute = path.resolve(cwd, file);
    const relative = path.relative(workspace, absolute);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return absolute;
    return relative.split(path.sep).join('/');
  };
}

/** A finding with every file it names (its own, its related places', its template's) named from the repository root. */
function rebaseFinding(f: Finding, rebase: (file: string) => string): Finding {
  const out: Finding = { ...f, file: rebase(f.file) };
  if (f.related) out.related = f.related.map((r) => ({ ...r, file: rebase(r.file) }));
  if (f.inTemplate) out.inTemplate = { ...f.inTemplate, file: rebase(f.inTemplate.file) };
  return out;
}

/** What the reports know of the run, with every file named from the repository root. */
function reportView(run: ReportRun, rebase: (file: string) => string, workspace: string): ReportRun {
  return {
    ...(run.skippedTemplates ? { skippedTemplates: run.skippedTemplates.map(rebase) } : {}),
    files: run.files.map(rebase),
    daemonSets: run.daemonSets,
    rules: run.rules,
    cwd: workspace,
    toolVersion: run.toolVersion,
  };
}

/** Fails the step: messages name files and quote config values, which a pull request controls. */
function fail(message: string): void {
  core.setFailed(annotationText(message));
}


// The Action's process is its own: it may tune V8 for large inputs and collect garbage past the
// heap's ceiling, as the CLI does (see run/speed/index.ts).
allowV8Tuning(setFlagsFromString);
allowHeapCeiling(v8Collector(setFlagsFromString, runInNewContext));
// Not a top-level await: a run whose promises never settle would end the process (exit 13) with
// no word; the flag lets the exit handler fail the step instead.
let finished = false;
run()
  .catch((error: unknown) => {
    if (error instanceof ConfigError) fail(`invalid configuration: ${error.message}`);
    else if (error instanceof InventoryError) fail(`invalid node inventory: ${error.message}`);
    else if (error instanceof InputError || error instanceof ActionInputError || error instanceof PluginError) fail(error.message);
    else fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  })
  .finally(() => {
    finished = true;
  });
process.on('exit', () => {
  if (finished) return;
  fail('the run ended before it produced its report (something it waited for never finished: a plugin?)');
  process.exitCode = 2;
});
