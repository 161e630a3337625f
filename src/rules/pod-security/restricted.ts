import type { JsonPath } from '../../engine/types.js';
import { asArray, asRecord } from '../../k8s/containers.js';
import { SECCOMP_TYPES, capabilitiesBaseline, hostPathVolumes, seccompBaseline } from './baseline.js';
import {
  Offenders,
  POD_SECURITY_CONTEXT,
  POD_SPEC,
  containerFieldPath,
  distinct,
  inUserNamespace,
  isSet,
  isWindowsPod,
  plural,
  podSecurityContext,
  quoteList,
  securityContextOf,
  stringField,
  type Control,
} from './policy.js';

/**
 * The Restricted profile: everything in Baseline plus current pod hardening practice. Each
 * control mirrors a check of pod-security-admission (policy/check_<id>.go).
 */

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

/**
 * restrictedVolumes: only core volume types and volumes defined through PersistentVolumes.
 * A volume with no source at all is defaulted to emptyDir by the API, so it passes.
 */
const volumeTypes: Control = {
  id: 'volumeTypes',
  name: 'Volume Types',
  level: 'restricted',
  check({ podSpec }) {
    const names: string[] = [];
    const types: string[] = [];
    let first: JsonPath | undefined;
    asArray(podSpec.volumes).forEach((item, index) => {
      const volume = asRecord(item);
      if (!volume || ALLOWED_VOLUME_TYPES.some((type) => isSet(volume[type]))) return;
      const type = RESTRICTED_VOLUME_TYPES.find((t) => isSet(volume[t]));
      if (type === undefined) return;
      names.push(stringField(volume, 'name'));
      types.push(type);
      first ??= [...POD_SPEC, 'volumes', index, type];
    });
    if (!first) return undefined;
    const typeList = distinct(types);
    return {
      path: first,
      detail:
        `${plural(names.length, 'volume', 'volumes')} ${quoteList(names)} must not use ` +
        `${plural(typeList.length, 'restricted volume type', 'restricted volume types')} ${quoteList(typeList)} ` +
        `(allowed: ${ALLOWED_VOLUME_TYPES.join(', ')})`,
    };
  },
};

/** allowPrivilegeEscalation: every container sets it to false (Linux pods only). */
const privilegeEscalation: Control = {
  id: 'privilegeEscalation',
  name: 'Privilege Escalation',
  level: 'restricted',
  check(input) {
    if (isWindowsPod(input)) return undefined;
    const offenders = new Offenders();
    for (const ref of input.containers) {
      if (securityContextOf(ref)?.allowPrivilegeEscalation === false) continue;
      offenders.addContainer(ref, containerFieldPath(ref, ['securityContext', 'allowPrivilegeEscalation']));
    }
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
    if (input.minor >= 35 && inUserNamespace(input)) return undefined;
    const explicit = new Offenders();
    const implicit = new Offenders();
    // A value that is not a boolean is an API error (the schema rule's); here it counts as unset.
    const podValue = podSecurityContext(input)?.runAsNonRoot;
    if (podValue === false) explicit.addPod([...POD_SECURITY_CONTEXT, 'runAsNonRoot'], 'value');
    for (const ref of input.containers) {
      const value = securityContextOf(ref)?.runAsNonRoot;
      if (value === false) {
        explicit.addContainer(ref, [...ref.path, 'securityContext', 'runAsNonRoot'], 'value');
      } else if (value !== true && podValue !== true) {
        implicit.addContainer(ref, containerFieldPath(ref, ['securityContext', 'runAsNonRoot']));
      }
    }
    return combine(explicit, implicit, (offenders) => `${offenders.setters()} must not set securityContext.runAsNonRoot=false`,
      (offenders) => `pod or ${offenders.containers()} must set securityContext.runAsNonRoot=true`);
  },
};

/** runAsUser: never 0, at pod or container level. Exempt with `hostUsers: false` from policy 1.35. */
const runAsUser: Control = {
  id: 'runAsUser',
  name: 'Running as Non-root user',
  level: 'restricted',
  check(input) {
    if (input.minor >= 35 && inUserNamespace(input)) return undefined;
    const offenders = new Offenders();
    if (podSecurityContext(input)?.runAsUser === 0) offenders.addPod([...POD_SECURITY_CONTEXT, 'runAsUser'], 'value');
    for (const ref of input.containers) {
      if (securityContextOf(ref)?.runAsUser === 0) offenders.addContainer(ref, [...ref.path, 'securityContext', 'runAsUser'], 'value');
    }
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
    if (isWindowsPod(input)) return undefined;
    const explicit = new Offenders();
    const implicit = new Offenders();
    const values: string[] = [];
    // A profile that is not a mapping is an API error (the schema rule's); here it counts as unset.
    const podProfile = asRecord(podSecurityContext(input)?.seccompProfile);
    let podValid = false;
    if (podProfile) {
      const type = stringField(podProfile, 'type');
      if (SECCOMP_TYPES.has(type)) {
        podValid = true;
      } else {
        values.push(type);
        explicit.addPod([...POD_SECURITY_CONTEXT, 'seccompProfile', 'type'], 'value');
      }
    }
    for (const ref of input.containers) {
      const profile = asRecord(securityContextOf(ref)?.seccompProfile);
      if (profile) {
        const type = stringField(profile, 'type');
        if (SECCOMP_TYPES.has(type)) continue;
        values.push(type);
        explicit.addContainer(ref, [...ref.path, 'securityContext', 'seccompProfile', 'type'], 'value');
      } else if (!podValid) {
        implicit.addContainer(ref, containerFieldPath(ref, ['securityContext', 'seccompProfile', 'type']));
      }
    }
    return combine(
      explicit,
      implicit,
      (offenders) => `${offenders.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))}`,
      (offenders) => `pod or ${offenders.containers()} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
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
    if (isWindowsPod(input)) return undefined;
    const missingDrop = new Offenders();
    const adding = new Offenders();
    const forbidden: string[] = [];
    // One finding, at the first container with a problem: its first forbidden add, else its drop list.
    let first: JsonPath | undefined;
    for (const ref of input.containers) {
      const capabilities = asRecord(securityContextOf(ref)?.capabilities);
      const dropPath = containerFieldPath(ref, ['securityContext', 'capabilities', 'drop']);
      const dropsAll = asArray(capabilities?.drop).some((item) => item === 'ALL');
      if (!dropsAll) missingDrop.addContainer(ref, dropPath);
      let firstAdd: JsonPath | undefined;
      asArray(capabilities?.add).forEach((item, index) => {
        if (typeof item !== 'string' || item === 'NET_BIND_SERVICE') return;
        forbidden.push(item);
        const path = [...ref.path, 'securityContext', 'capabilities', 'add', index];
        adding.addContainer(ref, path);
        firstAdd ??= path;
      });
      if (!first && (firstAdd || !dropsAll)) first = firstAdd ?? dropPath;
    }
    if (!first) return undefined;
    const parts: string[] = [];
    if (missingDrop.hasSetters) parts.push(`${missingDrop.containers()} must set securityContext.capabilities.drop=["ALL"]`);
    if (adding.hasSetters) {
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
  explicit: Offenders,
  implicit: Offenders,
  explicitDetail: (offenders: Offenders) => string,
  implicitDetail: (offenders: Offenders) => string,
): ReturnType<Control['check']> {
  const parts: string[] = [];
  if (explicit.hasSetters) parts.push(explicitDetail(explicit));
  if (implicit.hasSetters) parts.push(implicitDetail(implicit));
  return explicit.violation(parts.join('; ')) ?? implicit.violation(parts.join('; '));
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
