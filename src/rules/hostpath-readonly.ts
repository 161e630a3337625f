import { defineRule } from '../types/rule.js';
import { containerName } from '../k8s/containers.js';
import { isUnderHostPath } from '../k8s/host-paths.js';
import {
  DEFAULT_MIN_JUSTIFICATION_LENGTH,
  justificationFor,
  justificationMessages,
  justificationReport,
  type Justification,
} from '../k8s/justification.js';
import { hostPathMounts } from '../k8s/volumes.js';

export interface HostpathReadonlyOptions {
  /** Host paths (and everything below them) that containers may mount writable. */
  allowWritablePrefixes: string[];
  minJustificationLength: number;
}

export default defineRule<HostpathReadonlyOptions>({
  id: 'hostpath-readonly',
  meta: {
    description: 'hostPath volumes are mounted read-only unless the path is allowed to be writable or the DaemonSet justifies it.',
    severity: 'error',
    fixable: true,
    messages: { ...justificationMessages },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowWritablePrefixes: { type: 'array', items: { type: 'string', pattern: '^/' } },
        minJustificationLength: { type: 'integer', minimum: 1 },
      },
    },
    defaultOptions: { allowWritablePrefixes: [], minJustificationLength: DEFAULT_MIN_JUSTIFICATION_LENGTH },
    tags: ['security'],
    securitySeverity: 7.0,
  },
  check(daemonSet, context) {
    let justification: Justification | undefined;
    const mounts = hostPathMounts(daemonSet);
    for (let i = 0; i < mounts.length; i++) {
      const m = mounts[i];
      // `readOnly: yes` arrives here as true: manifests are read as YAML 1.1, as Kubernetes does.
      if (m.mount.readOnly === true) continue;
      const hostPath = m.hostPath;
      if (hostPath !== undefined && allowedWritable(hostPath, context.options.allowWritablePrefixes)) continue;

      justification ??= justificationFor(daemonSet, 'hostPath', {
        minLength: context.options.minJustificationLength,
        now: context.now,
      });
      const volume = m.volume.name === undefined ? '' : ` (volume "${m.volume.name}")`;
      const what = hostPath === undefined ? 'a hostPath volume' : `host path ${hostPath}`;
      const subject = `container "${containerName(m.container)}" mounts ${what}${volume} writable`;
      const found = justificationReport(justification, 'hostPath', subject, 'set readOnly: true');
      const readOnlyPath = [...m.path, 'readOnly'];
      context.report({
        // An explicit `readOnly: false` is the node to change; a missing one is the mount's to add.
        path: 'readOnly' in m.mount ? readOnlyPath : m.path,
        ...found,
        fix: found.justification === undefined ? { op: 'set', path: readOnlyPath, value: true } : undefined,
      });
    }
  },
});

function allowedWritable(hostPath: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) {
    if (isUnderHostPath(hostPath, prefixes[i])) return true;
  }
  return false;
}
