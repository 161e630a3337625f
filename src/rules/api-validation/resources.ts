import type { JsonPath } from '../../types/finding.js';
import { POD_SPEC_PATH, type ContainerRef } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Label, nameIsDNSSubdomain } from '../../k8s/names.js';
import { labelKeyErrors } from '../../k8s/selector.js';
import { compareQuantities, parseQuantity, type Quantity } from '../../k8s/quantity.js';
import { type FieldErrors, mapKey, stringOf } from './field-errors.js';
import { canonicalQuantity } from './quantities.js';

/** helper.IsStandardResourceName: what a resource list may name without a `/`. */
const STANDARD_RESOURCES = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'services',
  'replicationcontrollers',
  'resourcequotas',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);
/** Resources counted in whole units (helper.IsIntegerResourceName), extended resources aside. */
const INTEGER_RESOURCES = new Set(['pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers']);

function isHugePages(name: string): boolean {
  return name.startsWith('hugepages-');
}
function isStandardResource(name: string): boolean {
  return STANDARD_RESOURCES.has(name) || isHugePages(name) || name.startsWith('requests.hugepages-');
}
function isStandardContainerResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || name === 'ephemeral-storage' || isHugePages(name);
}
/** helper.IsNativeResource: no `/`, or in the kubernetes.io domain. */
function isNative(name: string): boolean {
  return !name.includes('/') || name.includes('kubernetes.io/');
}
/** helper.IsExtendedResourceName: not native, not `requests.`-prefixed, and a qualified name with `requests.` before it. */
function isExtended(name: string): boolean {
  return !isNative(name) && !name.startsWith('requests.') && labelKeyErrors(`requests.${name}`).length === 0;
}
/** Overcommitting (request below limit) is allowed for the native resources but hugepages. */
function isOvercommitAllowed(name: string): boolean {
  return isNative(name) && !isHugePages(name);
}

const RESOURCE_NAME_WHY =
  'A container asks for cpu, memory, ephemeral-storage, hugepages-<size>, or an extended resource named with a domain (example.com/gpu).';

/**
 * validateResourceName (and, for containers, validateContainerResourceName): a qualified name, a
 * standard name without `/`, for containers one of cpu, memory, ephemeral-storage or hugepages-*,
 * with `/` a native or an extended resource name. Returns whether the name passed.
 */
function checkResourceName(name: string, path: JsonPath, node: JsonPath, container: boolean, errors: FieldErrors): boolean {
  const before = errors.count;
  const options = { node, at: 'key' as const, why: RESOURCE_NAME_WHY };
  const messages = labelKeyErrors(name);
  for (const message of messages) errors.invalid(path, name, message, options);
  if (messages.length > 0) return false;
  if (!name.includes('/')) {
    if (!isStandardResource(name)) errors.invalid(path, name, 'must be a standard resource type or fully qualified', options);
    if (container && !isStandardContainerResource(name)) errors.invalid(path, name, 'must be a standard resource for containers', options);
  } else if (container && !isNative(name) && !isExtended(name)) {
    errors.invalid(path, name, "doesn't follow extended resource name standard", options);
  }
  return errors.count === before;
}

/** ValidateResourceQuantityValue: not negative; whole for integer resources. */
function checkQuantityValue(name: string, raw: unknown, q: Quantity, path: JsonPath, node: JsonPath, errors: FieldErrors): void {
  // The canonical form (BigInt arithmetic) only for an error: most quantities are fine.
  if (q.sign < 0) errors.invalid(path, canonicalQuantity(q, raw), 'must be greater than or equal to 0', { node, why: 'A resource amount cannot be negative.' });
  if ((INTEGER_RESOURCES.has(name) || isExtended(name)) && q.exponent < 0) {
    errors.invalid(path, canonicalQuantity(q, raw), 'must be an integer', { node, why: 'Extended resources (devices) are counted in whole units.' });
  }
}

/** What a resource list holds: its valid names with their quantities. */
type Amounts = Map<string, { q: Quantity; raw: unknown }>;

function readList(list: unknown, path: JsonPath, container: boolean, errors: FieldErrors, hugepageMultiples: boolean): Amounts {
  const out: Amounts = new Map();
  const record = asRecord(list);
  if (!record) return out;
  for (const name of Object.keys(record)) {
    const field = mapKey(path, name);
    const node = [...path, name];
    if (!checkResourceName(name, field, node, container, errors)) continue;
    const raw = record[name];
    const q = parseQuantity(raw);
    if (!q) continue; // not a quantity: the schema rule's
    checkQuantityValue(name, raw, q, field, node, errors);
    if (hugepageMultiples && isHugePages(name)) checkHugePageValue(name, raw, q, field, node, errors);
    out.set(name, { q, raw });
  }
  return out;
}

/** validateResourceQuantityHugePageValue: a positive whole multiple of the page size. */
function checkHugePageValue(name: string, raw: unknown, q: Quantity, path: JsonPath, node: JsonPath, errors: FieldErrors): void {
  const size = parseQuantity(name.slice('hugepages-'.length));
  if (!size || size.sign <= 0) return;
  const value = asNanos(q);
  const page = asNanos(size);
  if (value <= 0n || value % page !== 0n) {
    errors.invalid(path, canonicalQuantity(q, raw), `${canonicalQuantity(q, raw)} is not positive integer multiple of ${name}`, {
      node,
      why: 'Huge pages are allocated in whole pages of the size the resource names.',
    });
  }
}

function asNanos(q: Quantity): bigint {
  const shift = q.exponent + 9;
  const magnitude = shift >= 0 ? q.coefficient * 10n ** BigInt(shift) : q.coefficient / 10n ** BigInt(-shift);
  return q.sign < 0 ? -magnitude : magnitude;
}

/**
 * ValidateContainerResourceRequirements: names and quantities of limits and requests, hugepages
 * in whole pages and beside cpu or memory, a limit for every non-overcommittable request (an
 * extended resource or hugepages), and resource claims (1.34 on) naming the pod's claims. A
 * request above its limit, and a non-overcommittable request that differs from its limit, are
 * resources-requests-limits' findings.
 */
export function checkContainerResources(ref: ContainerRef, podClaims: ReadonlySet<string>, errors: FieldErrors): void {
  const resources = asRecord(ref.container.resources);
  if (!resources) return;
  const path = [...ref.path, 'resources'];
  const limits = readList(resources.limits, [...path, 'limits'], true, errors, true);
  const requests = readList(resources.requests, [...path, 'requests'], true, errors, true);
  for (const name of requests.keys()) {
    if (!isOvercommitAllowed(name) && !limits.has(name)) {
      errors.required([...path, 'limits'], 'Limit must be set for non overcommitable resources', {
        node: [...path, 'requests', name],
        at: 'key',
        why: `${name} cannot be overcommitted: set its limit, equal to the request.`,
      });
    }
  }
  const names = [...limits.keys(), ...requests.keys()];
  if (names.some(isHugePages) && !names.some((n) => n === 'cpu' || n === 'memory')) {
    errors.forbidden(path, 'HugePages require cpu or memory', { node: path, why: 'A container that asks for huge pages must also ask for cpu or memory.' });
  }
  if (errors.features.resourceClaims) checkContainerClaims(resources.claims, [...path, 'claims'], podClaims, errors);
}

/** validateResourceClaimNames (1.34 on): each claim named once, a request a DNS label, the name one of the pod's claims. */
function checkContainerClaims(raw: unknown, path: JsonPath, podClaims: ReadonlySet<string>, errors: FieldErrors): void {
  const seen = new Set<string>();
  asArray(raw).forEach((item, index) => {
    const claim = asRecord(item);
    if (!claim) return;
    const name = stringOf(claim.name) ?? '';
    const request = stringOf(claim.request) ?? '';
    const at = [...path, index];
    if (name === '') {
      errors.required(at, '', { node: at });
      return;
    }
    const key = `${name}/${request}`;
    if (seen.has(key) || (request === '' && [...seen].some((s) => s.startsWith(`${name}/`)))) errors.duplicate(at, name);
    seen.add(key);
    if (request !== '') for (const message of isDNS1123Label(request)) errors.invalid([...at, 'request'], request, message);
    if (!podClaims.has(name)) {
      const detail = podClaims.size === 0 ? 'must be one of the names in pod.spec.resourceClaims which is empty' : `must be one of the names in pod.spec.resourceClaims: ${[...podClaims].join(', ')}`;
      errors.notFound(at, name, { node: 'name' in claim ? [...at, 'name'] : at }, detail);
    }
  });
}

/** validatePodResourceClaims (1.34 on): names unique DNS labels, one of resourceClaimName and resourceClaimTemplateName. Returns the names. */
export function checkPodResourceClaims(podSpec: Record<string, unknown>, errors: FieldErrors): Set<string> {
  const names = new Set<string>();
  if (!errors.features.resourceClaims) return names;
  asArray(podSpec.resourceClaims).forEach((raw, index) => {
    const claim = asRecord(raw);
    if (!claim) return;
    const at = [...POD_SPEC_PATH, 'resourceClaims', index];
    const name = stringOf(claim.name) ?? '';
    if (name === '') errors.required([...at, 'name'], '', { node: 'name' in claim ? [...at, 'name'] : at });
    else {
      if (names.has(name)) errors.duplicate([...at, 'name'], name);
      for (const message of isDNS1123Label(name)) errors.invalid([...at, 'name'], name, message);
      names.add(name);
    }
    const claimName = stringOf(claim.resourceClaimName);
    const templateName = stringOf(claim.resourceClaimTemplateName);
    if (claimName !== undefined && templateName !== undefined) {
      errors.invalid(at, claim, 'at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified', { node: at });
    } else if (claimName === undefined && templateName === undefined) {
      errors.invalid(at, claim, 'must specify one of: `resourceClaimName`, `resourceClaimTemplateName`', { node: at });
    }
    for (const [field, value] of [['resourceClaimName', claimName], ['resourceClaimTemplateName', templateName]] as const) {
      if (value !== undefined) for (const message of nameIsDNSSubdomain(value)) errors.invalid([...at, field], value, message);
    }
  });
  return names;
}

const POD_LEVEL_RESOURCES = ['cpu', 'memory'];

/**
 * validatePodResources (1.34 on; the field is dropped before): no claims, only cpu and memory
 * (and hugepages), quantities not negative, requests at least what the containers request
 * together, container limits at most the pod's.
 */
export function checkPodResources(podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  if (!errors.features.podLevelResources) return;
  const resources = asRecord(podSpec.resources);
  if (!resources) return;
  const path = [...POD_SPEC_PATH, 'resources'];
  if (asArray(resources.claims).length > 0) errors.forbidden([...path, 'claims'], 'claims cannot be set for Resources at pod-level');
  const read = (key: 'limits' | 'requests'): Amounts => {
    const out: Amounts = new Map();
    const record = asRecord(resources[key]);
    if (!record) return out;
    for (const name of Object.keys(record)) {
      const field = mapKey([...path, key], name);
      const node = [...path, key, name];
      if (!checkResourceName(name, field, node, false, errors)) continue;
      if (!POD_LEVEL_RESOURCES.includes(name) && !isHugePages(name)) {
        errors.notSupported(field, name, POD_LEVEL_RESOURCES, { node, at: 'key' });
        continue;
      }
      const q = parseQuantity(record[name]);
      if (!q) continue;
      checkQuantityValue(name, record[name], q, field, node, errors);
      out.set(name, { q, raw: record[name] });
    }
    return out;
  };
  const limits = read('limits');
  const requests = read('requests');
  // What the containers request together (resourcehelper.PodRequests): the long-running ones
  // (regular and sidecar) add up; a plain init container runs alone, beside the sidecars started
  // before it; the larger of the two is the pod's.
  const aggregate = new Map<string, Quantity>();
  for (const name of requests.keys()) {
    let running: Quantity | undefined;
    let sidecars: Quantity | undefined;
    let initPeak: Quantity | undefined;
    for (const ref of containers) {
      if (ref.list === 'ephemeralContainers') continue;
      const q = parseQuantity(asRecord(asRecord(ref.container.resources)?.requests)?.[name]);
      if (ref.longRunning) {
        if (q) running = running ? add(running, q) : q;
        if (q && ref.sidecar) sidecars = sidecars ? add(sidecars, q) : q;
      } else if (q) {
        const alone = sidecars ? add(sidecars, q) : q;
        if (!initPeak || compareQuantities(alone, initPeak) > 0) initPeak = alone;
      }
    }
    const total = running && initPeak ? (compareQuantities(running, initPeak) >= 0 ? running : initPeak) : (running ?? initPeak);
    if (total) aggregate.set(name, total);
  }
  for (const [name, { q, raw }] of requests) {
    const total = aggregate.get(name);
    if (total && compareQuantities(total, q) > 0) {
      errors.invalid(mapKey([...path, 'requests'], name), canonicalQuantity(q, raw), `must be greater than or equal to aggregate container requests of ${canonicalQuantity(total)}`, {
        node: [...path, 'requests', name],
        why: 'The pod-level request is the pod\'s total: it cannot be less than what its containers request together.',
      });
    }
    const limit = limits.get(name);
    if (limit && compareQuantities(q, limit.q) > 0) {
      errors.invalid(mapKey([...path, 'requests'], name), canonicalQuantity(q, raw), `must be less than or equal to ${name} limit of ${canonicalQuantity(limit.q, limit.raw)}`, { node: [...path, 'requests', name] });
    }
  }
  for (const ref of containers) {
    if (ref.list === 'ephemeralContainers') continue;
    const own = asRecord(asRecord(ref.container.resources)?.limits);
    if (!own) continue;
    for (const [name, limit] of limits) {
      const q = parseQuantity(own[name]);
      if (q && compareQuantities(q, limit.q) > 0) {
        errors.invalid([...mapKey([...path, 'containers', ref.index], name), 'limits'], canonicalQuantity(q, own[name]), `must be less than or equal to pod limits of ${canonicalQuantity(limit.q, limit.raw)}`, {
          node: [...ref.path, 'resources', 'limits', name],
        });
      }
    }
  }
}

function add(a: Quantity, b: Quantity): Quantity {
  const exponent = Math.min(a.exponent, b.exponent);
  const value = (x: Quantity): bigint => BigInt(x.sign) * x.coefficient * 10n ** BigInt(x.exponent - exponent);
  const sum = value(a) + value(b);
  return { sign: sum < 0n ? -1 : sum > 0n ? 1 : 0, coefficient: sum < 0n ? -sum : sum, exponent };
}

/** validateOverhead: resource names and quantities, as for any resource list. */
export function checkOverhead(podSpec: Record<string, unknown>, errors: FieldErrors): void {
  readList(podSpec.overhead, [...POD_SPEC_PATH, 'overhead'], false, errors, false);
}
