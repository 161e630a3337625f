import { defineRule } from '../types/rule.js';
import { POD_SPEC_PATH, podSpecOf } from '../k8s/containers.js';

const HELP =
  "Kubernetes mounts the API token of the pod's service account into every container unless told not to. This pod runs as its namespace's default service account, so the token is one the agent was never given on purpose: an agent that does not call the API server does not need it, and one that does should have a service account of its own with only the permissions it needs. Set automountServiceAccountToken: false in the pod spec, or set serviceAccountName to the agent's own service account.";

export default defineRule({
  id: 'automount-service-account-token',
  meta: {
    description: "A pod that runs as the default service account does not mount its API token (automountServiceAccountToken: false).",
    severity: 'warning',
    fixable: false,
    recommended: false,
    messages: {
      defaultAccount: { message: "pod mounts the default service account's API token", help: HELP },
      explicitDefault: { message: 'pod mounts the API token of serviceAccountName "default"', help: HELP },
      explicitTrue: { message: "automountServiceAccountToken: true for the default service account", help: HELP },
    },
    defaultOptions: {},
    tags: ['security'],
    securitySeverity: 4.0,
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    if (!podSpec) return;
    const automount = podSpec.automountServiceAccountToken;
    // A value that is not a boolean is the schema rule's.
    if (automount === false || (automount !== undefined && automount !== null && typeof automount !== 'boolean')) return;
    // `serviceAccount` is the deprecated spelling; the API copies one into the other.
    const name = typeof podSpec.serviceAccountName === 'string' && podSpec.serviceAccountName !== '' ? podSpec.serviceAccountName : podSpec.serviceAccount;
    const named = typeof name === 'string' && name !== '';
    if (named && name !== 'default') return;
    if (automount === true) {
      context.report({ path: [...POD_SPEC_PATH, 'automountServiceAccountToken'], at: 'value', messageId: 'explicitTrue' });
    } else if (named) {
      const key = podSpec.serviceAccountName === name ? 'serviceAccountName' : 'serviceAccount';
      context.report({ path: [...POD_SPEC_PATH, key], at: 'value', messageId: 'explicitDefault' });
    } else {
      context.report({ path: POD_SPEC_PATH, messageId: 'defaultAccount' });
    }
  },
});
