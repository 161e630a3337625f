import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config/config.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import type { Shard } from '../inputs/shard.js';
import type { Directive } from '../suppress/comments.js';
import { directiveKey } from '../suppress/apply.js';
import type { CheckedObject, JsonPath, ObjectRef } from '../types/finding.js';
import type { IgnoreAnnotation } from '../suppress/ignore-annotation.js';
import type { SourceFile } from '../yaml/source-file.js';
import type { PlannedDaemonSet } from '../inventory/plan.js';
import type { Inventory } from '../types/inventory.js';
import type { CollectedObject, RuleFailure } from './lint-document.js';

/**
 * What one job of a sharded run (`--shard k/n --collect-out FILE`) hands to `daemonlint merge`,
 * beside its report: everything the report does not say and the merge needs to write the report
 * a single run over every file would have written. Plain JSON; `daemonlintShare` is its version.
 */
export interface Share {
  daemonlintShare: 1;
  toolVersion: string;
  shard: Shard;
  /** A hash of what decides the findings (rules, levels, options, Kubernetes version, suppression settings): the merge must run with the same. */
  configKey: string;
  unsafeFixes: boolean;
  /**
   * The files this share linted, as findings name them, with their place among all the run's
   * inputs (so the merge lists files in a single run's order), and a hash of the text of those the
   * merge may read again (to place findings of the rules across the input, to judge directives).
   */
  files: { path: string; ordinal: number; sha256?: string }[];
  daemonSets: number;
  /** Every DaemonSet checked, in file order (junit's passing test cases). */
  checked: CheckedObject[];
  /** What the rules across the input collected, for the merge to run them on every share's at once. */
  objects: SharedObject[];
  /** Comment directives that suppressed nothing here but may suppress a finding of a rule across the input. */
  deferred: { file: string; line: number; column: number }[];
  /** Rules that threw while this share was linted (the merge exits 2, as this run did). */
  failures: RuleFailure[];
  /**
   * With a node inventory: a hash of the nodes it read (the merge must read the same: this share's
   * node-coverage findings came from them), and its DaemonSets as the fleet plan places them, for
   * the merge's coverage report.
   */
  inventory?: string;
  planned?: PlannedDaemonSet[];
  /** The chart directory findings were placed in (--chart-dir), from the working directory: the merge places its own findings there too. */
  chartDir?: string;
  /** Helm chart `templates/` directories the walk left out, as the report names them (every share's walk sees them all). */
  skippedTemplates?: string[];
}

/** A CollectedObject as JSON has it: `kept` as entries. */
export interface SharedObject {
  ref: ObjectRef;
  file: string;
  documentIndex: number;
  objectPath: JsonPath;
  kept: [string, unknown][];
  value?: Record<string, unknown>;
  ignore?: IgnoreAnnotation;
}

/** A hash of what decides a run's findings, to tell whether shares and their merge ran alike. */
export function configKey(active: readonly ActiveRule[], settings: RunSettings, config: Pick<Config, 'exclude'>): string {
  const rules = active.map((a) => [a.rule.id, a.severity, a.levelSet === true, a.options ?? null]);
  const key = JSON.stringify([rules, settings.kubeVersion, settings.requireReason ?? true, settings.unusedSuppression ?? 'warning', config.exclude]);
  return createHash('sha256').update(key).digest('hex');
}

export function textHash(source: SourceFile): string {
  return createHash('sha256').update(source.text).digest('hex');
}

export interface ShareInput {
  shard: Shard;
  configKey: string;
  unsafeFixes: boolean;
  toolVersion: string;
  /**
   * The share's files, in run order, each with its ordinal among all inputs and the hash of its
   * text, asked for only of files the merge may read again.
   */
  files: { path: string; ordinal: number; sha256: () => string }[];
  daemonSets: number;
  checked: CheckedObject[];
  objects: CollectedObject[];
  deferred: Map<string, Directive[]>;
  failures: RuleFailure[];
  inventory?: Inventory;
  planned: PlannedDaemonSet[];
  /** --chart-dir, as chartDirKey gives it. */
  chartDir?: string;
  skippedTemplates?: string[];
}

export function buildShare(input: ShareInput): Share {
  const reread = new Set<string>(input.objects.map((o) => o.file));
  for (const [file, directives] of input.deferred) if (directives.length > 0) reread.add(file);
  return {
    daemonlintShare: 1,
    toolVersion: input.toolVersion,
    shard: input.shard,
    configKey: input.configKey,
    unsafeFixes: input.unsafeFixes,
    files: input.files.map(({ path, ordinal, sha256 }) => (reread.has(path) ? { path, ordinal, sha256: sha256() } : { path, ordinal })),
    daemonSets: input.daemonSets,
    checked: input.checked,
    objects: input.objects.map((o) => {
      const out: SharedObject = { ref: o.ref, file: o.file, documentIndex: o.documentIndex, objectPath: o.objectPath, kept: Object.entries(o.kept) };
      if (o.value !== undefined) out.value = o.value;
      if (o.ignore !== undefined) out.ignore = o.ignore;
      return out;
    }),
    deferred: [...input.deferred].flatMap(([file, directives]) => directives.map((d) => ({ file, line: d.range.start.line, column: d.range.start.column }))),
    failures: input.failures,
    ...(input.inventory ? { inventory: inventoryKey(input.inventory), planned: input.planned } : {}),
    ...(input.chartDir !== undefined ? { chartDir: input.chartDir } : {}),
    ...(input.skippedTemplates !== undefined && input.skippedTemplates.length > 0 ? { skippedTemplates: input.skippedTemplates } : {}),
  };
}

/** --chart-dir from the working directory, `/`-separated: what shares and their merge must agree on. */
export function chartDirKey(chartDir: string | undefined, cwd: string): string | undefined {
  if (chartDir === undefined) return undefined;
  return path.relative(cwd, path.resolve(cwd, chartDir)).split(path.sep).join('/') || '.';
}

/** What a run's node inventory holds (its pools, in order), as a hash: the same nodes read from other paths hash the same. */
export function inventoryKey(inventory: Inventory): string {
  return createHash('sha256').update(JSON.stringify([inventory.nodeCount, inventory.pools])).digest('hex');
}

export function collectedObject(o: SharedObject): CollectedObject {
  const out: CollectedObject = { ref: o.ref, file: o.file, documentIndex: o.documentIndex, objectPath: o.objectPath, kept: Object.fromEntries(o.kept) };
  if (o.value !== undefined) out.value = o.value;
  if (o.ignore !== undefined) out.ignore = o.ignore;
  return out;
}

/** The deferred directives of each file, keyed as UnusedJudgement.only wants them. */
export function deferredByFile(shares: readonly Share[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const share of shares) {
    for (const d of share.deferred) {
      let keys = out.get(d.file);
      if (!keys) out.set(d.file, (keys = new Set()));
      keys.add(directiveKey(d));
    }
  }
  return out;
}
