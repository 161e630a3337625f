// daemonlint for VS Code: starts `daemonlint lsp` (the workspace's own install when there is one)
// for YAML, JSON and Helm files, and tells it whether the workspace is trusted, which decides
// whether the plugins of a .daemonlint.yaml are loaded. Everything else is the server's.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** `daemonlint` as the workspace installed it (node_modules/.bin), else as the PATH has it. */
function resolveCommand(command) {
  if (command !== 'daemonlint') return command;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'daemonlint.cmd' : 'daemonlint');
    if (fs.existsSync(local)) return local;
  }
  return command;
}

async function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('daemonlint').get('server.command');
  const serverOptions = { command: resolveCommand(command), args, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('daemonlint', 'daemonlint', serverOptions, {
    documentSelector: ['yaml', 'json', 'helm'].map((language) => ({ scheme: 'file', language })),
    middleware: {
      workspace: {
        // The server asks for `daemonlint`; whether plugins may run is VS Code's workspace trust.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          return Array.isArray(result)
            ? result.map((item, i) => (params.items[i].section === 'daemonlint' ? { ...(item ?? {}), trusted: vscode.workspace.isTrusted } : item))
            : result;
        },
      },
    },
  });
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => client.sendNotification('workspace/didChangeConfiguration', { settings: null })),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('daemonlint')) client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    }),
  );
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
