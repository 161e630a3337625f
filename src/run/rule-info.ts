import type { Level, RuleInfo } from '../types/finding.js';
import type { AnyRule } from '../types/rule.js';
import { UNUSED_SUPPRESSION } from '../suppress/apply.js';
import { HOMEPAGE } from '../version.js';
import { bounded, MAX_TEXT } from '../types/bounded-text.js';
import { CONTENT_AFTER_END, DUPLICATE_KEY, HELM_TEMPLATE, YAML_SYNTAX } from './lint-file.js';
import type { RunSettings } from '../config/resolved.js';

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
    // A plugin's messages are free text too.
    messages: Object.values(rule.meta.messages).map((m) =>
      typeof m === 'string' ? { message: bounded(m, MAX_TEXT) } : { message: bounded(m.message, MAX_TEXT), help: bounded(m.help, MAX_TEXT) },
    ),
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

export const unusedSuppressionInfo: RuleInfo = {
  id: UNUSED_SUPPRESSION,
  description: 'A suppression comment or ignore annotation that suppresses nothing, or gives no reason while reasons are required.',
  severity: 'warning',
  fixable: false,
  tags: ['best-practice'],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${UNUSED_SUPPRESSION}.md`,
};

export const duplicateKeyInfo: RuleInfo = {
  id: DUPLICATE_KEY,
  description: 'A key written twice in one mapping: kubectl keeps the later value without a word, and the document is linted with it.',
  severity: 'warning',
  fixable: false,
  tags: ['api'],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${DUPLICATE_KEY}.md`,
};

export const contentAfterEndInfo: RuleInfo = {
  id: CONTENT_AFTER_END,
  description: 'Content after a `...` line and before the next `---`: kubectl never reads it, so nothing there is applied.',
  severity: 'warning',
  fixable: false,
  tags: ['api'],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${CONTENT_AFTER_END}.md`,
};

export const helmTemplateInfo: RuleInfo = {
  id: HELM_TEMPLATE,
  description: 'A file that does not parse because it is a Helm or Go template ({{ }}): lint its rendered output instead.',
  severity: 'warning',
  fixable: false,
  tags: ['api'],
  helpUri: `${HOMEPAGE}/blob/main/docs/rules/${HELM_TEMPLATE}.md`,
};

/** Every rule a run reports for, the engine's own included, in id order. */
export function ruleInfos(rules: readonly AnyRule[], settings: Pick<RunSettings, 'unusedSuppression' | 'duplicateKey' | 'contentAfterEnd' | 'helmTemplate'>): RuleInfo[] {
  const engine = [yamlSyntaxInfo];
  const levels: [RuleInfo, Level | undefined][] = [
    [unusedSuppressionInfo, settings.unusedSuppression],
    [duplicateKeyInfo, settings.duplicateKey],
    [contentAfterEndInfo, settings.contentAfterEnd],
    [helmTemplateInfo, settings.helmTemplate],
  ];
  for (const [info, level = 'warning'] of levels) if (level !== 'off') engine.push({ ...info, severity: level });
  return [...rules.map(ruleInfo), ...engine].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
