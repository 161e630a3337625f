import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, containersOf, podSpecOf, type ContainerRef } from './containers.js';
import { asRecord } from './values.js';
import { alternativeMatches, nodeSelectionOf, type PartialNodeLabels } from './node-selection.js';

/**
 * Windows HostProcess containers (`securityContext.windowsOptions.hostProcess: true`): a process
 * on the Windows host with the host's network and filesystem, Windows' counterpart of a privileged
 * container. The pod-level setting applies to every container that does not say otherwise, a pod
 * must not mix HostProcess and other containers, and a HostProcess pod must set hostNetwork: true
 * (ValidatePod in pkg/apis/core/validation).
 */

/** Where `hostProcess: true` is written: the pod's security context, or a container's. */
export interface HostProcessSetting {
  /** Path from the DaemonSet root to the `hostProcess` key. */
  path: JsonPath;
  /** The container that sets it; undefined for the pod-level setting. */
  container?: ContainerRef;
}

function hostProcessOf(securityContext: unknown): unknown {
  return asRecord(asRecord(securityContext)?.windowsOptions)?.hostProcess;
}

/** Every place that sets `hostProcess: true`, the pod first, then containers in API order. */
export function hostProcessSettings(daemonSet: DaemonSet): HostProcessSetting[] {
  const out: HostProcessSetting[] = [];
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  if (hostProcessOf(podSpec?.securityContext) === true) out.push({ path: [...POD_SPEC_PATH, 'securityContext', 'windowsOptions', 'hostProcess'] });
  const containers = containersOf(daemonSet);
  for (let i = 0; i < containers.length; i++) {
    const ref = containers[i];
    if (hostProcessOf(ref.container.securityContext) === true) out.push({ path: [...ref.path, 'securityContext', 'windowsOptions', 'hostProcess'], container: ref });
  }
  return out;
}

/** Whether the container runs as a HostProcess container: its own setting, else the pod's. */
export function isHostProcessContainer(daemonSet: DaemonSet, ref: ContainerRef): boolean {
  const own = hostProcessOf(ref.container.securityContext);
  if (typeof own === 'boolean') return own;
  return hostProcessOf((podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.securityContext) === true;
}

/** Whether any container of the pod runs as HostProcess (the API allows all or none). */
export function isHostProcessPod(daemonSet: DaemonSet): boolean {
  const containers = containersOf(daemonSet);
  for (let i = 0; i < containers.length; i++) if (isHostProcessContainer(daemonSet, containers[i])) return true;
  return containers.length === 0 && hostProcessOf((podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.securityContext) === true;
}

/** What a Linux node is known to carry, for asking whether the pod can run on one. */
const LINUX_NODE: PartialNodeLabels = { 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/os': 'linux' };

/**
 * Whether the pod can only run on Windows nodes: it says `os.name: windows`, is a HostProcess pod,
 * or selects no node that runs Linux. Linux-only settings (DNS policy ClusterFirstWithHostNet,
 * readOnlyRootFilesystem, runAsUser) do not apply to it.
 */
export function runsOnWindowsOnly(daemonSet: DaemonSet): boolean {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  if (asRecord(podSpec?.os)?.name === 'windows') return true;
  if (hostProcessSettings(daemonSet).length > 0) return true;
  const alternatives = nodeSelectionOf(daemonSet).alternatives;
  for (let i = 0; i < alternatives.length; i++) {
    if (alternativeMatches(alternatives[i], LINUX_NODE) !== false) return false;
  }
  return true;
}
