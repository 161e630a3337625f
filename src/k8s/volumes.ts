import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../engine/types.js';
import { POD_SPEC_PATH, asArray, asRecord, containersOf, podSpecOf, type ContainerRef } from './containers.js';
import { joinHostPath } from './host-paths.js';

/** A pod volume backed by a directory or file of the node. */
export interface HostPathVolume {
  /** The volume's `name`, when it is a string. */
  name: string | undefined;
  /** Path from the DaemonSet root to the volume's list item. */
  path: JsonPath;
  /** `hostPath.path` as written, when it is a string. */
  hostPath: string | undefined;
}

/** Every `hostPath` volume of the pod template, in list order. */
export function hostPathVolumes(daemonSet: DaemonSet): HostPathVolume[] {
  return podVolumes(daemonSet).flatMap(({ hostPathVolume }) => (hostPathVolume ? [hostPathVolume] : []));
}

interface PodVolume {
  name: string | undefined;
  hostPathVolume: HostPathVolume | undefined;
}

function podVolumes(daemonSet: DaemonSet): PodVolume[] {
  const volumes = asArray((podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.volumes);
  return volumes.map((item, index) => {
    const volume = asRecord(item);
    const name = typeof volume?.name === 'string' ? volume.name : undefined;
    const source = asRecord(volume?.hostPath);
    if (!source) return { name, hostPathVolume: undefined };
    return {
      name,
      hostPathVolume: {
        name,
        path: [...POD_SPEC_PATH, 'volumes', index],
        hostPath: typeof source.path === 'string' ? source.path : undefined,
      },
    };
  });
}

/** A container's `volumeMount` of a hostPath volume. */
export interface HostPathMount {
  container: ContainerRef;
  mount: Record<string, unknown>;
  /** Path from the DaemonSet root to the mount's list item. */
  path: JsonPath;
  volume: HostPathVolume;
  /**
   * The host path the container sees at its mountPath: the volume's path joined with a literal
   * `subPath`. A `subPathExpr` is expanded per pod at run time, so only the volume's path is
   * known; everything the mount can reach lies below it.
   */
  hostPath: string | undefined;
}

/** Every volumeMount, in every container, that mounts a hostPath volume. */
export function hostPathMounts(daemonSet: DaemonSet): HostPathMount[] {
  const byName = new Map<string, HostPathVolume | undefined>();
  // A duplicated volume name is an API error reported elsewhere; the first one wins here.
  for (const { name, hostPathVolume } of podVolumes(daemonSet)) {
    if (name !== undefined && !byName.has(name)) byName.set(name, hostPathVolume);
  }
  const out: HostPathMount[] = [];
  for (const container of containersOf(daemonSet)) {
    asArray(container.container.volumeMounts).forEach((item, index) => {
      const mount = asRecord(item);
      const volume = typeof mount?.name === 'string' ? byName.get(mount.name) : undefined;
      if (!mount || !volume) return;
      const subPath = typeof mount.subPath === 'string' ? mount.subPath : '';
      out.push({
        container,
        mount,
        path: [...container.path, 'volumeMounts', index],
        volume,
        hostPath: volume.hostPath === undefined ? undefined : joinHostPath(volume.hostPath, subPath),
      });
    });
  }
  return out;
}
