import rule from '../../src/rules/host-network-dns-policy.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const remedy = "set dnsPolicy: ClusterFirstWithHostNet (or dnsPolicy: Default to say that the node's DNS is intended)";
const missing = `hostNetwork: true without a dnsPolicy: the default, ClusterFirst, falls back to the node's DNS for a pod on the host network, so it cannot resolve cluster Services by name; ${remedy}`;
const empty = `dnsPolicy is empty, so it defaults to ClusterFirst, which falls back to the node's DNS under hostNetwork: true: the pod cannot resolve cluster Services by name; ${remedy}`;
const clusterFirst = `dnsPolicy ClusterFirst falls back to the node's DNS under hostNetwork: true, so the pod cannot resolve cluster Services by name; ${remedy}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'hostNetwork with ClusterFirstWithHostNet', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: filebeat}
      spec:
        template:
          spec:
            hostNetwork: true
            dnsPolicy: ClusterFirstWithHostNet
            containers: [{name: filebeat, image: example.com/filebeat:8.14.0}]
    ` },
    { name: 'Default and None are deliberate choices under hostNetwork', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec: {hostNetwork: true, dnsPolicy: Default}
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              dnsPolicy: None
              dnsConfig: {nameservers: [10.96.0.10]}
    ` },
    { name: 'no hostNetwork, hostNetwork: false, or hostNetwork as a string (the schema rule\'s)', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec: {template: {spec: {containers: []}}}
      - kind: DaemonSet
        spec: {template: {spec: {hostNetwork: false, dnsPolicy: ClusterFirst}}}
      - kind: DaemonSet
        spec: {template: {spec: {hostNetwork: "true"}}}
    ` },
    { name: 'an unknown dnsPolicy is the api-validation rule\'s finding', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            dnsPolicy: clusterfirst
    ` },
    { name: 'Windows has no ClusterFirstWithHostNet: os.name, a HostProcess pod or container, a Windows node selector', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec: {hostNetwork: true, os: {name: windows}}
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              securityContext:
                windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: csi
                securityContext: {windowsOptions: {hostProcess: true}}
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              dnsPolicy: ClusterFirst
              nodeSelector: {kubernetes.io/os: windows}
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              affinity:
                nodeAffinity:
                  requiredDuringSchedulingIgnoredDuringExecution:
                    nodeSelectorTerms:
                    - matchExpressions:
                      - {key: kubernetes.io/os, operator: NotIn, values: [linux]}
    ` },
    { name: 'no pod template', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
    { name: 'a Deployment is not ours', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            hostNetwork: true
    ` },
  ],
  invalid: [
    { name: 'dnsPolicy missing: reported at hostNetwork, added at the end of the pod spec', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: kube-flannel-ds}
      spec:
        template:
          spec:
            hostNetwork: true
            priorityClassName: system-node-critical
            containers:
            - name: kube-flannel
              image: example.com/flannel:v0.25.1
        updateStrategy: {type: RollingUpdate}
    `, errors: [{ message: missing, fixable: 'unsafe', line: 7, column: 7, endLine: 7, endColumn: 18 }], output: null, unsafeOutput: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: kube-flannel-ds}
      spec:
        template:
          spec:
            hostNetwork: true
            priorityClassName: system-node-critical
            containers:
            - name: kube-flannel
              image: example.com/flannel:v0.25.1
            dnsPolicy: ClusterFirstWithHostNet
        updateStrategy: {type: RollingUpdate}
    ` },
    { name: 'ClusterFirst: reported at the value, replaced in place with its comment kept', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: yes
            dnsPolicy: ClusterFirst # resolve Services
            containers: []
    `, errors: [{ message: clusterFirst, fixable: 'unsafe', line: 6, column: 18, endLine: 6, endColumn: 30 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: yes
            dnsPolicy: ClusterFirstWithHostNet # resolve Services
            containers: []
    ` },
    { name: 'a comment on the hostNetwork line and a comment after the last entry stay where they are', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true # configures the node's interfaces
            tolerations:
            - operator: Exists
            # end of the pod spec
    `, errors: [{ message: missing, fixable: 'unsafe', line: 5, column: 7 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true # configures the node's interfaces
            tolerations:
            - operator: Exists
            dnsPolicy: ClusterFirstWithHostNet
            # end of the pod spec
    ` },
    { name: 'empty dnsPolicy: reported at the key, filled in', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            dnsPolicy:
            containers: []
    `, errors: [{ message: empty, fixable: 'unsafe', line: 6, column: 7, endColumn: 16 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            dnsPolicy: ClusterFirstWithHostNet
            containers: []
    ` },
    { name: 'empty string dnsPolicy', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: {hostNetwork: true, dnsPolicy: ""}
    `, errors: [{ message: empty, fixable: 'unsafe', line: 4, column: 31 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: {hostNetwork: true, dnsPolicy: ClusterFirstWithHostNet}
    ` },
    { name: 'flow style: the key is added to the flow mapping', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {hostNetwork: true, containers: [{name: a, image: a}]}}}
    `, errors: [{ message: missing, fixable: 'unsafe', line: 2, column: 26, endColumn: 37 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec: {template: {spec: {hostNetwork: true, containers: [{name: a, image: a}], dnsPolicy: ClusterFirstWithHostNet}}}
    ` },
    { name: 'flow style ClusterFirst', code: yaml`
      kind: DaemonSet
      spec: {template: {spec: {dnsPolicy: 'ClusterFirst', hostNetwork: true}}}
    `, errors: [{ message: clusterFirst, fixable: 'unsafe', line: 2, column: 37, endColumn: 51 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec: {template: {spec: {dnsPolicy: ClusterFirstWithHostNet, hostNetwork: true}}}
    ` },
    { name: 'CRLF line endings stay CRLF',
      code: 'kind: DaemonSet\r\nspec:\r\n  template:\r\n    spec:\r\n      hostNetwork: true\r\n      containers: []\r\n',
      errors: [{ message: missing, fixable: 'unsafe', line: 5, column: 7 }],
      output: null, unsafeOutput: 'kind: DaemonSet\r\nspec:\r\n  template:\r\n    spec:\r\n      hostNetwork: true\r\n      containers: []\r\n      dnsPolicy: ClusterFirstWithHostNet\r\n' },
    { name: 'no final newline', code: 'kind: DaemonSet\nspec:\n  template:\n    spec:\n      hostNetwork: true',
      errors: [{ message: missing, fixable: 'unsafe', line: 5, column: 7 }],
      output: null, unsafeOutput: 'kind: DaemonSet\nspec:\n  template:\n    spec:\n      hostNetwork: true\n      dnsPolicy: ClusterFirstWithHostNet' },
    { name: 'a Linux node selector still gets ClusterFirstWithHostNet', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {kubernetes.io/os: linux}
            hostNetwork: true
    `, errors: [{ message: missing, fixable: 'unsafe', line: 6, column: 7 }], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {kubernetes.io/os: linux}
            hostNetwork: true
            dnsPolicy: ClusterFirstWithHostNet
    ` },
    { name: 'a DaemonSet inside a List, second document', code: yaml`
      kind: ConfigMap
      ---
      kind: List
      items:
        - kind: DaemonSet
          spec:
            template:
              spec:
                hostNetwork: true
                containers:
                  - name: weave
    `, errors: [{ message: missing, fixable: 'unsafe', line: 9, column: 11 }], output: null, unsafeOutput: yaml`
      kind: ConfigMap
      ---
      kind: List
      items:
        - kind: DaemonSet
          spec:
            template:
              spec:
                hostNetwork: true
                containers:
                  - name: weave
                dnsPolicy: ClusterFirstWithHostNet
    ` },
  ],
});
