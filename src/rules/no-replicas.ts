import { defineRule } from '../types/rule.js';
import { asRecord } from '../k8s/values.js';

export default defineRule({
  id: 'no-replicas',
  meta: {
    description: 'A DaemonSet has no replica count: it runs one pod on every selected node.',
    severity: 'error',
    fixable: true,
    messages: {
      replicas:
        'spec.replicas is not a DaemonSet field: a DaemonSet runs one pod per selected node, and strict field validation rejects it; remove it',
    },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (spec && 'replicas' in spec) {
      context.report({ path: ['spec', 'replicas'], messageId: 'replicas', fix: { op: 'delete', path: ['spec', 'replicas'] } });
    }
  },
});
