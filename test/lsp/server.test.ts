// The language server as an editor meets it: the built `daemonlint lsp`, spawned and spoken to over
// its stdio with vscode-jsonrpc (test/lsp/client.ts). Every wait is for a message from the server.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { applyEdits, bin, root, startClient, uriOf, type TestClient } from './client.js';

const fixtures = path.join(root, 'test', 'fixtures', 'lsp');
const agent = readFileSync(path.join(fixtures, 'agent.yaml'), 'utf8');
const docs = 'https://github.com/daemonlint/daemonlint/blob/main/docs/rules';

const HOST_NETWORK: Diagnostic = {
  range: { start: { line: 12, character: 6 }, end: { line: 12, character: 17 } },
  severity: 1,
  code: 'privileged-justified',
  source: 'daemonlint',
  message:
    "pod shares the node's network (hostNetwork: true), not justified",
  codeDescription: { href: `${docs}/privileged-justified.md` },
};
const WRITABLE_LOGS: Diagnostic = {
  range: { start: { line: 26, character: 14 }, end: { line: 27, character: 33 } },
  severity: 1,
  code: 'hostpath-readonly',
  source: 'daemonlint',
  message:
    'container "agent" mounts /var/log/pods writable, not justified',
  codeDescription: { href: `${docs}/hostpath-readonly.md` },
};

let folder: string;
let client: TestClient | undefined;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'daemonlint-lsp-'));
});

afterEach(async () => {
  if (client && client.child.exitCode === null) await client.stop();
  client = undefined;
  rmSync(folder, { recursive: true, force: true });
});

async function start(options: { settings?: Record<string, unknown>; watchFiles?: boolean; command?: string[] } = {}): Promise<TestClient> {
  client = await startClient({ folder, ...options });
  return client;
}

function write(name: string, text: string): string {
  const file = path.join(folder, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('the language server process', () => {
  it('announces what it serves, and exits 0 after shutdown and exit', async () => {
    client = new (await import('./client.js')).TestClient({ folder });
    const result = await client.initialize({ folder });
    expect(result.serverInfo).toEqual({ name: 'daemonlint', version: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version });
    expect(result.capabilities).toEqual({
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.daemonlint'] },
      hoverProvider: true,
    });
    expect(await client.stop()).toBe(0);
  });

  it('exits 1 on exit without shutdown, as the protocol says', async () => {
    const c = await start();
    await c.connection.sendNotification('exit');
    expect(await c.exited).toBe(1);
  });

  it('starts as daemonlint-language-server too', async () => {
    const c = await start({ command: [process.execPath, path.join(root, 'bin', 'daemonlint-language-server.js'), '--stdio'] });
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK, WRITABLE_LOGS]);
  });

  it('refuses transports it does not speak, naming the argument', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [bin, 'lsp', '--socket=5000'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^daemonlint lsp: unknown argument "--socket=5000"; the server speaks LSP over stdio only\n/);
  });
});

describe('diagnostics', () => {
  it('reports a DaemonSet on open: exact ranges, severity, rule id and documentation', async () => {
    const c = await start();
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK, WRITABLE_LOGS]);
  });

  it('lints each change: a keystroke that fixes a finding removes it', async () => {
    const c = await start();
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    await c.diagnosticsOfVersion(uri);
    // Type `readOnly: true` below the mount path, as a user would, in one incremental change.
    await c.edit(uri, { start: { line: 27, character: 33 }, end: { line: 27, character: 33 } }, '\n              readOnly: true');
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK]);
    // And a change that breaks the YAML is the syntax error the CLI reports, at its place.
    await c.edit(uri, { start: { line: 3, character: 8 }, end: { line: 3, character: 8 } }, '[');
    const broken = await c.diagnosticsOfVersion(uri);
    expect(broken.map((d) => [d.code, d.severity, d.range.start])).toEqual([['yaml-syntax', 1, { line: 4, character: 2 }]]);
    const { lint } = await import('../../src/index.js');
    expect(broken.map((d) => d.message)).toEqual((await lint({ texts: [{ path: 'x.yaml', text: c.text(uri) }], configFile: false })).findings.map((f) => f.message));
  });

  it('shows nothing for YAML and JSON that are not Kubernetes manifests, even when they do not parse', async () => {
    const c = await start();
    const workflow = await c.open(path.join(folder, 'ci.yaml'), 'on: [push]\njobs:\n  test: {runs-on: ubuntu-latest, steps: [\n');
    const json = await c.open(path.join(folder, 'package.json'), '{"name": "x", "version": "1.0.0"}\n', 'json');
    expect(await c.diagnosticsOfVersion(workflow)).toEqual([]);
    expect(await c.diagnosticsOfVersion(json)).toEqual([]);
  });

  it('does not show suppressed findings: a justification, a disable comment, an ignore annotation', async () => {
    const c = await start();
    const justified = agent.replace(
      '  namespace: kube-system\n',
      '  namespace: kube-system\n  annotations:\n    daemonlint.io/justification.hostNetwork: "serves node metrics on the node\'s address"\n',
    );
    const commented = agent
      .replace('      hostNetwork: true\n', '      # daemonlint-disable-next-line privileged-justified -- serves node metrics on the node\'s address\n      hostNetwork: true\n')
      .replace(
        '  namespace: kube-system\n',
        '  namespace: kube-system\n  annotations:\n    daemonlint.io/ignore: hostpath-readonly\n    daemonlint.io/ignore-reason: the agent rotates the node\'s logs\n',
      );
    const a = await c.open(path.join(folder, 'a.yaml'), justified);
    const b = await c.open(path.join(folder, 'b.yaml'), commented);
    expect(await c.diagnosticsOfVersion(a)).toEqual([shift(WRITABLE_LOGS, 2)]);
    expect(await c.diagnosticsOfVersion(b)).toEqual([]);
  });

  it('leaves out files the config ignores, as the CLI does', async () => {
    write('.daemonlint.yaml', 'ignore:\n  - "vendor/**"\n');
    const c = await start();
    const uri = await c.open(write('vendor/agent.yaml', agent), agent);
    expect(await c.diagnosticsOfVersion(uri)).toEqual([]);
  });

  it('gives Helm templates what the CLI gives them', async () => {
    const template = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include "chart.labels" . | nindent 4 }}\n';
    const file = write('chart/templates/daemonset.yaml', template);
    write('chart/Chart.yaml', 'apiVersion: v2\nname: chart\nversion: 1.0.0\n');
    const { lint } = await import('../../src/index.js');
    const cli = (await lint({ patterns: [file], cwd: folder })).findings;
    const c = await start();
    const uri = await c.open(file, template);
    const shown = await c.diagnosticsOfVersion(uri);
    expect(shown.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(
      cli.filter((f) => !f.suppressions).map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.message]),
    );
  });
});

describe('configuration', () => {
  it('uses the nearest .daemonlint.yaml, and reloads it when it changes', async () => {
    write('.daemonlint.yaml', 'rules:\n  hostpath-readonly: warning\n');
    write('team/.daemonlint.yaml', 'rules:\n  hostpath-readonly: off\n');
    const c = await start({ watchFiles: true });
    const top = await c.open(path.join(folder, 'agent.yaml'), agent);
    const team = await c.open(path.join(folder, 'team', 'agent.yaml'), agent);
    expect(await c.diagnosticsOfVersion(top)).toEqual([HOST_NETWORK, { ...WRITABLE_LOGS, severity: 2 }]);
    expect(await c.diagnosticsOfVersion(team)).toEqual([HOST_NETWORK]);
    const configUri = uriOf(write('team/.daemonlint.yaml', 'rules:\n  privileged-justified: off\n'));
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect((await c.diagnostics(team, (p) => p.diagnostics.length === 1 && p.diagnostics[0].code === 'hostpath-readonly')).diagnostics).toEqual([WRITABLE_LOGS]);
    expect(c.registrations.map((r) => r.method)).toContain('workspace/didChangeWatchedFiles');
  });

  it('shows a broken config as one diagnostic on the config file, at the key, and recovers when it is fixed', async () => {
    const config = write('.daemonlint.yaml', 'extends: recommended\nrules:\n  hostpath-readonly: off\n  probe: warning\n');
    const c = await start({ watchFiles: true });
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    expect(await c.diagnosticsOfVersion(uri)).toEqual([]);
    const shown = await c.diagnostics(uriOf(config), (p) => p.diagnostics.length > 0);
    expect(shown.diagnostics).toHaveLength(1);
    expect(shown.diagnostics[0]).toMatchObject({ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 7 } }, severity: 1, source: 'daemonlint' });
    expect(shown.diagnostics[0].message).toMatch(/^rules\.probe: unknown rule; did you mean "probes"\?; known rules: .*\bprobes\b/);

    writeFileSync(config, 'extends: recommended\nrules:\n  hostpath-readonly: off\n');
    await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    expect((await c.diagnostics(uri, (p) => p.diagnostics.length > 0)).diagnostics).toEqual([HOST_NETWORK]);
    expect((await c.diagnostics(uriOf(config), (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
  });

  it('a config that is not YAML is a diagnostic too, and the server goes on serving', async () => {
    const config = write('.daemonlint.yaml', 'rules: [\n');
    const c = await start();
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    expect(await c.diagnosticsOfVersion(uri)).toEqual([]);
    const shown = await c.diagnostics(uriOf(config), (p) => p.diagnostics.length > 0);
    expect(shown.diagnostics.map((d) => [d.range.start, String(d.message).split(':')[0]])).toEqual([[{ line: 0, character: 0 }, '(file)']]);
    expect(await c.hover(uri, { line: 0, character: 0 })).toBeNull();
  });

  it('loads plugins only when the workspace is trusted', async () => {
    write(
      'policy.mjs',
      `export default { name: 'corp', rules: [{ id: 'team-label', meta: { description: 'DaemonSets carry a team label.', severity: 'warning', messages: { missing: 'DaemonSet has no team label' } }, check(ds, context) { if (!ds.metadata?.labels?.team) context.report({ path: ['metadata'], messageId: 'missing' }); } }] };\n`,
    );
    const config = write('.daemonlint.yaml', 'plugins: ["./policy.mjs"]\nrules:\n  corp/team-label: error\n');
    const untrusted = await start();
    const uri = await untrusted.open(path.join(folder, 'agent.yaml'), agent);
    expect(await untrusted.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK, WRITABLE_LOGS]);
    const notice = await untrusted.diagnostics(uriOf(config), (p) => p.diagnostics.length > 0);
    expect(notice.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } },
        severity: 3,
        source: 'daemonlint',
        message: 'plugins are not loaded: the workspace is not trusted (set "daemonlint.trusted": true to run their code); their rules are left out',
      },
    ]);
    await untrusted.stop();

    const trusted = await start({ settings: { trusted: true } });
    const again = await trusted.open(path.join(folder, 'agent.yaml'), agent);
    const shown = await trusted.diagnostics(again, (p) => p.diagnostics.some((d) => d.code === 'corp/team-label'));
    expect(shown.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.message])).toEqual([
      ['corp/team-label', 1, 2, 'DaemonSet has no team label'],
      ['privileged-justified', 1, 12, HOST_NETWORK.message],
      ['hostpath-readonly', 1, 26, WRITABLE_LOGS.message],
    ]);
  });
});

describe('rules across the input', () => {
  const conflict = (line: number, character: number, _later: string, earlier: string, otherFile: string, otherLine: number): Diagnostic => ({
    range: { start: { line, character }, end: { line, character: character + 8 } },
    severity: 1,
    code: 'hostport-conflict',
    source: 'daemonlint',
    message: `host port 9100/TCP is also claimed by DaemonSet kube-system/${earlier}`,
    codeDescription: { href: `${docs}/hostport-conflict.md` },
    relatedInformation: [
      {
        location: { uri: uriOf(path.join(folder, otherFile)), range: { start: { line: otherLine, character: 40 }, end: { line: otherLine, character: 48 } } },
        message: `DaemonSet kube-system/${earlier} claims host port 9100/TCP here`,
      },
    ],
  });

  it('compare the open document with the workspace files', async () => {
    copyFileSync(path.join(fixtures, 'other-agent.yaml'), path.join(folder, 'exporter.yaml'));
    const c = await start();
    const uri = await c.open(write('agent.yaml', agent), agent);
    const shown = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'hostport-conflict'));
    expect(shown.diagnostics).toEqual([HOST_NETWORK, conflict(19, 40, 'agent', 'exporter', 'exporter.yaml', 17), WRITABLE_LOGS]);
  });

  it('compare open documents with each other, with their unsaved text', async () => {
    const c = await start({ settings: { workspaceFiles: false } });
    const ports = 'containerPort: 9100, hostPort: 9100';
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent.replace(ports, 'containerPort: 9200, hostPort: 9200'));
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK, WRITABLE_LOGS]);
    const other = await c.open(path.join(folder, 'exporter.yaml'), readFileSync(path.join(fixtures, 'other-agent.yaml'), 'utf8'));
    expect(await c.diagnosticsOfVersion(other)).toEqual([]);
    // The agent moves to the exporter's port: both documents learn of it.
    await c.edit(uri, { start: { line: 19, character: 19 }, end: { line: 19, character: 19 + ports.length } }, ports);
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK, conflict(19, 40, 'agent', 'exporter', 'exporter.yaml', 17), WRITABLE_LOGS]);
    const later = await c.diagnostics(other, (p) => p.diagnostics.length > 0);
    expect(later.diagnostics).toEqual([conflict(17, 40, 'exporter', 'agent', 'agent.yaml', 19)]);
  });
});

describe('code actions', () => {
  async function openAgent(): Promise<{ c: TestClient; uri: string; diagnostics: Diagnostic[] }> {
    const c = await start();
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    return { c, uri, diagnostics: await c.diagnosticsOfVersion(uri) };
  }

  it('offers a finding its fix, its justification and its suppression, in that order', async () => {
    const { c, uri, diagnostics } = await openAgent();
    const actions = await c.codeActions(uri, WRITABLE_LOGS.range, [diagnostics[1]]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Fix this hostpath-readonly problem', 'quickfix', true],
      ['Justify this privilege (add daemonlint.io/justification.hostPath)', 'quickfix', false],
      ['Ignore hostpath-readonly for this object (daemonlint-disable comment)', 'quickfix', false],
      ['Fix all safe daemonlint problems', 'source.fixAll.daemonlint', false],
    ]);
    expect(actions.filter((a) => a.kind === 'quickfix').every((a) => JSON.stringify(a.diagnostics) === JSON.stringify([diagnostics[1]]))).toBe(true);
    expect((await c.codeActions(uri, HOST_NETWORK.range, [diagnostics[0]])).map((a) => a.title)).toEqual([
      'Justify this privilege (add daemonlint.io/justification.hostNetwork)',
      'Ignore privileged-justified for this object (daemonlint-disable comment)',
      'Fix all safe daemonlint problems',
    ]);
    expect(await c.codeActions(uri, HOST_NETWORK.range, [diagnostics[0]], ['quickfix'])).toHaveLength(2);
    expect(await c.codeActions(uri, HOST_NETWORK.range, [diagnostics[0]], ['source.fixAll'])).toEqual([
      expect.objectContaining({ title: 'Fix all safe daemonlint problems', kind: 'source.fixAll.daemonlint' }),
    ]);
  });

  it('an unsafe fix is offered labelled and not preferred, and "fix all" leaves it alone', async () => {
    const c = await start();
    const text = agent.replace('      dnsPolicy: ClusterFirstWithHostNet\n', '');
    const uri = await c.open(path.join(folder, 'agent.yaml'), text);
    const diagnostics = await c.diagnosticsOfVersion(uri);
    expect(diagnostics.map((d) => d.code)).toEqual(['host-network-dns-policy', 'privileged-justified', 'hostpath-readonly']);
    const [fix] = await c.codeActions(uri, diagnostics[0].range, [diagnostics[0]], ['quickfix']);
    expect([fix.title, fix.isPreferred]).toEqual(['Fix this host-network-dns-policy problem (unsafe: may change how the workload runs)', false]);
    const [fixAll] = await c.codeActions(uri, diagnostics[0].range, [], ['source.fixAll.daemonlint']);
    await c.apply(fixAll.edit!);
    expect(c.text(uri)).toBe(text.replace('              mountPath: /var/log\n', '              mountPath: /var/log\n              readOnly: true\n'));
    const left = await c.diagnosticsOfVersion(uri);
    expect(left.map((d) => d.code)).toEqual(['host-network-dns-policy', 'privileged-justified']);
    const [again] = await c.codeActions(uri, left[0].range, [left[0]], ['quickfix']);
    await c.apply(again.edit!);
    expect(c.text(uri)).toContain('      dnsPolicy: ClusterFirstWithHostNet\n');
    expect((await c.diagnosticsOfVersion(uri)).map((d) => d.code)).toEqual(['privileged-justified']);
  });

  it('a quick fix, applied, fixes the finding and nothing else', async () => {
    const { c, uri, diagnostics } = await openAgent();
    const [fix] = await c.codeActions(uri, WRITABLE_LOGS.range, [diagnostics[1]], ['quickfix']);
    await c.apply(fix.edit!);
    expect(c.text(uri)).toBe(agent.replace('              mountPath: /var/log\n', '              mountPath: /var/log\n              readOnly: true\n'));
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK]);
  });

  it('"justify this privilege" adds the annotation with a reason still to write, which the rule still reports', async () => {
    const { c, uri, diagnostics } = await openAgent();
    const justify = (await c.codeActions(uri, HOST_NETWORK.range, [diagnostics[0]]))[0];
    await c.apply(justify.edit!);
    expect(c.text(uri)).toBe(
      agent.replace(
        '  namespace: kube-system\n',
        '  namespace: kube-system\n  annotations:\n    daemonlint.io/justification.hostNetwork: "TODO: say why this DaemonSet needs hostNetwork"\n',
      ),
    );
    const after = await c.diagnosticsOfVersion(uri);
    expect(after.map((d) => [d.code, d.range.start.line, d.message])).toEqual([
      [
        'privileged-justified',
        14,
        "pod shares the node's network (hostNetwork: true): invalid justification",
      ],
      ['hostpath-readonly', 28, WRITABLE_LOGS.message],
    ]);
    // With the annotation there, the action is no longer offered: the reason needs writing, not adding.
    expect((await c.codeActions(uri, after[0].range, [after[0]], ['quickfix'])).map((a) => a.title)).toEqual(['Ignore privileged-justified for this object (daemonlint-disable comment)']);
  });

  it('"ignore this rule for this object" writes the documented directive above the object, with a reason still to write', async () => {
    const { c, uri, diagnostics } = await openAgent();
    const ignore = (await c.codeActions(uri, HOST_NETWORK.range, [diagnostics[0]]))[1];
    await c.apply(ignore.edit!);
    const directive = '# daemonlint-disable privileged-justified -- TODO: say why this rule does not apply here';
    expect(c.text(uri)).toBe(`${directive}\n${agent}`);
    // The placeholder is no reason: the finding stays until the author writes one, as with "justify".
    expect((await c.diagnosticsOfVersion(uri)).map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.message])).toEqual([
      ['unused-suppression', 0, 0, directive.length, 'daemonlint-disable privileged-justified has a placeholder for a reason, so it suppresses nothing'],
      ['privileged-justified', 13, 6, 17, HOST_NETWORK.message],
      ['hostpath-readonly', 27, WRITABLE_LOGS.range.start.character, WRITABLE_LOGS.range.end.character, WRITABLE_LOGS.message],
    ]);
    const placeholder = directive.indexOf('TODO');
    await c.edit(uri, { start: { line: 0, character: placeholder }, end: { line: 0, character: directive.length } }, 'the agent owns the node network');
    expect(await c.diagnosticsOfVersion(uri)).toEqual([shift(WRITABLE_LOGS, 1)]);
  });

  it('"ignore" on an item of a List covers that item only', async () => {
    const second = indent(agent.replaceAll('agent', 'second').replaceAll('9100', '9101'));
    const list = `apiVersion: v1\nkind: List\nitems:\n${indent(agent)}${second}`;
    const c = await start();
    const uri = await c.open(path.join(folder, 'list.yaml'), list);
    const diagnostics = await c.diagnosticsOfVersion(uri);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['privileged-justified', 15],
      ['hostpath-readonly', 29],
      ['privileged-justified', 46],
      ['hostpath-readonly', 60],
    ]);
    const ignore = (await c.codeActions(uri, diagnostics[2].range, [diagnostics[2]])).find((a) => a.title.startsWith('Ignore'))!;
    await c.apply(ignore.edit!);
    expect(c.text(uri)).toBe(
      `apiVersion: v1\nkind: List\nitems:\n${indent(agent)}  # daemonlint-disable privileged-justified -- TODO: say why this rule does not apply here\n${second}  # daemonlint-enable privileged-justified\n`,
    );
    expect((await c.diagnosticsOfVersion(uri)).map((d) => [d.code, d.range.start.line])).toEqual([
      ['privileged-justified', 15],
      ['hostpath-readonly', 29],
      ['unused-suppression', 34],
      ['privileged-justified', 47],
      ['hostpath-readonly', 61],
    ]);
    const line = c.text(uri).split('\n')[34];
    await c.edit(uri, { start: { line: 34, character: line.indexOf('TODO') }, end: { line: 34, character: line.length } }, 'second copy, kept for the migration');
    expect((await c.diagnosticsOfVersion(uri)).map((d) => [d.code, d.range.start.line])).toEqual([
      ['privileged-justified', 15],
      ['hostpath-readonly', 29],
      ['hostpath-readonly', 61],
    ]);
  });

  it('"fix all" applies every safe fix through the fix loop, and re-linting finds none of them', async () => {
    const c = await start();
    const text = agent.replace('spec:\n  selector', 'spec:\n  replicas: 3\n  selector');
    const uri = await c.open(path.join(folder, 'agent.yaml'), text);
    expect((await c.diagnosticsOfVersion(uri)).map((d) => d.code)).toEqual(['no-replicas', 'privileged-justified', 'hostpath-readonly']);
    const [fixAll] = await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.daemonlint']);
    expect(fixAll.title).toBe('Fix all safe daemonlint problems');
    await c.apply(fixAll.edit!);
    expect(c.text(uri)).toBe(agent.replace('              mountPath: /var/log\n', '              mountPath: /var/log\n              readOnly: true\n'));
    expect(await c.diagnosticsOfVersion(uri)).toEqual([HOST_NETWORK]);
    expect(await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.daemonlint'])).toEqual([]);
  });

  it('offers nothing for a document changed since it was linted', async () => {
    const { c, uri, diagnostics } = await openAgent();
    const stale = c.edit(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# note\n');
    await stale;
    const actions = await c.codeActions(uri, WRITABLE_LOGS.range, [diagnostics[1]]);
    // Either the new lint has not arrived (nothing to offer) or it has, and the old diagnostic is no longer one of its own.
    expect(actions).toEqual([]);
  });
});

describe('hover', () => {
  it("shows a finding's headline, help and documentation link", async () => {
    const c = await start();
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    await c.diagnosticsOfVersion(uri);
    const hover = await c.hover(uri, { line: 12, character: 9 });
    expect(hover).toEqual({
      contents: {
        kind: 'markdown',
        value:
          `**privileged-justified**: ${String(HOST_NETWORK.message)}\n\n` +
          "The pod uses the node's network namespace: it can bind the node's ports and reach services that listen only on the node's localhost. " +
          'Fix: remove hostNetwork; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostNetwork: "\\<why\\>".' +
          `\n\n[privileged-justified documentation](${docs}/privileged-justified.md)`,
      },
      range: HOST_NETWORK.range,
    });
    expect(await c.hover(uri, { line: 0, character: 0 })).toBeNull();
  });

  // Standard output is the protocol: a plugin's console.log written there would break the
  // message under way (what plugin code prints goes out from its worker thread with write(2)).
  it('sends what a plugin prints to stderr, never into the protocol', async () => {
    write(
      'policy.mjs',
      `export default { name: 'corp', rules: [{ id: 'team-label', meta: { description: 'DaemonSets carry a team label.', severity: 'warning', messages: { missing: 'DaemonSet has no team label' } }, check(ds, context) { console.log('checking ' + ds.metadata.name); console.error('checked ' + ds.metadata.name); if (!ds.metadata?.labels?.team) context.report({ path: ['metadata'], messageId: 'missing' }); } }] };\n`,
    );
    write('.daemonlint.yaml', 'plugins: ["./policy.mjs"]\n');
    const c = await start({ settings: { trusted: true } });
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    expect((await c.diagnosticsOfVersion(uri)).map((d) => d.code)).toEqual(['corp/team-label', 'privileged-justified', 'hostpath-readonly']);
    // stderr is a pipe of its own: its bytes may arrive after the diagnostics.
    while (!c.stderr.includes('checked agent\n')) await new Promise((resolve) => c.child.stderr.once('data', resolve));
    expect(c.stderr).toContain('checking agent\nchecked agent\n');
  });

  it("shows a plugin rule's help, escaped for Markdown, and no link to a page that daemonlint does not have", async () => {
    write(
      'policy.mjs',
      `export default { name: 'corp', rules: [{ id: 'team-label', meta: { description: 'DaemonSets carry a team label.', severity: 'warning', messages: { missing: { message: 'DaemonSet {{name}} has no team label', help: 'Alerts need an owner: add metadata.labels.team (\`team: platform\`) to <{{name}}>.' } } }, check(ds, context) { if (!ds.metadata?.labels?.team) context.report({ path: ['metadata'], messageId: 'missing', data: { name: ds.metadata.name } }); } }] };\n`,
    );
    write('.daemonlint.yaml', 'plugins: ["./policy.mjs"]\n');
    const c = await start({ settings: { trusted: true } });
    const uri = await c.open(path.join(folder, 'agent.yaml'), agent);
    const [label] = await c.diagnosticsOfVersion(uri);
    expect(label).toEqual({ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } }, severity: 2, code: 'corp/team-label', source: 'daemonlint', message: 'DaemonSet agent has no team label' });
    expect(await c.hover(uri, { line: 2, character: 3 })).toEqual({
      contents: { kind: 'markdown', value: '**corp/team-label**: DaemonSet agent has no team label\n\nAlerts need an owner: add metadata.labels.team (\\`team: platform\\`) to \\<agent\\>.' },
      range: label.range,
    });
  });
});

function shift(diagnostic: Diagnostic, lines: number): Diagnostic {
  const { start, end } = diagnostic.range;
  return { ...diagnostic, range: { start: { ...start, line: start.line + lines }, end: { ...end, line: end.line + lines } } };
}

/** A document as an item of a List: `- ` before its first line, two spaces before the others. */
function indent(document: string): string {
  return document
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))
    .join('\n')
    .concat('\n');
}

// applyEdits is exported for the benchmark and other tests; keep its behaviour pinned here.
describe('the test client', () => {
  it('applies edits back to front', () => {
    expect(applyEdits('abc\ndef\n', [
      { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, newText: 'X' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '>' },
    ])).toBe('aXc\n>def\n');
  });
});
