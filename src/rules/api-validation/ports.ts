import type { JsonPath } from '../../types/finding.js';
import { type ContainerRef } from '../../k8s/containers.js';
import { asRecord } from '../../k8s/values.js';
import { isValidPortName, isValidPortNum } from '../../k8s/names.js';
import { type FieldErrors, int32Of, stringOf } from './field-errors.js';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** The container's `ports` list, when it is one. */
function portsOf(ref: ContainerRef): unknown[] | undefined {
  const ports: unknown = ref.container.ports;
  return Array.isArray(ports) ? ports : undefined;
}

/** Path to a field of a port: built only to report, as nearly every port is valid. */
function portPath(ref: ContainerRef, index: number, field: string): JsonPath {
  return [...ref.path, 'ports', index, field];
}

/**
 * validateContainerPorts: port names are IANA service names, unique in the container;
 * containerPort set and in range; hostPort, when set, in range; protocol TCP, UDP or SCTP.
 */
export function checkContainerPorts(ref: ContainerRef, errors: FieldErrors): void {
  const ports = portsOf(ref);
  if (!ports) return;
  let names: Set<string> | undefined;
  for (let index = 0; index < ports.length; index++) {
    const record = asRecord(ports[index]);
    if (!record) continue;
    const name = stringOf(record.name);
    if (name) {
      const messages = isValidPortName(name);
      for (const message of messages) errors.invalid(portPath(ref, index, 'name'), name, message);
      if (messages.length === 0) {
        names ??= new Set();
        if (names.has(name)) errors.duplicate(portPath(ref, index, 'name'), name);
        names.add(name);
      }
    }
    // A missing containerPort decodes as 0.
    const containerPort = record.containerPort === undefined ? 0 : int32Of(record.containerPort);
    if (containerPort === 0) {
      errors.required(portPath(ref, index, 'containerPort'), '', {
        node: 'containerPort' in record ? portPath(ref, index, 'containerPort') : [...ref.path, 'ports', index],
        why: 'Every port entry needs its containerPort, 1 to 65535.',
      });
    }
    else if (containerPort !== undefined) {
      for (const message of isValidPortNum(containerPort)) errors.invalid(portPath(ref, index, 'containerPort'), containerPort, message);
    }
    const hostPort = int32Of(record.hostPort);
    if (hostPort !== undefined && hostPort !== 0) {
      for (const message of isValidPortNum(hostPort)) errors.invalid(portPath(ref, index, 'hostPort'), hostPort, message);
    }
    // An empty protocol is defaulted to TCP.
    const protocol = stringOf(record.protocol);
    if (protocol && !PROTOCOLS.includes(protocol)) errors.notSupported(portPath(ref, index, 'protocol'), protocol, PROTOCOLS);
  }
}

/**
 * validatePodHostNetworkDeps: with `hostNetwork: true` a regular container's hostPort, when set,
 * must equal its containerPort (a pod template may leave it out; the pod gets it defaulted).
 */
export function checkHostNetworkPorts(containers: readonly ContainerRef[], hostNetwork: boolean, errors: FieldErrors): void {
  if (!hostNetwork) return;
  for (const ref of containers) {
    if (ref.list !== 'containers') continue;
    const ports = portsOf(ref);
    if (!ports) continue;
    for (let index = 0; index < ports.length; index++) {
      const record = asRecord(ports[index]);
      if (!record) continue;
      const hostPort = int32Of(record.hostPort);
      const containerPort = int32Of(record.containerPort);
      if (hostPort === undefined || hostPort === 0 || containerPort === undefined || hostPort === containerPort) continue;
      errors.invalid(portPath(ref, index, 'hostPort'), hostPort, 'must match `containerPort` when `hostNetwork` is true', {
        why: 'With hostNetwork the container listens on the node itself, so its hostPort is its containerPort: make them equal, or leave hostPort out.',
      });
    }
  }
}

/**
 * checkHostPortConflicts: no two ports claim the same protocol/hostIP/hostPort, across the
 * regular containers (they run together) and within each init container (they run one by one).
 * The API reports the later claim. For an init container it builds the path as if the container
 * were the first of its list: `initContainers[0]` whatever its index, and so does this message.
 */
export function checkHostPortConflicts(containers: readonly ContainerRef[], errors: FieldErrors): void {
  let claimed: Set<string> | undefined;
  for (const ref of containers) {
    if (ref.list === 'ephemeralContainers') continue;
    const ports = portsOf(ref);
    if (!ports) continue;
    let ownClaims: Set<string> | undefined;
    for (let index = 0; index < ports.length; index++) {
      const record = asRecord(ports[index]);
      if (!record) continue;
      const hostPort = int32Of(record.hostPort);
      if (hostPort === undefined || hostPort === 0) continue;
      const protocol = stringOf(record.protocol) || 'TCP';
      const hostIP = stringOf(record.hostIP) ?? '';
      const key = `${protocol}/${hostIP}/${hostPort}`;
      const seen = ref.list === 'containers' ? (claimed ??= new Set()) : (ownClaims ??= new Set());
      if (seen.has(key)) {
        const reportedPath = ref.list === 'containers' ? ref.path : [...ref.path.slice(0, -1), 0];
        errors.duplicate([...reportedPath, 'ports', index, 'hostPort'], key, {
          node: portPath(ref, index, 'hostPort'),
          why: 'Two ports of the pod claim the same protocol, host IP and host port; on one node only one can have it.',
        });
      } else {
        seen.add(key);
      }
    }
  }
}
