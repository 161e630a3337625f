// `daemonlint rules` and `daemonlint explain <rule>`: the modules, and the bundle as users run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainRule, findDocsDir, UnknownRuleError } from '../src/cli/commands/explain.js';
import { builtinRuleInfos, rulesTable } from '../src/cli/commands/rules.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'daemonlint.js');

describe('rules', () => {
  it('lists every rule once, with its default level, whether it fixes, and its description', () => {
    const infos = builtinRuleInfos();
    const lines = rulesTable().split('\n');
    expect(lines[0]).toMatch(/^rule +default +fixable +description$/);
    for (const info of infos) {
      const row = lines.filter((l) => l.startsWith(`${info.id} `));
      expect(row, info.id).toHaveLength(1);
      expect(row[0].split(/ {2,}/)).toEqual([info.id, info.severity, info.fixable ? 'yes' : 'no', info.description]);
    }
    expect(infos.map((r) => r.id)).toContain('yaml-syntax');
    // A finding of it names it, and --rule and the config take it: rules lists it, explain explains it.
    expect(lines.filter((l) => l.startsWith('unused-suppression '))[0].split(/ {2,}/)).toEqual([
      'unused-suppression',
      'warning',
      'no',
      'A suppression comment or ignore annotation that suppresses nothing, or gives no reason while reasons are required.',
    ]);
    expect(lines.at(-2)).toBe(`${infos.length} rules. daemonlint explain <rule> prints a rule's documentation.`);
  });
});

describe('explain', () => {
  it('has a documentation page for every rule it lists', () => {
    const docs = findDocsDir();
    expect(docs).toBe(path.join(root, 'docs', 'rules'));
    for (const { id } of builtinRuleInfos()) {
      expect(existsSync(path.join(docs!, `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
      expect(explainRule(id)).toBe(readFileSync(path.join(docs!, `${id}.md`), 'utf8'));
    }
  });

  it('finds the docs from the bundle and from its chunks', () => {
    expect(findDocsDir(path.join(root, 'dist'))).toBe(path.join(root, 'docs', 'rules'));
    expect(findDocsDir(path.join(root, 'dist', 'chunks'))).toBe(path.join(root, 'docs', 'rules'));
  });

  it('names the rules it knows when given none or an unknown one', () => {
    expect(() => explainRule(undefined)).toThrow(UnknownRuleError);
    expect(() => explainRule('nope')).toThrow(/^unknown rule "nope"; rules: .*\bno-replicas\b/);
  });

  it('says so when the installation has no page for a known rule', () => {
    expect(() => explainRule('no-replicas', path.join(root, 'no-such-dir'))).toThrow('no documentation page for "no-replicas" in this installation');
  });
});

describe('the commands on the command line', () => {
  let work: string;
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'daemonlint-commands-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('rules and explain print to stdout and exit 0', () => {
    const rules = run(['rules']);
    expect(rules.code).toBe(0);
    expect(rules.stderr).toBe('');
    expect(rules.stdout).toMatch(/^rule +default +fixable +description\n/);
    expect(rules.stdout).toMatch(/^no-replicas +error +yes +A DaemonSet has no replica count/m);
    const explained = run(['explain', 'no-replicas']);
    expect(explained).toEqual({ code: 0, stdout: readFileSync(path.join(root, 'docs', 'rules', 'no-replicas.md'), 'utf8'), stderr: '' });
    expect(run(['explain', 'unused-suppression'])).toEqual({ code: 0, stdout: readFileSync(path.join(root, 'docs', 'rules', 'unused-suppression.md'), 'utf8'), stderr: '' });
  });

  it('wrong arguments are usage errors (exit 2)', () => {
    expect(run(['explain']).code).toBe(2);
    expect(run(['explain', 'a', 'b']).stderr).toMatch(/^daemonlint: explain takes one rule id, got 2\n/);
    expect(run(['rules', 'x']).stderr).toMatch(/^daemonlint: rules takes no arguments, got "x"\n/);
    const unknown = run(['explain', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^daemonlint: unknown rule "nope"; rules: /);
  });

  it('is a command only as the first argument; a path of the same name gets a note and is linted as ./rules', () => {
    mkdirSync(path.join(work, 'rules'), { recursive: true });
    writeFileSync(path.join(work, 'rules', 'ds.yaml'), 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  replicas: 1\n');
    const command = run(['rules']);
    expect(command.code).toBe(0);
    expect(command.stderr).toBe('daemonlint: note: "rules" is a command; to lint the path rules, write ./rules\n');
    const linted = run(['./rules']);
    expect(linted.code).toBe(1);
    expect(linted.stdout).toContain('no-replicas');
    const second = run(['--no-config', 'rules']);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain('no-replicas');
  });
});
