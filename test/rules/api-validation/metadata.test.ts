import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// Metadata of the DaemonSet and of its template (ValidateObjectMeta, ValidatePodTemplateSpec,
// ValidatePodSpecificAnnotations). Expected words are the API server's (pkg/apis/core/validation,
// apimachinery api/validation and meta/v1/validation).

const LABEL_KEY =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

const big = 'x'.repeat(140 * 1024);

new RuleTester().run(rule, {
  valid: [
    { name: 'labels, annotations, finalizers, owner references and managed fields as the API takes them', code: yaml`
      kind: DaemonSet
      metadata:
        name: agent
        labels: {app.kubernetes.io/name: agent, tier: "", example.com/Role_1: A.b-c}
        annotations: {Example.COM/Upper: any text at all, kubectl.kubernetes.io/last-applied-configuration: "{}"}
        finalizers: [kubernetes, example.com/cleanup]
        ownerReferences:
          - {apiVersion: example.com/v1, kind: Agent, name: parent, uid: 0123-4567, controller: true}
        managedFields:
          - {manager: kubectl, operation: Apply, fieldsType: FieldsV1, fieldsV1: {}}
      spec:
        template:
          metadata:
            annotations:
              controller.kubernetes.io/pod-deletion-cost: "-100"
              seccomp.security.alpha.kubernetes.io/pod: runtime/default
              container.apparmor.security.beta.kubernetes.io/agent: localhost/agent-profile
          spec:
            securityContext: {seccompProfile: {type: RuntimeDefault}}
            containers:
              - name: agent
                image: agent
                securityContext: {appArmorProfile: {type: Localhost, localhostProfile: agent-profile}}
    ` },
    { name: 'annotations of exactly 256 KiB in all', code: `kind: DaemonSet\nmetadata:\n  name: agent\n  annotations: {a: "${'x'.repeat(262143)}"}\nspec: {template: {spec: {containers: [{name: a, image: a}]}}}\n` },
  ],
  invalid: [
    { name: 'label keys and values of the DaemonSet (the API names the map, the finding the entry)', code: yaml`
      kind: DaemonSet
      metadata:
        name: agent
        labels: {-bad: x, good: "-bad-", example.com/ok: ok}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      {
        message: 'metadata.labels: Invalid value: "-bad": name part must be alphanumerics, \'-\', \'_\' or \'.\'',
        help: `Label keys are a DNS subdomain prefix and / (optional) and a name of up to 63 alphanumerics, -, _ or .; values up to 63 of the same (or empty). kubectl apply fails with: metadata.labels: Invalid value: "-bad": ${LABEL_KEY}`,
        line: 4,
        column: 12,
      },
      { message: 'metadata.labels: Invalid value: "-bad-": must be a valid label value', line: 4, column: 27 },
    ] },
    { name: 'annotation keys (lowercased first) and 256 KiB in all', code: `kind: DaemonSet\nmetadata:\n  name: agent\n  annotations:\n    bad key: x\n    a: "${big}"\n    b: "${big}"\nspec: {template: {spec: {containers: [{name: a, image: a}]}}}\n`, errors: [
      { message: 'metadata.annotations: Too long: must have at most 262144 bytes', line: 4, column: 3 },
      { message: 'metadata.annotations: Invalid value: "bad key": name part must be alphanumerics, \'-\', \'_\' or \'.\'', line: 5, column: 5 },
    ] },
    { name: 'before 1.32 the API says "may not be longer than"', kubeVersion: '1.31', code: `kind: DaemonSet\nmetadata:\n  name: agent\n  annotations:\n    a: "${big}"\n    b: "${big}"\nspec: {template: {spec: {containers: [{name: a, image: a}]}}}\n`, errors: [
      { message: 'metadata.annotations: Too long: may not be longer than 262144', line: 4, column: 3 },
    ] },
    { name: 'finalizers: qualified, standard without a domain, not orphan with foregroundDeletion', code: yaml`
      kind: DaemonSet
      metadata:
        name: agent
        finalizers: [cleanup, orphan, foregroundDeletion, a/b/c]
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'metadata.finalizers: Invalid value: finalizer orphan and foregroundDeletion cannot be both set', line: 4, column: 15 },
      { message: 'metadata.finalizers[0]: Invalid value: "cleanup": not a standard finalizer, nor domain-qualified', line: 4, column: 16 },
      { message: 'metadata.finalizers: Invalid value: "a/b/c": must be a valid label key (one / at most)', line: 4, column: 53 },
    ] },
    { name: 'owner references: names, uid, no Event owner, one controller', code: yaml`
      kind: DaemonSet
      metadata:
        name: agent
        ownerReferences:
          - {apiVersion: v1, kind: Event, name: e, uid: u}
          - {apiVersion: example.com/v1, kind: A, name: a, uid: u1, controller: true}
          - {apiVersion: example.com/, kind: B, name: b, uid: "", controller: true}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'metadata.ownerReferences: Invalid value: only one reference can have Controller set to true', line: 5, column: 5 },
      { message: 'metadata.ownerReferences: Invalid value: /v1, Kind=Event is disallowed from being an owner', line: 5, column: 7 },
      { message: 'metadata.ownerReferences.apiVersion: Invalid value: "example.com/": version must not be empty', line: 7, column: 20 },
      { message: 'metadata.ownerReferences.uid: Invalid value: "": must not be empty', line: 7, column: 57 },
    ] },
    { name: 'managed fields: operation, fieldsType, manager', code: yaml`
      kind: DaemonSet
      metadata:
        name: agent
        managedFields:
          - {manager: "kube\u0007ctl", operation: Patch, fieldsType: FieldsV2}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'metadata.managedFields[0].manager: Invalid value: invalid character U+0007 (at position 4)', line: 5, column: 17 },
      { message: 'metadata.managedFields[0].operation: Invalid value: "Patch": must be `Apply` or `Update`', line: 5, column: 45 },
      { message: 'metadata.managedFields[0].fieldsType: Invalid value: "FieldsV2": must be `FieldsV1`', line: 5, column: 64 },
    ] },
    { name: 'template annotations: a key, the mirror annotation without a node, the deletion cost', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata:
            annotations:
              a//b: x
              kubernetes.io/config.mirror: mirror
              controller.kubernetes.io/pod-deletion-cost: "+10"
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'spec.template.metadata.annotations: Invalid value: "a//b": must be a valid label key (one / at most)', line: 7, column: 9 },
      { message: 'spec.template.metadata.annotations[kubernetes.io/config.mirror]: Invalid value: "mirror"', line: 8, column: 38 },
      { message: 'spec.template.metadata.annotations[controller.kubernetes.io/pod-deletion-cost]: Invalid value: "+10"', line: 9, column: 53 },
    ] },
    { name: 'the old tolerations annotation is validated like tolerations', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata:
            annotations:
              scheduler.alpha.kubernetes.io/tolerations: '[{"operator": "Equal", "value": "x"}]'
          spec:
            containers: [{name: agent, image: agent}]
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata:
            annotations:
              scheduler.alpha.kubernetes.io/tolerations: '[{'
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'spec.template.metadata.annotations.scheduler.alpha.kubernetes.io/tolerations[0].operator: Invalid value: "Equal"', line: 7, column: 52 },
      { message: 'spec.template.metadata.annotations: Invalid value: "scheduler.alpha.kubernetes.io/toleration..."', line: 17, column: 52 },
    ] },
    { name: 'seccomp and AppArmor annotations: their values, and the container they name', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata:
            annotations:
              seccomp.security.alpha.kubernetes.io/pod: default
              container.seccomp.security.alpha.kubernetes.io/agent: localhost/../escape
              container.apparmor.security.beta.kubernetes.io/ghost: runtime/default
              container.apparmor.security.beta.kubernetes.io/agent: complain
          spec:
            containers: [{name: agent, image: agent}]
    `, errors: [
      { message: 'spec.template.metadata.annotations.seccomp.security.alpha.kubernetes.io/pod: Invalid value: "default"', line: 7, column: 51 },
      { message: 'spec.template.metadata.annotations.container.seccomp.security.alpha.kubernetes.io/agent: Invalid value: "localhost/../escape"', line: 8, column: 63 },
      { message: 'spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/ghost]: Invalid value: "ghost"', line: 9, column: 9 },
      { message: 'spec.template.metadata.annotations[container.apparmor.security.beta.kubernetes.io/agent]: Invalid value: "complain"', line: 10, column: 63 },
    ] },
    { name: 'seccomp and AppArmor annotations that disagree with the fields', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata:
            annotations:
              seccomp.security.alpha.kubernetes.io/pod: unconfined
              container.seccomp.security.alpha.kubernetes.io/agent: localhost/a
              container.apparmor.security.beta.kubernetes.io/agent: runtime/default
          spec:
            securityContext: {seccompProfile: {type: RuntimeDefault}}
            containers:
              - name: agent
                image: agent
                securityContext:
                  seccompProfile: {type: Localhost, localhostProfile: b}
                  appArmorProfile: {type: Unconfined}
    `, errors: [
      { message: 'securityContext.seccompProfile.type: Forbidden: seccomp type in annotation and field must match', line: 11, column: 42 },
      { message: 'containers[0].securityContext.seccompProfile.localhostProfile: Forbidden', line: 16, column: 47 },
      { message: 'containers[0].securityContext.appArmorProfile.type: Forbidden: apparmor type in annotation and field must match', line: 17, column: 31 },
    ] },
    { name: 'ephemeral containers: forbidden in a template, and their fields checked', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers: [{name: agent, image: agent}]
            ephemeralContainers:
              - name: debug
                image: busybox
                targetContainerName: ghost
                ports: [{containerPort: 80}]
                volumeMounts: [{name: data, mountPath: /d, subPath: x}]
            volumes: [{name: data, emptyDir: {}}]
    `, errors: [
      { message: 'ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template', line: 7, column: 7 },
      { message: 'ephemeralContainers[0].targetContainerName: Not found: "ghost"', line: 10, column: 32 },
      { message: 'ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container', line: 11, column: 11 },
      { message: 'ephemeralContainers[0].volumeMounts[0].subPath: Forbidden: cannot be set for an Ephemeral Container', line: 12, column: 54 },
    ] },
  ],
});
