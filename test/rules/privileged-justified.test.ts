import rule, { type PrivilegedJustifiedOptions } from '../../src/rules/privileged-justified.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const unjustified = (subject: string, _remedy?: string, _key?: string): string => `${subject}, not justified`;
const invalid = (subject: string, _remedy: string, _key: string, _why: string, _repair?: string): string => `${subject}: invalid justification`;
const expired = (subject: string, _remedy: string, _key: string, date: string): string => `${subject}: justification expired on ${date}`;
const justified = (subject: string, key: string, _reason: string): string => `${subject}; justified by daemonlint.io/justification.${key}`;

const privileged = (container: string): [string, string, string] => [`container "${container}" runs privileged`, 'drop privileged: true and add only the capabilities the container needs', 'privileged'];
const capability = (container: string, cap: string): [string, string, string] => [
  `container "${container}" adds capability ${cap}`,
  'remove it from capabilities.add',
  'capabilities',
];
const hostNetwork: [string, string, string] = ["pod shares the node's network (hostNetwork: true)", 'remove hostNetwork', 'hostNetwork'];
const hostPID: [string, string, string] = ["pod shares the node's processes (hostPID: true)", 'remove hostPID', 'hostPID'];
const hostIPC: [string, string, string] = ["pod shares the node's IPC namespace (hostIPC: true)", 'remove hostIPC', 'hostIPC'];
const volume = (name: string, exposure: string, remedy = 'remove the volume'): [string, string, string] => [
  `volume "${name}" ${exposure}`,
  remedy,
  'hostPath',
];

const reason = 'loads the eBPF programs that enforce network policy';

new RuleTester().run<PrivilegedJustifiedOptions>(rule, {
  valid: [
    { name: 'an unprivileged agent', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata: {labels: {app: agent}}
          spec:
            containers:
            - name: agent
              image: agent:1.0
              securityContext:
                privileged: false
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    ` },
    { name: 'capabilities outside the dangerous set, and dangerous ones only dropped', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                capabilities:
                  add: [NET_BIND_SERVICE, CAP_CHOWN, sys_time]
                  drop: [SYS_ADMIN, NET_RAW]
    ` },
    { name: 'host namespaces explicitly off, YAML 1.1 booleans included', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: false
            hostPID: no
            hostIPC: off
            containers:
            - name: agent
              securityContext: {privileged: off}
    ` },
    { name: 'hostPath below a sensitive path that is matched exactly (/etc, /sys, /dev) and unrelated paths', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - {name: cni, hostPath: {path: /etc/cni/net.d}}
            - {name: certs, hostPath: {path: /etc/ssl/certs}}
            - {name: cgroup, hostPath: {path: /sys/fs/cgroup}}
            - {name: gpu, hostPath: {path: /dev/dri}}
            - {name: logs, hostPath: {path: /var/log}}
            - {name: etcd, hostPath: {path: /etcd}}
            - {name: run-flannel, hostPath: {path: /run/flannel}}
            - {name: kubelet-lookalike, hostPath: {path: /var/lib/kubelet-data}}
    ` },
    { name: 'sensitiveHostPaths replaces the default list', options: { sensitiveHostPaths: ['/var/lib/kubelet/**'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - {name: etc, hostPath: {path: /etc}}
            - {name: proc, hostPath: {path: /proc}}
    ` },
    { name: 'dangerousCapabilities replaces the default set', options: { dangerousCapabilities: ['CAP_SYS_ADMIN'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                capabilities: {add: [NET_ADMIN, NET_RAW]}
    ` },
    { name: 'a privileged Deployment is not ours', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
            - name: agent
              securityContext: {privileged: true}
    ` },
    { name: 'volumes that are not hostPath, whatever their name', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - name: host-root
              emptyDir: {}
            - name: etc
              configMap: {name: etc}
    ` },
    { name: 'wrong shapes do not crash the rule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: a
              securityContext: [privileged]
            - name: b
              securityContext:
                capabilities: {add: SYS_ADMIN}
            - name: c
              securityContext:
                capabilities: {add: [{name: SYS_ADMIN}, 42, null]}
            - just a string
            volumes:
            - name: x
              hostPath: /etc
            - name: y
              hostPath: {path: 5}
            - 7
    ` },
    { name: 'string "true" is a type error for the schema rule, not a privilege Kubernetes grants', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: "true"
            containers:
            - name: agent
              securityContext: {privileged: "true"}
    ` },
    { name: 'Windows paths outside the sensitive list: another drive, logs, the CSI proxy pipes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - {name: data, hostPath: {path: 'D:\var\lib\kubelet'}}
            - {name: logs, hostPath: {path: 'C:\var\log'}}
            - {name: csi-proxy, hostPath: {path: '\\.\pipe\csi-proxy-filesystem-v1'}}
    ` },
    { name: 'justification annotations with nothing to justify are not findings', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.privileged: todo
          daemonlint.io/justification-expires: "not a date"
      spec:
        template:
          spec:
            containers: [{name: agent}]
    ` },
    { name: 'spec or template missing', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
  ],
  invalid: [
    { name: 'privileged container, not justified', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                privileged: true
    `, errors: [{ message: unjustified(...privileged('agent')), line: 8, column: 11, endLine: 8, endColumn: 21 }] },

    { name: 'justified on the pod template: a suppressed result with the reason', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations:
              daemonlint.io/justification.privileged: "  ${reason}  "
          spec:
            containers:
            - name: agent
              securityContext: {privileged: true}
    `, errors: [{ message: justified('container "agent" runs privileged', 'privileged', reason), line: 10, column: 27, justification: reason }] },

    { name: 'justified on the DaemonSet, covering every use of that key', code: yaml`
      kind: DaemonSet
      metadata:
        name: cni
        annotations:
          daemonlint.io/justification.hostNetwork: "CNI agent: configures the node's own interfaces"
          daemonlint.io/justification.privileged: "writes the node's iptables rules"
      spec:
        template:
          spec:
            hostNetwork: true
            initContainers:
            - name: install
              securityContext: {privileged: true}
            containers:
            - name: agent
              securityContext: {privileged: true}
    `, errors: [
      { message: justified(hostNetwork[0], 'hostNetwork', "CNI agent: configures the node's own interfaces"), line: 10, column: 7,
        justification: "CNI agent: configures the node's own interfaces" },
      { message: justified('container "install" runs privileged', 'privileged', "writes the node's iptables rules"), line: 13, column: 27,
        justification: "writes the node's iptables rules" },
      { message: justified('container "agent" runs privileged', 'privileged', "writes the node's iptables rules"), line: 16, column: 27,
        justification: "writes the node's iptables rules" },
    ] },

    { name: 'a justification on one key does not cover another', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostNetwork: "CNI agent: configures the node's own interfaces"
      spec:
        template:
          spec:
            hostNetwork: true
            hostPID: true
            hostIPC: yes
    `, errors: [
      { message: justified(hostNetwork[0], 'hostNetwork', "CNI agent: configures the node's own interfaces"), line: 8, column: 7,
        justification: "CNI agent: configures the node's own interfaces" },
      { message: unjustified(...hostPID), line: 9, column: 7, endColumn: 14 },
      { message: unjustified(...hostIPC), line: 10, column: 7 },
    ] },

    { name: 'expired justification', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPID: "reads every process's cgroup for metrics"
          daemonlint.io/justification-expires: "2026-03-31"
      spec:
        template:
          spec:
            hostPID: true
    `, errors: [{ message: expired(...hostPID, '2026-03-31'), line: 9, column: 7 }] },

    { name: 'the expiry day itself still counts', now: '2026-03-31T23:00:00Z', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPID: "reads every process's cgroup for metrics"
          daemonlint.io/justification-expires: 2026-03-31
      spec:
        template:
          spec:
            hostPID: true
    `, errors: [{ message: justified(hostPID[0], 'hostPID', "reads every process's cgroup for metrics"), line: 9, column: 7,
      justification: "reads every process's cgroup for metrics" }] },

    { name: 'malformed expiry date is reported, not ignored', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPID: "reads every process's cgroup for metrics"
          daemonlint.io/justification-expires: "31/03/2027"
      spec:
        template:
          spec:
            hostPID: true
    `, errors: [{ message: invalid(...hostPID, 'is bounded by daemonlint.io/justification-expires: "31/03/2027", which is not a YYYY-MM-DD date',
      'write the date as YYYY-MM-DD'), line: 9, column: 7 }] },

    { name: 'placeholder justification', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations: {daemonlint.io/justification.privileged: TODO}
          spec:
            containers:
            - name: agent
              securityContext: {privileged: true}
    `, errors: [{ message: invalid(...privileged('agent'), 'is a placeholder ("TODO")'), line: 9, column: 27 }] },

    { name: 'justification too short, and the minimum is configurable', options: { minJustificationLength: 40 }, code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostNetwork: "serves node metrics"
      spec:
        template:
          spec:
            hostNetwork: true
    `, errors: [{ message: invalid(...hostNetwork, 'is too short ("serves node metrics", 19 characters; at least 40)'), line: 8, column: 7 }] },

    { name: 'justification too short by default', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostNetwork: needed
      spec:
        template:
          spec:
            hostNetwork: true
    `, errors: [{ message: invalid(...hostNetwork, 'is too short ("needed", 6 characters; at least 10)'), line: 8, column: 7 }] },

    { name: 'capabilities in every spelling the runtimes accept, each at its list item', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                capabilities:
                  add:
                  - CAP_SYS_ADMIN
                  - sys_admin
                  - Cap_Net_Raw
                  - NET_BIND_SERVICE
                  - "bpf"
            - name: debug
              securityContext:
                capabilities: {add: [all, PERFMON]}
    `, errors: [
      { message: unjustified(...capability('agent', 'SYS_ADMIN')), line: 10, column: 15, endLine: 10, endColumn: 28 },
      { message: unjustified(...capability('agent', 'SYS_ADMIN')), line: 11, column: 15 },
      { message: unjustified(...capability('agent', 'NET_RAW')), line: 12, column: 15 },
      { message: unjustified(...capability('agent', 'BPF')), line: 14, column: 15, endColumn: 20 },
      { message: unjustified('container "debug" adds ALL capabilities', 'remove it from capabilities.add', 'capabilities'), line: 17, column: 32 },
      { message: unjustified(...capability('debug', 'PERFMON')), line: 17, column: 37 },
    ] },

    { name: 'dangerousCapabilities option, written with a prefix', options: { dangerousCapabilities: ['CAP_CHOWN'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                capabilities: {add: [SYS_ADMIN, chown]}
    `, errors: [{ message: unjustified(...capability('agent', 'CHOWN')), line: 8, column: 43 }] },

    { name: 'allowPrivilegeEscalation in an init container, a sidecar and an ephemeral container', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: setup
              securityContext: {allowPrivilegeEscalation: true}
            - name: proxy
              restartPolicy: Always
              securityContext:
                allowPrivilegeEscalation: yes
            ephemeralContainers:
            - name: debugger
              securityContext: {allowPrivilegeEscalation: true, privileged: true}
    `, errors: [
      { message: unjustified('container "setup" allows privilege escalation', 'set allowPrivilegeEscalation: false', 'allowPrivilegeEscalation'), line: 7, column: 27 },
      { message: unjustified('container "proxy" allows privilege escalation', 'set allowPrivilegeEscalation: false', 'allowPrivilegeEscalation'), line: 11, column: 11 },
      { message: unjustified('container "debugger" allows privilege escalation', 'set allowPrivilegeEscalation: false', 'allowPrivilegeEscalation'), line: 14, column: 27 },
      { message: unjustified(...privileged('debugger')), line: 14, column: 59 },
    ] },

    { name: 'sensitive host paths, spelled in different ways, reported at the path value', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - name: kubelet
              hostPath: {path: /var/lib/kubelet/}
            - name: etc
              hostPath:
                path: //etc/.
                type: Directory
            - name: docker
              hostPath: {path: /run/docker.sock, type: Socket}
            - name: containerd
              hostPath: {path: "/var/run/containerd/containerd.sock"}
            - name: pods
              hostPath: {path: /var/lib/kubelet/pods}
            - name: host-proc-ns
              hostPath: {path: /proc/1/ns}
            - name: root-ssh
              hostPath: {path: /root/.ssh}
            - name: boot
              hostPath: {path: /boot}
    `, errors: [
      { message: unjustified(...volume('kubelet', 'mounts sensitive path /var/lib/kubelet/')), line: 7, column: 26, endColumn: 43 },
      { message: unjustified(...volume('etc', 'mounts sensitive path //etc/.')), line: 10, column: 17, endColumn: 24 },
      { message: unjustified(...volume('docker', 'mounts sensitive path /run/docker.sock')),
        line: 13, column: 26 },
      { message: unjustified(...volume('containerd', 'mounts sensitive path /var/run/containerd/containerd.sock')),
        line: 15, column: 26, endColumn: 63 },
      { message: unjustified(...volume('pods', 'mounts sensitive path /var/lib/kubelet/pods')), line: 17, column: 26 },
      { message: unjustified(...volume('host-proc-ns', 'mounts sensitive path /proc/1/ns')), line: 19, column: 26 },
      { message: unjustified(...volume('root-ssh', 'mounts sensitive path /root/.ssh')), line: 21, column: 26 },
      { message: unjustified(...volume('boot', 'mounts sensitive path /boot')), line: 23, column: 26 },
    ] },

    { name: 'a directory above a sensitive path exposes it', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - {name: var-run, hostPath: {path: /var/run}}
            - {name: run, hostPath: {path: /run}}
            - {name: var-lib, hostPath: {path: /var/lib/}}
            - {name: everything, hostPath: {path: /}}
    `, errors: [
      { message: unjustified(...volume('var-run', 'mounts /var/run (holds /var/run/docker.sock)', 'mount only the subdirectory the pod needs')),
        line: 6, column: 42 },
      { message: unjustified(...volume('run', 'mounts /run (holds /run/docker)', 'mount only the subdirectory the pod needs')),
        line: 7, column: 38 },
      { message: unjustified(...volume('var-lib', 'mounts /var/lib/ (holds /var/lib/kubelet)', 'mount only the subdirectory the pod needs')),
        line: 8, column: 42 },
      { message: unjustified(...volume('everything', 'mounts sensitive path /')), line: 9, column: 45 },
    ] },

    { name: 'container runtime state is sensitive even read-only: Docker, containerd, CRI-O, k3s, RKE2, MicroK8s', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: containers, mountPath: /var/lib/docker/containers, readOnly: true}]
            volumes:
            - {name: containers, hostPath: {path: /var/lib/docker/containers}}
            - {name: containerd, hostPath: {path: /var/lib/containerd}}
            - {name: storage, hostPath: {path: /var/lib/containers/storage}}
            - {name: crio, hostPath: {path: /run/crio/crio.sock}}
            - {name: k3s, hostPath: {path: /run/k3s/containerd/containerd.sock}}
            - {name: cri-dockerd, hostPath: {path: /run/cri-dockerd.sock}}
            - {name: k3s-state, hostPath: {path: /var/lib/rancher/k3s/agent/containerd}}
            - {name: rke2-logs, hostPath: {path: /var/lib/rancher/rke2/agent/containerd/io.containerd.grpc.v1.cri/containers}}
            - {name: microk8s, hostPath: {path: /var/snap/microk8s/common/run/containerd.sock}}
            - {name: microk8s-state, hostPath: {path: /var/snap/microk8s/common/var/lib/containerd/}}
            - {name: rancher-logs, hostPath: {path: /var/lib/rancher/k3s/agent/logs}}
    `, errors: [
      {
        message: unjustified(...volume('containers', 'mounts sensitive path /var/lib/docker/containers')), line: 9, column: 45,
        help: 'It lies inside /var/lib/docker, the container runtime\'s socket or state: every container\'s filesystem, environment (their secrets) and logs, and an API that starts containers as root on the node. It is sensitive even read-only. Fix: remove the volume; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: unjustified(...volume('containerd', 'mounts sensitive path /var/lib/containerd')), line: 10, column: 45 },
      { message: unjustified(...volume('storage', 'mounts sensitive path /var/lib/containers/storage')), line: 11, column: 42 },
      {
        message: unjustified(...volume('crio', 'mounts sensitive path /run/crio/crio.sock')), line: 12, column: 39,
        help: 'It lies inside /var/run/crio, the container runtime\'s socket or state: every container\'s filesystem, environment (their secrets) and logs, and an API that starts containers as root on the node. It is sensitive even read-only. Paths under /var/run and /run are the same: /var/run links to /run. Fix: remove the volume; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: unjustified(...volume('k3s', 'mounts sensitive path /run/k3s/containerd/containerd.sock')), line: 13, column: 38 },
      { message: unjustified(...volume('cri-dockerd', 'mounts sensitive path /run/cri-dockerd.sock')), line: 14, column: 46 },
      { message: unjustified(...volume('k3s-state', 'mounts sensitive path /var/lib/rancher/k3s/agent/containerd')), line: 15, column: 44 },
      { message: unjustified(...volume('rke2-logs', 'mounts sensitive path /var/lib/rancher/rke2/agent/containerd/io.containerd.grpc.v1.cri/containers')), line: 16, column: 44 },
      { message: unjustified(...volume('microk8s', 'mounts sensitive path /var/snap/microk8s/common/run/containerd.sock')), line: 17, column: 43 },
      { message: unjustified(...volume('microk8s-state', 'mounts sensitive path /var/snap/microk8s/common/var/lib/containerd/')), line: 18, column: 49 },
    ] },

    { name: 'Windows counterparts: the drive root, the kubelet directory, runtime state and pipes, without case', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - {name: kubelet, hostPath: {path: 'C:\var\lib\kubelet'}}
            - {name: pods, hostPath: {path: 'c:/var/lib/kubelet/pods'}}
            - {name: docker, hostPath: {path: 'C:\ProgramData\Docker\containers'}}
            - {name: engine, hostPath: {path: '\\.\pipe\docker_engine'}}
            - {name: containerd, hostPath: {path: '\\.\pipe\containerd-containerd'}}
            - {name: drive, hostPath: {path: 'C:\'}}
            - {name: var, hostPath: {path: 'C:\var'}}
    `, errors: [
      { message: unjustified(...volume('kubelet', 'mounts sensitive path C:\\var\\lib\\kubelet')), line: 6, column: 42 },
      { message: unjustified(...volume('pods', 'mounts sensitive path c:/var/lib/kubelet/pods')), line: 7, column: 39 },
      {
        message: unjustified(...volume('docker', 'mounts sensitive path C:\\ProgramData\\Docker\\containers')), line: 8, column: 41,
        help: 'It lies inside C:\\ProgramData\\docker, the container runtime\'s socket or state: every container\'s filesystem, environment (their secrets) and logs, and an API that starts containers as root on the node. It is sensitive even read-only. Fix: remove the volume; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: unjustified(...volume('engine', 'mounts sensitive path \\\\.\\pipe\\docker_engine')), line: 9, column: 41 },
      { message: unjustified(...volume('containerd', 'mounts sensitive path \\\\.\\pipe\\containerd-containerd')), line: 10, column: 45 },
      { message: unjustified(...volume('drive', 'mounts sensitive path C:\\')), line: 11, column: 40 },
      { message: unjustified(...volume('var', 'mounts C:\\var (holds C:\\var\\lib\\kubelet)', 'mount only the subdirectory the pod needs')), line: 12, column: 38 },
    ] },

    { name: 'Windows HostProcess: the pod-level setting and a container\'s own; hostNetwork, which the API requires with it, is not reported apart', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            securityContext:
              windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM"}
            containers:
            - name: csi-node
              securityContext:
                windowsOptions: {hostProcess: true}
    `, errors: [
      {
        message: unjustified('pod runs as Windows HostProcess containers'), line: 7, column: 26, endColumn: 37,
        help: 'A HostProcess container runs as a process on the Windows host, with the host\'s network, its whole filesystem and the rights of its user account: Windows\' counterpart of privileged. A HostProcess pod must set hostNetwork: true, so that is not reported apart. Fix: run it as an ordinary Windows container, if what it does allows; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostProcess: "<why>".',
      },
      { message: unjustified('container "csi-node" runs as a Windows HostProcess container'), line: 11, column: 28 },
    ] },

    { name: 'a HostProcess justification covers it; hostProcess: false is no privilege', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostProcess: "CSI node plugin: formats and mounts the node's disks through csi-proxy"
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
            - name: csi-node
              securityContext:
                windowsOptions: {hostProcess: true}
            - name: other
              securityContext:
                windowsOptions: {hostProcess: false}
    `, errors: [
      {
        message: justified('container "csi-node" runs as a Windows HostProcess container', 'hostProcess', ''), line: 12, column: 28,
        justification: "CSI node plugin: formats and mounts the node's disks through csi-proxy",
      },
    ] },

    { name: 'help texts say what the privilege allows', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                privileged: true
                capabilities: {add: [cap_net_admin]}
    `, errors: [
      {
        message: unjustified(...privileged('agent')), line: 8, column: 11,
        help: 'A privileged container has every capability and every device of the node, and no seccomp or AppArmor confinement: whoever controls it controls the node. Fix: drop privileged: true and add only the capabilities the container needs; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.privileged: "<why>".',
      },
      {
        message: unjustified(...capability('agent', 'NET_ADMIN')), line: 9, column: 32,
        help: 'NET_ADMIN reconfigures interfaces, routes and the packet filter of the network namespace it runs in (the node\'s, under hostNetwork). Fix: remove it from capabilities.add; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.capabilities: "<why>".',
      },
    ] },

    { name: 'one hostPath justification covers every sensitive volume; unmounted volumes count too', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations:
              daemonlint.io/justification.hostPath: "node-exporter reads host filesystems and /sys"
          spec:
            containers: [{name: exporter, volumeMounts: [{name: sys, mountPath: /host/sys, readOnly: true}]}]
            volumes:
            - {name: sys, hostPath: {path: /sys}}
            - {name: root, hostPath: {path: /}}
    `, errors: [
      { message: justified('volume "sys" mounts sensitive path /sys', 'hostPath', 'node-exporter reads host filesystems and /sys'), line: 10, column: 38,
        justification: 'node-exporter reads host filesystems and /sys' },
      { message: justified('volume "root" mounts sensitive path /', 'hostPath', 'node-exporter reads host filesystems and /sys'), line: 11, column: 39,
        justification: 'node-exporter reads host filesystems and /sys' },
    ] },

    { name: 'sensitiveHostPaths option: plain entries match the path and its parents, /** entries also below', options: { sensitiveHostPaths: ['/opt/cni/bin', '/etc/kubernetes/**'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - {name: opt, hostPath: {path: /opt}}
            - {name: cni-bin-plugin, hostPath: {path: /opt/cni/bin/flannel}}
            - {name: azure, hostPath: {path: /etc/kubernetes/azure.json}}
            - {name: etc, hostPath: {path: /etc}}
    `, errors: [
      { message: unjustified(...volume('opt', 'mounts /opt (holds /opt/cni/bin)', 'mount only the subdirectory the pod needs')), line: 6, column: 38 },
      { message: unjustified(...volume('azure', 'mounts sensitive path /etc/kubernetes/azure.json')), line: 8, column: 40 },
      { message: unjustified(...volume('etc', 'mounts /etc (holds /etc/kubernetes)', 'mount only the subdirectory the pod needs')), line: 9, column: 38 },
    ] },

    { name: 'a mistyped justification key justifies nothing, and is pointed at', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.privilged: "writes the node's iptables rules"
      spec:
        template:
          metadata:
            annotations:
              daemonlint.io/justification.hostnetwork: "CNI agent: configures the node's own interfaces"
          spec:
            hostNetwork: true
            containers:
            - name: agent
              securityContext: {privileged: true}
    `, errors: [
      { message: 'annotation daemonlint.io/justification.privilged justifies nothing: "privilged" is not a key',
        line: 4, column: 5, endColumn: 42 },
      { message: 'annotation daemonlint.io/justification.hostnetwork justifies nothing: write daemonlint.io/justification.hostNetwork',
        line: 9, column: 9 },
      { message: unjustified(...hostNetwork), line: 11, column: 7 },
      { message: unjustified(...privileged('agent')), line: 14, column: 27 },
    ] },

    { name: 'a DaemonSet inside a List, with an anonymous container and volume', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              containers:
              - securityContext: {privileged: true}
              volumes:
              - hostPath: {path: /dev}
    `, errors: [
      { message: unjustified(...privileged('containers[0]')), line: 8, column: 29 },
      { message: unjustified('hostPath volume mounts sensitive path /dev', 'remove the volume', 'hostPath'), line: 10, column: 28 },
    ] },
  ],
});
