import type { JsonPath } from '../../types/finding.js';
import { containerAnchor, type ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
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
  for (let i = 0; i < containers.length; i++) {
    const ref = containers[i];
    const name = ref.container.name as unknown;
    if (name === '') errors.required([...ref.path, 'name']);
    if (typeof name !== 'string' || name === '') continue;
    for (const message of isDNS1123Label(name)) errors.invalid([...ref.path, 'name'], name, message);
  }
  // A clash takes two containers.
  if (containers.length < 2) return;
  const regular = new Set<string>();
  const regularAndInit = new Set<string>();
  // validateContainers, validateInitContainers, validateEphemeralContainers, in that order.
  for (const ref of containers) {
    if (ref.list !== 'containers') continue;
    const name = nonEmptyName(ref);
    if (name === undefined) continue;
    if (regular.has(name)) errors.duplicate([...ref.path, 'name'], name);
    regular.add(name);
    regularAndInit.add(name);
  }
  for (const list of LATER_LISTS) {
    for (const ref of containers) {
      if (ref.list !== list) continue;
      const name = nonEmptyName(ref);
      if (name === undefined) continue;
      if (regularAndInit.has(name)) errors.duplicate([...ref.path, 'name'], name);
      regularAndInit.add(name);
    }
  }
}

const LATER_LISTS = ['initContainers', 'ephemeralContainers'] as const;

function nonEmptyName(ref: ContainerRef): string | undefined {
  const name = ref.container.name as unknown;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** A path below the container: its own path is built only for a container with something to report. */
function below(ref: ContainerRef, prefix: JsonPath, ...rest: (string | number)[]): JsonPath {
  return [...ref.path, ...prefix, ...rest];
}

/**
 * validateContainerCommon (image, imagePullPolicy, terminationMessagePolicy, securityContext)
 * and what depends on the container's list: `restartPolicy` (only `Always`, only on init
 * containers), lifecycle hooks and probes (not on plain init containers), and the hooks' and
 * probes' own checks.
 */
export function checkContainer(ref: ContainerRef, errors: FieldErrors): void {
  const container = ref.container as unknown as Record<string, unknown>;

  // Only an empty image is rejected: a template's image may be blank space for tools to fill in.
  const image = container.image;
  if (image === undefined || image === null || image === '') {
    errors.required([...ref.path, 'image'], '', 'image' in container ? {} : { node: containerAnchor(ref) });
  }

  // Empty values are defaulted (imagePullPolicy from the image tag, terminationMessagePolicy to File).
  const pullPolicy = stringOf(container.imagePullPolicy);
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) {
    errors.notSupported([...ref.path, 'imagePullPolicy'], pullPolicy, PULL_POLICIES);
  }
  const terminationPolicy = stringOf(container.terminationMessagePolicy);
  if (terminationPolicy && !TERMINATION_MESSAGE_POLICIES.includes(terminationPolicy)) {
    errors.notSupported([...ref.path, 'terminationMessagePolicy'], terminationPolicy, TERMINATION_MESSAGE_POLICIES);
  }

  checkSecurityContext(container, ref, errors);

  if (ref.list === 'containers') {
    if (isSet(container, 'restartPolicy')) errors.forbidden([...ref.path, 'restartPolicy'], 'may not be set for non-init containers');
    checkHooksAndProbes(container, ref, errors);
  } else if (ref.list === 'initContainers') {
    const restartPolicy = stringOf(container.restartPolicy);
    if (restartPolicy !== undefined && !INIT_CONTAINER_RESTART_POLICIES.includes(restartPolicy)) {
      errors.notSupported([...ref.path, 'restartPolicy'], restartPolicy, INIT_CONTAINER_RESTART_POLICIES);
    }
    if (ref.sidecar) {
      checkHooksAndProbes(container, ref, errors);
    } else {
      for (const key of INIT_CONTAINER_FORBIDDEN) {
        if (isSet(container, key)) {
          errors.forbidden([...ref.path, key], 'may not be set for init containers without restartPolicy=Always');
        }
      }
    }
  }
}

const INIT_CONTAINER_FORBIDDEN = ['lifecycle', ...PROBES];

/** ValidateSecurityContext: what cannot be combined with `allowPrivilegeEscalation: false`. */
function checkSecurityContext(container: Record<string, unknown>, ref: ContainerRef, errors: FieldErrors): void {
  const securityContext = asRecord(container.securityContext);
  if (!securityContext || securityContext.allowPrivilegeEscalation !== false) return;
  const at = [...ref.path, 'securityContext'];
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

const HOOKS = ['postStart', 'preStop'] as const;
const HOOK_PREFIXES: Readonly<Record<(typeof HOOKS)[number], JsonPath>> = { postStart: ['lifecycle', 'postStart'], preStop: ['lifecycle', 'preStop'] };
const PROBE_PREFIXES: Readonly<Record<(typeof PROBES)[number], JsonPath>> = {
  livenessProbe: ['livenessProbe'],
  readinessProbe: ['readinessProbe'],
  startupProbe: ['startupProbe'],
};
const PROBE_COUNTS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

function checkHooksAndProbes(container: Record<string, unknown>, ref: ContainerRef, errors: FieldErrors): void {
  const lifecycle = asRecord(container.lifecycle);
  if (lifecycle) {
    for (const hook of HOOKS) {
      const handler = asRecord(lifecycle[hook]);
      if (handler) checkHandler(handler, LIFECYCLE_HANDLERS, ref, HOOK_PREFIXES[hook], errors);
    }
  }
  for (const kind of PROBES) {
    const probe = asRecord(container[kind]);
    if (probe) checkProbe(probe, kind, ref, errors);
  }
}

/** validateProbe plus the liveness/readiness/startup specifics. */
function checkProbe(probe: Record<string, unknown>, kind: (typeof PROBES)[number], ref: ContainerRef, errors: FieldErrors): void {
  const prefix = PROBE_PREFIXES[kind];
  checkHandler(probe, PROBE_HANDLERS, ref, prefix, errors);
  // Zeros are defaulted (timeout 1, period 10, thresholds 1 and 3); negatives stay negative.
  for (const key of PROBE_COUNTS) {
    const value = probe[key];
    if (typeof value === 'number' && value < 0 && Number.isInteger(value)) errors.invalid(below(ref, prefix, key), value, IS_NEGATIVE_ERROR_MSG);
  }
  const gracePeriod = integerOf(probe.terminationGracePeriodSeconds);
  if (gracePeriod !== undefined && gracePeriod <= 0) {
    errors.invalid(below(ref, prefix, 'terminationGracePeriodSeconds'), gracePeriod, 'must be greater than 0');
  }
  if (kind === 'readinessProbe') {
    if (gracePeriod !== undefined) {
      errors.invalid(below(ref, prefix, 'terminationGracePeriodSeconds'), gracePeriod, 'must not be set for readinessProbes');
    }
  } else {
    const successThreshold = integerOf(probe.successThreshold);
    if (successThreshold !== undefined && successThreshold !== 0 && successThreshold !== 1) {
      errors.invalid(below(ref, prefix, 'successThreshold'), successThreshold, 'must be 1');
    }
  }
}

/** validateHandler: exactly one handler type, each valid. */
function checkHandler(handler: Record<string, unknown>, types: readonly string[], ref: ContainerRef, prefix: JsonPath, errors: FieldErrors): void {
  let count = 0;
  for (const type of types) {
    const value = handler[type];
    if (value === undefined || value === null) continue;
    if (count > 0) {
      errors.forbidden(below(ref, prefix, type), 'may not specify more than 1 handler type');
      continue;
    }
    count++;
    const action = asRecord(value);
    if (!action) continue;
    if (type === 'exec') {
      const command = action.command;
      if (command === undefined || command === null || (Array.isArray(command) && command.length === 0)) {
        errors.required(below(ref, prefix, type, 'command'));
      }
    } else if (type === 'httpGet' || type === 'tcpSocket' || type === 'grpc') {
      checkPortNumOrName(action.port, ref, prefix, type, errors);
      if (type === 'httpGet') {
        // An empty scheme is defaulted to HTTP.
        const scheme = stringOf(action.scheme);
        if (scheme && !HTTP_SCHEMES.includes(scheme)) errors.notSupported(below(ref, prefix, type, 'scheme'), scheme, HTTP_SCHEMES);
      }
    }
  }
  if (count === 0) errors.required(below(ref, prefix), 'must specify a handler type');
}

/** ValidatePortNumOrName: a number in range, or a port name (a quoted number is a name); gRPC takes numbers only. */
function checkPortNumOrName(port: unknown, ref: ContainerRef, prefix: JsonPath, type: string, errors: FieldErrors): void {
  const number = integerOf(port);
  if (number !== undefined) {
    for (const message of isValidPortNum(number)) errors.invalid(below(ref, prefix, type, 'port'), number, message);
  } else if (typeof port === 'string' && type !== 'grpc') {
    for (const message of isValidPortName(port)) errors.invalid(below(ref, prefix, type, 'port'), port, message);
  }
}
