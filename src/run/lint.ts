import path from 'node:path';
import { ConfigError, engineRuleLevel, normalizeKubeVersion, type Config } from '../config/config.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { locateInTemplates, templatesByDocument } from '../inputs/helm.js';
import { withoutIgnored } from '../inputs/ignore.js';
import { DEFAULT_MAX_FILE_SIZE, displayPath, InputError, readAllStdin, readSource, resolveInputs, STDIN_PATH, type ReadOptions } from '../inputs/load.js';
import { shardOf, type Shard } from '../inputs/shard.js';
import { builtinRules } from '../rules/index.js';
import { defaultKubeVersion } from '../schema/validators.js';
import { applySuppressions } from '../suppress/apply.js';
import { applyBaseline, readBaseline, type BaselineOutcome } from '../suppress/baseline.js';
import type { Directive } from '../suppress/comments.js';
import type { CheckedObject, Finding, Level, LintResult } from '../types/finding.js';
import type { AnyRule } from '../types/rule.js';
import { boundedRef, boundFinding } from '../types/bounded-text.js';
import { VERSION } from '../version.js';
import type { Inventory } from '../types/inventory.js';
import { loadInventory } from '../inventory/load.js';
import { planFleet } from '../inventory/plan.js';
import { coverageReport } from '../inventory/coverage.js';
import { loadLenientReader } from '../yaml/parse.js';
import { SourceFile } from '../yaml/source-file.js';
import { runInputRules } from './across-input.js';
import { activeRulesFor, checkKubeVersion, configDir, loadConfig } from './configure.js';
import { fixFile } from './fix-file.js';
import { lintContext, type LintCache, type LintedContext } from './lint-context.js';
import type { RuleFailure } from './lint-document.js';
import { compareFindings, prepareRules, syntaxFinding, YAML_SYNTAX, type FileResult } from './lint-file.js';
import { ruleInfos } from './rule-info.js';
import { buildShare, chartDirKey, configKey, textHash, type Share } from './share.js';
import { defaultConcurrency, lintSources } from './speed/index.js';

export interface LintOptions {
  /** Files, directories, globs, or `-` for standard input. */
  patterns?: readonly string[];
  /** In-memory inputs, linted as if they were files at these paths. */
  texts?: readonly { path: string; text: string }[];
  /**
   * Files that the rules across the input (selector-overlap, hostport-conflict) compare the inputs
   * with, without reporting on them: the rest of a workspace, for an editor that lints the file
   * being edited (`texts`) against the files around it. The inputs come after the context, so a
   * finding about a pair of objects (which such rules report on the later one) is about the
   * input's object. A path that is also an input is left out.
   */
  context?: readonly { path: string; text: string }[];
  /** Keeps what `context` files yielded from one run to the next (see LintCache). */
  cache?: LintCache;
  cwd?: string;
  /** A config file to use instead of searching for `.daemonlint.yaml`; `false` uses no file. */
  configFile?: string | false;
  /** A configuration object, used instead of any file. */
  config?: Config;
  /** `--rule id=level` overrides. */
  ruleOverrides?: Record<string, Level>;
  kubeVersion?: string;
  /** The run's clock, for justification expiry. */
  now?: Date;
  /** Standard input's bytes (decoded as files are) or text; by default process.stdin is read. */
  readStdin?: () => Promise<string | Uint8Array>;
  /** The largest input read, in bytes (default: the config's `maxFileSize`, else 64 MiB); larger ones are a finding. */
  maxFileSize?: number;
  /**
   * A pattern, directory or path that yields no file, empty standard input, or no input at all
   * left to lint is an InputError (default true, as ESLint's `--no-error-on-unmatched-pattern` turns off).
   */
  errorOnUnmatchedPattern?: boolean;
  /** The path standard input stands for (`--stdin-filename`): findings, SARIF and baselines name it instead of `<stdin>`. Never written to. */
  stdinFilename?: string;
  rules?: readonly AnyRule[];
  /** Threads to lint large inputs with (default: one less than the machine's cores, at most 4). */
  concurrency?: number;
  /** The bundled worker script, for parallel runs (the CLI passes it). */
  workerUrl?: URL;
  /** A Helm chart directory: findings in `helm template` output are also located in their templates. */
  chartDir?: string;
  /** A baseline file whose findings are left out (default: the config's `baseline`); `false` for none. */
  baselineFile?: string | false;
  /**
   * Compute fixes (the caller decides whether to write them); `rules` limits them to those ids;
   * `unsafe` applies unsafe fixes too (ruff's `--unsafe-fixes`), where by default only safe ones are.
   */
  fix?: { rules?: ReadonlySet<string>; unsafe?: boolean };
  /**
   * Unsafe fixes are enabled for this run (`--unsafe-fixes`), so reports count them among the
   * fixable ones instead of as hidden; implied by `fix.unsafe`.
   */
  unsafeFixes?: boolean;
  /**
   * Node inventory files (`--nodes`), relative to `cwd`: used instead of the config's `nodes:`.
   * Rules that need an inventory (node-coverage, node-fit) run only when there is one.
   */
  nodes?: readonly string[];
  /** An inventory already read (inventory/load.ts), used instead of any files. */
  inventory?: Inventory;
  /**
   * With an inventory, compute `coverage` (default true). Reports that do not show it (all but
   * json and coverage) turn it off: for 5,000 nodes it lists every node each DaemonSet misses.
   */
  coverage?: boolean;
  /**
   * Give fixable findings their edit (`finding.fix`; default true). Reports that never show a fix
   * (json, github, junit, gitlab) turn it off: finding each edit's place costs a tenth of a large run.
   */
  fixEdits?: boolean;
  /** Lint only this share of the input files (`--shard k/n`; see inputs/shard.ts); `texts` are always linted. */
  shard?: Shard;
  /**
   * This run is one share of a sharded run that `daemonlint merge` completes (`--collect-out`):
   * the rules across the input only collect (the merge runs them over every share's objects), the
   * baseline is left to the merge (its counts span shares), and the result carries the `share`.
   */
  collect?: boolean;
}

/** What fixing did to one file. */
export interface FileFix {
  source: SourceFile;
  /** The fixed text (with its BOM, if the file had one). */
  output: string;
  fixed: number;
  /** Why the fixed text was rejected (then `output` is the original). */
  failure?: string;
  /** Fixes left out (each with why) while the file's others were applied. */
  skipped: { finding: Finding; reason: string }[];
}

export interface LintRun extends LintResult {
  sources: SourceFile[];
  config: Config;
  /** Per file, when fixes were asked for. */
  fixes: FileFix[];
  /** Rules that threw (the run went on without them for that object); the CLI exits 2. */
  ruleFailures: RuleFailure[];
  /** With `collect`: what `daemonlint merge` needs of this share. */
  share?: Share;
  /** The node inventory of the run, when one was given. */
  inventory?: Inventory;
}

/**
 * Lints these inputs: the one entry point of a run, for the CLI, the Action and the library.
 * Stages, in order: configuration and rules (configure.ts), the inputs (inputs/), every document
 * of every file (lint-file.ts, on threads for large inputs: speed/), rules across the input
 * (across-input.ts), suppressions and Helm template names (suppress/, inputs/helm.ts), the
 * baseline. With `fix`, each file goes through the fix loop (fix-file.ts) instead.
 */
export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const { cwd, config, active, settings, inventory } = await prepareRun(options);
  await prepareRules(active, settings);

  const sources: SourceFile[] = [];
  for (const t of options.texts ?? []) sources.push(new SourceFile(t.path, t.text));
  const { allFiles, files, skippedTemplates } = await inputFiles(options, config, cwd, sources.length);
  const shard = options.shard;
  const maxFileSize = options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const readStdin = options.readStdin ?? (() => readAllStdin(process.stdin, maxFileSize));
  sources.push(...(await readAll(files, cwd, readStdin, { maxFileSize, snapshot: options.fix !== undefined }, options.stdinFilename)));

  const context = await lintContext(options.context ?? [], new Set(sources.map((s) => s.path)), active, settings, options.cache);

  const fixes: FileFix[] = [];
  let results: Omit<FileResult, 'wantsLenientReader'>[];
  if (options.fix) {
    const known = new Set(active.map((a) => a.rule.id));
    for (const id of options.fix.rules ?? []) {
      if (!known.has(id)) throw new ConfigError('--fix-type', id, `not a rule that runs; rules that run: ${[...known].sort().join(', ')}`);
    }
    await loadLenientReader();
    results = sources.map((source) => {
      const outcome = fixFile(source, active, settings, { rules: options.fix?.rules, unsafe: options.fix?.unsafe });
      const fix: FileFix = { source, output: outcome.output, fixed: outcome.fixed.length, skipped: outcome.skipped };
      if (outcome.failure) fix.failure = outcome.failure;
      fixes.push(fix);
      return outcome.result;
    });
  } else {
    results = await lintSources(sources, active, settings, {
      concurrency: options.concurrency ?? defaultConcurrency(),
      workerUrl: options.workerUrl,
      builtinRules,
    });
  }
  const findings: Finding[] = [];
  const ruleFailures: RuleFailure[] = [];
  let daemonSets = 0;
  // A share only collects for the rules across the input: the merge runs them, and judges the directives they may use.
  const acrossInput = new Set(active.filter((a) => a.rule.checkAll).map((a) => a.rule.id));
  const deferred = new Map<string, Directive[]>();
  if (!options.collect) await addInputFindings(results, sources, context, active, settings, ruleFailures);
  addReadProblems(results, sources);
  results.forEach((result, i) => {
    daemonSets += result.daemonSets;
    ruleFailures.push(...result.failures);
    const judgement = options.collect ? { defer: acrossInput } : {};
    const held = applySuppressions(sources[i], result.findings, { file: config.file, entries: config.exclude }, settings, judgement);
    if (held.length > 0) deferred.set(sources[i].path, held);
    finishFindings(sources[i], result.findings);
    for (const f of result.findings) findings.push(f);
  });
  if (options.chartDir !== undefined) await locateInTemplates(findings, path.resolve(cwd, options.chartDir), cwd);
  findings.sort(compareFindings);
  const baselineOutcome = options.collect ? undefined : await baselineFor(options, config, cwd, findings);
  const checked = results.flatMap((r) => boundChecked(r.checked));
  let share: Share | undefined;
  if (options.collect) {
    const texts = options.texts?.length ?? 0;
    const ordinal = new Map(allFiles.map((f, i) => [displayPath(f, cwd), texts + i]));
    share = buildShare({
      shard: shard ?? { index: 1, count: 1 },
      configKey: configKey(active, settings, config),
      unsafeFixes: options.unsafeFixes === true || options.fix?.unsafe === true,
      toolVersion: VERSION,
      files: sources.map((source, i) => ({ path: source.path, ordinal: ordinal.get(source.path) ?? i, sha256: () => textHash(source) })),
      daemonSets,
      checked,
      objects: results.flatMap((r) => r.objects),
      deferred,
      failures: ruleFailures,
      ...(inventory ? { inventory } : {}),
      planned: results.flatMap((r) => r.planned),
      chartDir: chartDirKey(options.chartDir, cwd),
      skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd)),
    });
  }
  const coverage = inventory && options.coverage !== false ? coverageReport(planFleet(results.flatMap((r) => r.planned), inventory), inventory) : undefined;
  return {
    ...(share ? { share } : {}),
    ...(baselineOutcome ? { baseline: baselineOutcome } : {}),
    ...(options.unsafeFixes || options.fix?.unsafe ? { unsafeFixes: true } : {}),
    ...(inventory ? { inventory } : {}),
    ...(coverage ? { coverage } : {}),
    ...(skippedTemplates.length > 0 ? { skippedTemplates: skippedTemplates.map((dir) => displayPath(dir, cwd)) } : {}),
    findings,
    files: sources.map((s) => s.path),
    daemonSets,
    rules: ruleInfos(active.map((a) => a.rule), settings),
    cwd,
    toolVersion: VERSION,
    sources,
    config,
    fixes,
    ruleFailures,
    objects: checked,
  };
}

/**
 * The files a run reads, in order (`allFiles`), and of those the ones this run lints (`files`: its
 * share, with `--shard`). `texts`: how many in-memory inputs come besides them.
 */
export async function inputFiles(
  options: Pick<LintOptions, 'patterns' | 'shard' | 'errorOnUnmatchedPattern'>,
  config: Config,
  cwd: string,
  texts: number,
): Promise<{ allFiles: string[]; files: string[]; skippedTemplates: string[] }> {
  const errorOnUnmatchedPattern = options.errorOnUnmatchedPattern !== false;
  const skippedTemplates: string[] = [];
  const found = await resolveInputs(options.patterns ?? [], cwd, { errorOnUnmatchedPattern, skipped: skippedTemplates });
  const allFiles = withoutIgnored(found, config.ignore, configDir(config, cwd));
  if (errorOnUnmatchedPattern && allFiles.length === 0 && texts === 0 && (options.patterns ?? []).length > 0) {
    // Nothing read is not success: a run that lints nothing must not look like a clean one.
    throw new InputError(
      found.length > 0
        ? `all ${found.length} ${found.length === 1 ? 'file' : 'files'} found for ${quoteList(options.patterns!)} ${found.length === 1 ? 'is' : 'are'} ignored by the ignore setting of ${config.file ?? 'the configuration'}`
        : `nothing to lint in ${quoteList(options.patterns!)}`,
    );
  }
  const listed = new Set(allFiles);
  for (const file of await policyFiles(config, cwd)) if (!listed.has(file)) allFiles.push(file);
  // A share of a --shard matrix may be empty: the check above is on all the files, not the share's.
  const shard = options.shard;
  const files = shard ? allFiles.filter((f) => shardOf(displayPath(f, cwd), shard.count) === shard.index) : allFiles;
  return { allFiles, files, skippedTemplates };
}

/** The config's `policies:` paths (admission policies read with every run), relative to the config file. */
export async function policyFiles(config: Config, cwd: string): Promise<string[]> {
  if (!config.policies?.length) return [];
  try {
    return await resolveInputs(config.policies, configDir(config, cwd));
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(config.file ?? '(defaults)', 'policies', error.message);
    throw error;
  }
}

/** What a run is set up with, for lint() and for `daemonlint merge`: the configuration, its rules (not yet prepared), the settings. */
export async function prepareRun(
  options: Pick<LintOptions, 'cwd' | 'config' | 'configFile' | 'ruleOverrides' | 'rules' | 'kubeVersion' | 'now' | 'fix' | 'fixEdits' | 'nodes' | 'inventory'>,
): Promise<{ cwd: string; config: Config; active: ActiveRule[]; settings: RunSettings; inventory?: Inventory }> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(options.configFile, cwd);
  const inventory = options.inventory ?? (await inventoryFor(options, config, cwd));
  // Rules that read the inventory run only with one: without it they could say nothing.
  const active = (await activeRulesFor(config, cwd, options.ruleOverrides, options.rules)).filter((a) => inventory !== undefined || !a.rule.meta.requiresInventory);
  const settings: RunSettings = {
    kubeVersion: normalizeKubeVersion(options.kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    now: options.now ?? new Date(),
    requireReason: config.requireReason,
    unusedSuppression: engineRuleLevel(config, 'unused-suppression', options.ruleOverrides),
    duplicateKey: engineRuleLevel(config, 'duplicate-key', options.ruleOverrides),
    contentAfterEnd: engineRuleLevel(config, 'content-after-end', options.ruleOverrides),
    helmTemplate: engineRuleLevel(config, 'helm-template', options.ruleOverrides),
    fixEdits: options.fix !== undefined || options.fixEdits !== false,
  };
  checkKubeVersion(settings.kubeVersion, options.kubeVersion !== undefined, config);
  if (!inventory) return { cwd, config, active, settings };
  settings.inventory = inventory;
  return { cwd, config, active, settings, inventory };
}

/** Reads the inputs in order (see readSource for why synchronously). */
async function readAll(files: readonly string[], cwd: string, readStdin: () => Promise<string | Uint8Array>, options: ReadOptions, stdinFilename?: string): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const file of files) {
    const source = await readSource(file, cwd, readStdin, options);
    // Named, but with no absolute path: --fix still prints standard input's fixed text instead of writing the file.
    out.push(file === STDIN_PATH && stdinFilename !== undefined ? new SourceFile(displayPath(path.resolve(cwd, stdinFilename), cwd), source.text, undefined, source.origin) : source);
  }
  return out;
}

function quoteList(patterns: readonly string[]): string {
  return patterns.map((p) => `"${p}"`).join(', ');
}

/**
 * What kept an input's bytes from being text Kubernetes reads (not UTF-8, a NUL byte, UTF-32,
 * over the size limit: inputs/decode.ts) is a yaml-syntax error at that place, so that such a
 * file never passes clean; the parser's own finding at the same place gives way to it.
 */
export function addReadProblems(results: Pick<FileResult, 'findings'>[], sources: readonly SourceFile[]): void {
  sources.forEach((source, i) => {
    for (const problem of source.origin?.problems ?? []) {
      const chunk = source.documents.find((c) => problem.offset >= c.start && problem.offset < c.end);
      const finding = syntaxFinding(source, { index: chunk?.index ?? 0, offset: problem.offset, message: problem.message });
      if (problem.help !== undefined) finding.help = problem.help;
      const findings = results[i].findings;
      const same = findings.findIndex((f) => f.ruleId === YAML_SYNTAX && f.range.start.offset === problem.offset);
      if (same === -1) findings.push(finding);
      else findings[same] = finding;
    }
  });
}

/**
 * Rules across the input see every file's objects they collect, the context's first; their
 * findings join their files' (findings in context files are not reported).
 */
async function addInputFindings(
  results: Pick<FileResult, 'findings' | 'objects'>[],
  sources: readonly SourceFile[],
  context: LintedContext,
  active: readonly ActiveRule[],
  settings: RunSettings,
  failures: RuleFailure[],
): Promise<void> {
  const objects = [...context.objects, ...results.flatMap((r) => r.objects)];
  const byPath = new Map([...context.sources, ...sources].map((s) => [s.path, s]));
  const input = await runInputRules(objects, byPath, active, settings, context.sources.length > 0 ? new Set(sources.map((s) => s.path)) : undefined);
  failures.push(...input.failures);
  const index = new Map(sources.map((s, i) => [s.path, i]));
  for (const f of input.findings) results[index.get(f.file)!].findings.push(f);
}

/** The inventory of `--nodes` (relative to the working directory), else of the config's `nodes:` (relative to its directory). */
async function inventoryFor(options: Pick<LintOptions, 'nodes'>, config: Config, cwd: string): Promise<Inventory | undefined> {
  const [paths, base] = options.nodes && options.nodes.length > 0 ? [options.nodes, cwd] : [config.nodes ?? [], configDir(config, cwd)];
  if (paths.length === 0) return undefined;
  return loadInventory(
    paths.map((p) => {
      const absolutePath = path.resolve(base, p);
      return { absolutePath, shownAs: displayPath(absolutePath, cwd) };
    }),
  );
}

/** Each finding's Helm template (its document's `# Source:`), and quoted text bounded as reports show it. */
export function finishFindings(source: SourceFile, findings: readonly Finding[]): void {
  const templates = templatesByDocument(source, source.documents);
  for (const f of findings) {
    const template = templates.get(f.documentIndex);
    if (template !== undefined) f.template = template;
    boundFinding(f);
  }
}

/** The checked DaemonSets with their names bounded as reports show them. */
export function boundChecked(checked: readonly CheckedObject[]): CheckedObject[] {
  return checked.map((o) => {
    const object = boundedRef(o.object);
    return object === o.object ? o : { ...o, object };
  });
}

/** The baseline file a run applies: `--baseline`, else the config's `baseline`; none with `false`. */
export function baselinePath(options: Pick<LintOptions, 'baselineFile'>, config: Config, cwd: string): string | undefined {
  if (options.baselineFile === false) return undefined;
  if (options.baselineFile !== undefined) return path.resolve(cwd, options.baselineFile);
  if (config.baseline !== undefined) return path.resolve(configDir(config, cwd), config.baseline);
  return undefined;
}

export async function baselineFor(options: Pick<LintOptions, 'baselineFile'>, config: Config, cwd: string, findings: Finding[]): Promise<BaselineOutcome | undefined> {
  const file = baselinePath(options, config, cwd);
  if (file === undefined) return undefined;
  const shownAs = displayPath(file, cwd);
  return applyBaseline(findings, await readBaseline(file, shownAs), shownAs);
}
