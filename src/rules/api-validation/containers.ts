import type { JsonPath } from '../../engine/types.js';
import { asArray, asRecord, containerAnchor, type ContainerRef } from '../../k8s/containers.js';
import { isDNS1123Label, isValidPortName, isValidPortNum } from '../../k8s/names.js';
import { type FieldErrors, IS_NEGATIVE_ERROR_MSG, integerOf, isSet, stringOf } from './field-errors.js';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const TERMINATION_MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];
const INIT_CONTAINER_RESTART_POLICIES = ['Always'];
const HTTP_SCHEMES = ['HTTP', 'HTTPS'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

/**
 * Container names: every container needs a DNS-1123 label as its name, unique across regular,
 * init and ephemeral containers. The API reports a clash on the later list (init containers
 * clash with regular ones, ephemeral with both) and, within a list, on the later container.
 */
export function checkContainerNames(containers: readonly ContainerRef[], errors: FieldErrors): void {
  const regular = new Set<string>();
  const regularAndInit = new Set<string>();
  for (const ref of containers) {
    const name = ref.container.name as unknown;
    if (name === '') errors.required([...ref.path, 'name']);
    if (typeof name !== 'string' || name === '') continue;
    for (const message of isDNS1123Label(name)) errors.invalid([...ref.path, 'name'], name, message);
  }
  // validateContainers, validateInitContainers, validateEphemeralContainers, in that order.
  for (const ref of containers.filter((c) => c.list === 'containers')) {
    const name = nonEmptyName(ref);
    if (name === undefined) continue;
    if (regular.has(name)) errors.duplicate([...ref.path, 'name'], name);
    regular.add(name);
    regularAndInit.add(name);
  }
  for (const ref of containers.filter((c) => c.list === 'initContainers')) {
    const name = nonEmptyName(ref);
    if (name === undefined) continue;
    if (regularAndInit.has(name)) errors.duplicate([...ref.path, 'name'], name);
    regularAndInit.add(name);
  }
  for (const ref of containers.filter((c) => c.list === 'ephemeralContainers')) {
    const name = nonEmptyName(ref);
    if (name === undefined) continue;
    if (regularAndInit.has(name)) errors.duplicate([...ref.path, 'name'], name);
    regularAndInit.add(name);
  }
}

function nonEmptyName(ref: ContainerRef): string | undefined {
  const name = ref.container.name as unknown;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * validateContainerCommon (image, imagePullPolicy, terminationMessagePolicy, securityContext)
 * and what depends on the container's list: `restartPolicy` (only `Always`, only on init
 * containers), lifecycle hooks and probes (not on plain init containers), and the hooks' and
 * probes' own checks.
 */
export function checkContainer(ref: ContainerRef, errors: FieldErrors): void {
  const container = ref.container as unknown as Record<string, unknown>;
  const path = ref.path;

  // Only an empty image is rejected: a template's image may be blank space for tools to fill in.
  const image = container.image;
  if (image === undefined || image === null || image === '') {
    errors.required([...path, 'image'], '', 'image' in container ? {} : { node: containerAnchor(ref) });
  }

  // Empty values are defaulted (imagePullPolicy from the image tag, terminationMessagePolicy to File).
  const pullPolicy = stringOf(container.imagePullPolicy);
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) {
    errors.notSupported([...path, 'imagePullPolicy'], pullPolicy, PULL_POLICIES);
  }
  const terminationPolicy = stringOf(container.terminationMessagePolicy);
  if (terminationPolicy && !TERMINATION_MESSAGE_POLICIES.includes(terminationPolicy)) {
    errors.notSupported([...path, 'terminationMessagePolicy'], terminationPolicy, TERMINATION_MESSAGE_POLICIES);
  }

  checkSecurityContext(container, path, errors);

  if (ref.list === 'containers') {
    if (isSet(container, 'restartPolicy')) errors.forbidden([...path, 'restartPolicy'], 'may not be set for non-init containers');
    checkHooksAndProbes(container, path, errors);
  } else if (ref.list === 'initContainers') {
    const restartPolicy = stringOf(container.restartPolicy);
    if (restartPolicy !== undefined && !INIT_CONTAINER_RESTART_POLICIES.includes(restartPolicy)) {
      errors.notSupported([...path, 'restartPolicy'], restartPolicy, INIT_CONTAINER_RESTART_POLICIES);
    }
    if (ref.sidecar) {
      checkHooksAndProbes(container, path, errors);
    } else {
      for (const key of ['lifecycle', ...PROBES]) {
        if (isSet(container, key)) {
          errors.forbidden([...path, key], 'may not be set for init containers without restartPolicy=Always');
        }
      }
    }
  }
}

/** ValidateSecurityContext: what cannot be combined with `allowPrivilegeEscalation: false`. */
function checkSecurityContext(container: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  const securityContext = asRecord(container.securityContext);
  if (!securityContext || securityContext.allowPrivilegeEscalation !== false) return;
  const at = [...path, 'securityContext'];
  if (securityContext.privileged === true) {
    errors.invalid(at, securityContext, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true', {
      node: [...at, 'allowPrivilegeEscalation'],
    });
  }
  // The API compares the literal string: `SYS_ADMIN`, the usual spelling, is not caught.
  for (const capability of asArray(asRecord(securityContext.capabilities)?.add)) {
    if (capability === 'CAP_SYS_ADMIN') {
      errors.invalid(at, securityContext, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN', {
        node: [...at, 'allowPrivilegeEscalation'],
      });
    }
  }
}

function checkHooksAndProbes(container: Record<string, unknown>, path: JsonPath, errors: FieldErrors): void {
  const lifecycle = asRecord(container.lifecycle);
  if (lifecycle) {
    for (const hook of ['postStart', 'preStop']) {
      const handler = asRecord(lifecycle[hook]);
      if (handler) checkHandler(handler, LIFECYCLE_HANDLERS, [...path, 'lifecycle', hook], errors);
    }
  }
  for (const kind of PROBES) {
    const probe = asRecord(container[kind]);
    if (probe) checkProbe(probe, kind, [...path, kind], errors);
  }
}

/** validateProbe plus the liveness/readiness/startup specifics. */
function checkProbe(probe: Record<string, unknown>, kind: (typeof PROBES)[number], path: JsonPath, errors: FieldErrors): void {
  checkHandler(probe, PROBE_HANDLERS, path, errors);
  // Zeros are defaulted (timeout 1, period 10, thresholds 1 and 3); negatives stay negative.
  for (const key of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    const value = integerOf(probe[key]);
    if (value !== undefined && value < 0) errors.invalid([...path, key], value, IS_NEGATIVE_ERROR_MSG);
  }
  const gracePeriod = integerOf(probe.terminationGracePeriodSeconds);
  if (gracePeriod !== undefined && gracePeriod <= 0) {
    errors.invalid([...path, 'terminationGracePeriodSeconds'], gracePeriod, 'must be greater than 0');
  }
  if (kind === 'readinessProbe') {
    if (gracePeriod !== undefined) {
      errors.invalid([...path, 'terminationGracePeriodSeconds'], gracePeriod, 'must not be set for readinessProbes');
    }
  } else {
    const successThreshold = integerOf(probe.successThreshold);
    if (successThreshold !== undefined && successThreshold !== 0 && successThreshold !== 1) {
      errors.invalid([...path, 'successThreshold'], successThreshold, 'must be 1');
    }
  }
}

/** validateHandler: exactly one handler type, each valid. */
function checkHandler(handler: Record<string, unknown>, types: readonly string[], path: JsonPath, errors: FieldErrors): void {
  let count = 0;
  for (const type of types) {
    if (!isSet(handler, type)) continue;
    if (count > 0) {
      errors.forbidden([...path, type], 'may not specify more than 1 handler type');
      continue;
    }
    count++;
    const action = asRecord(handler[type]);
    if (!action) continue;
    const at = [...path, type];
    if (type === 'exec') {
      const command = action.command;
      if (command === undefined || command === null || (Array.isArray(command) && command.length === 0)) {
        errors.required([...at, 'command']);
      }
    } else if (type === 'httpGet' || type === 'tcpSocket' || type === 'grpc') {
      checkPortNumOrName(action.port, [...at, 'port'], errors, type === 'grpc');
      if (type === 'httpGet') {
        // An empty scheme is defaulted to HTTP.
        const scheme = stringOf(action.scheme);
        if (scheme && !HTTP_SCHEMES.includes(scheme)) errors.notSupported([...at, 'scheme'], scheme, HTTP_SCHEMES);
      }
    }
  }
  if (count === 0) errors.required(path, 'must specify a handler type');
}

/** ValidatePortNumOrName: a number in range, or a port name (a quoted number is a name). */
function checkPortNumOrName(port: unknown, path: JsonPath, errors: FieldErrors, numberOnly: boolean): void {
  const number = integerOf(port);
  if (number !== undefined) {
    for (const message of isValidPortNum(number)) errors.invalid(path, number, message);
  } else if (typeof port === 'string' && !numberOnly) {
    for (const message of isValidPortName(port)) errors.invalid(path, port, message);
  }
}
