import { contentAfterEndInfo, duplicateKeyInfo, helmTemplateInfo, ruleInfo, unusedSuppressionInfo, yamlSyntaxInfo } from '../../run/rule-info.js';
import type { RuleInfo } from '../../types/finding.js';
import { builtinRules } from '../../rules/index.js';

/** Every built-in rule and the engine's own (`yaml-syntax`, `unused-suppression`, ...), in id order, as reports describe them. */
export function builtinRuleInfos(): RuleInfo[] {
  return [...builtinRules.map(ruleInfo), yamlSyntaxInfo, duplicateKeyInfo, contentAfterEndInfo, helmTemplateInfo, unusedSuppressionInfo].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * `daemonlint rules`: one line per rule with its id, its level in the `recommended` preset,
 * whether it offers fixes, and its description, in aligned columns.
 */
export function rulesTable(rules: readonly RuleInfo[] = builtinRuleInfos()): string {
  const header = ['rule', 'default', 'fixable', 'description'];
  const rows = rules.map((r) => [r.id, r.severity, r.fixable ? 'yes' : 'no', r.description]);
  const widths = header.slice(0, 3).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ');
  return [
    line(header),
    ...rows.map(line),
    '',
    `${rules.length} rules. daemonlint explain <rule> prints a rule's documentation.`,
    '',
  ].join('\n');
}
