import { defineRule } from '../types/rule.js';
import { POD_CONTAINER_LISTS, containerName, containersOf } from '../k8s/containers.js';
import { placeholderReason } from '../k8s/placeholder.js';
import { minReadySecondsOf, rolloutOf } from '../k8s/rollout.js';

export interface MinReadySecondsOptions {
  /** The smallest minReadySeconds accepted. */
  minimum: number;
}

export default defineRule<MinReadySecondsOptions>({
  id: 'min-ready-seconds',
  meta: {
    description: 'A rolling update waits a while after a pod turns ready before it moves on: minReadySeconds is set, so a crash shortly after start stops the rollout.',
    severity: 'warning',
    fixable: false,
    recommended: false,
    messages: {
      zero: {
        message: 'minReadySeconds is 0: rollout moves on once container "{{container}}" is ready',
        help: 'The DaemonSet controller counts a new pod as available once it has been ready for minReadySeconds (0 when absent), and then moves the rolling update on to the next nodes (pkg/controller/daemon/update.go). With 0, an agent whose readinessProbe passes once and that crashes a few seconds later counts as available: a broken version rolls on to every node. Set spec.minReadySeconds to the time the agent needs to prove itself (the rule asks for at least {{minimum}}; 10 to 60 seconds is common).',
      },
      tooShort: {
        message: 'minReadySeconds {{value}} is below {{minimum}}: a crash after that still rolls on',
        help: 'The DaemonSet controller counts a new pod as available once it has been ready for minReadySeconds, and then moves the rolling update on to the next nodes (pkg/controller/daemon/update.go): an agent that crashes later than that after starting rolls on to every node. Raise spec.minReadySeconds to at least {{minimum}} (the rule\'s minimum option).',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { minimum: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: { minimum: 1 },
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    if (rolloutOf(daemonSet).type !== 'RollingUpdate') return;
    const value = minReadySecondsOf(daemonSet);
    const { minimum } = context.options;
    // Not a number, or negative: schema's and api-validation's findings.
    if (value === undefined || value < 0 || value >= minimum) return;
    // A readinessProbe is what "ready" means here; without one, probes reports first.
    const probed = containersOf(daemonSet, POD_CONTAINER_LISTS).find(
      (ref) => ref.longRunning && isSet((ref.container as unknown as Record<string, unknown>).readinessProbe) && placeholderReason(ref.container) === undefined,
    );
    if (!probed) return;
    const written = (daemonSet.spec as Record<string, unknown> | undefined)?.minReadySeconds;
    // Absent: at the spec key; written: at its value.
    const place = written === undefined || written === null ? { path: ['spec'] } : { path: ['spec', 'minReadySeconds'], at: 'value' as const };
    if (value === 0) context.report({ ...place, messageId: 'zero', data: { container: containerName(probed), minimum } });
    else context.report({ ...place, messageId: 'tooShort', data: { value, minimum } });
  },
});

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}
