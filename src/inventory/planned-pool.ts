import { isDNS1123Label } from '../k8s/names.js';
import { labelKeyErrors, labelValueErrors } from '../k8s/selector.js';
import type { JsonPath } from '../types/finding.js';
import { didYouMean } from '../types/suggest.js';
import { addTaint, readResources, readStringMap, readTaints, UNSCHEDULABLE_TAINT, type InventoryNode } from './node.js';
import { quote, type DocumentPlace } from './problems.js';

/** The planning form's `apiVersion`, when one is written. */
export const NODE_POOL_API_VERSION = 'daemonlint.io/v1alpha1';

const FIELDS = ['apiVersion', 'kind', 'name', 'count', 'labels', 'taints', 'allocatable', 'os', 'arch', 'unschedulable'] as const;
const OPERATING_SYSTEMS = ['linux', 'windows'];
/** More nodes than any cluster runs (Kubernetes is tested to 5,000; the largest reported clusters reach tens of thousands). */
const MAX_COUNT = 100_000;

/**
 * A pool of a cluster that does not exist yet, in the planning form (docs/inventory.md):
 *
 *     kind: NodePool
 *     name: gpu
 *     count: 20
 *     labels: {node.kubernetes.io/instance-type: g5.2xlarge}
 *     taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}]
 *     allocatable: {cpu: 7910m, memory: 29Gi, pods: 58, nvidia.com/gpu: 1}
 *
 * Its nodes are `<name>-1` to `<name>-<count>`, each with the labels the kubelet sets
 * (`kubernetes.io/os` and `arch`, from `os` and `arch`, default linux and amd64; the beta
 * spellings; `kubernetes.io/hostname`).
 */
export function readPlannedPool(value: Record<string, unknown>, path: JsonPath, place: DocumentPlace): InventoryNode[] {
  for (const key of Object.keys(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) throw place.error([...path, key], `unknown field of a NodePool${didYouMean(key, FIELDS)}; allowed: ${FIELDS.join(', ')}`, 'key');
  }
  if (value.apiVersion !== undefined && value.apiVersion !== NODE_POOL_API_VERSION) {
    throw place.error([...path, 'apiVersion'], `${quote(value.apiVersion)} is not the NodePool version; write ${NODE_POOL_API_VERSION} or leave it out`);
  }
  const name = value.name;
  if (typeof name !== 'string') throw place.error([...path, 'name'], 'a NodePool needs a name, such as "gpu" (its nodes are named gpu-1, gpu-2, ...)', 'key');
  const nameErrors = isDNS1123Label(name);
  if (nameErrors.length > 0) throw place.error([...path, 'name'], `${quote(name)} is not a valid pool name: ${nameErrors.join('; ')}`);

  const count = value.count;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw place.error([...path, 'count'], `the number of nodes must be a whole number from 1 to ${MAX_COUNT}, got ${quote(count)}`, count === undefined ? 'key' : 'value');
  }

  const labels = readStringMap(value.labels, [...path, 'labels'], place, 'label values are strings');
  for (const [key, labelValue] of Object.entries(labels)) {
    const keyErrors = labelKeyErrors(key);
    if (keyErrors.length > 0) throw place.error([...path, 'labels', key], `${quote(key)} is not a label key: ${keyErrors.join('; ')}`, 'key');
    const valueErrors = labelValueErrors(labelValue);
    if (valueErrors.length > 0) throw place.error([...path, 'labels', key], `${quote(labelValue)} is not a label value: ${valueErrors.join('; ')}`);
  }
  for (const [field, label, allowed, fallback] of [
    ['os', 'kubernetes.io/os', OPERATING_SYSTEMS, 'linux'],
    ['arch', 'kubernetes.io/arch', undefined, 'amd64'],
  ] as const) {
    const given = value[field];
    if (given !== undefined && (typeof given !== 'string' || given === '' || (allowed !== undefined && !allowed.includes(given)))) {
      throw place.error([...path, field], `${quote(given)} is not ${allowed ? `one of ${allowed.join(', ')}` : 'an architecture such as amd64 or arm64'}`);
    }
    const labelled = labels[label];
    if (given !== undefined && labelled !== undefined && labelled !== given) {
      throw place.error([...path, field], `${field} ${given} contradicts the label ${label}=${labelled}; give one of them`);
    }
    const platform = (given as string | undefined) ?? labelled ?? fallback;
    labels[label] = platform;
    labels[`beta.${label}`] ??= platform;
  }

  const taints = readTaints(value.taints, [...path, 'taints'], place);
  taints.forEach((taint, i) => {
    const keyErrors = labelKeyErrors(taint.key);
    if (keyErrors.length > 0) throw place.error([...path, 'taints', i, 'key'], `${quote(taint.key)} is not a taint key: ${keyErrors.join('; ')}`);
    const valueErrors = labelValueErrors(taint.value);
    if (valueErrors.length > 0) throw place.error([...path, 'taints', i, 'value'], `${quote(taint.value)} is not a taint value: ${valueErrors.join('; ')}`);
  });
  const unschedulable = value.unschedulable;
  if (unschedulable !== undefined && typeof unschedulable !== 'boolean') throw place.error([...path, 'unschedulable'], `must be true or false, got ${quote(unschedulable)}`);
  if (unschedulable === true) addTaint(taints, UNSCHEDULABLE_TAINT);
  const allocatable = value.allocatable === undefined ? undefined : readResources(value.allocatable, [...path, 'allocatable'], place);

  const nodes: InventoryNode[] = [];
  for (let i = 1; i <= count; i++) {
    const nodeName = `${name}-${i}`;
    const node: InventoryNode = {
      name: nodeName,
      labels: { ...labels, 'kubernetes.io/hostname': nodeName },
      taints,
      unschedulable: unschedulable === true,
      planned: true,
      file: place.fileName,
    };
    if (allocatable) node.allocatable = allocatable;
    nodes.push(node);
  }
  return nodes;
}
