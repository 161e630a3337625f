import rule, { type HostpathReadonlyOptions } from '../../src/rules/hostpath-readonly.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const writable = (container: string, what: string): string => `container "${container}" mounts ${what} writable, not justified`;

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
    { name: 'HostProcess containers (pod-level or their own setting) have the whole host filesystem: nothing to make read-only', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            securityContext:
              windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}
            hostNetwork: true
            containers:
            - name: csi-node
              volumeMounts: [{name: kubelet, mountPath: C:\var\lib\kubelet}]
            - name: registrar
              securityContext: {windowsOptions: {hostProcess: true}}
              volumeMounts: [{name: kubelet, mountPath: C:\kubelet}]
            volumes:
            - {name: kubelet, hostPath: {path: 'C:\var\lib\kubelet'}}
    ` },
    { name: 'allowWritablePrefixes takes Windows paths, without case', options: { allowWritablePrefixes: ['C:\\var\\lib\\kubelet\\plugins', '\\\\.\\pipe\\csi-proxy-filesystem-v1'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: csi-node
              volumeMounts:
              - {name: plugin, mountPath: C:\csi}
              - {name: pipe, mountPath: \\.\pipe\csi-proxy-filesystem-v1}
            volumes:
            - {name: plugin, hostPath: {path: 'c:/var/lib/kubelet/plugins/example.csi.io'}}
            - {name: pipe, hostPath: {path: '\\.\pipe\csi-proxy-filesystem-v1'}}
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
                path: /var/log/pods
    `, errors: [{ message: writable('shipper', '/var/log/pods'), line: 8, column: 11, endLine: 9, endColumn: 30 }],
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
                path: /var/log/pods
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
            - {name: varlog, hostPath: {path: /var/log/pods}}
    `, errors: [{ message: writable('shipper', '/var/log/pods'), line: 9, column: 11, endLine: 9, endColumn: 19 }],
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
            - {name: varlog, hostPath: {path: /var/log/pods}}
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
            - {name: varlog, hostPath: {path: /var/log/pods}}
    `, errors: [
      { message: writable('shipper', '/var/log/pods'), line: 8, column: 41 },
      { message: writable('shipper', '/var/log/pods'), line: 9, column: 41 },
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
            - {name: varlog, hostPath: {path: /var/log/pods}}
    ` },

    { name: 'flow style mount', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: shipper, volumeMounts: [{name: varlog, mountPath: /var/log}]}
            volumes: [{name: varlog, hostPath: {path: /var/log/pods}}]
    `, errors: [{ message: writable('shipper', '/var/log/pods'), line: 6, column: 40, endColumn: 75 }],
    output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: shipper, volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]}
            volumes: [{name: varlog, hostPath: {path: /var/log/pods}}]
    ` },

    { name: 'a CNI installer\'s /opt/cni/bin: init containers, sidecars and every container; no fix, the help says why', code: yaml`
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
      {
        message: writable('install-cni', '/opt/cni/bin'), line: 8, column: 11, fixable: null,
        help: '/opt/cni/bin is the CNI plugin directory: a CNI installer copies the plugin binaries here, so it is usually writable and no fix is offered. Fix: if this container only reads there, set readOnly: true; if the path is writable by design here, add it to the rule\'s allowWritablePrefixes option; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: writable('proxy', '/opt/cni/bin'), line: 14, column: 11 },
      { message: writable('agent', '/opt/cni/bin'), line: 18, column: 11 },
    ], output: null },

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
      message: 'container "install-cni" mounts /opt/cni/bin writable; justified by daemonlint.io/justification.hostPath',
      help: '/opt/cni/bin is the CNI plugin directory: a CNI installer copies the plugin binaries here, so it is usually writable and no fix is offered. Justified by daemonlint.io/justification.hostPath: "installs the CNI plugin binaries on the node".',
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
      message: 'container "shipper" mounts /var/log writable: invalid justification',
      help: 'Annotation daemonlint.io/justification.hostPath is a placeholder ("n/a"), so it justifies nothing. A writable host path lets a compromised container change the node\'s own files: plant binaries, rewrite configuration, fill the disk. Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes. Here a write is likely: log collectors often keep their read positions in /var/log (fluentd .pos files, the Fluent Bit database). Fix: set readOnly: true once you know the container only reads there; or write down why the privilege is needed.',
      line: 14, column: 24, fixable: 'unsafe',
    }], output: null, unsafeOutput: yaml`
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
      message: 'container "shipper" mounts /var/log writable: justification expired on 2026-05-31',
      line: 11, column: 24, fixable: 'unsafe',
    }], output: null, unsafeOutput: yaml`
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
      message: 'container "shipper" mounts /var/log writable: invalid justification',
      line: 10, column: 24, fixable: 'unsafe',
    }], output: null, unsafeOutput: yaml`
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
      { message: writable('registrar', '/var/lib/kubelet/plugins_registry'), line: 8, column: 11 },
      { message: writable('registrar', '/var/lib/kubelet/pods'), line: 9, column: 11 },
    ], output: null },

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
      { message: writable('agent', '/var/log'), line: 8, column: 11, fixable: 'unsafe' },
      { message: writable('agent', 'a hostPath volume'), line: 9, column: 11, fixable: 'safe' },
    ], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: logs, mountPath: /logs, subPathExpr: pods/$(POD_NAME)}
              - {name: odd, mountPath: /odd, readOnly: true}
            volumes:
            - {name: logs, hostPath: {path: /var/log}}
            - {name: odd, hostPath: {type: Directory}}
    `, unsafeOutput: yaml`
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

    { name: 'fix safety per mount: logs and sockets safe; state, created paths and unknown paths unsafe', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: containers, mountPath: /c}
              - {name: docker, mountPath: /var/run/docker.sock}
              - {name: state, mountPath: /state}
              - {name: created, mountPath: /created}
              - {name: opt, mountPath: /opt}
              - {name: journal, mountPath: /journal}
            volumes:
            - {name: containers, hostPath: {path: /var/lib/docker/containers}}
            - {name: docker, hostPath: {path: /run/docker.sock}}
            - {name: state, hostPath: {path: /var/lib/agent}}
            - {name: created, hostPath: {path: /srv/agent, type: DirectoryOrCreate}}
            - {name: opt, hostPath: {path: /opt/agent}}
            - {name: journal, hostPath: {path: /run/log/journal, type: Socket}}
    `, errors: [
      { message: writable('agent', '/var/lib/docker/containers'), line: 8, column: 11, fixable: 'safe' },
      { message: writable('agent', '/run/docker.sock'), line: 9, column: 11, fixable: 'safe' },
      {
        message: writable('agent', '/var/lib/agent'), line: 10, column: 11, fixable: 'unsafe',
        help: 'A writable host path lets a compromised container change the node\'s own files: plant binaries, rewrite configuration, fill the disk. Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes. Here a write is likely: agents keep their state under /var/lib. Fix: set readOnly: true once you know the container only reads there; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      {
        message: writable('agent', '/srv/agent'), line: 11, column: 11, fixable: 'unsafe',
        help: 'A writable host path lets a compromised container change the node\'s own files: plant binaries, rewrite configuration, fill the disk. Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes. Here a write is likely: its type DirectoryOrCreate has the kubelet create the path for the pod, which usually means the pod writes there. Fix: set readOnly: true once you know the container only reads there; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      {
        message: writable('agent', '/opt/agent'), line: 12, column: 11, fixable: 'unsafe',
        help: 'A writable host path lets a compromised container change the node\'s own files: plant binaries, rewrite configuration, fill the disk. Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes. Fix: set readOnly: true once you know the container only reads there; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: writable('agent', '/run/log/journal'), line: 13, column: 11, fixable: 'safe' },
    ], output: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: containers, mountPath: /c, readOnly: true}
              - {name: docker, mountPath: /var/run/docker.sock, readOnly: true}
              - {name: state, mountPath: /state}
              - {name: created, mountPath: /created}
              - {name: opt, mountPath: /opt}
              - {name: journal, mountPath: /journal, readOnly: true}
            volumes:
            - {name: containers, hostPath: {path: /var/lib/docker/containers}}
            - {name: docker, hostPath: {path: /run/docker.sock}}
            - {name: state, hostPath: {path: /var/lib/agent}}
            - {name: created, hostPath: {path: /srv/agent, type: DirectoryOrCreate}}
            - {name: opt, hostPath: {path: /opt/agent}}
            - {name: journal, hostPath: {path: /run/log/journal, type: Socket}}
    `, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: containers, mountPath: /c, readOnly: true}
              - {name: docker, mountPath: /var/run/docker.sock, readOnly: true}
              - {name: state, mountPath: /state, readOnly: true}
              - {name: created, mountPath: /created, readOnly: true}
              - {name: opt, mountPath: /opt, readOnly: true}
              - {name: journal, mountPath: /journal, readOnly: true}
            volumes:
            - {name: containers, hostPath: {path: /var/lib/docker/containers}}
            - {name: docker, hostPath: {path: /run/docker.sock}}
            - {name: state, hostPath: {path: /var/lib/agent}}
            - {name: created, hostPath: {path: /srv/agent, type: DirectoryOrCreate}}
            - {name: opt, hostPath: {path: /opt/agent}}
            - {name: journal, hostPath: {path: /run/log/journal, type: Socket}}
    ` },

    { name: 'CSI node plugin: registration and plugin directories, Bidirectional pods, a directory above them; no safe fix', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: node-driver-registrar
              volumeMounts:
              - {name: registration-dir, mountPath: /registration}
              - {name: plugin-dir, mountPath: /csi}
            - name: csi-plugin
              volumeMounts:
              - {name: pods-dir, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional}
              - {name: kubelet-dir, mountPath: /var/lib/kubelet}
            volumes:
            - {name: registration-dir, hostPath: {path: /var/lib/kubelet/plugins_registry/, type: Directory}}
            - {name: plugin-dir, hostPath: {path: /var/lib/kubelet/plugins/example.csi.io/, type: DirectoryOrCreate}}
            - {name: pods-dir, hostPath: {path: /var/lib/kubelet/pods}}
            - {name: kubelet-dir, hostPath: {path: /var/lib/kubelet}}
    `, errors: [
      {
        message: writable('node-driver-registrar', '/var/lib/kubelet/plugins_registry/'), line: 8, column: 11, fixable: null,
        help: '/var/lib/kubelet/plugins_registry is the kubelet plugin registration directory: CSI node plugins and other kubelet plugins create their registration socket here, so it is usually writable and no fix is offered. Fix: if this container only reads there, set readOnly: true; if the path is writable by design here, add it to the rule\'s allowWritablePrefixes option; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: writable('node-driver-registrar', '/var/lib/kubelet/plugins/example.csi.io/'), line: 9, column: 11, fixable: null },
      {
        message: writable('csi-plugin', '/var/lib/kubelet/pods'), line: 12, column: 11, fixable: null,
        help: 'With Bidirectional mount propagation the container creates mounts the node must see (as CSI node plugins do), so the mount is usually writable and no fix is offered. Fix: if the container only reads there, drop Bidirectional propagation and set readOnly: true; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      {
        message: writable('csi-plugin', '/var/lib/kubelet'), line: 13, column: 11, fixable: 'unsafe',
        help: 'A writable host path lets a compromised container change the node\'s own files: plant binaries, rewrite configuration, fill the disk. Whether the container writes there cannot be seen from the manifest, and a read-only mount breaks it if it does: the fix (readOnly: true) is unsafe, applied only with --unsafe-fixes. Here a write is likely: it contains /var/lib/kubelet/plugins_registry, the kubelet plugin registration directory: CSI node plugins and other kubelet plugins create their registration socket here. Fix: set readOnly: true once you know the container only reads there; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
    ], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: node-driver-registrar
              volumeMounts:
              - {name: registration-dir, mountPath: /registration}
              - {name: plugin-dir, mountPath: /csi}
            - name: csi-plugin
              volumeMounts:
              - {name: pods-dir, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional}
              - {name: kubelet-dir, mountPath: /var/lib/kubelet, readOnly: true}
            volumes:
            - {name: registration-dir, hostPath: {path: /var/lib/kubelet/plugins_registry/, type: Directory}}
            - {name: plugin-dir, hostPath: {path: /var/lib/kubelet/plugins/example.csi.io/, type: DirectoryOrCreate}}
            - {name: pods-dir, hostPath: {path: /var/lib/kubelet/pods}}
            - {name: kubelet-dir, hostPath: {path: /var/lib/kubelet}}
    ` },

    { name: 'network agents: CNI config, iptables lock, BPF filesystem, network namespaces, FlexVolume installers: no fix', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              volumeMounts:
              - {name: cni-conf, mountPath: /host/etc/cni/net.d}
              - {name: xtables-lock, mountPath: /run/xtables.lock}
              - {name: bpf, mountPath: /sys/fs/bpf}
              - {name: netns, mountPath: /run/netns}
              - {name: flex, mountPath: /flexmnt}
              - {name: cni-state, mountPath: /var/lib/cni}
            volumes:
            - {name: cni-conf, hostPath: {path: /etc/cni/net.d}}
            - {name: xtables-lock, hostPath: {path: /var/run/xtables.lock, type: FileOrCreate}}
            - {name: bpf, hostPath: {path: /sys/fs/bpf, type: DirectoryOrCreate}}
            - {name: netns, hostPath: {path: /var/run/netns}}
            - {name: flex, hostPath: {path: /usr/libexec/kubernetes/kubelet-plugins/volume/exec/}}
            - {name: cni-state, hostPath: {path: /var/lib/cni/networks}}
    `, errors: [
      { message: writable('agent', '/etc/cni/net.d'), line: 8, column: 11, fixable: null },
      {
        message: writable('agent', '/var/run/xtables.lock'), line: 9, column: 11, fixable: null,
        help: '/run/xtables.lock is the iptables lock file: kube-proxy and network agents lock it around every iptables change, so it is usually writable and no fix is offered. Fix: if this container only reads there, set readOnly: true; if the path is writable by design here, add it to the rule\'s allowWritablePrefixes option; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: writable('agent', '/sys/fs/bpf'), line: 10, column: 11, fixable: null },
      { message: writable('agent', '/var/run/netns'), line: 11, column: 11, fixable: null },
      { message: writable('agent', '/usr/libexec/kubernetes/kubelet-plugins/volume/exec/'), line: 12, column: 11, fixable: null },
      { message: writable('agent', '/var/lib/cni/networks'), line: 13, column: 11, fixable: null },
    ], output: null },

    { name: 'Windows host paths: kubelet plugin directories and named pipes get no fix; the rest as on Linux', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {kubernetes.io/os: windows}
            containers:
            - name: csi-node
              volumeMounts:
              - {name: registration, mountPath: C:\registration}
              - {name: csi-proxy, mountPath: \\.\pipe\csi-proxy-filesystem-v1}
              - {name: logs, mountPath: C:\logs}
            volumes:
            - {name: registration, hostPath: {path: 'C:\var\lib\kubelet\plugins_registry\', type: Directory}}
            - {name: csi-proxy, hostPath: {path: '\\.\pipe\csi-proxy-filesystem-v1'}}
            - {name: logs, hostPath: {path: 'C:\var\log\pods'}}
    `, errors: [
      {
        message: writable('csi-node', 'C:\\var\\lib\\kubelet\\plugins_registry\\'), line: 9, column: 11, fixable: null,
        help: 'C:\\var\\lib\\kubelet\\plugins_registry is the kubelet plugin registration directory: CSI node plugins create their registration socket here, so it is usually writable and no fix is offered. Fix: if this container only reads there, set readOnly: true; if the path is writable by design here, add it to the rule\'s allowWritablePrefixes option; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      {
        message: writable('csi-node', '\\\\.\\pipe\\csi-proxy-filesystem-v1'), line: 10, column: 11, fixable: null,
        help: '\\\\.\\pipe is the named pipe namespace: a client writes to a pipe to talk to the server behind it, so it is usually writable and no fix is offered. Fix: if this container only reads there, set readOnly: true; if the path is writable by design here, add it to the rule\'s allowWritablePrefixes option; or, if the DaemonSet needs it, justify it with annotation daemonlint.io/justification.hostPath: "<why>".',
      },
      { message: writable('csi-node', 'C:\\var\\log\\pods'), line: 11, column: 11, fixable: 'unsafe' },
    ], output: null, unsafeOutput: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            nodeSelector: {kubernetes.io/os: windows}
            containers:
            - name: csi-node
              volumeMounts:
              - {name: registration, mountPath: C:\registration}
              - {name: csi-proxy, mountPath: \\.\pipe\csi-proxy-filesystem-v1}
              - {name: logs, mountPath: C:\logs, readOnly: true}
            volumes:
            - {name: registration, hostPath: {path: 'C:\var\lib\kubelet\plugins_registry\', type: Directory}}
            - {name: csi-proxy, hostPath: {path: '\\.\pipe\csi-proxy-filesystem-v1'}}
            - {name: logs, hostPath: {path: 'C:\var\log\pods'}}
    ` },
  ],
});
