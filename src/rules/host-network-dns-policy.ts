import { defineRule, type FixRequest } from '../types/rule.js';
import { POD_SPEC_PATH, podSpecOf } from '../k8s/containers.js';
import { networkComponentSignal } from '../k8s/network-component.js';
import { runsOnWindowsOnly } from '../k8s/windows.js';

const DNS_POLICY_PATH = [...POD_SPEC_PATH, 'dnsPolicy'];

// Both fixes are unsafe: which policy is right depends on what the pod does, and a CNI agent made
// to depend on CoreDNS cannot start. Default is what such a pod already gets.
const SET_DEFAULT: FixRequest = { op: 'set', path: DNS_POLICY_PATH, value: 'Default', safety: 'unsafe' };
const SET_CLUSTER_FIRST_WITH_HOST_NET: FixRequest = { op: 'set', path: DNS_POLICY_PATH, value: 'ClusterFirstWithHostNet', safety: 'unsafe' };

const WHAT_HAPPENS = {
  missing: 'With no dnsPolicy the pod gets ClusterFirst',
  empty: 'An empty dnsPolicy is defaulted to ClusterFirst',
  clusterFirst: 'The pod asks for dnsPolicy ClusterFirst',
};
const FALLBACK =
  "which the kubelet turns into the node's DNS (Default) for a pod on the host network: it cannot resolve cluster Services by name. State the choice.";
const CHOICE =
  "Say dnsPolicy: Default if the pod uses the node's DNS: network components must (CNI agents and installers, NAT, network-policy and load-balancer agents, webhooks the API server calls), because CoreDNS runs on the pod network they provide, and depending on it would deadlock their start. Say dnsPolicy: ClusterFirstWithHostNet if the pod must resolve cluster Services. The fix writes ClusterFirstWithHostNet; it is unsafe and applied only with --unsafe-fixes.";
const NETWORK =
  "This pod is a network component ({{signal}}): it must use the node's DNS, because CoreDNS runs on the pod network it provides, and ClusterFirstWithHostNet would make its start wait on itself. Default is what it already gets; say dnsPolicy: Default so that nobody \"fixes\" it to ClusterFirstWithHostNet. The fix writes Default; like every choice of DNS policy it is unsafe and applied only with --unsafe-fixes.";

export default defineRule({
  id: 'host-network-dns-policy',
  meta: {
    description: 'A pod on the host network states its DNS policy: Default for network components, ClusterFirstWithHostNet for pods that resolve cluster Services.',
    severity: 'warning',
    fixable: true,
    messages: {
      missing: { message: 'hostNetwork pod without dnsPolicy: choose Default or ClusterFirstWithHostNet', help: `${WHAT_HAPPENS.missing}, ${FALLBACK} ${CHOICE}` },
      empty: { message: 'hostNetwork pod with empty dnsPolicy: choose Default or ClusterFirstWithHostNet', help: `${WHAT_HAPPENS.empty}, ${FALLBACK} ${CHOICE}` },
      clusterFirst: {
        message: 'dnsPolicy ClusterFirst under hostNetwork: choose Default or ClusterFirstWithHostNet',
        help: `${WHAT_HAPPENS.clusterFirst}, ${FALLBACK} ${CHOICE}`,
      },
      networkMissing: { message: 'network component without dnsPolicy: say Default', help: NETWORK },
      networkEmpty: { message: 'network component with empty dnsPolicy: say Default', help: NETWORK },
      networkClusterFirst: { message: 'network component with dnsPolicy ClusterFirst: say Default', help: NETWORK },
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    // `hostNetwork: yes` arrives as true (manifests are YAML 1.1); a string is the schema rule's.
    // Windows does not support ClusterFirstWithHostNet
    // (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#dns-windows): a pod
    // that can only run there has nothing to choose.
    if (podSpec?.hostNetwork !== true || runsOnWindowsOnly(daemonSet)) return;
    const dnsPolicy = podSpec.dnsPolicy;
    // The kubelet gives a host-network pod the cluster's DNS only for ClusterFirstWithHostNet;
    // ClusterFirst, also what an absent or empty policy defaults to, silently becomes Default
    // (getPodDNSType in pkg/kubelet/network/dns/dns.go). Default and None are explicit choices.
    let found: { path: readonly (string | number)[]; at?: 'value'; kind: 'Missing' | 'Empty' | 'ClusterFirst' };
    // A key written with no value (null, read as not set) is empty rather than missing.
    if (dnsPolicy === undefined && !('dnsPolicy' in podSpec)) found = { path: [...POD_SPEC_PATH, 'hostNetwork'], kind: 'Missing' };
    else if (dnsPolicy === undefined || dnsPolicy === null || dnsPolicy === '') found = { path: DNS_POLICY_PATH, kind: 'Empty' };
    else if (dnsPolicy === 'ClusterFirst') found = { path: DNS_POLICY_PATH, at: 'value', kind: 'ClusterFirst' };
    else return;
    const signal = networkComponentSignal(daemonSet, true);
    if (signal !== undefined) {
      context.report({ path: found.path, at: found.at, messageId: `network${found.kind}`, data: { signal }, fix: SET_DEFAULT });
    } else {
      const messageId = found.kind === 'ClusterFirst' ? 'clusterFirst' : found.kind === 'Empty' ? 'empty' : 'missing';
      context.report({ path: found.path, at: found.at, messageId, fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    }
  },
});
