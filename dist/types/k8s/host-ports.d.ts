import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
/**
 * A host port a pod claims on its node, as the scheduler's NodePorts filter counts it. Plain
 * data: rules across the input keep these for every DaemonSet, so the path is built only for a report.
 */
export interface HostPort {
    readonly port: number;
    /** As written; the API defaults a missing protocol to TCP. */
    readonly protocol: string;
    /** Empty when the port is bound on every address. */
    readonly hostIP: string;
    /** The container the port is declared in, its index in `ports`, and which field is the host port. */
    readonly container: JsonPath;
    readonly index: number;
    readonly at: 'hostPort' | 'containerPort';
}
/**
 * The host ports of the containers that run as long as the pod (regular containers and
 * sidecars), as the scheduler reads them (GetHostPorts in pkg/scheduler/util): an explicit
 * `hostPort`, or under `hostNetwork: true` every `containerPort`, which the API copies into
 * `hostPort` when the pod is created.
 */
export declare function hostPortsOf(daemonSet: DaemonSet): HostPort[];
/** Path from the DaemonSet root to `hostPort`, or to `containerPort` when that is the host port. */
export declare function hostPortPath(port: HostPort): JsonPath;
/**
 * HostPortInfo.CheckConflict (pkg/scheduler/framework/types.go): same port and protocol, on the
 * same address or with either bound on all addresses.
 */
export declare function hostPortsConflict(a: HostPort, b: HostPort): boolean;
/** `9100/TCP`, `10.0.0.1:53/UDP`, `[fd00::1]:53/UDP`. */
export declare function formatHostPort(port: HostPort): string;
