import { describe, expect, it } from 'vitest';
import { exitCode } from '../../src/cli/cli.js';
import { formatGithub } from '../../src/report/github.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import type { Finding, LintResult } from '../../src/types/finding.js';

/** A finding of severity info, with a help text: reported everywhere, a problem nowhere. */
const note: Finding = {
  ruleId: 'rollout-note',
  severity: 'info',
  message: 'updateStrategy OnDelete: pods change only when deleted by hand',
  help: 'OnDelete is a manual rollout: new pods start only where someone deletes the old ones.',
  file: 'ds.yaml',
  range: { start: { line: 9, column: 5, offset: 120 }, end: { line: 9, column: 11, offset: 126 } },
  documentIndex: 0,
  object: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'agent' },
  path: ['spec', 'updateStrategy', 'type'],
};

const result: LintResult = {
  findings: [note],
  files: ['ds.yaml'],
  daemonSets: 1,
  objects: [{ file: 'ds.yaml', documentIndex: 0, object: note.object!, path: [] }],
  rules: [{ id: 'rollout-note', description: 'A rollout that is manual by design.', severity: 'info', fixable: false, tags: ['reliability'], helpUri: 'https://example.test/rollout-note.md' }],
  cwd: '/work',
  toolVersion: '0.1.0',
};

describe('severity info', () => {
  it('never fails a run, whatever --max-warnings says', () => {
    expect(exitCode([note])).toBe(0);
    expect(exitCode([note], 0)).toBe(0);
  });

  it('json: counted as info, with the help text after the headline', () => {
    const report = JSON.parse(formatJson(result, { color: false }));
    expect(report.summary).toEqual({ files: 1, daemonSets: 1, errors: 0, warnings: 0, info: 1, suppressed: 0 });
    expect(Object.keys(report.findings[0]).slice(0, 4)).toEqual(['ruleId', 'severity', 'message', 'help']);
    expect(report.findings[0].help).toBe(note.help);
    expect(report.findings[0].severity).toBe('info');
  });

  it('sarif: a note, in the result and in the rule default', () => {
    const log = JSON.parse(formatSarif(result, { color: false }));
    expect(log.runs[0].results[0].level).toBe('note');
    expect(log.runs[0].tool.driver.rules[0].defaultConfiguration).toEqual({ level: 'note' });
  });

  it('sarif: the headline is the message, the help is in the result\'s properties and, per message, in the rule\'s help and full description', () => {
    const withMessages: LintResult = {
      ...result,
      rules: [{ ...result.rules[0], messages: [{ message: 'updateStrategy {{type}}: pods change only when deleted by hand', help: '{{type}} is a manual rollout.' }, { message: 'a headline without help' }] }],
    };
    const log = JSON.parse(formatSarif(withMessages, { color: false }));
    const [finding] = log.runs[0].results;
    expect(finding.message).toEqual({ text: 'updateStrategy OnDelete: pods change only when deleted by hand.' });
    expect(finding.properties.help).toBe('OnDelete is a manual rollout: new pods start only where someone deletes the old ones.');
    const [rule] = log.runs[0].tool.driver.rules;
    expect(rule.fullDescription).toEqual({ text: 'A rollout that is manual by design.\n\nupdateStrategy <type>: pods change only when deleted by hand. <type> is a manual rollout.' });
    expect(rule.help).toEqual({
      text: 'A rollout that is manual by design.\n\nupdateStrategy <type>: pods change only when deleted by hand. <type> is a manual rollout.\n\nDocumentation: https://example.test/rollout-note.md',
      markdown: 'A rollout that is manual by design.\n\n- **updateStrategy *type*: pods change only when deleted by hand**: *type* is a manual rollout.\n\n[Documentation](https://example.test/rollout-note.md)',
    });
    expect(rule.helpUri).toBe('https://example.test/rollout-note.md');
  });

  it('github: a notice, the headline first and the help after it, and the summary line says info', () => {
    expect(formatGithub(result)).toBe(
      '::notice file=ds.yaml,line=9,col=5,endLine=9,endColumn=10,title=rollout-note (kube-system/agent)::updateStrategy OnDelete: pods change only when deleted by hand' +
        '%0A%0AOnDelete is a manual rollout: new pods start only where someone deletes the old ones.\n' +
        'daemonlint: no problems, 1 info · 1 file, 1 DaemonSet checked\n',
    );
  });

  it('gitlab: severity info', () => {
    expect(JSON.parse(formatGitlab(result, { color: false }))[0].severity).toBe('info');
  });

  it('junit: the case passes, with the finding in its system-out', () => {
    const xml = formatJunit(result, { color: false });
    expect(xml).toContain(
      '    <testcase classname="ds.yaml" name="kube-system/agent: rollout-note" time="0">\n' +
        '      <system-out>ds.yaml:9:5: info: updateStrategy OnDelete: pods change only when deleted by hand (at spec.updateStrategy.type)</system-out>\n' +
        '    </testcase>\n',
    );
    expect(xml).toContain('<testsuites name="daemonlint" tests="2" failures="0" errors="0" time="0">');
  });

  it('stylish: listed as info, and no problem in the summary', () => {
    const text = formatStylish(result, { color: false });
    expect(text).toContain('info');
    expect(text).toContain('✔ 1 file, 1 DaemonSet checked: no problems, 1 info');
  });
});
