#!/usr/bin/env node
// The language server's latency as an editor sees it: from a keystroke (an incremental
// didChange) to the publishDiagnostics of that version, on a 2,000-line manifest, with a large
// workspace around it for the rules across the input. Prints numbers; asserts nothing.
//   node bench/lsp-latency.mjs [--keys 40] [--workspace 2000] [--lines 2000]
// Needs the built server (npm run build). The machine is shared: compare runs made together.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { keys: { type: 'string', default: '40' }, workspace: { type: 'string', default: '2000' }, lines: { type: 'string', default: '2000' } } });
const keys = Number(values.keys);

const scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-lsp-bench-'));
const folder = path.join(scratch, 'ws');
spawnSync(process.execPath, [path.join(root, 'bench', 'generate.mjs'), values.workspace, path.join(scratch, 'gen')], { stdio: 'ignore' });
mkdirSync(folder);
spawnSync('cp', ['-r', path.join(scratch, 'gen', 'single'), path.join(folder, 'single')]);
// The edited file: whole documents of the generated set, renamed so as not to be copies of the workspace's, up to the line count.
const documents = readFileSync(path.join(scratch, 'gen', 'all.yaml'), 'utf8').replaceAll('agent-', 'edited-').split(/^(?=---$)/m);
let text = '';
while (text.split('\n').length < Number(values.lines) && documents.length > 0) text += documents.shift();
const lines = text.split('\n').length - 1;
const file = path.join(folder, 'edited.yaml');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;
// Keystrokes go at the end of a comment line in the middle of the file: every one is a new text to lint.
const middle = Math.floor(lines / 2);
const keyLine = text.split('\n').slice(0, middle).length;
text = text.split('\n').map((l, i) => (i === keyLine ? `${l}  # note:` : l)).join('\n');
writeFileSync(file, text);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} (n=${xs.length})`;

async function session(label, settings) {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'daemonlint.js'), 'lsp'], { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  let lastPublish = performance.now();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    lastPublish = performance.now();
    if (p.uri === uri) waiting.get(p.version)?.(p);
  });
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
    capabilities: { workspace: { configuration: true } },
  });
  const initialized = performance.now() - started;
  await connection.sendNotification('initialized', {});
  const first = published(1);
  const opened = performance.now();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const firstDiagnostics = await first;
  const openLatency = performance.now() - opened;
  // Until the workspace has been read and linted ahead (publications stop for a second).
  while (performance.now() - lastPublish < 1000) await sleep(100);
  const ready = performance.now() - started;

  let version = 1;
  let column = text.split('\n')[keyLine].length;
  const type = async () => {
    version++;
    const range = { start: { line: keyLine, character: column }, end: { line: keyLine, character: column } };
    column++;
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: 'x' }] });
    return version;
  };
  const single = [];
  for (let i = 0; i < keys; i++) {
    await sleep(250); // a pause longer than the server's debounce: this keystroke is linted at once
    const t0 = performance.now();
    const done = published(await type());
    await done;
    single.push(performance.now() - t0);
  }
  const bursts = [];
  for (let b = 0; b < 5; b++) {
    await sleep(500);
    let v = 0;
    for (let i = 0; i < 20; i++) {
      v = await type();
      if (i < 19) await sleep(30);
    }
    const t0 = performance.now();
    await published(v);
    bursts.push(performance.now() - t0);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  console.log(`\n${label}`);
  console.log(`  start-up to initialize result: ${initialized.toFixed(0)} ms; first diagnostics ${openLatency.toFixed(0)} ms after didOpen (${firstDiagnostics.diagnostics.length} diagnostics); workspace read and linted ahead ${ready.toFixed(0)} ms after spawn`);
  console.log(`  keystroke after a pause → diagnostics: ${fmt(single)}`);
  console.log(`  20 keystrokes 30 ms apart, last keystroke → its diagnostics: ${fmt(bursts)}`);
}

console.log(`edited file: ${lines} lines, ${text.length} bytes; workspace: ${values.workspace} files in single/`);
await session('workspace files on (default settings)', {});
await session('workspace files off', { workspaceFiles: false });
rmSync(scratch, { recursive: true, force: true });
