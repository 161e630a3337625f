import rule from '../../src/rules/host-network-dns-policy.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const missing = 'hostNetwork pod without dnsPolicy: choose Default or ClusterFirstWithHostNet';
const empty = 'hostNetwork pod with empty dnsPolicy: choose Default or ClusterFirstWithHostNet';
const clusterFirst = 'dnsPolicy ClusterFirst under hostNetwork: choose Default or ClusterFirstWithHostNet';
const choice =
  "Say dnsPolicy: Default if the pod uses the node's DNS: network components must (CNI agents and installers, NAT, network-policy and load-balancer agents, webhooks the API server calls), because CoreDNS runs on the pod network they provide, and depending on it would deadlock their start. Say dnsPolicy: ClusterFirstWithHostNet if the pod must resolve cluster Services. The fix writes ClusterFirstWithHostNet; it is unsafe and applied only with --unsafe-fixes.";
const network = (signal: string): string =>
  `This pod is a network component (${signal}): it must use the node's DNS, because CoreDNS runs on the pod network it provides, and ClusterFirstWithHostNet would make its start wait on itself. Default is what it already gets; say dnsPolicy: Default so that nobody "fixes" it to ClusterFirstWithHostNet. The fix writes Default; like every choice of DNS policy it is unsafe and applied only with --unsafe-fixes.`;

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
    `, errors: [{
      message: missing, fixable: 'unsafe', line: 7, column: 7, endLine: 7, endColumn: 18,
      help: `With no dnsPolicy the pod gets ClusterFirst, which the kubelet turns into the node's DNS (Default) for a pod on the host network: it cannot resolve cluster Services by name. State the choice. ${choice}`,
    }], output: null, unsafeOutput: yaml`
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
    { name: 'network components get Default: CNI directories, the iptables lock, NET_ADMIN or NET_RAW under hostNetwork', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        metadata: {name: cni}
        spec:
          template:
            spec:
              hostNetwork: true
              initContainers:
              - {name: install-cni, volumeMounts: [{name: cni-bin, mountPath: /host/opt/cni/bin}]}
              volumes:
              - {name: cni-bin, hostPath: {path: /opt/cni/bin}}
      - kind: DaemonSet
        metadata: {name: conf}
        spec:
          template:
            spec:
              hostNetwork: true
              dnsPolicy: ClusterFirst
              volumes:
              - {name: cni-conf, hostPath: {path: /etc/cni/net.d/}}
      - kind: DaemonSet
        metadata: {name: proxy}
        spec:
          template:
            spec:
              hostNetwork: true
              dnsPolicy: ""
              volumes:
              - {name: xtables-lock, hostPath: {path: /var/run/xtables.lock, type: FileOrCreate}}
      - kind: DaemonSet
        metadata: {name: speaker}
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: speaker
                securityContext: {capabilities: {add: [NET_RAW]}}
      - kind: DaemonSet
        metadata: {name: vip}
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: vip
                securityContext: {capabilities: {add: [cap_net_admin]}}
    `, errors: [
      { message: 'network component without dnsPolicy: say Default', help: network('mounts /opt/cni/bin'), fixable: 'unsafe', line: 8, column: 9 },
      { message: 'network component with dnsPolicy ClusterFirst: say Default', help: network('mounts /etc/cni/net.d/'), fixable: 'unsafe', line: 19, column: 20 },
      { message: 'network component with empty dnsPolicy: say Default', help: network('mounts /var/run/xtables.lock'), fixable: 'unsafe', line: 28, column: 9 },
      { message: 'network component without dnsPolicy: say Default', help: network('container "speaker" adds NET_RAW'), fixable: 'unsafe', line: 36, column: 9 },
      { message: 'network component without dnsPolicy: say Default', help: network('container "vip" adds NET_ADMIN'), fixable: 'unsafe', line: 45, column: 9 },
    ], output: null, unsafeOutput: yaml`
      kind: List
      items:
      - kind: DaemonSet
        metadata: {name: cni}
        spec:
          template:
            spec:
              hostNetwork: true
              initContainers:
              - {name: install-cni, volumeMounts: [{name: cni-bin, mountPath: /host/opt/cni/bin}]}
              volumes:
              - {name: cni-bin, hostPath: {path: /opt/cni/bin}}
              dnsPolicy: Default
      - kind: DaemonSet
        metadata: {name: conf}
        spec:
          template:
            spec:
              hostNetwork: true
              dnsPolicy: Default
              volumes:
              - {name: cni-conf, hostPath: {path: /etc/cni/net.d/}}
      - kind: DaemonSet
        metadata: {name: proxy}
        spec:
          template:
            spec:
              hostNetwork: true
              dnsPolicy: Default
              volumes:
              - {name: xtables-lock, hostPath: {path: /var/run/xtables.lock, type: FileOrCreate}}
      - kind: DaemonSet
        metadata: {name: speaker}
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: speaker
                securityContext: {capabilities: {add: [NET_RAW]}}
              dnsPolicy: Default
      - kind: DaemonSet
        metadata: {name: vip}
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: vip
                securityContext: {capabilities: {add: [cap_net_admin]}}
              dnsPolicy: Default
    ` },
    { name: 'not network components: privileged, SYS_ADMIN, other host paths (a CSI node plugin, an exporter)', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: csi
                securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN]}}
              volumes:
              - {name: plugins, hostPath: {path: /var/lib/kubelet/plugins}}
              - {name: cni-lookalike, hostPath: {path: /etc/cni-tools}}
    `, errors: [{ message: missing, fixable: 'unsafe', line: 7, column: 9 }], output: null, unsafeOutput: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              hostNetwork: true
              containers:
              - name: csi
                securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN]}}
              volumes:
              - {name: plugins, hostPath: {path: /var/lib/kubelet/plugins}}
              - {name: cni-lookalike, hostPath: {path: /etc/cni-tools}}
              dnsPolicy: ClusterFirstWithHostNet
    ` },
  ],
});
