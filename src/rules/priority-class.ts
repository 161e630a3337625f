import { defineRule } from '../types/rule.js';
import { POD_SPEC_PATH, podSpecOf } from '../k8s/containers.js';

/**
 * The PriorityClasses every cluster has, with their values
 * (SystemCriticalPriority in k8s.io/kubernetes/pkg/apis/scheduling, and 1000 above it).
 */
const BUILT_IN_PRIORITIES: ReadonlyMap<string, number> = new Map([
  ['system-cluster-critical', 2_000_000_000],
  ['system-node-critical', 2_000_001_000],
]);

export default defineRule({
  id: 'priority-class',
  meta: {
    description: 'The pod template names a PriorityClass, so the daemon is not the first pod preempted or evicted.',
    severity: 'warning',
    fixable: false,
    messages: {
      missing: {
        message: 'no priorityClassName: pods get the default priority (usually 0)',
        help: 'Without a PriorityClass the pods get the default priority (0 unless the cluster has a globalDefault PriorityClass): on a full node they cannot preempt anything and stay Pending, and under node pressure they are among the first evicted. Set priorityClassName: system-node-critical for agents the node cannot work without, or a PriorityClass of your own.',
      },
      empty: {
        message: 'priorityClassName is empty: pods get the default priority',
        help: 'An empty priorityClassName names no PriorityClass: the pods get the default priority (0 unless the cluster has a globalDefault PriorityClass) and are among the first preempted or evicted. Name a PriorityClass: system-node-critical for agents the node cannot work without, or one of your own.',
      },
      numericOnly: {
        message: 'priority {{priority}} without a priorityClassName: pods are rejected',
        help: "The Priority admission controller computes each pod's priority from its class (0 unless the cluster has a globalDefault PriorityClass) and rejects pods whose priority differs, so the DaemonSet cannot create its pods. Set priorityClassName and remove priority.",
      },
      mismatch: {
        message: 'priority {{priority}} differs from {{className}}: {{expected}}',
        help: "The Priority admission controller sets each pod's priority from its PriorityClass ({{className}} has {{expected}}) and rejects pods that give another, so the DaemonSet cannot create its pods. Remove priority: the admission controller fills it in.",
      },
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    // Without a pod template there is nothing to give a priority to; the schema rule reports it.
    if (!podSpec) return;
    const className = podSpec.priorityClassName;
    // `priority` is normally left to the admission controller, which fills it in from the class.
    const priority = podSpec.priority;
    const hasPriority = typeof priority === 'number';

    if (className === undefined || className === null || className === '') {
      if (hasPriority) {
        context.report({ path: [...POD_SPEC_PATH, 'priority'], messageId: 'numericOnly', data: { priority } });
      } else if (className === undefined && !('priorityClassName' in podSpec)) {
        context.report({ path: POD_SPEC_PATH, messageId: 'missing' });
      } else {
        context.report({ path: [...POD_SPEC_PATH, 'priorityClassName'], messageId: 'empty' });
      }
      return;
    }
    // A class of the cluster's own has a value only the cluster knows; the built-in ones are fixed.
    if (typeof className !== 'string' || !hasPriority) return;
    const expected = BUILT_IN_PRIORITIES.get(className);
    if (expected !== undefined && priority !== expected) {
      context.report({
        path: [...POD_SPEC_PATH, 'priority'],
        at: 'value',
        messageId: 'mismatch',
        data: { priority, expected, className },
      });
    }
  },
});
