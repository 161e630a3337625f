import { parseQuantity } from '../k8s/quantity.js';
import { asRecord } from '../k8s/values.js';
import type { JsonPath } from '../types/finding.js';
import type { InventoryTaint } from '../types/inventory.js';
import { quote, type DocumentPlace } from './problems.js';

/** One node of the inventory, before nodes are grouped into pools. */
export interface InventoryNode {
  name: string;
  labels: Record<string, string>;
  taints: InventoryTaint[];
  unschedulable: boolean;
  allocatable?: Record<string, string>;
  planned: boolean;
  /** The file it was read from. */
  file: string;
}

export const TAINT_EFFECTS: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** The taint the node lifecycle controller (and the kubelet, for a node registered cordoned) puts on a cordoned node. */
export const UNSCHEDULABLE_TAINT: InventoryTaint = { key: 'node.kubernetes.io/unschedulable', value: '', effect: 'NoSchedule' };

/**
 * Labels the kubelet sets on every node from what it runs on, and puts back when they are
 * removed (kubelet_node_status.go, `initialNode` and `updateDefaultLabels`), with the
 * `status.nodeInfo` field each comes from.
 */
const PLATFORM_LABEL_SOURCES: readonly [string, 'operatingSystem' | 'architecture'][] = [
  ['kubernetes.io/os', 'operatingSystem'],
  ['beta.kubernetes.io/os', 'operatingSystem'],
  ['kubernetes.io/arch', 'architecture'],
  ['beta.kubernetes.io/arch', 'architecture'],
];

/**
 * A `kind: Node` object as `kubectl get nodes -o yaml` prints it. Only what the DaemonSet
 * controller and the scheduler read is kept: the name, labels, taints, the cordon and
 * allocatable resources. Labels the kubelet always keeps set (os, arch, hostname) are filled in
 * from `status.nodeInfo` and the name when an edited inventory lacks them; a cordoned node gets
 * the `node.kubernetes.io/unschedulable:NoSchedule` taint the node lifecycle controller would add.
 */
export function readNode(value: Record<string, unknown>, path: JsonPath, place: DocumentPlace): InventoryNode {
  const metadata = asRecord(value.metadata);
  const name = metadata?.name;
  if (typeof name !== 'string' || name === '') throw place.error([...path, 'metadata', 'name'], 'a Node needs a name (metadata.name)', 'key');
  const labels = readStringMap(metadata?.labels, [...path, 'metadata', 'labels'], place, 'label values are strings');
  const spec = asRecord(value.spec);
  const status = asRecord(value.status);
  const nodeInfo = asRecord(status?.nodeInfo);
  for (const [label, field] of PLATFORM_LABEL_SOURCES) {
    const known = nodeInfo?.[field];
    if (labels[label] === undefined && typeof known === 'string' && known !== '') labels[label] = known;
  }
  labels['kubernetes.io/hostname'] ??= name;

  const taints = readTaints(spec?.taints, [...path, 'spec', 'taints'], place);
  const unschedulable = spec?.unschedulable;
  if (unschedulable !== undefined && unschedulable !== null && typeof unschedulable !== 'boolean') {
    throw place.error([...path, 'spec', 'unschedulable'], `must be true or false, got ${quote(unschedulable)}`);
  }
  if (unschedulable === true) addTaint(taints, UNSCHEDULABLE_TAINT);

  const node: InventoryNode = { name, labels, taints, unschedulable: unschedulable === true, planned: false, file: place.fileName };
  // kubectl describe node falls back to the capacity when allocatable is missing; so does this.
  const field = status?.allocatable !== undefined ? 'allocatable' : status?.capacity !== undefined ? 'capacity' : undefined;
  if (field !== undefined) node.allocatable = readResources(status?.[field], [...path, 'status', field], place);
  return node;
}

/** A taint list: each taint a mapping with a key and one of the three effects. */
export function readTaints(list: unknown, path: JsonPath, place: DocumentPlace): InventoryTaint[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw place.error(path, 'must be a list of taints ({key, value, effect})');
  const out: InventoryTaint[] = [];
  list.forEach((item, i) => {
    const taint = asRecord(item);
    if (!taint) throw place.error([...path, i], 'a taint is a mapping with key, value and effect');
    const { key, value, effect } = taint;
    if (typeof key !== 'string' || key === '') throw place.error([...path, i, 'key'], 'a taint needs a key', 'key');
    if (value !== undefined && value !== null && typeof value !== 'string') {
      throw place.error([...path, i, 'value'], `a taint's value is a string, got ${quote(value)}: quote it`);
    }
    if (typeof effect !== 'string' || !TAINT_EFFECTS.includes(effect)) {
      throw place.error([...path, i, 'effect'], `${quote(effect)} is not a taint effect; allowed: ${TAINT_EFFECTS.join(', ')}`);
    }
    addTaint(out, { key, value: typeof value === 'string' ? value : '', effect });
  });
  return out;
}

/** Adds a taint unless the node has it already (the API keeps one taint per key and effect). */
export function addTaint(taints: InventoryTaint[], taint: InventoryTaint): void {
  if (!taints.some((t) => t.key === taint.key && t.effect === taint.effect)) taints.push({ ...taint });
}

/** A mapping of resource names to quantities (`cpu: 3920m`, `memory: 15Gi`, `pods: 110`), kept as written. */
export function readResources(map: unknown, path: JsonPath, place: DocumentPlace): Record<string, string> {
  const record = asRecord(map);
  if (!record) throw place.error(path, 'must be a mapping of resource names to quantities (cpu: 3920m, memory: 15Gi, pods: 110)');
  const out: Record<string, string> = {};
  for (const [resource, amount] of Object.entries(record)) {
    const quantity = parseQuantity(amount);
    if (quantity === undefined || quantity.sign < 0) {
      throw place.error([...path, resource], `${quote(amount)} is not a quantity; write one such as 3920m, 4, 15Gi or 110`);
    }
    out[resource] = String(amount);
  }
  return out;
}

/** A mapping of strings to strings (labels). */
export function readStringMap(map: unknown, path: JsonPath, place: DocumentPlace, what: string): Record<string, string> {
  if (map === undefined || map === null) return {};
  const record = asRecord(map);
  if (!record) throw place.error(path, 'must be a mapping of label keys to values');
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    // An empty label value is written `key: ""` or, by kubectl, `key: ""`; YAML's null reads as "".
    if (value === null) out[key] = '';
    else if (typeof value === 'string') out[key] = value;
    else throw place.error([...path, key], `${what}: got ${quote(value)}; quote it ("${String(value)}")`);
  }
  return out;
}
