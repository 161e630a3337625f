import type { FileWriterFactory, Finding, FormatOptions, LintResult, ReportRun, RuleInfo } from '../types/finding.js';
import { formatWhole, PIECE } from './file-writer.js';
import { fingerprints, relativePath } from './fingerprint.js';
import { inclusiveEnd } from './github.js';
import { isSuppressed } from './json.js';
import { safeJsonText } from './safe-text.js';

/** The severities GitLab code quality knows, from least to most severe. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** One entry of a GitLab code quality report: the fields GitLab reads, a subset of Code Climate's issue. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * A GitLab code quality report (`artifacts:reports:codequality`): a JSON array with one issue
 * per finding that is not suppressed. Suppressed findings are left out: GitLab has no state for
 * an accepted finding, and listing them would show them as problems in the merge request.
 */
export function toCodeQuality(result: LintResult): CodeQualityIssue[] {
  return issuesOf(result.findings, result, new Map(result.rules.map((r) => [r.id, r])));
}

/** The issues of some findings, all of each file of theirs (their fingerprints are numbered within the file). */
function issuesOf(findings: readonly Finding[], result: ReportRun, rules: ReadonlyMap<string, RuleInfo>): CodeQualityIssue[] {
  // Computed over every finding, suppressed ones included, so each finding has the fingerprint SARIF gives it.
  const fingerprintOf = fingerprints(findings, result.cwd);
  const issues: CodeQualityIssue[] = [];
  findings.forEach((f, i) => {
    if (isSuppressed(f)) return;
    issues.push({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprintOf[i],
      severity: codeQualitySeverity(f, rules.get(f.ruleId)),
      location: {
        path: f.file === '<stdin>' ? f.file : relativePath(f.file, result.cwd) ?? f.file,
        lines: { begin: f.range.start.line, end: inclusiveEnd(f.range).line },
      },
    });
  });
  return issues;
}

export function formatGitlab(result: LintResult, options: FormatOptions = { color: false }): string {
  return formatWhole(gitlabWriter, result, options);
}

/** `JSON.stringify(toCodeQuality(result), null, 2)`, a file at a time. */
export const gitlabWriter: FileWriterFactory = (run) => {
  const rules = new Map(run.rules.map((r) => [r.id, r]));
  let written = 0;
  return {
    order: 'path',
    file(_file, findings, _objects, write) {
      const issues = issuesOf(findings, run, rules);
      for (let start = 0; start < issues.length; start += PIECE) {
        const text = JSON.stringify(issues.slice(start, start + PIECE), null, 2);
        if (written > 0) write(',\n');
        write(safeJsonText(text.slice(2, -2)));
        written += Math.min(PIECE, issues.length - start);
      }
    },
    ends: () => (written === 0 ? { head: '[]\n', tail: '' } : { head: '[\n', tail: '\n]\n' }),
  };
};

/**
 * Warnings are `minor`, errors `major`; errors of rules with a security severity rise with it,
 * on the bands GitHub uses for the same number: 7.0 and above (high) is `critical`, 9.0 and above
 * (critical) is `blocker`. `info` is not used: a finding is always something to change.
 */
export function codeQualitySeverity(f: Finding, rule: RuleInfo | undefined): CodeQualitySeverity {
  if (f.severity === 'info') return 'info';
  if (f.severity === 'warning') return 'minor';
  const score = rule?.securitySeverity;
  if (score === undefined || score < 7) return 'major';
  return score >= 9 ? 'blocker' : 'critical';
}
