import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, containersOf, podSpecOf, type ContainerRef } from './containers.js';
import { asRecord } from './values.js';
import { joinHostPath } from './host-paths.js';

/** A pod volume backed by a directory or file of the node. */
export interface HostPathVolume {
  /** The volume's `name`, when it is a string. */
  readonly name: string | undefined;
  /** Path from the DaemonSet root to the volume's list item. */
  readonly path: JsonPath;
  /** `hostPath.path` as written, when it is a string. */
  readonly hostPath: string | undefined;
  /** `hostPath.type` as written (`DirectoryOrCreate`, ...), undefined when absent. */
  readonly type: unknown;
}

// Paths are built when a rule reports, which most volumes and mounts never make it do.
class Volume implements HostPathVolume {
  private builtPath: JsonPath | undefined;

  constructor(
    readonly name: string | undefined,
    readonly hostPath: string | undefined,
    readonly type: unknown,
    private readonly index: number,
  ) {}

  get path(): JsonPath {
    return (this.builtPath ??= [...POD_SPEC_PATH, 'volumes', this.index]);
  }
}

function volumesOf(daemonSet: DaemonSet): unknown[] | undefined {
  const volumes = (podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.volumes;
  return Array.isArray(volumes) ? volumes : undefined;
}

/** The volume when it is a hostPath volume. */
function hostPathVolumeOf(volume: Record<string, unknown> | undefined, name: string | undefined, index: number): HostPathVolume | undefined {
  const source = asRecord(volume?.hostPath);
  return source ? new Volume(name, typeof source.path === 'string' ? source.path : undefined, source.type, index) : undefined;
}

/** Every `hostPath` volume of the pod template, in list order. */
export function hostPathVolumes(daemonSet: DaemonSet): HostPathVolume[] {
  const out: HostPathVolume[] = [];
  const volumes = volumesOf(daemonSet);
  if (!volumes) return out;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const hostPathVolume = hostPathVolumeOf(volume, typeof volume?.name === 'string' ? volume.name : undefined, index);
    if (hostPathVolume) out.push(hostPathVolume);
  }
  return out;
}

/** A container's `volumeMount` of a hostPath volume. */
export interface HostPathMount {
  readonly container: ContainerRef;
  readonly mount: Record<string, unknown>;
  /** Path from the DaemonSet root to the mount's list item. */
  readonly path: JsonPath;
  readonly volume: HostPathVolume;
  /**
   * The host path the container sees at its mountPath: the volume's path joined with a literal
   * `subPath`. A `subPathExpr` is expanded per pod at run time, so only the volume's path is
   * known; everything the mount can reach lies below it.
   */
  readonly hostPath: string | undefined;
}

class Mount implements HostPathMount {
  private builtPath: JsonPath | undefined;

  constructor(
    readonly container: ContainerRef,
    readonly mount: Record<string, unknown>,
    readonly volume: HostPathVolume,
    readonly hostPath: string | undefined,
    private readonly index: number,
  ) {}

  get path(): JsonPath {
    return (this.builtPath ??= [...this.container.path, 'volumeMounts', this.index]);
  }
}

/** Every volumeMount, in every container, that mounts a hostPath volume. */
export function hostPathMounts(daemonSet: DaemonSet): HostPathMount[] {
  const out: HostPathMount[] = [];
  const volumes = volumesOf(daemonSet);
  if (!volumes) return out;
  // A duplicated volume name is an API error reported elsewhere; the first one wins here.
  let byName: Map<string, HostPathVolume | undefined> | undefined;
  let hostPaths = false;
  for (let index = 0; index < volumes.length; index++) {
    const volume = asRecord(volumes[index]);
    const name = volume?.name;
    if (typeof name !== 'string' || byName?.has(name)) continue;
    const hostPathVolume = hostPathVolumeOf(volume, name, index);
    (byName ??= new Map()).set(name, hostPathVolume);
    hostPaths ||= hostPathVolume !== undefined;
  }
  // Without a named hostPath volume no mount can name one.
  if (!byName || !hostPaths) return out;
  const containers = containersOf(daemonSet);
  for (let c = 0; c < containers.length; c++) {
    const container = containers[c];
    const mounts: unknown = container.container.volumeMounts;
    if (!Array.isArray(mounts)) continue;
    for (let index = 0; index < mounts.length; index++) {
      const mount = asRecord(mounts[index]);
      const volume = typeof mount?.name === 'string' ? byName.get(mount.name) : undefined;
      if (!mount || !volume) continue;
      const subPath = typeof mount.subPath === 'string' ? mount.subPath : '';
      out.push(new Mount(container, mount, volume, volume.hostPath === undefined ? undefined : joinHostPath(volume.hostPath, subPath), index));
    }
  }
  return out;
}
