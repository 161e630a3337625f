import { formatHostPort } from '../k8s/host-ports.js';
import { formatAmount } from '../k8s/quantity.js';
import { describeObject } from '../k8s/object-ref.js';
import type { CoverageReport, DaemonSetCoverage, Inventory, InventoryTaint, NodeOutcome } from '../types/inventory.js';
import type { Miss } from './place.js';
import type { FleetPlan, PlannedDaemonSet, Unfit } from './plan.js';

/** `dedicated=gpu:NoSchedule`, `node-role.kubernetes.io/control-plane:NoSchedule`: as kubectl writes a taint. */
export function formatTaint(taint: InventoryTaint): string {
  return `${taint.key}${taint.value === '' ? '' : `=${taint.value}`}:${taint.effect}`;
}

/** Why the controller creates no pod on a node, in words. */
export function missText(miss: Miss): string {
  if (miss.kind === 'selection') return `node selection: ${miss.detail}`;
  const list = miss.taints.map(formatTaint).join(', ');
  return `${miss.taints.length === 1 ? 'taint' : 'taints'} ${list} not tolerated`;
}

/** Why a created pod stays Pending, in words. */
export function unfitText(unfit: Unfit, daemonSets: readonly PlannedDaemonSet[]): string {
  switch (unfit.kind) {
    case 'tooBig':
      return unfit.allocatable === 0n
        ? `requests ${unfit.resource} ${formatAmount(unfit.request, unfit.resource)}, which the node does not have`
        : `requests ${unfit.resource} ${formatAmount(unfit.request, unfit.resource)}, more than the node's allocatable ${formatAmount(unfit.allocatable, unfit.resource)}`;
    case 'crowded':
      return `with ${countOf(unfit.with.length, 'other DaemonSet')}, ${unfit.resource} requests come to ${formatAmount(unfit.requested, unfit.resource)} of ${formatAmount(unfit.allocatable, unfit.resource)} allocatable`;
    case 'pods':
      return `the node allows ${unfit.allocatable} pods, taken by ${countOf(unfit.with.length, 'other DaemonSet')}`;
    case 'port':
      return `host port ${formatHostPort(unfit.port)} is taken by ${describeObject(daemonSets[unfit.other].ref)}`;
  }
}

export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const UNFIT_CAUSES = { tooBig: 'resources', crowded: 'crowded', pods: 'pods', port: 'hostPort' } as const;

/**
 * The coverage report (`coverage` in the JSON report, the `coverage` format, the Action's job
 * summary): for each DaemonSet, the nodes it runs on, misses and does not fit, with reasons, by
 * pool, and its requests summed over the nodes it runs on.
 */
export function coverageReport(plan: FleetPlan, inventory: Inventory): CoverageReport {
  const daemonSets = plan.daemonSets.map((daemonSet, i): DaemonSetCoverage => {
    const missed: NodeOutcome[] = [];
    const unfit: NodeOutcome[] = [];
    const pools: DaemonSetCoverage['pools'] = [];
    let scheduled = 0;
    for (const poolPlan of plan.pools) {
      const { pool } = poolPlan;
      const counts = { pool: pool.name, runs: 0, misses: 0, notSelected: 0, unfit: 0 };
      for (const cell of poolPlan.cells[i]) {
        const { outcome } = cell;
        if (outcome.state === 'runs') {
          counts.runs += cell.count;
          continue;
        }
        const reason = outcome.state === 'misses' ? missText(outcome.miss) : unfitText(outcome.unfit, plan.daemonSets);
        const cause = outcome.state === 'misses' ? outcome.miss.kind : UNFIT_CAUSES[outcome.unfit.kind];
        const into = outcome.state === 'misses' ? missed : unfit;
        if (outcome.state === 'unfit') counts.unfit += cell.count;
        else {
          counts.misses += cell.count;
          if (cause === 'selection') counts.notSelected += cell.count;
        }
        if (cell.nodes) for (const n of cell.nodes) into.push({ node: pool.nodes[n], pool: pool.name, cause, reason });
        else for (const node of pool.nodes) into.push({ node, pool: pool.name, cause, reason });
      }
      scheduled += counts.runs;
      pools.push(counts);
    }
    const { amounts } = daemonSet.profile.requests;
    const total = BigInt(scheduled);
    return {
      object: daemonSet.ref,
      file: daemonSet.file,
      documentIndex: daemonSet.documentIndex,
      nodes: { total: inventory.nodeCount, scheduled, missed, unfit },
      pools,
      fleetRequests: { cpu: formatAmount((amounts.cpu ?? 0n) * total, 'cpu'), memory: formatAmount((amounts.memory ?? 0n) * total, 'memory') },
    };
  });
  return {
    inventory: {
      files: inventory.files,
      nodes: inventory.nodeCount,
      pools: inventory.pools.map((pool) => {
        const out: CoverageReport['inventory']['pools'][number] = {
          name: pool.name,
          group: pool.group,
          nodes: pool.nodes.length,
          labels: pool.labels,
          taints: pool.taints,
          unschedulable: pool.unschedulable,
          planned: pool.planned,
        };
        if (pool.allocatable) out.allocatable = pool.allocatable;
        return out;
      }),
    },
    daemonSets,
  };
}
