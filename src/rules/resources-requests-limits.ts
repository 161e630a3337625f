import { defineRule, type RuleContext } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { POD_CONTAINER_LISTS, POD_SPEC_PATH, containerAnchor, containerName, containersOf, podSpecOf, type ContainerRef } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { compareQuantities, parseQuantity } from '../k8s/quantity.js';
import { podLevelResourcesHonoured } from '../k8s/pod-level-resources.js';

/** The resources the options can require, in the order messages name them. */
const RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;
type Resource = (typeof RESOURCES)[number];

export interface ResourcesRequestsLimitsOptions {
  /** Resources every container must request (a limit on the same resource also counts). */
  requests: Resource[];
  /** Resources every container must limit. */
  limits: Resource[];
}

/** Pod-level resources cover cpu and memory (and hugepages), never ephemeral-storage. */
const POD_LEVEL_SUPPORTED: ReadonlySet<string> = new Set(['cpu', 'memory']);

type ResourceList = Record<string, unknown> | undefined;

const resourceList = { type: 'array', items: { enum: [...RESOURCES] }, uniqueItems: true };

export default defineRule<ResourcesRequestsLimitsOptions>({
  id: 'resources-requests-limits',
  meta: {
    description: 'Every container requests and limits cpu and memory, and no request exceeds its limit.',
    severity: 'error',
    fixable: false,
    messages: {
      missing: {
        message: 'container "{{container}}" has {{missing}}',
        help: 'Without requests the scheduler places the pod as if it needed nothing, and the node can run out of what the daemon needs; without limits one daemon can starve every workload on every node. Set {{fields}} (size them from what the daemon uses on a busy node).',
      },
      requestAboveLimit: {
        message: '{{subject}} requests {{resource}} {{request}}, above its limit {{limit}}',
        help: 'The API server rejects a request greater than its limit ({{subject}} requests {{resource}} {{request}} but limits it to {{limit}}). Lower the request or raise the limit.',
      },
      requestNotLimit: {
        message: '{{subject}} requests {{resource}} {{request}}, not its limit {{limit}}',
        help: '{{resource}} cannot be overcommitted, so the API server requires its request to equal its limit ({{subject}} requests {{request}} but limits it to {{limit}}). Set both to the same value.',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { requests: resourceList, limits: resourceList },
    },
    defaultOptions: { requests: ['cpu', 'memory'], limits: ['cpu', 'memory'] },
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    // kubernetes-types predates pod-level `resources`, so the pod spec is read untyped.
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    let podRequests: ResourceList;
    let podLimits: ResourceList;
    const podLevel = podLevelResourcesHonoured(context.kubeVersion);
    if (podLevel) {
      const resources = asRecord(podSpec?.resources);
      podRequests = asRecord(resources?.requests);
      podLimits = asRecord(resources?.limits);
    }

    // Ephemeral containers are left out: the API forbids them in a pod template, and forbids
    // them resources anyway.
    const containers = containersOf(daemonSet, POD_CONTAINER_LISTS);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const resources = asRecord(ref.container.resources);
      const requests = asRecord(resources?.requests);
      const limits = asRecord(resources?.limits);
      reportMissing(ref, requests, limits, podRequests, podLimits, context);
      if (requests && limits) compareRequestsWithLimits(requests, limits, ref, context);
    }
    if (podLevel && podRequests && podLimits) compareRequestsWithLimits(podRequests, podLimits, undefined, context);
  },
});

function reportMissing(
  ref: ContainerRef,
  requests: ResourceList,
  limits: ResourceList,
  podRequests: ResourceList,
  podLimits: ResourceList,
  context: RuleContext<ResourcesRequestsLimitsOptions>,
): void {
  const options = context.options;
  // A limit without a request is not a missing request: when the pod is created Kubernetes sets
  // the request to the limit (SetDefaults_Pod), and likewise for pod-level limits.
  let missingRequests: Resource[] | undefined;
  let missingLimits: Resource[] | undefined;
  for (let i = 0; i < RESOURCES.length; i++) {
    const r = RESOURCES[i];
    if (
      options.requests.includes(r) &&
      !stated(requests, r) &&
      !stated(limits, r) &&
      !coveredByPod(r, podRequests) &&
      !coveredByPod(r, podLimits)
    ) {
      (missingRequests ??= []).push(r);
    }
    if (options.limits.includes(r) && !stated(limits, r) && !coveredByPod(r, podLimits)) (missingLimits ??= []).push(r);
  }
  if (!missingRequests && !missingLimits) return;

  const parts: string[] = [];
  if (missingRequests && missingLimits && missingRequests.join() === missingLimits.join()) {
    parts.push(`no ${joinWords(missingRequests, 'or')} request or limit`);
  } else {
    if (missingRequests) parts.push(`no ${joinWords(missingRequests, 'or')} request`);
    if (missingLimits) parts.push(`no ${joinWords(missingLimits, 'or')} limit`);
  }
  const fields = [
    ...(missingRequests ?? []).map((r) => `resources.requests.${r}`),
    ...(missingLimits ?? []).map((r) => `resources.limits.${r}`),
  ];
  context.report({
    path: missingAnchor(ref, missingRequests !== undefined, missingLimits !== undefined),
    messageId: 'missing',
    data: { container: containerName(ref), missing: parts.join(' and '), fields: joinWords(fields, 'and') },
  });
}

function coveredByPod(resource: Resource, list: ResourceList): boolean {
  return POD_LEVEL_SUPPORTED.has(resource) && stated(list, resource);
}

/** The most specific node that exists and holds everything missing: the list, `resources`, or the container. */
function missingAnchor(ref: ContainerRef, requestsMissing: boolean, limitsMissing: boolean): JsonPath {
  const container = ref.container as unknown as Record<string, unknown>;
  const resources = asRecord(container.resources);
  const resourcesPath = [...ref.path, 'resources'];
  if (resources && requestsMissing !== limitsMissing) {
    const list = requestsMissing ? 'requests' : 'limits';
    if (list in resources) return [...resourcesPath, list];
  }
  return 'resources' in container ? resourcesPath : containerAnchor(ref);
}

/** Reports requests above their limit; `ref` is the container, or undefined for the pod-level resources. */
function compareRequestsWithLimits(
  requests: Record<string, unknown>,
  limits: Record<string, unknown>,
  ref: ContainerRef | undefined,
  context: RuleContext<ResourcesRequestsLimitsOptions>,
): void {
  for (const resource in requests) {
    if (!Object.hasOwn(requests, resource) || !(resource in limits)) continue;
    const requestValue = requests[resource];
    const limitValue = limits[resource];
    const request = parseQuantity(requestValue);
    const limit = parseQuantity(limitValue);
    // Values that are not quantities are the schema rule's to report.
    if (!request || !limit) continue;
    const order = compareQuantities(request, limit);
    const messageId = order > 0 ? 'requestAboveLimit' : order < 0 && !overcommitAllowed(resource) ? 'requestNotLimit' : undefined;
    if (!messageId) continue;
    const requestsPath: JsonPath = ref ? [...ref.path, 'resources', 'requests'] : POD_REQUESTS_PATH;
    context.report({
      path: [...requestsPath, resource],
      at: 'value',
      messageId,
      data: { subject: ref ? `container "${containerName(ref)}"` : 'the pod', resource, request: asWritten(requestValue), limit: asWritten(limitValue) },
    });
  }
}

const POD_REQUESTS_PATH: JsonPath = [...POD_SPEC_PATH, 'resources', 'requests'];

/** Present with a value: `cpu:` with nothing after it says nothing. */
function stated(list: ResourceList, resource: string): boolean {
  return list !== undefined && list[resource] !== undefined && list[resource] !== null;
}

/**
 * Extended resources (`example.com/gpu`) and hugepages cannot be overcommitted: the API wants
 * their request equal to their limit (helper.IsOvercommitAllowed in pkg/apis/core).
 */
function overcommitAllowed(resource: string): boolean {
  const native = !resource.includes('/') || resource.includes('kubernetes.io/');
  return native && !resource.startsWith('hugepages-');
}

function asWritten(value: unknown): string {
  return typeof value === 'string' ? value.trim() : String(value);
}

function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
