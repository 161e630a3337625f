import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH, type ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Label, isDNS1123Subdomain, nameIsDNSSubdomain } from '../../k8s/names.js';
import { parseQuantity } from '../../k8s/quantity.js';
import { type FieldErrors, int32Of, int64Of, isSet, mapKey, stringOf } from './field-errors.js';
import { checkObjectFieldSelector, checkResourceFieldSelector, VOLUME_FIELD_PATHS } from './env.js';
import { checkAnnotations, checkLabels, checkLabelSelector } from './labels.js';

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
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
const AZURE_CACHING_MODES = ['None', 'ReadOnly', 'ReadWrite'];
const AZURE_KINDS = ['Dedicated', 'Managed', 'Shared'];
const FILE_MODE_ERROR_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';
const MIN_TOKEN_SECONDS = 600;
const MAX_TOKEN_SECONDS = 4294967296;

/** What the pod's volumes are, as mounts and devices see them. */
export interface Volumes {
  /** The volumes the API accepted, by name, with their source; `unknown` when it cannot be told. */
  accepted: Map<string, string> | 'unknown';
  /** Image volumes dropped before validation (ImageVolume off): their mounts are dropped with them. */
  dropped: Set<string>;
}

function volumePath(index: number, ...rest: (string | number)[]): JsonPath {
  return [...POD_SPEC_PATH, 'volumes', index, ...rest];
}

/**
 * ValidateVolumes: each volume a DNS-1123 label name, unique in the pod, and at most one valid
 * source (a volume with none is defaulted to an emptyDir before validation). A volume with any
 * error is left out of the volumes that mounts can name, as the API does, so its mounts are
 * reported as not found too.
 */
export function checkVolumes(podSpec: Record<string, unknown>, errors: FieldErrors): Volumes {
  const volumes = podSpec.volumes;
  const dropped = new Set<string>();
  if (volumes !== undefined && !Array.isArray(volumes)) return { accepted: 'unknown', dropped };
  const accepted = new Map<string, string>();
  if (!Array.isArray(volumes)) return { accepted, dropped };
  const seen = new Set<string>();
  let unknown = false;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const name = volume?.name;
    if (!volume || (name !== undefined && typeof name !== 'string')) {
      unknown = true; // the schema rule reports it; which names exist cannot be told
      continue;
    }
    if (!errors.features.imageVolumes && isSet(volume, 'image')) {
      if (typeof name === 'string') dropped.add(name);
      continue;
    }
    const before = errors.count;
    const source = checkVolumeSource(volume, index, errors);
    if (name === undefined || name === '') {
      errors.required(volumePath(index, 'name'), '', { node: name === undefined ? volumePath(index) : volumePath(index, 'name'), why: 'Every volume needs a name, which its mounts refer to.' });
      continue;
    }
    for (const message of isDNS1123Label(name)) errors.invalid(volumePath(index, 'name'), name, message, { why: 'A volume name is a DNS label: lower case letters, digits and -, at most 63.' });
    let valid = true;
    if (seen.has(name)) {
      errors.duplicate(volumePath(index, 'name'), name);
      valid = false;
    }
    seen.add(name);
    if (valid && errors.count === before) accepted.set(name, source ?? 'emptyDir');
  }
  return { accepted: unknown ? 'unknown' : accepted, dropped };
}

/**
 * validateVolumeSource: at most one source type, and the checks of each. Returns the source used.
 */
function checkVolumeSource(volume: Record<string, unknown>, index: number, errors: FieldErrors): string | undefined {
  let firstOrder: number | undefined;
  let sources = 0;
  for (const key in volume) {
    const order = VOLUME_SOURCE_ORDER.get(key);
    if (order === undefined || !isSet(volume, key)) continue;
    sources++;
    if (firstOrder === undefined || order < firstOrder) firstOrder = order;
  }
  // No source at all: SetDefaults_Volume makes it an emptyDir before validation.
  if (firstOrder === undefined) return undefined;
  if (sources > 1) {
    for (let i = firstOrder + 1; i < VOLUME_SOURCES.length; i++) {
      const [field, reportedAs] = VOLUME_SOURCES[i];
      if (isSet(volume, field)) {
        errors.forbidden(volumePath(index, reportedAs), 'may not specify more than 1 volume type', { node: volumePath(index, field), why: 'A volume has one source: keep one of them.' });
      }
    }
  }
  const first = VOLUME_SOURCES[firstOrder][0];
  const source = asRecord(volume[first]);
  if (!source) return first;
  const at = volumePath(index, first);
  const check = SOURCE_CHECKS[first];
  if (check) check(source, at, errors);
  return first;
}

type SourceCheck = (source: Record<string, unknown>, at: JsonPath, errors: FieldErrors) => void;

/** A required string field: empty or missing is `Required value` at the field (the finding at the source when it is missing). */
function requireField(source: Record<string, unknown>, at: JsonPath, field: string, errors: FieldErrors, detail = '', reportedAt: JsonPath = [...at, field]): boolean {
  const value = source[field];
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) errors.required(reportedAt, detail, { node: field in source ? [...at, field] : at });
  return !empty;
}

const SOURCE_CHECKS: Readonly<Record<string, SourceCheck>> = {
  hostPath(source, at, errors) {
    if (!requireField(source, at, 'path', errors)) return;
    const hostPath = stringOf(source.path) ?? '';
    if (hostPath.split('/').includes('..')) errors.invalid([...at, 'path'], hostPath, "must not contain '..'");
    const type = stringOf(source.type);
    if (type !== undefined && !HOST_PATH_TYPES.includes(type)) errors.notSupported([...at, 'type'], type, HOST_PATH_TYPES);
  },
  emptyDir(source, at, errors) {
    const size = parseQuantity(source.sizeLimit);
    if (size && size.sign < 0) errors.forbidden([...at, 'sizeLimit'], 'SizeLimit field must be a valid resource quantity', { node: [...at, 'sizeLimit'], at: 'value' });
  },
  secret(source, at, errors) {
    requireField(source, at, 'secretName', errors);
    checkFileMode(source.defaultMode, [...at, 'defaultMode'], errors);
    checkKeyToPaths(source.items, [...at, 'items'], errors);
  },
  configMap(source, at, errors) {
    requireField(source, at, 'name', errors);
    checkFileMode(source.defaultMode, [...at, 'defaultMode'], errors);
    checkKeyToPaths(source.items, [...at, 'items'], errors);
  },
  persistentVolumeClaim(source, at, errors) {
    requireField(source, at, 'claimName', errors);
  },
  downwardAPI(source, at, errors) {
    checkFileMode(source.defaultMode, [...at, 'defaultMode'], errors);
    checkDownwardAPIItems(source.items, at, at, errors);
  },
  projected(source, at, errors) {
    checkFileMode(source.defaultMode, [...at, 'defaultMode'], errors);
    checkProjectedSources(source, at, errors);
  },
  ephemeral(source, at, errors) {
    checkEphemeral(source, at, errors);
  },
  csi(source, at, errors) {
    if (!requireField(source, at, 'driver', errors)) return;
    const driver = stringOf(source.driver) ?? '';
    if (driver.length > 63) errors.tooLong([...at, 'driver'], 63);
    for (const message of isDNS1123Subdomain(driver.toLowerCase())) errors.invalid([...at, 'driver'], driver, message);
    const secret = asRecord(source.nodePublishSecretRef);
    if (secret) {
      const name = stringOf(secret.name) ?? '';
      if (name === '') errors.required([...at, 'nodePublishSecretRef', 'name'], '', { node: [...at, 'nodePublishSecretRef'] });
      else for (const message of nameIsDNSSubdomain(name)) errors.invalid([...at, 'name'], name, message, { node: [...at, 'nodePublishSecretRef', 'name'] });
    }
  },
  image(source, at, errors) {
    const policy = stringOf(source.pullPolicy) ?? '';
    if (policy === '') errors.required([...at, 'pullPolicy'], '', { node: 'pullPolicy' in source ? [...at, 'pullPolicy'] : at });
    else if (!PULL_POLICIES.includes(policy)) errors.notSupported([...at, 'pullPolicy'], policy, PULL_POLICIES);
  },
  nfs(source, at, errors) {
    requireField(source, at, 'server', errors);
    const path = stringOf(source.path) ?? '';
    if (path === '') errors.required([...at, 'path'], '', { node: 'path' in source ? [...at, 'path'] : at });
    if (!path.startsWith('/')) errors.invalid([...at, 'path'], path, 'must be an absolute path', { node: 'path' in source ? [...at, 'path'] : at });
  },
  iscsi(source, at, errors) {
    requireField(source, at, 'targetPortal', errors);
    if (requireField(source, at, 'iqn', errors)) for (const message of iqnErrors(stringOf(source.iqn) ?? '')) errors.invalid([...at, 'iqn'], source.iqn, message);
    const lun = int32Of(source.lun);
    if (lun !== undefined && (lun < 0 || lun > 255)) errors.invalid([...at, 'lun'], lun, 'must be between 0 and 255, inclusive');
    if ((source.chapAuthDiscovery === true || source.chapAuthSession === true) && !isSet(source, 'secretRef')) errors.required([...at, 'secretRef'], '', { node: at });
    const initiator = stringOf(source.initiatorName);
    // The API spells this path with a small n.
    if (initiator !== undefined) for (const message of iqnErrors(initiator)) errors.invalid([...at, 'initiatorname'], initiator, message, { node: [...at, 'initiatorName'] });
  },
  gitRepo(source, at, errors) {
    requireField(source, at, 'repository', errors);
    const directory = stringOf(source.directory);
    if (directory) {
      if (directory.startsWith('/')) errors.invalid([...at, 'directory'], directory, 'must be a relative path');
      if (directory.split('/').includes('..')) errors.invalid([...at, 'directory'], directory, "must not contain '..'");
    }
  },
  gcePersistentDisk(source, at, errors) {
    // The API reports this source under `persistentDisk`.
    const reported = [...at.slice(0, -1), 'persistentDisk'];
    requireField(source, at, 'pdName', errors, '', [...reported, 'pdName']);
    checkPartition(source, at, reported, errors);
  },
  awsElasticBlockStore(source, at, errors) {
    requireField(source, at, 'volumeID', errors);
    checkPartition(source, at, at, errors);
  },
  glusterfs(source, at, errors) {
    requireField(source, at, 'endpoints', errors);
    requireField(source, at, 'path', errors);
  },
  flocker(source, at, errors) {
    const name = stringOf(source.datasetName) ?? '';
    const uuid = stringOf(source.datasetUUID) ?? '';
    if (name === '' && uuid === '') errors.required(at, 'one of datasetName and datasetUUID is required', { node: at });
    if (name !== '' && uuid !== '') errors.invalid(at, 'resource', 'datasetName and datasetUUID can not be specified simultaneously', { node: at });
    if (name.includes('/')) errors.invalid([...at, 'datasetName'], name, "must not contain '/'");
  },
  rbd(source, at, errors) {
    requireField(source, at, 'monitors', errors);
    requireField(source, at, 'image', errors);
  },
  cinder(source, at, errors) {
    requireField(source, at, 'volumeID', errors);
    const secret = asRecord(source.secretRef);
    if (secret && (stringOf(secret.name) ?? '') === '') errors.required([...at, 'secretRef', 'name'], '', { node: [...at, 'secretRef'] });
  },
  cephfs(source, at, errors) {
    requireField(source, at, 'monitors', errors);
  },
  quobyte(source, at, errors) {
    const registry = stringOf(source.registry) ?? '';
    const detail = 'must be a host:port pair or multiple pairs separated by commas';
    if (registry === '') errors.required([...at, 'registry'], detail, { node: 'registry' in source ? [...at, 'registry'] : at });
    else for (const pair of registry.split(',')) if (!/^[^:]+:[0-9]+$/.test(pair.trim())) errors.invalid([...at, 'registry'], registry, detail);
    const tenant = stringOf(source.tenant) ?? '';
    if (tenant.length >= 65) errors.required([...at, 'tenant'], 'must be a UUID and may not exceed a length of 64 characters');
    requireField(source, at, 'volume', errors);
  },
  fc(source, at, errors) {
    const wwns = asArray(source.targetWWNs);
    const wwids = asArray(source.wwids);
    if (wwns.length === 0 && wwids.length === 0) errors.required([...at, 'targetWWNs'], 'must specify either targetWWNs or wwids, but not both', { node: at });
    if (wwns.length > 0 && wwids.length > 0) errors.invalid([...at, 'targetWWNs'], wwns, 'targetWWNs and wwids can not be specified simultaneously');
    if (wwns.length > 0) {
      const lun = int32Of(source.lun);
      if (!isSet(source, 'lun')) errors.required([...at, 'lun'], 'lun is required if targetWWNs is specified', { node: at });
      else if (lun !== undefined && (lun < 0 || lun > 255)) errors.invalid([...at, 'lun'], lun, 'must be between 0 and 255, inclusive');
    }
  },
  flexVolume(source, at, errors) {
    requireField(source, at, 'driver', errors);
    const options = asRecord(source.options);
    for (const key of Object.keys(options ?? {})) {
      const prefix = key.includes('/') ? key.slice(0, key.indexOf('/')).toLowerCase() : '';
      if (prefix === 'kubernetes.io' || prefix === 'k8s.io' || prefix.endsWith('.kubernetes.io') || prefix.endsWith('.k8s.io')) {
        errors.invalid(mapKey([...at, 'options'], key), key, 'kubernetes.io and k8s.io namespaces are reserved', { node: [...at, 'options', key], at: 'key' });
      }
    }
  },
  azureFile(source, at, errors) {
    requireField(source, at, 'secretName', errors);
    requireField(source, at, 'shareName', errors);
  },
  vsphereVolume(source, at, errors) {
    requireField(source, at, 'volumePath', errors);
  },
  photonPersistentDisk(source, at, errors) {
    requireField(source, at, 'pdID', errors);
  },
  portworxVolume(source, at, errors) {
    requireField(source, at, 'volumeID', errors);
  },
  azureDisk(source, at, errors) {
    requireField(source, at, 'diskName', errors);
    requireField(source, at, 'diskURI', errors);
    const caching = stringOf(source.cachingMode);
    if (caching !== undefined && !AZURE_CACHING_MODES.includes(caching)) errors.notSupported([...at, 'cachingMode'], caching, AZURE_CACHING_MODES);
    const kind = stringOf(source.kind);
    if (kind !== undefined && !AZURE_KINDS.includes(kind)) errors.notSupported([...at, 'kind'], kind, AZURE_KINDS);
    const uri = stringOf(source.diskURI);
    if (uri && kind === 'Managed' && !uri.startsWith('/subscriptions/')) {
      errors.notSupported([...at, 'diskURI'], uri, ['/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}']);
    } else if (uri && kind !== undefined && kind !== 'Managed' && !uri.startsWith('https://')) {
      errors.notSupported([...at, 'diskURI'], uri, ['https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd']);
    }
  },
  scaleIO(source, at, errors) {
    requireField(source, at, 'gateway', errors);
    requireField(source, at, 'system', errors);
    requireField(source, at, 'volumeName', errors);
  },
  storageos(source, at, errors) {
    const name = stringOf(source.volumeName) ?? '';
    if (name === '') errors.required([...at, 'volumeName'], '', { node: 'volumeName' in source ? [...at, 'volumeName'] : at });
    else for (const message of isDNS1123Label(name)) errors.invalid([...at, 'volumeName'], name, message);
    const namespace = stringOf(source.volumeNamespace);
    if (namespace) for (const message of isDNS1123Label(namespace)) errors.invalid([...at, 'volumeNamespace'], namespace, message);
    const secret = asRecord(source.secretRef);
    if (secret && (stringOf(secret.name) ?? '') === '') errors.required([...at, 'secretRef', 'name'], '', { node: [...at, 'secretRef'] });
  },
};

/** The iSCSI name formats: iqn.YYYY-MM.domain[:name], eui. with 16 hex digits, naa. with 32. */
function iqnErrors(value: string): string[] {
  if (value.startsWith('iqn.')) return /^iqn\.\d{4}-\d{2}\.[^:]+(:.*)?$/.test(value) ? [] : ['must be valid format'];
  if (value.startsWith('eui.')) return /^eui\.[0-9A-Fa-f]{16}$/.test(value) ? [] : ['must be valid format'];
  if (value.startsWith('naa.')) return /^naa\.[0-9A-Fa-f]{32}$/.test(value) ? [] : ['must be valid format'];
  return ['must be valid format starting with iqn, eui, or naa'];
}

function checkPartition(source: Record<string, unknown>, at: JsonPath, reported: JsonPath, errors: FieldErrors): void {
  const partition = int32Of(source.partition);
  if (partition !== undefined && (partition < 0 || partition > 255)) {
    errors.invalid([...reported, 'partition'], partition, 'must be between 1 and 255, inclusive', { node: [...at, 'partition'] });
  }
}

function checkFileMode(mode: unknown, path: JsonPath, errors: FieldErrors, reportedAt: JsonPath = path): void {
  const value = int32Of(mode);
  if (value !== undefined && (value < 0 || value > 0o777)) {
    errors.invalid(reportedAt, value, FILE_MODE_ERROR_MSG, { node: path, why: 'A file mode is an octal permission such as 0644 (write it with a leading 0: Kubernetes reads 0644 as octal, 644 as decimal).' });
  }
}

/** validateKeyToPath for each item of a secret or configMap source. */
function checkKeyToPaths(items: unknown, path: JsonPath, errors: FieldErrors): void {
  asArray(items).forEach((item, index) => {
    const record = asRecord(item);
    if (!record) return;
    const at = [...path, index];
    requireField(record, at, 'key', errors);
    const itemPath = stringOf(record.path) ?? '';
    if (itemPath === '') errors.required([...at, 'path'], '', { node: 'path' in record ? [...at, 'path'] : at });
    checkLocalNonReservedPath(itemPath, [...at, 'path'], errors);
    checkFileMode(record.mode, [...at, 'mode'], errors);
  });
}

/** validateLocalDescendingPath: relative, without `..` elements. */
function checkLocalDescendingPath(target: string, path: JsonPath, errors: FieldErrors, node?: JsonPath): void {
  if (target.startsWith('/')) errors.invalid(path, target, 'must be a relative path', { node });
  if (target.split('/').includes('..')) errors.invalid(path, target, "must not contain '..'", { node });
}

/** ValidateLocalNonReservedPath: also not starting with `..` (as in `..data`). */
function checkLocalNonReservedPath(target: string, path: JsonPath, errors: FieldErrors, node?: JsonPath): void {
  checkLocalDescendingPath(target, path, errors, node);
  if (target.startsWith('..') && !target.startsWith('../')) errors.invalid(path, target, "must not start with '..'", { node });
}

/**
 * validateDownwardAPIVolumeSource's items: a local path, exactly one of fieldRef (a pod field a
 * volume may read) and resourceFieldRef (with a containerName), a file mode. The API names the
 * source, not the item, in these errors; the finding points at the item.
 */
function checkDownwardAPIItems(items: unknown, at: JsonPath, reportedAt: JsonPath, errors: FieldErrors): void {
  asArray(items).forEach((raw, index) => {
    const item = asRecord(raw);
    if (!item) return;
    const itemAt = [...at, 'items', index];
    const path = stringOf(item.path) ?? '';
    if (path === '') errors.required([...reportedAt, 'path'], '', { node: 'path' in item ? [...itemAt, 'path'] : itemAt });
    checkLocalNonReservedPath(path, [...reportedAt, 'path'], errors, [...itemAt, 'path']);
    const fieldRef = asRecord(item.fieldRef);
    const resourceFieldRef = asRecord(item.resourceFieldRef);
    if (fieldRef) checkObjectFieldSelector(fieldRef, [...itemAt, 'fieldRef'], VOLUME_FIELD_PATHS, errors, [...reportedAt, 'fieldRef']);
    if (fieldRef && resourceFieldRef) errors.invalid(reportedAt, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously', { node: itemAt });
    else if (!fieldRef && !resourceFieldRef) errors.required(reportedAt, 'one of fieldRef and resourceFieldRef is required', { node: itemAt });
    if (resourceFieldRef) checkResourceFieldSelector(resourceFieldRef, [...itemAt, 'resourceFieldRef'], true, errors);
    checkFileMode(item.mode, [...itemAt, 'mode'], errors, [...reportedAt, 'mode']);
  });
}

const PROJECTION_KINDS = ['secret', 'configMap', 'downwardAPI', 'serviceAccountToken', 'clusterTrustBundle', 'podCertificate'];

/** validateProjectedVolumeSource: one kind per source, items as for secrets and configMaps, token expiry and path, no path twice. */
function checkProjectedSources(source: Record<string, unknown>, at: JsonPath, errors: FieldErrors): void {
  const paths = new Set<string>();
  const claim = (path: string, value: unknown, node: JsonPath): void => {
    if (path === '') return;
    if (paths.has(path)) errors.invalid(at, value, 'conflicting duplicate paths', { node, why: 'Two projections write the same file: give each its own path.' });
    paths.add(path);
  };
  asArray(source.sources).forEach((raw, index) => {
    const projection = asRecord(raw);
    if (!projection) return;
    const sourceAt = [...at, 'sources', index];
    // clusterTrustBundle and podCertificate are dropped (their gates are off by default).
    const kinds = PROJECTION_KINDS.filter((k) => isSet(projection, k) && k !== 'clusterTrustBundle' && k !== 'podCertificate');
    if (kinds.length > 1) {
      for (const kind of kinds.slice(1)) errors.forbidden(sourceAt, 'may not specify more than 1 volume type per source', { node: [...sourceAt, kind] });
    }
    for (const kind of ['secret', 'configMap'] as const) {
      const ref = asRecord(projection[kind]);
      if (!ref) continue;
      const refAt = [...sourceAt, kind];
      requireField(ref, refAt, 'name', errors);
      checkKeyToPaths(ref.items, [...refAt, 'items'], errors);
      asArray(ref.items).forEach((rawItem, i) => {
        const item = asRecord(rawItem);
        if (item) claim(stringOf(item.path) ?? '', stringOf(ref.name) ?? '', [...refAt, 'items', i, 'path']);
      });
    }
    const downward = asRecord(projection.downwardAPI);
    if (downward) {
      const downAt = [...sourceAt, 'downwardAPI'];
      checkDownwardAPIItems(downward.items, downAt, downAt, errors);
      asArray(downward.items).forEach((rawItem, i) => {
        const item = asRecord(rawItem);
        const path = stringOf(item?.path) ?? '';
        if (item) claim(path, path, [...downAt, 'items', i, 'path']);
      });
    }
    const token = asRecord(projection.serviceAccountToken);
    if (token) {
      const tokenAt = [...sourceAt, 'serviceAccountToken'];
      const seconds = int64Of(token.expirationSeconds) ?? 3600;
      if (seconds < MIN_TOKEN_SECONDS) errors.invalid([...tokenAt, 'expirationSeconds'], seconds, 'may not specify a duration less than 10 minutes', { why: 'The kubelet refreshes projected tokens; the API refuses lifetimes under 10 minutes.' });
      else if (seconds > MAX_TOKEN_SECONDS) errors.invalid([...tokenAt, 'expirationSeconds'], seconds, 'may not specify a duration larger than 2^32 seconds');
      // The API names the projected source's path for these, not the token's.
      const path = stringOf(token.path) ?? '';
      if (path === '') errors.required([...at, 'path'], '', { node: 'path' in token ? [...tokenAt, 'path'] : tokenAt });
      checkLocalNonReservedPath(path, [...at, 'path'], errors, [...tokenAt, 'path']);
    }
  });
}

/** validateEphemeralVolumeSource: a volumeClaimTemplate, its metadata (labels and annotations only) and its claim spec. */
function checkEphemeral(source: Record<string, unknown>, at: JsonPath, errors: FieldErrors): void {
  const template = asRecord(source.volumeClaimTemplate);
  const templateAt = [...at, 'volumeClaimTemplate'];
  if (!template) {
    errors.required(templateAt, '', { node: at, why: 'An ephemeral volume is made from its volumeClaimTemplate.' });
    return;
  }
  const metadata = asRecord(template.metadata);
  if (metadata) {
    checkLabels(metadata.labels, [...templateAt, 'metadata', 'labels'], errors);
    checkAnnotations(metadata.annotations, [...templateAt, 'metadata', 'annotations'], errors);
    for (const key of Object.keys(metadata)) {
      if (key === 'labels' || key === 'annotations' || !isSet(metadata, key)) continue;
      errors.forbidden([...templateAt, 'metadata', key], 'cannot be set', { why: 'The claim\'s name and namespace come from the pod and the volume; only labels and annotations may be set.' });
    }
  }
  const spec = asRecord(template.spec) ?? {};
  const specAt = [...templateAt, 'spec'];
  const modes = asArray(spec.accessModes).filter((m): m is string => typeof m === 'string');
  if (modes.length === 0) errors.required([...specAt, 'accessModes'], 'at least 1 access mode is required', { node: 'accessModes' in spec ? [...specAt, 'accessModes'] : 'spec' in template ? specAt : templateAt });
  for (const mode of modes) if (!ACCESS_MODES.includes(mode)) errors.notSupported([...specAt, 'accessModes'], mode, ACCESS_MODES);
  if (modes.includes('ReadWriteOncePod') && modes.length > 1) errors.forbidden([...specAt, 'accessModes'], 'may not use ReadWriteOncePod with other access modes');
  checkLabelSelector(spec.selector, [...specAt, 'selector'], errors);
  const storage = parseQuantity(asRecord(asRecord(spec.resources)?.requests)?.storage);
  const storageAt = mapKey([...specAt, 'resources'], 'storage');
  if (!storage) {
    if (asRecord(asRecord(spec.resources)?.requests)?.storage === undefined) errors.required(storageAt, '', { node: 'resources' in spec ? [...specAt, 'resources'] : specAt });
  } else if (storage.sign <= 0) {
    errors.invalid(storageAt, asRecord(asRecord(spec.resources)?.requests)?.storage, 'must be greater than zero', { node: [...specAt, 'resources', 'requests', 'storage'] });
  }
  const className = stringOf(spec.storageClassName);
  if (className) for (const message of nameIsDNSSubdomain(className)) errors.invalid([...specAt, 'storageClassName'], className, message);
  const volumeMode = stringOf(spec.volumeMode);
  if (volumeMode !== undefined && !VOLUME_MODES.includes(volumeMode)) errors.notSupported([...specAt, 'volumeMode'], volumeMode, VOLUME_MODES);
  for (const field of ['dataSource', 'dataSourceRef'] as const) {
    const ref = asRecord(spec[field]);
    if (!ref) continue;
    const refAt = [...specAt, field];
    requireField(ref, refAt, 'name', errors);
    requireField(ref, refAt, 'kind', errors);
    const group = stringOf(ref.apiGroup) ?? '';
    if (group === '' && (stringOf(ref.kind) ?? '') !== '' && ref.kind !== 'PersistentVolumeClaim' && field === 'dataSource') {
      errors.invalid(refAt, ref.kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup", { node: [...refAt, 'kind'] });
    }
    if (group !== '') for (const message of isDNS1123Subdomain(group)) errors.invalid([...refAt, 'apiGroup'], group, message);
    const namespace = stringOf(ref.namespace);
    if (field === 'dataSourceRef' && namespace) for (const message of isDNS1123Label(namespace)) errors.invalid([...refAt, 'namespace'], namespace, message);
  }
  const vac = stringOf(spec.volumeAttributesClassName);
  if (vac && errors.features.minor >= 34) for (const message of nameIsDNSSubdomain(vac)) errors.invalid([...specAt, 'volumeAttributesClassName'], vac, message);
}

/**
 * ValidateVolumeMounts and ValidateVolumeDevices for one container: each mount names an accepted
 * volume and has a mountPath unique in the container, not also a device's; subPath and
 * subPathExpr relative, without `..`, not both, not on an image volume; mountPropagation a known
 * mode, Bidirectional only for a privileged container; recursiveReadOnly (1.31 on) a known mode
 * that needs `readOnly: true` and no propagation. Devices name a persistentVolumeClaim or
 * ephemeral volume, with a unique devicePath. Some of these the API reports under
 * `volumeMounts.<field>`, without the mount's index; the finding points at the mount's own field.
 */
export function checkVolumeMounts(ref: ContainerRef, volumes: Volumes, errors: FieldErrors): void {
  const devices = checkVolumeDevices(ref, volumes, errors);
  const mounts = asArray(ref.container.volumeMounts);
  const mountPaths = new Set<string>();
  const privileged = asRecord(ref.container.securityContext)?.privileged;
  const accepted = volumes.accepted;
  for (let index = 0; index < mounts.length; index++) {
    const mount = asRecord(mounts[index]);
    if (!mount) continue;
    const name = stringOf(mount.name) ?? (mount.name === undefined ? '' : undefined);
    if (name !== undefined && volumes.dropped.has(name)) continue; // dropped with its image volume
    const at = [...ref.path, 'volumeMounts', index];
    if (name === '') errors.required([...at, 'name'], '', { node: 'name' in mount ? [...at, 'name'] : at });
    if (name !== undefined && accepted !== 'unknown' && !accepted.has(name)) {
      errors.notFound([...at, 'name'], name, { node: 'name' in mount ? [...at, 'name'] : at, why: 'A mount names one of the pod\'s volumes (a volume with an error of its own counts as missing).' });
    }
    if (name && devices.names.has(name)) errors.invalid([...at, 'name'], name, 'must not already exist in volumeDevices');
    const target = stringOf(mount.mountPath) ?? (mount.mountPath === undefined ? '' : undefined);
    if (target !== undefined) {
      if (target === '') errors.required([...at, 'mountPath'], '', { node: 'mountPath' in mount ? [...at, 'mountPath'] : at });
      if (mountPaths.has(target)) errors.invalid([...at, 'mountPath'], target, 'must be unique', { node: 'mountPath' in mount ? [...at, 'mountPath'] : at, why: 'Two mounts of one container cannot share a mountPath.' });
      mountPaths.add(target);
      if (target !== '' && devices.paths.has(target)) errors.invalid([...at, 'mountPath'], target, 'must not already exist as a path in volumeDevices');
    }
    const subPath = stringOf(mount.subPath) ?? '';
    const subPathExpr = stringOf(mount.subPathExpr) ?? '';
    if (subPath || subPathExpr || mount.mountPropagation !== undefined || mount.recursiveReadOnly !== undefined) {
      checkMountOptions(ref, index, mount, subPath, subPathExpr, privileged, errors);
    }
  }
}

function checkMountOptions(ref: ContainerRef, index: number, mount: Record<string, unknown>, subPath: string, subPathExpr: string, privileged: unknown, errors: FieldErrors): void {
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
    if (!MOUNT_PROPAGATIONS.includes(propagation)) errors.notSupported([...listPath, 'mountPropagation'], propagation, MOUNT_PROPAGATIONS, anchor);
    if (propagation === 'Bidirectional' && privileged !== true && (privileged === undefined || typeof privileged === 'boolean')) {
      errors.forbidden([...listPath, 'mountPropagation'], 'Bidirectional mount propagation is available only to privileged containers', {
        ...anchor,
        why: 'Mounts made inside the container propagate back to the host only from a privileged container: set `privileged: true` (and justify it) or use HostToContainer.',
      });
    }
  }

  // recursiveReadOnly does not exist in 1.29 and is dropped in 1.30 (RecursiveReadOnlyMounts off).
  const recursiveReadOnly = stringOf(mount.recursiveReadOnly);
  if (errors.features.recursiveReadOnly && recursiveReadOnly !== undefined && recursiveReadOnly !== 'Disabled') {
    const field = [...listPath, 'recursiveReadOnly'];
    const anchor = { node: [...at, 'recursiveReadOnly'], at: 'value' as const };
    if (recursiveReadOnly === 'Enabled' || recursiveReadOnly === 'IfPossible') {
      if (mount.readOnly !== true) errors.forbidden(field, 'may only be specified when readOnly is true', anchor);
      if (propagation !== undefined && propagation !== 'None') errors.forbidden(field, 'may only be specified when mountPropagation is None or not specified', anchor);
    } else {
      errors.notSupported(field, recursiveReadOnly, RECURSIVE_READ_ONLY, anchor);
    }
  }
}

/** ValidateVolumeDevices: names of persistentVolumeClaim or ephemeral volumes, each once, devicePaths unique and without `..`. */
function checkVolumeDevices(ref: ContainerRef, volumes: Volumes, errors: FieldErrors): { names: Set<string>; paths: Set<string> } {
  const names = new Set<string>();
  const paths = new Set<string>();
  const devices = asArray(ref.container.volumeDevices);
  if (devices.length === 0) return { names, paths };
  const mounts = asArray(ref.container.volumeMounts).map(asRecord);
  const mountNames = new Set(mounts.map((m) => stringOf(m?.name)).filter(Boolean));
  const mountPaths = new Set(mounts.map((m) => stringOf(m?.mountPath)).filter(Boolean));
  devices.forEach((raw, index) => {
    const device = asRecord(raw);
    if (!device) return;
    const at = [...ref.path, 'volumeDevices', index];
    const name = stringOf(device.name) ?? '';
    if (name === '') errors.required([...at, 'name'], '', { node: 'name' in device ? [...at, 'name'] : at });
    else {
      if (names.has(name)) errors.invalid([...at, 'name'], name, 'must be unique');
      names.add(name);
      const accepted = volumes.accepted;
      if (accepted !== 'unknown') {
        const source = accepted.get(name);
        if (source === undefined) errors.notFound([...at, 'name'], name);
        else if (source !== 'persistentVolumeClaim' && source !== 'ephemeral') {
          errors.invalid([...at, 'name'], name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode');
        }
      }
      if (mountNames.has(name)) errors.invalid([...at, 'name'], name, 'must not already exist in volumeMounts');
    }
    const devicePath = stringOf(device.devicePath) ?? '';
    if (devicePath === '') errors.required([...at, 'devicePath'], '', { node: 'devicePath' in device ? [...at, 'devicePath'] : at });
    else if (devicePath.split('/').includes('..')) errors.invalid([...at, 'devicePath'], devicePath, "can not contain backsteps ('..')");
    else {
      if (paths.has(devicePath)) errors.invalid([...at, 'devicePath'], devicePath, 'must be unique');
      paths.add(devicePath);
    }
    if (devicePath !== '' && mountPaths.has(devicePath)) errors.invalid([...at, 'devicePath'], devicePath, 'must not already exist as a path in volumeMounts');
  });
  return { names, paths };
}
