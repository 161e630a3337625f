import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rule from '../../src/rules/schema.js';
import {
  defaultKubeVersion,
  loadValidator,
  loadedValidator,
  preloadValidator,
  schemaVersionFor,
  supportedKubeVersions,
} from '../../src/schema/validators.js';
import { RuleTester, yaml, type InvalidCase, type ValidCase } from '../../src/testing/rule-tester.js';

// Rules run synchronously: the validators of every version the cases use are loaded first.
await Promise.all(['1.29', '1.30', '1.32', '1.34', '1.36'].map((v) => preloadValidator(v)));

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const generated = path.join(root, 'src', 'schema', 'generated');

const fullDaemonSet = yaml`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    name: node-exporter
    namespace: monitoring
    labels:
      app.kubernetes.io/name: node-exporter
      app.kubernetes.io/version: "1.8.2"
    annotations:
      deprecated.daemonset.template.generation: "3"
  spec:
    revisionHistoryLimit: 10
    minReadySeconds: 5
    selector:
      matchLabels:
        app.kubernetes.io/name: node-exporter
      matchExpressions:
        - {key: tier, operator: NotIn, values: [test]}
    updateStrategy:
      type: RollingUpdate
      rollingUpdate:
        maxUnavailable: 10%
        maxSurge: 0
    template:
      metadata:
        labels:
          app.kubernetes.io/name: node-exporter
        annotations:
          kubectl.kubernetes.io/default-container: node-exporter
      spec:
        serviceAccountName: node-exporter
        automountServiceAccountToken: false
        hostNetwork: true
        hostPID: true
        dnsPolicy: ClusterFirstWithHostNet
        priorityClassName: system-node-critical
        terminationGracePeriodSeconds: 30
        nodeSelector:
          kubernetes.io/os: linux
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate]}
        tolerations:
          - operator: Exists
          - key: node-role.kubernetes.io/control-plane
            operator: Exists
            effect: NoSchedule
          - key: node.kubernetes.io/not-ready
            operator: Exists
            effect: NoExecute
            tolerationSeconds: 300
        securityContext:
          runAsNonRoot: true
          runAsUser: 65534
          fsGroup: 65534
          seccompProfile: {type: RuntimeDefault}
        initContainers:
          - name: setup
            image: busybox:1.36
            command: [sh, -c, "mkdir -p /host/run/exporter"]
            volumeMounts:
              - {name: run, mountPath: /host/run}
          - name: log-shipper
            image: fluent/fluent-bit:3.1
            restartPolicy: Always
        containers:
          - name: node-exporter
            image: quay.io/prometheus/node-exporter:v1.8.2
            imagePullPolicy: IfNotPresent
            args:
              - --path.rootfs=/host/root
              - --web.listen-address=127.0.0.1:9100
            env:
              - name: NODE_NAME
                valueFrom:
                  fieldRef: {fieldPath: spec.nodeName}
              - name: GOMAXPROCS
                valueFrom:
                  resourceFieldRef: {resource: limits.cpu, divisor: 1}
            envFrom:
              - configMapRef: {name: exporter-env, optional: true}
            ports:
              - {name: metrics, containerPort: 9100, hostPort: 9100, protocol: TCP}
            resources:
              requests: {cpu: 100m, memory: 180Mi}
              limits: {cpu: 250m, memory: 180Mi}
            livenessProbe:
              httpGet: {path: /, port: metrics, scheme: HTTP}
              initialDelaySeconds: 5
              periodSeconds: 10
            readinessProbe:
              tcpSocket: {port: 9100}
            lifecycle:
              preStop:
                exec: {command: [sleep, "5"]}
            securityContext:
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities: {drop: [ALL], add: [SYS_TIME]}
            volumeMounts:
              - {name: root, mountPath: /host/root, readOnly: true, mountPropagation: HostToContainer}
              - {name: run, mountPath: /host/run}
        volumes:
          - name: root
            hostPath: {path: /}
          - name: run
            hostPath: {path: /run, type: DirectoryOrCreate}
          - name: config
            configMap:
              name: exporter-config
              defaultMode: 0644
              items:
                - {key: config.yaml, path: config.yaml}
          - name: token
            projected:
              sources:
                - serviceAccountToken: {path: token, expirationSeconds: 3600}
  status:
    currentNumberScheduled: 3
    desiredNumberScheduled: 3
    numberMisscheduled: 0
    numberReady: 3
`;

/** A small valid DaemonSet around one pod spec; `podSpec` is indented to sit under `spec:`. */
function daemonSet(podSpec: string): string {
  const lines = podSpec.split('\n').filter((line) => line.trim() !== '');
  const indent = Math.min(...lines.map((line) => /^ */.exec(line)![0].length));
  const body = lines.map((line) => `      ${line.slice(indent)}`).join('\n');
  return `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n    spec:\n${body}\n`;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'a full, realistic DaemonSet', code: fullDaemonSet },
    { name: 'the full DaemonSet is valid for the oldest bundled version too', code: fullDaemonSet, kubeVersion: '1.29' },
    { name: 'int-or-string: named and numbered ports, percentages and integers', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          ports: [{name: http, containerPort: 8080}]
          livenessProbe: {httpGet: {port: http}}
          readinessProbe: {tcpSocket: {port: 8080}}
          startupProbe: {grpc: {port: 9090}}
    `) },
    { name: 'maxUnavailable as an integer and as a percentage', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        updateStrategy: {rollingUpdate: {maxUnavailable: 1, maxSurge: "25%"}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    ` },
    { name: 'quantities as numbers, decimals, exponents and suffixes; extended resources', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          resources:
            requests: {cpu: 0.5, memory: 1e9, ephemeral-storage: 1Gi}
            limits: {cpu: 2, memory: "1.5Gi", nvidia.com/gpu: 1, hugepages-2Mi: 64Mi}
      volumes:
        - {name: cache, emptyDir: {sizeLimit: 500M, medium: Memory}}
    `) },
    { name: 'empty values and nulls mean "not set", as kubectl writes them', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: a
        creationTimestamp: null
        labels:
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata:
            creationTimestamp: null
            labels: {app: a}
          spec:
            containers:
              - name: a
                image: a
                resources: {}
                args:
                env: null
      status: {}
    ` },
    { name: 'maps stay open: any label, annotation and nodeSelector key', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: a
        labels: {anything.example.com/goes: "here", x: y2}
        annotations: {"checksum/config": "abc", note: "1"}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec:
            nodeSelector: {node.example.com/pool: gpu}
            containers: [{name: a, image: a}]
    ` },
    { name: 'empty strings in enum fields are defaulted by the API server', code: daemonSet(`
      containers: [{name: a, image: a}]
      securityContext: {fsGroupChangePolicy: "", seccompProfile: {type: ""}}
    `) },
    { name: 'what other rules report is left to them: removed apiVersion, Deployment fields, no selector', code: yaml`
      apiVersion: extensions/v1beta1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        replicas: 3
        strategy: {type: RollingUpdate}
        paused: false
        progressDeadlineSeconds: 600
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    ` },
    { name: 'left to selector-match-labels: incomplete expressions, label values that are not strings, labels straight under the selector', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {app: a, tier: node}
        template:
          metadata: {labels: {app: a, version: 1}}
          spec:
            containers: [{name: a, image: a}]
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  - topologyKey: kubernetes.io/hostname
                    labelSelector: {matchExpressions: [{key: app, operator: In, values: [a]}]}
      ---
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: b}
      spec:
        selector:
          matchLabels: {enabled: yes}
          matchExpressions: [{key: app}, {operator: 1, values: [2]}]
        template:
          metadata: {labels: {app: b}}
          spec: {containers: [{name: b, image: b}]}
    ` },
    { name: 'left to restart-policy-always and api-validation: restartPolicy and the values the API lists', code: daemonSet(`
      restartPolicy: yes
      dnsPolicy: Default2
      containers: [{name: a, image: a, imagePullPolicy: Sometimes, ports: [{containerPort: 53, protocol: udp}]}]
      tolerations: [{operator: Exist, effect: NoSchedul}]
    `) },
    { name: 'node selector operators Lt and Gt', code: daemonSet(`
      containers: [{name: a, image: a}]
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{matchExpressions: [{key: node.example.com/generation, operator: Gt, values: ["3"]}]}]
    `) },
    { name: 'not a DaemonSet', code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec: {replicas: 1, unknown: field}
    ` },
  ],
  invalid: [
    { name: 'unknown field with a suggestion', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          volumeMount:
            - {name: data, mountPath: /data}
    `), errors: [{ message: 'unknown field "volumeMount" in container "agent"; did you mean "volumeMounts"?', help: "The DaemonSet API has no field \"volumeMount\" in container \"agent\": with strict field validation (kubectl's default since 1.27) the API server rejects the DaemonSet, and without it the field is silently dropped. Did you mean \"volumeMounts\"?", line: 15, column: 11, endLine: 15, endColumn: 22 }] },
    { name: 'unknown field in another case', code: daemonSet(`
      hostnetwork: true
      containers: [{name: agent, image: agent:1}]
    `), errors: [{ message: 'unknown field "hostnetwork" in template.spec; did you mean "hostNetwork"?', line: 12, column: 7 }] },
    { name: 'unknown field with no close match', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          sidecar: true
    `), errors: [{ message: 'unknown field "sidecar" in container "agent"', line: 15, column: 11 }] },
    { name: 'unknown field at the top level', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metdata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [{ message: 'unknown field "metdata" in the DaemonSet; did you mean "metadata"?', line: 3, column: 1 }] },
    { name: 'wrong type: a quoted port number', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          ports:
            - containerPort: "9100"
    `), errors: [{ message: 'ports[0].containerPort: expected integer, got string "9100"', help: 'The API server cannot decode spec.template.spec.containers[0].ports[0].containerPort: it expects integer, and the manifest has string "9100". Quote a value that must be a string; write numbers and booleans without quotes.', line: 16, column: 30, endColumn: 36 }] },
    { name: 'wrong type: an int-or-string that is neither', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          livenessProbe: {httpGet: {port: true}}
    `), errors: [{ message: 'httpGet.port: expected integer or string, got boolean true', line: 15, column: 43 }] },
    { name: 'wrong type: an unquoted boolean annotation', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: a
        annotations:
          prometheus.io/scrape: true
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [{ message: 'annotations[prometheus.io/scrape]: expected string, got boolean true', line: 6, column: 27 }] },
    { name: 'wrong type: YAML 1.1 reads a bare y as a boolean', code: daemonSet(`
      containers: [{name: a, image: y}]
    `), errors: [{ message: 'containers[0].image: expected string, got boolean true', line: 12, column: 37 }] },
    { name: 'wrong type: a container that is not a mapping', code: daemonSet(`
      containers: [nginx]
    `), errors: [{ message: 'spec.containers[0]: expected a mapping, got string "nginx"', line: 12, column: 20 }] },
    { name: 'a wrong type is one finding, not also an invalid value', code: daemonSet(`
      containers: [{name: a, image: a}]
      securityContext: {seccompProfile: {type: 1}}
    `), errors: [{ message: 'seccompProfile.type: expected string, got number 1', line: 13, column: 48 }] },
    { name: 'wrong types in the update strategy (update-strategy leaves them to this rule)', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        updateStrategy: {type: 1, rollingUpdate: {maxUnavailable: true, maxSurge: 4294967296}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [
      { message: 'updateStrategy.type: expected string, got number 1', line: 6, column: 26 },
      { message: 'rollingUpdate.maxUnavailable: expected integer or string, got boolean true', line: 6, column: 61 },
      { message: 'rollingUpdate.maxSurge 4294967296 does not fit in a 32-bit integer', help: 'The API server rejects spec.updateStrategy.rollingUpdate.maxSurge: the field is a 32-bit integer, and 4294967296 is outside its range.', line: 6, column: 77 },
    ] },
    { name: 'a label value that is not a string in the DaemonSet\'s own labels', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a, labels: {version: 1.0}}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [{ message: 'labels.version: expected string, got number 1', line: 3, column: 39 }] },
    { name: 'labels straight under a selector that also has matchLabels', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}, tier: node}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [{ message: 'unknown field "tier" in spec.selector', line: 5, column: 37 }] },
    { name: 'an apiVersion that never served DaemonSets', code: yaml`
      apiVersion: apps/v2
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [{ message: 'apiVersion "apps/v2" does not serve DaemonSets: use apps/v1', help: 'The API server serves DaemonSets at apps/v1 only (extensions/v1beta1 and apps/v1beta2 were removed in 1.16), and rejects this manifest. Use apiVersion: apps/v1.', line: 1, column: 13 }] },
    { name: 'no apiVersion, reported at the kind', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
      spec:
        selector: {matchLabels: {app: a}}
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: a, image: a}]}
    `, errors: [{ message: 'missing apiVersion: set apiVersion: apps/v1', help: 'The API server needs apiVersion to know what the object is, and rejects it without one. DaemonSets are served at apps/v1.', line: 1, column: 1 }] },
    { name: 'an int64 past 2^53 out of range keeps its digits; one in range is fine', code: daemonSet(`
      terminationGracePeriodSeconds: 9223372036854775808
      activeDeadlineSeconds: 9007199254740993
      containers: [{name: a, image: a, ports: [{containerPort: 9007199254740993}]}]
    `), errors: [
      { message: 'spec.terminationGracePeriodSeconds 9223372036854775808 does not fit in a 64-bit integer', line: 12, column: 38 },
      { message: 'ports[0].containerPort 9007199254740993 does not fit in a 32-bit integer', line: 14, column: 64 },
    ] },
    { name: 'a float past the int64 range', code: daemonSet(`
      terminationGracePeriodSeconds: 1e19
      containers: [{name: a, image: a}]
    `), errors: [{ message: 'spec.terminationGracePeriodSeconds 10000000000000000000 does not fit in a 64-bit integer', line: 12, column: 38 }] },
    { name: 'nested in an init container', code: daemonSet(`
      initContainers:
        - name: setup
          image: busybox
          securityContext:
            privilged: true
      containers: [{name: agent, image: agent:1}]
    `), errors: [{ message: 'unknown field "privilged" in securityContext of init container "setup"; did you mean "privileged"?', line: 16, column: 13 }] },
    { name: 'invalid quantity', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          resources:
            limits: {memory: 128MB, cpu: 500m}
    `), errors: [{ message: 'limits.memory "128MB" is not a quantity, like 500m or 128Mi', help: 'The API server rejects spec.template.spec.containers[0].resources.limits.memory: "128MB" is not a quantity. Write a number with an optional suffix, such as 500m, 128Mi, 2G or 1e3.', line: 16, column: 30 }] },
    { name: 'an int32 out of range', code: daemonSet(`
      terminationGracePeriodSeconds: 30
      containers: [{name: a, image: a, ports: [{containerPort: 3000000000}]}]
    `), errors: [{ message: 'ports[0].containerPort 3000000000 does not fit in a 32-bit integer', line: 13, column: 64 }] },
    { name: 'a DaemonSet item of a List', code: yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: ConfigMap
          metadata: {name: c}
          date: {a: b}
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: a}
          spec:
            selector: {matchLabels: {app: a}}
            template:
              metadata: {labels: {app: a}}
              spec:
                containers: [{name: a, image: a}]
                tolerations: [{operator: Exists, tolerationSecond: 30}]
    `, errors: [{ message: 'unknown field "tolerationSecond" in spec.tolerations[0]; did you mean "tolerationSeconds"?', line: 17, column: 44 }] },
    { name: 'every problem of a manifest, one finding each', code: daemonSet(`
      containers:
        - name: agent
          image: agent:1
          imagePullpolicy: Always
          command: sh -c run
          ports: [{containerport: 80}]
    `), errors: [
      { message: 'unknown field "imagePullpolicy" in container "agent"; did you mean "imagePullPolicy"?', line: 15, column: 11 },
      { message: 'containers[0].command: expected a list, got string "sh -c run"', line: 16, column: 20 },
      { message: 'unknown field "containerport" in ports[0] of container "agent"; did you mean "containerPort"?', line: 17, column: 20 },
    ] },
  ],
});

// The same manifest under different versions: fields exist only from the version that added them.
const versionTable: { field: string; podSpec: string; line: number; column: number; valid: string[]; invalid: string[] }[] = [
  {
    field: 'resources',
    podSpec: 'containers: [{name: a, image: a}]\nresources: {limits: {cpu: "1"}}',
    line: 13, column: 7,
    valid: ['1.32', '1.36'],
    // 1.31 has its own schema (derived from 1.32's without the fields 1.32 added).
    invalid: ['1.29', '1.30', '1.31'],
  },
  {
    field: 'hostnameOverride',
    podSpec: 'containers: [{name: a, image: a}]\nhostnameOverride: node-a',
    line: 13, column: 7,
    valid: ['1.34', '1.36'],
    invalid: ['1.32'],
  },
];
const valid: ValidCase[] = [];
const invalid: InvalidCase[] = [];
for (const row of versionTable) {
  const code = daemonSet(row.podSpec);
  for (const kubeVersion of row.valid) valid.push({ name: `spec.template.spec.${row.field} under ${kubeVersion}`, code, kubeVersion });
  for (const kubeVersion of row.invalid) {
    invalid.push({
      name: `spec.template.spec.${row.field} under ${kubeVersion}`,
      code,
      kubeVersion,
      errors: [{ message: `unknown field "${row.field}" in template.spec`, line: row.line, column: row.column }],
    });
  }
}
describe('versions', () => {
  new RuleTester().run(rule, { valid, invalid });
});

describe('validators', () => {
  it('lists the bundled versions in order, the newest by default', () => {
    expect(supportedKubeVersions).toEqual(['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36']);
    expect(defaultKubeVersion).toBe('1.36');
  });

  it('maps a version to the schema that stands for it', () => {
    expect(schemaVersionFor('1.36')).toBe('1.36');
    expect(schemaVersionFor('v1.30.2')).toBe('1.30');
    expect(schemaVersionFor('1.31')).toBe('1.31');
    expect(schemaVersionFor('1.40')).toBe('1.36');
    expect(schemaVersionFor('2.0')).toBe('1.36');
    expect(schemaVersionFor('1.28')).toBeUndefined();
    expect(schemaVersionFor('latest')).toBeUndefined();
  });

  it('loads a version once and hands it out synchronously after', async () => {
    const validate = await loadValidator('1.33');
    expect(loadedValidator('1.33')).toBe(validate);
    expect(await loadValidator('v1.33.1')).toBe(validate);
    expect(loadedValidator('1.35')).toBeUndefined();
  });

  it('rejects a version with no schema', async () => {
    await expect(loadValidator('1.20')).rejects.toThrow('no bundled Kubernetes schema for version "1.20"');
  });

  it('says what to do when the rule runs before its validator is loaded', async () => {
    await expect(
      new RuleTester().findings(rule, { name: 'not loaded', code: daemonSet('containers: [{name: a, image: a}]'), kubeVersion: '1.35' }),
    ).rejects.toThrow('await preloadValidator("1.35")');
  });
});

describe('generated schemas', () => {
  type Schema = {
    type?: string | string[];
    properties?: Record<string, Schema>;
    additionalProperties?: boolean | Schema;
    required?: string[];
    enum?: unknown[];
    pattern?: string;
    $ref?: string;
    items?: Schema;
  };
  const read = (version: string): { definitions: Record<string, Schema> } =>
    JSON.parse(readFileSync(path.join(generated, `v${version}.schema.json`), 'utf8'));
  const latest = read('1.36').definitions;

  it('has a schema, a validator and its type for every supported version, and nothing else', () => {
    const expected = supportedKubeVersions.flatMap((v) => [`v${v}.schema.json`, `v${v}.validate.d.ts`, `v${v}.validate.js`]);
    const files = readdirSync(generated).filter((f) => /^v\d/.test(f));
    expect(files.sort()).toEqual(expected.sort());
    const source = readFileSync(path.join(generated, 'SOURCE.md'), 'utf8');
    // 1.31 has no OpenAPI of its own in the input: it is derived from 1.32's.
    for (const v of supportedKubeVersions) expect(source).toContain(v === '1.31' ? 'v1.31: from swagger-v1.32.json' : `swagger-v${v}.json`);
  });

  it('closes object types and keeps maps open', () => {
    expect(latest['io.k8s.api.core.v1.Container'].additionalProperties).toBe(false);
    // Decoding does not enforce OpenAPI's required lists; api-validation reports what the API requires.
    for (const definition of Object.values(latest)) expect(definition.required).toBeUndefined();
    const meta = latest['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'];
    expect(meta.additionalProperties).toBe(false);
    expect(meta.properties!.labels).toEqual({ type: ['object', 'null'], additionalProperties: { type: ['string', 'null'] } });
    const limits = latest['io.k8s.api.core.v1.ResourceRequirements'].properties!.limits;
    expect(limits.additionalProperties).toEqual({ $ref: '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity' });
    for (const [name, definition] of Object.entries(latest)) {
      if (definition.properties) expect(definition.additionalProperties, name).toBe(false);
    }
  });

  it('accepts integers or strings for int-or-string, numbers or quantity strings for quantities', () => {
    expect(latest['io.k8s.apimachinery.pkg.util.intstr.IntOrString']).toEqual({ type: ['integer', 'string', 'null'], minimum: -(2 ** 31), maximum: 2 ** 31 - 1 });
    const quantity = latest['io.k8s.apimachinery.pkg.api.resource.Quantity'];
    expect(quantity.type).toEqual(['string', 'number', 'null']);
    const grammar = new RegExp(quantity.pattern!, 'u');
    for (const ok of ['1', '0.5', '.5', '1.', '500m', '128Mi', '2G', '1e3', '1E-3', '+1k', '-2Ki', ' 100m ', '10u', '5n']) expect(grammar.test(ok), ok).toBe(true);
    for (const bad of ['', '.', 'm', '128MB', '1.5 cores', '1K', '1e', '1e1.5', '1Mi1', '0x10']) expect(grammar.test(bad), bad).toBe(false);
  });

  it('leaves apiVersion and kind unconstrained', () => {
    const root = latest['io.k8s.api.apps.v1.DaemonSet'];
    expect(root.properties!.apiVersion).toEqual({ type: ['string', 'null'] });
    expect(root.properties!.kind).toEqual({ type: ['string', 'null'] });
  });

  it('has no enums: the values a field takes are api-validation\'s, with the version\'s rules', () => {
    for (const v of supportedKubeVersions) expect(JSON.stringify(read(v))).not.toContain('"enum"');
  });

  it('bounds int32 and int64 integers', () => {
    expect(latest['io.k8s.api.core.v1.ContainerPort'].properties!.containerPort).toEqual({ type: ['integer', 'null'], minimum: -(2 ** 31), maximum: 2 ** 31 - 1 });
    expect(latest['io.k8s.api.core.v1.PodSpec'].properties!.terminationGracePeriodSeconds).toEqual({ type: ['integer', 'null'], minimum: -(2 ** 63), maximum: 2 ** 63 });
  });

  it('adds fields in the version that introduced them; 1.31 is 1.32 without what 1.32 added', () => {
    expect(read('1.30').definitions['io.k8s.api.core.v1.PodSpec'].properties!.resources).toBeUndefined();
    expect(read('1.31').definitions['io.k8s.api.core.v1.PodSpec'].properties!.resources).toBeUndefined();
    expect(read('1.31').definitions['io.k8s.api.core.v1.PodSecurityContext'].properties!.seLinuxChangePolicy).toBeUndefined();
    expect(read('1.31').definitions['io.k8s.api.core.v1.PodSecurityContext'].properties!.supplementalGroupsPolicy).toBeDefined();
    expect(read('1.31').definitions['io.k8s.api.core.v1.Volume'].properties!.image).toBeDefined();
    expect(read('1.32').definitions['io.k8s.api.core.v1.PodSpec'].properties!.resources).toEqual({ $ref: '#/definitions/io.k8s.api.core.v1.ResourceRequirements' });
  });

  const inputs = path.resolve(root, '..', 'shared', 'k8s-openapi');
  it.skipIf(!existsSync(inputs))('regenerates the committed files byte for byte (needs ../shared/k8s-openapi)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'daemonlint-schemas-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'generate-schemas.mjs'), inputs, out], { stdio: 'pipe' });
      const names = readdirSync(generated).sort();
      expect(readdirSync(out).sort()).toEqual(names);
      for (const name of names) {
        expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(generated, name))), name).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
