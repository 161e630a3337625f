import { defineRule } from '../types/rule.js';
import { POD_CONTAINER_LISTS, containerAnchor, containerName, containersOf } from '../k8s/containers.js';
import { placeholderReason } from '../k8s/placeholder.js';

export type ProbeKind = 'liveness' | 'readiness';

export interface ProbesOptions {
  /**
   * Probes every long-running container must have. Empty (the default): a livenessProbe or a
   * readinessProbe, either will do. `[readiness]`: a readinessProbe, which gates the rollout
   * (the strict preset's choice); `[liveness, readiness]`: both.
   */
  require: ProbeKind[];
}

const HUNG = 'a hung agent keeps running unnoticed on its node';
const ROLLOUT =
  "A DaemonSet's rolling update moves on to the next node once the new pod is ready (and has stayed ready for minReadySeconds); without a readinessProbe it is ready as soon as its containers start, so a broken version rolls on to every node.";

export default defineRule<ProbesOptions>({
  id: 'probes',
  meta: {
    description: 'Every long-running container that does work has a livenessProbe or a readinessProbe (or the probes the `require` option names).',
    severity: 'warning',
    fixable: false,
    messages: {
      missing: {
        message: 'container "{{container}}" has no livenessProbe or readinessProbe',
        help: `Without probes ${HUNG}. ${ROLLOUT} Add a readinessProbe (it gates the rollout) and a livenessProbe (it restarts a hung container).`,
      },
      startupOnly: {
        message: 'container "{{container}}" has only a startupProbe',
        help: `A startupProbe stops checking once the container has started: ${HUNG}. ${ROLLOUT} Add a readinessProbe and a livenessProbe.`,
      },
      noReadiness: {
        message: 'container "{{container}}" has no readinessProbe',
        help: `${ROLLOUT} The rule's require option asks for a readinessProbe; its livenessProbe only restarts a hung container. Add a readinessProbe that checks the agent can do its work.`,
      },
      noLiveness: {
        message: 'container "{{container}}" has no livenessProbe',
        help: `Without a livenessProbe ${HUNG}: readiness only takes it out of Services, it never restarts it. The rule's require option asks for a livenessProbe; add one.`,
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        require: { type: 'array', uniqueItems: true, items: { enum: ['liveness', 'readiness'] } },
      },
    },
    defaultOptions: { require: [] },
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const required = context.options.require;
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
      const liveness = isSet(container.livenessProbe);
      const readiness = isSet(container.readinessProbe);
      let messageId: string | undefined;
      if (!liveness && !readiness) messageId = isSet(container.startupProbe) ? 'startupOnly' : 'missing';
      else if (!readiness && required.includes('readiness')) messageId = 'noReadiness';
      else if (!liveness && required.includes('liveness')) messageId = 'noLiveness';
      if (messageId === undefined) continue;
      // A pause or sleep container holds the pod while init containers do the work: nothing to probe.
      if (placeholderReason(ref.container) !== undefined) continue;
      context.report({ path: containerAnchor(ref), messageId, data: { container: containerName(ref) } });
    }
  },
});

/** Present and not null: `livenessProbe:` with nothing after it states no probe. */
function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}
