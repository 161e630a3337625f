import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule } from '../types/rule.js';
import { podSpecOf } from '../k8s/containers.js';
import { formatRolloutField, rolloutOf } from '../k8s/rollout.js';
import { isCatchAll } from '../k8s/tolerations.js';
import { asRecord } from '../k8s/values.js';

export interface RolloutMaxUnavailableOptions {
  /** The largest share of nodes (percent) a critical DaemonSet may update at once. */
  criticalMaxPercent: number;
  /** The largest count of nodes a critical DaemonSet may update at once; null for no bound on counts. */
  criticalMaxCount: number | null;
  /** Priority classes that mark a DaemonSet critical. */
  criticalPriorityClasses: string[];
}

const CONTROLLER =
  'The DaemonSet controller replaces old pods on at most maxUnavailable nodes at a time, counting every node whose pod is not available (ready for minReadySeconds); a percentage is of the nodes that should run the pod, rounded up (pkg/controller/daemon/update.go).';

export default defineRule<RolloutMaxUnavailableOptions>({
  id: 'rollout-max-unavailable',
  meta: {
    description: 'A rolling update takes down a bounded share of nodes at once: never all of them, and little of a critical DaemonSet; OnDelete is noted as a manual rollout.',
    severity: 'warning',
    fixable: false,
    messages: {
      all: {
        message: 'maxUnavailable {{value}}: an update takes the agent down on every node at once',
        help: `${CONTROLLER} With 100% every old pod is deleted at the start of an update, so a broken version reaches every node before one of them has shown it works, and nodes run without the agent meanwhile. Set maxUnavailable to a count or a small percentage (the default is 1).`,
      },
      critical: {
        message: 'maxUnavailable {{value}} on a critical DaemonSet ({{why}}): above {{bound}}',
        help: `${CONTROLLER} This DaemonSet is critical ({{why}}): while its pod is replaced the node lacks it, and a broken version reaches {{value}} of the nodes before the rollout can stop. Lower maxUnavailable to {{bound}} or less (the rule's criticalMaxPercent and criticalMaxCount options), or set maxSurge with maxUnavailable: 0 so that the old pod runs until the new one is available.`,
      },
      onDelete: {
        message: 'updateStrategy OnDelete: pods are updated only when deleted by hand',
        help: 'With OnDelete the DaemonSet controller does not replace pods when the template changes: each node keeps the old version until someone deletes its pod, so nodes drift apart. That can be deliberate (a CNI upgraded node by node with drains); otherwise use RollingUpdate.',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        criticalMaxPercent: { type: 'integer', minimum: 0, maximum: 100 },
        criticalMaxCount: { type: ['integer', 'null'], minimum: 0 },
        criticalPriorityClasses: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: { criticalMaxPercent: 25, criticalMaxCount: null, criticalPriorityClasses: ['system-node-critical', 'system-cluster-critical'] },
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const rollout = rolloutOf(daemonSet);
    if (rollout.type === 'OnDelete') {
      context.report({ path: rollout.typePath ?? ['spec', 'updateStrategy'], at: 'value', messageId: 'onDelete', severity: 'info' });
      return;
    }
    const field = rollout.maxUnavailable;
    // A defaulted maxUnavailable is 1; other types are update-strategy's finding.
    if (rollout.type !== 'RollingUpdate' || field.path === undefined) return;
    const value = formatRolloutField(field);
    if (field.kind === 'percent' && field.amount >= 100) {
      context.report({ path: field.path, at: 'value', messageId: 'all', data: { value } });
      return;
    }
    const why = criticalBecause(daemonSet, context.options.criticalPriorityClasses);
    if (why === undefined) return;
    const { criticalMaxPercent, criticalMaxCount } = context.options;
    if (field.kind === 'percent' && field.amount > criticalMaxPercent) {
      context.report({ path: field.path, at: 'value', messageId: 'critical', data: { value, why, bound: `${criticalMaxPercent}%` } });
    } else if (field.kind === 'count' && criticalMaxCount !== null && field.amount > criticalMaxCount) {
      context.report({ path: field.path, at: 'value', messageId: 'critical', data: { value, why, bound: String(criticalMaxCount) } });
    }
  },
});

/** Why the DaemonSet is critical: its priority class, or a toleration of every taint (it runs on every node, whatever its state). */
function criticalBecause(daemonSet: DaemonSet, classes: readonly string[]): string | undefined {
  const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
  const priorityClassName = podSpec?.priorityClassName;
  if (typeof priorityClassName === 'string' && classes.includes(priorityClassName)) return priorityClassName;
  const tolerations = podSpec?.tolerations;
  if (Array.isArray(tolerations) && tolerations.some((t) => isCatchAll(t) && isEmpty(asRecord(t)?.effect))) return 'it tolerates every taint';
  return undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
