import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { Container, PodSpec } from 'kubernetes-types/core/v1.js';
import type { JsonPath } from '../engine/types.js';

export const POD_SPEC_PATH = ['spec', 'template', 'spec'] as const;

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerRef {
  container: Container;
  /** Path from the DaemonSet root to the container. */
  path: JsonPath;
  list: ContainerList;
  index: number;
  /** An init container with `restartPolicy: Always`: a sidecar that runs as long as the pod. */
  sidecar: boolean;
  /** Runs for the pod's lifetime: a regular container or a sidecar. */
  longRunning: boolean;
}

/**
 * The pod template's spec, or undefined when the manifest has none. Manifests are user input:
 * the typed view is a promise the schema rule checks, so readers stay defensive about shapes.
 */
export function podSpecOf(daemonSet: DaemonSet): PodSpec | undefined {
  const spec = asRecord(asRecord(asRecord(daemonSet)?.spec)?.template)?.spec;
  return asRecord(spec) as PodSpec | undefined;
}

/** Every container of the pod template, in the order the API lists them, with its path. */
export function containersOf(daemonSet: DaemonSet, lists: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers']): ContainerRef[] {
  const podSpec = podSpecOf(daemonSet);
  if (!podSpec) return [];
  const out: ContainerRef[] = [];
  for (const list of lists) {
    const items: unknown = (podSpec as unknown as Record<string, unknown>)[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const container = asRecord(item) as Container | undefined;
      if (!container) return;
      const sidecar = list === 'initContainers' && container.restartPolicy === 'Always';
      out.push({
        container,
        path: [...POD_SPEC_PATH, list, index],
        list,
        index,
        sidecar,
        longRunning: list === 'containers' || sidecar,
      });
    });
  }
  return out;
}

/** Path to report a problem about a container as a whole: its `name`, or the list item when unnamed. */
export function containerAnchor(ref: ContainerRef): JsonPath {
  return typeof ref.container.name === 'string' ? [...ref.path, 'name'] : ref.path;
}

/** A display name for messages. */
export function containerName(ref: ContainerRef): string {
  return typeof ref.container.name === 'string' ? ref.container.name : `${ref.list}[${ref.index}]`;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
