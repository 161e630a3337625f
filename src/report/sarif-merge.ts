import type { Finding, LintResult, ObjectRef, Severity } from '../types/finding.js';
import { parseJsonPath } from './json.js';
import { artifactLocation, toSarif, type ArtifactLocation, type SarifLog, type SarifResult } from './sarif.js';

/**
 * The SARIF log of a sharded run: the shares' logs (`--format sarif`) joined with the results the
 * merge adds (`added.findings`, over `added.files`, every share's files in run order), as the
 * single run over every file would have written it. A share's results are kept as written (a
 * SARIF result cannot be turned back into a finding: its message is a sentence, its file a URI);
 * their artifact and rule indexes are renumbered, the results ordered as findings are (file,
 * line, column, rule), and fingerprints numbered again once `leaveOut` (the baseline) has taken
 * its findings out: it gets each result as a finding with what a baseline matches on (and what
 * an exit code counts), and these are returned.
 */
export async function mergeSarifLogs(
  logs: readonly SarifLog[],
  added: LintResult,
  leaveOut?: (findings: Finding[]) => void | Promise<void>,
): Promise<{ log: SarifLog; findings: Finding[] }> {
  const merged = toSarif(added);
  const run = merged.runs[0];
  const artifactIndex = new Map(run.artifacts.map((a, i) => [a.location.uri, i]));
  const fileOf = new Map(added.files.map((file) => [artifactLocation(file, added.cwd).uri, file]));
  const ruleIndex = new Map(run.tool.driver.rules.map((r, i) => [r.id, i]));

  const entries: { result: SarifResult; file: string }[] = [];
  for (const log of logs) {
    const { artifacts, results, tool } = log.runs[0];
    const relocate = (location: ArtifactLocation): void => {
      const uri = location.index !== undefined ? artifacts[location.index].location.uri : location.uri;
      let index = artifactIndex.get(uri);
      if (index === undefined) {
        index = run.artifacts.length;
        artifactIndex.set(uri, index);
        run.artifacts.push(artifacts[location.index ?? -1] ?? { location: { uri }, roles: ['analysisTarget'] });
      }
      location.index = index;
    };
    for (const result of results) {
      const location = result.locations[0].physicalLocation.artifactLocation;
      const file = fileOf.get(location.index !== undefined ? artifacts[location.index].location.uri : location.uri) ?? location.uri;
      relocate(location);
      for (const related of result.relatedLocations ?? []) relocate(related.physicalLocation.artifactLocation);
      for (const fix of result.fixes ?? []) relocate(fix.artifactChanges[0].artifactLocation);
      let index = ruleIndex.get(result.ruleId);
      if (index === undefined) {
        index = run.tool.driver.rules.length;
        ruleIndex.set(result.ruleId, index);
        run.tool.driver.rules.push(tool.driver.rules[result.ruleIndex]);
      }
      result.ruleIndex = index;
      entries.push({ result, file });
    }
  }
  added.findings.forEach((_, i) => entries.push({ result: run.results[i], file: added.findings[i].file }));
  // Stable: results that tie here come from one share (each file is in one) or all from the merge, already in order.
  entries.sort((a, b) => compare(a, b));

  const findings = entries.map(({ result, file }) => asFinding(result, file));
  const byFinding = new Map(findings.map((f, i) => [f, entries[i]]));
  await leaveOut?.(findings);
  const kept = findings.map((f) => byFinding.get(f)!);
  const seen = new Map<string, number>();
  for (const { result } of kept) {
    for (const [key, value] of Object.entries(result.partialFingerprints)) {
      const base = value.slice(0, value.lastIndexOf(':'));
      const n = (seen.get(`${key}\u0000${base}`) ?? 0) + 1;
      seen.set(`${key}\u0000${base}`, n);
      result.partialFingerprints[key] = `${base}:${n}`;
    }
  }
  run.results = kept.map((e) => e.result);
  return { log: merged, findings };
}

function compare(a: { result: SarifResult; file: string }, b: { result: SarifResult; file: string }): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const ra = a.result.locations[0].physicalLocation.region;
  const rb = b.result.locations[0].physicalLocation.region;
  return ra.startLine - rb.startLine || ra.startColumn - rb.startColumn || (a.result.ruleId < b.result.ruleId ? -1 : a.result.ruleId > b.result.ruleId ? 1 : 0);
}

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', note: 'info' };

/** What a baseline needs of a result: its rule, object, path, message id and file. */
function asFinding(result: SarifResult, file: string): Finding {
  const region = result.locations[0].physicalLocation.region;
  const f: Finding = {
    ruleId: result.ruleId,
    severity: SEVERITY[result.level] ?? 'warning',
    message: result.message.text,
    file,
    range: { start: { line: region.startLine, column: region.startColumn, offset: -1 }, end: { line: region.endLine, column: region.endColumn, offset: -1 } },
    documentIndex: result.properties.documentIndex,
    path: parseJsonPath(result.properties.path),
  };
  if (result.properties.messageId !== undefined) f.messageId = result.properties.messageId;
  const resource = result.locations[0].logicalLocations?.find((l) => l.kind === 'resource');
  if (resource) f.object = objectOf(resource);
  if (result.suppressions?.length) f.suppressions = result.suppressions.map((s) => ({ kind: s.kind, justification: s.justification }));
  return f;
}

/** The object a logical location names: `namespace/kind/name`, or `kind/name` without a namespace (see sarif.ts). */
function objectOf(location: { name?: string; fullyQualifiedName: string }): ObjectRef {
  const parts = location.fullyQualifiedName.split('/');
  const out: ObjectRef = {};
  if (parts.length >= 3) out.namespace = parts[0];
  const kind = parts[parts.length - 2];
  if (kind) out.kind = kind;
  if (location.name !== undefined) out.name = location.name;
  return out;
}
