import type { JsonPath } from '../types/finding.js';
import { defineRule, type RuleContext } from '../types/rule.js';
import { asRecord } from '../k8s/values.js';
import {
  SELECTOR_OPERATORS,
  describeRequirement,
  formatLabel,
  readLabels,
  readSelector,
  requirementMatches,
  type LabelIssue,
  type LocatedRequirement,
  type SelectorIssue,
} from '../k8s/selector.js';

const SELECTOR_PATH = ['spec', 'selector'];
const TEMPLATE_LABELS_PATH = ['spec', 'template', 'metadata', 'labels'];
const SELECTOR_FIELDS = new Set(['matchLabels', 'matchExpressions']);
const OPERATOR_LIST = 'In, NotIn, Exists or DoesNotExist';
const NO_LABELS: Record<string, unknown> = Object.freeze({});

export default defineRule({
  id: 'selector-match-labels',
  meta: {
    description: 'spec.selector is present, valid, not empty, and selects the pods of the DaemonSet\'s own template.',
    severity: 'error',
    fixable: false,
    messages: {
      missing: {
        message: 'spec.selector is missing: apps/v1 requires one',
        help: 'apps/v1 requires a selector that matches spec.template.metadata.labels (older API versions defaulted it from them): the API server rejects a DaemonSet without one. Add spec.selector.matchLabels with labels of the pod template.',
      },
      empty: {
        message: 'spec.selector is empty: it would select every pod in the namespace',
        help: 'The API server rejects a DaemonSet selector with no matchLabels and no matchExpressions, since it would select every pod in the namespace. Add matchLabels that spec.template.metadata.labels satisfy.',
      },
      strayField: {
        message: 'spec.selector has {{field}} but no matchLabels: labels go there',
        help: 'A selector has only matchLabels and matchExpressions: {{field}} is not a selector field, so this selector is empty and the API server rejects it. Move the labels under spec.selector.matchLabels.',
      },
      invalidKey: {
        message: 'invalid label key {{key}} in {{where}}',
        help: 'The API server rejects this label key: {{reason}}.',
      },
      invalidValue: {
        message: 'invalid value {{value}} for label {{key}}',
        help: 'The API server rejects this value of {{key}} in {{where}}: {{reason}}.',
      },
      nonStringValue: {
        message: 'label {{key}} has the {{type}} {{value}} as its value: quote it',
        help: 'YAML reads the value of {{key}} in {{where}} as the {{type}} {{value}}, not a string; label values are strings, so the API server rejects it. Quote the value.',
      },
      missingKey: {
        message: '{{where}} has no key',
        help: 'Each selector requirement names the label it tests, and the API server rejects one without a key. Add key: with the label name.',
      },
      missingOperator: {
        message: '{{where}} has no operator',
        help: `The API server rejects a selector requirement without an operator: use ${OPERATOR_LIST}.`,
      },
      badOperator: {
        message: 'unknown selector operator {{operator}}: use {{expected}}',
        help: `The API server accepts only ${OPERATOR_LIST} as the operator of a selector requirement ({{where}}).`,
      },
      valuesRequired: {
        message: '{{where}} uses {{operator}} without values',
        help: '{{operator}} compares {{key}} with a list of values and needs at least one: the API server rejects an empty list. Add values, or use Exists or DoesNotExist.',
      },
      valuesForbidden: {
        message: '{{where}} uses {{operator}} but lists values',
        help: '{{operator}} tests only whether {{key}} exists and takes no values: the API server rejects them. Remove values.',
      },
      templateLabelsMissing: {
        message: 'pod template labels are {{state}}: the selector matches none of its pods',
        help: "spec.template.metadata.labels is {{state}}, so spec.selector selects none of the DaemonSet's own pods, and the API server rejects it. Add labels that satisfy {{requirements}}.",
      },
      labelMissing: {
        message: 'pod template has no label {{key}}, which the selector requires',
        help: "spec.selector requires {{requirement}}, but spec.template.metadata.labels has no label {{key}}: the selector would not match the DaemonSet's own pods, and the API server rejects it. Add the label to the pod template.",
      },
      labelUnsatisfied: {
        message: 'pod template label {{label}} does not satisfy {{requirement}}',
        help: "spec.template.metadata.labels has {{label}}, but spec.selector requires {{requirement}}: the selector would not match the DaemonSet's own pods, and the API server rejects it. Change the template label (spec.selector cannot change once the DaemonSet exists).",
      },
      labelForbidden: {
        message: 'pod template has label {{key}}, which the selector excludes',
        help: "spec.selector requires {{requirement}}, but spec.template.metadata.labels has label {{key}}: the selector would not match the DaemonSet's own pods, and the API server rejects it. Remove the label from the pod template.",
      },
    },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const root = asRecord(daemonSet);
    const specValue = root?.spec;
    // No spec at all: the selector is what is missing; the report falls back to the document.
    if (specValue === undefined || specValue === null) {
      context.report({ path: ['spec'], messageId: 'missing' });
      return;
    }
    const spec = asRecord(specValue);
    if (!spec) return;

    if (spec.selector === undefined) {
      context.report({ path: ['spec'], messageId: 'missing' });
      return;
    }
    // `selector:` with no value decodes to a nil selector, which selects nothing.
    if (spec.selector === null) {
      context.report({ path: SELECTOR_PATH, messageId: 'empty' });
      return;
    }
    const selector = asRecord(spec.selector);
    if (!selector) return;

    const read = readSelector(selector);
    for (const issue of read.issues) reportSelectorIssue(context, issue);
    if (read.malformed) return;
    if (read.empty) {
      const stray = Object.keys(selector).find((field) => !SELECTOR_FIELDS.has(field));
      if (stray === undefined) context.report({ path: SELECTOR_PATH, messageId: 'empty' });
      else context.report({ path: [...SELECTOR_PATH, stray], messageId: 'strayField', data: { field: stray } });
      return;
    }

    checkTemplateLabels(context, spec, read.requirements);
  },
});

/**
 * Every valid requirement must hold for the template's labels, or the DaemonSet creates pods it
 * does not own (the API rejects that: "`selector` does not match template `labels`").
 */
function checkTemplateLabels(context: RuleContext<Record<string, never>>, spec: Record<string, unknown>, requirements: LocatedRequirement[]): void {
  // Without a template (or with a template of the wrong shape) the schema rule has the real problem to report.
  const template = asRecord(spec.template);
  if (!template) return;
  const metadataValue = template.metadata;
  const metadata = asRecord(metadataValue);
  if (metadataValue !== undefined && metadataValue !== null && !metadata) return;
  const labelsValue = metadata?.labels;
  const labelsRecord = asRecord(labelsValue);
  if (labelsValue !== undefined && labelsValue !== null && !labelsRecord) return;

  const templateLabels = readLabels(labelsRecord ?? NO_LABELS);
  for (const issue of templateLabels.issues) reportLabelIssue(context, issue, TEMPLATE_LABELS_PATH, 'spec.template.metadata.labels');

  // A label the API cannot decode is already reported; matching against it would report it twice.
  let failing: LocatedRequirement[] | undefined;
  for (let i = 0; i < requirements.length; i++) {
    const { requirement } = requirements[i];
    if (!templateLabels.unreadable.has(requirement.key) && !requirementMatches(requirement, templateLabels.labels)) (failing ??= []).push(requirements[i]);
  }
  if (!failing) return;

  if (!labelsRecord || Object.keys(labelsRecord).length === 0) {
    context.report({
      path: TEMPLATE_LABELS_PATH,
      messageId: 'templateLabelsMissing',
      data: { state: labelsRecord ? 'empty' : 'missing', requirements: failing.map(({ requirement }) => describeRequirement(requirement)).join(', ') },
    });
    return;
  }

  for (const { requirement, path } of failing) {
    const key = requirement.key;
    const data = { key, requirement: describeRequirement(requirement) };
    if (!Object.hasOwn(templateLabels.labels, key)) {
      // Point at the selector's mention of the label: the template has no node for it.
      const at = requirement.operator === 'Equals' ? 'key' : 'value';
      const selectorPath = requirement.operator === 'Equals' ? [...SELECTOR_PATH, ...path] : [...SELECTOR_PATH, ...path, 'key'];
      context.report({ path: selectorPath, at, messageId: 'labelMissing', data });
    } else if (requirement.operator === 'DoesNotExist') {
      context.report({ path: [...TEMPLATE_LABELS_PATH, key], messageId: 'labelForbidden', data });
    } else {
      context.report({
        path: [...TEMPLATE_LABELS_PATH, key],
        at: 'value',
        messageId: 'labelUnsatisfied',
        data: { ...data, label: formatLabel(key, templateLabels.labels[key]) },
      });
    }
  }
}

function reportSelectorIssue(context: RuleContext<Record<string, never>>, issue: SelectorIssue): void {
  const path = [...SELECTOR_PATH, ...issue.path];
  switch (issue.kind) {
    case 'invalidKey':
    case 'invalidValue':
    case 'nonStringValue':
      reportLabelIssue(context, issue, SELECTOR_PATH, selectorWhere(issue.path));
      return;
    case 'missingKey':
    case 'missingOperator':
      context.report({ path, at: issue.at, messageId: issue.kind, data: { where: expressionWhere(issue.index) } });
      return;
    case 'badOperator': {
      const caseFix = SELECTOR_OPERATORS.find((op) => op.toLowerCase() === issue.operator.toLowerCase());
      context.report({
        path,
        at: issue.at,
        messageId: 'badOperator',
        data: { operator: JSON.stringify(issue.operator), where: expressionWhere(issue.index), expected: caseFix ?? OPERATOR_LIST },
      });
      return;
    }
    case 'valuesRequired':
    case 'valuesForbidden':
      context.report({
        path,
        at: issue.at,
        messageId: issue.kind,
        data: { where: expressionWhere(issue.index), key: labelName(issue.key), operator: issue.operator },
      });
      return;
  }
}

function reportLabelIssue(context: RuleContext<Record<string, never>>, issue: LabelIssue, base: JsonPath, where: string): void {
  const path = [...base, ...issue.path];
  switch (issue.kind) {
    case 'invalidKey':
      context.report({ path, at: issue.at, messageId: 'invalidKey', data: { key: JSON.stringify(issue.key), where, reason: issue.reasons.join('; ') } });
      return;
    case 'invalidValue':
      context.report({
        path,
        at: issue.at,
        messageId: 'invalidValue',
        data: { key: labelName(issue.key), value: JSON.stringify(issue.value), where, reason: issue.reasons.join('; ') },
      });
      return;
    case 'nonStringValue':
      context.report({ path, at: issue.at, messageId: 'nonStringValue', data: { key: labelName(issue.key), where, type: typeof issue.value, value: String(issue.value) } });
      return;
  }
}

// An expression without a key still gets its values checked; its messages need a name for it.
function labelName(key: string): string {
  return key === '' ? '(no key)' : key;
}

function expressionWhere(index: number): string {
  return `spec.selector.matchExpressions[${index}]`;
}

/** The field holding a selector's label: the matchLabels mapping, or an expression's key or values. */
function selectorWhere(path: JsonPath): string {
  if (path[0] === 'matchLabels') return 'spec.selector.matchLabels';
  return `${expressionWhere(Number(path[1]))}.${String(path[2])}`;
}
