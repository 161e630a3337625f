import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { type HostPort } from '../k8s/host-ports.js';
import { type NodeSelection } from '../k8s/node-selection.js';
import { type PodRequests } from './requests.js';
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
/** What the DaemonSet controller reads of a DaemonSet to decide which nodes get a pod (place.ts). */
export type NodeChoice = Pick<SchedulingProfile, 'selection' | 'tolerations'>;
export declare function nodeChoiceOf(daemonSet: DaemonSet): NodeChoice;
export declare function schedulingProfileOf(daemonSet: DaemonSet, kubeVersion: string): SchedulingProfile;
