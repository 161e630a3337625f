import { format } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { VERSION } from '../version.js';
import { startServer } from './server.js';
import { pluginStdoutToStderr } from '../config/plugin-host.js';

export const USAGE = `Usage: daemonlint lsp [--stdio]
       daemonlint-language-server [--stdio]

Starts daemonlint's language server, speaking the Language Server Protocol over standard input
and output. Editors start it themselves: see docs/editors.md.
`;

/**
 * The language server's process entry (`daemonlint lsp`, `daemonlint-language-server`). Standard
 * output carries the protocol, so nothing else may write there: console output goes to stderr.
 * Clients add transport flags of their own (`--stdio`, `--clientProcessId=<pid>`); stdio is the
 * only transport, and the client's process is watched through the initialize request's processId.
 */
function main(argv: readonly string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const unknown = argv.filter((a) => a !== '--stdio' && !a.startsWith('--clientProcessId'));
  if (unknown.length > 0) {
    process.stderr.write(`daemonlint lsp: unknown argument "${unknown[0]}"; the server speaks LSP over stdio only\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const toStderr = (...args: unknown[]): void => void process.stderr.write(`${format(...args)}\n`);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  // And a plugin's, which runs on a worker thread of its own.
  pluginStdoutToStderr();
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection);
  connection.listen();
}

// `daemonlint lsp` arrives here with its command word still first.
const args = process.argv.slice(2);
main(args[0] === 'lsp' ? args.slice(1) : args);
