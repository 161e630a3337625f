import { defineRule } from '../types/rule.js';
import { containerName, containersOf } from '../k8s/containers.js';
import { hostPortsOf } from '../k8s/host-ports.js';
import { formatRolloutField, rolloutOf } from '../k8s/rollout.js';

export default defineRule({
  id: 'rollout-hostport-surge',
  meta: {
    description: 'A DaemonSet that claims host ports does not surge during a rolling update: the new pod cannot start next to the old one.',
    severity: 'error',
    fixable: false,
    messages: {
      surge: {
        message: 'maxSurge {{surge}} with host port {{port}} (container "{{container}}"): the rollout stalls',
        help: 'With maxSurge the DaemonSet controller creates the new pod on a node while the old one still runs, and deletes the old pod only once the new one is available (rollingUpdate in pkg/controller/daemon/update.go). A host port is held by one pod per node{{hostNetwork}}: the scheduler cannot place the new pod beside the old one, it stays Pending, the old pod is never deleted, and the rollout stops once maxSurge nodes wait. Set maxSurge: 0 and a maxUnavailable (the default is 1): the old pod is deleted first, then replaced.',
      },
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const rollout = rolloutOf(daemonSet);
    const surge = rollout.maxSurge;
    // A percentage of surge is rounded up: any share above 0% surges on at least one node.
    if (rollout.type !== 'RollingUpdate' || surge.path === undefined || surge.amount <= 0) return;
    const ports = hostPortsOf(daemonSet);
    if (ports.length === 0) return;
    const first = ports[0];
    const ref = containersOf(daemonSet).find((c) => c.list === first.container[3] && c.index === first.container[4]);
    context.report({
      path: surge.path,
      at: 'value',
      messageId: 'surge',
      data: {
        surge: formatRolloutField(surge),
        port: `${first.port}/${first.protocol}`,
        container: ref ? containerName(ref) : String(first.container.join('.')),
        hostNetwork: first.at === 'containerPort' ? ' (under hostNetwork every container port is a host port)' : '',
      },
    });
  },
});
