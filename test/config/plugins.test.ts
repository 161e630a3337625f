import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';

const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: ops}
spec:
  replicas: 2
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: registry.internal/agent:1.0.0
`;

const goodPlugin = `
export const name = 'acme';
export default [
  {
    id: 'internal-registry',
    meta: {
      description: 'Images come from the internal registry.',
      severity: 'error',
      messages: { external: 'image {{image}} is not from {{registry}}; mirror it first' },
      optionsSchema: { type: 'object', properties: { registry: { type: 'string' } }, additionalProperties: false },
      defaultOptions: { registry: 'registry.internal' },
    },
    check(ds, context) {
      ds.spec.template.spec.containers.forEach((c, i) => {
        if (!c.image.startsWith(context.options.registry + '/')) {
          context.report({ path: ['spec', 'template', 'spec', 'containers', i, 'image'], at: 'value', messageId: 'external', data: { image: c.image, registry: context.options.registry } });
        }
      });
    },
  },
  {
    id: 'explodes',
    meta: { description: 'A rule with a bug.', severity: 'warning', messages: { x: 'x' } },
    check() { throw new Error('cannot read properties of undefined'); },
  },
];
`;

function repo(plugin: string, config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-plugin-'));
  mkdirSync(path.join(dir, 'policy'));
  writeFileSync(path.join(dir, 'policy', 'rules.js'), plugin);
  writeFileSync(path.join(dir, '.daemonlint.yaml'), config);
  writeFileSync(path.join(dir, 'ds.yaml'), manifest);
  return dir;
}

describe('plugins', () => {
  it('run beside the built-in rules with namespaced ids and validated options; a rule that throws is reported, not fatal to the others', async () => {
    const dir = repo(goodPlugin, 'plugins: [./policy/rules.js]\nrules:\n  acme/internal-registry: [error, {registry: registry.example}]\n');
    const result = await lint({ patterns: ['ds.yaml'], cwd: dir });
    expect(result.findings.filter((f) => ['acme/internal-registry', 'no-replicas'].includes(f.ruleId)).map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ['no-replicas', 5, expect.stringMatching(/^spec\.replicas/)],
      ['acme/internal-registry', 12, 'image registry.internal/agent:1.0.0 is not from registry.example; mirror it first'],
    ]);
    expect(result.rules.map((r) => r.id)).toContain('acme/explodes');
    expect(result.ruleFailures).toEqual([{ ruleId: 'acme/explodes', where: 'ds.yaml (DaemonSet ops/agent)', message: 'cannot read properties of undefined' }]);
  });

  it('bad options of a plugin rule are a configuration error naming the rule', async () => {
    const dir = repo(goodPlugin, 'plugins: [./policy/rules.js]\nrules:\n  acme/internal-registry: [error, {registri: x}]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow('.daemonlint.yaml: rules.acme/internal-registry.registri: unknown option; did you mean "registry"?; allowed: registry');
  });

  it('a plugin with a bad rule is refused, naming the plugin and the rule', async () => {
    const dir = repo("export default [{ id: 'Bad_Id', meta: {}, check() {} }];", 'plugins: [./policy/rules.js]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow('plugin "./policy/rules.js", rule Bad_Id: id must be lowercase words joined by hyphens');
    const noMeta = repo("export default [{ id: 'ok', meta: { description: 'x', severity: 'fatal', messages: {} }, check() {} }];", 'plugins: [./policy/rules.js]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: noMeta })).rejects.toThrow('plugin "./policy/rules.js", rule ok: meta.severity must be "error", "warning" or "info"');
  });

  it.each([
    ['neither check nor checkAll', '', 'check (or checkAll) must be a function'],
    ['a check that is no function', 'check: 1,', 'check (or checkAll) must be a function'],
    ['a collect that is no function', 'checkAll() {}, collect: {},', 'collect must be a function'],
    ['a collect without checkAll', 'check() {}, collect() {},', 'collect is only for a rule with checkAll'],
  ])('a plugin rule with %s is refused', async (_, members, message) => {
    const dir = repo(`export default [{ id: 'r', meta: { description: 'x', severity: 'warning', messages: { m: 'm' } }, ${members} }];`, 'plugins: [./policy/rules.js]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(`plugin "./policy/rules.js", rule r: ${message}`);
  });

  it('a plugin rule across the input (checkAll, collect) runs with the built-in rules', async () => {
    const plugin = `export const name = 'acme';
    export default [{
      id: 'one-per-namespace',
      meta: { description: 'One DaemonSet per namespace.', severity: 'warning', messages: { second: '{{name}} is the second DaemonSet in {{namespace}}' } },
      collect(object) { return object.ref.kind === 'DaemonSet' ? { namespace: object.ref.namespace ?? 'default' } : undefined; },
      checkAll(objects, context) {
        const seen = new Set();
        for (const object of objects) {
          if (seen.has(object.value.namespace)) context.report({ object, path: ['metadata', 'name'], at: 'value', messageId: 'second', data: { name: object.ref.name, namespace: object.value.namespace } });
          seen.add(object.value.namespace);
        }
      },
    }];`;
    const dir = repo(plugin, 'plugins: [./policy/rules.js]\n');
    writeFileSync(path.join(dir, 'ds.yaml'), `${manifest}---\n${manifest.replace('name: agent,', 'name: agent-2,')}`);
    const result = await lint({ patterns: ['ds.yaml'], cwd: dir });
    expect(result.ruleFailures).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'acme/one-per-namespace').map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([[16, 18, 'agent-2 is the second DaemonSet in ops']]);
  });

  it('a plugin that cannot be found or loaded is refused', async () => {
    const dir = repo('export default [];', 'plugins: [daemonlint-plugin-nowhere]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: dir })).rejects.toThrow(/^plugin "daemonlint-plugin-nowhere": cannot be found from /);
    const broken = repo('export default [;', 'plugins: [./policy/rules.js]\n');
    await expect(lint({ patterns: ['ds.yaml'], cwd: broken })).rejects.toThrow(/^plugin "\.\/policy\/rules\.js": cannot be loaded: /);
  });
});

describe('plugins in a CommonJS project (package.json without "type": "module")', () => {
  const rule = `{
    id: 'internal-registry',
    meta: { description: 'Images come from the internal registry.', severity: 'error', messages: { external: { message: 'image {{image}} is not from the internal registry', help: 'Mirror it first.' } } },
    check(ds, context) {
      ds.spec.template.spec.containers.forEach((c, i) => {
        if (!c.image.startsWith('registry.example/')) context.report({ path: ['spec', 'template', 'spec', 'containers', i, 'image'], at: 'value', messageId: 'external', data: { image: c.image } });
      });
    },
  }`;
  function commonJsRepo(file: string, text: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-plugin-cjs-'));
    mkdirSync(path.join(dir, 'policy'));
    writeFileSync(path.join(dir, 'package.json'), '{"name": "acme-infra", "type": "commonjs"}\n');
    writeFileSync(path.join(dir, 'policy', file), text);
    writeFileSync(path.join(dir, '.daemonlint.yaml'), `plugins: [./policy/${file}]\n`);
    writeFileSync(path.join(dir, 'ds.yaml'), manifest);
    return dir;
  }
  const ids = async (dir: string) => (await lint({ patterns: ['ds.yaml'], cwd: dir })).findings.filter((f) => f.ruleId.startsWith('acme/')).map((f) => `${f.ruleId}: ${f.message}`);

  it('an ES module plugin saved as .mjs loads', async () => {
    expect(await ids(commonJsRepo('rules.mjs', `export const name = 'acme';\nexport default [${rule}];\n`))).toEqual(['acme/internal-registry: image registry.internal/agent:1.0.0 is not from the internal registry']);
  });

  it('a CommonJS plugin (module.exports) loads', async () => {
    expect(await ids(commonJsRepo('rules.js', `module.exports = { name: 'acme', rules: [${rule}] };\n`))).toEqual(['acme/internal-registry: image registry.internal/agent:1.0.0 is not from the internal registry']);
  });

  it('an ES module saved as .js is refused with what to do (through the CLI: Node itself loads the plugin there)', () => {
    const dir = commonJsRepo('rules.js', `export default [${rule}];\n`);
    const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/daemonlint.js');
    const r = spawnSync(process.execPath, [bin, 'ds.yaml'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    // Node prints a warning of its own before it.
    expect(r.stderr.split('\n').find((line) => line.startsWith('daemonlint:'))).toMatch(
      /^daemonlint: plugin "\.\/policy\/rules\.js": cannot be loaded: .*\(it is an ES module in a CommonJS package: save it as \.mjs, or write it as CommonJS: module\.exports = \{ rules: \[\.\.\.\] \}\)$/,
    );
  });
});
