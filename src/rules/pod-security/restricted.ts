import type { JsonPath } from '../../types/finding.js';
import { asRecord } from '../../k8s/values.js';
import { SECCOMP_TYPES, capabilitiesBaseline, hostPathVolumes, seccompBaseline } from './baseline.js';
import {
  Offenders,
  POD_SECURITY_CONTEXT,
  POD_SPEC,
  containerFieldPath,
  distinct,
  isSet,
  plural,
  quoteList,
  stringField,
  type Control,
} from './policy.js';

/**
 * The Restricted profile: everything in Baseline plus current pod hardening practice. Each
 * control mirrors a check of pod-security-admission (policy/check_<id>.go).
 */

const ALLOW_PRIVILEGE_ESCALATION = ['securityContext', 'allowPrivilegeEscalation'];
const RUN_AS_NON_ROOT = ['securityContext', 'runAsNonRoot'];
const SECCOMP_PROFILE_TYPE = ['securityContext', 'seccompProfile', 'type'];
const CAPABILITIES_DROP = ['securityContext', 'capabilities', 'drop'];

/** Inline volume sources the restricted profile allows (`image` since Kubernetes 1.33, at every policy version). */
const ALLOWED_VOLUME_TYPES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

const ALLOWED_VOLUME_TYPE_LIST = ALLOWED_VOLUME_TYPES.join(', ');

/** The volume sources it forbids, as the API spells them. */
const RESTRICTED_VOLUME_TYPES = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'portworxVolume',
  'photonPersistentDisk',
  'scaleIO',
  'storageos',
];

/** The first of the fields that is set on the volume. */
function firstSet(volume: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (let i = 0; i < fields.length; i++) {
    if (isSet(volume[fields[i]])) return fields[i];
  }
  return undefined;
}

/**
 * restrictedVolumes: only core volume types and volumes defined through PersistentVolumes.
 * A volume with no source at all is defaulted to emptyDir by the API, so it passes.
 */
const volumeTypes: Control = {
  id: 'volumeTypes',
  name: 'Volume Types',
  level: 'restricted',
  check({ podSpec }) {
    const volumes = podSpec.volumes;
    if (!Array.isArray(volumes)) return undefined;
    let found: { names: string[]; types: string[]; first: JsonPath } | undefined;
    for (let index = 0; index < volumes.length; index++) {
      const volume = asRecord(volumes[index]);
      if (!volume || firstSet(volume, ALLOWED_VOLUME_TYPES) !== undefined) continue;
      const type = firstSet(volume, RESTRICTED_VOLUME_TYPES);
      if (type === undefined) continue;
      found ??= { names: [], types: [], first: [...POD_SPEC, 'volumes', index, type] };
      found.names.push(stringField(volume, 'name'));
      found.types.push(type);
    }
    if (!found) return undefined;
    const { names, types, first } = found;
    const typeList = distinct(types);
    return {
      path: first,
      detail:
        `${plural(names.length, 'volume', 'volumes')} ${quoteList(names)} must not use ` +
        `${plural(typeList.length, 'restricted volume type', 'restricted volume types')} ${quoteList(typeList)} ` +
        `(allowed: ${ALLOWED_VOLUME_TYPE_LIST})`,
    };
  },
};

/** allowPrivilegeEscalation: every container sets it to false (Linux pods only). */
const privilegeEscalation: Control = {
  id: 'privilegeEscalation',
  name: 'Privilege Escalation',
  level: 'restricted',
  check(input) {
    if (input.windows) return undefined;
    let offenders: Offenders | undefined;
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (securityContexts[i]?.allowPrivilegeEscalation === false) continue;
      (offenders ??= new Offenders()).addContainer(ref, containerFieldPath(ref, ALLOW_PRIVILEGE_ESCALATION));
    }
    if (!offenders) return undefined;
    return offenders.violation(`${offenders.containers()} must set securityContext.allowPrivilegeEscalation=false`);
  },
};

/**
 * runAsNonRoot: true at pod level (which containers inherit) or on every container, and false
 * nowhere. From policy 1.35 a pod with its own user namespace (`hostUsers: false`) is exempt:
 * root in the pod is not root on the node.
 */
const runAsNonRoot: Control = {
  id: 'runAsNonRoot',
  name: 'Running as Non-root',
  level: 'restricted',
  check(input) {
    if (input.minor >= 35 && input.userNamespace) return undefined;
    let explicit: Offenders | undefined;
    let implicit: Offenders | undefined;
    // A value that is not a boolean is an API error (the schema rule's); here it counts as unset.
    const podValue = input.podSecurityContext?.runAsNonRoot;
    if (podValue === false) (explicit = new Offenders()).addPod([...POD_SECURITY_CONTEXT, 'runAsNonRoot'], 'value');
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const value = securityContexts[i]?.runAsNonRoot;
      if (value === false) {
        (explicit ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'runAsNonRoot'], 'value');
      } else if (value !== true && podValue !== true) {
        (implicit ??= new Offenders()).addContainer(ref, containerFieldPath(ref, RUN_AS_NON_ROOT));
      }
    }
    return combine(
      explicit,
      implicit,
      explicit && `${explicit.setters()} must not set securityContext.runAsNonRoot=false`,
      implicit && `pod or ${implicit.containers()} must set securityContext.runAsNonRoot=true`,
    );
  },
};

/** runAsUser: never 0, at pod or container level. Exempt with `hostUsers: false` from policy 1.35. */
const runAsUser: Control = {
  id: 'runAsUser',
  name: 'Running as Non-root user',
  level: 'restricted',
  check(input) {
    if (input.minor >= 35 && input.userNamespace) return undefined;
    let offenders: Offenders | undefined;
    if (input.podSecurityContext?.runAsUser === 0) (offenders = new Offenders()).addPod([...POD_SECURITY_CONTEXT, 'runAsUser'], 'value');
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (securityContexts[i]?.runAsUser === 0) (offenders ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'runAsUser'], 'value');
    }
    if (!offenders) return undefined;
    return offenders.violation(`${offenders.setters()} must not set securityContext.runAsUser=0`);
  },
};

/**
 * seccompProfile_restricted: a seccomp profile of type RuntimeDefault or Localhost at pod level
 * (which containers inherit) or on every container (Linux pods only). Replaces the baseline
 * Seccomp control.
 */
const seccompRestricted: Control = {
  id: 'seccompRestricted',
  name: 'Seccomp',
  level: 'restricted',
  check(input) {
    if (input.windows) return undefined;
    let explicit: Offenders | undefined;
    let implicit: Offenders | undefined;
    const values: string[] = [];
    // A profile that is not a mapping is an API error (the schema rule's); here it counts as unset.
    const podProfile = asRecord(input.podSecurityContext?.seccompProfile);
    let podValid = false;
    if (podProfile) {
      const type = stringField(podProfile, 'type');
      if (SECCOMP_TYPES.has(type)) {
        podValid = true;
      } else {
        values.push(type);
        (explicit = new Offenders()).addPod([...POD_SECURITY_CONTEXT, 'seccompProfile', 'type'], 'value');
      }
    }
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const profile = asRecord(securityContexts[i]?.seccompProfile);
      if (profile) {
        const type = stringField(profile, 'type');
        if (SECCOMP_TYPES.has(type)) continue;
        values.push(type);
        (explicit ??= new Offenders()).addContainer(ref, [...ref.path, 'securityContext', 'seccompProfile', 'type'], 'value');
      } else if (!podValid) {
        (implicit ??= new Offenders()).addContainer(ref, containerFieldPath(ref, SECCOMP_PROFILE_TYPE));
      }
    }
    return combine(
      explicit,
      implicit,
      explicit && `${explicit.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))}`,
      implicit && `pod or ${implicit.containers()} must set securityContext.seccompProfile.type to RuntimeDefault or Localhost`,
    );
  },
};

/**
 * capabilities_restricted: every container drops ALL and adds nothing but NET_BIND_SERVICE
 * (Linux pods only). Names are compared exactly, as the admission plugin compares them. Replaces
 * the baseline Capabilities control.
 */
const capabilitiesRestricted: Control = {
  id: 'capabilitiesRestricted',
  name: 'Capabilities',
  level: 'restricted',
  check(input) {
    if (input.windows) return undefined;
    let missingDrop: Offenders | undefined;
    let adding: Offenders | undefined;
    const forbidden: string[] = [];
    // One finding, at the first container with a problem: its first forbidden add, else its drop list.
    let first: JsonPath | undefined;
    const { containers, securityContexts } = input;
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const capabilities = asRecord(securityContexts[i]?.capabilities);
      const drop = capabilities?.drop;
      let dropsAll = false;
      if (Array.isArray(drop)) {
        for (let d = 0; d < drop.length && !dropsAll; d++) dropsAll = drop[d] === 'ALL';
      }
      let dropPath: JsonPath | undefined;
      if (!dropsAll) {
        dropPath = containerFieldPath(ref, CAPABILITIES_DROP);
        (missingDrop ??= new Offenders()).addContainer(ref, dropPath);
      }
      let firstAdd: JsonPath | undefined;
      const add = capabilities?.add;
      if (Array.isArray(add)) {
        for (let index = 0; index < add.length; index++) {
          const item: unknown = add[index];
          if (typeof item !== 'string' || item === 'NET_BIND_SERVICE') continue;
          forbidden.push(item);
          const path = [...ref.path, 'securityContext', 'capabilities', 'add', index];
          (adding ??= new Offenders()).addContainer(ref, path);
          firstAdd ??= path;
        }
      }
      if (!first && (firstAdd || !dropsAll)) first = firstAdd ?? dropPath;
    }
    if (!first) return undefined;
    const parts: string[] = [];
    if (missingDrop) parts.push(`${missingDrop.containers()} must set securityContext.capabilities.drop=["ALL"]`);
    if (adding) {
      parts.push(
        `${adding.containers()} must not include ${quoteList(distinct(forbidden))} in securityContext.capabilities.add (only "NET_BIND_SERVICE" may be added)`,
      );
    }
    return { path: first, detail: parts.join('; ') };
  },
};

/**
 * Explicitly bad values and missing required ones, in one finding: at the first explicit
 * offender when there is one (a value to change), else at the first container missing the field.
 */
function combine(
  explicit: Offenders | undefined,
  implicit: Offenders | undefined,
  explicitDetail: string | undefined,
  implicitDetail: string | undefined,
): ReturnType<Control['check']> {
  const parts: string[] = [];
  if (explicitDetail !== undefined) parts.push(explicitDetail);
  if (implicitDetail !== undefined) parts.push(implicitDetail);
  return explicit?.violation(parts.join('; ')) ?? implicit?.violation(parts.join('; '));
}

/** The Restricted controls, in the order of the Pod Security Standards page. */
export const RESTRICTED_CONTROLS: readonly Control[] = [
  volumeTypes,
  privilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompRestricted,
  capabilitiesRestricted,
];

/** Baseline controls a restricted control replaces (it checks the same fields, more strictly). */
export const REPLACED_BY_RESTRICTED: ReadonlySet<Control> = new Set([hostPathVolumes, capabilitiesBaseline, seccompBaseline]);
