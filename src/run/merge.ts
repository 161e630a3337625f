import path from 'node:path';
import type { Config } from '../config/config.js';
import { locateInTemplates } from '../inputs/helm.js';
import { InputError } from '../inputs/load.js';
import { applySuppressions } from '../suppress/apply.js';
import type { CheckedObject, Finding, RuleInfo } from '../types/finding.js';
import { VERSION } from '../version.js';
import { runInputRules } from './across-input.js';
import { prepareRules } from './lint-file.js';
import type { RuleFailure } from './lint-document.js';
import { finishFindings, prepareRun, type LintOptions } from './lint.js';
import { RereadSources } from './reread.js';
import { ruleInfos } from './rule-info.js';
import { groupBy } from '../types/group-by.js';
import { chartDirKey, collectedObject, configKey, deferredByFile, inventoryKey, type Share } from './share.js';
import { coverageReport } from '../inventory/coverage.js';
import { planFleet, type PlannedDaemonSet } from '../inventory/plan.js';
import type { CoverageReport, Inventory } from '../types/inventory.js';

export type MergeOptions = Pick<LintOptions, 'cwd' | 'config' | 'configFile' | 'ruleOverrides' | 'rules' | 'kubeVersion' | 'now' | 'chartDir' | 'nodes' | 'inventory'>;

/** What merging the shares adds to their reports, and what a report of the whole run says about it. */
export interface MergedShares {
  /**
   * The findings the merge adds, in no order: those of the rules across the input over every
   * share's objects, and unused-suppression for the deferred directives that suppressed nothing.
   */
  findings: Finding[];
  /** Every share's files, in the order a single run lists them. */
  files: string[];
  /** The share (`k/n`) that linted each file: a share's report holds findings of its own files only. */
  shareOf: Map<string, string>;
  daemonSets: number;
  objects: CheckedObject[];
  rules: RuleInfo[];
  cwd: string;
  toolVersion: string;
  unsafeFixes: boolean;
  config: Config;
  ruleFailures: RuleFailure[];
  /** Helm chart `templates/` directories the shares' walks left out. */
  skippedTemplates?: string[];
  /** With a node inventory (the shares', given again): it, and the coverage report over every share's DaemonSets. */
  inventory?: Inventory;
  coverage?: CoverageReport;
}

/**
 * `daemonlint merge`: checks that the shares are the n shares of one run, made by this version
 * with this configuration, then runs the rules across the input once over every share's objects.
 * Files are read again only where a finding of those rules points or a deferred directive is,
 * and must be what the share linted.
 */
export async function mergeShares(shares: readonly Share[], options: MergeOptions = {}): Promise<MergedShares> {
  checkComplete(shares);
  const { cwd, config, active, settings, inventory } = await prepareRun(options);
  const key = configKey(active, settings, config);
  const nodes = inventory ? inventoryKey(inventory) : undefined;
  for (const share of shares) {
    if (share.toolVersion !== VERSION) throw new InputError(`share ${shareName(share)} was made by daemonlint ${share.toolVersion}; this is ${VERSION}: merge with the version that linted`);
    // Before the configuration: an inventory turns its rules on, and the message should say which is missing.
    if (share.inventory !== nodes) {
      throw new InputError(
        share.inventory === undefined
          ? `share ${shareName(share)} was linted without a node inventory: merge without --nodes (and without nodes: in the config), as the shares ran`
          : nodes === undefined
            ? `share ${shareName(share)} was linted with a node inventory: give the merge the same one (--nodes, or nodes: in the config)`
            : `share ${shareName(share)} was linted with other nodes: give the merge the node inventory the shares read`,
      );
    }
    const chartDir = chartDirKey(options.chartDir, cwd);
    if (share.chartDir !== chartDir) {
      throw new InputError(
        share.chartDir === undefined
          ? `share ${shareName(share)} was linted without --chart-dir: merge without it, as the shares ran`
          : chartDir === undefined
            ? `share ${shareName(share)} placed its findings in the templates of --chart-dir "${share.chartDir}": give the merge the same --chart-dir`
            : `share ${shareName(share)} was linted with --chart-dir "${share.chartDir}": give the merge the same --chart-dir`,
      );
    }
    if (share.configKey !== key) {
      throw new InputError(`share ${shareName(share)} was linted with other rules, levels, options or Kubernetes version: merge with the same configuration and flags as the shares`);
    }
  }
  const acrossInput = active.filter((a) => a.rule.checkAll);
  await prepareRules(acrossInput, settings);

  const files = shares.flatMap((s) => s.files).sort((a, b) => a.ordinal - b.ordinal);
  const sources = new RereadSources(
    new Map(files.map((f) => [f.path, f.sha256])),
    cwd,
    (file) => `${file} is not what its share linted: merge in the same checkout and working directory as the shares`,
    // A share read each file within the limit it ran with (which may be a --max-file-size the
    // merge is not given), and each is checked by its hash: no size refuses them here.
    Number.MAX_SAFE_INTEGER,
  );
  // In a single run's order (file by file, each in document order): which of two objects a rule reports on follows it.
  const ordinal = new Map(files.map((f) => [f.path, f.ordinal]));
  const objects = shares.flatMap((s) => s.objects.map(collectedObject)).sort((a, b) => ordinal.get(a.file)! - ordinal.get(b.file)!);
  const input = await runInputRules(objects, sources, active, settings);
  sources.throwIfFailed();

  const findings = input.findings;
  const byFile = groupBy<Finding>(findings, (f) => f.file);
  const deferred = deferredByFile(shares);
  for (const file of deferred.keys()) if (!byFile.has(file)) byFile.set(file, []);
  const out: Finding[] = [];
  for (const [file, list] of byFile) {
    const source = sources.get(file);
    applySuppressions(source, list, { file: config.file, entries: config.exclude }, settings, { only: deferred.get(file) ?? new Set() });
    finishFindings(source, list);
    for (const f of list) out.push(f);
  }
  sources.throwIfFailed();
  if (options.chartDir !== undefined) await locateInTemplates(out, path.resolve(cwd, options.chartDir), cwd);

  const ordered = [...shares].sort((a, b) => a.shard.index - b.shard.index);
  const objectsOf = groupBy<CheckedObject>(ordered.flatMap((s) => s.checked), (o) => o.file);
  // The fleet plan places every share's DaemonSets together, in a single run's order.
  const plannedOf = groupBy<PlannedDaemonSet>(shares.flatMap((s) => s.planned ?? []), (d) => d.file);
  const planned = files.flatMap((f) => plannedOf.get(f.path) ?? []);
  return {
    ...(inventory ? { inventory, coverage: coverageReport(planFleet(planned, inventory), inventory) } : {}),
    findings: out,
    files: files.map((f) => f.path),
    shareOf: new Map(shares.flatMap((s) => s.files.map((f) => [f.path, shareName(s)] as const))),
    daemonSets: shares.reduce((n, s) => n + s.daemonSets, 0),
    objects: files.flatMap((f) => objectsOf.get(f.path) ?? []),
    rules: ruleInfos(
      active.map((a) => a.rule),
      settings,
    ),
    cwd,
    toolVersion: VERSION,
    unsafeFixes: shares.some((s) => s.unsafeFixes),
    ...skippedOf(ordered),
    config,
    ruleFailures: [...ordered.flatMap((s) => s.failures), ...input.failures],
  };
}

/** The template directories the shares' walks left out, in a single run's order (each share walks the whole input). */
function skippedOf(shares: readonly Share[]): { skippedTemplates?: string[] } {
  const dirs = [...new Set(shares.flatMap((s) => s.skippedTemplates ?? []))];
  return dirs.length > 0 ? { skippedTemplates: dirs } : {};
}

function shareName(share: Share): string {
  return `${share.shard.index}/${share.shard.count}`;
}

/** Every share of 1..n once, all of the same n. */
function checkComplete(shares: readonly Share[]): void {
  if (shares.length === 0) throw new InputError('merge needs the files --collect-out wrote, one per share');
  const count = shares[0].shard.count;
  const seen = new Set<number>();
  for (const share of shares) {
    if (share.shard.count !== count) throw new InputError(`the shares split the input differently: ${shareName(shares[0])} and ${shareName(share)}`);
    if (seen.has(share.shard.index)) throw new InputError(`share ${shareName(share)} is given twice`);
    seen.add(share.shard.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new InputError(`share${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs every share's --collect-out file`);
}
