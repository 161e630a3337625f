import rule from '../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const C0 = 'spec.template.spec.containers[0]';

new RuleTester().run(rule, {
  valid: [
    { name: '1.34 drops a regular container\'s restartPolicy and rules, and an init container\'s other than Always (ContainerRestartRules off)', kubeVersion: '1.34', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: setup, image: setup, restartPolicy: Sometimes}
            containers:
              - {name: agent, image: agent, restartPolicy: Always, restartPolicyRules: [{action: Stop}]}
    ` },
    { name: 'from 1.35 an init container may be OnFailure or Never', kubeVersion: '1.35', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: setup, image: setup, restartPolicy: OnFailure}
              - {name: once, image: once, restartPolicy: Never}
            containers:
              - {name: agent, image: agent, restartPolicy: Always}
    ` },
    { name: 'a realistic node agent: host network, host paths, probes, a sidecar, tolerations', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: node-exporter
        namespace: monitoring
        labels: {app.kubernetes.io/name: node-exporter}
      spec:
        minReadySeconds: 10
        revisionHistoryLimit: 5
        selector:
          matchLabels: {app.kubernetes.io/name: node-exporter}
        updateStrategy:
          type: RollingUpdate
          rollingUpdate: {maxUnavailable: 10%}
        template:
          metadata:
            labels: {app.kubernetes.io/name: node-exporter}
          spec:
            serviceAccountName: node-exporter
            priorityClassName: system-node-critical
            hostNetwork: true
            hostPID: true
            dnsPolicy: ClusterFirstWithHostNet
            initContainers:
              - name: config-reloader
                image: quay.io/prometheus-operator/prometheus-config-reloader:v0.75.0
                restartPolicy: Always
                readinessProbe:
                  httpGet: {path: /healthz, port: reloader-web}
                ports:
                  - {name: reloader-web, containerPort: 8080}
            containers:
              - name: node-exporter
                image: quay.io/prometheus/node-exporter:v1.8.2
                imagePullPolicy: IfNotPresent
                args: [--path.rootfs=/host/root]
                ports:
                  - name: metrics
                    containerPort: 9100
                    hostPort: 9100
                    protocol: TCP
                livenessProbe:
                  httpGet: {path: /, port: 9100, scheme: HTTP}
                  successThreshold: 1
                readinessProbe:
                  tcpSocket: {port: metrics}
                securityContext:
                  allowPrivilegeEscalation: false
                  readOnlyRootFilesystem: true
                  capabilities: {drop: [ALL], add: [SYS_TIME]}
                volumeMounts:
                  - {name: root, mountPath: /host/root, readOnly: true, mountPropagation: HostToContainer}
                  - {name: tmp, mountPath: /tmp, subPath: exporter}
                  - name: textfile
                    mountPath: /textfile
                    readOnly: true
                    recursiveReadOnly: IfPossible
            volumes:
              - {name: root, hostPath: {path: /, type: Directory}}
              - {name: tmp, emptyDir: {}}
              - name: textfile
                configMap:
                  name: textfile
                  defaultMode: 0644
                  items: [{key: node.prom, path: node.prom}]
            tolerations:
              - operator: Exists
              - {key: node.kubernetes.io/not-ready, operator: Exists, effect: NoExecute, tolerationSeconds: 300}
              - {key: dedicated, operator: Equal, value: monitoring, effect: NoSchedule}
    ` },
    { name: 'generateName stands in for the name', code: yaml`
      kind: DaemonSet
      metadata: {generateName: agent-}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'under hostNetwork a template may leave hostPort out; init containers are not checked', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostNetwork: true
            initContainers:
              - {name: setup, image: setup, ports: [{containerPort: 80, hostPort: 81}]}
            containers:
              - {name: agent, image: agent, ports: [{containerPort: 9100}]}
    ` },
    { name: 'mount paths and port names are per container; init containers run one by one', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: a, image: a, ports: [{containerPort: 80, hostPort: 80}]}
              - {name: b, image: b, ports: [{containerPort: 80, hostPort: 80}]}
            containers:
              - name: agent
                image: agent
                ports: [{name: http, containerPort: 80, hostPort: 8080}, {containerPort: 80, hostPort: 8080, protocol: UDP}]
                volumeMounts: [{name: data, mountPath: /data}]
              - name: sidecar
                image: sidecar
                ports: [{name: http, containerPort: 81, hostPort: 8080, hostIP: 10.0.0.1}]
                volumeMounts: [{name: data, mountPath: /data}]
            volumes: [{name: data, emptyDir: {}}]
    ` },
    { name: 'Bidirectional propagation in a privileged container', code: yaml`
      kind: DaemonSet
      metadata: {name: csi-node}
      spec:
        template:
          spec:
            containers:
              - name: driver
                image: driver
                securityContext: {privileged: true}
                volumeMounts: [{name: pods, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional}]
            volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods, type: DirectoryOrCreate}}]
    ` },
    { name: 'empty values the API defaults: pull policy, protocol, dnsPolicy, termination message policy', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsPolicy: ""
            containers:
              - name: agent
                image: agent
                imagePullPolicy: ""
                terminationMessagePolicy: ""
                ports: [{containerPort: 80, protocol: ""}]
    ` },
    { name: 'values of the wrong type are left to the schema rule', code: yaml`
      kind: DaemonSet
      metadata: {name: 7}
      spec:
        minReadySeconds: "-1"
        template:
          spec:
            volumes: {data: {emptyDir: {}}}
            containers:
              - name: 12
                image: agent
                ports: [{containerPort: "80", hostPort: "x"}]
                volumeMounts: [{name: data, mountPath: /data}]
            tolerations:
              - {key: a, operator: Exists, value: true}
    ` },
    { name: 'fields other rules own: restartPolicy, updateStrategy, replicas, selector', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        replicas: 3
        selector: {}
        updateStrategy: {type: Recreate}
        template:
          spec:
            restartPolicy: OnFailure
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'only the literal CAP_SYS_ADMIN conflicts with allowPrivilegeEscalation: false', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                securityContext: {allowPrivilegeEscalation: false, privileged: false, capabilities: {add: [SYS_ADMIN]}}
    ` },
    { name: 'an image of blank space is accepted in a template', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: " "}]
    ` },
    { name: 'a Deployment is not checked', code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: Web_1}
      spec:
        template:
          spec:
            activeDeadlineSeconds: 10
            containers: [{name: web}]
    ` },
  ],
  invalid: [
    { name: 'metadata.name not a DNS subdomain', code: yaml`
      kind: DaemonSet
      metadata:
        name: Agent_1
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [{
      message: 'metadata.name: Invalid value: "Agent_1": must be a lowercase RFC 1123 subdomain',
      help: `A DaemonSet name is a DNS subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit, at most 253. kubectl apply fails with: metadata.name: Invalid value: "Agent_1": ${SUBDOMAIN}`,
      line: 3, column: 9, endLine: 3, endColumn: 16,
    }] },
    { name: 'metadata.name missing', code: yaml`
      kind: DaemonSet
      metadata:
        labels: {app: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [{ message: 'metadata.name: Required value: name or generateName is required', line: 2, column: 1 }] },
    { name: 'a namespace that is not a DNS label, a generateName that is not a subdomain prefix', code: yaml`
      kind: DaemonSet
      metadata: {generateName: Agent-, namespace: kube.system}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'metadata.generateName: Invalid value: "Agent-": must be a lowercase RFC 1123 subdomain', line: 2, column: 26 },
      { message: 'metadata.namespace: Invalid value: "kube.system": must not contain dots', line: 2, column: 45 },
    ] },
    { name: 'duplicate container names across the container lists', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: agent, image: setup}
            containers:
              - {name: agent, image: agent}
              - {name: agent, image: agent}
    `, errors: [
      { message: 'initContainers[0].name: Duplicate value: "agent"', line: 7, column: 18, endColumn: 23 },
      { message: 'containers[1].name: Duplicate value: "agent"', line: 10, column: 18 },
    ] },
    { name: 'container names that are not DNS labels', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - {name: Agent_1, image: agent}
              - {name: agent.v2, image: agent}
              - {name: "", image: agent}
    `, errors: [
      {
        message: 'containers[0].name: Invalid value: "Agent_1": must be a lowercase RFC 1123 label',
        help: `A container name is a DNS label: lower case letters, digits and -, at most 63. kubectl apply fails with: ${C0}.name: Invalid value: "Agent_1": ${LABEL}`,
        line: 7,
        column: 18,
      },
      { message: 'containers[1].name: Invalid value: "agent.v2": must not contain dots', line: 8, column: 18 },
      { message: 'containers[2].name: Required value', line: 9, column: 12 },
    ] },
    { name: 'a missing container name, containerPort or mountPath is the API\'s Required value (it decodes as empty)', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - image: agent
                ports: [{name: metrics}]
                volumeMounts: [{name: data}]
            volumes: [{name: data, emptyDir: {}}]
    `, errors: [
      { message: 'containers[0].name: Required value', line: 7, column: 11 },
      { message: 'containers[0].ports[0].containerPort: Required value', line: 8, column: 19 },
      { message: 'containers[0].volumeMounts[0].mountPath: Required value', line: 9, column: 26 },
    ] },
    { name: 'no spec at all: the template has no containers', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
    `, errors: [{ message: 'containers: Required value', line: 1, column: 1 }] },
    { name: 'missing image: left out, empty, null', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - name: setup
            containers:
              - {name: agent, image: ""}
              - name: sidecar
                image:
    `, errors: [
      { message: 'initContainers[0].image: Required value', line: 7, column: 11, endColumn: 15 },
      { message: 'containers[0].image: Required value', line: 9, column: 25 },
      { message: 'containers[1].image: Required value', line: 11, column: 11 },
    ] },
    { name: 'containers: [], a template without a spec, a null template', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: []
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata: {labels: {app: agent}}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
    `, errors: [
      { message: 'containers: Required value', line: 6, column: 7 },
      { message: 'containers: Required value', line: 11, column: 3 },
      { message: 'containers: Required value', line: 17, column: 3 },
    ] },
    { name: 'duplicate volume names and a volume name that is not a DNS label', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            volumes:
              - {name: data, emptyDir: {}}
              - {name: data, hostPath: {path: /data}}
              - {name: Host_Root, hostPath: {path: /}}
    `, errors: [
      { message: 'volumes[1].name: Duplicate value: "data"', line: 9, column: 18 },
      { message: 'volumes[2].name: Invalid value: "Host_Root": must be a lowercase RFC 1123 label', line: 10, column: 18 },
    ] },
    { name: 'a volume with two sources (one with none is defaulted to an emptyDir before validation)', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            volumes:
              - name: nothing
              - name: both
                hostPath: {path: /var/log}
                emptyDir: {}
                cephfs: {monitors: [a]}
    `, errors: [
      { message: 'volumes[1].hostPath: Forbidden: may not specify more than 1 volume type', line: 10, column: 11 },
      { message: 'volumes[1].cephFS: Forbidden: may not specify more than 1 volume type', line: 12, column: 11 },
    ] },
    { name: 'hostPath: unsupported type, backsteps, empty path; a mount of a rejected volume is not found', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts: [{name: logs, mountPath: /logs}]
            volumes:
              - {name: logs, hostPath: {path: /var/log, type: Dir}}
              - {name: up, hostPath: {path: /var/../etc}}
              - {name: empty, hostPath: {path: ""}}
    `, errors: [
      { message: 'containers[0].volumeMounts[0].name: Not found: "logs"', line: 9, column: 33 },
      { message: 'volumes[0].hostPath.type: Unsupported value: "Dir"', line: 11, column: 57 },
      { message: 'volumes[1].hostPath.path: Invalid value: "/var/../etc": must not contain \'..\'', line: 12, column: 39 },
      { message: 'volumes[2].hostPath.path: Required value', line: 13, column: 36 },
    ] },
    { name: 'secret and configMap volumes without a name, file modes out of range, item paths', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            volumes:
              - name: certs
                secret: {defaultMode: 01000}
              - name: config
                configMap:
                  name: ""
                  items: [{key: a, path: /etc/a}, {key: b, path: ..data}]
    `, errors: [
      { message: 'volumes[0].secret.secretName: Required value', line: 9, column: 11 },
      { message: 'volumes[0].secret.defaultMode: Invalid value: 512', line: 9, column: 33 },
      { message: 'volumes[1].configMap.name: Required value', line: 12, column: 13 },
      { message: 'volumes[1].configMap.items[0].path: Invalid value: "/etc/a": must be a relative path', line: 13, column: 36 },
      { message: 'volumes[1].configMap.items[1].path: Invalid value: "..data": must not start with \'..\'', line: 13, column: 60 },
    ] },
    { name: 'a volumeMount naming no volume, and an empty name', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts:
                  - name: cache
                    mountPath: /cache
                  - name: ""
                    mountPath: /other
    `, errors: [
      { message: 'containers[0].volumeMounts[0].name: Not found: "cache"', line: 10, column: 21, endColumn: 26 },
      { message: 'containers[0].volumeMounts[1].name: Required value', line: 12, column: 15 },
      { message: 'containers[0].volumeMounts[1].name: Not found: ""', line: 12, column: 21 },
    ] },
    { name: 'the same mountPath twice in one container, an empty one', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts:
                  - {name: a, mountPath: /data}
                  - {name: b, mountPath: /data}
                  - {name: b, mountPath: ""}
            volumes: [{name: a, emptyDir: {}}, {name: b, emptyDir: {}}]
    `, errors: [
      { message: 'containers[0].volumeMounts[1].mountPath: Invalid value: "/data": must be unique', line: 11, column: 36 },
      { message: 'containers[0].volumeMounts[2].mountPath: Required value', line: 12, column: 25 },
    ] },
    { name: 'subPath and subPathExpr: absolute, backsteps, both set', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts:
                  - {name: a, mountPath: /a, subPath: /abs}
                  - {name: a, mountPath: /b, subPath: x/../y, subPathExpr: $(POD_NAME)}
            volumes: [{name: a, emptyDir: {}}]
    `, errors: [
      { message: 'containers[0].volumeMounts.subPath: Invalid value: "/abs": must be a relative path', line: 10, column: 49 },
      { message: 'containers[0].volumeMounts.subPath: Invalid value: "x/../y": must not contain \'..\'', line: 11, column: 49 },
      { message: 'containers[0].volumeMounts[1].subPathExpr: Invalid value: "$(POD_NAME)"', line: 11, column: 70 },
    ] },
    { name: 'Bidirectional mountPropagation in a container that is not privileged; an unknown mode', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts:
                  - {name: pods, mountPath: /pods, mountPropagation: Bidirectional}
                  - {name: pods, mountPath: /pods2, mountPropagation: HostToContainers}
            volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods}}]
    `, errors: [
      { message: 'containers[0].volumeMounts.mountPropagation: Forbidden', line: 10, column: 64 },
      { message: 'containers[0].volumeMounts.mountPropagation: Unsupported value: "HostToContainers"', line: 11, column: 65 },
    ] },
    { name: 'recursiveReadOnly without readOnly, and an unknown mode', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                volumeMounts:
                  - {name: a, mountPath: /a, recursiveReadOnly: Enabled}
                  - {name: a, mountPath: /b, readOnly: true, recursiveReadOnly: Always}
            volumes: [{name: a, emptyDir: {}}]
    `, errors: [
      { message: 'containers[0].volumeMounts.recursiveReadOnly: Forbidden: may only be specified when readOnly is true', line: 10, column: 59 },
      { message: 'containers[0].volumeMounts.recursiveReadOnly: Unsupported value: "Always"', line: 11, column: 75 },
    ] },
    { name: 'duplicate and invalid port names', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                ports:
                  - {name: metrics, containerPort: 9100}
                  - {name: metrics, containerPort: 9101}
                  - {name: Metrics_Port_9102, containerPort: 9102}
    `, errors: [
      { message: 'containers[0].ports[1].name: Duplicate value: "metrics"', line: 11, column: 22 },
      { message: 'containers[0].ports[2].name: Invalid value: "Metrics_Port_9102": must be no more than 15 characters', line: 12, column: 22 },
      { message: 'containers[0].ports[2].name: Invalid value: must contain only alpha-numeric characters', line: 12, column: 22 },
    ] },
    { name: 'ports out of range, containerPort 0, unknown protocol', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                ports:
                  - {containerPort: 70000}
                  - {containerPort: 0, hostPort: -1}
                  - {containerPort: 53, protocol: tcp}
    `, errors: [
      { message: 'containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive', line: 10, column: 31 },
      { message: 'containers[0].ports[1].containerPort: Required value', line: 11, column: 16 },
      { message: 'containers[0].ports[1].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive', line: 11, column: 44 },
      { message: 'containers[0].ports[2].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"', line: 12, column: 45 },
    ] },
    { name: 'hostPort differing from containerPort under hostNetwork', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostNetwork: true
            containers:
              - name: agent
                image: agent
                ports: [{containerPort: 9100, hostPort: 19100}]
    `, errors: [{ message: 'containers[0].ports[0].hostPort: Invalid value: 19100', line: 10, column: 51 }] },
    { name: 'the same hostPort twice across containers, and twice in one init container', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: a, image: a}
              - {name: b, image: b, ports: [{containerPort: 1, hostPort: 53, protocol: UDP}, {containerPort: 2, hostPort: 53, protocol: UDP}]}
            containers:
              - {name: agent, image: agent, ports: [{containerPort: 80, hostPort: 8080}]}
              - {name: proxy, image: proxy, ports: [{containerPort: 81, hostPort: 8080}]}
    `, errors: [
      { message: 'initContainers[0].ports[1].hostPort: Duplicate value: "UDP//53"', line: 8, column: 117 },
      { message: 'containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"', line: 11, column: 77 },
    ] },
    { name: 'activeDeadlineSeconds set on the pod template', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            activeDeadlineSeconds: 600
            containers: [{name: agent, image: agent}]
    `, errors: [{ message: 'activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported', line: 6, column: 7, endColumn: 28 }] },
    { name: 'negative minReadySeconds and revisionHistoryLimit', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        minReadySeconds: -5
        revisionHistoryLimit: -1
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0', line: 4, column: 20 },
      { message: 'spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0', line: 5, column: 25 },
    ] },
    { name: 'ephemeral containers in a pod template', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            ephemeralContainers: [{name: agent, image: busybox}]
    `, errors: [
      { message: 'ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template', line: 7, column: 7 },
      { message: 'ephemeralContainers[0].name: Duplicate value: "agent"', line: 7, column: 36 },
    ] },
    { name: 'toleration with operator Exists and a value', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            tolerations:
              - key: dedicated
                operator: Exists
                value: monitoring
    `, errors: [{ message: 'tolerations[0].operator: Invalid value: value must be empty when `operator` is \'Exists\'', line: 10, column: 18 }] },
    { name: 'tolerationSeconds without NoExecute', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            tolerations:
              - {key: a, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}
              - {key: b, operator: Exists, tolerationSeconds: 60}
    `, errors: [
      { message: 'tolerations[0].effect: Invalid value: effect must be \'NoExecute\' when `tolerationSeconds` is set', line: 8, column: 46 },
      { message: 'tolerations[1].effect: Invalid value: "": effect must be \'NoExecute\' when `tolerationSeconds` is set', line: 9, column: 38 },
    ] },
    { name: 'toleration without a key and not Exists; unknown operator and effect; bad key and value', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            tolerations:
              - {effect: NoSchedule}
              - {key: a, operator: In, effect: NoSchedul}
              - {key: -a, value: "b c"}
    `, errors: [
      { message: 'tolerations[0].operator: Invalid value: "": operator must be Exists when `key` is empty', line: 8, column: 11 },
      { message: 'tolerations[1].operator: Unsupported value: "In": supported values: "Equal", "Exists"', line: 9, column: 30 },
      { message: 'tolerations[1].effect: Unsupported value: "NoSchedul"', line: 9, column: 42 },
      { message: 'tolerations[2].key: Invalid value: "-a": name part must be alphanumerics, \'-\', \'_\' or \'.\'', line: 10, column: 17 },
      { message: 'tolerations[2].operator: Invalid value: "b c": must be a valid label value', line: 10, column: 28 },
    ] },
    { name: 'imagePullPolicy and terminationMessagePolicy values the API does not know', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                imagePullPolicy: always
                terminationMessagePolicy: Logs
    `, errors: [
      { message: 'containers[0].imagePullPolicy: Unsupported value: "always"', line: 9, column: 28 },
      { message: 'containers[0].terminationMessagePolicy: Unsupported value: "Logs"', line: 10, column: 37 },
    ] },
    { name: 'dnsPolicy unknown; None without dnsConfig or nameservers', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsPolicy: Default2
            containers: [{name: agent, image: agent}]
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsPolicy: None
            containers: [{name: agent, image: agent}]
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsPolicy: None
            dnsConfig: {searches: [cluster.local]}
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'dnsPolicy: Unsupported value: "Default2"', line: 6, column: 18 },
      { message: 'dnsConfig: Required value: must provide `dnsConfig` when `dnsPolicy` is None', line: 14, column: 7 },
      { message: 'dnsConfig.nameservers: Required value: must provide at least one DNS nameserver when `dnsPolicy` is None', line: 23, column: 7 },
    ] },
    { name: 'restartPolicy on containers through 1.33: only Always, only on init containers', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: setup, image: setup, restartPolicy: OnFailure}
            containers:
              - {name: agent, image: agent, restartPolicy: Always}
    `, errors: [
      { message: 'initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"', line: 7, column: 54 },
      { message: 'containers[0].restartPolicy: Forbidden: may not be set for non-init containers', line: 9, column: 39 },
    ] },
    { name: 'from 1.35 an init container takes Always, OnFailure or Never', kubeVersion: '1.35', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - {name: setup, image: setup, restartPolicy: Sometimes}
            containers:
              - {name: agent, image: agent}
    `, errors: [
      { message: 'initContainers[0].restartPolicy: Unsupported value: "Sometimes"', help: 'An init container takes Always (a sidecar), OnFailure or Never. kubectl apply fails with: spec.template.spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"', line: 7, column: 54 },
    ] },
    { name: 'probes and lifecycle on an init container that is not a sidecar', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            initContainers:
              - name: setup
                image: setup
                lifecycle: {postStart: {exec: {command: [true]}}}
                livenessProbe: {exec: {command: [true]}}
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'initContainers[0].lifecycle: Forbidden: may not be set for init containers without restartPolicy=Always', line: 9, column: 11 },
      { message: 'initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always', line: 10, column: 11 },
    ] },
    { name: 'probes: no handler, two handlers, successThreshold, bad ports and scheme', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                livenessProbe: {periodSeconds: 10, successThreshold: 2}
                readinessProbe:
                  httpGet: {port: "8080", scheme: http}
                  tcpSocket: {port: 8080}
                startupProbe:
                  grpc: {port: 0}
                  initialDelaySeconds: -1
    `, errors: [
      { message: 'containers[0].livenessProbe: Required value: must specify a handler type', line: 9, column: 11 },
      { message: 'containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1', line: 9, column: 64 },
      { message: 'containers[0].readinessProbe.httpGet.port: Invalid value: must contain at least one letter (a-z)', line: 11, column: 29 },
      { message: 'containers[0].readinessProbe.httpGet.scheme: Unsupported value: "http"', line: 11, column: 45 },
      { message: 'containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type', line: 12, column: 13 },
      { message: 'containers[0].startupProbe.grpc.port: Invalid value: 0: must be between 1 and 65535, inclusive', line: 14, column: 26 },
      { message: 'containers[0].startupProbe.initialDelaySeconds: Invalid value: must be greater than or equal to 0', line: 15, column: 34 },
    ] },
    { name: 'allowPrivilegeEscalation: false with privileged: true', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                securityContext:
                  privileged: true
                  allowPrivilegeEscalation: false
    `, errors: [{ message: 'containers[0].securityContext: Invalid value: {"privileged":true,"allowPrivilegeEscala...', line: 11, column: 39 }] },
    { name: 'object names the pod refers to', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            serviceAccountName: Node_Agent
            priorityClassName: system-node-critical.
            hostname: agent.local
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'serviceAccountName: Invalid value: "Node_Agent": must be a lowercase RFC 1123 subdomain', line: 6, column: 27 },
      { message: 'priorityClassName: Invalid value: "system-node-critical.": must be a lowercase RFC 1123 subdomain', line: 7, column: 26 },
      { message: 'hostname: Invalid value: "agent.local": must not contain dots', line: 8, column: 17 },
    ] },
    { name: 'the documentation example', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: node-agent
      spec:
        selector:
          matchLabels: {app: node-agent}
        template:
          metadata:
            labels: {app: node-agent}
          spec:
            hostNetwork: true
            containers:
              - name: agent
                image: registry.example.com/node-agent:1.4.2
                ports:
                  - {name: metrics, containerPort: 9100, hostPort: 19100}
                volumeMounts:
                  - {name: cache, mountPath: /var/cache/agent}
            tolerations:
              - {operator: Exists, value: "true"}
    `, errors: [
      { message: 'containers[0].ports[0].hostPort: Invalid value: 19100', line: 17, column: 62 },
      { message: 'containers[0].volumeMounts[0].name: Not found: "cache"', line: 19, column: 22 },
      { message: 'tolerations[0].operator: Invalid value: "true": value must be empty when `operator` is \'Exists\'', line: 21, column: 37 },
    ] },
    { name: 'more pod fields: preemptionPolicy, runtimeClassName, nodeName, subdomain', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            preemptionPolicy: Sometimes
            runtimeClassName: ""
            nodeName: Node_1
            subdomain: a.b
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"', line: 6, column: 25 },
      { message: 'runtimeClassName: Invalid value: "": must be a lowercase RFC 1123 subdomain', line: 7, column: 25 },
      { message: 'nodeName: Invalid value: "Node_1": must be a lowercase RFC 1123 subdomain', line: 8, column: 17 },
      { message: 'subdomain: Invalid value: "a.b": must not contain dots', line: 9, column: 18 },
    ] },
    { name: 'more volume sources: empty name, claimName, volumeClaimTemplate, item key', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            volumes:
              - {name: "", emptyDir: {}}
              - {name: claim, persistentVolumeClaim: {claimName: ""}}
              - {name: scratch, ephemeral: {}}
              - {name: config, configMap: {name: config, items: [{key: "", path: a}]}}
    `, errors: [
      { message: 'volumes[0].name: Required value', line: 8, column: 12 },
      { message: 'volumes[1].persistentVolumeClaim.claimName: Required value', line: 9, column: 49 },
      { message: 'volumes[2].ephemeral.volumeClaimTemplate: Required value', line: 10, column: 27 },
      { message: 'volumes[3].configMap.items[0].key: Required value', line: 11, column: 61 },
    ] },
    { name: 'hooks and probes: exec without a command, a hook with two handlers, grace periods', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                lifecycle:
                  preStop: {exec: {command: []}, sleep: {seconds: 5}}
                livenessProbe: {exec: {command: [true]}, terminationGracePeriodSeconds: 0}
                readinessProbe: {exec: {command: [true]}, terminationGracePeriodSeconds: 30}
    `, errors: [
      { message: 'containers[0].lifecycle.preStop.exec.command: Required value', line: 10, column: 30 },
      { message: 'containers[0].lifecycle.preStop.sleep: Forbidden: may not specify more than 1 handler type', line: 10, column: 44 },
      { message: 'containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0', line: 11, column: 83 },
      { message: 'containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 30', line: 12, column: 84 },
    ] },
    { name: 'allowPrivilegeEscalation: false with CAP_SYS_ADMIN; recursiveReadOnly with propagation', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - name: agent
                image: agent
                securityContext: {allowPrivilegeEscalation: false, capabilities: {add: [CAP_SYS_ADMIN]}}
                volumeMounts:
                  - {name: a, mountPath: /a, readOnly: true, recursiveReadOnly: Enabled, mountPropagation: HostToContainer}
            volumes: [{name: a, hostPath: {path: /a}}]
    `, errors: [
      { message: 'containers[0].securityContext: Invalid value: {"allowPrivilegeEscalation":false,"capab...', line: 9, column: 55 },
      { message: 'containers[0].volumeMounts.recursiveReadOnly: Forbidden', line: 11, column: 75 },
    ] },
    { name: 'in a multi-document stream, each DaemonSet is checked on its own', code: yaml`
      kind: ConfigMap
      metadata: {name: Not_Checked}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent, imagePullPolicy: Sometimes}]
    `, errors: [
      { message: 'containers[0].imagePullPolicy: Unsupported value: "Sometimes"', line: 9, column: 65 },
    ] },
  ],
});
