// lint()'s `context` (files the rules across the input compare the inputs with, unreported) and
// `cache` (what context files yielded, kept between runs): the library entry an editor lints with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules, defineRule, lint, LintCache } from '../../src/index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'lsp');
const agent = readFileSync(path.join(fixtures, 'agent.yaml'), 'utf8');
const exporter = readFileSync(path.join(fixtures, 'other-agent.yaml'), 'utf8');

describe('lint() with context files', () => {
  it('compares the inputs with the context and reports on the inputs only, the input being the later object', async () => {
    const run = await lint({ texts: [{ path: 'agent.yaml', text: agent }], context: [{ path: 'exporter.yaml', text: exporter }], configFile: false });
    const conflict = run.findings.find((f) => f.ruleId === 'hostport-conflict');
    expect(conflict).toMatchObject({
      file: 'agent.yaml',
      message: 'host port 9100/TCP is also claimed by DaemonSet kube-system/exporter',
      range: { start: { line: 20, column: 41 }, end: { line: 20, column: 49 } },
      related: [{ file: 'exporter.yaml', range: { start: { line: 18, column: 41 }, end: { line: 18, column: 49 } }, message: 'DaemonSet kube-system/exporter claims host port 9100/TCP here' }],
    });
    expect(run.findings.every((f) => f.file === 'agent.yaml')).toBe(true);
    expect(run.files).toEqual(['agent.yaml']);
    expect(run.daemonSets).toBe(1);
    const alone = await lint({ texts: [{ path: 'agent.yaml', text: agent }], configFile: false });
    expect(alone.findings.map((f) => f.ruleId)).toEqual(['privileged-justified', 'hostpath-readonly']);
  });

  it('leaves out a context file that is also an input: the input is the newer text', async () => {
    const run = await lint({ texts: [{ path: 'agent.yaml', text: agent }], context: [{ path: 'agent.yaml', text: agent.replace('name: agent', 'name: old') }], configFile: false });
    expect(run.findings.map((f) => f.ruleId)).toEqual(['privileged-justified', 'hostpath-readonly']);
  });

  it('with a cache, collects a context file once while its text and the rules stay the same', async () => {
    const collected: string[] = [];
    const spy = defineRule<{ tag: string }, { name: string }>({
      id: 'collect-spy',
      meta: { description: 'Counts collect calls.', severity: 'info', fixable: false, messages: {}, defaultOptions: { tag: 'a' }, tags: [], optionsSchema: { type: 'object', properties: { tag: { type: 'string' } } } },
      collect: (object) => {
        collected.push(`${object.file}:${object.ref.name}`);
        return { name: String(object.ref.name) };
      },
      checkAll: () => {},
    });
    const cache = new LintCache();
    const options = { texts: [{ path: 'agent.yaml', text: agent }], configFile: false as const, rules: [...builtinRules, spy], cache };
    await lint({ ...options, context: [{ path: 'exporter.yaml', text: exporter }] });
    await lint({ ...options, context: [{ path: 'exporter.yaml', text: exporter }] });
    expect(collected).toEqual(['exporter.yaml:exporter', 'agent.yaml:agent', 'agent.yaml:agent']);
    collected.length = 0;
    // A new text is collected again, and so is everything when the rule's options change.
    await lint({ ...options, context: [{ path: 'exporter.yaml', text: exporter.replace('name: exporter', 'name: renamed') }] });
    await lint({ ...options, config: { extends: 'recommended', rules: { 'collect-spy': { level: 'info', options: { tag: 'b' } } }, requireReason: true, ignore: [], exclude: [], plugins: [] }, context: [{ path: 'exporter.yaml', text: exporter.replace('name: exporter', 'name: renamed') }] });
    expect(collected).toEqual(['exporter.yaml:renamed', 'agent.yaml:agent', 'exporter.yaml:renamed', 'agent.yaml:agent']);
  });
});

describe('findings say which annotation would justify them', () => {
  it('for a missing or invalid justification, and not for a justified privilege', async () => {
    const text = agent.replace('  namespace: kube-system\n', '  namespace: kube-system\n  annotations:\n    daemonlint.io/justification.hostPath: "tbd"\n');
    const run = await lint({ texts: [{ path: 'agent.yaml', text }], configFile: false });
    expect(run.findings.map((f) => [f.ruleId, f.messageId, f.justifyWith])).toEqual([
      ['privileged-justified', 'unjustified', 'daemonlint.io/justification.hostNetwork'],
      ['hostpath-readonly', 'invalidJustification', 'daemonlint.io/justification.hostPath'],
    ]);
    const justified = await lint({ texts: [{ path: 'agent.yaml', text: text.replace('"tbd"', '"the agent rotates the node\'s logs"') }], configFile: false });
    const accepted = justified.findings.find((f) => f.ruleId === 'hostpath-readonly')!;
    expect(accepted.suppressions).toEqual([{ kind: 'inSource', justification: "the agent rotates the node's logs" }]);
    expect(accepted.justifyWith).toBeUndefined();
  });
});
