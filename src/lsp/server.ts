import path from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../config/config.js';
import { withoutIgnored } from '../inputs/ignore.js';
import { configDir } from '../run/configure.js';
import { lint, type LintOptions, type LintRun } from '../run/lint.js';
import { LintCache } from '../run/lint-context.js';
import type { Finding, RuleInfo } from '../types/finding.js';
import { VERSION } from '../version.js';
import { Configurations, isConfigurationError, problemOf } from './configs.js';
import { contains, pathOfUri, sameRange, SOURCE, toDiagnostic, uriOfPath } from './convert.js';
import { ignoreEdit, justifyEdit, toLspEdit, wholeTextEdit } from './edits.js';
import { LintSchedule } from './schedule.js';
import { WorkspaceFiles } from './workspace.js';

/** What a client can set, under `daemonlint` (workspace/configuration) or in initializationOptions. */
export interface ServerSettings {
  /** Load the plugins a config lists (it runs their code): only for a workspace the user trusts. */
  trusted: boolean;
  /** While typing, lint a document at most once per this many milliseconds (a change after a pause is linted at once). */
  debounce: number;
  /** Read the workspace's manifests for the rules across the input (selector-overlap, hostport-conflict). */
  workspaceFiles: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { trusted: false, debounce: 150, workspaceFiles: true };

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.daemonlint`;

/** Other open documents are linted again this long after a change to one (rules across the input). */
const DEPENDENTS_DELAY = 400;

/** One document as last linted: what its diagnostics and code actions come from. */
interface LintedDocument {
  version: number;
  run: LintRun;
  /** The findings shown, each with its diagnostic. */
  shown: { finding: Finding; diagnostic: Diagnostic }[];
  bom: boolean;
  options: LintOptions;
}

/** Wires daemonlint into a connection: diagnostics, code actions and hovers for YAML and JSON manifests. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new WorkspaceFiles();
  const configs = new Configurations(DEFAULT_SETTINGS.trusted);
  const caches = new Map<string, LintCache>();
  const linted = new Map<string, LintedDocument>();
  /** What was last sent for each config file, so that unchanged diagnostics are not sent again. */
  const configSent = new Map<string, string>();
  let settings: ServerSettings = { ...DEFAULT_SETTINGS };
  let initOptions: Partial<ServerSettings> = {};
  let canPullConfiguration = false;
  let canWatchFiles = false;
  const schedule = new LintSchedule(lintDocument, settings.debounce);
  /** Documents opened before the client's settings have arrived wait for them (trust decides which rules run). */
  let settingsArrived: () => void = () => {};
  const settingsReady = new Promise<void>((resolve) => (settingsArrived = resolve));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    initOptions = (params.initializationOptions ?? {}) as Partial<ServerSettings>;
    settings = mergeSettings(initOptions, undefined);
    configs.setTrusted(settings.trusted);
    schedule.interval = settings.debounce;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((f) => pathOfUri(f.uri)) ?? [params.rootUri ? pathOfUri(params.rootUri) : (params.rootPath ?? undefined)];
    workspace.setFolders(folders.filter((f): f is string => f !== undefined));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
      },
      serverInfo: { name: 'daemonlint', version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (canPullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'daemonlint' });
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/{${CONFIG_FILE_NAMES.join(',')}}` }, { globPattern: '**/*.{yaml,yml,json}' }],
      });
    }
    await refreshSettings();
    settingsArrived();
    if (settings.workspaceFiles) await scanWorkspace();
  });

  connection.onDidChangeConfiguration(async () => {
    await refreshSettings();
    lintAll();
  });

  documents.onDidOpen((e) => schedule.request(e.document.uri));
  documents.onDidChangeContent((e) => schedule.request(e.document.uri));
  documents.onDidSave((e) => {
    const file = pathOfUri(e.document.uri);
    if (file !== undefined && isConfigFile(file)) configChanged(file);
  });
  documents.onDidClose((e) => {
    schedule.cancel(e.document.uri);
    linted.delete(e.document.uri);
    const file = pathOfUri(e.document.uri);
    // Closed, it counts for the rules across the input as it is on disk.
    if (file !== undefined) workspace.refresh(file);
    if (file === undefined || !isConfigFile(file)) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    lintOthers(e.document.uri);
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let manifests = false;
    for (const change of changes) {
      const file = pathOfUri(change.uri);
      if (file === undefined) continue;
      if (isConfigFile(file)) {
        configs.forget(file);
        if (change.type === FileChangeType.Deleted) void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        lintAll();
      } else if (documents.get(change.uri) === undefined && settings.workspaceFiles && workspace.refresh(file)) {
        manifests = true;
      }
    }
    if (manifests) lintOthers(undefined);
  });

  connection.onCodeAction(codeActions);
  connection.onHover(hover);
  documents.listen(connection);

  async function refreshSettings(): Promise<void> {
    let pulled: unknown;
    if (canPullConfiguration) {
      try {
        pulled = await connection.workspace.getConfiguration('daemonlint');
      } catch {
        pulled = undefined;
      }
    }
    settings = mergeSettings(initOptions, pulled);
    configs.setTrusted(settings.trusted);
    schedule.interval = settings.debounce;
  }

  function configChanged(file: string): void {
    configs.forget(file);
    lintAll();
  }

  function lintAll(): void {
    for (const document of documents.all()) schedule.request(document.uri);
  }

  /** The other open documents, after a change that may change what the rules across the input say about them. */
  function lintOthers(except: string | undefined): void {
    for (const document of documents.all()) if (document.uri !== except) schedule.request(document.uri, DEPENDENTS_DELAY);
  }

  function cacheFor(configFile: string | undefined): LintCache {
    const key = configFile ?? '';
    let cache = caches.get(key);
    if (cache === undefined) caches.set(key, (cache = new LintCache()));
    return cache;
  }

  /** Reads the workspace's manifests, linting each slice ahead of need (into the cache of its config), then lints the open documents with them. */
  async function scanWorkspace(): Promise<void> {
    await workspace.scan(async (files) => {
      const byConfig = new Map<string, { path: string; text: string }[]>();
      for (const file of files) {
        const key = configs.forDocument(file.path, workspace.folderOf(file.path)).file ?? '';
        byConfig.set(key, [...(byConfig.get(key) ?? []), file]);
      }
      for (const [key, group] of byConfig) {
        const config = configs.forDocument(group[0].path, workspace.folderOf(group[0].path));
        if (!config.config) continue;
        try {
          await lint({ cwd: config.cwd, config: config.config, context: group, cache: cacheFor(key || undefined), baselineFile: false, fixEdits: false });
        } catch {
          // A configuration problem shows when a document under it is linted.
        }
      }
    });
    lintAll();
  }

  function openTexts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const document of documents.all()) {
      const file = pathOfUri(document.uri);
      if (file !== undefined && !isConfigFile(file)) out.set(file, document.getText());
    }
    return out;
  }

  async function lintDocument(uri: string): Promise<void> {
    await settingsReady;
    const document = documents.get(uri);
    const file = pathOfUri(uri);
    if (document === undefined || file === undefined) return;
    if (isConfigFile(file)) {
      publishConfig(file);
      return;
    }
    const version = document.version;
    const text = document.getText();
    const documentConfig = configs.forDocument(file, workspace.folderOf(file));
    if (documentConfig.file !== undefined) publishConfig(documentConfig.file);
    const { config, cwd } = documentConfig;
    if (config === undefined || withoutIgnored([file], config.ignore, configDir(config, cwd)).length === 0) {
      linted.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const open = openTexts();
    const around = settings.workspaceFiles ? workspace.files(open) : [...open].map(([p, t]) => ({ path: p, text: t }));
    // The files the CLI would lint beside this one: not itself, not what the config ignores.
    const kept = config.ignore.length === 0 ? undefined : new Set(withoutIgnored(around.map((f) => f.path), config.ignore, configDir(config, cwd)));
    const options: LintOptions = {
      texts: [{ path: file, text }],
      cwd,
      config,
      context: around.filter((f) => f.path !== file && (kept === undefined || kept.has(f.path))),
    };
    let run: LintRun;
    try {
      run = await lint({ ...options, cache: cacheFor(documentConfig.file) });
    } catch (error) {
      if (documentConfig.file !== undefined && isConfigurationError(error)) {
        configs.setLintProblem(documentConfig.file, problemOf(error));
        publishConfig(documentConfig.file);
        linted.delete(uri);
        void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      } else {
        connection.console.error(`daemonlint: linting ${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      return;
    }
    if (documentConfig.file !== undefined && configs.setLintProblem(documentConfig.file, undefined)) publishConfig(documentConfig.file);
    // Changed while it was being linted: the lint that follows publishes.
    if (documents.get(uri)?.version !== version || schedule.isPending(uri)) return;
    const previous = linted.get(uri);
    const bom = text.charCodeAt(0) === 0xfeff;
    const rules = new Map(run.rules.map((r): [string, RuleInfo] => [r.id, r]));
    const findings = looksLikeKubernetes(run, text) ? run.findings.filter((f) => f.file === file && !(f.suppressions?.length ?? 0)) : [];
    const shown = findings.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, bom, rules) }));
    // A rule that threw (often a plugin's) is a bug to see, not a reason to show nothing: the CLI exits 2.
    const failures = run.ruleFailures.map(
      (failure): Diagnostic => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        code: failure.ruleId,
        source: SOURCE,
        message: `rule "${failure.ruleId}" failed on ${failure.where}: ${failure.message}`,
      }),
    );
    linted.set(uri, { version, run, shown, bom, options });
    void connection.sendDiagnostics({ uri, version, diagnostics: [...shown.map((s) => s.diagnostic), ...failures] });
    // What this document holds now may change what the rules across the input say about the others.
    if (previous !== undefined && previous.version !== version && run.objects !== undefined) lintOthers(uri);
  }

  function publishConfig(file: string): void {
    const diagnostics = configs.diagnosticsOf(file);
    const sent = JSON.stringify(diagnostics);
    if (configSent.get(file) === sent) return;
    configSent.set(file, sent);
    void connection.sendDiagnostics({ uri: uriOfPath(file), diagnostics });
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    const state = linted.get(uri);
    if (document === undefined || state === undefined || state.version !== document.version) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== SOURCE) continue;
        const match = state.shown.find((s) => s.diagnostic.code === diagnostic.code && s.diagnostic.message === diagnostic.message && sameRange(s.diagnostic.range, diagnostic.range));
        if (match) actions.push(...quickFixes(uri, state, match.finding, match.diagnostic));
      }
    }
    if (wants(FIX_ALL_KIND) && state.shown.some((s) => s.finding.fix !== undefined && isSafeFix(s.finding))) {
      const fixAll = await fixAllAction(document, state);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  function quickFixes(uri: string, state: LintedDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
    const actions: CodeAction[] = [];
    const source = state.run.sources.find((s) => s.path === finding.file);
    if (finding.fix && source) {
      const safe = isSafeFix(finding);
      const edit = toLspEdit(source, { start: finding.fix.range.start.offset, end: finding.fix.range.end.offset, text: finding.fix.text });
      actions.push({
        title: safe ? `Fix this ${finding.ruleId} problem` : `Fix this ${finding.ruleId} problem (unsafe: may change how the workload runs)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: safe,
        edit: { changes: { [uri]: [edit] } },
      });
    }
    const justify = justifyEdit(state.run, finding);
    if (justify) {
      actions.push({
        title: `Justify this privilege (add ${finding.justifyWith})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: justify } },
      });
    }
    const ignore = ENGINE_RULES.has(finding.ruleId) ? undefined : ignoreEdit(state.run, finding);
    if (ignore) {
      actions.push({
        title: `Ignore ${finding.ruleId} for this object (daemonlint-disable comment)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: ignore } },
      });
    }
    return actions;
  }

  /** Every safe fix of the document at once, through the CLI's own fix loop (`--fix`): applied, re-parsed and re-linted. */
  async function fixAllAction(document: TextDocument, state: LintedDocument): Promise<CodeAction | undefined> {
    let run: LintRun;
    try {
      run = await lint({ ...state.options, fix: {} });
    } catch {
      return undefined;
    }
    const fixed = run.fixes[0];
    if (fixed === undefined || fixed.failure !== undefined || fixed.fixed === 0) return undefined;
    const before = document.getText();
    const edit = wholeTextEdit(before, fixed.output, (offset) => document.positionAt(offset));
    if (edit === undefined || documents.get(document.uri)?.version !== state.version) return undefined;
    return { title: 'Fix all safe daemonlint problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [edit] } } };
  }

  function hover(params: HoverParams): Hover | null {
    const document = documents.get(params.textDocument.uri);
    const state = linted.get(params.textDocument.uri);
    if (document === undefined || state === undefined || state.version !== document.version) return null;
    const here = state.shown.filter((s) => contains(s.diagnostic.range, params.position));
    if (here.length === 0) return null;
    const parts = here.map(({ finding, diagnostic }) => {
      const lines = [`**${finding.ruleId}**: ${escapeMarkdown(finding.message)}`];
      if (finding.help) lines.push('', escapeMarkdown(finding.help));
      const href = diagnostic.codeDescription?.href;
      if (href) lines.push('', `[${finding.ruleId} documentation](${href})`);
      return lines.join('\n');
    });
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: here[0].diagnostic.range };
  }
}

/** Findings the engine itself reports: no rule to ignore. */
const ENGINE_RULES = new Set(['yaml-syntax', 'unused-suppression']);

/** A fix `--fix` applies (`--unsafe-fixes` being needed for the others). */
function isSafeFix(finding: Finding): boolean {
  return finding.fix !== undefined && finding.fixable !== 'unsafe';
}

function isConfigFile(file: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(file));
}

/**
 * A document that holds a Kubernetes object, or is being written as one: a DaemonSet was checked,
 * a rule had something to say, or it has `apiVersion` and `kind` keys (then a syntax error while
 * typing is worth showing). Any other YAML or JSON (a CI workflow, a values file) gets nothing.
 */
function looksLikeKubernetes(run: LintRun, text: string): boolean {
  if (run.daemonSets > 0 || run.findings.some((f) => f.ruleId !== 'yaml-syntax')) return true;
  return /^[ \t{,-]*["']?apiVersion["']?[ \t]*:/m.test(text) && /^[ \t{,-]*["']?kind["']?[ \t]*:/m.test(text);
}

function mergeSettings(init: Partial<ServerSettings>, pulled: unknown): ServerSettings {
  const out: ServerSettings = { ...DEFAULT_SETTINGS };
  for (const source of [init, pulled]) {
    if (typeof source !== 'object' || source === null) continue;
    // Some clients (Helix) send their whole `config` table: the settings are then under `daemonlint`.
    const nested = (source as Record<string, unknown>).daemonlint;
    const s = (typeof nested === 'object' && nested !== null ? nested : source) as Record<string, unknown>;
    if (typeof s.trusted === 'boolean') out.trusted = s.trusted;
    if (typeof s.debounce === 'number' && Number.isFinite(s.debounce) && s.debounce >= 0) out.debounce = s.debounce;
    if (typeof s.workspaceFiles === 'boolean') out.workspaceFiles = s.workspaceFiles;
  }
  return out;
}

/** Messages quote manifest values: in Markdown, those must not become markup or links. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}
