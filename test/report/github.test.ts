import { describe, expect, it } from 'vitest';
import type { Finding, LintResult } from '../../src/types/finding.js';
import { formatGithub } from '../../src/report/github.js';
import { formatters, getFormatter } from '../../src/report/index.js';
import { cleanResult, fullResult, rules } from './fixture.js';

function github(result: LintResult): string {
  return formatGithub(result, { color: false });
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'probes',
    severity: 'warning',
    message: 'container "agent" has no readinessProbe',
    file: 'a.yaml',
    range: { start: { line: 4, column: 5, offset: 0 }, end: { line: 4, column: 9, offset: 0 } },
    documentIndex: 0,
    object: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'agent' },
    path: [],
    ...overrides,
  };
}

function result(findings: Finding[], files = ['a.yaml']): LintResult {
  return { findings, files, daemonSets: 1, rules, cwd: '/work/project', toolVersion: '0.1.0' };
}

function lines(text: string): string[] {
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

interface Command {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/**
 * Reads a line the way the Actions runner does (`::name key=value,…::message`, the properties
 * split on `,` and at the first `=`, then the runner's unescaping), written here from its
 * documented behaviour so the test does not trust the formatter's own escaping to check itself.
 */
function parseCommand(line: string): Command | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = line.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeData(line.slice(end + 2)) };
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('github', () => {
  it('is registered as --format github', () => {
    expect(getFormatter('github')).toBe(formatGithub);
    expect(Object.keys(formatters)).toContain('github');
  });

  it('writes one annotation per unsuppressed finding and a plain summary', () => {
    expect(lines(github(fullResult()))).toStrictEqual([
      '::error title=yaml-syntax::<stdin>:3:1: unexpected end of the stream within a flow collection%0A  at line 3',
      '::error file=manifests/agent.yaml,line=7,col=3,endLine=7,endColumn=10,title=no-replicas (kube-system/node-agent)::spec.replicas is not a DaemonSet field; remove it',
      '::warning file=manifests/agent.yaml,line=15,col=9,endLine=15,endColumn=12,title=probes (kube-system/node-agent)::container "agent" has no readinessProbe',
      '::error file=manifests/my dir/ünïcode agent.yaml,line=9,col=13,endLine=9,endColumn=22,title=privileged (ünï)::container "ünï" is privileged',
      'daemonlint: 4 problems (3 errors, 1 warning), 2 suppressed (not annotated) · 4 files, 3 DaemonSets checked',
    ]);
  });

  it('prints only the summary when there is nothing to annotate', () => {
    expect(github(cleanResult())).toBe('daemonlint: no problems · 2 files, 1 DaemonSet checked\n');
    const suppressed = finding({ suppressions: [{ kind: 'inSource', justification: 'needed' }] });
    expect(github(result([suppressed]))).toBe('daemonlint: no problems, 1 suppressed (not annotated) · 1 file, 1 DaemonSet checked\n');
  });

  it('says in the summary when there are more findings of a level than GitHub annotates', () => {
    const many = (n: number, severity: Finding['severity']) => Array.from({ length: n }, (_, i) => finding({ severity, range: { start: { line: i + 1, column: 1, offset: 0 }, end: { line: i + 1, column: 2, offset: 0 } } }));
    expect(lines(github(result(many(10, 'error')))).at(-1)).toBe('daemonlint: 10 problems (10 errors, 0 warnings) · 1 file, 1 DaemonSet checked');
    const out = lines(github(result([...many(2, 'error'), ...many(11, 'warning')])));
    expect(out).toHaveLength(14);
    expect(out.at(-1)).toBe(
      'daemonlint: 13 problems (2 errors, 11 warnings) · 1 file, 1 DaemonSet checked · GitHub shows at most 10 error and 10 warning annotations per step',
    );
  });

  it('escapes %, CR, LF in the message and also : and , in properties, as the runner decodes them', () => {
    const f = finding({
      ruleId: 'acme/rule:v2,beta',
      file: 'deploy/100%,a:b.yaml',
      message: 'use 50% or less:\r\nkey: "a,b"\n::stop-commands::x %0A stays text',
      object: { name: 'agent', namespace: 'ns' },
    });
    const out = lines(github(result([f], [f.file])));
    expect(out[0]).toBe(
      '::warning file=deploy/100%25%2Ca%3Ab.yaml,line=4,col=5,endLine=4,endColumn=8,title=acme/rule%3Av2%2Cbeta (ns/agent)::use 50%25 or less:%0D%0Akey: "a,b"%0A::stop-commands::x %250A stays text',
    );
    expect(parseCommand(out[0])).toStrictEqual({
      command: 'warning',
      properties: { file: f.file, line: '4', col: '5', endLine: '4', endColumn: '8', title: 'acme/rule:v2,beta (ns/agent)' },
      message: f.message,
    });
  });

  it('round-trips any text through the runner’s decoding', () => {
    const tricky = ['%', '%%0A', '%25', '\r', '\n', '\r\n', ':', ',', '::', '=', 'a=b,c=d', '%3A%2C', 'é ünï 🙂', ' leading and trailing '];
    for (const text of tricky) {
      const f = finding({ message: text, file: `f${text.replace(/[\r\n]/g, '')}.yaml`, ruleId: `r${text}` });
      const command = parseCommand(lines(github(result([f])))[0]);
      expect(command?.message).toBe(text);
      expect(command?.properties.file).toBe(f.file);
      expect(command?.properties.title).toBe(`${f.ruleId} (kube-system/agent)`);
    }
  });

  it('writes control characters other than line breaks and tabs as \\u escapes', () => {
    const f = finding({ message: 'red \u001b[31mtext\u001b[0m\tand a bell\u0007 and \u009b', object: { name: 'a\u001bb' } });
    expect(lines(github(result([f])))[0]).toBe(
      '::warning file=a.yaml,line=4,col=5,endLine=4,endColumn=8,title=probes (a\\u001bb)::red \\u001b[31mtext\\u001b[0m\tand a bell\\u0007 and \\u009b',
    );
  });

  it('gives columns only for one-line ranges, with an inclusive end column', () => {
    const at = (line: number, column: number, endLine: number, endColumn: number) => finding({ range: { start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } } });
    const props = (f: Finding) => lines(github(result([f])))[0].replace(/,title=.*$/, '');
    expect(props(at(4, 5, 4, 6))).toBe('::warning file=a.yaml,line=4,col=5,endLine=4,endColumn=5');
    // A point (an empty range) is one character wide.
    expect(props(at(4, 5, 4, 5))).toBe('::warning file=a.yaml,line=4,col=5,endLine=4,endColumn=5');
    expect(props(at(4, 5, 9, 3))).toBe('::warning file=a.yaml,line=4,endLine=9');
    // A range that ends at the start of a line ends on the line before.
    expect(props(at(4, 5, 9, 1))).toBe('::warning file=a.yaml,line=4,endLine=8');
    expect(props(at(4, 5, 5, 1))).toBe('::warning file=a.yaml,line=4,col=5,endLine=4');
  });

  it('names files relative to the working directory with /, and leaves absolute paths to the runner', () => {
    const file = (name: string) => parseCommand(lines(github(result([finding({ file: name })], [name])))[0])?.properties.file;
    expect(file('./deploy/../deploy/agent.yaml')).toBe('deploy/agent.yaml');
    expect(file('/home/runner/work/repo/repo/deploy/agent.yaml')).toBe('/home/runner/work/repo/repo/deploy/agent.yaml');
  });

  it('titles with the rule alone when the object has no name, and shortens titles past 255 characters', () => {
    const title = (f: Finding) => parseCommand(lines(github(result([f])))[0])?.properties.title;
    expect(title(finding({ object: { kind: 'DaemonSet' } }))).toBe('probes');
    expect(title(finding({ object: { kind: 'DaemonSet', name: 'agent' } }))).toBe('probes (agent)');
    const long = title(finding({ object: { name: 'x'.repeat(300) } }));
    expect(Array.from(long ?? '')).toHaveLength(255);
    expect(long).toBe(`probes (${'x'.repeat(246)}…`);
  });

  it('writes nothing a runner would take for a command except the annotations', () => {
    const out = lines(github(fullResult()));
    const commands = out.filter((l) => l.startsWith('::'));
    expect(commands.map((l) => parseCommand(l)?.command)).toStrictEqual(['error', 'error', 'warning', 'error']);
    expect(out.at(-1)?.startsWith('daemonlint: ')).toBe(true);
    expect(out.every((l) => !/[\r\u0000-\u0008\u000b-\u001f]/.test(l))).toBe(true);
  });
});
