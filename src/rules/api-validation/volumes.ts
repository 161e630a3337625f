import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH, type ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Label } from '../../k8s/names.js';
import { type FieldErrors, integerOf, isSet, stringOf } from './field-errors.js';

/**
 * Volume source fields in the order validateVolumeSource visits them, with the path its
 * "more than 1 volume type" error names (two are misspelt in the API: `cephFS`, `downwarAPI`).
 */
const VOLUME_SOURCES: readonly (readonly [field: string, reportedAs: string])[] = [
  ['emptyDir', 'emptyDir'],
  ['hostPath', 'hostPath'],
  ['gitRepo', 'gitRepo'],
  ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['secret', 'secret'],
  ['nfs', 'nfs'],
  ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd'],
  ['cinder', 'cinder'],
  ['cephfs', 'cephFS'],
  ['quobyte', 'quobyte'],
  ['downwardAPI', 'downwarAPI'],
  ['fc', 'fc'],
  ['flexVolume', 'flexVolume'],
  ['configMap', 'configMap'],
  ['azureFile', 'azureFile'],
  ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'],
  ['projected', 'projected'],
  ['scaleIO', 'scaleIO'],
  ['csi', 'csi'],
  ['ephemeral', 'ephemeral'],
  ['image', 'image'],
];

const VOLUME_SOURCE_ORDER: ReadonlyMap<string, number> = new Map(VOLUME_SOURCES.map(([field], order) => [field, order]));

// sets.List order: sorted, the empty (unset) type first.
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];
const MOUNT_PROPAGATIONS = ['Bidirectional', 'HostToContainer', 'None'];
const RECURSIVE_READ_ONLY = ['Disabled', 'Enabled', 'IfPossible'];
const FILE_MODE_ERROR_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';

/** The volumes a volumeMount may name: those the API accepted, or `unknown` when it cannot be told. */
export type VolumeNames = Set<string> | 'unknown';

/**
 * ValidateVolumes: each volume has a DNS-1123 label as its name, unique in the pod, and exactly
 * one valid source. A volume with any error is left out of the volumes that mounts can name,
 * as the API does, so its mounts are reported as not found too.
 */
export function checkVolumes(podSpec: Record<string, unknown>, errors: FieldErrors): VolumeNames {
  const volumes = podSpec.volumes;
  if (volumes !== undefined && volumes !== null && !Array.isArray(volumes)) return 'unknown';
  const accepted = new Set<string>();
  if (!Array.isArray(volumes)) return accepted;
  const seen = new Set<string>();
  let unknown = false;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const name = volume?.name;
    if (!volume || (name !== undefined && name !== null && typeof name !== 'string')) {
      unknown = true; // the schema rule reports it; which names exist cannot be told
      continue;
    }
    const before = errors.count;
    let valid = checkVolumeSource(volume, index, errors);
    if (typeof name !== 'string' || name === '') {
      // A missing name is the schema rule's to report; an empty one is the API's "Required value".
      if (name === '') errors.required(volumePath(index, 'name'));
      continue;
    }
    for (const message of isDNS1123Label(name)) errors.invalid(volumePath(index, 'name'), name, message);
    if (seen.has(name)) {
      errors.duplicate(volumePath(index, 'name'), name);
      valid = false;
    }
    seen.add(name);
    if (valid && errors.count === before) accepted.add(name);
  }
  return unknown ? 'unknown' : accepted;
}

/** Path to a volume, or below it: built only to report, as nearly every volume is valid. */
function volumePath(index: number, ...rest: (string | number)[]): JsonPath {
  return [...POD_SPEC_PATH, 'volumes', index, ...rest];
}

/**
 * validateVolumeSource: one source type, and the checks of the common ones (hostPath, secret,
 * configMap, persistentVolumeClaim, downwardAPI, projected, ephemeral). False when the source
 * has a problem, reported or left to the schema rule (a missing required field).
 */
function checkVolumeSource(volume: Record<string, unknown>, index: number, errors: FieldErrors): boolean {
  // A volume has a name and one source: its few keys are looked up among the sources, rather than
  // every source among its keys.
  let firstOrder: number | undefined;
  let sources = 0;
  for (const key in volume) {
    const order = VOLUME_SOURCE_ORDER.get(key);
    if (order === undefined || !isSet(volume, key)) continue;
    sources++;
    if (firstOrder === undefined || order < firstOrder) firstOrder = order;
  }
  const first = firstOrder === undefined ? undefined : VOLUME_SOURCES[firstOrder][0];
  let valid = true;
  if (sources > 1) {
    for (let i = firstOrder! + 1; i < VOLUME_SOURCES.length; i++) {
      const [field, reportedAs] = VOLUME_SOURCES[i];
      if (isSet(volume, field)) errors.forbidden(volumePath(index, reportedAs), 'may not specify more than 1 volume type', { node: volumePath(index, field) });
    }
  }
  if (first === undefined) {
    errors.required(volumePath(index), 'must specify a volume type');
    return false;
  }
  const source = asRecord(volume[first]);
  if (!source) return false;
  // The hostPath checks, the common case, build no path unless they report.
  if (first === 'hostPath') {
    const hostPath = source.path;
    if (typeof hostPath !== 'string') return false;
    if (hostPath === '') {
      errors.required(volumePath(index, first, 'path'));
      return false;
    }
    if (hostPath.includes('..')) checkNoBacksteps(hostPath, volumePath(index, first, 'path'), errors);
    const type = stringOf(source.type);
    if (type !== undefined && !HOST_PATH_TYPES.includes(type)) errors.notSupported(volumePath(index, first, 'type'), type, HOST_PATH_TYPES);
    return valid;
  }
  const at = volumePath(index, first);
  switch (first) {
    case 'secret':
    case 'configMap': {
      const nameField = first === 'secret' ? 'secretName' : 'name';
      const name = source[nameField];
      if (name === undefined || name === null || name === '') errors.required([...at, nameField], '', { node: name === undefined ? at : [...at, nameField] });
      checkFileMode(source.defaultMode, [...at, 'defaultMode'], errors);
      valid = checkKeyToPaths(source.items, [...at, 'items'], errors) && valid;
      break;
    }
    case 'persistentVolumeClaim':
      if (source.claimName === '') errors.required([...at, 'claimName']);
      else if (typeof source.claimName !== 'string') valid = false;
      break;
    case 'downwardAPI':
    case 'projected':
      checkFileMode(source.defaultMode, [...at, 'defaultMode'], errors);
      break;
    case 'ephemeral':
      if (!isSet(source, 'volumeClaimTemplate')) errors.required([...at, 'volumeClaimTemplate'], '', { node: at });
      break;
  }
  return valid;
}

/** validateKeyToPath for each item of a secret or configMap volume. */
function checkKeyToPaths(items: unknown, path: JsonPath, errors: FieldErrors): boolean {
  let valid = true;
  asArray(items).forEach((item, index) => {
    const record = asRecord(item);
    if (!record) return;
    const at = [...path, index];
    if (record.key === '') errors.required([...at, 'key']);
    else if (typeof record.key !== 'string') valid = false;
    const itemPath = record.path;
    if (typeof itemPath === 'string') {
      if (itemPath === '') errors.required([...at, 'path']);
      checkLocalNonReservedPath(itemPath, [...at, 'path'], errors);
    } else valid = false;
    checkFileMode(record.mode, [...at, 'mode'], errors);
  });
  return valid;
}

function checkFileMode(mode: unknown, path: JsonPath, errors: FieldErrors): void {
  const value = integerOf(mode);
  if (value !== undefined && (value < 0 || value > 0o777)) errors.invalid(path, value, FILE_MODE_ERROR_MSG);
}

/** validatePathNoBacksteps: no `..` element. */
function checkNoBacksteps(target: string, path: JsonPath, errors: FieldErrors, anchor?: JsonPath): void {
  if (target.split('/').includes('..')) errors.invalid(path, target, "must not contain '..'", anchor && { node: anchor });
}

/** validateLocalDescendingPath: relative, without `..` elements. */
function checkLocalDescendingPath(target: string, path: JsonPath, errors: FieldErrors, anchor?: JsonPath): void {
  if (target.startsWith('/')) errors.invalid(path, target, 'must be a relative path', anchor && { node: anchor });
  checkNoBacksteps(target, path, errors, anchor);
}

/** ValidateLocalNonReservedPath: also not starting with `..` (as in `..data`). */
function checkLocalNonReservedPath(target: string, path: JsonPath, errors: FieldErrors): void {
  checkLocalDescendingPath(target, path, errors);
  if (target.startsWith('..') && !target.startsWith('../')) errors.invalid(path, target, "must not start with '..'");
}

/**
 * ValidateVolumeMounts for one container: each mount names an accepted volume and has a
 * mountPath unique in the container; subPath and subPathExpr are relative, without `..`, and
 * not both set; mountPropagation is a known mode, and Bidirectional only for a privileged
 * container; recursiveReadOnly is a known mode that needs `readOnly: true` and no propagation.
 * Some of these the API reports under `volumeMounts.<field>`, without the mount's index; the
 * messages keep that path, the finding points at the mount's own field.
 */
export function checkVolumeMounts(ref: ContainerRef, volumes: VolumeNames, errors: FieldErrors): void {
  const mounts: unknown = ref.container.volumeMounts;
  if (!Array.isArray(mounts)) return;
  let mountPaths: Set<string> | undefined;
  const privileged = asRecord(ref.container.securityContext)?.privileged;
  for (let index = 0; index < mounts.length; index++) {
    const mount = asRecord(mounts[index]);
    if (!mount) continue;
    const name = mount.name;
    if (name === '') errors.required(mountPath(ref, index, 'name'));
    if (typeof name === 'string' && volumes !== 'unknown' && !volumes.has(name)) errors.notFound(mountPath(ref, index, 'name'), name);

    const target = mount.mountPath;
    if (typeof target === 'string') {
      if (target === '') errors.required(mountPath(ref, index, 'mountPath'));
      mountPaths ??= new Set();
      if (mountPaths.has(target)) errors.invalid(mountPath(ref, index, 'mountPath'), target, 'must be unique');
      mountPaths.add(target);
    }

    const subPath = stringOf(mount.subPath) ?? '';
    const subPathExpr = stringOf(mount.subPathExpr) ?? '';
    const hasSpecialFields = subPath || subPathExpr || mount.mountPropagation !== undefined || mount.recursiveReadOnly !== undefined;
    if (hasSpecialFields) checkMountOptions(ref, index, mount, subPath, subPathExpr, privileged, errors);
  }
}

/** Path to a mount's field: built only to report. */
function mountPath(ref: ContainerRef, index: number, field: string): JsonPath {
  return [...ref.path, 'volumeMounts', index, field];
}

/** subPath, subPathExpr, mountPropagation and recursiveReadOnly, which most mounts leave out. */
function checkMountOptions(
  ref: ContainerRef,
  index: number,
  mount: Record<string, unknown>,
  subPath: string,
  subPathExpr: string,
  privileged: unknown,
  errors: FieldErrors,
): void {
  const listPath = [...ref.path, 'volumeMounts'];
  const at = [...listPath, index];
  if (subPath) checkLocalDescendingPath(subPath, [...listPath, 'subPath'], errors, [...at, 'subPath']);
  if (subPathExpr) {
    if (subPath) errors.invalid([...at, 'subPathExpr'], subPathExpr, 'subPathExpr and subPath are mutually exclusive');
    checkLocalDescendingPath(subPathExpr, [...listPath, 'subPathExpr'], errors, [...at, 'subPathExpr']);
  }

  const propagation = stringOf(mount.mountPropagation);
  if (propagation !== undefined) {
    const anchor = { node: [...at, 'mountPropagation'], at: 'value' as const };
    if (!MOUNT_PROPAGATIONS.includes(propagation)) {
      errors.notSupported([...listPath, 'mountPropagation'], propagation, MOUNT_PROPAGATIONS, anchor);
    }
    if (propagation === 'Bidirectional' && privileged !== true && (privileged === undefined || privileged === null || typeof privileged === 'boolean')) {
      errors.forbidden([...listPath, 'mountPropagation'], 'Bidirectional mount propagation is available only to privileged containers', anchor);
    }
  }

  const recursiveReadOnly = stringOf(mount.recursiveReadOnly);
  if (recursiveReadOnly !== undefined && recursiveReadOnly !== 'Disabled') {
    const field = [...listPath, 'recursiveReadOnly'];
    const anchor = { node: [...at, 'recursiveReadOnly'], at: 'value' as const };
    if (recursiveReadOnly === 'Enabled' || recursiveReadOnly === 'IfPossible') {
      if (mount.readOnly !== true) errors.forbidden(field, 'may only be specified when readOnly is true', anchor);
      if (propagation !== undefined && propagation !== 'None') {
        errors.forbidden(field, 'may only be specified when mountPropagation is None or not specified', anchor);
      }
    } else {
      errors.notSupported(field, recursiveReadOnly, RECURSIVE_READ_ONLY, anchor);
    }
  }
}
