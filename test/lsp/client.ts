// A language client for the tests: spawns the built server as an editor does (`daemonlint lsp`),
// speaks JSON-RPC to it over its stdio with vscode-jsonrpc, and keeps every notification it sends,
// so that a test waits for the diagnostics it expects instead of waiting for time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = path.join(root, 'bin', 'daemonlint.js');

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export interface StartOptions {
  /** The workspace folder. */
  folder: string;
  /** What the client answers to workspace/configuration for `daemonlint`. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Whether the client accepts file watcher registrations. */
  watchFiles?: boolean;
  command?: string[];
}

type Waiter = { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly logs: string[] = [];
  stderr = '';
  settings: Record<string, unknown>;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  readonly exited: Promise<number | null>;

  constructor(options: StartOptions) {
    const [command, ...args] = options.command ?? [process.execPath, bin, 'lsp'];
    this.child = spawn(command, args, { cwd: options.folder, env: { ...process.env, NO_COLOR: '1' } });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.settings = options.settings ?? {};
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      const still: Waiter[] = [];
      for (const w of this.waiters) {
        if (w.uri === p.uri && w.test(p)) w.resolve(p);
        else still.push(w);
      }
      this.waiters = still;
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'daemonlint' ? this.settings : null)));
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.listen();
  }

  async initialize(options: StartOptions): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: uriOf(options.folder),
      workspaceFolders: [{ uri: uriOf(options.folder), name: path.basename(options.folder) }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: options.watchFiles ?? false }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true }, codeAction: {}, hover: { contentFormat: ['markdown'] } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the first publication for `uri` (already received or still to come) that passes `test`. */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = [...this.published].reverse().find((p) => p.uri === uri);
    if (seen && test(seen)) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** The diagnostics of this version of the document (the server stamps them with the version it linted). */
  diagnosticsOfVersion(uri: string, version = this.versions.get(uri)): Promise<Diagnostic[]> {
    return this.diagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  async open(file: string, text: string, languageId = 'yaml'): Promise<string> {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces a range of the document (an incremental change, as editors send on a keystroke). */
  async edit(uri: string, range: Range, newText: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, applyEdits(this.texts.get(uri)!, [{ range, newText }]));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: newText }] });
    return version;
  }

  /** Applies a workspace edit from the server to the documents it names, as the editor would. */
  async apply(edit: WorkspaceEdit): Promise<void> {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const version = (this.versions.get(uri) ?? 0) + 1;
      this.versions.set(uri, version);
      const text = applyEdits(this.texts.get(uri)!, edits);
      this.texts.set(uri, text);
      await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  version(uri: string): number {
    return this.versions.get(uri)!;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  /** The shutdown request, then the exit notification: resolves with the process's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

/** Applies LSP text edits (non-overlapping, against the same text) to a string. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }));
  offsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of offsets) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

export async function startClient(options: StartOptions): Promise<TestClient> {
  const client = new TestClient(options);
  await client.initialize(options);
  return client;
}
