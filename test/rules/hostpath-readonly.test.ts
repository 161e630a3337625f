import rule, { type HostpathReadonlyOptions } from '../../src/rules/hostpath-readonly.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const writable = (container: string, what: string): string =>
  `container "${container}" mounts ${what} writable without a justification; set readOnly: true or add annotation daemonlint.io/justification.hostPath: "<why>"`;

new RuleTester().run<HostpathReadonlyOptions>(rule, {
  valid: [
    { name: 'readOnly: true', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: logs}
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - name: varlog
                mountPath: /var/log
                readOnly: true
            volumes:
            - name: varlog
              hostPath: {path: /var/log}
    ` },
    { name: 'YAML 1.1 booleans: readOnly: yes, On, TRUE are true to Kubernetes', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - {name: a, mountPath: /a, readOnly: yes}
              - {name: a, mountPath: /b, readOnly: On}
              - {name: a, mountPath: /c, readOnly: TRUE, recursiveReadOnly: Enabled}
            volumes:
            - {name: a, hostPath: {path: /var/log}}
    ` },
    { name: 'writable mounts of volumes that are not hostPath', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: scratch, mountPath: /tmp}
              - {name: config, mountPath: /etc/agent, readOnly: false}
            volumes:
            - {name: scratch, emptyDir: {}}
            - {name: config, configMap: {name: agent}}
    ` },
    { name: 'allowWritablePrefixes: the prefix itself, below it, a literal subPath below it, and /var/run as /run', options: {
      allowWritablePrefixes: ['/var/lib/kubelet/plugins/', '/var/lib/kubelet/plugins_registry', '/var/run'],
    }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: csi
              volumeMounts:
              - {name: plugins, mountPath: /plugins}
              - {name: socket, mountPath: /csi}
              - {name: registration, mountPath: /registration}
              - {name: kubelet, mountPath: /csi-sock, subPath: plugins/example.csi.io}
              - {name: flannel, mountPath: /run/flannel}
            volumes:
            - {name: plugins, hostPath: {path: /var/lib/kubelet/plugins}}
            - {name: socket, hostPath: {path: /var/lib/kubelet/plugins/example.csi.io/, type: DirectoryOrCreate}}
            - {name: registration, hostPath: {path: /var/lib/kubelet/plugins_registry/}}
            - {name: kubelet, hostPath: {path: /var/lib/kubelet}}
            - {name: flannel, hostPath: {path: /run/flannel}}
    ` },
    { name: 'a hostPath volume nobody mounts, and a mount of a volume that does not exist', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: missing, mountPath: /m}
            volumes:
            - {name: unused, hostPath: {path: /var/log}}
    ` },
    { name: 'a duplicated volume name resolves to the first volume, as an emptyDir here', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts: [{name: data, mountPath: /data}]
            volumes:
            - {name: data, emptyDir: {}}
            - {name: data, hostPath: {path: /var/lib/agent}}
    ` },
    { name: 'wrong shapes do not crash the rule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: a
              volumeMounts: {name: logs}
            - name: b
              volumeMounts: [logs, 3, {name: 7}]
            volumes:
            - {name: logs, hostPath: /var/log}
            - null
    ` },
    { name: 'a Deployment is not ours', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            containers:
            - {name: a, volumeMounts: [{name: logs, mountPath: /logs}]}
            volumes:
            - {name: logs, hostPath: {path: /var/log}}
    ` },
  ],
  invalid: [
    { name: 'readOnly missing: reported at the mount, fixed by adding it', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - name: varlog
                mountPath: /var/log
            volumes:
            - name: varlog
              hostPath:
                path: /var/log
    `, errors: [{ message: writable('shipper', 'host path /var/log (volume "varlog")'), line: 8, column: 11, endLine: 9, endColumn: 30 }],
    output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - name: varlog
                mountPath: /var/log
                readOnly: true
            volumes:
            - name: varlog
              hostPath:
                path: /var/log
    ` },

    { name: 'readOnly: false: reported at the key, fixed in place', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - name: varlog
                readOnly: false # for now
                mountPath: /var/log
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    `, errors: [{ message: writable('shipper', 'host path /var/log (volume "varlog")'), line: 9, column: 11, endLine: 9, endColumn: 19 }],
    output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - name: varlog
                readOnly: true # for now
                mountPath: /var/log
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    ` },

    { name: 'readOnly: no and a quoted "true" are not true either', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - {name: varlog, mountPath: /a, readOnly: no}
              - {name: varlog, mountPath: /b, readOnly: "true"}
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    `, errors: [
      { message: writable('shipper', 'host path /var/log (volume "varlog")'), line: 8, column: 41 },
      { message: writable('shipper', 'host path /var/log (volume "varlog")'), line: 9, column: 41 },
    ], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts:
              - {name: varlog, mountPath: /a, readOnly: true}
              - {name: varlog, mountPath: /b, readOnly: true}
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    ` },

    { name: 'flow style mount', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: shipper, volumeMounts: [{name: varlog, mountPath: /var/log}]}
            volumes: [{name: varlog, hostPath: {path: /var/log}}]
    `, errors: [{ message: writable('shipper', 'host path /var/log (volume "varlog")'), line: 6, column: 40, endColumn: 75 }],
    output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: shipper, volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]}
            volumes: [{name: varlog, hostPath: {path: /var/log}}]
    ` },

    { name: 'init containers, sidecars and every container mounting the same volume', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: install-cni
              volumeMounts:
              - name: cni-bin
                mountPath: /host/opt/cni/bin
            - name: proxy
              restartPolicy: Always
              volumeMounts:
              - {name: cni-bin, mountPath: /bin-ro, readOnly: true}
              - {name: cni-bin, mountPath: /bin-rw}
            containers:
            - name: agent
              volumeMounts:
              - {name: cni-bin, mountPath: /cni}
            volumes:
            - {name: cni-bin, hostPath: {path: /opt/cni/bin}}
    `, errors: [
      { message: writable('install-cni', 'host path /opt/cni/bin (volume "cni-bin")'), line: 8, column: 11 },
      { message: writable('proxy', 'host path /opt/cni/bin (volume "cni-bin")'), line: 14, column: 11 },
      { message: writable('agent', 'host path /opt/cni/bin (volume "cni-bin")'), line: 18, column: 11 },
    ], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: install-cni
              volumeMounts:
              - name: cni-bin
                mountPath: /host/opt/cni/bin
                readOnly: true
            - name: proxy
              restartPolicy: Always
              volumeMounts:
              - {name: cni-bin, mountPath: /bin-ro, readOnly: true}
              - {name: cni-bin, mountPath: /bin-rw, readOnly: true}
            containers:
            - name: agent
              volumeMounts:
              - {name: cni-bin, mountPath: /cni, readOnly: true}
            volumes:
            - {name: cni-bin, hostPath: {path: /opt/cni/bin}}
    ` },

    { name: 'justified on the pod template: suppressed results, and no fix', code: yaml`
      kind: DaemonSet
      spec:
        template:
          metadata:
            annotations:
              daemonlint.io/justification.hostPath: "installs the CNI plugin binaries on the node"
          spec:
            initContainers:
            - name: install-cni
              volumeMounts: [{name: cni-bin, mountPath: /host/opt/cni/bin}]
            volumes:
            - {name: cni-bin, hostPath: {path: /opt/cni/bin}}
    `, errors: [{
      message: 'container "install-cni" mounts host path /opt/cni/bin (volume "cni-bin") writable; justified by daemonlint.io/justification.hostPath',
      line: 10, column: 24, justification: 'installs the CNI plugin binaries on the node',
    }], output: null },

    { name: 'a placeholder or expired justification does not count, and the fix is offered', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPath: n/a
      spec:
        template:
          metadata:
            annotations:
              daemonlint.io/justification.hostPath: "writes its position files next to the logs"
              daemonlint.io/justification-expires: "2026-01-31"
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: varlog, mountPath: /var/log}]
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    `, errors: [{
      message: 'container "shipper" mounts host path /var/log (volume "varlog") writable without a valid justification: daemonlint.io/justification.hostPath is a placeholder ("n/a"); set readOnly: true or write down why the privilege is needed',
      line: 14, column: 24,
    }], output: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPath: n/a
      spec:
        template:
          metadata:
            annotations:
              daemonlint.io/justification.hostPath: "writes its position files next to the logs"
              daemonlint.io/justification-expires: "2026-01-31"
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    ` },

    { name: 'expired justification on the DaemonSet', code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPath: "writes its position files next to the logs"
          daemonlint.io/justification-expires: "2026-05-31"
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: varlog, mountPath: /var/log}]
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    `, errors: [{
      message: 'container "shipper" mounts host path /var/log (volume "varlog") writable, but its justification expired on 2026-05-31; set readOnly: true or renew daemonlint.io/justification.hostPath and move daemonlint.io/justification-expires forward',
      line: 11, column: 24,
    }], output: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPath: "writes its position files next to the logs"
          daemonlint.io/justification-expires: "2026-05-31"
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    ` },

    { name: 'minJustificationLength applies here as in privileged-justified', options: { minJustificationLength: 50 }, code: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPath: "writes its position files next to the logs"
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: varlog, mountPath: /var/log}]
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    `, errors: [{
      message: 'container "shipper" mounts host path /var/log (volume "varlog") writable without a valid justification: daemonlint.io/justification.hostPath is too short ("writes its position files next to the logs", 42 characters; at least 50); set readOnly: true or write down why the privilege is needed',
      line: 10, column: 24,
    }], output: yaml`
      kind: DaemonSet
      metadata:
        annotations:
          daemonlint.io/justification.hostPath: "writes its position files next to the logs"
      spec:
        template:
          spec:
            containers:
            - name: shipper
              volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]
            volumes:
            - {name: varlog, hostPath: {path: /var/log}}
    ` },

    { name: 'allowWritablePrefixes compares whole path segments and the subPath', options: { allowWritablePrefixes: ['/var/lib/kubelet/plugins'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: registrar
              volumeMounts:
              - {name: registration, mountPath: /registration}
              - {name: kubelet, mountPath: /pods, subPath: pods}
            volumes:
            - {name: registration, hostPath: {path: /var/lib/kubelet/plugins_registry}}
            - {name: kubelet, hostPath: {path: /var/lib/kubelet/}}
    `, errors: [
      { message: writable('registrar', 'host path /var/lib/kubelet/plugins_registry (volume "registration")'), line: 8, column: 11 },
      { message: writable('registrar', 'host path /var/lib/kubelet/pods (volume "kubelet")'), line: 9, column: 11 },
    ], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: registrar
              volumeMounts:
              - {name: registration, mountPath: /registration, readOnly: true}
              - {name: kubelet, mountPath: /pods, subPath: pods, readOnly: true}
            volumes:
            - {name: registration, hostPath: {path: /var/lib/kubelet/plugins_registry}}
            - {name: kubelet, hostPath: {path: /var/lib/kubelet/}}
    ` },

    { name: 'a subPathExpr is judged by the volume path, and a hostPath without a path is still a hostPath', options: { allowWritablePrefixes: ['/var/log/pods'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: logs, mountPath: /logs, subPathExpr: pods/$(POD_NAME)}
              - {name: odd, mountPath: /odd}
            volumes:
            - {name: logs, hostPath: {path: /var/log}}
            - {name: odd, hostPath: {type: Directory}}
    `, errors: [
      { message: writable('agent', 'host path /var/log (volume "logs")'), line: 8, column: 11 },
      { message: writable('agent', 'a hostPath volume (volume "odd")'), line: 9, column: 11 },
    ], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: logs, mountPath: /logs, subPathExpr: pods/$(POD_NAME), readOnly: true}
              - {name: odd, mountPath: /odd, readOnly: true}
            volumes:
            - {name: logs, hostPath: {path: /var/log}}
            - {name: odd, hostPath: {type: Directory}}
    ` },
  ],
});
