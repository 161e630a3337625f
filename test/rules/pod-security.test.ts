import rule from '../../src/rules/pod-security.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const BASELINE = { level: 'baseline' as const };

new RuleTester().run(rule, {
  valid: [
    { name: 'a DaemonSet that meets the restricted profile, with pod-level settings the containers inherit', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata:
            labels: {app: agent}
            annotations:
              container.apparmor.security.beta.kubernetes.io/agent: runtime/default
          spec:
            securityContext:
              runAsNonRoot: true
              runAsUser: 65534
              seccompProfile: {type: RuntimeDefault}
              appArmorProfile: {type: RuntimeDefault}
              seLinuxOptions: {type: container_t, level: "s0:c123,c456"}
              sysctls:
              - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}
            initContainers:
            - name: setup
              image: example.com/setup:1.0
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
                procMount: Default
            containers:
            - name: agent
              image: example.com/agent:1.0
              ports:
              - {containerPort: 8080, hostPort: 0}
              livenessProbe:
                httpGet: {path: /healthz, port: 8080}
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop: [ALL]
                  add: [NET_BIND_SERVICE]
            volumes:
            - {name: config, configMap: {name: agent}}
            - {name: scratch, emptyDir: {}}
            - {name: token, projected: {sources: []}}
            - {name: data, image: {reference: example.com/data:1.0}}
            - {name: claim, persistentVolumeClaim: {claimName: data}}
            - {name: driver, csi: {driver: example.csi.k8s.io}}
            - name: defaulted
    ` },
    { name: 'restricted, with every container setting runAsNonRoot and a Localhost seccomp profile itself', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: a
              securityContext:
                runAsNonRoot: true
                seccompProfile: {type: Localhost, localhostProfile: profiles/agent.json}
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
            - name: b
              securityContext:
                runAsNonRoot: true
                seccompProfile: {type: RuntimeDefault}
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    ` },
    { name: 'level baseline: a plain DaemonSet with default capabilities, safe sysctls and allowed profiles', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations:
              container.apparmor.security.beta.kubernetes.io/agent: localhost/agent-profile
          spec:
            securityContext:
              sysctls:
              - {name: kernel.shm_rmid_forced, value: "1"}
              - {name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}
              seccompProfile: {type: Localhost, localhostProfile: agent.json}
            containers:
            - name: agent
              image: example.com/agent:1.0
              ports: [{containerPort: 9100}]
              securityContext:
                capabilities: {add: [CHOWN, NET_BIND_SERVICE, SYS_CHROOT]}
                runAsUser: 0
                seLinuxOptions: {type: container_engine_t}
                appArmorProfile: {type: Localhost, localhostProfile: agent}
            volumes:
            - {name: config, configMap: {name: agent}}
            - {name: share, nfs: {server: nfs.example.com, path: /exports}}
    ` },
    { name: 'restricted: a pod in its own user namespace may run as root (policy 1.35+)', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostUsers: false
            securityContext:
              runAsUser: 0
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                runAsNonRoot: false
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    ` },
    { name: 'baseline: a pod in its own user namespace may unmask /proc (policy 1.35+)', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostUsers: false
            containers:
            - name: agent
              securityContext: {procMount: Unmasked}
    ` },
    { name: 'restricted: a Windows pod needs no seccomp, capabilities or allowPrivilegeEscalation', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            os: {name: windows}
            securityContext: {runAsNonRoot: true}
            containers:
            - name: agent
              image: example.com/agent:1.0-windows
    ` },
    { name: 'probe and lifecycle hosts are allowed before policy 1.34', options: BASELINE, kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              livenessProbe:
                httpGet: {host: 127.0.0.1, port: 8080}
    ` },
    { name: 'an empty host and null sources are unset fields', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: false
            containers:
            - name: agent
              readinessProbe:
                tcpSocket: {host: "", port: 8080}
              securityContext:
                privileged: false
                procMount: null
            volumes:
            - {name: a, hostPath: null, emptyDir: {}}
    ` },
    { name: 'no pod template', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
    { name: 'wrong shapes do not crash the rule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata: [annotations]
          spec:
            securityContext: [runAsNonRoot]
            containers: agent
            initContainers: {name: setup}
            volumes: {name: a}
    ` },
    { name: 'wrong shapes inside the pod security context', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations: [container.apparmor.security.beta.kubernetes.io/agent]
          spec:
            securityContext:
              sysctls: [kernel.msgmax]
              seLinuxOptions: container_t
              windowsOptions: [hostProcess]
            containers:
            - name: agent
              ports: 9100
              livenessProbe: {httpGet: [host]}
              securityContext:
                capabilities: {add: NET_ADMIN}
    ` },
    { name: 'pod template spec is not a mapping', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec: [containers]
    ` },
  ],
  invalid: [
    // ---- Baseline controls ----
    { name: 'HostProcess: pod and container, one finding at the pod field', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              windowsOptions: {hostProcess: true}
            containers:
            - name: win
              securityContext:
                windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM"}
    `, errors: [
      { message: 'pod and container "win" must not set windowsOptions.hostProcess=true', help: "Pod Security Standards, baseline profile, \"HostProcess\" control: pod and container \"win\" must not set securityContext.windowsOptions.hostProcess=true. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'hostProcess', line: 6, column: 26, endLine: 6, endColumn: 37 },
    ] },
    { name: 'Host Namespaces: every shared namespace in one finding, at the first', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            hostPID: yes
            hostIPC: true
            containers:
            - name: agent
    `, errors: [
      { message: 'pod must not set hostNetwork=true, hostPID=true and hostIPC=true', help: "Pod Security Standards, baseline profile, \"Host Namespaces\" control: pod must not set hostNetwork=true, hostPID=true and hostIPC=true. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'hostNamespaces', line: 5, column: 7, endLine: 5, endColumn: 18 },
    ] },
    { name: 'Privileged Containers: init containers come first, as the admission plugin visits them', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext: {privileged: true}
            initContainers:
            - name: setup
              securityContext:
                privileged: true
    `, errors: [
      { message: 'containers "setup", "agent" must not set privileged=true', help: "Pod Security Standards, baseline profile, \"Privileged Containers\" control: containers \"setup\", \"agent\" must not set securityContext.privileged=true. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'privileged', line: 11, column: 11 },
    ] },
    { name: 'Capabilities (baseline): only the default set, compared exactly', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                capabilities:
                  add: [CHOWN, NET_ADMIN, CAP_CHOWN]
            - name: sidecar
              securityContext:
                capabilities:
                  add:
                  - NET_ADMIN
                  - SYS_ADMIN
    `, errors: [
      { message: '2 containers must not include "NET_ADMIN", "CAP_CHOWN", "SYS_ADMIN" in capabili…', help: "Pod Security Standards, baseline profile, \"Capabilities\" control: containers \"agent\", \"sidecar\" must not include \"NET_ADMIN\", \"CAP_CHOWN\", \"SYS_ADMIN\" in securityContext.capabilities.add (only the container runtime's default capabilities may be added). In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'capabilitiesBaseline', line: 9, column: 26, endLine: 9, endColumn: 35 },
    ] },
    { name: 'HostPath Volumes: every hostPath volume, at the first', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            volumes:
            - name: config
              configMap: {name: agent}
            - name: logs
              hostPath: {path: /var/log}
            - name: run
              hostPath:
                path: /run/agent
    `, errors: [
      { message: 'volumes "logs", "run" must not use hostPath', help: "Pod Security Standards, baseline profile, \"HostPath Volumes\" control: volumes \"logs\", \"run\" must not use hostPath. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'hostPathVolumes', line: 9, column: 9, endLine: 9, endColumn: 17 },
    ] },
    { name: 'Host Ports: hostPort 0 is no host port', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              ports:
              - {containerPort: 8080, hostPort: 0}
              - {containerPort: 9100, hostPort: 9100}
            - name: proxy
              ports:
              - containerPort: 443
                hostPort: 443
    `, errors: [
      { message: 'containers "agent", "proxy" must not set hostPorts 443, 9100', help: "Pod Security Standards, baseline profile, \"Host Ports\" control: containers \"agent\", \"proxy\" must not set hostPorts 443, 9100. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'hostPorts', line: 9, column: 33 },
    ] },
    { name: 'AppArmor: an unconfined field and annotation in one finding', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations:
              container.apparmor.security.beta.kubernetes.io/agent: unconfined
          spec:
            securityContext:
              appArmorProfile:
                type: Unconfined
            containers:
            - name: agent
    `, errors: [
      { message: 'pod must not set appArmorProfile.type to "Unconfined" (+1 more)', help: "Pod Security Standards, baseline profile, \"AppArmor\" control: pod must not set appArmorProfile.type to \"Unconfined\" (allowed: RuntimeDefault, Localhost); annotation container.apparmor.security.beta.kubernetes.io/agent=\"unconfined\" must be runtime/default or localhost/<profile>. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'appArmor', line: 10, column: 17, endLine: 10, endColumn: 27 },
    ] },
    { name: 'AppArmor: an annotation alone is reported at its value', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations:
              container.apparmor.security.beta.kubernetes.io/agent: docker-default
          spec:
            containers:
            - name: agent
    `, errors: [
      { message: 'annotation container.apparmor.security.beta.kubernetes.io/agent="docker-default…', messageId: 'appArmor', line: 6, column: 63 },
    ] },
    { name: 'SELinux: a custom type and user', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext:
                seLinuxOptions:
                  type: spc_t
                  user: system_u
                  level: s0
    `, errors: [
      { message: 'container "agent" set forbidden seLinuxOptions: type "spc_t" (+1 more)', help: "Pod Security Standards, baseline profile, \"SELinux\" control: container \"agent\" set forbidden securityContext.seLinuxOptions: type \"spc_t\"; user may not be set (allowed types: container_t, container_init_t, container_kvm_t, container_engine_t). In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'seLinux', line: 9, column: 19, endLine: 9, endColumn: 24 },
    ] },
    { name: 'SELinux: container_engine_t is not allowed before policy 1.31; a pod-level role is never', options: BASELINE, kubeVersion: '1.30', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              seLinuxOptions: {role: system_r}
            containers:
            - name: agent
              securityContext:
                seLinuxOptions: {type: container_engine_t}
    `, errors: [
      { message: 'pod and container "agent" set forbidden seLinuxOptions: type "contai…" (+1 more)', messageId: 'seLinux', line: 6, column: 32 },
    ] },
    { name: '/proc Mount Type: Unmasked', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext: {procMount: Unmasked}
    `, errors: [
      { message: 'container "agent" must not set procMount to "Unmasked"', help: "Pod Security Standards, baseline profile, \"/proc Mount Type\" control: container \"agent\" must not set securityContext.procMount to \"Unmasked\". In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'procMount', line: 7, column: 38 },
    ] },
    { name: '/proc Mount Type: the restricted profile allows no Unmasked even in a user namespace', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostUsers: false
            securityContext:
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                procMount: Unmasked
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'container "agent" must not set procMount to "Unmasked"', messageId: 'procMount', line: 11, column: 22 },
    ] },
    { name: 'Seccomp (baseline): Unconfined, where it is set', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
            - name: debug
              securityContext:
                seccompProfile: {type: Unconfined}
    `, errors: [
      { message: 'container "debug" must not set seccompProfile.type to "Unconfined"', help: "Pod Security Standards, baseline profile, \"Seccomp\" control: container \"debug\" must not set securityContext.seccompProfile.type to \"Unconfined\" (allowed: RuntimeDefault, Localhost). In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'seccompBaseline', line: 9, column: 34 },
    ] },
    { name: 'Sysctls: only the safe set, by exact name', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              sysctls:
              - {name: net.ipv4.tcp_syncookies, value: "1"}
              - {name: net.core.somaxconn, value: "1024"}
              - name: kernel.msgmax
                value: "65536"
    `, errors: [
      { message: 'pod must not set sysctls "net.core.somaxconn", "kernel.msgmax"', help: "Pod Security Standards, baseline profile, \"Sysctls\" control: pod must not set sysctls \"net.core.somaxconn\", \"kernel.msgmax\" (only the safe sysctls are allowed). In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'sysctls', line: 8, column: 18, endLine: 8, endColumn: 36 },
    ] },
    { name: 'Sysctls: net.ipv4.tcp_rmem is safe only from policy 1.32', options: BASELINE, kubeVersion: '1.31', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              sysctls: [{name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}]
    `, errors: [
      { message: 'pod must not set sysctl "net.ipv4.tcp_rmem"', messageId: 'sysctls', line: 6, column: 26 },
    ] },
    { name: 'Probes / Lifecycle Hooks: any host, 127.0.0.1 included', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              livenessProbe:
                httpGet: {host: 127.0.0.1, path: /healthz, port: 8080}
              lifecycle:
                preStop:
                  tcpSocket:
                    host: metadata.internal
                    port: 80
    `, errors: [
      { message: 'container "agent" must not set hosts "127.0.0.1", "metadata.internal" in probes…', help: "Pod Security Standards, baseline profile, \"Probes / Lifecycle Hooks\" control: container \"agent\" must not set hosts \"127.0.0.1\", \"metadata.internal\" in probes or lifecycle handlers. In a namespace that enforces baseline, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'hostProbes', line: 8, column: 21, endLine: 8, endColumn: 25 },
    ] },

    // ---- Restricted controls ----
    { name: 'a bare container: each restricted control once, at the container name', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              image: example.com/agent:1.0
    `, errors: [
      { message: 'container "agent" must set allowPrivilegeEscalation=false', help: "Pod Security Standards, restricted profile, \"Privilege Escalation\" control: container \"agent\" must set securityContext.allowPrivilegeEscalation=false. In a namespace that enforces restricted, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'privilegeEscalation', line: 6, column: 9, endLine: 6, endColumn: 13 },
      { message: 'container "agent" must set capabilities.drop=["ALL"]', help: "Pod Security Standards, restricted profile, \"Capabilities\" control: container \"agent\" must set securityContext.capabilities.drop=[\"ALL\"]. In a namespace that enforces restricted, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'capabilitiesRestricted', line: 6, column: 9 },
      { message: 'container "agent" must set seccompProfile.type to RuntimeDefault or Localhost', help: "Pod Security Standards, restricted profile, \"Seccomp\" control: pod or container \"agent\" must set securityContext.seccompProfile.type to RuntimeDefault or Localhost. In a namespace that enforces restricted, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'seccompRestricted', line: 6, column: 9 },
      { message: 'pod or container "agent" must set runAsNonRoot=true', help: "Pod Security Standards, restricted profile, \"Running as Non-root\" control: pod or container \"agent\" must set securityContext.runAsNonRoot=true. In a namespace that enforces restricted, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'runAsNonRoot', line: 6, column: 9 },
    ] },
    { name: 'Volume Types: replaces HostPath Volumes, one finding for every restricted volume', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile: {type: RuntimeDefault}
            volumes:
            - {name: config, configMap: {name: agent}}
            - {name: logs, hostPath: {path: /var/log}}
            - {name: share, nfs: {server: nfs.example.com, path: /exports}}
            - {name: old, gitRepo: {repository: "https://example.com/repo.git"}}
    `, errors: [
      { message: '3 volumes must not use restricted volume types "hostPath", "nfs", "gitRepo"', help: "Pod Security Standards, restricted profile, \"Volume Types\" control: volumes \"logs\", \"share\", \"old\" must not use restricted volume types \"hostPath\", \"nfs\", \"gitRepo\" (allowed: configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret). In a namespace that enforces restricted, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'volumeTypes', line: 10, column: 22, endLine: 10, endColumn: 30 },
    ] },
    { name: 'Privilege Escalation: true, or missing from a securityContext', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                capabilities: {drop: [ALL]}
            - name: helper
              securityContext:
                allowPrivilegeEscalation: true
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'containers "agent", "helper" must set allowPrivilegeEscalation=false', messageId: 'privilegeEscalation', line: 10, column: 9, endLine: 10, endColumn: 24 },
    ] },
    { name: 'Running as Non-root: an explicit false and a container the pod does not cover, in one finding', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
            - name: helper
              securityContext:
                runAsNonRoot: false
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'container "helper" must not set runAsNonRoot=false (+1 more)', messageId: 'runAsNonRoot', line: 14, column: 25, endLine: 14, endColumn: 30 },
    ] },
    { name: 'Running as Non-root: pod-level false is not overridden by the containers', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: false
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                runAsNonRoot: true
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'pod must not set runAsNonRoot=false', messageId: 'runAsNonRoot', line: 6, column: 23 },
    ] },
    { name: 'Running as Non-root: hostUsers: false does not relax it before policy 1.35', kubeVersion: '1.34', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostUsers: false
            securityContext:
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'pod or container "agent" must set runAsNonRoot=true', messageId: 'runAsNonRoot', line: 10, column: 9 },
    ] },
    { name: 'Running as Non-root user: runAsUser 0 at pod and container level', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              runAsUser: 0
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                runAsUser: 0
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'pod and container "agent" must not set runAsUser=0', help: "Pod Security Standards, restricted profile, \"Running as Non-root user\" control: pod and container \"agent\" must not set securityContext.runAsUser=0. In a namespace that enforces restricted, the PodSecurity admission controller rejects the DaemonSet's pods. Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule's level option to match.", messageId: 'runAsUser', line: 7, column: 20, endLine: 7, endColumn: 21 },
    ] },
    { name: 'Seccomp (restricted): an Unconfined pod profile covers no container', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile:
                type: Unconfined
            containers:
            - name: agent
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'pod must not set seccompProfile.type to "Unconfined" (+1 more)', messageId: 'seccompRestricted', line: 8, column: 17 },
    ] },
    { name: 'Seccomp (restricted): a container overriding the pod profile with Unconfined', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                seccompProfile: {type: Unconfined}
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'container "agent" must not set seccompProfile.type to "Unconfined"', messageId: 'seccompRestricted', line: 11, column: 34 },
    ] },
    { name: 'Seccomp (restricted): a profile written as a string is no profile (the schema rule reports the type)', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile: RuntimeDefault
            containers:
            - name: agent
              securityContext:
                allowPrivilegeEscalation: false
                capabilities: {drop: [ALL]}
    `, errors: [
      { message: 'container "agent" must set seccompProfile.type to RuntimeDefault or Localhost', messageId: 'seccompRestricted', line: 10, column: 9 },
    ] },
    { name: 'Capabilities (restricted): drop ALL, add nothing but NET_BIND_SERVICE; replaces the baseline control', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop: [all]
            - name: exporter
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop: [ALL]
                  add: [NET_BIND_SERVICE, SYS_TIME]
    `, errors: [
      { message: 'container "agent" must set capabilities.drop=["ALL"] (+1 more)', messageId: 'capabilitiesRestricted', line: 13, column: 13, endLine: 13, endColumn: 17 },
    ] },
    { name: 'Capabilities (restricted): at the first container with a problem, its forbidden add first', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile: {type: RuntimeDefault}
            containers:
            - name: agent
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  add: [NET_ADMIN]
    `, errors: [
      { message: 'container "agent" must set capabilities.drop=["ALL"] (+1 more)', messageId: 'capabilitiesRestricted', line: 13, column: 19 },
    ] },

    // ---- Levels, justification ----
    { name: 'the same node agent under restricted (the default) and under baseline', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
            - name: agent
              securityContext:
                privileged: true
                capabilities:
                  add: [NET_ADMIN]
            volumes:
            - name: run
              hostPath: {path: /run/agent}
    `, errors: [
      { message: 'pod must not set hostNetwork=true', messageId: 'hostNamespaces', line: 5, column: 7 },
      { message: 'container "agent" must set allowPrivilegeEscalation=false', messageId: 'privilegeEscalation', line: 8, column: 9 },
      { message: 'container "agent" must set seccompProfile.type to RuntimeDefault or Localhost', messageId: 'seccompRestricted', line: 8, column: 9 },
      { message: 'pod or container "agent" must set runAsNonRoot=true', messageId: 'runAsNonRoot', line: 8, column: 9 },
      { message: 'container "agent" must not set privileged=true', messageId: 'privileged', line: 9, column: 11 },
      { message: 'container "agent" must set capabilities.drop=["ALL"] (+1 more)', messageId: 'capabilitiesRestricted', line: 11, column: 19 },
      { message: 'volume "run" must not use restricted volume type "hostPath"', messageId: 'volumeTypes', line: 14, column: 9 },
    ] },
    { name: 'level baseline: the same node agent', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
            - name: agent
              securityContext:
                privileged: true
                capabilities:
                  add: [NET_ADMIN]
            volumes:
            - name: run
              hostPath: {path: /run/agent}
    `, errors: [
      { message: 'pod must not set hostNetwork=true', messageId: 'hostNamespaces', line: 5, column: 7 },
      { message: 'container "agent" must not set privileged=true', messageId: 'privileged', line: 9, column: 11 },
      { message: 'container "agent" must not include "NET_ADMIN" in capabilities.add', messageId: 'capabilitiesBaseline', line: 11, column: 19 },
      { message: 'volume "run" must not use hostPath', messageId: 'hostPathVolumes', line: 14, column: 9 },
    ] },
    { name: 'justification annotations do not exempt from the profile', options: BASELINE, code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.privileged: "loads the eBPF programs that enforce network policy"
      spec:
        template:
          spec:
            containers:
            - name: agent
              securityContext: {privileged: true}
    `, errors: [
      { message: 'container "agent" must not set privileged=true', messageId: 'privileged', line: 10, column: 27 },
    ] },
    { name: 'ephemeral containers are checked too', options: BASELINE, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
            ephemeralContainers:
            - name: debugger
              securityContext: {privileged: true}
    `, errors: [
      { message: 'container "debugger" must not set privileged=true', messageId: 'privileged', line: 9, column: 27 },
    ] },
  ],
});
