import { describe, expect, it } from 'vitest';
import { matchesResources, ruleMatches, selects } from '../../src/policy/match.js';
import type { RuleSpec } from '../../src/policy/model.js';

// Which policies and bindings apply to `kubectl apply` of a DaemonSet (CREATE apps/v1 daemonsets,
// namespaced), as the API server's rule and selector predicates decide, and what is unknown offline.

const rule = (over: Partial<RuleSpec> = {}): RuleSpec => ({ apiGroups: ['apps'], apiVersions: ['v1'], resources: ['daemonsets'], operations: ['CREATE'], scope: '*', resourceNames: [], ...over });

describe('resource rules', () => {
  it.each([
    ['the exact rule', {}, true],
    ['wildcards everywhere', { apiGroups: ['*'], apiVersions: ['*'], resources: ['*'], operations: ['*'] }, true],
    ['every resource and subresource', { resources: ['*/*'] }, true],
    ['only subresources of daemonsets', { resources: ['daemonsets/*'] }, false],
    ['only status subresources', { resources: ['*/status'] }, false],
    ['UPDATE only', { operations: ['UPDATE'] }, false],
    ['the core group', { apiGroups: [''] }, false],
    ['an old version', { apiVersions: ['v1beta2'] }, false],
    ['namespaced scope', { scope: 'Namespaced' }, true],
    ['cluster scope', { scope: 'Cluster' }, false],
    ['by name, named', { resourceNames: ['agent'] }, true],
    ['by name, another', { resourceNames: ['other'] }, false],
  ] as const)('%s', (_, over, expected) => {
    expect(ruleMatches(rule(over as Partial<RuleSpec>), 'agent')).toBe(expected);
  });
});

describe('match resources', () => {
  const target = { name: 'agent', namespace: 'apps', labels: { tier: 'node' }, namespaceLabels: { labels: { 'kubernetes.io/metadata.name': 'apps' }, complete: false } };

  it('exclusions win; a policy needs a rule, a binding without rules narrows nothing', () => {
    expect(matchesResources({ resourceRules: [rule()], excludeResourceRules: [rule()] }, target, false)).toBe(false);
    expect(matchesResources({ resourceRules: [], excludeResourceRules: [] }, target, false)).toBe(false);
    expect(matchesResources({ resourceRules: [], excludeResourceRules: [] }, target, true)).toBe(true);
  });

  it('object selector on the DaemonSet labels; namespace selector on what is known of the namespace', () => {
    expect(matchesResources({ resourceRules: [rule()], excludeResourceRules: [], objectSelector: { matchLabels: { tier: 'web' } } }, target, false)).toBe(false);
    const byName = { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] }] };
    expect(matchesResources({ resourceRules: [rule()], excludeResourceRules: [], namespaceSelector: byName }, target, false)).toBe(true);
    expect(matchesResources({ resourceRules: [rule()], excludeResourceRules: [], namespaceSelector: { matchLabels: { env: 'prod' } } }, target, false)).toBe('unknown');
  });
});

describe('selectors with partly known labels', () => {
  const partial = { labels: { 'kubernetes.io/metadata.name': 'apps' }, complete: false };
  it.each([
    ['no selector', undefined, true],
    ['an empty selector', {}, true],
    ['a known label that matches', { matchLabels: { 'kubernetes.io/metadata.name': 'apps' } }, true],
    ['a known label that does not match, beside an unknown one', { matchLabels: { 'kubernetes.io/metadata.name': 'x', env: 'prod' } }, false],
    ['an unknown label', { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, 'unknown'],
    ['a selector the API would reject', { matchExpressions: [{ key: 'env', operator: 'In' }] }, false],
  ] as const)('%s', (_, selector, expected) => {
    expect(selects(selector as Record<string, unknown> | undefined, partial)).toBe(expected);
  });
  it('with complete labels, an absent label is absent', () => {
    expect(selects({ matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, { labels: {}, complete: true })).toBe(true);
  });
});
