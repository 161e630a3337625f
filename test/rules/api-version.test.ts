import rule from '../../src/rules/api-version.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const neverServed = 'apiVersion apps/v1beta1 never served DaemonSets: use apps/v1';


new RuleTester().run(rule, {
  valid: [
    { name: 'apps/v1', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'a legacy Deployment is not ours', code: yaml`
      apiVersion: extensions/v1beta1
      kind: Deployment
      metadata: {name: a}
    ` },
    { name: 'a legacy StatefulSet next to an apps/v1 DaemonSet', code: yaml`
      apiVersion: apps/v1beta1
      kind: StatefulSet
      metadata: {name: a}
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: b}
    ` },
    { name: 'apiVersion missing: the schema rule reports it', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
    { name: 'apiVersion not a string', code: yaml`
      apiVersion: [extensions/v1beta1]
      kind: DaemonSet
    ` },
    { name: 'an unknown version is not one of the removed ones', code: yaml`
      apiVersion: apps/v2
      kind: DaemonSet
    ` },
  ],
  invalid: [
    { name: 'apps/v1beta2 with a selector: same defaults as apps/v1, fixed', code: yaml`
      apiVersion: apps/v1beta2
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
    `, errors: [{ message: 'apiVersion apps/v1beta2 is no longer served: use apps/v1', help: 'Kubernetes 1.16 stopped serving DaemonSets at extensions/v1beta1 and apps/v1beta2: the API server rejects this manifest. Change apiVersion to apps/v1 (the fix does): nothing else in this DaemonSet needs to change.', line: 1, column: 13, endLine: 1, endColumn: 25 }], output: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
    ` },
    { name: 'extensions/v1beta1 with a selector and an explicit strategy type: fixed, comment kept', code: yaml`
      apiVersion: extensions/v1beta1 # old
      kind: DaemonSet
      metadata: {name: istio-node}
      spec:
        selector:
          matchLabels: {k8s-app: istio-node}
        updateStrategy:
          type: RollingUpdate
          rollingUpdate: {maxUnavailable: 1}
    `, errors: [{ message: 'apiVersion extensions/v1beta1 is no longer served: use apps/v1', line: 1, column: 13, endLine: 1, endColumn: 31 }], output: yaml`
      apiVersion: apps/v1 # old
      kind: DaemonSet
      metadata: {name: istio-node}
      spec:
        selector:
          matchLabels: {k8s-app: istio-node}
        updateStrategy:
          type: RollingUpdate
          rollingUpdate: {maxUnavailable: 1}
    ` },
    { name: 'quoted extensions/v1beta1 with OnDelete written out', code: yaml`
      kind: DaemonSet
      apiVersion: "extensions/v1beta1"
      spec:
        selector: {matchLabels: {app: a}}
        updateStrategy: {type: OnDelete}
    `, errors: [{ message: 'apiVersion extensions/v1beta1 is no longer served: use apps/v1', line: 2, column: 13, endColumn: 33 }], output: yaml`
      kind: DaemonSet
      apiVersion: apps/v1
      spec:
        selector: {matchLabels: {app: a}}
        updateStrategy: {type: OnDelete}
    ` },
    { name: 'extensions/v1beta1 relying on both defaults: no fix, both changes named', code: yaml`
      apiVersion: extensions/v1beta1
      kind: DaemonSet
      metadata: {name: kube-flannel-ds}
      spec:
        template:
          metadata:
            labels: {app: flannel}
    `, errors: [{ message: 'apiVersion extensions/v1beta1 is no longer served: use apps/v1 (2 more changes)', help: 'Kubernetes 1.16 stopped serving DaemonSets at extensions/v1beta1 and apps/v1beta2: the API server rejects this manifest. Change apiVersion to apps/v1, and add spec.selector (extensions/v1beta1 defaulted it to the pod template labels; apps/v1 requires it); set spec.updateStrategy.type (extensions/v1beta1 defaulted it to OnDelete, apps/v1 to RollingUpdate): apps/v1 would otherwise reject the object or read it differently.', line: 1, column: 13 }], output: null },
    { name: 'extensions/v1beta1 with an empty selector value and an empty strategy type: no fix', code: yaml`
      apiVersion: extensions/v1beta1
      kind: DaemonSet
      spec:
        selector:
        updateStrategy:
          type: ""
    `, errors: [{ message: 'apiVersion extensions/v1beta1 is no longer served: use apps/v1 (2 more changes)', line: 1, column: 13 }], output: null },
    { name: 'extensions/v1beta1 with templateGeneration: no fix', code: yaml`
      apiVersion: extensions/v1beta1
      kind: DaemonSet
      spec:
        templateGeneration: 3
        selector: {matchLabels: {app: a}}
        updateStrategy: {type: RollingUpdate}
    `, errors: [{ message: 'apiVersion extensions/v1beta1 is no longer served: use apps/v1 (1 more change)', line: 1, column: 13 }], output: null },
    { name: 'apps/v1beta2 without a selector (it was required there too): no fix', code: yaml`
      apiVersion: apps/v1beta2
      kind: DaemonSet
      spec:
        template:
          metadata: {labels: {app: a}}
    `, errors: [{ message: 'apiVersion apps/v1beta2 is no longer served: use apps/v1 (1 more change)', line: 1, column: 13 }], output: null },
    { name: 'apps/v1beta1 never had DaemonSets; with a selector it is fixed', code: yaml`
      apiVersion: apps/v1beta1
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: a}}
    `, errors: [{ message: neverServed, line: 1, column: 13, endColumn: 25 }], output: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'apps/v1beta1 without a selector or spec at all: no fix', code: yaml`
      apiVersion: apps/v1beta1
      kind: DaemonSet
      metadata: {name: a}
    `, errors: [{ message: 'apiVersion apps/v1beta1 never served DaemonSets: use apps/v1 (1 more change)', help: 'apps/v1beta1 had Deployments and StatefulSets but never DaemonSets: the API server rejects this manifest. Change apiVersion to apps/v1, and add spec.selector (apps/v1 requires it): apps/v1 would otherwise reject the object or read it differently.', line: 1, column: 13 }], output: null },
    { name: 'a DaemonSet item of a List, flow style', code: yaml`
      apiVersion: v1
      kind: List
      items:
        - {apiVersion: apps/v1beta2, kind: DaemonSet, spec: {selector: {matchLabels: {a: b}}}}
    `, errors: [{ message: 'apiVersion apps/v1beta2 is no longer served: use apps/v1', line: 4, column: 18, endColumn: 30 }], output: yaml`
      apiVersion: v1
      kind: List
      items:
        - {apiVersion: apps/v1, kind: DaemonSet, spec: {selector: {matchLabels: {a: b}}}}
    ` },
    { name: 'second document of a stream, CRLF', code: 'kind: ConfigMap\r\n---\r\napiVersion: apps/v1beta2\r\nkind: DaemonSet\r\nspec:\r\n  selector: {matchLabels: {a: b}}\r\n',
      errors: [{ message: 'apiVersion apps/v1beta2 is no longer served: use apps/v1', line: 3, column: 13 }],
      output: 'kind: ConfigMap\r\n---\r\napiVersion: apps/v1\r\nkind: DaemonSet\r\nspec:\r\n  selector: {matchLabels: {a: b}}\r\n' },
  ],
});
