import rule from '../../src/rules/control-plane-toleration.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const TAINT = 'node-role.kubernetes.io/control-plane:NoSchedule';
const missing = `DaemonSet targets every node but does not tolerate the control-plane taint ${TAINT}; add a toleration for it (or a nodeSelector if it must not run there)`;
const missingSelected = `DaemonSet selects control-plane nodes by their label but does not tolerate the control-plane taint ${TAINT}, so its pods never schedule there; add a toleration for it`;
const legacy = `toleration for the legacy taint node-role.kubernetes.io/master only: Kubernetes 1.25 removed that taint, and control-plane nodes carry ${TAINT}; add a toleration for node-role.kubernetes.io/control-plane`;
const nearMiss = (reason: string) => `toleration for node-role.kubernetes.io/control-plane does not tolerate the control-plane taint ${TAINT}: ${reason}`;
const forbidden = `toleration lets the DaemonSet run on control-plane nodes (it tolerates ${TAINT}), which mode: forbid does not allow; remove it`;
const forbiddenCatchAll = (which: string) =>
  `toleration without a key tolerates ${which}, ${TAINT} included, so the DaemonSet can run on control-plane nodes, which mode: forbid does not allow; list the taints it needs instead`;

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
    `, errors: [{ message: missing, messageId: 'missing', line: 4, column: 5, endLine: 4, endColumn: 9 }], output: yaml`
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
    `, errors: [{ message: missing, line: 5, column: 7, endLine: 5, endColumn: 18 }], output: yaml`
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
    `, errors: [{ message: legacy, messageId: 'legacy', line: 7, column: 9, endLine: 8, endColumn: 27 }], output: yaml`
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
    `, errors: [{ message: legacy, line: 7, column: 9 }], output: yaml`
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
    `, errors: [{ message: nearMiss("its effect is NoExecute, the taint's is NoSchedule"), messageId: 'nearMiss', line: 6, column: 9 }], output: yaml`
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
    `, errors: [{ message: nearMiss('operator Equal compares the value "true" with the taint\'s, which is empty; use operator: Exists'), line: 6, column: 9 }], output: yaml`
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
    `, errors: [{ message: nearMiss('operator "exists" is neither Exists nor Equal'), line: 6, column: 9 }], output: yaml`
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
    `, errors: [{ message: missing, line: 7, column: 7 }], output: yaml`
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
    `, errors: [{ message: missing, line: 8, column: 7 }], output: yaml`
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
    `, errors: [{ message: missing, line: 12, column: 7 }], output: yaml`
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
    `, errors: [{ message: missing, line: 5, column: 7 }], output: yaml`
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
    `, errors: [{ message: missingSelected, messageId: 'missingSelected', line: 7, column: 7 }], output: yaml`
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
    `, errors: [{ message: missingSelected, line: 4, column: 5 }], output: yaml`
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
    `, errors: [{ message: missing, line: 2, column: 26, endLine: 2, endColumn: 37 }], output: yaml`
      kind: DaemonSet
      spec: {template: {spec: {tolerations: [{key: foo, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}], containers: [{name: a, image: a:1}]}}}
    ` },
    { name: 'flow style pod spec without tolerations: reported, but no fix can be written in place', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: {containers: [{name: a, image: a:1}]}
    `, errors: [{ message: missing, line: 4, column: 5 }], output: null },
    { name: 'empty tolerations value: reported at the key, no fix', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            tolerations:
            containers: [{name: a, image: a:1}]
    `, errors: [{ message: missing, line: 5, column: 7 }], output: null },
    { name: 'DaemonSet inside a List', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              tolerations:
              - {operator: Exists, effect: NoExecute}
    `, errors: [{ message: missing, line: 7, column: 9 }], output: yaml`
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
    `, errors: [{ message: forbiddenCatchAll('every taint'), messageId: 'forbiddenCatchAll', line: 6, column: 9, endLine: 6, endColumn: 25 }], output: null },
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
      { message: forbiddenCatchAll('every NoSchedule taint'), line: 7, column: 9 },
      { message: forbidden, messageId: 'forbidden', line: 8, column: 9 },
    ], output: null },
  ],
});
