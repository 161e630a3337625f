import { defineRule } from '../types/rule.js';
import { POD_SPEC_PATH, podSpecOf } from '../k8s/containers.js';

const RESTART_POLICY_PATH = [...POD_SPEC_PATH, 'restartPolicy'];

export default defineRule({
  id: 'restart-policy-always',
  meta: {
    description: 'The pod template restarts its containers: restartPolicy is Always or left out.',
    severity: 'error',
    fixable: true,
    messages: {
      notAlways: {
        message: 'restartPolicy {{value}} is not allowed in a DaemonSet: use Always',
        help: 'A DaemonSet\'s pods run for as long as their node does, so the API server accepts only restartPolicy Always in its pod template. Set it to Always or remove it (Always is the default); the fix sets Always.',
      },
    },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    if (!podSpec || !('restartPolicy' in podSpec)) return;
    const value = podSpec.restartPolicy;
    // An empty value is defaulted to Always like an absent one (SetDefaults_PodSpec).
    if (value === 'Always' || value === undefined || value === null || value === '') return;
    context.report({
      path: RESTART_POLICY_PATH,
      at: 'value',
      messageId: 'notAlways',
      data: { value: describe(value) },
      fix: { op: 'set', path: RESTART_POLICY_PATH, value: 'Always' },
    });
  },
});

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'given as a list';
  if (typeof value === 'object') return 'given as a mapping';
  return String(value);
}
