import { POD_SPEC_PATH } from '../k8s/containers.js';
import { formatTaint } from '../inventory/coverage.js';
import { schedulingProfileOf } from '../inventory/profile.js';
import { isNodeStateTaint, noMatchReason, poolList, reachOf, type PoolCount } from '../inventory/reach.js';
import type { JsonPath } from '../types/finding.js';
import type { InventoryTaint } from '../types/inventory.js';
import { defineRule, type RuleContext } from '../types/rule.js';

const TOLERATIONS_PATH: JsonPath = [...POD_SPEC_PATH, 'tolerations'];
const NODE_SELECTOR_PATH: JsonPath = [...POD_SPEC_PATH, 'nodeSelector'];
const OS_LABELS = ['kubernetes.io/os', 'beta.kubernetes.io/os'];
const ARCH_LABELS = ['kubernetes.io/arch', 'beta.kubernetes.io/arch'];

export default defineRule({
  id: 'node-coverage',
  meta: {
    description:
      'With a node inventory: a DaemonSet that runs on no node (error), that misses nodes it selects because it does not tolerate their taints, or that lands on nodes of an OS (or architecture) it did not choose.',
    severity: 'warning',
    fixable: false,
    requiresInventory: true,
    messages: {
      selectsNone: {
        message: 'selects none of the {{total}} nodes of the inventory: {{reason}}',
        help: 'The DaemonSet controller creates a pod only on nodes that match the pod template\'s nodeSelector, required node affinity and nodeName; no node of the inventory ({{files}}) does, so it runs nowhere (DESIRED 0). Compare the selection with the nodes\' labels (kubectl get nodes --show-labels), or fix the inventory if it is out of date.',
      },
      runsNowhere: {
        message: 'runs on none of the {{selected}} nodes it selects: taint {{taint}} not tolerated',
        help: 'Every node it selects has a NoSchedule or NoExecute taint its pods do not tolerate ({{taints}}), so the DaemonSet controller creates no pod at all. Add a toleration to spec.template.spec.tolerations, such as {{toleration}}, or select other nodes.',
      },
      misses: {
        message: 'misses {{count}} of {{selected}} nodes: taint {{taint}} not tolerated ({{pools}})',
        help: 'The DaemonSet controller creates no pod on a node with a NoSchedule or NoExecute taint the pod does not tolerate (the ones it adds itself cover node conditions and cordons, not taints like this one){{evicts}}. If the agent must run there too (CNI, CSI, log and metric agents usually must), add {{toleration}} to spec.template.spec.tolerations; if it must not, select the nodes it is for (nodeSelector or node affinity) so that the intent is written down.',
      },
      osUnselected: {
        message: 'runs on {{oses}} nodes but selects no OS',
        help: 'Its pods are created on every node it selects whatever the node runs, and an image is built for one OS: {{detail}}. Add nodeSelector kubernetes.io/os: linux (or windows), or set spec.template.spec.os.name.',
      },
      podOsMismatch: {
        message: 'sets os.name {{os}} but runs on {{count}} {{nodeOs}} nodes ({{pools}})',
        help: 'The kubelet rejects a pod whose spec.os.name is not its node\'s OS, and the DaemonSet controller creates it again and again. Select the nodes of that OS: nodeSelector kubernetes.io/os: {{os}}.',
      },
      archMixed: {
        message: 'runs on {{arches}} nodes: its images must be built for each',
        help: 'It selects no architecture, and the inventory has nodes of several ({{detail}}). A single-architecture image fails on the others with "exec format error"; use multi-architecture images, or select one with nodeSelector kubernetes.io/arch.',
      },
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const { inventory } = context;
    if (!inventory) return;
    const profile = schedulingProfileOf(daemonSet, context.kubeVersion);
    const reach = reachOf(profile, inventory);
    if (reach.selected === 0) {
      const { text, path } = noMatchReason(profile, inventory);
      context.report({
        path,
        messageId: 'selectsNone',
        data: { total: inventory.nodeCount, reason: text, files: inventory.files.join(', ') },
        severity: 'error',
      });
      return;
    }
    if (reach.runs === 0) {
      const [first] = reach.untolerated;
      context.report({
        path: TOLERATIONS_PATH,
        messageId: 'runsNowhere',
        data: { selected: reach.selected, taint: formatTaint(first.taint), taints: reach.untolerated.map((u) => formatTaint(u.taint)).join(', '), toleration: tolerationFor(first.taint) },
        severity: 'error',
      });
      return;
    }
    for (const { taint, nodes, pools } of reach.untolerated) {
      if (isNodeStateTaint(taint)) continue;
      context.report({
        path: TOLERATIONS_PATH,
        messageId: 'misses',
        data: {
          count: nodes,
          selected: reach.selected,
          taint: formatTaint(taint),
          pools: poolList(pools),
          toleration: tolerationFor(taint),
          evicts: taint.effect === 'NoExecute' ? ', and a NoExecute taint also evicts a pod already running there' : '',
        },
      });
    }
    checkPlatform(profile.podOS, reach.runsOn, context.report, profile.selection.alternatives.some((a) => a.some((r) => OS_LABELS.includes(r.key))), profile.selection.alternatives.some((a) => a.some((r) => ARCH_LABELS.includes(r.key))));
  },
});

/**
 * The OS and architecture the nodes it runs on have, against what the DaemonSet asks for: a
 * chosen `os.name` that some of them do not run, or several OSes (architectures) with none chosen.
 */
function checkPlatform(
  podOS: string | undefined,
  runsOn: readonly PoolCount[],
  report: RuleContext<unknown>['report'],
  selectsOS: boolean,
  selectsArch: boolean,
): void {
  const byOS = groupBy(runsOn, 'kubernetes.io/os');
  if (podOS !== undefined) {
    for (const [os, pools] of byOS) {
      if (os === podOS || os === '') continue;
      report({ path: [...POD_SPEC_PATH, 'os', 'name'], at: 'value', messageId: 'podOsMismatch', data: { os: podOS, nodeOs: os, count: total(pools), pools: poolList(pools) }, severity: 'error' });
    }
  } else if (!selectsOS && byOS.size > 1) {
    const detail = sortedKeys(byOS).map((os) => [os, byOS.get(os)!] as const).map(([os, pools]) => `${total(pools)} ${os || 'unlabelled'} (${poolList(pools)})`).join(', ');
    report({ path: NODE_SELECTOR_PATH, messageId: 'osUnselected', data: { oses: joinAnd(sortedKeys(byOS).map((os) => os || 'unlabelled')), detail } });
  }
  const byArch = groupBy(runsOn, 'kubernetes.io/arch');
  if (!selectsArch && byArch.size > 1) {
    const detail = sortedKeys(byArch).map((arch) => [arch, byArch.get(arch)!] as const).map(([arch, pools]) => `${total(pools)} ${arch || 'unlabelled'} (${poolList(pools)})`).join(', ');
    report({ path: NODE_SELECTOR_PATH, messageId: 'archMixed', data: { arches: joinAnd(sortedKeys(byArch).map((a) => a || 'unlabelled')), detail }, severity: 'info' });
  }
}

function groupBy(runsOn: readonly PoolCount[], label: string): Map<string, PoolCount[]> {
  const out = new Map<string, PoolCount[]>();
  for (const entry of runsOn) {
    const value = entry.pool.labels[label] ?? '';
    const list = out.get(value);
    if (list) list.push(entry);
    else out.set(value, [entry]);
  }
  return out;
}

function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort();
}

function total(pools: readonly PoolCount[]): number {
  return pools.reduce((n, p) => n + p.count, 0);
}

function joinAnd(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The toleration that lets a pod onto nodes with this taint, in flow style. */
function tolerationFor(taint: InventoryTaint): string {
  return taint.value === ''
    ? `{key: ${taint.key}, operator: Exists, effect: ${taint.effect}}`
    : `{key: ${taint.key}, operator: Equal, value: ${taint.value}, effect: ${taint.effect}}`;
}
