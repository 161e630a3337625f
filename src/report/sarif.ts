import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileWriterFactory, Finding, FixSafety, FormatOptions, LintResult, ReportRun, RuleInfo, Severity } from '../types/finding.js';
import { formatWhole, PIECE } from './file-writer.js';
import { HOMEPAGE } from '../version.js';
import { fingerprints, relativeUriPath } from './fingerprint.js';
import { fixSafetyOf, formatJsonPath, isSuppressed } from './json.js';
import { safeJsonText } from './safe-text.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** The key of our partial fingerprint; the `/v1` is bumped if what goes into the hash ever changes. */
export const FINGERPRINT_KEY = 'daemonlint/v1';
const STDIN = '<stdin>';
/** A relative reference with no base: it names no file in the repository, so nothing resolves it against one. */
const STDIN_URI = 'stdin';

// The SARIF types below cover only what this formatter writes, not the whole specification.
interface Message {
  text: string;
  markdown?: string;
}

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
  description?: Message;
}

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: Message;
  fullDescription: Message;
  help: Message;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'very-high'; 'security-severity'?: string };
}

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A fix as SARIF writes it: one replacement in the result's own file (§3.55-3.57). */
interface SarifFix {
  description: Message;
  artifactChanges: [{ artifactLocation: ArtifactLocation; replacements: [{ deletedRegion: Region; insertedContent?: { text: string } }] }];
  /** ruff's applicability: `unsafe` fixes may change what the workload does, and `--fix` leaves them out. */
  properties: { safety: 'safe' | 'unsafe' };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: Message;
  locations: [
    {
      physicalLocation: {
        artifactLocation: ArtifactLocation;
        region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
      };
      logicalLocations?: { name?: string; fullyQualifiedName: string; kind: 'resource' | 'module' }[];
    },
  ];
  relatedLocations?: { id: number; physicalLocation: { artifactLocation: ArtifactLocation; region: Region }; message: Message }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'inSource' | 'external'; status: 'accepted'; justification: string }[];
  properties: { path: string; documentIndex: number; messageId?: string; help?: string };
  fixes?: SarifFix[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: 'daemonlint';
          version: string;
          semanticVersion: string;
          informationUri: string;
          rules: ReportingDescriptor[];
        };
      };
      originalUriBaseIds: Record<string, { uri: string; description?: Message }>;
      artifacts: { location: ArtifactLocation; roles: ['analysisTarget'] }[];
      results: SarifResult[];
      columnKind: 'utf16CodeUnits';
    },
  ];
}

export function toSarif(result: LintResult): SarifLog {
  const log = new SarifRun(result);
  // Fingerprints number findings that share every stable attribute within their file, so all at once is the same as file by file.
  const fingerprintOf = fingerprints(result.findings, result.cwd);
  const results = result.findings.map((f, i) => log.result(f, fingerprintOf[i]));
  return log.log(results);
}

export function formatSarif(result: LintResult, options: FormatOptions = { color: false }): string {
  return formatWhole(sarifWriter, result, options);
}

/**
 * The results a file at a time; the run's header (rules, artifacts) is written once they are all
 * known, since a result can add a descriptor (a plugin rule without metadata) or an artifact (a
 * related location in a Helm template).
 */
export const sarifWriter: FileWriterFactory = (run) => {
  const log = new SarifRun(run);
  let written = 0;
  return {
    order: 'path',
    file(_file, findings, _objects, write) {
      const fingerprintOf = fingerprints(findings, run.cwd);
      for (let start = 0; start < findings.length; start += PIECE) {
        const results: SarifResult[] = [];
        for (let i = start; i < findings.length && i < start + PIECE; i++) results.push(log.result(findings[i], fingerprintOf[i]));
        writeResults(results, written === 0, write);
        written += results.length;
      }
    },
    ends: () => logEnds(log.log([]), written),
  };
};

/** Results as a log's `results` holds them (after others unless `first`), for a log written a piece at a time. */
export function writeResults(results: readonly SarifResult[], first: boolean, write: (text: string) => void): void {
  // Wrapped as the log wraps them, so that the items come out at the log's indentation.
  const text = JSON.stringify({ runs: [{ results }] }, null, 2);
  if (!first) write(',\n');
  write(safeJsonText(text.slice(RESULTS_START.length, -RESULTS_END.length)));
}

/** The text of `log` (its results empty) before and after `written` results. */
export function logEnds(log: SarifLog, written: number): { head: string; tail: string } {
  const text = sarifText(log);
  const at = text.indexOf(EMPTY_RESULTS);
  if (at === -1 || text.indexOf(EMPTY_RESULTS, at + 1) !== -1) throw new Error('the SARIF log must hold its results once');
  if (written === 0) return { head: text, tail: '' };
  return { head: `${text.slice(0, at)}"results": [\n`, tail: `\n      ]${text.slice(at + EMPTY_RESULTS.length)}` };
}

const EMPTY_RESULTS = '"results": []';
const RESULTS_START = '{\n  "runs": [\n    {\n      "results": [\n';
const RESULTS_END = '\n      ]\n    }\n  ]\n}';

/** One run's descriptors and artifacts, added to as results name rules and files. */
class SarifRun {
  private readonly rules: ReportingDescriptor[];
  private readonly ruleIndex: Map<string, number>;
  private readonly artifacts: SarifLog['runs'][0]['artifacts'] = [];
  private readonly artifactIndex = new Map<string, number>();

  constructor(private readonly run: ReportRun) {
    this.rules = run.rules.map(toDescriptor);
    this.ruleIndex = new Map(this.rules.map((r, i) => [r.id, i]));
    // Every file read is an analysis target, including clean ones: the log records what was covered, not only what failed.
    for (const file of run.files) this.artifactFor(file);
  }

  private artifactFor(file: string): ArtifactLocation {
    let index = this.artifactIndex.get(file);
    if (index === undefined) {
      index = this.artifacts.length;
      this.artifactIndex.set(file, index);
      this.artifacts.push({ location: artifactLocation(file, this.run.cwd), roles: ['analysisTarget'] });
    }
    const { uri, uriBaseId } = this.artifacts[index].location;
    // The artifact carries the description; each result repeats only what GitHub needs to place it.
    return uriBaseId === undefined ? { uri, index } : { uri, uriBaseId, index };
  }

  /** A finding of a rule the run does not describe (a plugin that forgot its metadata) still needs a descriptor for GitHub to show it. */
  private ruleIndexOf(f: Finding): number {
    let index = this.ruleIndex.get(f.ruleId);
    if (index === undefined) {
      index = this.rules.length;
      this.ruleIndex.set(f.ruleId, index);
      this.rules.push(toDescriptor({ id: f.ruleId, description: `Rule ${f.ruleId}.`, severity: f.severity, fixable: false, tags: [], helpUri: HOMEPAGE }));
    }
    return index;
  }

  /** Two findings can share every stable attribute; `fingerprint` is numbered in file order, like GitHub's own `:n` suffix. */
  result(f: Finding, fingerprint: string): SarifResult {
    // With --chart-dir, code scanning annotates the template people edit; the rendered line is related.
    const primary = f.inTemplate ?? { file: f.file, range: f.range };
    const related = f.inTemplate
      ? [{ file: f.file, range: f.range, message: renderedAt(f.file, f.range.start) }, ...(f.related ?? []).filter((r) => r.file !== f.inTemplate?.file || r.range.start.offset !== f.inTemplate.range.start.offset)]
      : f.related;
    const out: SarifResult = {
      ruleId: f.ruleId,
      ruleIndex: this.ruleIndexOf(f),
      level: sarifLevel(f.severity),
      // In `helm template` output the template is the file a person edits: say so in the message too.
      message: { text: sentence(f.template === undefined ? f.message : `${f.message} (rendered from the Helm template ${f.template})`) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: this.artifactFor(primary.file),
            region: {
              startLine: primary.range.start.line,
              startColumn: primary.range.start.column,
              endLine: primary.range.end.line,
              endColumn: primary.range.end.column,
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
      // The message id names the finding across rewordings: a baseline (and a merge that applies one) matches by it.
      properties: {
        path: formatJsonPath(f.path),
        documentIndex: f.documentIndex,
        ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
        ...(f.help === undefined ? {} : { help: f.help }),
      },
    };
    const logical = logicalLocation(f);
    const template = f.template === undefined ? [] : [{ fullyQualifiedName: f.template, kind: 'module' as const }];
    if (logical || template.length > 0) out.locations[0].logicalLocations = [...(logical ? [logical] : []), ...template];
    if (related?.length) {
      out.relatedLocations = related.map((r, k) => ({
        id: k + 1,
        physicalLocation: {
          artifactLocation: this.artifactFor(r.file),
          region: { startLine: r.range.start.line, startColumn: r.range.start.column, endLine: r.range.end.line, endColumn: r.range.end.column },
        },
        message: { text: sentence(r.message) },
      }));
    }
    if (isSuppressed(f)) {
      out.suppressions = (f.suppressions ?? []).map((s) => ({ kind: s.kind, status: 'accepted', justification: s.justification }));
    } else if (f.fix) {
      out.fixes = [toFix(f.fix, fixSafetyOf(f) ?? 'safe', out.locations[0].physicalLocation.artifactLocation)];
    }
    return out;
  }

  log(results: SarifResult[]): SarifLog {
    const run = this.run;
    return {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'daemonlint',
              version: run.toolVersion,
              semanticVersion: run.toolVersion,
              informationUri: HOMEPAGE,
              rules: this.rules,
            },
          },
          originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(run.cwd) } },
          artifacts: this.artifacts,
          results,
          columnKind: 'utf16CodeUnits',
        },
      ],
    };
  }
}

export function sarifText(log: SarifLog): string {
  return safeJsonText(`${JSON.stringify(log, null, 2)}\n`);
}

function toDescriptor(rule: RuleInfo): ReportingDescriptor {
  const description = sentence(rule.description);
  const tags = [...rule.tags];
  const properties: ReportingDescriptor['properties'] = { tags, precision: 'very-high' };
  if (rule.securitySeverity !== undefined) {
    // GitHub reads security-severity only on rules tagged `security`, and only as a string.
    if (!tags.includes('security')) tags.push('security');
    properties['security-severity'] = rule.securitySeverity.toFixed(1);
  }
  const name = pascalCase(rule.id);
  // A result's help is rendered with its values (`properties.help`); the rule's help says it for each message, values as <name>.
  const messages = (rule.messages ?? []).filter((m): m is { message: string; help: string } => m.help !== undefined);
  const helps = messages.map((m) => `${sentence(placeholders(m.message, '<$1>'))} ${placeholders(m.help, '<$1>')}`);
  const helpMarkdown = messages.map((m) => `- **${placeholders(m.message, '*$1*')}**: ${placeholders(m.help, '*$1*')}`);
  const full = helps.length === 0 ? description : `${description}\n\n${helps.join('\n')}`;
  return {
    id: rule.id,
    // SARIF wants `name` to differ from the opaque `id` (compared without case) or be left out: `probes` has no other name than `Probes`.
    ...(name.toLowerCase() === rule.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: full },
    help: {
      text: `${full}\n\nDocumentation: ${rule.helpUri}`,
      markdown: rule.helpMarkdown
        ? rule.helpMarkdown
        : `${description}${helpMarkdown.length === 0 ? '' : `\n\n${helpMarkdown.join('\n')}`}\n\n[Documentation](${rule.helpUri})`,
    },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties,
  };
}

/** A template's `{{name}}` placeholders written as `replacement` (`$1` is the name). */
function placeholders(template: string, replacement: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, replacement);
}

/**
 * The edit `--fix` makes for a finding. A pure insertion is a zero-length region, its start and
 * end the same line and column (SARIF §3.30.2, "insertion point"); a pure deletion has no
 * insertedContent. Regions count UTF-16 units without the BOM, as the run's columnKind says and
 * §3.30.2 requires.
 */
function toFix(fix: NonNullable<Finding['fix']>, safety: FixSafety, artifactLocation: ArtifactLocation): SarifFix {
  const { start, end } = fix.range;
  const replacement: SarifFix['artifactChanges'][0]['replacements'][0] = {
    deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
  };
  if (fix.text !== '') replacement.insertedContent = { text: fix.text };
  // SARIF has no notion of a fix's safety: the description says it to people, the property to tools.
  const description = fixDescription(fix) + (safety === 'unsafe' ? ' Unsafe fix: it may change what the workload does; --fix applies it only with --unsafe-fixes.' : '');
  return { description: { text: description }, artifactChanges: [{ artifactLocation, replacements: [replacement] }], properties: { safety } };
}

/** What a fix does, in words a viewer can show on its "apply" button (the formatter has no source text to quote). */
function fixDescription(fix: NonNullable<Finding['fix']>): string {
  const { start, end } = fix.range;
  const inserted = excerpt(fix.text);
  if (start.line === end.line && start.column === end.column) return `Insert ${inserted}.`;
  let where: string;
  if (start.column === 1 && end.column === 1) where = end.line - start.line === 1 ? `line ${start.line}` : `lines ${start.line}-${end.line - 1}`;
  else if (start.line === end.line) where = `line ${start.line}, columns ${start.column}-${end.column - 1}`;
  else where = `from line ${start.line}, column ${start.column} up to line ${end.line}, column ${end.column}`;
  return fix.text === '' ? `Delete ${where}.` : `Replace ${where} with ${inserted}.`;
}

/** Inserted text on one line, shortened: enough to recognise it. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `\`${line.length > 120 ? `${line.slice(0, 119)}…` : line}\``;
}

export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  if (file === STDIN) return { uri: STDIN_URI, description: { text: 'Standard input.' } };
  const relative = relativeUriPath(file, cwd);
  if (relative === undefined) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relative, uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  // Without the slash, resolving `a.yaml` against the base would replace its last segment instead of descending into it.
  return href.endsWith('/') ? href : `${href}/`;
}

function logicalLocation(f: Finding): NonNullable<SarifResult['locations'][0]['logicalLocations']>[number] | undefined {
  const o = f.object;
  if (!o || (o.kind === undefined && o.name === undefined)) return undefined;
  // Namespace, kind and name are what it takes to find the object in a cluster; apiVersion rarely matters to a reader.
  const parts = [o.namespace, o.kind ?? '', o.name ?? ''].filter((p) => p !== undefined);
  const out: NonNullable<SarifResult['locations'][0]['logicalLocations']>[number] = { fullyQualifiedName: parts.join('/'), kind: 'resource' };
  if (o.name !== undefined) out.name = o.name;
  return out;
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF asks for messages that are complete sentences, ending in a period. */
/**
 * The message of the first related location of a result placed in its Helm template (--chart-dir):
 * where the finding is in the file that was linted, which a merge of shares orders it by.
 */
export function renderedAt(file: string, start: { line: number; column: number }): string {
  return sentence(`rendered at ${file}:${start.line}:${start.column}`);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text);
  return match ? match[0] : text;
}

type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF names our `info` `note`: a result that is not a problem. */
function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}
