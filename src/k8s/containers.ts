import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { asRecord } from './values.js';
import type { Container, PodSpec } from 'kubernetes-types/core/v1.js';
import type { JsonPath } from '../types/finding.js';

export const POD_SPEC_PATH = ['spec', 'template', 'spec'] as const;

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerRef {
  readonly container: Container;
  /** Path from the DaemonSet root to the container. */
  readonly path: JsonPath;
  readonly list: ContainerList;
  readonly index: number;
  /** An init container with `restartPolicy: Always`: a sidecar that runs as long as the pod. */
  readonly sidecar: boolean;
  /** Runs for the pod's lifetime: a regular container or a sidecar. */
  readonly longRunning: boolean;
}

/**
 * The pod template's spec, or undefined when the manifest has none. Manifests are user input:
 * the typed view is a promise the schema rule checks, so readers stay defensive about shapes.
 */
export function podSpecOf(daemonSet: DaemonSet): PodSpec | undefined {
  if (daemonSet !== current.daemonSet) remember(daemonSet);
  return current.podSpec;
}

/** The pod template's metadata (its labels and annotations), or undefined when there is none. */
export function podTemplateMetadataOf(daemonSet: DaemonSet): Record<string, unknown> | undefined {
  if (daemonSet !== current.daemonSet) remember(daemonSet);
  return current.templateMetadata;
}

/** The API's order of the container lists. */
export const ALL_CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];
/** The lists whose containers can run as long as the pod (sidecars are init containers). */
export const POD_CONTAINER_LISTS: readonly ContainerList[] = ['initContainers', 'containers'];

/**
 * What every rule asks of the DaemonSet being checked, read once for all of them: the engine runs
 * every rule on one DaemonSet before the next, and rules never change the objects they read.
 */
const current: {
  daemonSet: unknown;
  templateMetadata: Record<string, unknown> | undefined;
  podSpec: PodSpec | undefined;
  all: readonly ContainerRef[] | undefined;
  pod: readonly ContainerRef[] | undefined;
} = { daemonSet: undefined, templateMetadata: undefined, podSpec: undefined, all: undefined, pod: undefined };

function remember(daemonSet: DaemonSet): void {
  const template = asRecord(asRecord(asRecord(daemonSet)?.spec)?.template);
  current.daemonSet = daemonSet;
  current.templateMetadata = asRecord(template?.metadata);
  current.podSpec = asRecord(template?.spec) as PodSpec | undefined;
  current.all = undefined;
  current.pod = undefined;
}

/**
 * Rules ask for the containers of every DaemonSet, and most never report about one: the path is
 * built on first use.
 */
class Ref implements ContainerRef {
  private builtPath: JsonPath | undefined;

  constructor(
    readonly container: Container,
    readonly list: ContainerList,
    readonly index: number,
    readonly sidecar: boolean,
    readonly longRunning: boolean,
  ) {}

  get path(): JsonPath {
    return (this.builtPath ??= [...POD_SPEC_PATH, this.list, this.index]);
  }
}

/**
 * Every container of the pod template, in the order the API lists them, with its path. The
 * list is shared by the rules that ask for the same lists of one DaemonSet: it is not to be changed.
 */
export function containersOf(daemonSet: DaemonSet, lists: readonly ContainerList[] = ALL_CONTAINER_LISTS): readonly ContainerRef[] {
  if (daemonSet !== current.daemonSet) remember(daemonSet);
  if (lists === ALL_CONTAINER_LISTS) return (current.all ??= readContainers(current.podSpec, lists));
  // The same refs as in the full list (each builds its path once), ephemeral containers left out.
  if (lists === POD_CONTAINER_LISTS) return (current.pod ??= containersOf(daemonSet).filter((ref) => ref.list !== 'ephemeralContainers'));
  return readContainers(current.podSpec, lists);
}

function readContainers(podSpec: PodSpec | undefined, lists: readonly ContainerList[]): readonly ContainerRef[] {
  const out: ContainerRef[] = [];
  if (!podSpec) return out;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    const items: unknown = podSpec[list];
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      const container = asRecord(items[index]) as Container | undefined;
      if (!container) continue;
      const sidecar = list === 'initContainers' && container.restartPolicy === 'Always';
      out.push(new Ref(container, list, index, sidecar, list === 'containers' || sidecar));
    }
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
