import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
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
export declare function podRequestsOf(daemonSet: DaemonSet, kubeVersion: string): PodRequests;
