import type { FixRequest } from '../types/rule.js';
import { defineRule } from '../types/rule.js';
import { containerName } from '../k8s/containers.js';
import { HOST_PATH_OPTION_PATTERN, isUnderHostPath } from '../k8s/host-paths.js';
import { knownWrittenPath, readOnlySafety } from '../k8s/agent-paths.js';
import {
  DEFAULT_MIN_JUSTIFICATION_LENGTH,
  justificationFor,
  justificationMessages,
  justificationReport,
  type Justification,
} from '../k8s/justification.js';
import { hostPathMounts, type HostPathMount } from '../k8s/volumes.js';
import { isHostProcessContainer } from '../k8s/windows.js';

export interface HostpathReadonlyOptions {
  /** Host paths (and everything below them) that containers may mount writable. */
  allowWritablePrefixes: string[];
  minJustificationLength: number;
}

const RISK = "A writable host path lets a compromised container change the node's own files: plant binaries, rewrite configuration, fill the disk.";

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
        allowWritablePrefixes: { type: 'array', items: { type: 'string', pattern: HOST_PATH_OPTION_PATTERN } },
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
      // A HostProcess container is a process on the Windows host with the host's whole filesystem:
      // a read-only mount would protect nothing. privileged-justified reports hostProcess itself.
      if (isHostProcessContainer(daemonSet, m.container)) continue;

      justification ??= justificationFor(daemonSet, 'hostPath', {
        minLength: context.options.minJustificationLength,
        now: context.now,
      });
      const readOnlyPath = [...m.path, 'readOnly'];
      const advice = adviceFor(m, readOnlyPath);
      const what = hostPath === undefined ? 'a hostPath volume' : hostPath;
      const found = justificationReport(justification, 'hostPath', {
        subject: `container "${containerName(m.container)}" mounts ${what} writable`,
        risk: advice.why ?? RISK,
        detail: advice.detail,
        remedy: advice.remedy,
      });
      context.report({
        // An explicit `readOnly: false` is the node to change; a missing one is the mount's to add.
        path: 'readOnly' in m.mount ? readOnlyPath : m.path,
        ...found,
        // A justified finding is accepted as it is: fixing it would undo a decision.
        fix: found.justification === undefined ? advice.fix : undefined,
      });
    }
  },
});

/**
 * How to fix one writable mount, and how safe that is: a path agents are known to write gets no
 * fix (read-only would break them); one agents only read (logs, sockets) a safe one; any other an
 * unsafe one, since the manifest does not show whether the container writes there.
 */
function adviceFor(m: HostPathMount, readOnlyPath: readonly (string | number)[]): Advice {
  const setReadOnly = 'set readOnly: true';
  if (m.mount.mountPropagation === 'Bidirectional') {
    return {
      why: 'With Bidirectional mount propagation the container creates mounts the node must see (as CSI node plugins do), so the mount is usually writable and no fix is offered.',
      remedy: `if the container only reads there, drop Bidirectional propagation and ${setReadOnly}`,
    };
  }
  const hostPath = m.hostPath;
  if (hostPath === undefined) return { remedy: setReadOnly, fix: { op: 'set', path: readOnlyPath, value: true } };
  const known = knownWrittenPath(hostPath);
  if (known && known.relation !== 'contains') {
    return {
      why: `${known.path} is the ${known.reason}, so it is usually writable and no fix is offered.`,
      remedy: `if this container only reads there, ${setReadOnly}; if the path is writable by design here, add it to the rule's allowWritablePrefixes option`,
    };
  }
  if (known) {
    // A directory above a known one (all of /var/lib/kubelet, /etc): read-only may break the agent.
    return unsafeFix(readOnlyPath, `it contains ${known.path}, the ${known.reason}`);
  }
  const safety = readOnlySafety(hostPath, m.volume.type);
  if (!safety.safe) return unsafeFix(readOnlyPath, safety.reason);
  return { remedy: setReadOnly, fix: { op: 'set', path: readOnlyPath, value: true } };
}

interface Advice {
  /** Why the mount is as it is, in place of the general risk; `detail` goes on from it. */
  why?: string;
  detail?: string;
  remedy: string;
  fix?: FixRequest;
}

function unsafeFix(readOnlyPath: readonly (string | number)[], reason: string | undefined): Advice {
  const likely = reason === undefined ? '' : ` Here a write is likely: ${reason}.`;
  return {
    why: RISK,
    detail: `Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes.${likely}`,
    remedy: 'set readOnly: true once you know the container only reads there',
    fix: { op: 'set', path: readOnlyPath, value: true, safety: 'unsafe' },
  };
}

function allowedWritable(hostPath: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) {
    if (isUnderHostPath(hostPath, prefixes[i])) return true;
  }
  return false;
}
