import rule from '../../src/rules/control-plane-toleration.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';


new RuleTester().run(rule, {
  valid: [
    { name: 'catch-all toleration (Exists, no key)', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - operator: Exists
            containers: [{name: a, image: a:1}]
    ` },
    { name: 'catch-all limited to NoSchedule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - {operator: Exists, effect: NoSchedule}
    ` },
    { name: 'Exists with the control-plane key and effect', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'Equal with no value matches the taint, which has none', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Equal
              effect: NoSchedule
    ` },
    { name: 'no operator means Equal, and the empty value matches', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              effect: NoSchedule
    ` },
    { name: 'effect omitted matches every effect', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
    ` },
    { name: 'legacy toleration next to the control-plane one (still useful on old clusters)', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - {key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}
            - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}
    ` },
    { name: 'nodeSelector on another label targets a subset of nodes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              kubernetes.io/os: linux
              accelerator: nvidia-gpu
            tolerations:
            - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
    ` },
    { name: 'required affinity on another label targets a subset of nodes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - key: eks.amazonaws.com/compute-type
                      operator: NotIn
                      values: [fargate]
    ` },
    { name: 'affinity explicitly excludes control-plane nodes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: kubernetes.io/os, operator: In, values: [linux]}
                    - {key: node-role.kubernetes.io/control-plane, operator: DoesNotExist}
    ` },
    { name: 'every term excludes the control plane: one by DoesNotExist, one by NotIn the empty value', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: node-role.kubernetes.io/control-plane, operator: DoesNotExist}
                  - matchExpressions:
                    - {key: node-role.kubernetes.io/control-plane, operator: NotIn, values: [""]}
    ` },
    { name: 'terms are ORed: a term excluding the control plane and one on another label give a subset', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: node-role.kubernetes.io/control-plane, operator: DoesNotExist}
                  - matchExpressions:
                    - {key: topology.kubernetes.io/zone, operator: In, values: [eu-west-1a]}
    ` },
    { name: 'nodeSelector ANDs with the affinity: os-only term plus a nodeSelector on another label', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {node.kubernetes.io/instance-type: m5.large}
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]
    ` },
    { name: 'Windows-only DaemonSet: the control plane runs on Linux', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              kubernetes.io/os: windows
    ` },
    { name: 'a label value of "true" (k3s style) selects no kubeadm control-plane node', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              node-role.kubernetes.io/control-plane: "true"
    ` },
    { name: 'matchFields on the node name targets named nodes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchFields: [{key: metadata.name, operator: In, values: [worker-1]}]
    ` },
    { name: 'nodeName pins the pods to one node', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeName: worker-1
    ` },
    { name: 'only empty affinity terms: they match no node', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms: [{}]
    ` },
    { name: 'no pod template at all', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'pod spec is not a mapping', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: [tolerations]
    ` },
    { name: 'forbid mode: a DaemonSet without tolerations', options: { mode: 'forbid' }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers: [{name: a, image: a:1}]
    ` },
    { name: 'forbid mode: the legacy master toleration lets nothing onto the control plane', options: { mode: 'forbid' }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - {key: node-role.kubernetes.io/master, operator: Exists, effect: NoSchedule}
    ` },
    { name: 'forbid mode: a catch-all is harmless when the affinity keeps the control plane out', options: { mode: 'forbid' }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations: [{operator: Exists}]
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: node-role.kubernetes.io/control-plane, operator: DoesNotExist}]
    ` },
    { name: 'forbid mode: NoExecute catch-all does not tolerate the NoSchedule taint', options: { mode: 'forbid' }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations: [{operator: Exists, effect: NoExecute}]
    ` },
  ],
  invalid: [
    { name: 'no tolerations at all: reported at the pod spec, fix adds the list', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              image: agent:1
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', help: 'This DaemonSet targets every node, but control-plane nodes carry the taint node-role.kubernetes.io/control-plane:NoSchedule, so none of its pods run there (a node agent usually must). Add a toleration for it (the fix adds key node-role.kubernetes.io/control-plane, operator Exists, effect NoSchedule), or a nodeSelector or node affinity that leaves control-plane nodes out if it must not run there.', messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 9 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              image: agent:1
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'tolerations for other taints only: reported at the list key', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
              - key: nvidia.com/gpu
                operator: Exists
                effect: NoSchedule
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 5, column: 7, endLine: 5, endColumn: 18 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
              - key: nvidia.com/gpu
                operator: Exists
                effect: NoSchedule
              - key: node-role.kubernetes.io/control-plane
                operator: Exists
                effect: NoSchedule
    ` },
    { name: 'legacy master toleration only', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            # this toleration is to have the daemonset runnable on master nodes
            - key: node-role.kubernetes.io/master
              effect: NoSchedule
            containers: [{name: a, image: a:1}]
    `, errors: [{ message: 'toleration only for the legacy taint node-role.kubernetes.io/master', help: 'Kubernetes 1.25 removed the taint node-role.kubernetes.io/master: control-plane nodes now carry node-role.kubernetes.io/control-plane:NoSchedule, so this toleration no longer lets the pods run there. Add a toleration for node-role.kubernetes.io/control-plane (the fix does); keep the old one only for clusters older than 1.25.', messageId: 'legacy', line: 7, column: 9, endLine: 8, endColumn: 27 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            # this toleration is to have the daemonset runnable on master nodes
            - key: node-role.kubernetes.io/master
              effect: NoSchedule
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
            containers: [{name: a, image: a:1}]
    ` },
    { name: 'legacy toleration on a DaemonSet with a nodeSelector: the author meant the control plane', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {disktype: ssd}
            tolerations:
            - {key: node-role.kubernetes.io/master, operator: Exists}
            - {operator: Exists, effect: NoExecute}
    `, errors: [{ message: 'toleration only for the legacy taint node-role.kubernetes.io/master', line: 7, column: 9 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {disktype: ssd}
            tolerations:
            - {key: node-role.kubernetes.io/master, operator: Exists}
            - {operator: Exists, effect: NoExecute}
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'control-plane key with the NoExecute effect only', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoExecute
    `, errors: [{ message: 'control-plane toleration does not match the taint: effect NoExecute, not NoSchedule', help: "This toleration names node-role.kubernetes.io/control-plane but does not tolerate the taint node-role.kubernetes.io/control-plane:NoSchedule: its effect is NoExecute, the taint's is NoSchedule. The pods never run on control-plane nodes. Use key node-role.kubernetes.io/control-plane, operator Exists, effect NoSchedule (the fix adds such a toleration).", messageId: 'nearMiss', line: 6, column: 9 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoExecute
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'Equal with value "true": the taint has no value', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Equal
              value: "true"
              effect: NoSchedule
    `, errors: [{ message: 'control-plane toleration does not match the taint: value "true" (use operator: Exists)', line: 6, column: 9 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Equal
              value: "true"
              effect: NoSchedule
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'misspelt operator', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - {key: node-role.kubernetes.io/control-plane, operator: exists, effect: NoSchedule}
    `, errors: [{ message: 'control-plane toleration does not match the taint: unknown operator "exists"', line: 6, column: 9 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - {key: node-role.kubernetes.io/control-plane, operator: exists, effect: NoSchedule}
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'nodeSelector on the OS only still includes control-plane nodes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              kubernetes.io/os: linux
            tolerations:
            - {operator: Exists, effect: NoExecute}
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 7, column: 7 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              kubernetes.io/os: linux
            tolerations:
            - {operator: Exists, effect: NoExecute}
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'pre-1.14 beta OS and arch labels count as platform labels', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              beta.kubernetes.io/os: linux
              beta.kubernetes.io/arch: amd64
            tolerations: []
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 8, column: 7 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              beta.kubernetes.io/os: linux
              beta.kubernetes.io/arch: amd64
            tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
    ` },
    { name: 'required affinity on OS and architecture only', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: kubernetes.io/os, operator: In, values: [linux]}
                    - {key: kubernetes.io/arch, operator: NotIn, values: [s390x]}
            tolerations:
            - {key: CriticalAddonsOnly, operator: Exists}
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 12, column: 7 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: kubernetes.io/os, operator: In, values: [linux]}
                    - {key: kubernetes.io/arch, operator: NotIn, values: [s390x]}
            tolerations:
            - {key: CriticalAddonsOnly, operator: Exists}
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'terms are ORed: an OS-only term reaches every node even if another term is narrower', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations: [{key: example.com/dedicated, operator: Exists}]
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: example.com/pool, operator: In, values: [storage]}]
                  - matchExpressions: [{key: kubernetes.io/os, operator: Exists}]
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 5, column: 7 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations: [{key: example.com/dedicated, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions: [{key: example.com/pool, operator: In, values: [storage]}]
                  - matchExpressions: [{key: kubernetes.io/os, operator: Exists}]
    ` },
    { name: 'nodeSelector asking for control-plane nodes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              node-role.kubernetes.io/control-plane: ""
            tolerations:
            - {key: node-role.kubernetes.io/master, operator: Exists, effect: NoExecute}
    `, errors: [{ message: 'selects control-plane nodes but does not tolerate their taint', help: 'The node selection picks control-plane nodes by their label, but they carry the taint node-role.kubernetes.io/control-plane:NoSchedule, so the pods never schedule there. Add a toleration for it (the fix adds key node-role.kubernetes.io/control-plane, operator Exists, effect NoSchedule).', messageId: 'missingSelected', line: 7, column: 7 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector:
              node-role.kubernetes.io/control-plane: ""
            tolerations:
            - {key: node-role.kubernetes.io/master, operator: Exists, effect: NoExecute}
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'affinity term asking for control-plane nodes with another label', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: node-role.kubernetes.io/control-plane, operator: Exists}
                    - {key: topology.kubernetes.io/zone, operator: In, values: [a]}
            containers: [{name: vip, image: vip:1}]
    `, errors: [{ message: 'selects control-plane nodes but does not tolerate their taint', line: 4, column: 5 }], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                  - matchExpressions:
                    - {key: node-role.kubernetes.io/control-plane, operator: Exists}
                    - {key: topology.kubernetes.io/zone, operator: In, values: [a]}
            containers: [{name: vip, image: vip:1}]
            tolerations:
            - key: node-role.kubernetes.io/control-plane
              operator: Exists
              effect: NoSchedule
    ` },
    { name: 'flow style pod spec', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {tolerations: [{key: foo, operator: Exists}], containers: [{name: a, image: a:1}]}}}
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 2, column: 26, endLine: 2, endColumn: 37 }], output: yaml`
      kind: DaemonSet
      spec: {template: {spec: {tolerations: [{key: foo, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}], containers: [{name: a, image: a:1}]}}}
    ` },
    { name: 'flow style pod spec without tolerations: reported, but no fix can be written in place', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: {containers: [{name: a, image: a:1}]}
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 4, column: 5 }], output: null },
    { name: 'empty tolerations value: reported at the key, no fix', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            containers: [{name: a, image: a:1}]
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 5, column: 7 }], output: null },
    { name: 'DaemonSet inside a List', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              tolerations:
              - {operator: Exists, effect: NoExecute}
    `, errors: [{ message: 'no toleration for the control-plane taint: pods skip control-plane nodes', line: 7, column: 9 }], output: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              tolerations:
              - {operator: Exists, effect: NoExecute}
              - key: node-role.kubernetes.io/control-plane
                operator: Exists
                effect: NoSchedule
    ` },
    { name: 'forbid mode: a catch-all toleration', options: { mode: 'forbid' }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            - operator: Exists
    `, errors: [{ message: 'toleration without a key tolerates every taint, control plane included', help: "A toleration without a key tolerates every taint, node-role.kubernetes.io/control-plane:NoSchedule included, so the DaemonSet's pods run on control-plane nodes, which this rule's mode: forbid does not allow. List the taints the pods need instead.", messageId: 'forbiddenCatchAll', line: 6, column: 9, endLine: 6, endColumn: 25 }], output: null },
    { name: 'forbid mode: each tolerating item is reported', options: { mode: 'forbid' }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {kubernetes.io/os: linux}
            tolerations:
            - {operator: Exists, effect: NoSchedule}
            - {key: node-role.kubernetes.io/control-plane, operator: Exists}
            - {key: node-role.kubernetes.io/master, operator: Exists}
    `, errors: [
      { message: 'toleration without a key tolerates every NoSchedule taint, control plane included', line: 7, column: 9 },
      { message: 'toleration lets pods run on control-plane nodes (mode: forbid)', help: "This toleration tolerates node-role.kubernetes.io/control-plane:NoSchedule, so the DaemonSet's pods run on control-plane nodes, which this rule's mode: forbid does not allow. Remove it.", messageId: 'forbidden', line: 8, column: 9 },
    ], output: null },
  ],
});
