import { POD_SPEC_PATH } from '../k8s/containers.js';
import { describeObject } from '../k8s/object-ref.js';
import { formatAmount, percentOf } from '../k8s/quantity.js';
import { countOf, unfitText } from '../inventory/coverage.js';
import { planFleet, type PlannedDaemonSet, type Unfit } from '../inventory/plan.js';
import { schedulingProfileOf, type SchedulingProfile } from '../inventory/profile.js';
import { poolsWithNodes, type PoolCount } from '../inventory/reach.js';
import type { JsonPath } from '../types/finding.js';
import { defineRule, type InputObject, type InputRuleContext } from '../types/rule.js';

export interface NodeFitOptions {
  /** The share of a node's allocatable cpu or memory (percent) the input's DaemonSets may request together before a warning. */
  maxShare: number;
}

/** Resources whose share of the node is watched: what every workload competes for. */
const SHARED_RESOURCES = ['cpu', 'memory'] as const;

type Planned = InputObject<SchedulingProfile>;

export default defineRule<NodeFitOptions, SchedulingProfile>({
  id: 'node-fit',
  meta: {
    description:
      "With a node inventory: a DaemonSet whose pod requests more than a node it selects has (error) or does not fit next to the input's other DaemonSets there (error), and the input's DaemonSets together requesting more than `maxShare` percent of a node's cpu or memory (warning, default 25).",
    severity: 'error',
    fixable: false,
    requiresInventory: true,
    messages: {
      tooBig: {
        message: 'requests {{resource}} {{request}}, more than {{where}} can allocate ({{allocatable}})',
        help: 'The scheduler places a pod only where its requests fit in the node\'s allocatable resources; here the pod does not fit even on an empty node, so it stays Pending there for good (FailedScheduling: Insufficient {{resource}}). Lower the request, or keep the DaemonSet off those nodes with a nodeSelector or node affinity.',
      },
      missing: {
        message: 'requests {{resource}} {{request}}, which {{where}} does not have',
        help: 'A node that does not advertise a resource has none of it for the scheduler, so the pod stays Pending there (FailedScheduling: Insufficient {{resource}}). Select only the nodes that have it (nodeSelector or node affinity), or drop the request.',
      },
      crowded: {
        message: 'does not fit next to {{others}} on {{where}}: {{resource}} {{requested}} of {{allocatable}}',
        help: 'Its pod fits the node alone, but the DaemonSets placed before it ({{names}}) already request most of it: one of them stays Pending on every such node. Lower the requests, use larger nodes, or give the DaemonSets that matter most a higher priorityClassName (system-node-critical pods are placed first and may preempt).',
      },
      pods: {
        message: 'does not fit on {{where}}: its {{allocatable}} pod slots go to {{others}}',
        help: 'A node runs at most its allocatable pods count; the DaemonSets placed before it ({{names}}) take every slot, and that is before any other workload. Raise the node\'s max pods, or run fewer DaemonSets there.',
      },
      share: {
        message: 'DaemonSets request {{share}}% of {{resource}} on {{where}}: {{requested}} of {{allocatable}}',
        help: 'Daemon pods are paid on every node before any workload runs: {{daemonSets}} of this input request {{requested}} of the {{allocatable}} {{resource}} each of these nodes can allocate, more than {{maxShare}}%. Lower their requests, or use larger nodes for this pool. (Only the DaemonSets of the input are counted; static pods and other agents come on top.)',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxShare: { type: 'number', exclusiveMinimum: 0, maximum: 100 } },
    },
    defaultOptions: { maxShare: 25 },
    tags: ['reliability'],
  },
  collect(object, _options, context) {
    if (object.ref.kind !== 'DaemonSet') return undefined;
    return schedulingProfileOf(object.value, context.kubeVersion);
  },
  checkAll(objects, context) {
    const { inventory } = context;
    if (!inventory) return;
    const daemonSets: PlannedDaemonSet[] = objects.map((o) => ({ ref: o.ref, file: o.file, documentIndex: o.documentIndex, profile: o.value }));
    const plan = planFleet(daemonSets, inventory);

    // What does not fit, gathered over pools: one finding per DaemonSet and cause, naming every pool.
    const unfitByCause = new Map<string, { object: Planned; unfit: Exclude<Unfit, { kind: 'port' }>; pools: PoolCount[] }>();
    for (const poolPlan of plan.pools) {
      poolPlan.cells.forEach((cells, i) => {
        for (const cell of cells) {
          if (cell.outcome.state !== 'unfit' || cell.outcome.unfit.kind === 'port') continue;
          const { unfit } = cell.outcome;
          // Pools where it fails alike (the same resource, the same amounts) are named in one finding.
          const key = `${i}\u0000${unfitText(unfit, daemonSets)}`;
          let entry = unfitByCause.get(key);
          if (!entry) unfitByCause.set(key, (entry = { object: objects[i], unfit, pools: [] }));
          entry.pools.push({ pool: poolPlan.pool, count: cell.count });
        }
      });
    }
    for (const { object, unfit, pools } of unfitByCause.values()) reportUnfit(object, unfit, pools, objects, context.report);

    // The share of each node the DaemonSets take together, by pool; pools with the same DaemonSets over the bound are said once.
    const maxShare = context.options.maxShare;
    const crowdedShares = new Map<string, { resource: string; share: number; requested: bigint; allocatable: bigint; placed: number[]; pools: PoolCount[] }>();
    for (const poolPlan of plan.pools) {
      if (!poolPlan.allocatable) continue;
      for (const nodeClass of poolPlan.classes) {
        for (const resource of SHARED_RESOURCES) {
          const requested = nodeClass.requested[resource] ?? 0n;
          const allocatable = poolPlan.allocatable[resource];
          if (allocatable === undefined || requested > allocatable) continue;
          const share = percentOf(requested, allocatable);
          if (share <= maxShare) continue;
          const key = `${resource}\u0000${share}\u0000${nodeClass.placed.join(',')}`;
          const entry = crowdedShares.get(key);
          if (!entry) crowdedShares.set(key, { resource, share, requested, allocatable, placed: nodeClass.placed, pools: [{ pool: poolPlan.pool, count: nodeClass.count }] });
          else entry.pools.push({ pool: poolPlan.pool, count: nodeClass.count });
        }
      }
    }
    for (const { resource, share, requested, allocatable, placed, pools } of crowdedShares.values()) {
      // Said on the DaemonSet that takes most of it, with the others beside it.
      const [largest, ...others] = [...placed].sort((a, b) => Number((objects[b].value.requests.amounts[resource] ?? 0n) - (objects[a].value.requests.amounts[resource] ?? 0n)) || a - b);
      const object = objects[largest];
      context.report({
        object,
        path: requestPath(object.value, resource),
        messageId: 'share',
        severity: 'warning',
        data: {
          share,
          resource,
          where: poolsWithNodes(pools),
          requested: formatAmount(requested, resource),
          allocatable: formatAmount(allocatable, resource),
          daemonSets: countOf(placed.length, 'DaemonSet'),
          maxShare,
        },
        related: others.filter((i) => (objects[i].value.requests.amounts[resource] ?? 0n) > 0n).map((i) => ({
          object: objects[i],
          path: requestPath(objects[i].value, resource),
          message: `${describeObject(objects[i].ref)} requests ${resource} ${formatAmount(objects[i].value.requests.amounts[resource] ?? 0n, resource)} here`,
        })),
      });
    }
  },
});

function reportUnfit(object: Planned, unfit: Exclude<Unfit, { kind: 'port' }>, pools: PoolCount[], objects: readonly Planned[], report: InputRuleContext<NodeFitOptions>['report']): void {
  const whereText = poolsWithNodes(pools);
  if (unfit.kind === 'tooBig') {
    report({
      object,
      path: requestPath(object.value, unfit.resource),
      messageId: unfit.allocatable === 0n ? 'missing' : 'tooBig',
      data: { resource: unfit.resource, request: formatAmount(unfit.request, unfit.resource), allocatable: formatAmount(unfit.allocatable, unfit.resource), where: whereText },
    });
    return;
  }
  const names = unfit.with.map((i) => describeObject(objects[i].ref)).join(', ');
  const related = unfit.with.map((i) => ({
    object: objects[i],
    path: unfit.kind === 'crowded' ? requestPath(objects[i].value, unfit.resource) : ['metadata', 'name'],
    message: `${describeObject(objects[i].ref)} is placed there first`,
  }));
  const others = countOf(unfit.with.length, 'other DaemonSet');
  if (unfit.kind === 'pods') {
    report({ object, path: ['metadata', 'name'], messageId: 'pods', data: { where: whereText, allocatable: String(unfit.allocatable), others, names }, related });
    return;
  }
  report({
    object,
    path: requestPath(object.value, unfit.resource),
    messageId: 'crowded',
    data: { others, where: whereText, resource: unfit.resource, requested: formatAmount(unfit.requested, unfit.resource), allocatable: formatAmount(unfit.allocatable, unfit.resource), names },
    related,
  });
}

/** Where the request of a resource is written (the largest one), else the containers. */
function requestPath(profile: SchedulingProfile, resource: string): JsonPath {
  return profile.requests.paths[resource] ?? [...POD_SPEC_PATH, 'containers'];
}
