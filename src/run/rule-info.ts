import type { Level, RuleInfo } from '../types/finding.js';
import type { AnyRule } from '../types/rule.js';
import { UNUSED_SUPPRESSION } from '../suppress/apply.js';
import { HOMEPAGE } from '../version.js';
import { bounded, MAX_TEXT } from '../types/bounded-text.js';
import { YAML_SYNTAX } from './lint-file.js';

/** A rule as reports describe it (SARIF's rule descriptors, the rules list). */
export function ruleInfo(rule: AnyRule): RuleInfo {
  const info: RuleInfo = {
    id: rule.id,
    // A plugin's description is free text of any length.
    description: bounded(rule.meta.description, MAX_TEXT),
    severity: rule.meta.severity,
    fixable: rule.meta.fixable,
    tags: rule.meta.tags,
    helpUri: `${HOMEPAGE}/blob/main/docs/rules/${rule.id}.md`,
  };
  if (rule.meta.securitySeverity !== undefined) info.securitySeverity = rule.meta.securitySeverity;
  return info;
}

export const yamlSyntaxInfo: RuleInfo = {
  id: YAML_SYNTAX,
  description: 'A YAML or JSON document that does not parse. Always on; the other documents of the file are still linted.',
  severity: 'error',
  fixable: false,
  tags: ['api'],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${YAML_SYNTAX}.md`,
};

const unusedSuppressionInfo: RuleInfo = {
  id: UNUSED_SUPPRESSION,
  description: 'A suppression comment or ignore annotation that suppresses nothing, or gives no reason while reasons are required.',
  severity: 'warning',
  fixable: false,
  tags: ['best-practice'],
  helpUri: `${HOMEPAGE}/blob/main/docs/suppressions.md`,
};

/** Every rule a run reports for, the engine's own included, in id order. */
export function ruleInfos(rules: readonly AnyRule[], unusedSuppression: Level): RuleInfo[] {
  const engine = unusedSuppression === 'off' ? [yamlSyntaxInfo] : [yamlSyntaxInfo, { ...unusedSuppressionInfo, severity: unusedSuppression }];
  return [...rules.map(ruleInfo), ...engine].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
