import { defineRule } from '../types/rule.js';
import { asRecord } from '../k8s/values.js';

/**
 * DaemonSet API versions the API server no longer serves. extensions/v1beta1 and apps/v1beta2
 * served DaemonSets until Kubernetes 1.16 (`+k8s:prerelease-lifecycle-gen:removed=1.16` in
 * staging/src/k8s.io/api/apps/v1beta2/types.go); apps/v1beta1 never had a DaemonSet kind at all
 * (staging/src/k8s.io/api/apps/v1beta1/register.go registers Deployment, StatefulSet and Scale
 * only), so a DaemonSet written against it was never accepted.
 */
const REMOVED = new Set(['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']);

const REMOVED_HELP = 'Kubernetes 1.16 stopped serving DaemonSets at extensions/v1beta1 and apps/v1beta2: the API server rejects this manifest.';
const NEVER_SERVED_HELP = 'apps/v1beta1 had Deployments and StatefulSets but never DaemonSets: the API server rejects this manifest.';

export default defineRule({
  id: 'api-version',
  meta: {
    description: 'DaemonSets use apiVersion apps/v1: extensions/v1beta1 and apps/v1beta2 are no longer served.',
    severity: 'error',
    fixable: true,
    messages: {
      removed: {
        message: 'apiVersion {{apiVersion}} is no longer served: use apps/v1',
        help: `${REMOVED_HELP} Change apiVersion to apps/v1 (the fix does): nothing else in this DaemonSet needs to change.`,
      },
      removedMore: {
        message: 'apiVersion {{apiVersion}} is no longer served: use apps/v1 ({{count}})',
        help: `${REMOVED_HELP} Change apiVersion to apps/v1, and {{changes}}: apps/v1 would otherwise reject the object or read it differently.`,
      },
      neverServed: {
        message: 'apiVersion apps/v1beta1 never served DaemonSets: use apps/v1',
        help: `${NEVER_SERVED_HELP} Change apiVersion to apps/v1 (the fix does): nothing else in this DaemonSet needs to change.`,
      },
      neverServedMore: {
        message: 'apiVersion apps/v1beta1 never served DaemonSets: use apps/v1 ({{count}})',
        help: `${NEVER_SERVED_HELP} Change apiVersion to apps/v1, and {{changes}}: apps/v1 would otherwise reject the object or read it differently.`,
      },
    },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const apiVersion = (daemonSet as { apiVersion?: unknown }).apiVersion;
    if (typeof apiVersion !== 'string' || !REMOVED.has(apiVersion)) return;
    const changes = changesBeyondApiVersion(apiVersion, asRecord(daemonSet.spec));
    const never = apiVersion === 'apps/v1beta1';
    const data = { apiVersion, changes: changes.join('; '), count: `${changes.length} more ${changes.length === 1 ? 'change' : 'changes'}` };
    if (changes.length > 0) {
      // No fix: apps/v1 would reject the object, or read it differently, with only the version
      // changed; the message says what else to change.
      context.report({ path: ['apiVersion'], at: 'value', messageId: never ? 'neverServedMore' : 'removedMore', data });
      return;
    }
    context.report({
      path: ['apiVersion'],
      at: 'value',
      messageId: never ? 'neverServed' : 'removed',
      data,
      fix: { op: 'set', path: ['apiVersion'], value: 'apps/v1' },
    });
  },
});

/**
 * What else must change for the same object to mean the same thing under apps/v1 (each phrase
 * completes "use apps/v1, and ...").
 */
function changesBeyondApiVersion(apiVersion: string, spec: Record<string, unknown> | undefined): string[] {
  const changes: string[] = [];
  const selector = spec?.selector;
  if (selector === undefined || selector === null) {
    // extensions/v1beta1 SetDefaults_DaemonSet filled the selector from the template labels;
    // apps/v1 has no such default, and in ValidateDaemonSetSpec a missing selector matches no
    // labels ("`selector` does not match template `labels`"). apps/v1beta2 already required it.
    changes.push(
      apiVersion === 'extensions/v1beta1'
        ? 'add spec.selector (extensions/v1beta1 defaulted it to the pod template labels; apps/v1 requires it)'
        : 'add spec.selector (apps/v1 requires it)',
    );
  }
  if (spec && 'templateGeneration' in spec) {
    // An extensions/v1beta1-only field: apps/v1 keeps it in the
    // deprecated.daemonset.template.generation annotation, set by the server, so strict field
    // validation rejects spec.templateGeneration as an unknown field.
    changes.push('remove spec.templateGeneration (not an apps/v1 field)');
  }
  if (apiVersion === 'extensions/v1beta1' && !hasStrategyType(spec)) {
    // extensions/v1beta1 defaulted updateStrategy.type to OnDelete, apps/v1 defaults it to
    // RollingUpdate (SetDefaults_DaemonSet in pkg/apis/extensions/v1beta1 and pkg/apis/apps/v1):
    // the same manifest would start rolling pods on every template change.
    changes.push('set spec.updateStrategy.type (extensions/v1beta1 defaulted it to OnDelete, apps/v1 to RollingUpdate)');
  }
  return changes;
}

function hasStrategyType(spec: Record<string, unknown> | undefined): boolean {
  const type = asRecord(spec?.updateStrategy)?.type;
  return typeof type === 'string' && type !== '';
}
