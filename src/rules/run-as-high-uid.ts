import { defineRule, type RuleContext } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, containerAnchor, containerName, containersOf, podSpecOf, type ContainerRef } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { runsOnWindowsOnly } from '../k8s/windows.js';

export interface RunAsHighUidOptions {
  /** The smallest runAsUser accepted. */
  minUid: number;
  /** The smallest runAsGroup accepted (group 0 is reported whatever this is). */
  minGid: number;
  /** Also report a container that runs with no runAsUser, neither its own nor the pod's (the image's USER decides). */
  requireRunAsUser: boolean;
}

const WHY =
  "IDs below {{bound}} are the range the node's own accounts use: a process that escapes the container acts, and owns files, as a real user or group of the node. An ID above every host account's matches none of them.";

export default defineRule<RunAsHighUidOptions>({
  id: 'run-as-high-uid',
  meta: {
    description: 'Containers run as a user and group above the range of host accounts (10000 by default), and never in group 0.',
    severity: 'warning',
    fixable: false,
    recommended: false,
    messages: {
      lowUid: {
        message: '{{who}} runs as UID {{id}}, below {{bound}}',
        help: `${WHY} Set runAsUser to {{bound}} or more (the rule's minUid option), with runAsNonRoot: true.`,
      },
      rootUid: {
        message: '{{who}} runs as UID 0 (root)',
        help: `Root in the container is root on the node once anything lets it out (a kernel bug, a host mount, a capability). ${WHY} Set runAsUser to {{bound}} or more, with runAsNonRoot: true.`,
      },
      lowGid: {
        message: '{{who}} runs with GID {{id}}, below {{bound}}',
        help: `${WHY} Set runAsGroup to {{bound}} or more (the rule's minGid option).`,
      },
      rootGid: {
        message: '{{who}} runs with group 0 (root) as {{field}}',
        help: "Group 0 owns much of the node's and the image's system files: a process in it can read, and often write, what root's group may. Use a group of the agent's own, {{bound}} or more.",
      },
      unset: {
        message: 'container "{{container}}" sets no runAsUser: the image decides',
        help: `Neither the container nor the pod sets securityContext.runAsUser, so the process runs as the image's USER, often root, and a new image can change it unreviewed. ${WHY} Set runAsUser to {{bound}} or more, with runAsNonRoot: true (this finding comes from the rule's requireRunAsUser option).`,
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minUid: { type: 'integer', minimum: 1 },
        minGid: { type: 'integer', minimum: 1 },
        requireRunAsUser: { type: 'boolean' },
      },
    },
    defaultOptions: { minUid: 10000, minGid: 10000, requireRunAsUser: false },
    tags: ['security'],
    securitySeverity: 4.0,
  },
  check(daemonSet, context) {
    // Windows containers run as a user name (windowsOptions.runAsUserName); runAsUser does not apply.
    if (runsOnWindowsOnly(daemonSet)) return;
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    const podContext = asRecord(podSpec?.securityContext);
    const podPath = [...POD_SPEC_PATH, 'securityContext'];
    const containers = containersOf(daemonSet);
    if (podContext) {
      // A pod-level ID matters only while some container takes it over: one that every container overrides is dead.
      const inherited = (field: string): boolean => containers.length === 0 || containers.some((ref) => ownId(ref, field) === undefined);
      checkIds(context, 'pod', podContext, podPath, { user: inherited('runAsUser'), group: inherited('runAsGroup') });
      // fsGroup and supplementalGroups are the pod's alone: group 0 there is group 0 for every container.
      if (podContext.fsGroup === 0) report(context, 'rootGid', 'pod', [...podPath, 'fsGroup'], { field: 'fsGroup' });
      const supplemental = podContext.supplementalGroups;
      if (Array.isArray(supplemental)) {
        const index = supplemental.indexOf(0);
        if (index >= 0) report(context, 'rootGid', 'pod', [...podPath, 'supplementalGroups', index], { field: 'a supplementalGroup' });
      }
    }
    const podUser = podContext !== undefined && isId(podContext.runAsUser);
    // A container's own setting overrides the pod's: each is reported where it is written.
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = asRecord(ref.container.securityContext);
      if (securityContext) checkIds(context, `container "${containerName(ref)}"`, securityContext, [...ref.path, 'securityContext'], { user: true, group: true });
      if (context.options.requireRunAsUser && !podUser && ownId(ref, 'runAsUser') === undefined) {
        context.report({ path: containerAnchor(ref), messageId: 'unset', data: { container: containerName(ref), bound: context.options.minUid } });
      }
    }
  },
});

/** The ID a container sets itself, if it is one. */
function ownId(ref: ContainerRef, field: string): number | undefined {
  const value = asRecord(ref.container.securityContext)?.[field];
  return isId(value) ? value : undefined;
}

function checkIds(
  context: RuleContext<RunAsHighUidOptions>,
  who: string,
  securityContext: Record<string, unknown>,
  path: JsonPath,
  live: { user: boolean; group: boolean },
): void {
  const { minUid, minGid } = context.options;
  const uid = securityContext.runAsUser;
  // Not an integer, or negative: the schema and api-validation rules' findings.
  if (live.user && isId(uid)) {
    if (uid === 0) report(context, 'rootUid', who, [...path, 'runAsUser'], { bound: minUid });
    else if (uid < minUid) report(context, 'lowUid', who, [...path, 'runAsUser'], { id: uid, bound: minUid });
  }
  const gid = securityContext.runAsGroup;
  if (live.group && isId(gid)) {
    if (gid === 0) report(context, 'rootGid', who, [...path, 'runAsGroup'], { field: 'runAsGroup' });
    else if (gid < minGid) report(context, 'lowGid', who, [...path, 'runAsGroup'], { id: gid, bound: minGid });
  }
}

function report(context: RuleContext<RunAsHighUidOptions>, messageId: string, who: string, path: JsonPath, data: Record<string, string | number>): void {
  context.report({ path, at: 'value', messageId, data: { who, bound: context.options.minGid, ...data } });
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
