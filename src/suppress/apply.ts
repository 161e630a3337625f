import type { ExcludeEntry } from '../config/config.js';
import type { RunSettings } from '../config/resolved.js';
import type { Finding } from '../types/finding.js';
import { compileWildcard } from '../types/patterns.js';
import { bounded } from '../types/bounded-text.js';
import type { SourceFile } from '../yaml/source-file.js';
import { applyDirectives, parseDirectives, type Directive } from './comments.js';

/** The engine's rule for suppressions that suppress nothing (configured like a rule, no module of its own). */
export const UNUSED_SUPPRESSION = 'unused-suppression';

/**
 * Whether a directive that suppressed nothing is judged now or later. A share of a sharded run
 * (`--shard` with `--collect-out`) has not run the rules across the input yet: a directive that
 * could cover their findings is `defer`red (left unreported, and returned) to the merge, which
 * judges `only` those, at their `line:column`, once it has the rest of the findings.
 */
export interface UnusedJudgement {
  defer?: ReadonlySet<string>;
  only?: ReadonlySet<string>;
}

/** Where a directive is, as UnusedJudgement.only names it. */
export function directiveKey(start: { line: number; column: number }): string {
  return `${start.line}:${start.column}`;
}

/**
 * The suppressions that need the whole file or the configuration: comment directives, then the
 * config's `exclude` entries; a directive that suppressed nothing is reported (see
 * UnusedJudgement for the ones that are deferred, which are returned). (A DaemonSet's own ignore
 * annotation and justifications were applied while it was linted.)
 */
export function applySuppressions(
  source: SourceFile,
  findings: Finding[],
  exclude: { file?: string; entries: readonly ExcludeEntry[] },
  settings: Pick<RunSettings, 'requireReason' | 'unusedSuppression'>,
  judgement: UnusedJudgement = {},
): Directive[] {
  const requireReason = settings.requireReason ?? true;
  const directives = parseDirectives(source, source.documents);
  applyDirectives(findings, directives, requireReason);
  if (exclude.entries.length > 0) {
    for (const f of findings) {
      if (f.suppressions?.length || !f.object) continue;
      const entry = exclude.entries.find((e) => (e.rules.length === 0 || e.rules.includes(f.ruleId)) && e.objects.some((o) => objectMatches(o, f)));
      if (entry) f.suppressions = [{ kind: 'external', justification: entry.reason ?? `excluded by ${exclude.file ?? 'configuration'}` }];
    }
  }
  for (const f of findings) {
    if (f.fixable === undefined || !f.suppressions?.length) continue;
    delete f.fix;
    delete f.fixable;
  }
  const level = settings.unusedSuppression ?? 'warning';
  const deferred: Directive[] = [];
  if (level === 'off') return deferred;
  const { defer, only } = judgement;
  for (const d of directives) {
    if (d.kind === 'enable' || d.used) continue;
    if (only !== undefined && !only.has(directiveKey(d.range.start))) continue;
    if (defer !== undefined && (d.rules.length === 0 || d.rules.some((r) => defer.has(r)))) {
      deferred.push(d);
      continue;
    }
    const what = `daemonlint-${d.kind}${d.rules.length ? ` ${d.rules.join(', ')}` : ''}`;
    findings.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: level,
      ...(requireReason && d.reason === undefined
        ? {
            message: `${what} has ${d.placeholder === undefined ? 'no reason' : 'a placeholder for a reason'}, so it suppresses nothing`,
            help:
              d.placeholder === undefined
                ? 'Suppressions must say why (requireReason is on in the configuration). Add " -- <why>" after the rule ids, or set requireReason: false in .daemonlint.yaml.'
                : `Suppressions must say why (requireReason is on in the configuration), and "${bounded(d.placeholder)}" does not: a to-do marker or a word such as "n/a" counts as no reason. Write why after " -- ", or set requireReason: false in .daemonlint.yaml.`,
          }
        : {
            message: `${what} suppresses nothing ${d.kind === 'disable' ? 'in its block' : d.kind === 'disable-line' ? 'on its line' : 'on the next line'}`,
            help: 'No finding of the rules it names is reported where this comment applies, so it only hides problems that may come later. Remove the comment.',
          }),
      file: source.path,
      range: d.range,
      documentIndex: -1,
      path: [],
    });
  }
  return deferred;
}

/** An `exclude.objects` pattern (`namespace/name`, `*` for any run of characters) against a finding's object. */
function objectMatches(pattern: string, finding: Finding): boolean {
  const name = `${finding.object?.namespace ?? ''}/${finding.object?.name ?? ''}`;
  let matches = compiledPatterns.get(pattern);
  if (!matches) compiledPatterns.set(pattern, (matches = compileWildcard(pattern)));
  return matches(name) || (!pattern.includes('/') && matches(finding.object?.name ?? ''));
}

/** Patterns compiled once: a run checks each against every finding (linear-time matching, see types/patterns.ts). */
const compiledPatterns = new Map<string, (text: string) => boolean>();
