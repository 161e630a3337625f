import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH, type ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { type FieldErrors, mapKey, stringOf } from './field-errors.js';
import { checkAnnotations } from './labels.js';
import { checkTolerationList } from './tolerations.js';

const ANNOTATIONS: JsonPath = ['spec', 'template', 'metadata', 'annotations'];
const MIRROR = 'kubernetes.io/config.mirror';
const TOLERATIONS = 'scheduler.alpha.kubernetes.io/tolerations';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';
const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

/**
 * ValidateAnnotations on the template, then ValidatePodSpecificAnnotations: the mirror-pod
 * annotation (only with a nodeName), tolerations in the old annotation, pod-deletion-cost a
 * 32-bit integer, seccomp and AppArmor annotations well formed and naming containers that exist;
 * then whether the seccomp and AppArmor annotations agree with the fields (validateSeccomp-
 * AnnotationsAndFields, validateAppArmorAnnotationsAndFieldsMatchOnCreate).
 */
export function checkTemplateAnnotations(metadata: Record<string, unknown> | undefined, podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  const annotations = asRecord(metadata?.annotations);
  if (!annotations) return;
  checkAnnotations(annotations, ANNOTATIONS, errors);
  const value = (key: string): string | undefined => stringOf(annotations[key]);
  const node = (key: string): JsonPath => [...ANNOTATIONS, key];

  const mirror = value(MIRROR);
  if (mirror !== undefined && (stringOf(podSpec.nodeName) ?? '') === '') {
    errors.invalid(mapKey(ANNOTATIONS, MIRROR), mirror, 'must set spec.nodeName if mirror pod annotation is set', { node: node(MIRROR) });
  }

  const tolerations = value(TOLERATIONS);
  if (tolerations) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(tolerations);
    } catch (error) {
      errors.invalid(ANNOTATIONS, TOLERATIONS, (error as Error).message, { node: node(TOLERATIONS) });
    }
    if (Array.isArray(parsed)) checkTolerationList(parsed, [...ANNOTATIONS, TOLERATIONS], errors, node(TOLERATIONS));
  }

  const cost = value(DELETION_COST);
  if (cost !== undefined && !isInt32Text(cost)) {
    errors.invalid(mapKey(ANNOTATIONS, DELETION_COST), cost, 'must be a 32bit integer', { node: node(DELETION_COST), why: 'The pod deletion cost is a whole number from -2147483648 to 2147483647, written without a + or leading zeros.' });
  }

  const names = new Set(containers.map((ref) => ref.container.name).filter((n): n is string => typeof n === 'string'));
  for (const key of Object.keys(annotations)) {
    const text = value(key);
    if (text === undefined) continue;
    if (key === SECCOMP_POD || key.startsWith(SECCOMP_CONTAINER)) {
      for (const message of seccompAnnotationErrors(text)) errors.invalid([...ANNOTATIONS, key], text, message, { node: node(key) });
    } else if (key.startsWith(APPARMOR_CONTAINER)) {
      const container = key.slice(APPARMOR_CONTAINER.length);
      if (!names.has(container)) errors.invalid(mapKey(ANNOTATIONS, key), container, 'container not found', { node: node(key), at: 'key' });
      if (!isAppArmorProfile(text)) errors.invalid(mapKey(ANNOTATIONS, key), text, `invalid AppArmor profile name: ${JSON.stringify(text)}`, { node: node(key) });
    }
  }
  checkSeccompAgreement(annotations, podSpec, containers, errors);
  if (errors.features.appArmorFields) checkAppArmorAgreement(annotations, podSpec, containers, errors);
}

/** A decimal int32 as the API parses the deletion cost: no sign `+`, no leading zero but `0` itself. */
function isInt32Text(text: string): boolean {
  if (!/^-?(0|[1-9][0-9]*)$/.test(text)) return false;
  const n = Number(text);
  return n >= -2147483648 && n <= 2147483647 && text !== '-0';
}

function seccompAnnotationErrors(value: string): string[] {
  if (value === 'runtime/default' || value === 'docker/default' || value === 'unconfined') return [];
  if (!value.startsWith('localhost/')) return ['must be a valid seccomp profile'];
  const profile = value.slice('localhost/'.length);
  const out: string[] = [];
  if (profile.startsWith('/')) out.push('must be a relative path');
  if (profile.split('/').includes('..')) out.push("must not contain '..'");
  return out;
}

function isAppArmorProfile(value: string): boolean {
  return value === '' || value === 'runtime/default' || value === 'unconfined' || value.startsWith('localhost/');
}

/** The seccomp profile type an annotation value stands for. */
function seccompTypeOf(annotation: string): string | undefined {
  if (annotation === 'unconfined') return 'Unconfined';
  if (annotation === 'runtime/default' || annotation === 'docker/default') return 'RuntimeDefault';
  if (annotation.startsWith('localhost/')) return 'Localhost';
  return undefined;
}

function checkSeccompAgreement(annotations: Record<string, unknown>, podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  const compare = (annotation: string | undefined, profile: Record<string, unknown> | undefined, path: JsonPath): void => {
    if (annotation === undefined || !profile) return;
    const type = stringOf(profile.type);
    const expected = seccompTypeOf(annotation);
    if (type === undefined || expected === undefined) return;
    const why = 'The deprecated seccomp annotation and the seccompProfile field disagree; delete the annotation.';
    if (type !== expected) errors.forbidden([...path, 'type'], 'seccomp type in annotation and field must match', { why });
    else if (type === 'Localhost' && stringOf(profile.localhostProfile) !== annotation.slice('localhost/'.length)) {
      errors.forbidden([...path, 'localhostProfile'], 'seccomp profile in annotation and field must match', { why });
    }
  };
  compare(stringOf(annotations[SECCOMP_POD]), asRecord(asRecord(podSpec.securityContext)?.seccompProfile), [...POD_SPEC_PATH, 'securityContext', 'seccompProfile']);
  for (const ref of containers) {
    if (typeof ref.container.name !== 'string') continue;
    compare(stringOf(annotations[`${SECCOMP_CONTAINER}${ref.container.name}`]), asRecord(asRecord(ref.container.securityContext)?.seccompProfile), [...ref.path, 'securityContext', 'seccompProfile']);
  }
}

function appArmorTypeOf(annotation: string): string | undefined {
  if (annotation === 'unconfined') return 'Unconfined';
  if (annotation === 'runtime/default') return 'RuntimeDefault';
  if (annotation.startsWith('localhost/')) return 'Localhost';
  return undefined;
}

function checkAppArmorAgreement(annotations: Record<string, unknown>, podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  if (stringOf(asRecord(podSpec.os)?.name) === 'windows') return;
  const podProfile = asRecord(asRecord(podSpec.securityContext)?.appArmorProfile);
  for (const ref of containers) {
    if (typeof ref.container.name !== 'string') continue;
    const annotation = stringOf(annotations[`${APPARMOR_CONTAINER}${ref.container.name}`]);
    if (annotation === undefined) continue;
    const own = asRecord(asRecord(ref.container.securityContext)?.appArmorProfile);
    const profile = own ?? podProfile;
    if (!profile) continue;
    const path = own ? [...ref.path, 'securityContext', 'appArmorProfile'] : [...POD_SPEC_PATH, 'securityContext', 'appArmorProfile'];
    const type = stringOf(profile.type);
    const expected = appArmorTypeOf(annotation);
    if (type === undefined || expected === undefined) continue;
    const reported = [...ref.path, 'securityContext', 'appArmorProfile'];
    const why = 'The deprecated AppArmor annotation and the appArmorProfile field disagree; delete the annotation.';
    if (type !== expected) errors.forbidden([...reported, 'type'], 'apparmor type in annotation and field must match', { node: [...path, 'type'], why });
    else if (type === 'Localhost' && stringOf(profile.localhostProfile) !== annotation.slice('localhost/'.length)) {
      errors.forbidden([...reported, 'localhostProfile'], 'apparmor profile in annotation and field must match', { node: [...path, 'type'], why });
    }
  }
}

/**
 * ValidatePodTemplateSpec: a template has no ephemeral containers (they are added to running
 * pods), and validateEphemeralContainers still checks each: fields an ephemeral container may not
 * have, a target container that exists, no subPath.
 */
export function checkEphemeralContainers(podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  const ephemeral = containers.filter((ref) => ref.list === 'ephemeralContainers');
  if (asArray(podSpec.ephemeralContainers).length === 0) return;
  errors.forbidden([...POD_SPEC_PATH, 'ephemeralContainers'], 'ephemeral containers not allowed in pod template', {
    why: 'Ephemeral containers are added to running pods for debugging (`kubectl debug`), never written in a template. Remove them.',
  });
  const targets = new Set(containers.filter((ref) => ref.list !== 'ephemeralContainers').map((ref) => ref.container.name));
  for (const ref of ephemeral) {
    const container = ref.container as unknown as Record<string, unknown>;
    for (const field of EPHEMERAL_FORBIDDEN) {
      const value = container[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      errors.forbidden([...ref.path, field], 'cannot be set for an Ephemeral Container');
    }
    const target = stringOf(container.targetContainerName);
    if (target && !targets.has(target)) errors.notFound([...ref.path, 'targetContainerName'], target);
    asArray(container.volumeMounts).forEach((raw, index) => {
      const mount = asRecord(raw);
      for (const field of ['subPath', 'subPathExpr']) {
        if (mount && stringOf(mount[field])) errors.forbidden([...ref.path, 'volumeMounts', index, field], 'cannot be set for an Ephemeral Container');
      }
    });
  }
}

const EPHEMERAL_FORBIDDEN = ['lifecycle', 'livenessProbe', 'ports', 'readinessProbe', 'resources', 'resizePolicy', 'startupProbe'];
