import { asArray, asRecord, type ContainerRef } from '../../k8s/containers.js';
import { isValidPortName, isValidPortNum } from '../../k8s/names.js';
import { type FieldErrors, integerOf, stringOf } from './field-errors.js';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

interface Port {
  record: Record<string, unknown>;
  index: number;
}

function portsOf(ref: ContainerRef): Port[] {
  return asArray(ref.container.ports).flatMap((item, index) => {
    const record = asRecord(item);
    return record ? [{ record, index }] : [];
  });
}

/**
 * validateContainerPorts: port names are IANA service names, unique in the container;
 * containerPort set and in range; hostPort, when set, in range; protocol TCP, UDP or SCTP.
 */
export function checkContainerPorts(ref: ContainerRef, errors: FieldErrors): void {
  const names = new Set<string>();
  for (const { record, index } of portsOf(ref)) {
    const path = [...ref.path, 'ports', index];
    const name = stringOf(record.name);
    if (name) {
      const messages = isValidPortName(name);
      for (const message of messages) errors.invalid([...path, 'name'], name, message);
      if (messages.length === 0) {
        if (names.has(name)) errors.duplicate([...path, 'name'], name);
        names.add(name);
      }
    }
    const containerPort = integerOf(record.containerPort);
    if (containerPort === 0) errors.required([...path, 'containerPort']);
    else if (containerPort !== undefined) {
      for (const message of isValidPortNum(containerPort)) errors.invalid([...path, 'containerPort'], containerPort, message);
    }
    const hostPort = integerOf(record.hostPort);
    if (hostPort !== undefined && hostPort !== 0) {
      for (const message of isValidPortNum(hostPort)) errors.invalid([...path, 'hostPort'], hostPort, message);
    }
    // An empty protocol is defaulted to TCP.
    const protocol = stringOf(record.protocol);
    if (protocol && !PROTOCOLS.includes(protocol)) errors.notSupported([...path, 'protocol'], protocol, PROTOCOLS);
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
    for (const { record, index } of portsOf(ref)) {
      const hostPort = integerOf(record.hostPort);
      const containerPort = integerOf(record.containerPort);
      if (hostPort === undefined || hostPort === 0 || containerPort === undefined || hostPort === containerPort) continue;
      errors.invalid([...ref.path, 'ports', index, 'hostPort'], hostPort, 'must match `containerPort` when `hostNetwork` is true');
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
  const claimed = new Set<string>();
  for (const ref of containers) {
    if (ref.list === 'ephemeralContainers') continue;
    const seen = ref.list === 'containers' ? claimed : new Set<string>();
    const reportedPath = ref.list === 'containers' ? ref.path : [...ref.path.slice(0, -1), 0];
    for (const { record, index } of portsOf(ref)) {
      const hostPort = integerOf(record.hostPort);
      if (hostPort === undefined || hostPort === 0) continue;
      const protocol = stringOf(record.protocol) || 'TCP';
      const hostIP = stringOf(record.hostIP) ?? '';
      const key = `${protocol}/${hostIP}/${hostPort}`;
      if (seen.has(key)) {
        errors.duplicate([...reportedPath, 'ports', index, 'hostPort'], key, { node: [...ref.path, 'ports', index, 'hostPort'] });
      } else {
        seen.add(key);
      }
    }
  }
}
