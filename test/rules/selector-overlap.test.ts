import rule from '../../src/rules/selector-overlap.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';


function selectorOf(earlier: string, later: string): string {
  return `the selector of ${earlier}, which also selects the pods of ${later}`;
}

function group(count: number, list: string): string {
  return `${count} objects select the same pods: ${list}`;
}

function sameSelector(object: string): string {
  return `the selector of ${object}, the same, selecting the same pods`;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'the same selector in different namespaces', code: yaml`
      kind: DaemonSet
      metadata: {name: agent, namespace: monitoring}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent, namespace: logging}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    ` },
    { name: 'an explicit namespace other than default is not the apply namespace', code: yaml`
      kind: DaemonSet
      metadata: {name: agent, namespace: kube-system}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-v2}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    ` },
    { name: 'disjoint labels', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: exporter}
      spec:
        selector: {matchLabels: {app: exporter}}
        template: {metadata: {labels: {app: exporter}}}
    ` },
    { name: 'one-sided selection: the second selector asks for a label the first pods lack', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-gpu}
      spec:
        selector: {matchLabels: {app: agent, pool: gpu}}
        template: {metadata: {labels: {app: agent, pool: gpu}}}
    ` },
    { name: 'matchExpressions that exclude the other', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions: [{key: pool, operator: DoesNotExist}]
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-gpu}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent, pool: gpu}}}
    ` },
    { name: 'two Deployments overlap: no DaemonSet involved', code: yaml`
      kind: Deployment
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: web}}
        template: {metadata: {labels: {app: web}}}
      ---
      kind: Deployment
      metadata: {name: b}
      spec:
        selector: {matchLabels: {app: web}}
        template: {metadata: {labels: {app: web}}}
    ` },
    { name: 'the same DaemonSet twice is one object', code: yaml`
      kind: DaemonSet
      metadata: {name: agent, namespace: kube-system}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent, namespace: kube-system}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent, version: "2"}}}
    ` },
    { name: 'a Job with a generated selector', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: Job
      metadata: {name: agent-setup}
      spec:
        template: {metadata: {labels: {app: agent}}}
    ` },
    { name: 'a Pod a controller owns is not adopted', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: Pod
      metadata:
        name: agent-x1
        labels: {app: agent}
        ownerReferences: [{apiVersion: apps/v1, kind: DaemonSet, name: agent, uid: "1", controller: true}]
    ` },
    { name: 'a DaemonSet the API rejects (its selector does not match its template) is left to other rules', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent-old}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-v2}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    ` },
    { name: 'empty and missing selectors are rejected by the API', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-v2}
      spec:
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-v3}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    ` },
    { name: 'a bare Pod the DaemonSet does not select', code: yaml`
      kind: Pod
      metadata: {name: debug, labels: {app: debug}}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    ` },
  ],
  invalid: [
    { name: 'two DaemonSets with the same selector', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent, namespace: kube-system}
      spec:
        selector:
          matchLabels: {app: agent}
        template:
          metadata: {labels: {app: agent}}
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent-v2, namespace: kube-system}
      spec:
        selector:
          matchLabels: {app: agent}
        template:
          metadata: {labels: {app: agent, version: v2}}
    `, errors: [{
      message: 'selects the same pods as DaemonSet kube-system/agent', help: "DaemonSet kube-system/agent and DaemonSet kube-system/agent-v2 select each other's pods (app=agent): their controllers fight over the same pods, each adopting the other's and deleting those it finds surplus or outdated. Give each a distinct selector label, and the same label in its pod template (a selector cannot change once the DaemonSet exists).",
      line: 14, column: 3, endLine: 14, endColumn: 11,
      related: [{ line: 5, column: 3, message: selectorOf('DaemonSet kube-system/agent', 'DaemonSet kube-system/agent-v2') }],
    }] },
    { name: 'a Deployment and a DaemonSet', code: yaml`
      kind: DaemonSet
      metadata: {name: proxy}
      spec:
        selector: {matchLabels: {app: proxy}}
        template: {metadata: {labels: {app: proxy, tier: node}}}
      ---
      kind: Deployment
      metadata: {name: proxy-gateway}
      spec:
        replicas: 2
        selector: {matchLabels: {app: proxy}}
        template: {metadata: {labels: {app: proxy}}}
    `, errors: [{
      message: 'selects the same pods as DaemonSet proxy',
      line: 11, column: 3,
      related: [{ line: 4, column: 3, message: selectorOf('DaemonSet proxy', 'Deployment proxy-gateway') }],
    }] },
    { name: 'matchExpressions select each other', code: yaml`
      kind: StatefulSet
      metadata: {name: store}
      spec:
        selector:
          matchExpressions:
            - {key: app, operator: In, values: [store, agent]}
        template: {metadata: {labels: {app: store, role: data}}}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector:
          matchExpressions:
            - {key: app, operator: Exists}
            - {key: role, operator: NotIn, values: [cache]}
        template: {metadata: {labels: {app: agent, role: node}}}
    `, errors: [{
      message: 'selects the same pods as StatefulSet store',
      line: 12, column: 3,
      related: [{ line: 4, column: 3, message: selectorOf('StatefulSet store', 'DaemonSet agent') }],
    }] },
    { name: 'items of a List', code: yaml`
      apiVersion: v1
      kind: List
      items:
        - kind: DaemonSet
          metadata: {name: fluentd, namespace: logging}
          spec:
            selector: {matchLabels: {k8s-app: fluentd}}
            template: {metadata: {labels: {k8s-app: fluentd}}}
        - kind: DaemonSet
          metadata: {name: fluentd-windows, namespace: logging}
          spec:
            selector: {matchLabels: {k8s-app: fluentd}}
            template: {metadata: {labels: {k8s-app: fluentd}}}
    `, errors: [{
      message: 'selects the same pods as DaemonSet logging/fluentd',
      line: 12, column: 7,
      related: [{ line: 7, column: 7, message: selectorOf('DaemonSet logging/fluentd', 'DaemonSet logging/fluentd-windows') }],
    }] },
    { name: 'a missing namespace is the default namespace', code: yaml`
      kind: DaemonSet
      metadata: {name: agent, namespace: default}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent-v2}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    `, errors: [{
      message: 'selects the same pods as DaemonSet default/agent',
      line: 10, column: 3,
      related: [{ line: 4, column: 3, message: selectorOf('DaemonSet default/agent', 'DaemonSet agent-v2') }],
    }] },
    { name: 'a bare Pod after the DaemonSet', code: yaml`
      kind: DaemonSet
      metadata: {name: agent, namespace: ops}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: Pod
      metadata:
        name: agent-debug
        namespace: ops
        labels: {app: agent, debug: "true"}
    `, errors: [{
      message: 'DaemonSet ops/agent selects Pod ops/agent-debug, which no controller owns', help: 'DaemonSet ops/agent selects Pod ops/agent-debug (app=agent), a pod no controller owns: the DaemonSet controller adopts it, then deletes it where it is surplus or outdated. Give the pod labels the selector does not match.',
      line: 11, column: 3,
      related: [{ line: 4, column: 3, message: 'the selector of DaemonSet ops/agent, which selects Pod ops/agent-debug' }],
    }] },
    { name: 'a bare Pod before the DaemonSet', code: yaml`
      kind: Pod
      metadata: {name: agent-debug, labels: {app: agent}}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    `, errors: [{
      message: 'DaemonSet agent selects Pod agent-debug, which no controller owns',
      line: 7, column: 3,
      related: [{ line: 2, column: 31, message: 'the labels of Pod agent-debug, which DaemonSet agent selects' }],
    }] },
    { name: 'a ReplicationController (plain map selector, and one defaulted from the labels)', code: yaml`
      kind: ReplicationController
      metadata: {name: legacy}
      spec:
        selector: {app: agent}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: ReplicationController
      metadata: {name: legacy-defaulted}
      spec:
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    `, errors: [{
      message: 'selects the same pods as ReplicationController legacy',
      line: 15, column: 3,
      related: [{ line: 4, column: 3, message: selectorOf('ReplicationController legacy', 'DaemonSet agent') }],
    }, {
      message: 'selects the same pods as ReplicationController legacy-defaulted',
      line: 15, column: 3,
      related: [{ line: 10, column: 25, message: selectorOf('ReplicationController legacy-defaulted', 'DaemonSet agent') }],
    }] },
    { name: 'a CronJob with a manual selector', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: CronJob
      metadata: {name: agent-gc}
      spec:
        schedule: "@daily"
        jobTemplate:
          spec:
            manualSelector: true
            selector: {matchLabels: {app: agent}}
            template: {metadata: {labels: {app: agent}}}
    `, errors: [{
      message: 'selects the same pods as DaemonSet agent',
      line: 14, column: 7,
      related: [{ line: 4, column: 3, message: selectorOf('DaemonSet agent', 'CronJob agent-gc') }],
    }] },
    { name: 'three DaemonSets with one selector: one finding on the first, the others related, with the count', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: b}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: c}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    `, errors: [{
      message: group(3, 'DaemonSet a, DaemonSet b and DaemonSet c'),
      help: "DaemonSet a, DaemonSet b and DaemonSet c select each other's pods (app=agent): their controllers fight over the same pods, each adopting the others' and deleting those it finds surplus or outdated. Give each a distinct selector label, and the same label in its pod template (a selector cannot change once the DaemonSet exists).",
      line: 4, column: 3,
      related: [{ line: 10, column: 3, message: sameSelector('DaemonSet b') }, { line: 16, column: 3, message: sameSelector('DaemonSet c') }],
    }] },
    { name: 'five copies and a pod they all adopt: two findings, not ten', code: yaml`
      kind: Pod
      metadata: {name: stray, labels: {app: agent}}
      ---
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: b}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: c}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: d}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
      ---
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: agent}}
        template: {metadata: {labels: {app: agent}}}
    `, errors: [{
      message: group(4, 'DaemonSet a, DaemonSet b, DaemonSet c and 1 more'),
      line: 7, column: 3,
      related: [
        { line: 13, column: 3, message: sameSelector('DaemonSet b') },
        { line: 19, column: 3, message: sameSelector('DaemonSet c') },
        { line: 25, column: 3, message: sameSelector('DaemonSet d') },
      ],
    }, {
      message: 'DaemonSet a selects Pod stray, which no controller owns',
      line: 7, column: 3,
      related: [{ line: 2, column: 25, message: 'the labels of Pod stray, which DaemonSet a selects' }],
    }] },
  ],
});
