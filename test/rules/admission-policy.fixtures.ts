import { yaml } from '../../src/testing/rule-tester.js';

/**
 * Our own equivalents of the Kubernetes documentation's example policies (reference/access-authn-
 * authz/validating-admission-policy and the manifest admission control examples), written for
 * DaemonSets: the same shapes (a bound with a default message, limits from params, a required
 * label, an image registry allow-list with variables and namespaceObject, a privileged ban with a
 * namespace excluded by name), with names and values of our own.
 */
export function documents(...parts: string[]): string {
  return parts.map((p) => p.replace(/\n*$/, '\n')).join('---\n');
}

export function namespace(name: string, labels: Record<string, string> = {}): string {
  const entries = Object.entries(labels);
  return yaml`
    apiVersion: v1
    kind: Namespace
    metadata:
      name: ${name}
  ` + (entries.length > 0 ? `  labels:\n${entries.map(([k, v]) => `    ${k}: ${v}\n`).join('')}` : '');
}

/** A DaemonSet; `spec` lines are indented under spec.template.spec, `extra` under spec. */
export function daemonSet(name: string, ns: string | undefined, podSpec: string, extra = ''): string {
  return (
    yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata:
        name: ${name}
    ` +
    (ns === undefined ? '' : `  namespace: ${ns}\n`) +
    `spec:\n${extra}  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n${podSpec
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `      ${l}\n`)
      .join('')}`
  );
}

/** The docs' basic example: a bound on a number, no message (so the default one), bound to namespaces labelled environment: test. */
export const basicPolicy = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: demo-policy.example.com
  spec:
    failurePolicy: Fail
    matchConstraints:
      resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["daemonsets"]
    validations:
      - expression: "object.spec.minReadySeconds <= 5"
`;

export function binding(name: string, policy: string, actions: string, matchResources = '', paramRef = ''): string {
  return (
    yaml`
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingAdmissionPolicyBinding
      metadata:
        name: ${name}
      spec:
        policyName: ${policy}
        validationActions: ${actions}
    ` +
    matchResources +
    paramRef
  );
}

export const testNamespaces = '  matchResources:\n    namespaceSelector:\n      matchLabels:\n        environment: test\n';

/** The docs' params example: the limit comes from a param object (here a custom resource), one per environment. */
export const limitPolicy = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: container-limit.example.com
  spec:
    failurePolicy: Fail
    paramKind:
      apiVersion: rules.example.com/v1
      kind: ContainerLimit
    matchConstraints:
      resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["daemonsets"]
    validations:
      - expression: "size(object.spec.template.spec.containers) <= params.maxContainers"
        messageExpression: "'at most ' + string(params.maxContainers) + ' containers in spec.template.spec.containers'"
        reason: Invalid
`;

export function containerLimit(name: string, max: number): string {
  return yaml`
    apiVersion: rules.example.com/v1
    kind: ContainerLimit
    metadata:
      name: ${name}
      namespace: default
    maxContainers: ${max}
  `;
}

/** The docs' label requirement (a List of a policy and its binding in the manifest examples), warning only. */
export const labelPolicy = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: require-app-name.example.com
  spec:
    matchConstraints:
      resourceRules:
      - apiGroups: ["*"]
        apiVersions: ["*"]
        operations: ["CREATE", "UPDATE"]
        resources: ["daemonsets", "deployments"]
    validations:
      - expression: "has(object.spec.template.metadata.labels) && 'app.kubernetes.io/name' in object.spec.template.metadata.labels"
        message: "spec.template.metadata.labels must include app.kubernetes.io/name"
        reason: Forbidden
`;

/** The docs' image example: variables, namespaceObject, filter/all and a messageExpression; audited only. */
export const imagePolicy = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: image-matches-namespace-environment.example.com
  spec:
    failurePolicy: Fail
    matchConstraints:
      resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["daemonsets"]
    variables:
    - name: environment
      expression: "'environment' in namespaceObject.metadata.labels ? namespaceObject.metadata.labels['environment'] : 'prod'"
    - name: exempt
      expression: "has(object.metadata.labels) && 'exempt' in object.metadata.labels && object.metadata.labels['exempt'] == 'true'"
    - name: containers
      expression: "object.spec.template.spec.containers"
    - name: containersToCheck
      expression: "variables.containers.filter(c, c.image.contains('registry.example.com/'))"
    validations:
    - expression: "variables.exempt || variables.containersToCheck.all(c, c.image.startsWith(variables.environment + '.'))"
      messageExpression: "'only ' + variables.environment + ' images are allowed in namespace ' + namespaceObject.metadata.name"
`;

/** The manifest examples' privileged ban, bound everywhere but kube-system (by the name label, no Namespace needed). */
export const privilegedPolicy = yaml`
  apiVersion: admissionregistration.k8s.io/v1
  kind: ValidatingAdmissionPolicy
  metadata:
    name: deny-privileged.example.com
  spec:
    matchConstraints:
      resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["daemonsets"]
    validations:
    - expression: >-
        object.spec.template.spec.containers.all(c,
        !has(c.securityContext) || !has(c.securityContext.privileged) ||
        c.securityContext.privileged == false)
      message: "privileged containers are not allowed"
      reason: Forbidden
`;

export const notKubeSystem = '  matchResources:\n    namespaceSelector:\n      matchExpressions:\n      - key: kubernetes.io/metadata.name\n        operator: NotIn\n        values: ["kube-system"]\n';

/** A policy with one validation and the given settings, for the cases about evaluation. */
export function policy(name: string, validations: string, settings = ''): string {
  return (
    yaml`
      apiVersion: admissionregistration.k8s.io/v1
      kind: ValidatingAdmissionPolicy
      metadata:
        name: ${name}
      spec:
        matchConstraints:
          resourceRules:
          - apiGroups: ["apps"]
            apiVersions: ["v1"]
            operations: ["CREATE"]
            resources: ["daemonsets"]
    ` +
    settings +
    `  validations:\n${validations}`
  );
}
