import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// Node affinity, pod (anti-)affinity and topology spread constraints (validateAffinity,
// validateTopologySpreadConstraints).

const head = 'kind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      containers: [{name: agent, image: agent}]\n';

new RuleTester().run(rule, {
  valid: [
    { name: 'node affinity as DaemonSets write it: an empty term, Gt with one value, matchFields on metadata.name', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: kubernetes.io/os, operator: In, values: [linux]}
                        - {key: example.com/gen, operator: Gt, values: ["3"]}
                    - matchFields: [{key: metadata.name, operator: In, values: [node-1]}]
                    - {}
                preferredDuringSchedulingIgnoredDuringExecution:
                  - {weight: 100, preference: {matchExpressions: [{key: zone, operator: Exists}]}}
              podAntiAffinity:
                preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 1
                    podAffinityTerm:
                      topologyKey: kubernetes.io/hostname
                      labelSelector: {matchLabels: {app: agent}}
                      matchLabelKeys: [pod-template-hash]
                      namespaces: [kube-system]
            topologySpreadConstraints:
              - {maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, minDomains: 2, labelSelector: {matchLabels: {app: agent}}, matchLabelKeys: [pod-template-hash], nodeAffinityPolicy: Honor}
              - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: ScheduleAnyway}
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'required node affinity values are not label values before 1.32', kubeVersion: '1.31', code: `${head}      affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: k, operator: In, values: ["a b"]}]}]}}}\n` },
    { name: 'matchLabelKeys in pod affinity are dropped before 1.31', kubeVersion: '1.30', code: `${head}      affinity: {podAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [{topologyKey: zone, matchLabelKeys: [a]}]}}\n` },
  ],
  invalid: [
    { name: 'required node affinity: no term; operators; values; keys; field selectors', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: a, operator: In}
                        - {key: b, operator: Exists, values: [x]}
                        - {key: c, operator: Gt, values: ["1", "2"]}
                        - {key: "d e", operator: Equals, values: [x]}
                        - {key: f, operator: In, values: ["not a label value"]}
                      matchFields:
                        - {key: metadata.labels, operator: In, values: [x]}
                        - {key: metadata.name, operator: Exists}
                        - {key: metadata.name, operator: In, values: [Node_1]}
            containers: [{name: agent, image: agent}]
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: []}}}
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchExpressions[0].values: Required value', line: 11, column: 21 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchExpressions[1].values: Forbidden', line: 12, column: 48 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchExpressions[2].values: Required value', line: 13, column: 44 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchExpressions[3].key: Invalid value: "d e"', line: 14, column: 27 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchExpressions[3].operator: Invalid value: "Equals"', line: 14, column: 44 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchExpressions[4].values[0]: Invalid value: "not a label value"', line: 15, column: 53 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchFields[0].key: Invalid value: "metadata.labels"', line: 17, column: 27 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchFields[1].operator: Invalid value: "Exists"', line: 18, column: 52 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms[0].matchFields[2].values[0]: Invalid value: "Node_1"', line: 19, column: 65 },
      { message: 'affinity.nodeAffinity.required….nodeSelectorTerms: Required value: must have at least one node selector term', line: 27, column: 82 },
    ] },
    { name: 'preferred node affinity: weight 1-100; values not checked as label values', code: `${head}      affinity: {nodeAffinity: {preferredDuringSchedulingIgnoredDuringExecution: [{weight: 0, preference: {matchExpressions: [{key: k, operator: In, values: ["a b"]}]}}, {weight: 101, preference: {}}]}}\n`, errors: [
      { message: 'affinity.nodeAffinity.preferred…[0].weight: Invalid value: 0: must be in the range 1-100', line: 7, column: 92 },
      { message: 'affinity.nodeAffinity.preferred…[1].weight: Invalid value: 101: must be in the range 1-100', line: 7, column: 180 },
    ] },
    { name: 'pod affinity: weight, selector, namespaces, topologyKey', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            affinity:
              podAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  - labelSelector: {matchExpressions: [{key: app, operator: In, values: ["bad value!"]}]}
                    namespaces: [Kube_System]
                  - topologyKey: "not/a/key"
              podAntiAffinity:
                preferredDuringSchedulingIgnoredDuringExecution:
                  - {weight: 200, podAffinityTerm: {topologyKey: zone, namespaceSelector: {matchExpressions: [{key: team, operator: Exists, values: [a]}]}}}
    `, errors: [
      { message: 'affinity.podAffinity.required…[0].topologyKey: Invalid value: ""', line: 10, column: 15 },
      { message: 'affinity.podAffinity.required…[0].topologyKey: Invalid value: "": name part must be non-empty', line: 10, column: 15 },
      { message: 'affinity.podAffinity.required…[0].topologyKey: Required value: can not be empty', line: 10, column: 15 },
      { message: 'affinity.podAffinity.required…[0].labelSelector.matchExpressions[0].values[0]: Invalid value: "bad value!"', line: 10, column: 84 },
      { message: 'affinity.podAffinity.required…[0].namespace: Invalid value: must be a lowercase RFC 1123 label', line: 11, column: 28 },
      { message: 'affinity.podAffinity.required…[1].topologyKey: Invalid value: "not/a/key"', line: 12, column: 28 },
      { message: 'affinity.podAntiAffinity.preferred…[0].weight: Invalid value: 200: must be in the range 1-100', line: 15, column: 24 },
      { message: 'affinity.podAntiAffinity.preferred…[0].podAffinityTerm.namespaceSelector.matchExpressions[0].values: Forbidden', line: 15, column: 135 },
    ] },
    { name: 'matchLabelKeys and mismatchLabelKeys in pod affinity (1.31 on)', kubeVersion: '1.31', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            affinity:
              podAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  - {topologyKey: zone, matchLabelKeys: [a]}
                  - topologyKey: zone
                    labelSelector: {matchLabels: {app: x}, matchExpressions: [{key: app, operator: Exists}]}
                    matchLabelKeys: [app, tier, "-x"]
                    mismatchLabelKeys: [tier]
    `, errors: [
      { message: 'affinity.podAffinity.required…[0].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set', line: 10, column: 35 },
      { message: 'affinity.podAffinity.required…[1][0]: Invalid value: exists in both matchLabelKeys and labelSelector', line: 13, column: 32 },
      { message: 'affinity.podAffinity.required…[1].matchLabelKeys[1]: Invalid value: "tier"', line: 13, column: 37 },
      { message: 'affinity.podAffinity.required…[1].matchLabelKeys[2]: Invalid value: "-x"', line: 13, column: 43 },
    ] },
    { name: 'topology spread: maxSkew, topologyKey, whenUnsatisfiable, minDomains, policies, duplicates, matchLabelKeys', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            topologySpreadConstraints:
              - {maxSkew: 0, topologyKey: zone, whenUnsatisfiable: DoNotSchedule}
              - {maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, nodeTaintsPolicy: Maybe}
              - {maxSkew: 1, whenUnsatisfiable: Never}
              - {maxSkew: 1, topologyKey: host, whenUnsatisfiable: ScheduleAnyway, minDomains: 0}
              - {maxSkew: 1, topologyKey: rack, whenUnsatisfiable: DoNotSchedule, matchLabelKeys: [app]}
              - {maxSkew: 1, topologyKey: row, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: a}}, matchLabelKeys: [app]}
    `, errors: [
        { message: 'topologySpreadConstraints[0].{topologyKey, whenUnsatisfiable}: Duplicate value: "{zone, DoNotSchedule}"', line: 8, column: 11 },
        { message: 'topologySpreadConstraints[0].maxSkew: Invalid value: 0: must be greater than zero', line: 8, column: 21 },
        { message: 'topologySpreadConstraints[1].nodeTaintsPolicy: Unsupported value: "Maybe"', line: 9, column: 95 },
        { message: 'topologySpreadConstraints[2].topologyKey: Required value: can not be empty', line: 10, column: 11 },
        { message: 'topologySpreadConstraints[2].whenUnsatisfiable: Unsupported value: "Never"', line: 10, column: 43 },
        { message: 'topologySpreadConstraints[3].minDomains: Invalid value: 0', line: 11, column: 90 },
        { message: 'topologySpreadConstraints[3].minDomains: Invalid value: 0: must be greater than zero', line: 11, column: 90 },
        { message: 'topologySpreadConstraints[4].matchLabelKeys: Forbidden: must not be specified when labelSelector is not set', line: 12, column: 77 },
        { message: 'topologySpreadConstraints[5].matchLabelKeys[0]: Invalid value: "app"', line: 13, column: 133 },
      ] },
  ],
});
