import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { initCommand, initialConfig } from '../../src/cli/commands/init.js';
import { loadConfigFile, parseConfig, resolveRules, TOP_LEVEL_KEYS } from '../../src/config/config.js';
import { builtinRules } from '../../src/rules/index.js';
import { configSchema } from '../../src/run/config-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = configSchema(builtinRules);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const errors = (config: unknown): string[] => (validate(config) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** Every YAML block of the docs that is a .daemonlint.yaml: its first key is a config setting and it has no apiVersion. */
function documentedConfigs(): { where: string; text: string }[] {
  const files = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), ...readdirSync(path.join(root, 'docs', 'rules')).map((f) => `docs/rules/${f}`)];
  const out: { where: string; text: string }[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      const firstKey = /^([A-Za-z]+):/m.exec(m[1])?.[1];
      if (firstKey === undefined || !(TOP_LEVEL_KEYS as readonly string[]).includes(firstKey) || /^(apiVersion|kind):/m.test(m[1])) continue;
      out.push({ where: `${file}:${text.slice(0, m.index).split('\n').length}`, text: m[1] });
    }
  }
  return out;
}

describe('the JSON Schema of .daemonlint.yaml', () => {
  it('is the one shipped in dist/', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'dist', 'daemonlint.schema.json'), 'utf8'))).toEqual(schema);
  });

  const examples = documentedConfigs();
  it('finds the documented config examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });
  for (const example of examples) {
    it(`accepts the documented example at ${example.where}, as the loader does`, async () => {
      const value = load(example.text, { schema: CORE_SCHEMA });
      expect(errors(value)).toEqual([]);
      // The loader checks options against the rules when it resolves them.
      const config = parseConfig(value, example.where);
      // A plugin's rules (ids with a /) are the plugin's to check.
      config.rules = Object.fromEntries(Object.entries(config.rules).filter(([id]) => !id.includes('/')));
      await expect(resolveRules(config, builtinRules)).resolves.toBeDefined();
    });
  }

  it('accepts what daemonlint init writes, with its commented lines and with them uncommented', async () => {
    const text = initialConfig('./schema.json');
    expect(errors(load(text, { schema: CORE_SCHEMA }))).toEqual([]);
    // The example lines: a commented key (with what follows it indented), not the prose comments.
    const uncommented = text.replace(/^(\s*)# (?!yaml-language-server)(?=[a-z-]+:(?: |$)|  +[-a-z])/gm, '$1');
    const value = load(uncommented, { schema: CORE_SCHEMA }) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['extends', 'kubeVersion', 'rules', 'ignore', 'exclude']);
    expect(errors(value)).toEqual([]);
    await expect(resolveRules(parseConfig(value, 'init'), builtinRules)).resolves.toBeDefined();
  });

  it('rejects what the loader rejects: an unknown setting, a level, a rule, an option, a version', () => {
    expect(errors({ kubeversion: '1.30' })).toEqual([' must NOT have additional properties']);
    expect(errors({ rules: { probes: 'eror' } }).length).toBeGreaterThan(0);
    expect(errors({ rules: { probe: 'off' } })).toContain('/rules must NOT have additional properties');
    expect(errors({ rules: { 'image-pinned': ['error', { requireDigests: true }] } }).length).toBeGreaterThan(0);
    expect(errors({ kubeVersion: '1.37' }).length).toBeGreaterThan(0);
    expect(errors({ rules: { probes: 'warn', 'acme/custom': ['error', { anything: 1 }] }, kubeVersion: '1.30' })).toEqual([]);
  });
});

describe('daemonlint init', () => {
  it('writes a commented .daemonlint.yaml that loads, pointing editors at the schema; leaves an existing one alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daemonlint-init-'));
    expect(initCommand(dir)).toEqual({ stdout: 'Wrote .daemonlint.yaml: edit it, then run daemonlint.\n', stderr: '' });
    const text = readFileSync(path.join(dir, '.daemonlint.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/daemonlint/daemonlint/v0.1.0/dist/daemonlint.schema.json');
    expect(text).toContain('\nextends: recommended\n');
    expect(text).toContain('\nkubeVersion: "1.36"\n');
    expect(loadConfigFile(path.join(dir, '.daemonlint.yaml'))).toMatchObject({ extends: 'recommended', kubeVersion: '1.36', rules: {} });
    writeFileSync(path.join(dir, '.daemonlint.yaml'), 'extends: strict\n');
    expect(initCommand(dir)).toEqual({ stdout: '', stderr: 'daemonlint: .daemonlint.yaml exists; left as it is\n' });
    expect(readFileSync(path.join(dir, '.daemonlint.yaml'), 'utf8')).toBe('extends: strict\n');
  });
});
