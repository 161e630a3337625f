// The editor clients in editors/: the VS Code extension's manifest and the command it starts,
// checked by loading the extension with stand-ins for the `vscode` API and its language client,
// then starting that command and speaking to it.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, startClient } from './client.js';

const extensionDir = path.join(root, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-vscode-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Loads extension.js with stand-in modules and activates it; returns what it gave the LanguageClient. */
async function activate(workspaceFolder: string): Promise<{ id: string; server: { command: string; args: string[] }; client: { documentSelector: unknown } }> {
  const dir = mkdtempSync(path.join(scratch, 'ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  mkdirSync(path.join(dir, 'node_modules', 'vscode'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules', 'vscode-languageclient'), { recursive: true });
  const settings = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties as Record<string, { default: unknown }>).map(([k, v]) => [k, v.default]));
  writeFileSync(
    path.join(dir, 'node_modules', 'vscode', 'index.js'),
    `const settings = ${JSON.stringify(settings)};
module.exports = {
  workspace: {
    workspaceFolders: [{ uri: { fsPath: ${JSON.stringify(workspaceFolder)} } }],
    isTrusted: false,
    getConfiguration: (section) => ({ get: (key) => settings[section + '.' + key] }),
    onDidGrantWorkspaceTrust: () => ({ dispose() {} }),
    onDidChangeConfiguration: () => ({ dispose() {} }),
  },
};`,
  );
  writeFileSync(
    path.join(dir, 'node_modules', 'vscode-languageclient', 'node.js'),
    `exports.created = [];
exports.LanguageClient = class { constructor(id, name, server, client) { exports.created.push({ id, server, client }); } start() { return Promise.resolve(); } };`,
  );
  const load = createRequire(path.join(dir, 'extension.js'));
  const extension = load('./extension.js') as { activate(context: unknown): Promise<void> };
  await extension.activate({ subscriptions: [] });
  return (load('vscode-languageclient/node') as { created: never[] }).created[0];
}

describe('the VS Code extension (editors/vscode)', () => {
  it('has a manifest VS Code can load: entry point, activation, the language client it needs', () => {
    expect(existsSync(path.join(extensionDir, manifest.main))).toBe(true);
    expect(manifest.activationEvents).toEqual(['onLanguage:yaml', 'onLanguage:json', 'onLanguage:helm']);
    expect(manifest.engines.vscode).toBe('^1.91.0');
    expect(Object.keys(manifest.dependencies)).toEqual(['vscode-languageclient']);
    expect(manifest.contributes.configuration.properties['daemonlint.server.command'].default).toEqual(['daemonlint', 'lsp']);
  });

  it('starts `daemonlint lsp`, the workspace\'s own install first, for YAML, JSON and Helm files', async () => {
    const workspace = mkdtempSync(path.join(scratch, 'ws-'));
    expect((await activate(workspace)).server).toEqual({ command: 'daemonlint', args: ['lsp'], options: { shell: false } });
    const local = path.join(workspace, 'node_modules', '.bin', 'daemonlint');
    mkdirSync(path.dirname(local), { recursive: true });
    writeFileSync(local, '');
    const created = await activate(workspace);
    expect(created.id).toBe('daemonlint');
    expect(created.server.command).toBe(local);
    expect(created.client.documentSelector).toEqual([
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'helm' },
    ]);
  });

  it('the command it starts is this package\'s bin, and it answers as daemonlint\'s language server', async () => {
    const [command, ...args] = manifest.contributes.configuration.properties['daemonlint.server.command'].default as string[];
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const binFile = path.join(root, pkg.bin[command]);
    const client = await startClient({ folder: scratch, command: [process.execPath, binFile, ...args] });
    expect(client.stderr).toBe('');
    expect(await client.stop()).toBe(0);
  });
});
