import type { Finding, LintResult, RuleInfo } from '../../src/engine/types.js';

const HOME = 'https://github.com/daemonlint/daemonlint';

export const rules: RuleInfo[] = [
  { id: 'host-network', description: 'Host networking shares the node network namespace with the pod.', severity: 'error', fixable: false, tags: ['security'], securitySeverity: 7.5, helpUri: `${HOME}/blob/main/docs/rules/host-network.md` },
  { id: 'no-replicas', description: 'A DaemonSet has no replica count: it runs one pod on every selected node.', severity: 'error', fixable: true, tags: ['api'], helpUri: `${HOME}/blob/main/docs/rules/no-replicas.md` },
  {
    id: 'privileged',
    description: 'A privileged container has every capability and all host devices. Justify it or drop it',
    severity: 'error',
    fixable: false,
    tags: ['privilege'],
    securitySeverity: 9,
    helpUri: `${HOME}/blob/main/docs/rules/privileged.md`,
    helpMarkdown: '# privileged\n\nA privileged container can do anything the node can.\n',
  },
  { id: 'probes', description: 'Containers should have a readiness probe.', severity: 'warning', fixable: false, tags: ['reliability'], helpUri: `${HOME}/blob/main/docs/rules/probes.md` },
  { id: 'yaml-syntax', description: 'A YAML or JSON document that does not parse. Always on; the other documents of the file are still linted.', severity: 'error', fixable: false, tags: ['api'], helpUri: `${HOME}/blob/main/docs/rules/yaml-syntax.md` },
];

export const UNICODE_FILE = 'manifests/my dir/ünïcode agent.yaml';

function at(line: number, column: number, endLine: number, endColumn: number): Finding['range'] {
  return { start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } };
}

const agent = { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'node-agent' };

export function findings(): Finding[] {
  return [
    { ruleId: 'yaml-syntax', severity: 'error', message: 'unexpected end of the stream within a flow collection\n  at line 3', file: '<stdin>', range: at(3, 1, 3, 1), documentIndex: 1, path: [] },
    {
      ruleId: 'no-replicas',
      severity: 'error',
      message: 'spec.replicas is not a DaemonSet field; remove it',
      messageId: 'replicas',
      file: 'manifests/agent.yaml',
      range: at(7, 3, 7, 11),
      documentIndex: 0,
      object: agent,
      path: ['spec', 'replicas'],
    },
    {
      ruleId: 'host-network',
      severity: 'error',
      message: 'hostNetwork: true puts the pod in the node network namespace',
      messageId: 'hostNetwork',
      file: 'manifests/agent.yaml',
      range: at(12, 7, 12, 18),
      documentIndex: 0,
      object: agent,
      path: ['spec', 'template', 'spec', 'hostNetwork'],
      suppressions: [{ kind: 'inSource', justification: 'the CNI agent programs the node interfaces' }],
    },
    {
      ruleId: 'probes',
      severity: 'warning',
      message: 'container "agent" has no readinessProbe',
      messageId: 'missing',
      file: 'manifests/agent.yaml',
      range: at(15, 9, 15, 13),
      documentIndex: 0,
      object: agent,
      path: ['spec', 'template', 'spec', 'containers', 0, 'name'],
    },
    {
      ruleId: 'privileged',
      severity: 'error',
      message: 'container "ünï" is privileged',
      messageId: 'privileged',
      file: UNICODE_FILE,
      range: at(9, 13, 9, 23),
      documentIndex: 2,
      object: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ünï' },
      path: ['spec', 'template', 'metadata', 'annotations', 'container.apparmor.security.beta.kubernetes.io/ünï'],
    },
    {
      ruleId: 'probes',
      severity: 'warning',
      message: 'container "ünï" has no readinessProbe',
      messageId: 'missing',
      file: UNICODE_FILE,
      range: at(110, 11, 110, 14),
      documentIndex: 2,
      object: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ünï' },
      path: ['spec', 'template', 'spec', 'containers', 1, 'name'],
      suppressions: [{ kind: 'external', justification: 'probes are added by the mutating webhook' }],
    },
  ];
}

/** Several files (one clean), errors, warnings, both kinds of suppression, stdin, and a path with a space and non-ASCII letters. */
export function fullResult(): LintResult {
  return {
    findings: findings(),
    files: ['<stdin>', 'manifests/agent.yaml', 'manifests/clean.yaml', UNICODE_FILE],
    daemonSets: 3,
    rules,
    cwd: '/work/project',
    toolVersion: '0.1.0',
  };
}

export function cleanResult(): LintResult {
  return { findings: [], files: ['a.yaml', 'b.yaml'], daemonSets: 1, rules, cwd: '/work/project', toolVersion: '0.1.0' };
}
