import type { CoverageReport } from './inventory.js';
/** A position in a source file: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Position {
    line: number;
    column: number;
    offset: number;
}
export interface Range {
    start: Position;
    end: Position;
}
/**
 * `error` and `warning` are problems (errors fail a run; warnings fail it past `--max-warnings`);
 * `info` is reported and never fails anything (SARIF's `note`: a rollout that is manual by design,
 * an admission policy in Audit mode).
 */
export type Severity = 'error' | 'warning' | 'info';
export type Level = Severity | 'off';
/** A path into a Kubernetes object, as the API server spells field paths: keys and list indexes. */
export type JsonPath = readonly (string | number)[];
/** The Kubernetes object a finding belongs to. */
export interface ObjectRef {
    apiVersion?: string;
    kind?: string;
    namespace?: string;
    name?: string;
}
export interface Suppression {
    kind: 'inSource' | 'external';
    justification: string;
}
export interface Finding {
    ruleId: string;
    severity: Severity;
    /** The headline: what is wrong, with the names and values that identify it, on one line. */
    message: string;
    /** Why it matters and how to fix it, when the rule says. */
    help?: string;
    messageId?: string;
    /** Path as given by the user (relative to the working directory for files), `<stdin>` for stdin. */
    file: string;
    range: Range;
    /** Index of the YAML document in its file, 0-based. */
    documentIndex: number;
    object?: ObjectRef;
    /** Path from the document root to the reported node. */
    path: JsonPath;
    suppressions?: Suppression[];
    /**
     * The rule offers a fix for this finding, and how safe it is: `--fix` applies `safe` fixes,
     * `--unsafe-fixes` also `unsafe` ones. Set whether or not the edit itself was computed (`fix`).
     */
    fixable?: FixSafety;
    /** The edit the fix makes (when the run computes edits): replace `range` with `text`. Its safety is `fixable`. */
    fix?: {
        range: Range;
        text: string;
    };
    /** Other places the finding involves (another DaemonSet claiming the same host port, ...). */
    related?: {
        file: string;
        range: Range;
        message: string;
    }[];
    /** The Helm template the document was rendered from (its `# Source:` comment). */
    template?: string;
    /**
     * With `--chart-dir`, where the finding's key is in that template (also the first of `related`):
     * the file a person edits. SARIF and GitHub annotations report the finding there, the rendered
     * position as related.
     */
    inTemplate?: {
        file: string;
        range: Range;
    };
    /** The annotation that would justify this privilege (`daemonlint.io/justification.<key>`), when a reason there would accept the finding. */
    justifyWith?: string;
}
/** What a rule looks like to a report: its id and metadata (built-in and plugin rules alike). */
/**
 * ruff's fix applicability: a safe fix cannot change what the workload does beyond the finding; an
 * unsafe one may (making a mount read-only that a CSI or CNI agent writes, choosing a DNS policy).
 */
export type FixSafety = 'safe' | 'unsafe';
export interface RuleInfo {
    id: string;
    description: string;
    severity: Severity;
    fixable: boolean;
    tags: readonly string[];
    securitySeverity?: number;
    /** Documentation page. */
    helpUri: string;
    /** The rule's documentation as Markdown (for SARIF `help.markdown`); may be empty. */
    helpMarkdown?: string;
    /** The rule's messages as written in its meta: each headline template and its help (placeholders left as `{{name}}`). */
    messages?: {
        message: string;
        help?: string;
    }[];
}
/** A DaemonSet that was checked, whether or not anything was found in it. */
export interface CheckedObject {
    /** As in `Finding.file`. */
    file: string;
    /** Index of the YAML document in its file, 0-based. */
    documentIndex: number;
    object: ObjectRef;
    /**
     * Path from the document root to the object: `[]` for a document, `['items', 2]` for an item
     * of a `kind: List`. Findings about the object have paths that start with it; optional, used to
     * tell apart list items that share a document and a name.
     */
    path?: JsonPath;
}
/** Everything a formatter needs: findings in deterministic order and what the run covered. */
export interface LintResult {
    findings: Finding[];
    /** Files (and stdin) that were read. */
    files: string[];
    daemonSets: number;
    /**
     * Every DaemonSet checked, in the order of `files`, then by document (so `objects.length ===
     * daemonSets`). Optional: formatters that report passing checks (junit's test cases) use it when
     * present and otherwise know only the DaemonSets that findings name.
     */
    objects?: CheckedObject[];
    /** Every rule that ran, in id order, plus `yaml-syntax`. */
    rules: RuleInfo[];
    /** Directory that relative file paths are relative to. */
    cwd: string;
    toolVersion: string;
    /** Unsafe fixes were enabled for the run (`--unsafe-fixes`): reports count them as fixable, not as hidden. */
    unsafeFixes?: boolean;
    /** With a node inventory: where each DaemonSet runs on it, misses, or does not fit (`coverage` in the JSON report). */
    coverage?: CoverageReport;
    /** Helm chart `templates/` directories a directory walk left out (paths as shown in findings). */
    skippedTemplates?: string[];
    /** When a baseline was applied: how many findings it accounted for, and its entries that no longer occur. */
    baseline?: {
        file: string;
        matched: number;
        stale: {
            ruleId: string;
            kind?: string;
            namespace?: string;
            name?: string;
            path: string;
            count: number;
        }[];
    };
}
export interface FormatOptions {
    /** Colour for terminals; never set when NO_COLOR is present or output is not a TTY. */
    color: boolean;
    /** The width of the terminal the report is read in: stylish keeps each finding to one line of it. Unset: no limit. */
    columns?: number;
    /** Rule ids as terminal hyperlinks (OSC 8) to their documentation: only for terminals that show them. */
    links?: boolean;
    /** Each finding's help text under it (stylish). */
    verbose?: boolean;
}
export type Formatter = (result: LintResult, options: FormatOptions) => string;
/** What a report knows of a run besides its findings: all of it is known before the first file is written. */
export type ReportRun = Omit<LintResult, 'findings' | 'objects'>;
/**
 * A report written a file at a time, as a large run hands over its files (memory then holds one
 * file's findings): `file` writes one file's text through `write`, in pieces of bounded size (one
 * file can hold more findings than a string can hold text), in the order the writer asks for
 * (`path`: the findings' order; `input`: the inputs'); `ends` returns the text that goes before
 * the first file's and after the last one's, asked once every file has been written (it may need
 * totals). A head can come in pieces, made as they are read: the JSON report's node coverage
 * lists every node a DaemonSet misses, tens of megabytes for a large fleet, which one string (or
 * all pieces at once) would hold whole.
 */
export interface FileWriter {
    readonly order: 'path' | 'input';
    file(file: string, findings: readonly Finding[], objects: readonly CheckedObject[], write: (text: string) => void): void;
    ends(): {
        head: string | Iterable<string>;
        tail: string;
    };
}
export type FileWriterFactory = (run: ReportRun, options: FormatOptions) => FileWriter;
/** One file of a run whose report is written file by file: its findings in report order and the DaemonSets checked in it. */
export interface FileFindings {
    file: string;
    findings: Finding[];
    objects: CheckedObject[];
}
