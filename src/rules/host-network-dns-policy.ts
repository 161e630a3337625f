import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { defineRule, type FixRequest } from '../types/rule.js';
import { POD_SPEC_PATH, containersOf, podSpecOf } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { alternativeMatches, nodeSelectionOf, type PartialNodeLabels } from '../k8s/node-selection.js';

const DNS_POLICY_PATH = [...POD_SPEC_PATH, 'dnsPolicy'];
// Unsafe: which policy is right depends on what the pod does (a CNI agent must not depend on CoreDNS).
const SET_CLUSTER_FIRST_WITH_HOST_NET: FixRequest = { op: 'set', path: DNS_POLICY_PATH, value: 'ClusterFirstWithHostNet', safety: 'unsafe' };
const REMEDY = "set dnsPolicy: ClusterFirstWithHostNet (or dnsPolicy: Default to say that the node's DNS is intended)";

/** What a Linux node is known to carry, for asking whether the pod can run on one. */
const LINUX_NODE: PartialNodeLabels = { 'kubernetes.io/os': 'linux', 'beta.kubernetes.io/os': 'linux' };

export default defineRule({
  id: 'host-network-dns-policy',
  meta: {
    description: 'A pod on the host network resolves cluster names: dnsPolicy is ClusterFirstWithHostNet, or another policy chosen on purpose.',
    severity: 'warning',
    fixable: true,
    messages: {
      missing: `hostNetwork: true without a dnsPolicy: the default, ClusterFirst, falls back to the node's DNS for a pod on the host network, so it cannot resolve cluster Services by name; ${REMEDY}`,
      empty: `dnsPolicy is empty, so it defaults to ClusterFirst, which falls back to the node's DNS under hostNetwork: true: the pod cannot resolve cluster Services by name; ${REMEDY}`,
      clusterFirst: `dnsPolicy ClusterFirst falls back to the node's DNS under hostNetwork: true, so the pod cannot resolve cluster Services by name; ${REMEDY}`,
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    // `hostNetwork: yes` arrives as true (manifests are YAML 1.1); a string is the schema rule's.
    if (podSpec?.hostNetwork !== true || runsOnWindowsOnly(daemonSet, podSpec)) return;
    const dnsPolicy = podSpec.dnsPolicy;
    // The kubelet gives a host-network pod the cluster's DNS only for ClusterFirstWithHostNet;
    // ClusterFirst, also what an absent or empty policy defaults to, silently becomes Default
    // (getPodDNSType in pkg/kubelet/network/dns/dns.go). Default and None are explicit choices.
    if (dnsPolicy === undefined) {
      context.report({ path: [...POD_SPEC_PATH, 'hostNetwork'], messageId: 'missing', fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    } else if (dnsPolicy === null || dnsPolicy === '') {
      context.report({ path: DNS_POLICY_PATH, messageId: 'empty', fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    } else if (dnsPolicy === 'ClusterFirst') {
      context.report({ path: DNS_POLICY_PATH, at: 'value', messageId: 'clusterFirst', fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    }
  },
});

/**
 * Windows does not support ClusterFirstWithHostNet
 * (https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#dns-windows), so a
 * pod that can only run there has nothing better to choose: it says `os.name: windows`, is a
 * HostProcess pod, or selects no node that runs Linux.
 */
function runsOnWindowsOnly(daemonSet: DaemonSet, podSpec: Record<string, unknown>): boolean {
  if (asRecord(podSpec.os)?.name === 'windows') return true;
  if (isHostProcess(podSpec.securityContext)) return true;
  const containers = containersOf(daemonSet);
  for (let i = 0; i < containers.length; i++) {
    if (isHostProcess(containers[i].container.securityContext)) return true;
  }
  const alternatives = nodeSelectionOf(daemonSet).alternatives;
  for (let i = 0; i < alternatives.length; i++) {
    if (alternativeMatches(alternatives[i], LINUX_NODE) !== false) return false;
  }
  return true;
}

function isHostProcess(securityContext: unknown): boolean {
  return asRecord(asRecord(securityContext)?.windowsOptions)?.hostProcess === true;
}
