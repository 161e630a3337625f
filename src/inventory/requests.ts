import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { POD_CONTAINER_LISTS, POD_SPEC_PATH, containersOf, podSpecOf } from '../k8s/containers.js';
import { parseQuantity, scaledValue, schedulerUnits } from '../k8s/quantity.js';
import { asRecord } from '../k8s/values.js';
import { podLevelResourcesHonoured } from '../k8s/pod-level-resources.js';
import type { JsonPath } from '../types/finding.js';

/** What one daemon pod requests, per resource, in the scheduler's units (millicores for cpu, else whole units). */
export interface PodRequests {
  amounts: Record<string, bigint>;
  /** For each resource: the request that contributes most, to point a finding at. */
  paths: Record<string, JsonPath>;
  /** The template names a RuntimeClass, whose pod overhead (added to every request) the inventory does not know. */
  overheadUnknown: boolean;
}

/**
 * The requests the scheduler's NodeResourcesFit plugin computes for a daemon pod
 * (k8s.io/component-helpers/resource `PodRequests`, used by `computePodResourceRequest` in
 * pkg/scheduler/framework/plugins/noderesources/fit.go), summed exactly in nanos and rounded up
 * to the scheduler's units at the end:
 * - each container's requests, a limit standing in for a missing request (`SetDefaults_Pod`
 *   defaults requests to limits on the pods the controller creates);
 * - regular containers and sidecars (init containers with `restartPolicy: Always`) summed, then
 *   raised to what any init container needs while it runs next to the sidecars started before it;
 * - from 1.34, pod-level `resources.requests` (or its limits) replace the sum for cpu, memory and
 *   hugepages;
 * - `spec.overhead`, when the template writes it.
 */
export function podRequestsOf(daemonSet: DaemonSet, kubeVersion: string): PodRequests {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  const sum = new Map<string, bigint>();
  const paths: Record<string, JsonPath> = {};
  const largest = new Map<string, bigint>();
  const note = (resource: string, nanos: bigint, path: JsonPath): void => {
    if (nanos > (largest.get(resource) ?? 0n)) {
      largest.set(resource, nanos);
      paths[resource] = path;
    }
  };
  const sidecars = new Map<string, bigint>();
  const initNeeds = new Map<string, bigint>();
  for (const ref of containersOf(daemonSet, POD_CONTAINER_LISTS)) {
    const requests = containerRequests(ref.container.resources, ref.path);
    for (const [resource, { nanos, path }] of requests) note(resource, nanos, path);
    if (ref.list === 'containers' || ref.sidecar) add(sum, requests);
    if (ref.list !== 'initContainers') continue;
    if (ref.sidecar) {
      add(sidecars, requests);
      raise(initNeeds, sidecars);
    } else {
      const need = new Map(sidecars);
      add(need, requests);
      raise(initNeeds, need);
    }
  }
  raise(sum, initNeeds);

  if (podLevelResourcesHonoured(kubeVersion)) {
    const resources = asRecord(podSpec?.resources);
    const podPath = [...POD_SPEC_PATH, 'resources'];
    const limits = readList(asRecord(resources?.limits), [...podPath, 'limits']);
    const requests = readList(asRecord(resources?.requests), [...podPath, 'requests']);
    for (const [resource, entry] of limits) if (!requests.has(resource)) requests.set(resource, entry);
    for (const [resource, { nanos, path }] of requests) {
      if (!podLevelResource(resource)) continue;
      sum.set(resource, nanos);
      largest.set(resource, nanos);
      paths[resource] = path;
    }
  }
  const overhead = readList(asRecord(podSpec?.overhead), [...POD_SPEC_PATH, 'overhead']);
  for (const [resource, { nanos, path }] of overhead) note(resource, nanos, path);
  add(sum, overhead);

  const amounts: Record<string, bigint> = {};
  for (const [resource, nanos] of sum) {
    const units = schedulerUnits(nanos, resource);
    if (units > 0n) amounts[resource] = units;
  }
  const runtimeClass = podSpec?.runtimeClassName;
  return { amounts, paths, overheadUnknown: typeof runtimeClass === 'string' && runtimeClass !== '' && podSpec?.overhead === undefined };
}

type ResourceEntries = Map<string, { nanos: bigint; path: JsonPath }>;

/** A container's requests, with a limit standing in for each request it lacks (`SetDefaults_Pod`). */
function containerRequests(resources: unknown, containerPath: JsonPath): ResourceEntries {
  const record = asRecord(resources);
  const out = readList(asRecord(record?.limits), [...containerPath, 'resources', 'limits']);
  for (const [resource, entry] of readList(asRecord(record?.requests), [...containerPath, 'resources', 'requests'])) out.set(resource, entry);
  return out;
}

/** A resource list's valid quantities; what does not parse is the schema rule's to report. */
function readList(list: Record<string, unknown> | undefined, path: JsonPath): ResourceEntries {
  const out: ResourceEntries = new Map();
  if (!list) return out;
  for (const [resource, value] of Object.entries(list)) {
    const quantity = parseQuantity(value);
    if (quantity !== undefined && quantity.sign >= 0) out.set(resource, { nanos: scaledValue(quantity, 9), path: [...path, resource] });
  }
  return out;
}

function add(into: Map<string, bigint>, entries: ReadonlyMap<string, bigint | { nanos: bigint }>): void {
  for (const [resource, entry] of entries) into.set(resource, (into.get(resource) ?? 0n) + (typeof entry === 'bigint' ? entry : entry.nanos));
}

function raise(into: Map<string, bigint>, entries: ReadonlyMap<string, bigint>): void {
  for (const [resource, nanos] of entries) if (nanos > (into.get(resource) ?? 0n)) into.set(resource, nanos);
}

/** `IsSupportedPodLevelResource`: pod-level requests replace the containers' sum for these. */
function podLevelResource(resource: string): boolean {
  return resource === 'cpu' || resource === 'memory' || resource.startsWith('hugepages-');
}
