import type { JsonPath } from '../../types/finding.js';
import { containerAnchor, type ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Label, isHTTPHeaderName, isValidPortName, isValidPortNum } from '../../k8s/names.js';
import { type FieldErrors, IS_NEGATIVE_ERROR_MSG, int32Of, int64Of, isSet, stringOf } from './field-errors.js';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const TERMINATION_MESSAGE_POLICIES = ['File', 'FallbackToLogsOnError'];
const INIT_CONTAINER_RESTART_POLICIES = ['Always'];
const CONTAINER_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const HTTP_SCHEMES = ['HTTP', 'HTTPS'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const RESIZE_RESOURCES = ['cpu', 'memory'];
const RESIZE_RESTART_POLICIES = ['NotRequired', 'RestartContainer'];
const DEFAULT_TERMINATION_GRACE_PERIOD = 30;

/**
 * Container names: every container needs a DNS-1123 label as its name, unique across regular,
 * init and ephemeral containers. The API reports a clash on the later list (init containers clash
 * with regular ones, ephemeral with both) and, within a list, on the later container; several
 * unnamed regular containers clash too.
 */
export function checkContainerNames(containers: readonly ContainerRef[], errors: FieldErrors): void {
  for (const ref of containers) {
    const name = ref.container.name as unknown;
    if (name === undefined || name === '') {
      errors.required([...ref.path, 'name'], '', { node: containerAnchor(ref), why: 'Every container needs a name, unique in the pod.' });
      continue;
    }
    if (typeof name !== 'string') continue;
    for (const message of isDNS1123Label(name)) {
      errors.invalid([...ref.path, 'name'], name, message, { why: 'A container name is a DNS label: lower case letters, digits and -, at most 63.' });
    }
  }
  if (containers.length < 2) return;
  const regular = new Set<string>();
  const all = new Set<string>();
  // validateContainers, then validateInitContainers: an empty regular name is recorded, an empty init one is not.
  for (const ref of containers) {
    if (ref.list !== 'containers') continue;
    const name = nameOf(ref);
    if (name === undefined) continue;
    if (regular.has(name)) errors.duplicate([...ref.path, 'name'], name, { node: containerAnchor(ref) });
    regular.add(name);
    all.add(name);
  }
  // validateEphemeralContainers: an ephemeral container clashes with any container before it.
  for (const list of ['initContainers', 'ephemeralContainers']) {
    for (const ref of containers) {
      if (ref.list !== list) continue;
      const name = nameOf(ref);
      if (name === undefined) continue;
      if (all.has(name)) errors.duplicate([...ref.path, 'name'], name, { node: containerAnchor(ref) });
      if (name !== '') all.add(name);
    }
  }
}

function nameOf(ref: ContainerRef): string | undefined {
  const name = ref.container.name as unknown;
  if (name === undefined) return '';
  return typeof name === 'string' ? name : undefined;
}

/** A path below the container. */
function below(ref: ContainerRef, prefix: JsonPath, ...rest: (string | number)[]): JsonPath {
  return [...ref.path, ...prefix, ...rest];
}

/**
 * validateContainerCommon (image, imagePullPolicy, terminationMessagePolicy, resizePolicy) and
 * what depends on the container's list: `restartPolicy` (on init containers only `Always`; on
 * regular ones forbidden through 1.33, dropped in 1.34, from 1.35 with its restart rules), lifecycle hooks and
 * probes (not on plain init containers), and the hooks' and probes' own checks.
 */
export function checkContainer(ref: ContainerRef, podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const container = ref.container as unknown as Record<string, unknown>;

  // Only an empty image is rejected: a template's image may be blank space for tools to fill in.
  const image = container.image;
  if (image === undefined || image === '') {
    errors.required([...ref.path, 'image'], '', { node: 'image' in container ? [...ref.path, 'image'] : containerAnchor(ref), why: 'Every container needs an image to run.' });
  }

  // Empty values are defaulted (imagePullPolicy from the image tag, terminationMessagePolicy to File).
  const pullPolicy = stringOf(container.imagePullPolicy);
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) errors.notSupported([...ref.path, 'imagePullPolicy'], pullPolicy, PULL_POLICIES);
  const terminationPolicy = stringOf(container.terminationMessagePolicy);
  if (terminationPolicy && !TERMINATION_MESSAGE_POLICIES.includes(terminationPolicy)) {
    errors.notSupported([...ref.path, 'terminationMessagePolicy'], terminationPolicy, TERMINATION_MESSAGE_POLICIES);
  }
  if (errors.features.resizePolicy) checkResizePolicy(container.resizePolicy, ref, errors);

  if (ref.list === 'containers') {
    checkRegularRestartPolicy(container, ref, errors);
    checkHooksAndProbes(container, ref, podSpec, errors);
  } else if (ref.list === 'initContainers') {
    checkInitRestartPolicy(container, ref, errors);
    if (ref.sidecar) {
      checkHooksAndProbes(container, ref, podSpec, errors);
    } else {
      for (const key of INIT_CONTAINER_FORBIDDEN) {
        if (isSet(container, key)) {
          errors.forbidden([...ref.path, key], 'may not be set for init containers without restartPolicy=Always', {
            why: 'An init container runs to completion before the others start: it has no lifecycle hooks or probes, unless it is a sidecar (`restartPolicy: Always`).',
          });
        }
      }
    }
  }
}

const INIT_CONTAINER_FORBIDDEN = ['lifecycle', ...PROBES];

/**
 * An init container's `restartPolicy`: `Always` makes it a sidecar. Through 1.33 nothing else is
 * accepted; 1.34 drops any other value before validation (ContainerRestartRules off); from 1.35
 * OnFailure and Never are accepted too, with restart rules.
 */
function checkInitRestartPolicy(container: Record<string, unknown>, ref: ContainerRef, errors: FieldErrors): void {
  const restartPolicy = stringOf(container.restartPolicy);
  if (restartPolicy === undefined || restartPolicy === 'Always') return;
  const { containerRestartRulesGate, containerRestartRules } = errors.features;
  if (containerRestartRulesGate && !containerRestartRules) return;
  const supported = containerRestartRules ? CONTAINER_RESTART_POLICIES : INIT_CONTAINER_RESTART_POLICIES;
  if (supported.includes(restartPolicy)) return;
  errors.notSupported([...ref.path, 'restartPolicy'], restartPolicy, supported, {
    why: containerRestartRules
      ? 'An init container takes Always (a sidecar), OnFailure or Never.'
      : 'On an init container, `restartPolicy: Always` makes it a sidecar; nothing else is accepted before Kubernetes 1.35.',
  });
}

/**
 * A regular container's `restartPolicy`: forbidden through 1.33, dropped in 1.34 (the
 * ContainerRestartRules gate exists but is off); from 1.35 (ContainerRestartRules
 * on by default) one of Always, OnFailure, Never, with up to 20 restart rules, each a Restart
 * action on exit codes In or NotIn a list of up to 255.
 */
function checkRegularRestartPolicy(container: Record<string, unknown>, ref: ContainerRef, errors: FieldErrors): void {
  // 1.34 drops both fields before validation while its ContainerRestartRules gate is off.
  if (errors.features.containerRestartRulesGate && !errors.features.containerRestartRules) return;
  if (!errors.features.containerRestartRules) {
    if (isSet(container, 'restartPolicy')) {
      errors.forbidden([...ref.path, 'restartPolicy'], 'may not be set for non-init containers', {
        why: 'Before Kubernetes 1.34 only init containers take a restartPolicy (Always, for a sidecar); a DaemonSet restarts its containers anyway. Remove it.',
      });
    }
    return;
  }
  const policy = stringOf(container.restartPolicy);
  if (policy !== undefined && !CONTAINER_RESTART_POLICIES.includes(policy)) errors.notSupported([...ref.path, 'restartPolicy'], policy, CONTAINER_RESTART_POLICIES);
  const rules = asArray(container.restartPolicyRules);
  if (rules.length > 20) errors.tooMany([...ref.path, 'restartPolicyRules'], rules.length, 20);
  rules.forEach((raw, index) => {
    const rule = asRecord(raw);
    if (!rule) return;
    const at = [...ref.path, 'restartPolicyRules', index];
    const action = stringOf(rule.action) ?? '';
    if (action !== 'Restart') errors.notSupported([...at, 'action'], action, ['Restart'], { node: 'action' in rule ? [...at, 'action'] : at });
    const exitCodes = asRecord(rule.exitCodes);
    if (!exitCodes) {
      errors.required([...at, 'exitCodes'], 'must be specified', { node: at });
      return;
    }
    const operator = stringOf(exitCodes.operator) ?? '';
    if (operator !== 'In' && operator !== 'NotIn') errors.notSupported([...at, 'exitCodes', 'operator'], operator, ['In', 'NotIn'], { node: 'operator' in exitCodes ? [...at, 'exitCodes', 'operator'] : [...at, 'exitCodes'] });
    const values = asArray(exitCodes.values);
    if (values.length > 255) errors.tooMany([...at, 'exitCodes', 'values'], values.length, 255);
  });
}

/** validateResizePolicy (1.33 on): cpu or memory, each once, with NotRequired or RestartContainer. */
function checkResizePolicy(raw: unknown, ref: ContainerRef, errors: FieldErrors): void {
  const policies = asArray(raw);
  if (policies.length === 0) return;
  const path = [...ref.path, 'resizePolicy'];
  const seen = new Set<string>();
  policies.forEach((item, index) => {
    const policy = asRecord(item);
    if (!policy) return;
    const name = stringOf(policy.resourceName) ?? '';
    const node = [...path, index];
    if (seen.has(name)) errors.duplicate([...path, index], name, { node });
    seen.add(name);
    if (name === '') errors.required(path, '', { node });
    else if (!RESIZE_RESOURCES.includes(name)) errors.notSupported(path, name, RESIZE_RESOURCES, { node: [...node, 'resourceName'] });
    const restart = stringOf(policy.restartPolicy) ?? '';
    if (restart === '') errors.required(path, '', { node });
    else if (!RESIZE_RESTART_POLICIES.includes(restart)) errors.notSupported(path, restart, RESIZE_RESTART_POLICIES, { node: [...node, 'restartPolicy'] });
  });
}

const HOOKS = ['postStart', 'preStop'] as const;
const PROBE_COUNTS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

function checkHooksAndProbes(container: Record<string, unknown>, ref: ContainerRef, podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const lifecycle = asRecord(container.lifecycle);
  if (lifecycle) {
    for (const hook of HOOKS) {
      const handler = asRecord(lifecycle[hook]);
      if (!handler) continue;
      // Before 1.30 the sleep handler is dropped, and a hook left with no handler with it.
      if (!errors.features.sleepAction && isSet(handler, 'sleep') && Object.keys(handler).filter((k) => isSet(handler, k)).length === 1) continue;
      const types = errors.features.sleepAction ? ['exec', 'httpGet', 'tcpSocket', 'sleep'] : ['exec', 'httpGet', 'tcpSocket'];
      checkHandler(handler, types, ref, ['lifecycle', hook], podSpec, errors);
    }
  }
  for (const kind of PROBES) {
    const probe = asRecord(container[kind]);
    if (probe) checkProbe(probe, kind, ref, podSpec, errors);
  }
}

/** validateProbe plus the liveness/readiness/startup specifics. */
function checkProbe(probe: Record<string, unknown>, kind: (typeof PROBES)[number], ref: ContainerRef, podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const prefix = [kind];
  checkHandler(probe, PROBE_HANDLERS, ref, prefix, podSpec, errors);
  // Zeros are defaulted (timeout 1, period 10, thresholds 1 and 3); negatives stay negative.
  for (const key of PROBE_COUNTS) {
    const value = int32Of(probe[key]);
    if (value !== undefined && value < 0) errors.invalid(below(ref, prefix, key), value, IS_NEGATIVE_ERROR_MSG);
  }
  const gracePeriod = int64Of(probe.terminationGracePeriodSeconds);
  if (gracePeriod !== undefined && gracePeriod <= 0) errors.invalid(below(ref, prefix, 'terminationGracePeriodSeconds'), gracePeriod, 'must be greater than 0');
  if (kind === 'readinessProbe') {
    if (gracePeriod !== undefined) {
      errors.invalid(below(ref, prefix, 'terminationGracePeriodSeconds'), gracePeriod, 'must not be set for readinessProbes', {
        why: 'A failed readiness probe takes the pod out of service without killing it, so no grace period applies.',
      });
    }
  } else {
    const successThreshold = int32Of(probe.successThreshold);
    if (successThreshold !== undefined && successThreshold !== 0 && successThreshold !== 1) {
      errors.invalid(below(ref, prefix, 'successThreshold'), successThreshold, 'must be 1', { why: `A ${kind} passes on its first success: successThreshold can only be 1.` });
    }
  }
}

/** validateHandler: exactly one handler type, each valid. */
function checkHandler(handler: Record<string, unknown>, types: readonly string[], ref: ContainerRef, prefix: JsonPath, podSpec: Record<string, unknown>, errors: FieldErrors): void {
  let count = 0;
  for (const type of types) {
    if (!isSet(handler, type)) continue;
    if (count > 0) {
      errors.forbidden(below(ref, prefix, type), 'may not specify more than 1 handler type', { why: 'A probe or hook runs one action: keep one of exec, httpGet, tcpSocket, grpc or sleep.' });
      continue;
    }
    count++;
    const action = asRecord(handler[type]);
    if (!action) continue;
    if (type === 'exec') {
      if (asArray(action.command).length === 0) errors.required(below(ref, prefix, type, 'command'), '', { node: 'command' in action ? below(ref, prefix, type, 'command') : below(ref, prefix, type) });
    } else if (type === 'httpGet' || type === 'tcpSocket' || type === 'grpc') {
      checkPortNumOrName(action, ref, prefix, type, errors);
      if (type === 'httpGet') {
        // An empty scheme is defaulted to HTTP.
        const scheme = stringOf(action.scheme);
        if (scheme && !HTTP_SCHEMES.includes(scheme)) errors.notSupported(below(ref, prefix, type, 'scheme'), scheme, HTTP_SCHEMES);
        asArray(action.httpHeaders).forEach((raw, index) => {
          const header = asRecord(raw);
          if (!header) return;
          const name = stringOf(header.name) ?? '';
          for (const message of isHTTPHeaderName(name)) {
            errors.invalid(below(ref, prefix, type, 'httpHeaders'), name, message, { node: 'name' in header ? below(ref, prefix, type, 'httpHeaders', index, 'name') : below(ref, prefix, type, 'httpHeaders', index) });
          }
        });
      }
    } else if (type === 'sleep') {
      checkSleep(action, ref, prefix, podSpec, errors);
    }
  }
  if (count === 0) errors.required(below(ref, prefix), 'must specify a handler type', { why: 'A probe or hook needs one action: exec, httpGet, tcpSocket, grpc (probes) or sleep (hooks).' });
}

/** validateSleepAction: seconds within the pod's termination grace period (0 allowed from 1.33). */
function checkSleep(action: Record<string, unknown>, ref: ContainerRef, prefix: JsonPath, podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const seconds = int64Of(action.seconds) ?? 0;
  const grace = int64Of(podSpec.terminationGracePeriodSeconds) ?? DEFAULT_TERMINATION_GRACE_PERIOD;
  const why = 'A preStop or postStart sleep must end within the pod\'s terminationGracePeriodSeconds (30 unless set), or the kubelet kills it first.';
  if (errors.features.sleepZero) {
    if (seconds < 0 || seconds > grace) errors.invalid(below(ref, prefix, 'sleep'), seconds, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`, { node: below(ref, prefix, 'sleep', 'seconds'), why });
  } else if (seconds <= 0 || seconds > grace) {
    const extra = errors.features.minor >= 32 ? '. Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.' : '';
    errors.invalid(below(ref, prefix, 'sleep'), seconds, `must be greater than 0 and less than terminationGracePeriodSeconds (${grace})${extra}`, {
      node: 'seconds' in action ? below(ref, prefix, 'sleep', 'seconds') : below(ref, prefix, 'sleep'),
      why,
    });
  }
}

/** ValidatePortNumOrName: a number in range, or a port name (a quoted number is a name); gRPC takes numbers only. */
function checkPortNumOrName(action: Record<string, unknown>, ref: ContainerRef, prefix: JsonPath, type: string, errors: FieldErrors): void {
  const port = action.port;
  const path = below(ref, prefix, type, 'port');
  const node = 'port' in action ? path : below(ref, prefix, type);
  if (typeof port === 'string' && type !== 'grpc') {
    for (const message of isValidPortName(port)) errors.invalid(path, port, message, { node });
    return;
  }
  // A missing port decodes as 0.
  const number = port === undefined ? 0 : int32Of(port);
  if (number === undefined) return;
  for (const message of isValidPortNum(number)) errors.invalid(path, number, message, { node });
}
