// The npm package as users get it: `npm pack`, then `npm install <tarball>` into an empty project
// (its dependencies come from the registry), then the CLI through npx, the library through
// `import('daemonlint')`, and its type declarations through the TypeScript compiler. Slow (an npm
// install); everything happens in a temporary directory.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const good = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ok, namespace: default}
spec:
  selector: {matchLabels: {app: ok}}
  template:
    metadata: {labels: {app: ok}}
    spec:
      priorityClassName: system-node-critical
      tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
        - name: ok
          image: example.com/ok:1.0.0
          livenessProbe: {httpGet: {path: /healthz, port: 8080}}
          readinessProbe: {httpGet: {path: /ready, port: 8080}}
          resources:
            requests: {cpu: 10m, memory: 16Mi}
            limits: {cpu: 100m, memory: 32Mi}
`;
const bad = good.replace('spec:\n  selector', 'spec:\n  replicas: 2\n  selector');

let scratch: string;
let project: string;
let tarball: string;
let env: NodeJS.ProcessEnv;

function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: options.cwd ?? project, env, input: options.input ?? '', encoding: 'utf8', timeout: 300_000 });
}

function npx(args: string[]): SpawnSyncReturns<string> {
  // --no: the binary must come from the installed package, never be downloaded. npm's own warnings (about the machine's npm config) are not daemonlint's output.
  const r = run('npx', ['--no', '--', ...args]);
  return { ...r, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'daemonlint-package-'));
  // npm_config_* of an enclosing `npm test` (a dry run, a prefix) must not reach the npm run here.
  env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  env.NO_COLOR = '1';
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  tarball = path.join(scratch, (JSON.parse(packed.stdout) as { filename: string }[])[0].filename);

  project = path.join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(path.join(project, 'bad.yaml'), bad);
  writeFileSync(path.join(project, 'good.yaml'), good);
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the installed package', () => {
  it('holds what users need and nothing else: no sources, no tests, no Action bundle', () => {
    const installed = path.join(project, 'node_modules', 'daemonlint');
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'docs', 'package.json']);
    expect(readdirSync(path.join(installed, 'docs'))).toEqual(['rules']);
    expect(existsSync(path.join(installed, 'dist', 'action.js'))).toBe(false);
    expect(existsSync(path.join(installed, 'dist', 'types', 'index.d.ts'))).toBe(true);
    expect(readFileSync(path.join(installed, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
  });

  it('npx daemonlint --version', () => {
    const r = npx(['daemonlint', '--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.status).toBe(0);
  });

  it('lints: a bad manifest exits 1 with its finding, a good one 0', () => {
    const failed = npx(['daemonlint', 'bad.yaml', 'good.yaml']);
    expect(failed.status, failed.stderr).toBe(1);
    expect(failed.stdout).toMatch(/^bad\.yaml\n\s+5:3\s+error\s+spec\.replicas is not a DaemonSet field: .*\s+no-replicas$/m);
    expect(failed.stdout).not.toContain('good.yaml');
    const passed = npx(['daemonlint', 'good.yaml']);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
  });

  it('daemonlint lsp and daemonlint-language-server answer an editor without the dev dependencies', () => {
    // A whole session in one go, framed as LSP frames it: open a bad manifest, then shut down (exit
    // code 0 says the shutdown request arrived before exit; the exit may come before its answer is written).
    const frame = (message: object): string => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const uri = pathToFileURL(path.join(project, 'bad.yaml')).href;
    const session = [
      frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: pathToFileURL(project).href, capabilities: {} } }),
      frame({ method: 'initialized', params: {} }),
      frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: bad } } }),
      frame({ id: 2, method: 'shutdown' }),
      frame({ method: 'exit' }),
    ].join('');
    for (const command of [['daemonlint', 'lsp'], ['daemonlint-language-server', '--stdio']]) {
      const r = spawnSync('npx', ['--no', '--', ...command], { cwd: project, env, input: session, encoding: 'utf8', timeout: 300_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain(`"serverInfo":{"name":"daemonlint","version":"${VERSION}"}`);
    }
  });

  it('daemonlint rules and daemonlint explain read the rule pages shipped in the package', () => {
    const rules = npx(['daemonlint', 'rules']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^rule +default +fixable +description$/m);
    expect(rules.stdout).toMatch(/^no-replicas +error +yes +A DaemonSet has no replica count/m);
    const explained = npx(['daemonlint', 'explain', 'no-replicas']);
    expect(explained.status, explained.stderr).toBe(0);
    expect(explained.stdout).toBe(readFileSync(path.join(root, 'docs', 'rules', 'no-replicas.md'), 'utf8'));
    const unknown = npx(['daemonlint', 'explain', 'no-such-rule']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^daemonlint: unknown rule "no-such-rule"; rules: .*\bno-replicas\b/m);
  });

  it("import('daemonlint'): lint() on a text, a formatter, defineRule", () => {
    writeFileSync(
      path.join(project, 'use.mjs'),
      `import { lint, getFormatter, defineRule, version } from 'daemonlint';
const text = process.argv[2];
const noLabels = defineRule({
  id: 'team/labels',
  meta: { description: 'Pods carry a team label.', severity: 'warning', fixable: false, tags: [], defaultOptions: {}, messages: { missing: 'no team label' } },
  check(ds, context) {
    if (!ds.spec?.template?.metadata?.labels?.team) context.report({ path: ['spec', 'template', 'metadata', 'labels'], messageId: 'missing' });
  },
});
const result = await lint({ texts: [{ path: 'in-memory.yaml', text }], configFile: false });
const custom = await lint({ texts: [{ path: 'in-memory.yaml', text }], configFile: false, rules: [noLabels] });
console.log(JSON.stringify({
  version,
  findings: result.findings.map((f) => [f.ruleId, f.file, f.range.start.line, f.range.start.column]),
  custom: custom.findings.map((f) => [f.ruleId, f.severity, f.message]),
  json: JSON.parse(getFormatter('json')(result, { color: false })).summary,
}));
`,
    );
    const r = run(process.execPath, ['use.mjs', bad]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      version: VERSION,
      findings: [['no-replicas', 'in-memory.yaml', 5, 3]],
      custom: [['team/labels', 'warning', 'no team label']],
      json: expect.objectContaining({ errors: 1, warnings: 0 }),
    });
  });

  it('type declarations: a strict TypeScript consumer compiles against the installed package', () => {
    writeFileSync(
      path.join(project, 'use.ts'),
      `import { lint, defineRule, formatters, RuleTester, yaml, type Finding, type LintRun, type Rule } from 'daemonlint';
const rule: Rule<{ min: number }> = defineRule<{ min: number }>({
  id: 'x',
  meta: { description: 'x', severity: 'error', fixable: false, tags: ['reliability'], defaultOptions: { min: 1 }, messages: { m: '{{n}}' } },
  check(ds, context) {
    const n: number | undefined = ds.spec?.minReadySeconds;
    if ((n ?? 0) < context.options.min) context.report({ path: ['spec'], messageId: 'm', data: { n: n ?? 0 } });
  },
});
export async function run(): Promise<string> {
  const result: LintRun = await lint({ patterns: ['.'], rules: [rule] });
  const first: Finding | undefined = result.findings[0];
  void new RuleTester();
  return formatters.sarif(result, { color: false }) + (first?.message ?? '') + yaml\`a: 1\`;
}
// @ts-expect-error: severity is error or warning
defineRule({ id: 'y', meta: { description: '', severity: 'fatal', fixable: false, tags: [], defaultOptions: {}, messages: {} }, check() {} });
`,
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          skipLibCheck: false,
          // The consumer's own @types/node; borrowed from this repository to keep the install small.
          typeRoots: [path.join(root, 'node_modules', '@types')],
          types: ['node'],
        },
        files: ['use.ts'],
      }),
    );
    const r = run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
