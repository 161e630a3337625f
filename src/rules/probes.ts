import { defineRule } from '../types/rule.js';
import { POD_CONTAINER_LISTS, containerAnchor, containerName, containersOf } from '../k8s/containers.js';

export default defineRule({
  id: 'probes',
  meta: {
    description: 'Every long-running container has a livenessProbe or a readinessProbe.',
    severity: 'warning',
    fixable: false,
    messages: {
      missing:
        'container "{{container}}" has no livenessProbe or readinessProbe: a hung agent keeps running unnoticed on its node, and a rolling update moves on to the next node as soon as the new container starts; add a readinessProbe (it gates the rollout) or a livenessProbe (it restarts a hung container)',
      startupOnly:
        'container "{{container}}" has only a startupProbe, which stops checking once the container has started: a hung agent keeps running unnoticed on its node; add a livenessProbe or a readinessProbe',
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    // Plain init containers run to completion and may not have probes; ephemeral containers may
    // not have them either. Regular containers and sidecars (restartable init containers, which
    // take all three probes since Kubernetes 1.29) run as long as the pod.
    const containers = containersOf(daemonSet, POD_CONTAINER_LISTS);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      if (!ref.longRunning) continue;
      const container = ref.container as unknown as Record<string, unknown>;
      // Any value counts as stated: a probe of the wrong shape or without a handler is the
      // schema and api-validation rules' finding, not a missing probe.
      if (isSet(container.livenessProbe) || isSet(container.readinessProbe)) continue;
      context.report({
        path: containerAnchor(ref),
        messageId: isSet(container.startupProbe) ? 'startupOnly' : 'missing',
        data: { container: containerName(ref) },
      });
    }
  },
});

/** Present and not null: `livenessProbe:` with nothing after it states no probe. */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}
