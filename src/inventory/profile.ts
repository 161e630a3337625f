import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { podSpecOf } from '../k8s/containers.js';
import { hostPortsOf, type HostPort } from '../k8s/host-ports.js';
import { nodeSelectionOf, type NodeSelection } from '../k8s/node-selection.js';
import { asArray, asRecord } from '../k8s/values.js';
import { podRequestsOf, type PodRequests } from './requests.js';

/**
 * What the DaemonSet controller and the scheduler read of a DaemonSet to place its pods: plain
 * data, so that it can be kept for a rule across the input and cross a thread boundary.
 */
export interface SchedulingProfile {
  selection: NodeSelection;
  /** The template's tolerations plus those the controller adds to every daemon pod. */
  tolerations: unknown[];
  hostNetwork: boolean;
  requests: PodRequests;
  hostPorts: HostPort[];
  /**
   * Which pod the scheduler places first when not all fit: 2 for `system-node-critical`, 1 for
   * `system-cluster-critical` (both can preempt ordinary pods), 0 otherwise.
   */
  priority: number;
  /** `spec.os.name` of the template, which the kubelet checks against the node's OS. */
  podOS?: string;
}

/**
 * The tolerations the DaemonSet controller adds to every pod it creates
 * (`AddOrUpdateDaemonPodTolerations` in pkg/controller/daemon/util/daemonset_util.go): not-ready
 * and unreachable (NoExecute, so daemon pods are never evicted), disk/memory/pid pressure and
 * unschedulable (NoSchedule), and network-unavailable for pods on the host network. Frozen: the
 * host-port claims a run keeps of every DaemonSet share them (run/compact-copy.ts).
 */
const DAEMON_TOLERATIONS: readonly Record<string, string>[] = [
  Object.freeze({ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' }),
  Object.freeze({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }),
  Object.freeze({ key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' }),
  Object.freeze({ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' }),
  Object.freeze({ key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' }),
  Object.freeze({ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }),
];
const HOST_NETWORK_TOLERATION: Record<string, string> = Object.freeze({ key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' });

const PRIORITIES: Readonly<Record<string, number>> = { 'system-node-critical': 2, 'system-cluster-critical': 1 };

/** What the DaemonSet controller reads of a DaemonSet to decide which nodes get a pod (place.ts). */
export type NodeChoice = Pick<SchedulingProfile, 'selection' | 'tolerations'>;

export function nodeChoiceOf(daemonSet: DaemonSet): NodeChoice {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  return { selection: selectionOf(daemonSet, podSpec), tolerations: daemonPodTolerations(podSpec?.tolerations, podSpec?.hostNetwork === true) };
}

export function schedulingProfileOf(daemonSet: DaemonSet, kubeVersion: string): SchedulingProfile {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  const hostNetwork = podSpec?.hostNetwork === true;
  const profile: SchedulingProfile = {
    selection: selectionOf(daemonSet, podSpec),
    tolerations: daemonPodTolerations(podSpec?.tolerations, hostNetwork),
    hostNetwork,
    requests: podRequestsOf(daemonSet, kubeVersion),
    hostPorts: hostPortsOf(daemonSet),
    priority: typeof podSpec?.priorityClassName === 'string' ? (PRIORITIES[podSpec.priorityClassName] ?? 0) : 0,
  };
  const os = asRecord(podSpec?.os)?.name;
  if (typeof os === 'string' && os !== '') profile.podOS = os;
  return profile;
}

/**
 * The node selection as the controller applies it. A required node affinity with no terms at
 * all matches no node (`LazyErrorNodeSelector.Match` has no term to try), which the shared reading
 * in k8s/node-selection.ts, made for manifests without a cluster, leaves unconstrained.
 */
function selectionOf(daemonSet: DaemonSet, podSpec: Record<string, unknown> | undefined): NodeSelection {
  const required = asRecord(asRecord(asRecord(podSpec?.affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution);
  if (required && asArray(required.nodeSelectorTerms).length === 0) return { alternatives: [] };
  return nodeSelectionOf(daemonSet);
}

/**
 * The template's tolerations and the controller's, merged as `AddOrUpdateTolerationInPodSpec`
 * merges them (an equal toleration is replaced; as none of the defaults has tolerationSeconds,
 * keeping both tolerates the same taints). `Lt` and `Gt` tolerations are left out: the API
 * rejects them before 1.35, and from 1.35 they need the TaintTolerationComparisonOperators
 * gate, alpha and off by default through 1.36.
 */
function daemonPodTolerations(own: unknown, hostNetwork: boolean): unknown[] {
  const out = asArray(own).filter((t) => {
    const operator = asRecord(t)?.operator;
    return operator !== 'Lt' && operator !== 'Gt';
  });
  out.push(...DAEMON_TOLERATIONS);
  if (hostNetwork) out.push(HOST_NETWORK_TOLERATION);
  return out;
}
