import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// Volume sources (validateVolumeSource and each source's checks) and mounts, version by version.

const pod = (volumes: string, extra = ''): string =>
  `kind: DaemonSet\nmetadata: {name: agent}\nspec:\n  template:\n    spec:\n      containers: [{name: agent, image: agent${extra}}]\n      volumes:\n${volumes}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'a volume with no source is an emptyDir to the API', code: pod('        - name: scratch\n', ', volumeMounts: [{name: scratch, mountPath: /scratch}]') },
    { name: 'downwardAPI, projected, csi, ephemeral as node agents use them', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            volumes:
              - name: podinfo
                downwardAPI:
                  items:
                    - {path: labels, fieldRef: {fieldPath: metadata.labels}}
                    - {path: cpu, resourceFieldRef: {containerName: agent, resource: limits.cpu, divisor: 1m}}
              - name: token
                projected:
                  sources:
                    - serviceAccountToken: {path: token, expirationSeconds: 3600, audience: vault}
                    - configMap: {name: ca, items: [{key: ca.crt, path: ca.crt}]}
                    - downwardAPI: {items: [{path: namespace, fieldRef: {fieldPath: metadata.namespace}}]}
              - {name: secrets-store, csi: {driver: secrets-store.csi.k8s.io, readOnly: true, nodePublishSecretRef: {name: creds}}}
              - name: cache
                ephemeral:
                  volumeClaimTemplate:
                    metadata: {labels: {app: agent}}
                    spec: {accessModes: [ReadWriteOnce], storageClassName: local-path, resources: {requests: {storage: 1Gi}}}
    ` },
    { name: 'image volumes are dropped with their mounts before 1.35', kubeVersion: '1.34', code: pod('        - {name: tools, image: {reference: tools:1, pullPolicy: Sometimes}}\n', ', volumeMounts: [{name: tools, mountPath: /tools, subPath: bin}]') },
    { name: 'an image volume mounted with a sub-path (1.35 on)', code: pod('        - {name: tools, image: {reference: tools:1, pullPolicy: IfNotPresent}}\n', ', volumeMounts: [{name: tools, mountPath: /tools, subPath: bin}]') },
    { name: 'recursiveReadOnly does not exist in 1.29 and is dropped in 1.30', kubeVersion: '1.30', code: pod('        - {name: data, emptyDir: {}}\n', ', volumeMounts: [{name: data, mountPath: /d, recursiveReadOnly: Enabled}]') },
    { name: 'legacy sources with their required fields', code: pod(`        - {name: a, nfs: {server: nfs.local, path: /export}}
        - {name: b, iscsi: {targetPortal: "10.0.0.1:3260", iqn: "iqn.2001-04.com.example:storage.disk1", lun: 0}}
        - {name: c, rbd: {monitors: [10.0.0.1], image: disk}}
        - {name: d, azureDisk: {diskName: d, diskURI: "https://a.blob.core.windows.net/c/d.vhd", kind: Shared}}
`) },
  ],
  invalid: [
    { name: 'more than one source', code: pod('        - {name: both, hostPath: {path: /var/log}, emptyDir: {}, cephfs: {monitors: [a]}}\n'), errors: [
        { message: 'volumes[0].hostPath: Forbidden: may not specify more than 1 volume type', line: 8, column: 24 },
        { message: 'volumes[0].cephFS: Forbidden: may not specify more than 1 volume type', line: 8, column: 66 },
      ] },
    { name: 'emptyDir sizeLimit negative; secret and configMap modes and items', code: pod(`        - {name: a, emptyDir: {sizeLimit: -1Gi}}
        - {name: b, secret: {secretName: s, defaultMode: 0777, items: [{key: k, path: ..data, mode: 01000}]}}
        - {name: c, configMap: {items: [{path: /abs}]}}
`), errors: [
        { message: 'volumes[0].emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity', line: 8, column: 43 },
        { message: 'volumes[1].secret.items[0].path: Invalid value: "..data": must not start with \'..\'', line: 9, column: 87 },
        { message: 'volumes[1].secret.items[0].mode: Invalid value: 512', line: 9, column: 101 },
        { message: 'volumes[2].configMap.name: Required value', line: 10, column: 21 },
        { message: 'volumes[2].configMap.items[0].key: Required value', line: 10, column: 41 },
        { message: 'volumes[2].configMap.items[0].path: Invalid value: "/abs": must be a relative path', line: 10, column: 48 },
      ] },
    { name: 'downwardAPI items: a path, exactly one reference, fields a volume may read, a container name', code: pod(`        - name: info
          downwardAPI:
            items:
              - {path: a, fieldRef: {fieldPath: spec.nodeName}}
              - {path: b}
              - {path: c, fieldRef: {fieldPath: metadata.name}, resourceFieldRef: {containerName: agent, resource: limits.cpu}}
              - {path: ../d, resourceFieldRef: {resource: limits.memory}}
`), errors: [
        { message: 'volumes[0].downwardAPI.fieldRef.fieldPath: Unsupported value: "spec.nodeName"', line: 11, column: 49 },
        { message: 'volumes[0].downwardAPI: Required value: one of fieldRef and resourceFieldRef is required', line: 12, column: 17 },
        { message: 'volumes[0].downwardAPI: Invalid value: "resource"', line: 13, column: 17 },
        { message: 'volumes[0].downwardAPI.path: Invalid value: "../d": must not contain \'..\'', line: 14, column: 24 },
        { message: 'volumes[0].downwardAPI.items[3].resourceFieldRef.containerName: Required value', line: 14, column: 30 },
      ] },
    { name: 'projected: one kind per source, duplicate paths, token expiry and path', code: pod(`        - name: p
          projected:
            sources:
              - {secret: {name: s, items: [{key: a, path: cert}]}, configMap: {name: c}}
              - {configMap: {name: c, items: [{key: b, path: cert}]}}
              - {serviceAccountToken: {path: /token, expirationSeconds: 60}}
              - {serviceAccountToken: {expirationSeconds: 5000000000}}
`), errors: [
        { message: 'volumes[0].projected.sources[0]: Forbidden: may not specify more than 1 volume type per source', line: 11, column: 68 },
        { message: 'volumes[0].projected: Invalid value: "c": conflicting duplicate paths', line: 12, column: 62 },
        { message: 'volumes[0].projected.path: Invalid value: "/token": must be a relative path', line: 13, column: 46 },
        { message: 'volumes[0].projected.sources[2].serviceAccountToken.expirationSeconds: Invalid value: 60', line: 13, column: 73 },
        { message: 'volumes[0].projected.path: Required value', line: 14, column: 18 },
        { message: 'volumes[0].projected.sources[3].serviceAccountToken.expirationSeconds: Invalid value: 5000000000', line: 14, column: 59 },
      ] },
    { name: 'ephemeral: metadata fields, access modes, storage, class and data source', code: pod(`        - name: e
          ephemeral:
            volumeClaimTemplate:
              metadata: {name: fixed, labels: {"-x": y}}
              spec:
                accessModes: [ReadWriteOncePod, ReadWriteMany, WriteOnly]
                storageClassName: Fast_SSD
                volumeMode: Raw
                resources: {requests: {storage: "0"}}
                dataSource: {kind: Snapshot, name: s}
        - {name: f, ephemeral: {}}
`), errors: [
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.metadata.name: Forbidden: cannot be set', line: 11, column: 26 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.metadata.labels: Invalid value: "-x"', line: 11, column: 48 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes: Forbidden', line: 13, column: 17 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes: Unsupported value: "WriteOnly"', line: 13, column: 30 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.spec.storageClassName: Invalid value: "Fast_SSD"', line: 14, column: 35 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.spec.volumeMode: Unsupported value: "Raw"', line: 15, column: 29 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.spec.resources[storage]: Invalid value: "0"', line: 16, column: 49 },
        { message: 'volumes[0].ephemeral.volumeClaimTemplate.spec.dataSource: Invalid value: "Snapshot"', line: 17, column: 36 },
        { message: 'volumes[1].ephemeral.volumeClaimTemplate: Required value', line: 18, column: 21 },
      ] },
    { name: 'csi: driver name, secret reference', code: pod(`        - {name: a, csi: {driver: Secrets_Store.CSI}}
        - {name: b, csi: {driver: ${'d'.repeat(64)}}}
        - {name: c, csi: {driver: ok.example.com, nodePublishSecretRef: {}}}
`), errors: [
        { message: 'volumes[0].csi.driver: Invalid value: "Secrets_Store.CSI": must be a lowercase RFC 1123 subdomain', line: 8, column: 35 },
        { message: 'volumes[1].csi.driver: Too long: must have at most 63 bytes', line: 9, column: 35 },
        { message: 'volumes[2].csi.nodePublishSecretRef.name: Required value', line: 10, column: 51 },
      ] },
    { name: 'image volumes (1.35 on): a pull policy; a mount of the invalid volume is not found', code: pod('        - {name: tools, image: {reference: tools:1, pullPolicy: Sometimes}}\n', ', volumeMounts: [{name: tools, mountPath: /tools, subPath: bin}]'), errors: [
        { message: 'containers[0].volumeMounts[0].name: Not found: "tools"', line: 6, column: 70 },
        { message: 'volumes[0].image.pullPolicy: Unsupported value: "Sometimes"', line: 8, column: 65 },
      ] },
    { name: 'recursiveReadOnly from 1.31', kubeVersion: '1.31', code: pod('        - {name: data, emptyDir: {}}\n', ', volumeMounts: [{name: data, mountPath: /d, recursiveReadOnly: Enabled}]'), errors: [
        { message: 'containers[0].volumeMounts.recursiveReadOnly: Forbidden: may only be specified when readOnly is true', line: 6, column: 110 },
      ] },
    { name: 'legacy and network sources: their required fields and formats', code: pod(`        - {name: a, nfs: {server: "", path: export}}
        - {name: b, iscsi: {targetPortal: "", iqn: "iqn.example", lun: 300, chapAuthSession: true, initiatorName: "bad"}}
        - {name: c, gitRepo: {repository: "", directory: ../x}}
        - {name: d, gcePersistentDisk: {pdName: "", partition: 300}}
        - {name: e, awsElasticBlockStore: {volumeID: ""}}
        - {name: f, glusterfs: {endpoints: "", path: ""}}
        - {name: g, flocker: {datasetName: a/b, datasetUUID: u}}
        - {name: h, rbd: {monitors: [], image: ""}}
        - {name: i, cinder: {volumeID: "", secretRef: {}}}
        - {name: j, cephfs: {monitors: []}}
        - {name: k, quobyte: {registry: nohost, volume: ""}}
        - {name: l, fc: {targetWWNs: [a], wwids: [b]}}
        - {name: m, flexVolume: {driver: "", options: {kubernetes.io/secret: x}}}
        - {name: vn, azureFile: {secretName: "", shareName: ""}}
        - {name: o, vsphereVolume: {volumePath: ""}}
        - {name: p, photonPersistentDisk: {pdID: ""}}
        - {name: q, portworxVolume: {volumeID: ""}}
        - {name: r, azureDisk: {diskName: "", diskURI: "http://x", cachingMode: Always, kind: Managed}}
        - {name: s, scaleIO: {gateway: "", system: "", volumeName: ""}}
        - {name: t, storageos: {volumeName: Bad_Name, volumeNamespace: Bad_NS}}
`), errors: [
      { message: 'volumes[0].nfs.server: Required value', line: 8, column: 27 },
      { message: 'volumes[0].nfs.path: Invalid value: "export": must be an absolute path', line: 8, column: 45 },
      { message: 'volumes[1].iscsi.secretRef: Required value', line: 9, column: 21 },
      { message: 'volumes[1].iscsi.targetPortal: Required value', line: 9, column: 29 },
      { message: 'volumes[1].iscsi.iqn: Invalid value: "iqn.example": must be valid format', line: 9, column: 52 },
      { message: 'volumes[1].iscsi.lun: Invalid value: 300: must be between 0 and 255, inclusive', line: 9, column: 72 },
      { message: 'volumes[1].iscsi.initiatorname: Invalid value: must be valid format starting with iqn, eui, or naa', line: 9, column: 115 },
      { message: 'volumes[2].gitRepo.repository: Required value', line: 10, column: 31 },
      { message: 'volumes[2].gitRepo.directory: Invalid value: "../x": must not contain \'..\'', line: 10, column: 58 },
      { message: 'volumes[3].persistentDisk.pdName: Required value', line: 11, column: 41 },
      { message: 'volumes[3].persistentDisk.partition: Invalid value: 300: must be between 1 and 255, inclusive', line: 11, column: 64 },
      { message: 'volumes[4].awsElasticBlockStore.volumeID: Required value', line: 12, column: 44 },
      { message: 'volumes[5].glusterfs.endpoints: Required value', line: 13, column: 33 },
      { message: 'volumes[5].glusterfs.path: Required value', line: 13, column: 48 },
      { message: 'volumes[6].flocker: Invalid value: datasetName and datasetUUID can not be specified simultaneously', line: 14, column: 30 },
      { message: 'volumes[6].flocker.datasetName: Invalid value: "a/b": must not contain \'/\'', line: 14, column: 44 },
      { message: 'volumes[7].rbd.monitors: Required value', line: 15, column: 27 },
      { message: 'volumes[7].rbd.image: Required value', line: 15, column: 41 },
      { message: 'volumes[8].cinder.volumeID: Required value', line: 16, column: 30 },
      { message: 'volumes[8].cinder.secretRef.name: Required value', line: 16, column: 44 },
      { message: 'volumes[9].cephfs.monitors: Required value', line: 17, column: 30 },
      { message: 'volumes[10].quobyte.registry: Invalid value: "nohost"', line: 18, column: 41 },
      { message: 'volumes[10].quobyte.volume: Required value', line: 18, column: 49 },
      { message: 'volumes[11].fc.lun: Required value: lun is required if targetWWNs is specified', line: 19, column: 21 },
      { message: 'volumes[11].fc.targetWWNs: Invalid value: targetWWNs and wwids can not be specified simultaneously', line: 19, column: 38 },
      { message: 'volumes[12].flexVolume.driver: Required value', line: 20, column: 34 },
      { message: 'volumes[12].flexVolume.options[kubernetes.io/secret]: Invalid value: "kubernetes.io/secret"', line: 20, column: 56 },
      { message: 'volumes[13].azureFile.secretName: Required value', line: 21, column: 34 },
      { message: 'volumes[13].azureFile.shareName: Required value', line: 21, column: 50 },
      { message: 'volumes[14].vsphereVolume.volumePath: Required value', line: 22, column: 37 },
      { message: 'volumes[15].photonPersistentDisk.pdID: Required value', line: 23, column: 44 },
      { message: 'volumes[16].portworxVolume.volumeID: Required value', line: 24, column: 38 },
      { message: 'volumes[17].azureDisk.diskName: Required value', line: 25, column: 33 },
      { message: 'volumes[17].azureDisk.diskURI: Unsupported value: "http://x"', line: 25, column: 56 },
      { message: 'volumes[17].azureDisk.cachingMode: Unsupported value: "Always"', line: 25, column: 81 },
      { message: 'volumes[18].scaleIO.gateway: Required value', line: 26, column: 31 },
      { message: 'volumes[18].scaleIO.system: Required value', line: 26, column: 44 },
      { message: 'volumes[18].scaleIO.volumeName: Required value', line: 26, column: 56 },
      { message: 'volumes[19].storageos.volumeName: Invalid value: "Bad_Name": must be a lowercase RFC 1123 label', line: 27, column: 45 },
      { message: 'volumes[19].storageos.volumeNamespace: Invalid value: "Bad_NS": must be a lowercase RFC 1123 label', line: 27, column: 72 },
    ] },
  ],
});
