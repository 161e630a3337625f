import { describeError } from '../types/errors.js';
import { formatBytes, formatSize, readLimited } from '../types/read-limited.js';
import type { Finding } from '../types/finding.js';

/**
 * A baseline records the findings a repository accepts today, so a team adopting daemonlint
 * sees only new ones. An entry names a finding by what it is about (rule, object, field path,
 * message id), never by line or file name: edits above it, renamed files and reordered
 * documents leave it matching. Findings without an object fall back to the file.
 *
 * `yaml-syntax` findings are never recorded, and never taken out by an entry that names them (a
 * baseline written before they were refused): a file that does not parse is not a finding a
 * repository can accept, since nothing else is checked in it, as no comment or exclude can hide it.
 */
export interface BaselineEntry {
  ruleId: string;
  kind?: string;
  namespace?: string;
  name?: string;
  path: string;
  messageId?: string;
  /** Only for findings that belong to no object. */
  file?: string;
  /** How many findings share this identity. */
  count: number;
}

export interface BaselineFile {
  version: 1;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  file: string;
  /** Findings the baseline accounted for (left out of the report). */
  matched: number;
  /** Entries with fewer occurrences than recorded: the baseline can shrink. */
  stale: BaselineEntry[];
}

export function identityOf(f: Finding): Omit<BaselineEntry, 'count'> {
  const entry: Omit<BaselineEntry, 'count'> = { ruleId: f.ruleId, path: f.path.map(String).join('.') };
  if (f.object?.kind !== undefined) entry.kind = f.object.kind;
  if (f.object?.namespace !== undefined) entry.namespace = f.object.namespace;
  if (f.object?.name !== undefined) entry.name = f.object.name;
  if (f.messageId !== undefined) entry.messageId = f.messageId;
  if (f.object?.name === undefined) entry.file = f.file;
  return entry;
}

function keyOf(identity: Omit<BaselineEntry, 'count'>): string {
  return JSON.stringify([identity.ruleId, identity.kind, identity.namespace, identity.name, identity.path, identity.messageId, identity.file]);
}

/** The rule a baseline never accepts (see above); its id as lint-file.ts gives it. */
const NEVER_ACCEPTED = 'yaml-syntax';

/** Whether a baseline may account for a finding: not one suppressed otherwise, nor a syntax error. */
function acceptable(f: Finding): boolean {
  return !f.suppressions?.length && f.ruleId !== NEVER_ACCEPTED;
}

/** The findings of a run that its baseline leaves out because no baseline may accept them: syntax errors. */
export function refusedByBaseline(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === NEVER_ACCEPTED);
}

/** The baseline of a run: every finding not already accepted otherwise, counted by identity. */
export function createBaseline(findings: readonly Finding[]): BaselineFile {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (!acceptable(f)) continue;
    const identity = identityOf(f);
    const key = keyOf(identity);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { ...identity, count: 1 });
  }
  const entries = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { version: 1, entries };
}

export function serializeBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Problems reading a baseline are the user's to fix (exit 2). */
export class BaselineError extends Error {}

/** The largest baseline read: far more than a baseline of 100,000 findings (~20 MB). */
export const MAX_BASELINE_SIZE = 64 * 1024 * 1024;

/**
 * Reads a baseline: a regular file of bounded size, holding a baseline. A message names the file
 * and what is wrong, never its content (`baseline: /etc/passwd` must not print the start of it).
 */
export async function readBaseline(file: string, shownAs: string): Promise<BaselineFile> {
  let read;
  try {
    read = readLimited(file, MAX_BASELINE_SIZE, { regularOnly: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(`baseline ${shownAs}: ${code === 'ENOENT' ? 'no such file (create it with --write-baseline)' : `cannot be read (${describeError(error)})`}`);
  }
  if (read.notRegular) throw new BaselineError(`baseline ${shownAs}: is ${read.notRegular}, not a regular file`);
  if (read.tooLarge) throw new BaselineError(`baseline ${shownAs}: is ${formatBytes(read.size)}, more than the ${formatSize(MAX_BASELINE_SIZE)} a baseline may be`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
  } catch (error) {
    // V8's messages quote the text ("Unexpected token 'r', "root:x:0:0"... is not valid JSON"): only its position is kept.
    const at = /position (\d+)/.exec((error as Error).message);
    throw new BaselineError(`baseline ${shownAs}: not valid JSON${at ? ` (at byte ${at[1]})` : ''}; expected a daemonlint baseline, made with --write-baseline`);
  }
  const b = raw as Partial<BaselineFile> | null;
  if (typeof b !== 'object' || b === null || Array.isArray(b) || b.version !== 1 || !Array.isArray(b.entries) || b.entries.some((e) => typeof e !== 'object' || e === null || typeof e.ruleId !== 'string' || typeof e.count !== 'number')) {
    throw new BaselineError(`baseline ${shownAs}: not a daemonlint baseline (expected {"version": 1, "entries": [...]})`);
  }
  return b as BaselineFile;
}

/** Removes the findings the baseline accounts for; reports the entries that no longer occur. */
export function applyBaseline(findings: Finding[], baseline: BaselineFile, shownAs: string): BaselineOutcome {
  const remaining = new Map<string, { entry: BaselineEntry; left: number }>();
  for (const entry of baseline.entries) remaining.set(keyOf(entry), { entry, left: entry.count });
  let matched = 0;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i];
    if (!acceptable(f)) continue;
    const slot = remaining.get(keyOf(identityOf(f)));
    if (!slot || slot.left === 0) continue;
    slot.left--;
    matched++;
    findings.splice(i, 1);
  }
  const stale = [...remaining.values()].filter((s) => s.left > 0).map((s) => ({ ...s.entry, count: s.left }));
  return { file: shownAs, matched, stale };
}

/**
 * applyBaseline for a run whose findings are reported file by file: `count` sees every finding
 * first (in any order), then `apply` takes one file's findings (in report order) at a time, in
 * any order of files, and leaves out what applyBaseline would: of each identity, the last
 * occurrences in report order (files by path, then line and column), as many as the entry counts.
 */
export class FileByFileBaseline {
  private readonly slots = new Map<string, { entry: BaselineEntry; total: number; byFile: Map<string, number> }>();

  constructor(
    baseline: BaselineFile,
    private readonly shownAs: string,
  ) {
    for (const entry of baseline.entries) this.slots.set(keyOf(entry), { entry, total: 0, byFile: new Map() });
  }

  count(findings: readonly Finding[]): void {
    for (const f of findings) {
      if (!acceptable(f)) continue;
      const slot = this.slots.get(keyOf(identityOf(f)));
      if (!slot) continue;
      slot.total++;
      slot.byFile.set(f.file, (slot.byFile.get(f.file) ?? 0) + 1);
    }
  }

  /** One file's findings in report order, without those the baseline accounts for. */
  apply(file: string, findings: readonly Finding[]): Finding[] {
    const seen = new Map<string, number>();
    return findings.filter((f) => {
      if (!acceptable(f)) return true;
      const key = keyOf(identityOf(f));
      const slot = this.slots.get(key);
      if (!slot) return true;
      let k = seen.get(key);
      if (k === undefined) {
        k = 0;
        for (const [other, n] of slot.byFile) if (other < file) k += n;
      }
      seen.set(key, ++k);
      return k <= slot.total - Math.min(slot.entry.count, slot.total);
    });
  }

  outcome(): BaselineOutcome {
    let matched = 0;
    const stale: BaselineEntry[] = [];
    for (const { entry, total } of this.slots.values()) {
      matched += Math.min(entry.count, total);
      if (entry.count > total) stale.push({ ...entry, count: entry.count - total });
    }
    return { file: this.shownAs, matched, stale };
  }
}
