import { defineRule } from '../types/rule.js';
import { asRecord } from '../k8s/values.js';

export default defineRule({
  id: 'no-replicas',
  meta: {
    description: 'A DaemonSet has no replica count: it runs one pod on every selected node.',
    severity: 'error',
    fixable: true,
    messages: {
      replicas: {
        message: 'spec.replicas is not a DaemonSet field: remove it',
        help: 'A DaemonSet runs one pod on each node its template selects, so it has no replica count. With strict field validation (kubectl\'s default since 1.27) the API server rejects the field; without it the field is dropped. Remove spec.replicas (the fix does).',
      },
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
