import type { Finding, LintResult, RuleInfo } from '../../src/types/finding.js';

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

function point(line: number, column: number, offset: number): Finding['range']['start'] {
  return { line, column, offset };
}

const fixableRules: RuleInfo[] = [
  ...rules,
  { id: 'restart-policy-always', description: 'The pod template restarts its containers: restartPolicy is Always or left out.', severity: 'error', fixable: true, tags: ['api'], helpUri: `${HOME}/blob/main/docs/rules/restart-policy-always.md` },
  { id: 'hostpath-readonly', description: 'hostPath volumes are mounted read-only unless the path is allowed to be writable or the DaemonSet justifies it.', severity: 'error', fixable: true, tags: ['security'], securitySeverity: 7, helpUri: `${HOME}/blob/main/docs/rules/hostpath-readonly.md` },
];

/**
 * Findings with the edits `--fix` would make: a deleted line, a replaced value, an inserted line
 * (CRLF), and a suppressed finding whose fix must not be offered.
 */
export function fixableResult(): LintResult {
  const file = 'manifests/fixable.yaml';
  const base = { file, documentIndex: 0, object: agent };
  return {
    findings: [
      {
        ...base,
        ruleId: 'no-replicas',
        severity: 'error',
        message: 'spec.replicas is not a DaemonSet field; remove it',
        messageId: 'replicas',
        range: { start: point(7, 3, 120), end: point(7, 11, 128) },
        path: ['spec', 'replicas'],
        fix: { range: { start: point(7, 1, 118), end: point(8, 1, 132) }, text: '' },
      },
      {
        ...base,
        ruleId: 'restart-policy-always',
        severity: 'error',
        message: 'restartPolicy "OnFailure" is not allowed in a DaemonSet',
        messageId: 'notAlways',
        range: { start: point(14, 22, 301), end: point(14, 31, 310) },
        path: ['spec', 'template', 'spec', 'restartPolicy'],
        fix: { range: { start: point(14, 22, 301), end: point(14, 31, 310) }, text: 'Always' },
      },
      {
        ...base,
        ruleId: 'hostpath-readonly',
        severity: 'error',
        message: 'container "agent" mounts host path /var/log (volume "logs") writable',
        messageId: 'missing',
        range: { start: point(19, 9, 420), end: point(19, 13, 424) },
        path: ['spec', 'template', 'spec', 'containers', 0, 'volumeMounts', 0],
        fix: { range: { start: point(21, 1, 470), end: point(21, 1, 470) }, text: '          readOnly: true\r\n' },
      },
      {
        ...base,
        ruleId: 'hostpath-readonly',
        severity: 'error',
        message: 'container "agent" mounts host path /var/lib/agent (volume "state") writable',
        messageId: 'missing',
        range: { start: point(23, 9, 520), end: point(23, 13, 524) },
        path: ['spec', 'template', 'spec', 'containers', 0, 'volumeMounts', 1],
        suppressions: [{ kind: 'external', justification: 'the agent keeps its state there' }],
        fix: { range: { start: point(25, 1, 570), end: point(25, 1, 570) }, text: '          readOnly: true\r\n' },
      },
    ],
    files: [file],
    daemonSets: 1,
    rules: fixableRules,
    cwd: '/work/project',
    toolVersion: '0.1.0',
  };
}
