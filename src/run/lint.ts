import type { AnyRule } from '../types/rule.js';
import { builtinRules } from '../rules/index.js';
import { HOMEPAGE, VERSION } from '../version.js';
import { ConfigError, defaultConfig, engineRuleLevel, findConfigFile, loadConfigFile, normalizeKubeVersion, resolveRules, type Config } from '../config/config.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { availableParallelism } from 'node:os';
import { fixFile } from './fix-file.js';
import { lintSources } from './speed/parallel.js';
import { loadLenientReader } from '../yaml/parse.js';
import { defaultKubeVersion, schemaVersionFor, unsupportedMessage } from '../schema/validators.js';
import { displayPath, readAllStdin, readSource, resolveInputs } from '../inputs/load.js';
import { compareFindings, prepareRules, UNUSED_SUPPRESSION, YAML_SYNTAX, type FileResult, type RuleFailure } from './lint-file.js';
import path from 'node:path';
import { globToRegExp } from '../inputs/glob.js';
import { STDIN_PATH } from '../inputs/load.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import { locateInTemplates, templatesByDocument } from '../inputs/helm.js';
import { applyDirectives, parseDirectives } from '../suppress/comments.js';
import { applyBaseline, readBaseline, type BaselineOutcome } from '../suppress/baseline.js';
import { loadPlugins } from '../config/plugins.js';
import { runInputRules } from './across-input.js';
import { SourceFile } from '../yaml/source-file.js';
import type { Finding, Level, LintResult, RuleInfo } from '../types/finding.js';


export interface LintOptions {
  /** Files, directories, globs, or `-` for standard input. */
  patterns?: readonly string[];
  /** In-memory inputs, linted as if they were files at these paths. */
  texts?: readonly { path: string; text: string }[];
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
  readStdin?: () => Promise<string>;
  rules?: readonly AnyRule[];
  /** Threads to lint large inputs with (default: one less than the machine's cores, at most 4). */
  concurrency?: number;
  /** The bundled worker script, for parallel runs (the CLI passes it). */
  workerUrl?: URL;
  /** A Helm chart directory: findings in `helm template` output are also located in their templates. */
  chartDir?: string;
  /** A baseline file whose findings are left out (default: the config's `baseline`); `false` for none. */
  baselineFile?: string | false;
  /** Compute fixes (the caller decides whether to write them); `rules` limits them to those ids. */
  fix?: { rules?: ReadonlySet<string> };
  /**
   * Give fixable findings their edit (`finding.fix`; default true). Reports that never show a fix
   * (json, github, junit, gitlab) turn it off: finding each edit's place costs a tenth of a large run.
   */
  fixEdits?: boolean;
}

/** What fixing did to one file. */
export interface FileFix {
  source: SourceFile;
  /** The fixed text (with its BOM, if the file had one). */
  output: string;
  fixed: number;
  /** Why the fixed text was rejected (then `output` is the original). */
  failure?: string;
}

export const MAX_DEFAULT_CONCURRENCY = 4;

/**
 * One thread less than the machine has: V8 already runs garbage collection and compilation on
 * another core, and on two cores a worker measured slower than one thread (0.68 s against
 * 0.64 s for 2,000 DaemonSets).
 */
export function defaultConcurrency(): number {
  return Math.max(1, Math.min(availableParallelism() - 1, MAX_DEFAULT_CONCURRENCY));
}

export interface LintRun extends LintResult {
  sources: SourceFile[];
  config: Config;
  /** Per file, when fixes were asked for. */
  fixes: FileFix[];
  /** Rules that threw (the run went on without them for that object); the CLI exits 2. */
  ruleFailures: RuleFailure[];
}

export async function lint(options: LintOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(options.configFile, cwd);
  const active = await activeRulesFor(config, cwd, options.ruleOverrides, options.rules);
  const settings: RunSettings = {
    kubeVersion: normalizeKubeVersion(options.kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    now: options.now ?? new Date(),
    requireReason: config.requireReason,
    unusedSuppression: engineRuleLevel(config, 'unused-suppression', options.ruleOverrides),
    fixEdits: options.fix !== undefined || options.fixEdits !== false,
  };
  if (schemaVersionFor(settings.kubeVersion) === undefined) {
    const [file, key] = options.kubeVersion !== undefined ? ['--kube-version', settings.kubeVersion] : [config.file ?? '(defaults)', 'kubeVersion'];
    throw new ConfigError(file, key, unsupportedMessage(settings.kubeVersion));
  }
  await prepareRules(active, settings);

  const sources: SourceFile[] = [];
  for (const t of options.texts ?? []) sources.push(new SourceFile(t.path, t.text));
  const files = ignoredBy(config, cwd, await resolveInputs(options.patterns ?? [], cwd));
  const readStdin = options.readStdin ?? (() => readAllStdin());
  sources.push(...(await readAll(files, cwd, readStdin)));

  const fixes: FileFix[] = [];
  let results: Omit<FileResult, 'wantsLenientReader'>[];
  if (options.fix) {
    const known = new Set(active.map((a) => a.rule.id));
    for (const id of options.fix.rules ?? []) {
      if (!known.has(id)) throw new ConfigError('--fix-type', id, `not a rule that runs; rules that run: ${[...known].sort().join(', ')}`);
    }
    await loadLenientReader();
    results = sources.map((source) => {
      const outcome = fixFile(source, active, settings, { rules: options.fix?.rules });
      const fix: FileFix = { source, output: outcome.output, fixed: outcome.fixed.length };
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
  addInputFindings(results, sources, active, settings, ruleFailures);
  results.forEach((result, i) => {
    daemonSets += result.daemonSets;
    ruleFailures.push(...result.failures);
    const chunks = sources[i].documents;
    applySuppressions(sources[i], chunks, result.findings, config, settings);
    const templates = templatesByDocument(sources[i], chunks);
    for (const f of result.findings) {
      const template = templates.get(f.documentIndex);
      if (template !== undefined) f.template = template;
      findings.push(f);
    }
  });
  if (options.chartDir !== undefined) await locateInTemplates(findings, path.resolve(cwd, options.chartDir), cwd);
  findings.sort(compareFindings);
  const baselineOutcome = await baselineFor(options, config, cwd, findings);
  return {
    ...(baselineOutcome ? { baseline: baselineOutcome } : {}),
    findings,
    files: sources.map((s) => s.path),
    daemonSets,
    rules: ruleInfos(active.map((a) => a.rule), settings.unusedSuppression ?? 'warning'),
    cwd,
    toolVersion: VERSION,
    sources,
    config,
    fixes,
    ruleFailures,
    objects: results.flatMap((r) => r.checked),
  };
}

/** Reads the inputs in order (see readSource for why synchronously). */
async function readAll(files: readonly string[], cwd: string, readStdin: () => Promise<string>): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const file of files) out.push(await readSource(file, cwd, readStdin));
  return out;
}

/** What `--print-config FILE` shows: the configuration that applies to that file, fully resolved. */
export async function effectiveConfig(
  file: string,
  cwd: string,
  configFile: string | false | undefined,
  overrides: Record<string, Level> = {},
  kubeVersion?: string,
): Promise<Record<string, unknown>> {
  const config = loadConfig(configFile ?? findConfigFile(path.dirname(file)) ?? false, cwd);
  const active = await activeRulesFor(config, cwd, overrides);
  const rules: Record<string, unknown> = {};
  for (const a of [...active].sort((x, y) => (x.rule.id < y.rule.id ? -1 : 1))) {
    rules[a.rule.id] = Object.keys(a.options as object).length > 0 ? [a.severity, a.options] : a.severity;
  }
  rules[UNUSED_SUPPRESSION] = engineRuleLevel(config, 'unused-suppression', overrides);
  const out: Record<string, unknown> = {
    file: displayPath(file, cwd),
    configFile: config.file ?? null,
    ignored: ignoredBy(config, cwd, [file]).length === 0,
    extends: config.extends,
    kubeVersion: normalizeKubeVersion(kubeVersion ?? config.kubeVersion ?? defaultKubeVersion),
    requireReason: config.requireReason,
    rules,
  };
  if (config.plugins.length > 0) out.plugins = config.plugins;
  if (config.exclude.length > 0) out.exclude = config.exclude;
  if (config.baseline !== undefined) out.baseline = config.baseline;
  return out;
}

/** The rules a configuration turns on: built-in (or given) rules plus its plugins' rules. */
async function activeRulesFor(config: Config, cwd: string, overrides: Record<string, Level> = {}, base: readonly AnyRule[] = builtinRules): Promise<ActiveRule[]> {
  const plugins = config.plugins.length > 0 ? await loadPlugins(config.plugins, configDir(config, cwd)) : [];
  return resolveRules(config, [...base, ...plugins.flatMap((p) => p.rules)], overrides);
}

function configDir(config: Config, cwd: string): string {
  return config.file ? path.dirname(path.resolve(cwd, config.file)) : cwd;
}

/** Rules across the input see every file's workload objects; their findings join their files'. */
function addInputFindings(
  results: Pick<FileResult, 'findings' | 'objects'>[],
  sources: readonly SourceFile[],
  active: readonly ActiveRule[],
  settings: RunSettings,
  failures: RuleFailure[],
): void {
  const objects = results.flatMap((r) => r.objects);
  const byPath = new Map(sources.map((s) => [s.path, s]));
  const input = runInputRules(objects, byPath, active, settings);
  failures.push(...input.failures);
  const index = new Map(sources.map((s, i) => [s.path, i]));
  for (const f of input.findings) results[index.get(f.file)!].findings.push(f);
}

async function baselineFor(options: LintOptions, config: Config, cwd: string, findings: Finding[]): Promise<BaselineOutcome | undefined> {
  if (options.baselineFile === false) return undefined;
  let file: string | undefined;
  if (options.baselineFile !== undefined) file = path.resolve(cwd, options.baselineFile);
  else if (config.baseline !== undefined) file = path.resolve(config.file ? path.dirname(path.resolve(cwd, config.file)) : cwd, config.baseline);
  if (file === undefined) return undefined;
  const shownAs = displayPath(file, cwd);
  return applyBaseline(findings, await readBaseline(file, shownAs), shownAs);
}

/** Drops inputs the config's `ignore` globs name (relative to the config file's directory). */
function ignoredBy(config: Config, cwd: string, files: string[]): string[] {
  if (config.ignore.length === 0) return files;
  const base = config.file ? path.dirname(path.resolve(cwd, config.file)) : cwd;
  const patterns = config.ignore.map((g) => globToRegExp(path.resolve(base, g).split(path.sep).join('/')));
  return files.filter((f) => f === STDIN_PATH || !patterns.some((p) => p.test(f.split(path.sep).join('/'))));
}

/**
 * The suppressions that need the whole file or the configuration: comment directives, then the
 * config's `exclude` entries; a directive that suppressed nothing is reported.
 */
function applySuppressions(source: SourceFile, chunks: readonly DocumentChunk[], findings: Finding[], config: Config, settings: RunSettings): void {
  const requireReason = settings.requireReason ?? true;
  const directives = parseDirectives(source, chunks);
  applyDirectives(findings, directives, requireReason);
  if (config.exclude.length > 0) {
    for (const f of findings) {
      if (f.suppressions?.length || !f.object) continue;
      const entry = config.exclude.find((e) => (e.rules.length === 0 || e.rules.includes(f.ruleId)) && e.objects.some((o) => objectMatches(o, f)));
      if (entry) f.suppressions = [{ kind: 'external', justification: entry.reason ?? `excluded by ${config.file ?? 'configuration'}` }];
    }
  }
  for (const f of findings) if (f.fix !== undefined && f.suppressions?.length) delete f.fix;
  const level = settings.unusedSuppression ?? 'warning';
  if (level === 'off') return;
  for (const d of directives) {
    if (d.kind === 'enable' || d.used) continue;
    const what = `daemonlint-${d.kind}${d.rules.length ? ` ${d.rules.join(', ')}` : ''}`;
    findings.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: level,
      message:
        requireReason && d.reason === undefined
          ? `${what} suppresses nothing without a reason: add " -- <why>" after the rule ids`
          : `${what} suppresses nothing: no such finding ${d.kind === 'disable' ? 'in its block' : d.kind === 'disable-line' ? 'on its line' : 'on the next line'}; remove the comment`,
      file: source.path,
      range: d.range,
      documentIndex: -1,
      path: [],
    });
  }
}

function objectMatches(pattern: string, finding: Finding): boolean {
  const name = `${finding.object?.namespace ?? ''}/${finding.object?.name ?? ''}`;
  const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(name) || (!pattern.includes('/') && re.test(finding.object?.name ?? ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^$()|[\]{}\\]/g, '\\$&');
}

function loadConfig(configFile: string | false | undefined, cwd: string): Config {
  if (configFile === false) return defaultConfig();
  const file = configFile ?? findConfigFile(cwd);
  return file ? loadConfigFile(file, displayPath(file, cwd)) : defaultConfig();
}


export function ruleInfo(rule: AnyRule): RuleInfo {
  const info: RuleInfo = {
    id: rule.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    fixable: rule.meta.fixable,
    tags: rule.meta.tags,
    helpUri: `${HOMEPAGE}/blob/main/docs/rules/${rule.id}.md`,
  };
  if (rule.meta.securitySeverity !== undefined) info.securitySeverity = rule.meta.securitySeverity;
  return info;
}

export const yamlSyntaxInfo: RuleInfo = {
  id: YAML_SYNTAX,
  description: 'A YAML or JSON document that does not parse. Always on; the other documents of the file are still linted.',
  severity: 'error',
  fixable: false,
  tags: ['api'],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${YAML_SYNTAX}.md`,
};

const unusedSuppressionInfo: RuleInfo = {
  id: UNUSED_SUPPRESSION,
  description: 'A suppression comment or ignore annotation that suppresses nothing, or gives no reason while reasons are required.',
  severity: 'warning',
  fixable: false,
  tags: ['best-practice'],
  helpUri: `${HOMEPAGE}/blob/main/docs/suppressions.md`,
};

function ruleInfos(rules: readonly AnyRule[], unusedSuppression: Level): RuleInfo[] {
  const engine = unusedSuppression === 'off' ? [yamlSyntaxInfo] : [yamlSyntaxInfo, { ...unusedSuppressionInfo, severity: unusedSuppression }];
  return [...rules.map(ruleInfo), ...engine].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
