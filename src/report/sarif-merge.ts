import type { Finding, LintResult, ObjectRef, Severity } from '../types/finding.js';
import { parseJsonPath } from './json.js';
import { artifactLocation, renderedAt, toSarif, type ArtifactLocation, type Region, type SarifLog, type SarifResult } from './sarif.js';

/**
 * The SARIF log of a sharded run, built a file at a time: the shares' results (`--format sarif`)
 * joined with the results the merge adds (`added.findings`, over `added.files`, every share's
 * files in run order), as the single run over every file would have written it. A share's results
 * are kept as written (a SARIF result cannot be turned back into a finding: its message is a
 * sentence, its file a URI); `take` renumbers their artifact and rule indexes into the merged
 * run's as they are read (adding the artifacts and rules it lacks: a plugin rule without metadata,
 * a related location in a Helm template), and `file` orders one file's results as
 * findings are ordered (file, line, column, rule) and numbers their fingerprints again once the
 * baseline has taken its findings out. The log's head (rules, artifacts) is complete once every
 * result has been taken.
 */
export class SarifMerge {
  private readonly log: SarifLog;
  private readonly artifactIndex: Map<string, number>;
  private readonly ruleIndex: Map<string, number>;
  private readonly fileOfUri: Map<string, string>;
  /** The merge's own results, by the file they are ordered with. */
  readonly added = new Map<string, SarifResult[]>();
  /**
   * Every artifact a taken result names, by URI, for `place` to add when a written result names
   * it first. A taken result names its artifacts by URI until it is placed (its indexes are -1):
   * it may go to the findings store as JSON and come back.
   */
  private readonly known = new Map<string, SarifLog['runs'][0]['artifacts'][0]>();

  constructor(added: LintResult) {
    this.log = toSarif(added);
    const run = this.log.runs[0];
    // The run's files first, as a single run lists them; any other artifact (a Helm template) as
    // the results that name it are written, in their order, as a single run adds them.
    const own = run.artifacts;
    run.artifacts = own.slice(0, added.files.length);
    this.artifactIndex = new Map(run.artifacts.map((a, i) => [a.location.uri, i]));
    this.fileOfUri = new Map(added.files.map((file) => [artifactLocation(file, added.cwd).uri, file]));
    this.ruleIndex = new Map(run.tool.driver.rules.map((r, i) => [r.id, i]));
    added.findings.forEach((f, i) => {
      let list = this.added.get(f.file);
      if (!list) this.added.set(f.file, (list = []));
      list.push(this.byUri(own, run.results[i]));
    });
    run.results = [];
  }

  /**
   * A result of a share whose log is `from` (its results left out), its rule renumbered into the
   * merged run's, its artifacts named by URI until it is placed; returns the file it is ordered with
   * (as findings name it; a URI the run did not read names itself).
   */
  take(from: SarifLog, result: SarifResult): string {
    const { tool, artifacts } = from.runs[0];
    const run = this.log.runs[0];
    const file = this.fileOf(from, result);
    this.byUri(artifacts, result);
    let index = this.ruleIndex.get(result.ruleId);
    if (index === undefined) {
      index = run.tool.driver.rules.length;
      this.ruleIndex.set(result.ruleId, index);
      run.tool.driver.rules.push(tool.driver.rules[result.ruleIndex]);
    }
    result.ruleIndex = index;
    return file;
  }

  /**
   * A result as it is written: its artifacts numbered as the merged run's, which adds those it
   * lacks. Only what is written adds one (a result the baseline or --quiet leaves out does not),
   * in the order it is written, as a single run adds them.
   */
  place(result: SarifResult): SarifResult {
    const run = this.log.runs[0];
    const number = (location: ArtifactLocation): void => {
      let index = this.artifactIndex.get(location.uri);
      if (index === undefined) {
        index = run.artifacts.length;
        this.artifactIndex.set(location.uri, index);
        run.artifacts.push(this.known.get(location.uri) ?? { location: { uri: location.uri }, roles: ['analysisTarget'] });
      }
      location.index = index;
    };
    forEachArtifact(result, number);
    return result;
  }

  /** Names each of a result's artifacts by URI (index -1: not placed), remembering what `artifacts` says of each. */
  private byUri(artifacts: SarifLog['runs'][0]['artifacts'], result: SarifResult): SarifResult {
    forEachArtifact(result, (location) => {
      const artifact = location.index !== undefined ? artifacts[location.index] : undefined;
      const uri = artifact?.location.uri ?? location.uri;
      if (!this.known.has(uri)) this.known.set(uri, artifact ?? { location: { uri }, roles: ['analysisTarget'] });
      location.uri = uri;
      location.index = -1;
    });
    return result;
  }

  /** The file a share's result is ordered with, as `take` names it, without taking it. */
  fileOf(from: SarifLog, result: SarifResult): string {
    const uriOf = (location: ArtifactLocation): string => (location.index !== undefined ? from.runs[0].artifacts[location.index].location.uri : location.uri);
    const rendered = this.renderedIn(result, uriOf);
    if (rendered !== undefined) return rendered;
    const uri = uriOf(result.locations[0].physicalLocation.artifactLocation);
    return this.fileOfUri.get(uri) ?? uri;
  }

  /**
   * The file linted, for a result placed in its Helm template (--chart-dir): sarif.ts makes the
   * rendered place its first related location, saying so, and names the template among its
   * logical locations. `uriOf`: a location's URI (a taken result's are its own).
   */
  private renderedIn(result: SarifResult, uriOf: (location: ArtifactLocation) => string = (location) => location.uri): string | undefined {
    const related = result.relatedLocations?.[0];
    if (related === undefined || !result.locations[0].logicalLocations?.some((l) => l.kind === 'module')) return undefined;
    const { artifactLocation: location, region } = related.physicalLocation;
    const file = this.fileOfUri.get(uriOf(location));
    return file !== undefined && related.message?.text === renderedAt(file, { line: region.startLine, column: region.startColumn }) ? file : undefined;
  }

  /** Where a taken result's finding is in the file linted. */
  private regionOf(result: SarifResult): Region {
    return this.renderedIn(result) !== undefined ? result.relatedLocations![0].physicalLocation.region : result.locations[0].physicalLocation.region;
  }

  /**
   * One file's results (the shares', then the merge's) in report order, less those `leaveOut`
   * (the baseline) takes out of their findings, fingerprints numbered again; with the findings
   * kept, which say what a baseline matches on and an exit code counts. Fingerprints hash the file,
   * so numbering them within a file numbers them as over the whole log.
   */
  file(file: string, results: readonly SarifResult[], leaveOut?: (findings: Finding[]) => Finding[]): { results: SarifResult[]; findings: Finding[] } {
    // Stable: results that tie here come from one share (each file is in one) or all from the merge, already in order.
    const entries = [...results].sort((a, b) => compare(a, b, this.regionOf(a), this.regionOf(b)));
    let findings = entries.map((result) => resultFinding(result, file, this.regionOf(result)));
    const resultOf = new Map(findings.map((f, i) => [f, entries[i]]));
    if (leaveOut) findings = leaveOut(findings);
    const kept = findings.map((f) => resultOf.get(f)!);
    const seen = new Map<string, number>();
    for (const result of kept) {
      for (const [key, value] of Object.entries(result.partialFingerprints)) {
        const base = value.slice(0, value.lastIndexOf(':'));
        const n = (seen.get(`${key}\u0000${base}`) ?? 0) + 1;
        seen.set(`${key}\u0000${base}`, n);
        result.partialFingerprints[key] = `${base}:${n}`;
      }
    }
    return { results: kept, findings };
  }

  /** The merged log without its results: complete once every share's result has been taken. */
  head(): SarifLog {
    return this.log;
  }

  /** A result as a share's report wrote it (a log that is not ours, or cut, must not crash the merge); a sentence saying what is wrong, or undefined. */
  static problem(result: unknown, from: SarifLog): string | undefined {
    const r = result as Partial<SarifResult> | null;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'not an object';
    if (typeof r.ruleId !== 'string' || typeof r.ruleIndex !== 'number' || from.runs[0].tool.driver.rules[r.ruleIndex] === undefined) return 'no ruleId with a rule at its ruleIndex';
    const location = r.locations?.[0]?.physicalLocation;
    const region = location?.region;
    if (!location?.artifactLocation || !region || [region.startLine, region.startColumn, region.endLine, region.endColumn].some((n) => typeof n !== 'number')) return 'no location with a region';
    if (r.level !== 'error' && r.level !== 'warning' && r.level !== 'note') return 'no level of error, warning or note';
    if (r.relatedLocations !== undefined && !Array.isArray(r.relatedLocations)) return 'relatedLocations that are not a list';
    if ((r.relatedLocations ?? []).some((l) => [l?.physicalLocation?.region?.startLine, l?.physicalLocation?.region?.startColumn].some((n) => typeof n !== 'number'))) return 'a related location without a region';
    const artifacts = [location.artifactLocation, ...(r.relatedLocations ?? []).map((l) => l.physicalLocation?.artifactLocation), ...(r.fixes ?? []).map((f) => f.artifactChanges?.[0]?.artifactLocation)];
    for (const a of artifacts) {
      if (!a || (a.index !== undefined ? from.runs[0].artifacts[a.index] === undefined : typeof a.uri !== 'string')) return 'an artifact location with neither a uri nor an artifact at its index';
    }
    if (typeof r.partialFingerprints !== 'object' || r.partialFingerprints === null || Object.values(r.partialFingerprints).some((v) => typeof v !== 'string')) return 'no partialFingerprints of strings';
    const logical: unknown = r.locations?.[0]?.logicalLocations;
    if (logical !== undefined && (!Array.isArray(logical) || logical.some((l) => typeof l !== 'object' || l === null))) return 'logicalLocations that are not a list of objects';
    if (typeof r.properties?.path !== 'string' || typeof r.message?.text !== 'string') return 'no message or properties.path';
    try {
      parseJsonPath(r.properties.path);
    } catch {
      return `a properties.path daemonlint did not write: ${JSON.stringify(r.properties.path)}`;
    }
    return undefined;
  }
}

function compare(a: SarifResult, b: SarifResult, ra: Region, rb: Region): number {
  return ra.startLine - rb.startLine || ra.startColumn - rb.startColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', note: 'info' };

/** What a baseline needs of a result: its rule, object, path, message id and file. */
export function resultFinding(result: SarifResult, file: string, region: Region = result.locations[0].physicalLocation.region): Finding {
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

/** Each artifact location of a result: its place, its related places', its fixes'. */
function forEachArtifact(result: SarifResult, visit: (location: ArtifactLocation) => void): void {
  visit(result.locations[0].physicalLocation.artifactLocation);
  for (const related of result.relatedLocations ?? []) visit(related.physicalLocation.artifactLocation);
  for (const fix of result.fixes ?? []) visit(fix.artifactChanges[0].artifactLocation);
}
