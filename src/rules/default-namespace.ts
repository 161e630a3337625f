import { defineRule } from '../types/rule.js';
import { asRecord } from '../k8s/values.js';

export interface DefaultNamespaceOptions {
  /** Accept a DaemonSet without metadata.namespace (for manifests applied with `kubectl -n`, or rendered by a tool that sets it). */
  allowMissing: boolean;
}

const WHY =
  'The default namespace is where everything lands that nobody placed: its RBAC, quotas, network policies and Pod Security level are shared with whatever else ends up there. A node agent belongs in a namespace of its own (or kube-system, for cluster components).';

export default defineRule<DefaultNamespaceOptions>({
  id: 'default-namespace',
  meta: {
    description: 'A DaemonSet names its namespace, and it is not `default`.',
    severity: 'warning',
    fixable: false,
    recommended: false,
    messages: {
      missing: {
        message: 'DaemonSet has no metadata.namespace',
        help: `Without one, it goes to whatever namespace kubectl, Helm or the pipeline applies it in, often default. ${WHY} Set metadata.namespace, or, if your tooling always sets it, the rule's allowMissing option.`,
      },
      default: { message: 'DaemonSet is in the default namespace', help: `${WHY} Move it to a namespace of its own.` },
    },
    optionsSchema: { type: 'object', additionalProperties: false, properties: { allowMissing: { type: 'boolean' } } },
    defaultOptions: { allowMissing: false },
    tags: ['best-practice'],
  },
  check(daemonSet, context) {
    const metadata = asRecord(asRecord(daemonSet)?.metadata);
    const namespace = metadata?.namespace;
    if (namespace === 'default') {
      context.report({ path: ['metadata', 'namespace'], at: 'value', messageId: 'default' });
    } else if ((namespace === undefined || namespace === null || namespace === '') && !context.options.allowMissing) {
      // At the name when there is one: that is the line a reader looks at.
      context.report({ path: metadata && 'name' in metadata ? ['metadata', 'name'] : ['metadata'], messageId: 'missing' });
    }
  },
});
