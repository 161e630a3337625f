import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  COLLECTION_STYLE,
  EVENT_ID,
  SCALAR_STYLE,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  keyString,
  kubernetesYamlSchema,
  parseEvents
} from "./chunk-SSSD2SIK.js";

// src/engine/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, name) => data && name in data ? String(data[name]) : whole
  );
}
function renderMessage(rule, messageId, data) {
  const template = rule.meta.messages[messageId];
  if (template === void 0) throw new Error(`rule "${rule.id}" reported unknown messageId "${messageId}"`);
  return formatMessage(template, data);
}

// src/schema/generated/versions.ts
var bundledKubeVersions = ["1.29", "1.30", "1.32", "1.33", "1.34", "1.35", "1.36"];
var validatorModules = {
  "1.29": () => import("./v1.29.validate-CU3O3ZAE.js"),
  "1.30": () => import("./v1.30.validate-4BCVPXAC.js"),
  "1.32": () => import("./v1.32.validate-TQIRFI6Q.js"),
  "1.33": () => import("./v1.33.validate-3CIXQXMX.js"),
  "1.34": () => import("./v1.34.validate-TZ72YB7R.js"),
  "1.35": () => import("./v1.35.validate-PQ4U36GV.js"),
  "1.36": () => import("./v1.36.validate-TZVRRXZC.js")
};

// src/schema/validators.ts
var supportedKubeVersions = [...bundledKubeVersions];
var defaultKubeVersion = supportedKubeVersions[supportedKubeVersions.length - 1];
var loaded = /* @__PURE__ */ new Map();
var loading = /* @__PURE__ */ new Map();
function schemaVersionFor(kubeVersion) {
  if (resolvedVersions.has(kubeVersion)) return resolvedVersions.get(kubeVersion);
  const resolved = resolveSchemaVersion(kubeVersion);
  resolvedVersions.set(kubeVersion, resolved);
  return resolved;
}
var resolvedVersions = /* @__PURE__ */ new Map();
function resolveSchemaVersion(kubeVersion) {
  const wanted = parseMinor(kubeVersion);
  if (!wanted) return void 0;
  const oldest = parseMinor(supportedKubeVersions[0]);
  if (compare(wanted, oldest) < 0) return void 0;
  for (const version of supportedKubeVersions) {
    if (compare(parseMinor(version), wanted) >= 0) return version;
  }
  return defaultKubeVersion;
}
function loadValidator(kubeVersion = defaultKubeVersion) {
  const version = schemaVersionFor(kubeVersion);
  if (version === void 0) return Promise.reject(new Error(unsupportedMessage(kubeVersion)));
  const ready = loaded.get(version);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(version);
  if (!pending) {
    pending = validatorModules[version]().then((module) => {
      loaded.set(version, module.default);
      loading.delete(version);
      return module.default;
    });
    loading.set(version, pending);
  }
  return pending;
}
async function preloadValidator(kubeVersion = defaultKubeVersion) {
  await loadValidator(kubeVersion);
}
function loadedValidator(kubeVersion) {
  const version = schemaVersionFor(kubeVersion);
  return version === void 0 ? void 0 : loaded.get(version);
}
function unsupportedMessage(kubeVersion) {
  return `no bundled Kubernetes schema for version "${kubeVersion}"; supported: ${supportedKubeVersions[0]} and newer (bundled: ${supportedKubeVersions.join(", ")})`;
}
function parseMinor(version) {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}

// src/k8s/containers.ts
var POD_SPEC_PATH = ["spec", "template", "spec"];
function podSpecOf(daemonSet) {
  const spec = asRecord(asRecord(asRecord(daemonSet)?.spec)?.template)?.spec;
  return asRecord(spec);
}
function containersOf(daemonSet, lists = ["initContainers", "containers", "ephemeralContainers"]) {
  const podSpec = podSpecOf(daemonSet);
  if (!podSpec) return [];
  const out = [];
  for (const list of lists) {
    const items = podSpec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      const container = asRecord(item);
      if (!container) return;
      const sidecar = list === "initContainers" && container.restartPolicy === "Always";
      out.push({
        container,
        path: [...POD_SPEC_PATH, list, index],
        list,
        index,
        sidecar,
        longRunning: list === "containers" || sidecar
      });
    });
  }
  return out;
}
function containerAnchor(ref) {
  return typeof ref.container.name === "string" ? [...ref.path, "name"] : ref.path;
}
function containerName(ref) {
  return typeof ref.container.name === "string" ? ref.container.name : `${ref.list}[${ref.index}]`;
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : [];
}

// src/k8s/names.ts
var DNS1123_LABEL_MAX_LENGTH = 63;
var DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL_ERR_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1123_SUBDOMAIN_ERR_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var dns1123LabelRegexp = new RegExp(`^${DNS1123_LABEL_FMT}$`);
var dns1123SubdomainRegexp = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
function maxLenError(length) {
  return `must be no more than ${length} characters`;
}
function regexError(message, format, ...examples) {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${format}')`;
}
function inclusiveRangeError(lo, hi) {
  return `must be between ${lo} and ${hi}, inclusive`;
}
function byteLength(value) {
  return new TextEncoder().encode(value).length;
}
function isDNS1123Label(value) {
  const errors = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRegexp.test(value)) {
    if (dns1123SubdomainRegexp.test(value)) errors.push("must not contain dots");
    else errors.push(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, "my-name", "123-abc"));
  }
  return errors;
}
function isDNS1123Subdomain(value) {
  const errors = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRegexp.test(value)) {
    errors.push(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, "example.com"));
  }
  return errors;
}
function maskTrailingDash(name) {
  return name.length > 1 && name.endsWith("-") ? `${name.slice(0, -2)}a` : name;
}
function nameIsDNSSubdomain(name, prefix = false) {
  return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
}
function nameIsDNSLabel(name, prefix = false) {
  return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
}
var portNameCharset = /^[-a-z0-9]+$/;
var portNameOneLetter = /[a-z]/;
function isValidPortName(port) {
  const errors = [];
  if (byteLength(port) > 15) errors.push(maxLenError(15));
  if (!portNameCharset.test(port)) errors.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!portNameOneLetter.test(port)) errors.push("must contain at least one letter (a-z)");
  if (port.includes("--")) errors.push("must not contain consecutive hyphens");
  if (port.length > 0 && (port.startsWith("-") || port.endsWith("-"))) errors.push("must not begin or end with a hyphen");
  return errors;
}
function isValidPortNum(port) {
  return port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

// src/rules/api-validation/field-errors.ts
var FIELD_ERROR_MESSAGES = {
  required: "{{field}}: Required value",
  requiredDetail: "{{field}}: Required value: {{detail}}",
  invalid: "{{field}}: Invalid value: {{value}}: {{detail}}",
  duplicate: "{{field}}: Duplicate value: {{value}}",
  notFound: "{{field}}: Not found: {{value}}",
  notSupported: "{{field}}: Unsupported value: {{value}}: supported values: {{supported}}",
  forbidden: "{{field}}: Forbidden: {{detail}}"
};
function fieldPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
function goValue(value) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
var FieldErrors = class {
  constructor(context) {
    this.context = context;
  }
  context;
  /** How many errors were reported so far: a check can tell whether its part was valid. */
  count = 0;
  required(field, detail = "", anchor = {}) {
    this.emit(field, anchor, "key", detail ? "requiredDetail" : "required", { detail });
  }
  invalid(field, value, detail, anchor = {}) {
    this.emit(field, anchor, "value", "invalid", { value: goValue(value), detail });
  }
  duplicate(field, value, anchor = {}) {
    this.emit(field, anchor, "value", "duplicate", { value: goValue(value) });
  }
  notFound(field, value, anchor = {}) {
    this.emit(field, anchor, "value", "notFound", { value: goValue(value) });
  }
  notSupported(field, value, supported, anchor = {}) {
    this.emit(field, anchor, "value", "notSupported", {
      value: goValue(value),
      supported: supported.map((s) => JSON.stringify(s)).join(", ")
    });
  }
  forbidden(field, detail, anchor = {}) {
    this.emit(field, anchor, "key", "forbidden", { detail });
  }
  emit(field, anchor, defaultAt, messageId, data) {
    this.count++;
    this.context.report({
      path: anchor.node ?? field,
      at: anchor.at ?? defaultAt,
      messageId,
      data: { field: fieldPath(field), ...data }
    });
  }
};
function stringOf(value) {
  return typeof value === "string" ? value : void 0;
}
function integerOf(value) {
  return typeof value === "number" && Number.isInteger(value) ? value : void 0;
}
function isSet(record, key) {
  return record !== void 0 && record[key] !== void 0 && record[key] !== null;
}
var IS_NEGATIVE_ERROR_MSG = "must be greater than or equal to 0";

// src/rules/api-validation/containers.ts
var PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
var TERMINATION_MESSAGE_POLICIES = ["File", "FallbackToLogsOnError"];
var INIT_CONTAINER_RESTART_POLICIES = ["Always"];
var HTTP_SCHEMES = ["HTTP", "HTTPS"];
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"];
var LIFECYCLE_HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"];
function checkContainerNames(containers, errors) {
  const regular = /* @__PURE__ */ new Set();
  const regularAndInit = /* @__PURE__ */ new Set();
  for (const ref of containers) {
    const name = ref.container.name;
    if (name === "") errors.required([...ref.path, "name"]);
    if (typeof name !== "string" || name === "") continue;
    for (const message of isDNS1123Label(name)) errors.invalid([...ref.path, "name"], name, message);
  }
  for (const ref of containers.filter((c) => c.list === "containers")) {
    const name = nonEmptyName(ref);
    if (name === void 0) continue;
    if (regular.has(name)) errors.duplicate([...ref.path, "name"], name);
    regular.add(name);
    regularAndInit.add(name);
  }
  for (const ref of containers.filter((c) => c.list === "initContainers")) {
    const name = nonEmptyName(ref);
    if (name === void 0) continue;
    if (regularAndInit.has(name)) errors.duplicate([...ref.path, "name"], name);
    regularAndInit.add(name);
  }
  for (const ref of containers.filter((c) => c.list === "ephemeralContainers")) {
    const name = nonEmptyName(ref);
    if (name === void 0) continue;
    if (regularAndInit.has(name)) errors.duplicate([...ref.path, "name"], name);
    regularAndInit.add(name);
  }
}
function nonEmptyName(ref) {
  const name = ref.container.name;
  return typeof name === "string" && name !== "" ? name : void 0;
}
function checkContainer(ref, errors) {
  const container = ref.container;
  const path = ref.path;
  const image = container.image;
  if (image === void 0 || image === null || image === "") {
    errors.required([...path, "image"], "", "image" in container ? {} : { node: containerAnchor(ref) });
  }
  const pullPolicy = stringOf(container.imagePullPolicy);
  if (pullPolicy && !PULL_POLICIES.includes(pullPolicy)) {
    errors.notSupported([...path, "imagePullPolicy"], pullPolicy, PULL_POLICIES);
  }
  const terminationPolicy = stringOf(container.terminationMessagePolicy);
  if (terminationPolicy && !TERMINATION_MESSAGE_POLICIES.includes(terminationPolicy)) {
    errors.notSupported([...path, "terminationMessagePolicy"], terminationPolicy, TERMINATION_MESSAGE_POLICIES);
  }
  checkSecurityContext(container, path, errors);
  if (ref.list === "containers") {
    if (isSet(container, "restartPolicy")) errors.forbidden([...path, "restartPolicy"], "may not be set for non-init containers");
    checkHooksAndProbes(container, path, errors);
  } else if (ref.list === "initContainers") {
    const restartPolicy = stringOf(container.restartPolicy);
    if (restartPolicy !== void 0 && !INIT_CONTAINER_RESTART_POLICIES.includes(restartPolicy)) {
      errors.notSupported([...path, "restartPolicy"], restartPolicy, INIT_CONTAINER_RESTART_POLICIES);
    }
    if (ref.sidecar) {
      checkHooksAndProbes(container, path, errors);
    } else {
      for (const key of ["lifecycle", ...PROBES]) {
        if (isSet(container, key)) {
          errors.forbidden([...path, key], "may not be set for init containers without restartPolicy=Always");
        }
      }
    }
  }
}
function checkSecurityContext(container, path, errors) {
  const securityContext = asRecord(container.securityContext);
  if (!securityContext || securityContext.allowPrivilegeEscalation !== false) return;
  const at = [...path, "securityContext"];
  if (securityContext.privileged === true) {
    errors.invalid(at, securityContext, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true", {
      node: [...at, "allowPrivilegeEscalation"]
    });
  }
  for (const capability of asArray(asRecord(securityContext.capabilities)?.add)) {
    if (capability === "CAP_SYS_ADMIN") {
      errors.invalid(at, securityContext, "cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN", {
        node: [...at, "allowPrivilegeEscalation"]
      });
    }
  }
}
function checkHooksAndProbes(container, path, errors) {
  const lifecycle = asRecord(container.lifecycle);
  if (lifecycle) {
    for (const hook of ["postStart", "preStop"]) {
      const handler = asRecord(lifecycle[hook]);
      if (handler) checkHandler(handler, LIFECYCLE_HANDLERS, [...path, "lifecycle", hook], errors);
    }
  }
  for (const kind of PROBES) {
    const probe = asRecord(container[kind]);
    if (probe) checkProbe(probe, kind, [...path, kind], errors);
  }
}
function checkProbe(probe, kind, path, errors) {
  checkHandler(probe, PROBE_HANDLERS, path, errors);
  for (const key of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"]) {
    const value = integerOf(probe[key]);
    if (value !== void 0 && value < 0) errors.invalid([...path, key], value, IS_NEGATIVE_ERROR_MSG);
  }
  const gracePeriod = integerOf(probe.terminationGracePeriodSeconds);
  if (gracePeriod !== void 0 && gracePeriod <= 0) {
    errors.invalid([...path, "terminationGracePeriodSeconds"], gracePeriod, "must be greater than 0");
  }
  if (kind === "readinessProbe") {
    if (gracePeriod !== void 0) {
      errors.invalid([...path, "terminationGracePeriodSeconds"], gracePeriod, "must not be set for readinessProbes");
    }
  } else {
    const successThreshold = integerOf(probe.successThreshold);
    if (successThreshold !== void 0 && successThreshold !== 0 && successThreshold !== 1) {
      errors.invalid([...path, "successThreshold"], successThreshold, "must be 1");
    }
  }
}
function checkHandler(handler, types, path, errors) {
  let count = 0;
  for (const type of types) {
    if (!isSet(handler, type)) continue;
    if (count > 0) {
      errors.forbidden([...path, type], "may not specify more than 1 handler type");
      continue;
    }
    count++;
    const action = asRecord(handler[type]);
    if (!action) continue;
    const at = [...path, type];
    if (type === "exec") {
      const command = action.command;
      if (command === void 0 || command === null || Array.isArray(command) && command.length === 0) {
        errors.required([...at, "command"]);
      }
    } else if (type === "httpGet" || type === "tcpSocket" || type === "grpc") {
      checkPortNumOrName(action.port, [...at, "port"], errors, type === "grpc");
      if (type === "httpGet") {
        const scheme = stringOf(action.scheme);
        if (scheme && !HTTP_SCHEMES.includes(scheme)) errors.notSupported([...at, "scheme"], scheme, HTTP_SCHEMES);
      }
    }
  }
  if (count === 0) errors.required(path, "must specify a handler type");
}
function checkPortNumOrName(port, path, errors, numberOnly) {
  const number = integerOf(port);
  if (number !== void 0) {
    for (const message of isValidPortNum(number)) errors.invalid(path, number, message);
  } else if (typeof port === "string" && !numberOnly) {
    for (const message of isValidPortName(port)) errors.invalid(path, port, message);
  }
}

// src/rules/api-validation/metadata.ts
function checkMetadata(daemonSet, errors) {
  const root = asRecord(daemonSet);
  const rawMetadata = root?.metadata;
  if (rawMetadata !== void 0 && rawMetadata !== null && !asRecord(rawMetadata)) return;
  const metadata = asRecord(rawMetadata) ?? {};
  const generateName = stringOf(metadata.generateName);
  if (generateName) {
    for (const message of nameIsDNSSubdomain(generateName, true)) {
      errors.invalid(["metadata", "generateName"], generateName, message);
    }
  }
  const name = metadata.name;
  if (name === void 0 || name === null || name === "") {
    if (!generateName) errors.required(["metadata", "name"], "name or generateName is required");
  } else if (typeof name === "string") {
    for (const message of nameIsDNSSubdomain(name)) errors.invalid(["metadata", "name"], name, message);
  }
  const namespace = stringOf(metadata.namespace);
  if (namespace) {
    for (const message of nameIsDNSLabel(namespace)) errors.invalid(["metadata", "namespace"], namespace, message);
  }
}

// src/rules/api-validation/pod-spec.ts
var DNS_POLICIES = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];
var PREEMPTION_POLICIES = ["PreemptLowerPriority", "Never"];
function checkDaemonSetSpec(daemonSet, errors) {
  const spec = asRecord(asRecord(daemonSet)?.spec);
  if (!spec) return;
  for (const key of ["minReadySeconds", "revisionHistoryLimit"]) {
    const value = integerOf(spec[key]);
    if (value !== void 0 && value < 0) errors.invalid(["spec", key], value, IS_NEGATIVE_ERROR_MSG);
  }
  if (spec.template === null) {
    errors.required([...POD_SPEC_PATH, "containers"]);
    return;
  }
  const template = asRecord(spec.template);
  if (!template) return;
  const podSpec = template.spec;
  if (podSpec === void 0 || podSpec === null) {
    errors.required([...POD_SPEC_PATH, "containers"]);
    return;
  }
  const record = asRecord(podSpec);
  if (!record) return;
  if (isSet(record, "activeDeadlineSeconds")) {
    errors.forbidden([...POD_SPEC_PATH, "activeDeadlineSeconds"], "activeDeadlineSeconds in DaemonSet is not Supported");
  }
  if (Array.isArray(record.ephemeralContainers) && record.ephemeralContainers.length > 0) {
    errors.forbidden([...POD_SPEC_PATH, "ephemeralContainers"], "ephemeral containers not allowed in pod template");
  }
}
function checkPodSpecFields(podSpec, errors) {
  if (Array.isArray(podSpec.containers) && podSpec.containers.length === 0) {
    errors.required([...POD_SPEC_PATH, "containers"]);
  }
  const dnsPolicy = stringOf(podSpec.dnsPolicy);
  if (dnsPolicy && !DNS_POLICIES.includes(dnsPolicy)) {
    errors.notSupported([...POD_SPEC_PATH, "dnsPolicy"], dnsPolicy, DNS_POLICIES);
  }
  if (dnsPolicy === "None") {
    const dnsConfig = podSpec.dnsConfig;
    if (dnsConfig === void 0 || dnsConfig === null) {
      errors.required([...POD_SPEC_PATH, "dnsConfig"], "must provide `dnsConfig` when `dnsPolicy` is None");
    } else {
      const record = asRecord(dnsConfig);
      const nameservers = record?.nameservers;
      if (record && (nameservers === void 0 || nameservers === null || Array.isArray(nameservers) && nameservers.length === 0)) {
        errors.required(
          [...POD_SPEC_PATH, "dnsConfig", "nameservers"],
          "must provide at least one DNS nameserver when `dnsPolicy` is None"
        );
      }
    }
  }
  for (const key of ["serviceAccountName", "nodeName", "priorityClassName"]) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of nameIsDNSSubdomain(value)) errors.invalid([...POD_SPEC_PATH, key], value, message);
  }
  for (const key of ["hostname", "subdomain"]) {
    const value = stringOf(podSpec[key]);
    if (!value) continue;
    for (const message of isDNS1123Label(value)) errors.invalid([...POD_SPEC_PATH, key], value, message);
  }
  const runtimeClassName = stringOf(podSpec.runtimeClassName);
  if (runtimeClassName !== void 0) {
    for (const message of nameIsDNSSubdomain(runtimeClassName)) {
      errors.invalid([...POD_SPEC_PATH, "runtimeClassName"], runtimeClassName, message);
    }
  }
  const preemptionPolicy = stringOf(podSpec.preemptionPolicy);
  if (preemptionPolicy === "") {
    errors.required([...POD_SPEC_PATH, "preemptionPolicy"]);
  } else if (preemptionPolicy !== void 0 && !PREEMPTION_POLICIES.includes(preemptionPolicy)) {
    errors.notSupported([...POD_SPEC_PATH, "preemptionPolicy"], preemptionPolicy, PREEMPTION_POLICIES);
  }
}

// src/rules/api-validation/ports.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
function portsOf(ref) {
  return asArray(ref.container.ports).flatMap((item, index) => {
    const record = asRecord(item);
    return record ? [{ record, index }] : [];
  });
}
function checkContainerPorts(ref, errors) {
  const names = /* @__PURE__ */ new Set();
  for (const { record, index } of portsOf(ref)) {
    const path = [...ref.path, "ports", index];
    const name = stringOf(record.name);
    if (name) {
      const messages2 = isValidPortName(name);
      for (const message of messages2) errors.invalid([...path, "name"], name, message);
      if (messages2.length === 0) {
        if (names.has(name)) errors.duplicate([...path, "name"], name);
        names.add(name);
      }
    }
    const containerPort = integerOf(record.containerPort);
    if (containerPort === 0) errors.required([...path, "containerPort"]);
    else if (containerPort !== void 0) {
      for (const message of isValidPortNum(containerPort)) errors.invalid([...path, "containerPort"], containerPort, message);
    }
    const hostPort = integerOf(record.hostPort);
    if (hostPort !== void 0 && hostPort !== 0) {
      for (const message of isValidPortNum(hostPort)) errors.invalid([...path, "hostPort"], hostPort, message);
    }
    const protocol = stringOf(record.protocol);
    if (protocol && !PROTOCOLS.includes(protocol)) errors.notSupported([...path, "protocol"], protocol, PROTOCOLS);
  }
}
function checkHostNetworkPorts(containers, hostNetwork, errors) {
  if (!hostNetwork) return;
  for (const ref of containers) {
    if (ref.list !== "containers") continue;
    for (const { record, index } of portsOf(ref)) {
      const hostPort = integerOf(record.hostPort);
      const containerPort = integerOf(record.containerPort);
      if (hostPort === void 0 || hostPort === 0 || containerPort === void 0 || hostPort === containerPort) continue;
      errors.invalid([...ref.path, "ports", index, "hostPort"], hostPort, "must match `containerPort` when `hostNetwork` is true");
    }
  }
}
function checkHostPortConflicts(containers, errors) {
  const claimed = /* @__PURE__ */ new Set();
  for (const ref of containers) {
    if (ref.list === "ephemeralContainers") continue;
    const seen = ref.list === "containers" ? claimed : /* @__PURE__ */ new Set();
    const reportedPath = ref.list === "containers" ? ref.path : [...ref.path.slice(0, -1), 0];
    for (const { record, index } of portsOf(ref)) {
      const hostPort = integerOf(record.hostPort);
      if (hostPort === void 0 || hostPort === 0) continue;
      const protocol = stringOf(record.protocol) || "TCP";
      const hostIP = stringOf(record.hostIP) ?? "";
      const key = `${protocol}/${hostIP}/${hostPort}`;
      if (seen.has(key)) {
        errors.duplicate([...reportedPath, "ports", index, "hostPort"], key, { node: [...ref.path, "ports", index, "hostPort"] });
      } else {
        seen.add(key);
      }
    }
  }
}

// src/k8s/selector.ts
var SELECTOR_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
var LABEL_KEY_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var LABEL_KEY_MESSAGE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_KEY_MAX_BYTES = 63;
var LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
var LABEL_VALUE_MESSAGE = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
var LABEL_VALUE_MAX_BYTES = 63;
var DNS1123_LABEL_FMT2 = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT2 = `${DNS1123_LABEL_FMT2}(\\.${DNS1123_LABEL_FMT2})*`;
var DNS1123_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
var DNS1123_SUBDOMAIN_MAX_BYTES = 253;
var labelKeyPattern = new RegExp(`^${LABEL_KEY_FMT}$`);
var labelValuePattern = new RegExp(`^${LABEL_VALUE_FMT}$`);
var dns1123SubdomainPattern = new RegExp(`^${DNS1123_SUBDOMAIN_FMT2}$`);
function byteLength2(value) {
  return Buffer.byteLength(value, "utf8");
}
function maxBytes(limit) {
  return `must be no more than ${limit} bytes`;
}
function regexError2(message, format, ...examples) {
  const shown = examples.map((e) => `'${e}', `).join(" or ");
  return `${message} (e.g. ${shown}regex used for validation is '${format}')`;
}
function labelKeyErrors(key) {
  const errors = [];
  const parts = key.split("/");
  if (parts.length > 2) {
    return [
      `a valid label key ${regexError2(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  const name = parts.length === 2 ? parts[1] : parts[0];
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix === "") errors.push("prefix part must be non-empty");
    else errors.push(...dns1123SubdomainErrors(prefix).map((e) => `prefix part ${e}`));
  }
  if (name === "") errors.push("name part must be non-empty");
  else if (byteLength2(name) > LABEL_KEY_MAX_BYTES) errors.push(`name part ${maxBytes(LABEL_KEY_MAX_BYTES)}`);
  if (!labelKeyPattern.test(name)) errors.push(`name part ${regexError2(LABEL_KEY_MESSAGE, LABEL_KEY_FMT, "MyName", "my.name", "123-abc")}`);
  return errors;
}
function labelValueErrors(value) {
  const errors = [];
  if (byteLength2(value) > LABEL_VALUE_MAX_BYTES) errors.push(maxBytes(LABEL_VALUE_MAX_BYTES));
  if (!labelValuePattern.test(value)) errors.push(regexError2(LABEL_VALUE_MESSAGE, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
  return errors;
}
function dns1123SubdomainErrors(value) {
  const errors = [];
  if (byteLength2(value) > DNS1123_SUBDOMAIN_MAX_BYTES) errors.push(maxBytes(DNS1123_SUBDOMAIN_MAX_BYTES));
  if (!dns1123SubdomainPattern.test(value)) errors.push(regexError2(DNS1123_SUBDOMAIN_MESSAGE, DNS1123_SUBDOMAIN_FMT2, "example.com"));
  return errors;
}
function isSelectorOperator(value) {
  return typeof value === "string" && SELECTOR_OPERATORS.includes(value);
}
function readLabelValue(key, value, path) {
  if (value === null || value === void 0) return { ok: true, value: "" };
  if (typeof value === "string") {
    const reasons = labelValueErrors(value);
    return reasons.length === 0 ? { ok: true, value } : { ok: false, issue: { kind: "invalidValue", key, value, reasons, path, at: "value" } };
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return { ok: false, issue: { kind: "nonStringValue", key, value, path, at: "value" } };
  }
  return { ok: false };
}
function keyIssue(key, path, at) {
  const reasons = labelKeyErrors(key);
  return reasons.length === 0 ? void 0 : { kind: "invalidKey", key, reasons, path, at };
}
function readLabels(labels) {
  const out = { labels: {}, unreadable: /* @__PURE__ */ new Set(), issues: [] };
  for (const [key, raw] of Object.entries(labels)) {
    const invalidKey = keyIssue(key, [key], "key");
    if (invalidKey) out.issues.push(invalidKey);
    const value = readLabelValue(key, raw, [key]);
    if (value.ok) out.labels[key] = value.value;
    else {
      out.unreadable.add(key);
      if (value.issue) out.issues.push(value.issue);
    }
  }
  return out;
}
function readSelector(selector) {
  const out = { requirements: [], issues: [], empty: true, malformed: false };
  const matchLabels = selector.matchLabels;
  if (matchLabels !== void 0 && matchLabels !== null) {
    const record = asRecord(matchLabels);
    if (!record) out.malformed = true;
    else {
      for (const [key, raw] of Object.entries(record)) {
        out.empty = false;
        const path = ["matchLabels", key];
        const invalidKey = keyIssue(key, path, "key");
        const value = readLabelValue(key, raw, path);
        if (invalidKey) out.issues.push(invalidKey);
        if (!value.ok) {
          if (value.issue) out.issues.push(value.issue);
          else out.malformed = true;
        }
        if (!invalidKey && value.ok) out.requirements.push({ requirement: { key, operator: "Equals", values: [value.value] }, path });
      }
    }
  }
  const matchExpressions = selector.matchExpressions;
  if (matchExpressions !== void 0 && matchExpressions !== null) {
    if (!Array.isArray(matchExpressions)) out.malformed = true;
    else {
      matchExpressions.forEach((item, index) => {
        out.empty = false;
        const expression = asRecord(item);
        const requirement = expression && readExpression(expression, index, out.issues);
        if (requirement === "malformed" || !expression) out.malformed = true;
        else if (requirement) out.requirements.push({ requirement, path: ["matchExpressions", index] });
      });
    }
  }
  return out;
}
function readExpression(expression, index, issues) {
  const base = ["matchExpressions", index];
  const before = issues.length;
  const { key: rawKey, operator, values: rawValues } = expression;
  let key;
  if (rawKey === void 0 || rawKey === null) issues.push({ kind: "missingKey", index, path: base, at: "key" });
  else if (typeof rawKey !== "string") return "malformed";
  else {
    key = rawKey;
    const invalidKey = keyIssue(rawKey, [...base, "key"], "value");
    if (invalidKey) issues.push(invalidKey);
  }
  if (operator !== void 0 && operator !== null && typeof operator !== "string") return "malformed";
  if (rawValues !== void 0 && rawValues !== null && !Array.isArray(rawValues)) return "malformed";
  const values = [];
  let malformed = false;
  (Array.isArray(rawValues) ? rawValues : []).forEach((raw, i) => {
    const value = readLabelValue(key ?? "", raw, [...base, "values", i]);
    if (value.ok) values.push(value.value);
    else if (value.issue) issues.push(value.issue);
    else malformed = true;
  });
  if (malformed) return "malformed";
  const given = Array.isArray(rawValues) ? rawValues.length : 0;
  if (operator === void 0 || operator === null || operator === "") {
    issues.push({ kind: "missingOperator", index, path: base, at: "key" });
  } else if (!isSelectorOperator(operator)) {
    issues.push({ kind: "badOperator", index, operator, path: [...base, "operator"], at: "value" });
  } else if ((operator === "In" || operator === "NotIn") && given === 0) {
    issues.push({ kind: "valuesRequired", index, key: key ?? "", operator, path: [...base, "values"], at: "key" });
  } else if ((operator === "Exists" || operator === "DoesNotExist") && given > 0) {
    issues.push({ kind: "valuesForbidden", index, key: key ?? "", operator, path: [...base, "values"], at: "key" });
  }
  if (issues.length > before || key === void 0 || !isSelectorOperator(operator)) return void 0;
  return { key, operator, values };
}
function requirementMatches(requirement, labels) {
  const present = Object.hasOwn(labels, requirement.key);
  switch (requirement.operator) {
    case "Equals":
    case "In":
      return present && requirement.values.includes(labels[requirement.key]);
    case "NotIn":
      return !present || !requirement.values.includes(labels[requirement.key]);
    case "Exists":
      return present;
    case "DoesNotExist":
      return !present;
  }
}
function formatLabel(key, value) {
  return `${key}=${value === "" ? '""' : value}`;
}
function describeRequirement(requirement) {
  const values = requirement.values.map((v) => v === "" ? '""' : v).join(", ");
  switch (requirement.operator) {
    case "Equals":
      return formatLabel(requirement.key, requirement.values[0] ?? "");
    case "In":
      return `${requirement.key} in (${values})`;
    case "NotIn":
      return `${requirement.key} notin (${values})`;
    case "Exists":
      return `${requirement.key} to exist`;
    case "DoesNotExist":
      return `${requirement.key} not to exist`;
  }
}

// src/rules/api-validation/tolerations.ts
var OPERATORS = ["Equal", "Exists"];
var EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
function checkTolerations(podSpec, errors) {
  asArray(podSpec.tolerations).forEach((item, index) => {
    const toleration = asRecord(item);
    if (!toleration) return;
    const path = [...POD_SPEC_PATH, "tolerations", index];
    const key = toleration.key;
    const operator = toleration.operator;
    const value = toleration.value;
    const effect = toleration.effect;
    for (const field of [key, operator, value, effect]) {
      if (field !== void 0 && field !== null && typeof field !== "string") return;
    }
    const operatorText = stringOf(operator) ?? "";
    const effectText = stringOf(effect) ?? "";
    if (typeof key === "string" && key !== "") {
      for (const message of labelKeyErrors(key)) errors.invalid([...path, "key"], key, message);
    }
    if (!key && operatorText !== "Exists") {
      errors.invalid(
        [...path, "operator"],
        operatorText,
        'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        { node: operator === void 0 || operator === null ? path : [...path, "operator"] }
      );
    }
    if (isSet(toleration, "tolerationSeconds") && effectText !== "NoExecute") {
      errors.invalid([...path, "effect"], effectText, "effect must be 'NoExecute' when `tolerationSeconds` is set", {
        node: effect === void 0 || effect === null ? [...path, "tolerationSeconds"] : [...path, "effect"],
        at: effect === void 0 || effect === null ? "key" : "value"
      });
    }
    if (operatorText === "" || operatorText === "Equal") {
      const valueText = stringOf(value) ?? "";
      const messages2 = labelValueErrors(valueText);
      if (messages2.length > 0) errors.invalid([...path, "operator"], valueText, messages2.join(";"), { node: [...path, "value"] });
    } else if (operatorText === "Exists") {
      if (value) errors.invalid([...path, "operator"], value, "value must be empty when `operator` is 'Exists'", { node: [...path, "value"] });
    } else {
      errors.notSupported([...path, "operator"], operatorText, OPERATORS);
    }
    if (effectText && !EFFECTS.includes(effectText)) errors.notSupported([...path, "effect"], effectText, EFFECTS);
  });
}

// src/rules/api-validation/volumes.ts
var VOLUME_SOURCES = [
  ["emptyDir", "emptyDir"],
  ["hostPath", "hostPath"],
  ["gitRepo", "gitRepo"],
  ["gcePersistentDisk", "gcePersistentDisk"],
  ["awsElasticBlockStore", "awsElasticBlockStore"],
  ["secret", "secret"],
  ["nfs", "nfs"],
  ["iscsi", "iscsi"],
  ["glusterfs", "glusterfs"],
  ["flocker", "flocker"],
  ["persistentVolumeClaim", "persistentVolumeClaim"],
  ["rbd", "rbd"],
  ["cinder", "cinder"],
  ["cephfs", "cephFS"],
  ["quobyte", "quobyte"],
  ["downwardAPI", "downwarAPI"],
  ["fc", "fc"],
  ["flexVolume", "flexVolume"],
  ["configMap", "configMap"],
  ["azureFile", "azureFile"],
  ["vsphereVolume", "vsphereVolume"],
  ["photonPersistentDisk", "photonPersistentDisk"],
  ["portworxVolume", "portworxVolume"],
  ["azureDisk", "azureDisk"],
  ["storageos", "storageos"],
  ["projected", "projected"],
  ["scaleIO", "scaleIO"],
  ["csi", "csi"],
  ["ephemeral", "ephemeral"],
  ["image", "image"]
];
var HOST_PATH_TYPES = ["", "BlockDevice", "CharDevice", "Directory", "DirectoryOrCreate", "File", "FileOrCreate", "Socket"];
var MOUNT_PROPAGATIONS = ["Bidirectional", "HostToContainer", "None"];
var RECURSIVE_READ_ONLY = ["Disabled", "Enabled", "IfPossible"];
var FILE_MODE_ERROR_MSG = "must be a number between 0 and 0777 (octal), both inclusive";
function checkVolumes(podSpec, errors) {
  const volumes = podSpec.volumes;
  if (volumes !== void 0 && volumes !== null && !Array.isArray(volumes)) return "unknown";
  const accepted = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  let unknown = false;
  asArray(volumes).forEach((item, index) => {
    const volume = asRecord(item);
    const name = volume?.name;
    if (!volume || name !== void 0 && name !== null && typeof name !== "string") {
      unknown = true;
      return;
    }
    const path = [...POD_SPEC_PATH, "volumes", index];
    const before = errors.count;
    let valid = checkVolumeSource(volume, path, errors);
    if (typeof name !== "string" || name === "") {
      if (name === "") errors.required([...path, "name"]);
      return;
    }
    for (const message of isDNS1123Label(name)) errors.invalid([...path, "name"], name, message);
    if (seen.has(name)) {
      errors.duplicate([...path, "name"], name);
      valid = false;
    }
    seen.add(name);
    if (valid && errors.count === before) accepted.add(name);
  });
  return unknown ? "unknown" : accepted;
}
function checkVolumeSource(volume, path, errors) {
  let first;
  let valid = true;
  for (const [field, reportedAs] of VOLUME_SOURCES) {
    if (!isSet(volume, field)) continue;
    if (first === void 0) first = field;
    else errors.forbidden([...path, reportedAs], "may not specify more than 1 volume type", { node: [...path, field] });
  }
  if (first === void 0) {
    errors.required(path, "must specify a volume type");
    return false;
  }
  const source = asRecord(volume[first]);
  if (!source) return false;
  const at = [...path, first];
  switch (first) {
    case "hostPath": {
      const hostPath = source.path;
      if (typeof hostPath !== "string") return false;
      if (hostPath === "") {
        errors.required([...at, "path"]);
        return false;
      }
      checkNoBacksteps(hostPath, [...at, "path"], errors);
      const type = stringOf(source.type);
      if (type !== void 0 && !HOST_PATH_TYPES.includes(type)) errors.notSupported([...at, "type"], type, HOST_PATH_TYPES);
      break;
    }
    case "secret":
    case "configMap": {
      const nameField = first === "secret" ? "secretName" : "name";
      const name = source[nameField];
      if (name === void 0 || name === null || name === "") errors.required([...at, nameField], "", { node: name === void 0 ? at : [...at, nameField] });
      checkFileMode(source.defaultMode, [...at, "defaultMode"], errors);
      valid = checkKeyToPaths(source.items, [...at, "items"], errors) && valid;
      break;
    }
    case "persistentVolumeClaim":
      if (source.claimName === "") errors.required([...at, "claimName"]);
      else if (typeof source.claimName !== "string") valid = false;
      break;
    case "downwardAPI":
    case "projected":
      checkFileMode(source.defaultMode, [...at, "defaultMode"], errors);
      break;
    case "ephemeral":
      if (!isSet(source, "volumeClaimTemplate")) errors.required([...at, "volumeClaimTemplate"], "", { node: at });
      break;
  }
  return valid;
}
function checkKeyToPaths(items, path, errors) {
  let valid = true;
  asArray(items).forEach((item, index) => {
    const record = asRecord(item);
    if (!record) return;
    const at = [...path, index];
    if (record.key === "") errors.required([...at, "key"]);
    else if (typeof record.key !== "string") valid = false;
    const itemPath = record.path;
    if (typeof itemPath === "string") {
      if (itemPath === "") errors.required([...at, "path"]);
      checkLocalNonReservedPath(itemPath, [...at, "path"], errors);
    } else valid = false;
    checkFileMode(record.mode, [...at, "mode"], errors);
  });
  return valid;
}
function checkFileMode(mode, path, errors) {
  const value = integerOf(mode);
  if (value !== void 0 && (value < 0 || value > 511)) errors.invalid(path, value, FILE_MODE_ERROR_MSG);
}
function checkNoBacksteps(target, path, errors, anchor) {
  if (target.split("/").includes("..")) errors.invalid(path, target, "must not contain '..'", anchor && { node: anchor });
}
function checkLocalDescendingPath(target, path, errors, anchor) {
  if (target.startsWith("/")) errors.invalid(path, target, "must be a relative path", anchor && { node: anchor });
  checkNoBacksteps(target, path, errors, anchor);
}
function checkLocalNonReservedPath(target, path, errors) {
  checkLocalDescendingPath(target, path, errors);
  if (target.startsWith("..") && !target.startsWith("../")) errors.invalid(path, target, "must not start with '..'");
}
function checkVolumeMounts(ref, volumes, errors) {
  const mountPaths = /* @__PURE__ */ new Set();
  const listPath = [...ref.path, "volumeMounts"];
  const privileged2 = asRecord(ref.container.securityContext)?.privileged;
  asArray(ref.container.volumeMounts).forEach((item, index) => {
    const mount = asRecord(item);
    if (!mount) return;
    const at = [...listPath, index];
    const name = mount.name;
    if (name === "") errors.required([...at, "name"]);
    if (typeof name === "string" && volumes !== "unknown" && !volumes.has(name)) errors.notFound([...at, "name"], name);
    const mountPath = mount.mountPath;
    if (typeof mountPath === "string") {
      if (mountPath === "") errors.required([...at, "mountPath"]);
      if (mountPaths.has(mountPath)) errors.invalid([...at, "mountPath"], mountPath, "must be unique");
      mountPaths.add(mountPath);
    }
    const subPath = stringOf(mount.subPath) ?? "";
    const subPathExpr = stringOf(mount.subPathExpr) ?? "";
    if (subPath) checkLocalDescendingPath(subPath, [...listPath, "subPath"], errors, [...at, "subPath"]);
    if (subPathExpr) {
      if (subPath) errors.invalid([...at, "subPathExpr"], subPathExpr, "subPathExpr and subPath are mutually exclusive");
      checkLocalDescendingPath(subPathExpr, [...listPath, "subPathExpr"], errors, [...at, "subPathExpr"]);
    }
    const propagation = stringOf(mount.mountPropagation);
    if (propagation !== void 0) {
      const anchor = { node: [...at, "mountPropagation"], at: "value" };
      if (!MOUNT_PROPAGATIONS.includes(propagation)) {
        errors.notSupported([...listPath, "mountPropagation"], propagation, MOUNT_PROPAGATIONS, anchor);
      }
      if (propagation === "Bidirectional" && privileged2 !== true && (privileged2 === void 0 || privileged2 === null || typeof privileged2 === "boolean")) {
        errors.forbidden([...listPath, "mountPropagation"], "Bidirectional mount propagation is available only to privileged containers", anchor);
      }
    }
    const recursiveReadOnly = stringOf(mount.recursiveReadOnly);
    if (recursiveReadOnly !== void 0 && recursiveReadOnly !== "Disabled") {
      const field = [...listPath, "recursiveReadOnly"];
      const anchor = { node: [...at, "recursiveReadOnly"], at: "value" };
      if (recursiveReadOnly === "Enabled" || recursiveReadOnly === "IfPossible") {
        if (mount.readOnly !== true) errors.forbidden(field, "may only be specified when readOnly is true", anchor);
        if (propagation !== void 0 && propagation !== "None") {
          errors.forbidden(field, "may only be specified when mountPropagation is None or not specified", anchor);
        }
      } else {
        errors.notSupported(field, recursiveReadOnly, RECURSIVE_READ_ONLY, anchor);
      }
    }
  });
}

// src/rules/api-validation.ts
var api_validation_default = defineRule({
  id: "api-validation",
  meta: {
    description: "The DaemonSet passes the API server's validation: names, containers, ports, volumes, mounts, tolerations.",
    severity: "error",
    fixable: false,
    messages: { ...FIELD_ERROR_MESSAGES },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const errors = new FieldErrors(context);
    checkMetadata(daemonSet, errors);
    checkDaemonSetSpec(daemonSet, errors);
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const volumes = checkVolumes(podSpec, errors);
    const containers = containersOf(daemonSet);
    checkContainerNames(containers, errors);
    for (const container of containers) {
      checkContainer(container, errors);
      checkContainerPorts(container, errors);
      checkVolumeMounts(container, volumes, errors);
    }
    checkHostPortConflicts(containers, errors);
    checkHostNetworkPorts(containers, podSpec.hostNetwork === true, errors);
    checkPodSpecFields(podSpec, errors);
    checkTolerations(podSpec, errors);
  }
});

// src/rules/api-version.ts
var REMOVED = /* @__PURE__ */ new Set(["extensions/v1beta1", "apps/v1beta1", "apps/v1beta2"]);
var api_version_default = defineRule({
  id: "api-version",
  meta: {
    description: "DaemonSets use apiVersion apps/v1: extensions/v1beta1 and apps/v1beta2 are no longer served.",
    severity: "error",
    fixable: true,
    messages: {
      removed: "apiVersion {{apiVersion}} no longer serves DaemonSets (removed in Kubernetes 1.16): use apps/v1",
      removedMore: "apiVersion {{apiVersion}} no longer serves DaemonSets (removed in Kubernetes 1.16): use apps/v1, and {{changes}}",
      neverServed: "apiVersion apps/v1beta1 never served DaemonSets: use apps/v1",
      neverServedMore: "apiVersion apps/v1beta1 never served DaemonSets: use apps/v1, and {{changes}}"
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const apiVersion = daemonSet.apiVersion;
    if (typeof apiVersion !== "string" || !REMOVED.has(apiVersion)) return;
    const changes = changesBeyondApiVersion(apiVersion, asRecord(daemonSet.spec));
    const never = apiVersion === "apps/v1beta1";
    const data = { apiVersion, changes: changes.join("; ") };
    if (changes.length > 0) {
      context.report({ path: ["apiVersion"], at: "value", messageId: never ? "neverServedMore" : "removedMore", data });
      return;
    }
    context.report({
      path: ["apiVersion"],
      at: "value",
      messageId: never ? "neverServed" : "removed",
      data,
      fix: { op: "set", path: ["apiVersion"], value: "apps/v1" }
    });
  }
});
function changesBeyondApiVersion(apiVersion, spec) {
  const changes = [];
  const selector = spec?.selector;
  if (selector === void 0 || selector === null) {
    changes.push(
      apiVersion === "extensions/v1beta1" ? "add spec.selector (extensions/v1beta1 defaulted it to the pod template labels; apps/v1 requires it)" : "add spec.selector (apps/v1 requires it)"
    );
  }
  if (spec && "templateGeneration" in spec) {
    changes.push("remove spec.templateGeneration (not an apps/v1 field)");
  }
  if (apiVersion === "extensions/v1beta1" && !hasStrategyType(spec)) {
    changes.push("set spec.updateStrategy.type (extensions/v1beta1 defaulted it to OnDelete, apps/v1 to RollingUpdate)");
  }
  return changes;
}
function hasStrategyType(spec) {
  const type = asRecord(spec?.updateStrategy)?.type;
  return typeof type === "string" && type !== "";
}

// src/k8s/tolerations.ts
var CONTROL_PLANE_TAINT = { key: "node-role.kubernetes.io/control-plane", value: "", effect: "NoSchedule" };
var LEGACY_MASTER_TAINT = { key: "node-role.kubernetes.io/master", value: "", effect: "NoSchedule" };
function tolerationsOf(daemonSet) {
  const list = asArray(podSpecOf(daemonSet)?.tolerations);
  const out = [];
  list.forEach((item, index) => {
    const toleration = asRecord(item);
    if (toleration) out.push({ toleration, path: [...POD_SPEC_PATH, "tolerations", index], index });
  });
  return out;
}
function tolerates(tolerations, taint) {
  return asArray(tolerations).some((t) => toleratesTaint(t, taint));
}
function toleratesTaint(toleration, taint) {
  return tolerationMismatch(toleration, taint) === void 0;
}
function tolerationMismatch(toleration, taint) {
  const record = asRecord(toleration);
  if (!record) return "malformed";
  const key = fieldText(record.key);
  const operator = fieldText(record.operator);
  const value = fieldText(record.value);
  const effect = fieldText(record.effect);
  if (key === void 0 || operator === void 0 || value === void 0 || effect === void 0) return "malformed";
  if (effect !== "" && effect !== taint.effect) return "effect";
  if (key !== "" && key !== taint.key) return "key";
  switch (operator) {
    case "":
    case "Equal":
      return value === taint.value ? void 0 : "value";
    case "Exists":
      return void 0;
    case "Lt":
    case "Gt":
      return compareIntegers(operator, value, taint.value) ? void 0 : "comparison";
    default:
      return "operator";
  }
}
function isCatchAll(toleration) {
  const record = asRecord(toleration);
  return record !== void 0 && fieldText(record.key) === "" && fieldText(record.operator) === "Exists";
}
function fieldText(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
function parseInt64(text) {
  if (!/^[+-]?\d+$/.test(text)) return void 0;
  const n = BigInt(text);
  return n < INT64_MIN || n > INT64_MAX ? void 0 : n;
}
function compareIntegers(operator, tolerationValue, taintValue) {
  const limit = parseInt64(tolerationValue);
  const actual = parseInt64(taintValue);
  if (limit === void 0 || actual === void 0) return false;
  return operator === "Lt" ? actual < limit : actual > limit;
}

// src/k8s/node-selection.ts
var REQUIRED_AFFINITY_PATH = [...POD_SPEC_PATH, "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"];
function nodeSelectionOf(daemonSet) {
  const podSpec = podSpecOf(daemonSet);
  const common = [];
  const nodeSelector = asRecord(podSpec?.nodeSelector);
  for (const [key, value] of Object.entries(nodeSelector ?? {})) {
    common.push({ on: "label", key, operator: "In", values: textValues([value]), path: [...POD_SPEC_PATH, "nodeSelector", key] });
  }
  if (typeof podSpec?.nodeName === "string" && podSpec.nodeName !== "") {
    common.push({ on: "field", key: "metadata.name", operator: "In", values: [podSpec.nodeName], path: [...POD_SPEC_PATH, "nodeName"] });
  }
  const required = asRecord(asRecord(asRecord(podSpec?.affinity)?.nodeAffinity)?.requiredDuringSchedulingIgnoredDuringExecution);
  const terms = asArray(required?.nodeSelectorTerms);
  if (terms.length === 0) return { alternatives: [common] };
  const alternatives = [];
  terms.forEach((item, termIndex) => {
    const term = asRecord(item);
    const termPath = [...REQUIRED_AFFINITY_PATH, "nodeSelectorTerms", termIndex];
    const own = [
      ...requirementsOf(term?.matchExpressions, "label", [...termPath, "matchExpressions"]),
      ...requirementsOf(term?.matchFields, "field", [...termPath, "matchFields"])
    ];
    if (own.length > 0) alternatives.push([...common, ...own]);
  });
  return { alternatives };
}
function requirementsOf(list, on, listPath) {
  const out = [];
  asArray(list).forEach((item, index) => {
    const expression = asRecord(item);
    const path = [...listPath, index];
    const key = typeof expression?.key === "string" ? expression.key : "";
    const operator = typeof expression?.operator === "string" ? expression.operator : "";
    out.push({ on, key, operator, values: textValues(asArray(expression?.values)), path });
  });
  return out;
}
function textValues(values) {
  return values.flatMap((v) => {
    if (v === null || v === void 0) return [""];
    if (typeof v === "string") return [v];
    if (typeof v === "number" || typeof v === "boolean") return [String(v)];
    return [];
  });
}
var ANY_VALUE = /* @__PURE__ */ Symbol("any value");
function alternativeMatches(alternative, labels) {
  let answer = true;
  for (const requirement of alternative) {
    const match = requirementMatches2(requirement, labels);
    if (match === false) return false;
    if (match === void 0) answer = void 0;
  }
  return answer;
}
function requirementMatches2(requirement, labels) {
  if (!KNOWN_OPERATORS.has(requirement.operator)) return false;
  if (requirement.on === "field" || !Object.hasOwn(labels, requirement.key)) return void 0;
  const value = labels[requirement.key];
  const { operator, values } = requirement;
  if (value === null) return operator === "NotIn" || operator === "DoesNotExist";
  if (value === ANY_VALUE) {
    switch (operator) {
      case "In":
        return values.length > 0;
      case "DoesNotExist":
        return false;
      default:
        return true;
    }
  }
  switch (operator) {
    case "In":
      return values.includes(value);
    case "NotIn":
      return !values.includes(value);
    case "Exists":
      return true;
    case "DoesNotExist":
      return false;
    default: {
      const label = integer(value);
      const bound = values.length === 1 ? integer(values[0]) : void 0;
      if (label === void 0 || bound === void 0) return false;
      return operator === "Gt" ? label > bound : label < bound;
    }
  }
}
function integer(text) {
  return /^[+-]?\d+$/.test(text) ? BigInt(text) : void 0;
}
var KNOWN_OPERATORS = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"]);
var CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
var CONTROL_PLANE_NODE = {
  [CONTROL_PLANE_LABEL]: "",
  "kubernetes.io/os": "linux",
  "beta.kubernetes.io/os": "linux",
  "kubernetes.io/arch": ANY_VALUE,
  "beta.kubernetes.io/arch": ANY_VALUE
};
function controlPlaneTargeting(selection) {
  let unknown = false;
  let matched;
  for (const alternative of selection.alternatives) {
    const match = alternativeMatches(alternative, CONTROL_PLANE_NODE);
    if (match === false) continue;
    if (alternative.some(asksForControlPlane)) return "control-plane";
    if (match === void 0) unknown = true;
    else matched = "every-node";
  }
  return matched ?? (unknown ? "subset" : "excluded");
}
function asksForControlPlane(requirement) {
  return requirement.on === "label" && requirement.key === CONTROL_PLANE_LABEL && (requirement.operator === "In" || requirement.operator === "Exists");
}
var KUBELET_LABELS = {
  "kubernetes.io/os": "kubernetes.io/os",
  "beta.kubernetes.io/os": "kubernetes.io/os",
  "kubernetes.io/arch": "kubernetes.io/arch",
  "beta.kubernetes.io/arch": "kubernetes.io/arch",
  "kubernetes.io/hostname": "kubernetes.io/hostname"
};
function requirementsSatisfiable(requirements) {
  const groups = /* @__PURE__ */ new Map();
  for (const requirement of requirements) {
    const key = requirement.on === "field" ? `field:${requirement.key}` : `label:${KUBELET_LABELS[requirement.key] ?? requirement.key}`;
    const group = groups.get(key);
    if (group) group.push(requirement);
    else groups.set(key, [requirement]);
  }
  for (const [key, group] of groups) {
    const alwaysPresent = key.startsWith("field:") || Object.hasOwn(KUBELET_LABELS, key.slice("label:".length));
    if (!groupSatisfiable(group, alwaysPresent)) return false;
  }
  return true;
}
function groupSatisfiable(group, alwaysPresent) {
  if (group.some((r) => !KNOWN_OPERATORS.has(r.operator))) return false;
  if (!alwaysPresent && group.every((r) => r.operator === "NotIn" || r.operator === "DoesNotExist")) return true;
  if (group.some((r) => r.operator === "DoesNotExist")) return false;
  const inSets = group.filter((r) => r.operator === "In");
  if (inSets.length > 0) {
    return inSets[0].values.some((value) => group.every((r) => valueMatches(r, value)));
  }
  let low;
  let high;
  for (const r of group) {
    if (r.operator !== "Gt" && r.operator !== "Lt") continue;
    const bound = r.values.length === 1 ? integer(r.values[0]) : void 0;
    if (bound === void 0) return false;
    if (r.operator === "Gt") low = low === void 0 || bound > low ? bound : low;
    else high = high === void 0 || bound < high ? bound : high;
  }
  return low === void 0 || high === void 0 || high - low >= 2n;
}
function valueMatches(requirement, value) {
  switch (requirement.operator) {
    case "In":
      return requirement.values.includes(value);
    case "NotIn":
      return !requirement.values.includes(value);
    case "Exists":
      return true;
    case "Gt":
    case "Lt": {
      const label = integer(value);
      const bound = requirement.values.length === 1 ? integer(requirement.values[0]) : void 0;
      if (label === void 0 || bound === void 0) return false;
      return requirement.operator === "Gt" ? label > bound : label < bound;
    }
    default:
      return false;
  }
}
function placementOf(daemonSet) {
  return { selection: nodeSelectionOf(daemonSet), tolerations: podSpecOf(daemonSet)?.tolerations };
}
function mayShareNode(a, b) {
  const bothTolerate = tolerates(a.tolerations, CONTROL_PLANE_TAINT) && tolerates(b.tolerations, CONTROL_PLANE_TAINT);
  return a.selection.alternatives.some(
    (x) => b.selection.alternatives.some((y) => {
      const both = [...x, ...y];
      if (!requirementsSatisfiable(both)) return false;
      return bothTolerate || !both.some(asksForControlPlaneNode);
    })
  );
}
function asksForControlPlaneNode(requirement) {
  return requirement.on === "label" && requirement.key === CONTROL_PLANE_LABEL && ["In", "Exists", "Gt", "Lt"].includes(requirement.operator);
}

// src/rules/control-plane-toleration.ts
var TAINT = `${CONTROL_PLANE_TAINT.key}:${CONTROL_PLANE_TAINT.effect}`;
var TOLERATIONS_PATH = [...POD_SPEC_PATH, "tolerations"];
var ADD_TOLERATION = {
  op: "append",
  path: TOLERATIONS_PATH,
  value: { key: CONTROL_PLANE_TAINT.key, operator: "Exists", effect: CONTROL_PLANE_TAINT.effect }
};
var NEAR_MISS_REASONS = {
  effect: (t) => `its effect is ${String(t.effect)}, the taint's is ${CONTROL_PLANE_TAINT.effect}`,
  value: (t) => `operator Equal compares the value "${String(t.value)}" with the taint's, which is empty; use operator: Exists`,
  comparison: (t) => `operator ${String(t.operator)} compares integers, and the taint has no value`,
  operator: (t) => `operator "${String(t.operator)}" is neither Exists nor Equal`
};
var control_plane_toleration_default = defineRule({
  id: "control-plane-toleration",
  meta: {
    description: "A DaemonSet meant for every node tolerates the control-plane taint (or, in forbid mode, none does).",
    severity: "warning",
    fixable: true,
    messages: {
      missing: `DaemonSet targets every node but does not tolerate the control-plane taint ${TAINT}; add a toleration for it (or a nodeSelector if it must not run there)`,
      missingSelected: `DaemonSet selects control-plane nodes by their label but does not tolerate the control-plane taint ${TAINT}, so its pods never schedule there; add a toleration for it`,
      nearMiss: `toleration for ${CONTROL_PLANE_TAINT.key} does not tolerate the control-plane taint ${TAINT}: {{reason}}`,
      legacy: `toleration for the legacy taint ${LEGACY_MASTER_TAINT.key} only: Kubernetes 1.25 removed that taint, and control-plane nodes carry ${TAINT}; add a toleration for ${CONTROL_PLANE_TAINT.key}`,
      forbidden: `toleration lets the DaemonSet run on control-plane nodes (it tolerates ${TAINT}), which mode: forbid does not allow; remove it`,
      forbiddenCatchAll: `toleration without a key tolerates {{which}}, ${TAINT} included, so the DaemonSet can run on control-plane nodes, which mode: forbid does not allow; list the taints it needs instead`
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { mode: { enum: ["require", "forbid"] } }
    },
    defaultOptions: { mode: "require" },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const targeting = controlPlaneTargeting(nodeSelectionOf(daemonSet));
    if (targeting === "excluded") return;
    const tolerations = tolerationsOf(daemonSet);
    const tolerating = tolerations.filter((t) => tolerationMismatch(t.toleration, CONTROL_PLANE_TAINT) === void 0);
    if (context.options.mode === "forbid") {
      for (const { toleration, path } of tolerating) {
        if (isCatchAll(toleration)) {
          const which = toleration.effect ? `every ${String(toleration.effect)} taint` : "every taint";
          context.report({ path, messageId: "forbiddenCatchAll", data: { which } });
        } else {
          context.report({ path, messageId: "forbidden" });
        }
      }
      return;
    }
    if (tolerating.length > 0) return;
    const nearMisses = tolerations.flatMap((ref) => {
      const reason = nearMissReason(ref);
      return reason === void 0 ? [] : [{ path: ref.path, reason }];
    });
    for (const { path, reason } of nearMisses) context.report({ path, messageId: "nearMiss", data: { reason }, fix: ADD_TOLERATION });
    const legacy = tolerations.filter((t) => tolerationMismatch(t.toleration, LEGACY_MASTER_TAINT) === void 0);
    for (const { path } of legacy) context.report({ path, messageId: "legacy", fix: ADD_TOLERATION });
    if (nearMisses.length > 0 || legacy.length > 0) return;
    if (targeting === "subset") return;
    context.report({
      path: "tolerations" in podSpec ? TOLERATIONS_PATH : POD_SPEC_PATH,
      messageId: targeting === "control-plane" ? "missingSelected" : "missing",
      fix: ADD_TOLERATION
    });
  }
});
function nearMissReason({ toleration }) {
  if (toleration.key !== CONTROL_PLANE_TAINT.key) return void 0;
  const mismatch = tolerationMismatch(toleration, CONTROL_PLANE_TAINT);
  return mismatch === void 0 ? void 0 : NEAR_MISS_REASONS[mismatch]?.(toleration);
}

// src/rules/host-network-dns-policy.ts
var DNS_POLICY_PATH = [...POD_SPEC_PATH, "dnsPolicy"];
var SET_CLUSTER_FIRST_WITH_HOST_NET = { op: "set", path: DNS_POLICY_PATH, value: "ClusterFirstWithHostNet" };
var REMEDY = "set dnsPolicy: ClusterFirstWithHostNet (or dnsPolicy: Default to say that the node's DNS is intended)";
var LINUX_NODE = { "kubernetes.io/os": "linux", "beta.kubernetes.io/os": "linux" };
var host_network_dns_policy_default = defineRule({
  id: "host-network-dns-policy",
  meta: {
    description: "A pod on the host network resolves cluster names: dnsPolicy is ClusterFirstWithHostNet, or another policy chosen on purpose.",
    severity: "warning",
    fixable: true,
    messages: {
      missing: `hostNetwork: true without a dnsPolicy: the default, ClusterFirst, falls back to the node's DNS for a pod on the host network, so it cannot resolve cluster Services by name; ${REMEDY}`,
      empty: `dnsPolicy is empty, so it defaults to ClusterFirst, which falls back to the node's DNS under hostNetwork: true: the pod cannot resolve cluster Services by name; ${REMEDY}`,
      clusterFirst: `dnsPolicy ClusterFirst falls back to the node's DNS under hostNetwork: true, so the pod cannot resolve cluster Services by name; ${REMEDY}`
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (podSpec?.hostNetwork !== true || runsOnWindowsOnly(daemonSet, podSpec)) return;
    const dnsPolicy = podSpec.dnsPolicy;
    if (dnsPolicy === void 0) {
      context.report({ path: [...POD_SPEC_PATH, "hostNetwork"], messageId: "missing", fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    } else if (dnsPolicy === null || dnsPolicy === "") {
      context.report({ path: DNS_POLICY_PATH, messageId: "empty", fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    } else if (dnsPolicy === "ClusterFirst") {
      context.report({ path: DNS_POLICY_PATH, at: "value", messageId: "clusterFirst", fix: SET_CLUSTER_FIRST_WITH_HOST_NET });
    }
  }
});
function runsOnWindowsOnly(daemonSet, podSpec) {
  if (asRecord(podSpec.os)?.name === "windows") return true;
  const isHostProcess = (securityContext) => asRecord(asRecord(securityContext)?.windowsOptions)?.hostProcess === true;
  if (isHostProcess(podSpec.securityContext)) return true;
  if (containersOf(daemonSet).some((ref) => isHostProcess(ref.container.securityContext))) return true;
  return nodeSelectionOf(daemonSet).alternatives.every((alternative) => alternativeMatches(alternative, LINUX_NODE) === false);
}

// src/k8s/host-paths.ts
function normaliseHostPath(path) {
  if (!path.startsWith("/")) return void 0;
  const segments = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`;
}
function canonical(normalised) {
  if (normalised === "/var/run") return "/run";
  if (normalised.startsWith("/var/run/")) return `/run/${normalised.slice("/var/run/".length)}`;
  return normalised;
}
function isWithin(path, ancestor) {
  return ancestor === "/" ? path !== "/" : path.startsWith(`${ancestor}/`);
}
function parseHostPathPattern(text) {
  const subtree = text.endsWith("/**");
  const path = normaliseHostPath(subtree ? text.slice(0, -3) || "/" : text);
  return path === void 0 ? void 0 : { text, path, subtree };
}
function sensitiveMatch(hostPath, patterns) {
  const literal = normaliseHostPath(hostPath);
  if (literal === void 0) return void 0;
  const linked = canonical(literal);
  const relations = ["same", "inside", "contains"];
  for (const relation of relations) {
    const literalMatch = patterns.find((p) => holds(relation, literal, p.path, p.subtree));
    if (literalMatch) return { pattern: literalMatch, relation, viaRunLink: false };
    const linkedMatch = patterns.find((p) => holds(relation, linked, canonical(p.path), p.subtree));
    if (linkedMatch) return { pattern: linkedMatch, relation, viaRunLink: true };
  }
  return void 0;
}
function holds(relation, path, sensitive, subtree) {
  switch (relation) {
    case "same":
      return path === sensitive;
    case "inside":
      return subtree && isWithin(path, sensitive);
    case "contains":
      return isWithin(sensitive, path);
  }
}
function isUnderHostPath(hostPath, prefix) {
  const path = normaliseHostPath(hostPath);
  const base = normaliseHostPath(prefix);
  if (path === void 0 || base === void 0) return false;
  const [p, b] = [canonical(path), canonical(base)];
  return p === b || isWithin(p, b);
}
function joinHostPath(hostPath, subPath) {
  return subPath === "" ? hostPath : `${hostPath.replace(/\/+$/, "")}/${subPath}`;
}

// src/k8s/justification.ts
var JUSTIFICATION_KEYS = [
  "privileged",
  "allowPrivilegeEscalation",
  "capabilities",
  "hostNetwork",
  "hostPID",
  "hostIPC",
  "hostPath"
];
var JUSTIFICATION_PREFIX = "daemonlint.io/justification.";
var EXPIRES_ANNOTATION = "daemonlint.io/justification-expires";
var DEFAULT_MIN_JUSTIFICATION_LENGTH = 10;
var PLACEHOLDERS = /* @__PURE__ */ new Set(["todo", "tbd", "n/a", "none", "-"]);
var PLACEHOLDER_MARKER = /^(todo|tbd)\b/i;
var SOURCES = ["daemonSet", "podTemplate"];
var METADATA_PATH = {
  daemonSet: ["metadata"],
  podTemplate: ["spec", "template", "metadata"]
};
function justificationAnnotation(key) {
  return `${JUSTIFICATION_PREFIX}${key}`;
}
function annotationPath(source, annotation) {
  return [...METADATA_PATH[source], "annotations", annotation];
}
function annotationsOf(daemonSet, source) {
  let node = daemonSet;
  for (const segment of METADATA_PATH[source]) node = asRecord(node)?.[segment];
  return asRecord(asRecord(node)?.annotations);
}
function justificationFor(daemonSet, key, settings) {
  let problem;
  for (const source of SOURCES) {
    const found = readJustification(annotationsOf(daemonSet, source), key, source, settings);
    if (found.status === "justified") return found;
    if (found.status !== "missing") problem ??= found;
  }
  return problem ?? { status: "missing" };
}
function readJustification(annotations, key, source, settings) {
  const annotation = justificationAnnotation(key);
  if (!annotations || !(annotation in annotations)) return { status: "missing" };
  const value = annotations[annotation];
  if (typeof value !== "string") {
    return { status: "invalid", problem: "notString", why: "is not a string", source };
  }
  const reason = value.trim();
  if (PLACEHOLDERS.has(reason.toLowerCase()) || PLACEHOLDER_MARKER.test(reason)) {
    return { status: "invalid", problem: "placeholder", why: `is a placeholder ("${reason}")`, source };
  }
  const length = [...reason].length;
  if (length < settings.minLength) {
    return {
      status: "invalid",
      problem: "tooShort",
      why: `is too short ("${reason}", ${length} characters; at least ${settings.minLength})`,
      source
    };
  }
  if (EXPIRES_ANNOTATION in annotations) {
    const raw = annotations[EXPIRES_ANNOTATION];
    const end = typeof raw === "string" ? endOfDay(raw) : void 0;
    if (end === void 0) {
      return {
        status: "invalid",
        problem: "badExpiry",
        why: `is bounded by ${EXPIRES_ANNOTATION}: ${JSON.stringify(raw ?? null)}, which is not a YYYY-MM-DD date`,
        source
      };
    }
    if (settings.now.getTime() >= end) return { status: "expired", expires: String(raw), source };
  }
  return { status: "justified", reason, source };
}
function endOfDay(date) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return void 0;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return void 0;
  return Date.UTC(year, month - 1, day + 1);
}
function unknownJustificationAnnotations(daemonSet) {
  const known = new Set(JUSTIFICATION_KEYS);
  const out = [];
  for (const source of SOURCES) {
    for (const annotation of Object.keys(annotationsOf(daemonSet, source) ?? {})) {
      if (!annotation.startsWith(JUSTIFICATION_PREFIX)) continue;
      const key = annotation.slice(JUSTIFICATION_PREFIX.length);
      if (!known.has(key)) out.push({ source, annotation, key });
    }
  }
  return out;
}
var justificationMessages = {
  unjustified: '{{subject}} without a justification; {{remedy}} or add annotation {{annotation}}: "<why>"',
  invalidJustification: "{{subject}} without a valid justification: {{annotation}} {{why}}; {{remedy}} or {{repair}}",
  expiredJustification: "{{subject}}, but its justification expired on {{expires}}; {{remedy}} or renew {{annotation}} and move " + EXPIRES_ANNOTATION + " forward",
  justified: "{{subject}}; justified by {{annotation}}"
};
var REPAIR = {
  placeholder: "write down why the privilege is needed",
  tooShort: "write down why the privilege is needed",
  notString: "quote the reason",
  badExpiry: "write the date as YYYY-MM-DD"
};
function justificationReport(justification, key, subject, remedy) {
  const annotation = justificationAnnotation(key);
  switch (justification.status) {
    case "justified":
      return { messageId: "justified", data: { subject, annotation, reason: justification.reason }, justification: justification.reason };
    case "missing":
      return { messageId: "unjustified", data: { subject, remedy, annotation } };
    case "invalid":
      return {
        messageId: "invalidJustification",
        data: { subject, remedy, annotation, why: justification.why, repair: REPAIR[justification.problem] }
      };
    case "expired":
      return { messageId: "expiredJustification", data: { subject, remedy, annotation, expires: justification.expires } };
  }
}

// src/k8s/volumes.ts
function hostPathVolumes(daemonSet) {
  return podVolumes(daemonSet).flatMap(({ hostPathVolume }) => hostPathVolume ? [hostPathVolume] : []);
}
function podVolumes(daemonSet) {
  const volumes = asArray(podSpecOf(daemonSet)?.volumes);
  return volumes.map((item, index) => {
    const volume = asRecord(item);
    const name = typeof volume?.name === "string" ? volume.name : void 0;
    const source = asRecord(volume?.hostPath);
    if (!source) return { name, hostPathVolume: void 0 };
    return {
      name,
      hostPathVolume: {
        name,
        path: [...POD_SPEC_PATH, "volumes", index],
        hostPath: typeof source.path === "string" ? source.path : void 0
      }
    };
  });
}
function hostPathMounts(daemonSet) {
  const byName = /* @__PURE__ */ new Map();
  for (const { name, hostPathVolume } of podVolumes(daemonSet)) {
    if (name !== void 0 && !byName.has(name)) byName.set(name, hostPathVolume);
  }
  const out = [];
  for (const container of containersOf(daemonSet)) {
    asArray(container.container.volumeMounts).forEach((item, index) => {
      const mount = asRecord(item);
      const volume = typeof mount?.name === "string" ? byName.get(mount.name) : void 0;
      if (!mount || !volume) return;
      const subPath = typeof mount.subPath === "string" ? mount.subPath : "";
      out.push({
        container,
        mount,
        path: [...container.path, "volumeMounts", index],
        volume,
        hostPath: volume.hostPath === void 0 ? void 0 : joinHostPath(volume.hostPath, subPath)
      });
    });
  }
  return out;
}

// src/rules/hostpath-readonly.ts
var hostpath_readonly_default = defineRule({
  id: "hostpath-readonly",
  meta: {
    description: "hostPath volumes are mounted read-only unless the path is allowed to be writable or the DaemonSet justifies it.",
    severity: "error",
    fixable: true,
    messages: { ...justificationMessages },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowWritablePrefixes: { type: "array", items: { type: "string", pattern: "^/" } },
        minJustificationLength: { type: "integer", minimum: 1 }
      }
    },
    defaultOptions: { allowWritablePrefixes: [], minJustificationLength: DEFAULT_MIN_JUSTIFICATION_LENGTH },
    tags: ["security"],
    securitySeverity: 7
  },
  check(daemonSet, context) {
    let justification;
    for (const m of hostPathMounts(daemonSet)) {
      if (m.mount.readOnly === true) continue;
      const hostPath = m.hostPath;
      if (hostPath !== void 0 && context.options.allowWritablePrefixes.some((prefix) => isUnderHostPath(hostPath, prefix))) continue;
      justification ??= justificationFor(daemonSet, "hostPath", {
        minLength: context.options.minJustificationLength,
        now: context.now
      });
      const volume = m.volume.name === void 0 ? "" : ` (volume "${m.volume.name}")`;
      const what = hostPath === void 0 ? "a hostPath volume" : `host path ${hostPath}`;
      const subject = `container "${containerName(m.container)}" mounts ${what}${volume} writable`;
      const found = justificationReport(justification, "hostPath", subject, "set readOnly: true");
      const readOnlyPath = [...m.path, "readOnly"];
      context.report({
        // An explicit `readOnly: false` is the node to change; a missing one is the mount's to add.
        path: "readOnly" in m.mount ? readOnlyPath : m.path,
        ...found,
        fix: found.justification === void 0 ? { op: "set", path: readOnlyPath, value: true } : void 0
      });
    }
  }
});

// src/rules/hostport-conflict.ts
var hostport_conflict_default = defineRule({
  id: "hostport-conflict",
  meta: {
    description: "Two DaemonSets that can run on the same node (their node selection is not disjoint) claiming the same hostPort/protocol, including container ports under `hostNetwork: true`; the second one's pods can never schedule there (DESIRED > CURRENT).",
    severity: "error",
    fixable: false,
    messages: {
      conflict: "{{later}} claims host port {{port}}, which {{earlier}} already claims on the same nodes: on a node both select, only one of the two pods can run and the other stays Pending; use another port or disjoint node selection"
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  checkAll(objects, context) {
    const claimants = [];
    for (const object of objects) {
      if (object.ref.kind !== "DaemonSet") continue;
      const daemonSet = object.value;
      const ports = hostPortsOf(daemonSet);
      if (ports.length === 0) continue;
      claimants.push({ object, namespace: object.ref.namespace || "default", display: describeObject(object), placement: placementOf(daemonSet), ports });
    }
    const byPort = /* @__PURE__ */ new Map();
    for (const later of claimants) {
      const shareNode = /* @__PURE__ */ new Map();
      for (const port of later.ports) {
        for (const { claimant: earlier, port: other } of byPort.get(port.port) ?? []) {
          if (!conflicts(port, other) || sameObject(earlier, later)) continue;
          let share = shareNode.get(earlier);
          if (share === void 0) shareNode.set(earlier, share = mayShareNode(earlier.placement, later.placement));
          if (!share) continue;
          context.report({
            object: later.object,
            path: port.path,
            messageId: "conflict",
            data: { later: later.display, earlier: earlier.display, port: formatPort(port) },
            related: [{ object: earlier.object, path: other.path, message: `${earlier.display} claims host port ${formatPort(other)} here` }]
          });
        }
      }
      for (const port of later.ports) {
        const list = byPort.get(port.port);
        if (list) list.push({ claimant: later, port });
        else byPort.set(port.port, [{ claimant: later, port }]);
      }
    }
  }
});
function hostPortsOf(daemonSet) {
  const hostNetwork = podSpecOf(daemonSet)?.hostNetwork === true;
  const out = [];
  for (const ref of containersOf(daemonSet, ["initContainers", "containers"])) {
    if (!ref.longRunning) continue;
    asArray(ref.container.ports).forEach((item, index) => {
      const entry = asRecord(item);
      if (!entry) return;
      const path = [...ref.path, "ports", index];
      const hostPort = portNumber(entry.hostPort);
      const containerPort = portNumber(entry.containerPort);
      let port;
      let at;
      if (hostPort !== void 0) [port, at] = [hostPort, "hostPort"];
      else if (hostNetwork && containerPort !== void 0) [port, at] = [containerPort, "containerPort"];
      else return;
      const protocol = entry.protocol === void 0 || entry.protocol === null || entry.protocol === "" ? "TCP" : entry.protocol;
      const hostIP = entry.hostIP === void 0 || entry.hostIP === null ? "" : entry.hostIP;
      if (typeof protocol !== "string" || typeof hostIP !== "string") return;
      out.push({ port, protocol, hostIP, path: [...path, at] });
    });
  }
  return out;
}
function portNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value < 65536 ? value : void 0;
}
function conflicts(a, b) {
  return a.port === b.port && a.protocol === b.protocol && (allAddresses(a) || allAddresses(b) || a.hostIP === b.hostIP);
}
function allAddresses(port) {
  return port.hostIP === "" || port.hostIP === "0.0.0.0";
}
function formatPort(port) {
  const address = allAddresses(port) ? "" : port.hostIP.includes(":") ? `[${port.hostIP}]:` : `${port.hostIP}:`;
  return `${address}${port.port}/${port.protocol}`;
}
function sameObject(a, b) {
  return a.namespace === b.namespace && a.object.ref.name !== void 0 && a.object.ref.name === b.object.ref.name;
}
function describeObject(object) {
  const { kind, namespace, name } = object.ref;
  return `${kind ?? "object"} ${namespace ? `${namespace}/` : ""}${name ?? "<unnamed>"}`;
}

// src/k8s/image-reference.ts
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_REPOSITORY_PREFIX = "library/";
var DEFAULT_TAG = "latest";
var NAME_MAX_LENGTH = 255;
var ALPHANUMERIC = "[a-z0-9]+";
var SEPARATOR = "(?:[._]|__|-+)";
var PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
var REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
var DOMAIN_NAME_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var IPV6_ADDRESS = "\\[[a-fA-F0-9:]+\\]";
var HOST = `(?:${DOMAIN_NAME_COMPONENT}(?:\\.${DOMAIN_NAME_COMPONENT})*|${IPV6_ADDRESS})`;
var DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
var REFERENCE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
var IDENTIFIER = /^[a-f0-9]{64}$/;
var DIGEST_HEX_LENGTHS = /* @__PURE__ */ new Map([
  ["sha256", 64],
  ["sha384", 96],
  ["sha512", 128]
]);
var REFERENCE_MAX_LENGTH = NAME_MAX_LENGTH + 1 + 128 + 1 + "sha512:".length + 128;
function parseImageReference(text) {
  if (text.length > REFERENCE_MAX_LENGTH || IDENTIFIER.test(text)) return void 0;
  const [domain, remainder] = splitDomain(text);
  const colon = remainder.indexOf(":");
  const repository = colon === -1 ? remainder : remainder.slice(0, colon);
  if (repository !== repository.toLowerCase()) return void 0;
  const match = REFERENCE.exec(`${domain}/${remainder}`);
  if (!match) return void 0;
  const [, parsedDomain = "", path, tag, digest] = match;
  const nameLength = (parsedDomain === "" ? 0 : parsedDomain.length + 1) + path.length;
  if (nameLength > NAME_MAX_LENGTH) return void 0;
  if (digest !== void 0 && !isSupportedDigest(digest)) return void 0;
  return { domain: parsedDomain, path, tag, digest };
}
function splitDomain(text) {
  const slash = text.indexOf("/");
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPOSITORY_PREFIX + text];
  const first = text.slice(0, slash);
  const rest = text.slice(slash + 1);
  let domain;
  let remainder;
  if (first === LEGACY_DEFAULT_DOMAIN) {
    [domain, remainder] = [DEFAULT_DOMAIN, rest];
  } else if (first === "localhost" || /[.:]/.test(first) || first !== first.toLowerCase()) {
    [domain, remainder] = [first, rest];
  } else {
    [domain, remainder] = [DEFAULT_DOMAIN, text];
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes("/")) remainder = OFFICIAL_REPOSITORY_PREFIX + remainder;
  return [domain, remainder];
}
function isSupportedDigest(digest) {
  const colon = digest.indexOf(":");
  const hexLength = DIGEST_HEX_LENGTHS.get(digest.slice(0, colon));
  return hexLength !== void 0 && new RegExp(`^[a-f0-9]{${hexLength}}$`).test(digest.slice(colon + 1));
}
function repositoryName(reference) {
  return reference.domain === "" ? reference.path : `${reference.domain}/${reference.path}`;
}

// src/rules/image-pinned.ts
var DRIFT = "every node runs whatever it points to when that node pulls, so nodes drift apart and a rollback cannot bring the old build back";
var image_pinned_default = defineRule({
  id: "image-pinned",
  meta: {
    description: "Every container image names a fixed version: a tag other than latest, or a digest.",
    severity: "warning",
    fixable: false,
    messages: {
      noTag: `container "{{container}}" runs image "{{image}}" without a tag, which means {{repository}}:${DEFAULT_TAG}: ${DRIFT}; {{remedy}}`,
      mutableTag: `container "{{container}}" runs image "{{image}}" with the tag "{{tag}}", which moves: ${DRIFT}; {{remedy}}`,
      noDigest: 'container "{{container}}" runs image "{{image}}" without a digest, which requireDigest asks for: a tag can be pointed at other content at any time; {{remedy}}'
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        requireDigest: { type: "boolean" },
        // Tag characters and the wildcard, so a typo such as `:latest` is caught at load.
        mutableTags: { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9_.*-]+$" } }
      }
    },
    defaultOptions: { requireDigest: false, mutableTags: [] },
    tags: ["reliability", "security"],
    // Medium on GitHub's scale: a moved tag runs unreviewed code on every node (a supply-chain
    // exposure), but the manifest grants no privilege by it.
    securitySeverity: 4
  },
  check(daemonSet, context) {
    const { requireDigest } = context.options;
    const isMutable = mutableTagMatcher(context.options.mutableTags);
    for (const ref of containersOf(daemonSet)) {
      const image = ref.container.image;
      if (typeof image !== "string") continue;
      const reference = parseImageReference(image);
      if (!reference || reference.digest !== void 0) continue;
      const remedy = requireDigest ? `pin it by digest (${image}@sha256:<digest>)` : "pin a version tag or a digest";
      const data = { container: containerName(ref), image, remedy };
      const path = [...ref.path, "image"];
      if (reference.tag === void 0) {
        context.report({ path, at: "value", messageId: "noTag", data: { ...data, repository: repositoryName(reference) } });
      } else if (isMutable(reference.tag)) {
        context.report({ path, at: "value", messageId: "mutableTag", data: { ...data, tag: reference.tag } });
      } else if (requireDigest) {
        context.report({ path, at: "value", messageId: "noDigest", data });
      }
    }
  }
});
function mutableTagMatcher(patterns) {
  const expressions = [DEFAULT_TAG, ...patterns].map(
    (pattern) => new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`)
  );
  return (tag) => expressions.some((expression) => expression.test(tag));
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/k8s/int-or-percent.ts
var INT32_MIN = -(2 ** 31);
var INT32_MAX = 2 ** 31 - 1;
var PERCENT = /^[0-9]+%$/;
var INVALID_PERCENT_MESSAGE = "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%')";
function parseIntOrString(value) {
  if (typeof value === "string") return { kind: "string", value };
  if (typeof value === "number" && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX) {
    return { kind: "int", value };
  }
  return void 0;
}
function isValidPercent(text) {
  return PERCENT.test(text);
}
function percentValue(value) {
  if (value.kind !== "string" || !isValidPercent(value.value)) return void 0;
  return Number(value.value.slice(0, -1));
}
function intOrPercentValue(value) {
  const percent = percentValue(value);
  if (percent !== void 0) return percent;
  if (value.kind === "int") return value.value;
  return /^[+-]?[0-9]+$/.test(value.value) ? Number(value.value) : 0;
}
function formatIntOrString(value) {
  return value.kind === "int" ? String(value.value) : JSON.stringify(value.value);
}

// src/rules/update-strategy.ts
var messages = {
  // field.NotSupported(fldPath, strategy, ["RollingUpdate", "OnDelete"]): the API reports it on
  // spec.updateStrategy as a whole; the value shown here is the type, the part that is wrong.
  unsupportedType: 'spec.updateStrategy: Unsupported value: {{value}}: supported values: "RollingUpdate", "OnDelete"',
  // ValidatePositiveIntOrPercent, string case: validation.IsValidPercent.
  invalidPercent: `{{field}}: Invalid value: {{value}}: ${INVALID_PERCENT_MESSAGE}`,
  // ValidatePositiveIntOrPercent, int case: ValidateNonnegativeField.
  negative: "{{field}}: Invalid value: {{value}}: must be greater than or equal to 0",
  // IsNotMoreThan100Percent.
  over100: "{{field}}: Invalid value: {{value}}: must not be greater than 100%",
  // "Validate exactly one of MaxSurge or MaxUnavailable is non-zero".
  bothZero: "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0",
  bothZeroSurgeDefaulted: "spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0 (maxSurge defaults to 0 when left out)",
  bothNonZero: "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: {{value}}: may not be set when maxUnavailable is non-zero",
  bothNonZeroUnavailableDefaulted: "spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: {{value}}: may not be set when maxUnavailable is non-zero (maxUnavailable defaults to 1 when left out: set maxUnavailable: 0 to surge)"
};
var FIELD_PREFIX = "spec.updateStrategy.rollingUpdate";
function updateStrategyProblems(strategy) {
  if (strategy === null || strategy === void 0) return [];
  const record = asRecord(strategy);
  if (!record) return [];
  const type = record.type ?? "";
  if (typeof type !== "string") return [];
  if (type === "OnDelete") {
    return [];
  }
  if (type !== "" && type !== "RollingUpdate") {
    return [{ path: ["type"], messageId: "unsupportedType", data: { value: JSON.stringify(type) } }];
  }
  const rollingUpdate = record.rollingUpdate ?? {};
  const fields = asRecord(rollingUpdate);
  if (!fields) return [];
  const unavailable = readField(fields, "maxUnavailable", { kind: "int", value: 1 });
  const surge = readField(fields, "maxSurge", { kind: "int", value: 0 });
  const problems = [];
  for (const field of [unavailable, surge]) {
    if (field.value && field.given) problems.push(...valueProblems(field.name, field.value));
  }
  if (!unavailable.value || !surge.value) return problems;
  const hasUnavailable = intOrPercentValue(unavailable.value) !== 0;
  const hasSurge = intOrPercentValue(surge.value) !== 0;
  if (hasUnavailable && hasSurge) {
    problems.push({
      path: ["rollingUpdate", "maxSurge"],
      messageId: unavailable.given ? "bothNonZero" : "bothNonZeroUnavailableDefaulted",
      data: { value: formatIntOrString(surge.value) }
    });
  } else if (!hasUnavailable && !hasSurge) {
    problems.push({
      path: ["rollingUpdate", "maxUnavailable"],
      messageId: surge.given ? "bothZero" : "bothZeroSurgeDefaulted",
      data: {}
    });
  }
  return problems;
}
function readField(fields, name, defaultValue) {
  const raw = fields[name];
  if (raw === void 0 || raw === null) return { name, given: false, value: defaultValue };
  return { name, given: true, value: parseIntOrString(raw) };
}
function valueProblems(name, value) {
  const path = ["rollingUpdate", name];
  const data = { field: `${FIELD_PREFIX}.${name}`, value: formatIntOrString(value) };
  if (value.kind === "int") {
    return value.value < 0 ? [{ path, messageId: "negative", data }] : [];
  }
  const percent = percentValue(value);
  if (percent === void 0) return [{ path, messageId: "invalidPercent", data }];
  return percent > 100 ? [{ path, messageId: "over100", data }] : [];
}
var update_strategy_default = defineRule({
  id: "update-strategy",
  meta: {
    description: "spec.updateStrategy is one the API server accepts: a known type, and maxUnavailable/maxSurge it can use.",
    severity: "error",
    fixable: false,
    messages,
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (!spec) return;
    for (const problem of updateStrategyProblems(spec.updateStrategy)) {
      context.report({
        path: ["spec", "updateStrategy", ...problem.path],
        at: "value",
        messageId: problem.messageId,
        data: problem.data
      });
    }
  }
});

// src/rules/no-deployment-fields.ts
var STRATEGY_KEYS = /* @__PURE__ */ new Set(["type", "rollingUpdate"]);
var ROLLING_UPDATE_KEYS = /* @__PURE__ */ new Set(["maxUnavailable", "maxSurge"]);
var no_deployment_fields_default = defineRule({
  id: "no-deployment-fields",
  meta: {
    description: "No Deployment-only fields in a DaemonSet spec: strategy, paused, progressDeadlineSeconds.",
    severity: "error",
    fixable: true,
    messages: {
      strategy: "spec.strategy is a Deployment field, so it is ignored or rejected here: a DaemonSet rolls out by spec.updateStrategy; rename it",
      strategyRecreate: "spec.strategy is a Deployment field, and DaemonSets have no Recreate strategy: use spec.updateStrategy with type OnDelete (pods are replaced only when deleted) or RollingUpdate with maxUnavailable: 100% (all at once)",
      strategyInvalid: "spec.strategy is a Deployment field: a DaemonSet rolls out by spec.updateStrategy, but renamed as it is the API would reject it ({{problem}})",
      strategyUnknownKeys: "spec.strategy is a Deployment field: a DaemonSet rolls out by spec.updateStrategy, which has only type and rollingUpdate (maxUnavailable, maxSurge); move what applies there",
      strategyAndUpdateStrategy: "spec.strategy is a Deployment field and is ignored or rejected here: spec.updateStrategy already sets how this DaemonSet rolls out; remove spec.strategy",
      paused: "spec.paused is a Deployment field: a DaemonSet cannot be paused; to hold back updates use spec.updateStrategy type OnDelete, then remove spec.paused",
      pausedFalse: "spec.paused is a Deployment field, and a DaemonSet cannot be paused; remove it",
      progressDeadlineSeconds: "spec.progressDeadlineSeconds is a Deployment field: DaemonSet rollouts have no progress deadline; remove it"
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (!spec) return;
    if ("strategy" in spec) checkStrategy(spec, context);
    if ("paused" in spec) {
      const harmless = spec.paused === false || spec.paused === null;
      context.report({
        path: ["spec", "paused"],
        messageId: harmless ? "pausedFalse" : "paused",
        ...harmless ? { fix: { op: "delete", path: ["spec", "paused"] } } : {}
      });
    }
    if ("progressDeadlineSeconds" in spec) {
      context.report({
        path: ["spec", "progressDeadlineSeconds"],
        messageId: "progressDeadlineSeconds",
        fix: { op: "delete", path: ["spec", "progressDeadlineSeconds"] }
      });
    }
  }
});
function checkStrategy(spec, context) {
  const path = ["spec", "strategy"];
  if ("updateStrategy" in spec) {
    context.report({ path, messageId: "strategyAndUpdateStrategy" });
    return;
  }
  const strategy = spec.strategy;
  const record = asRecord(strategy);
  if (strategy !== null && !record) {
    context.report({ path, messageId: "strategyUnknownKeys" });
    return;
  }
  if (record?.type === "Recreate") {
    context.report({ path, messageId: "strategyRecreate" });
    return;
  }
  if (record && !hasOnlyUpdateStrategyKeys(record)) {
    context.report({ path, messageId: "strategyUnknownKeys" });
    return;
  }
  const [problem] = updateStrategyProblems(strategy);
  if (problem) {
    const text = formatMessage(messages[problem.messageId], problem.data);
    context.report({ path, messageId: "strategyInvalid", data: { problem: text } });
    return;
  }
  context.report({ path, messageId: "strategy", fix: { op: "rename", path, to: "updateStrategy" } });
}
function hasOnlyUpdateStrategyKeys(strategy) {
  if (!Object.keys(strategy).every((key) => STRATEGY_KEYS.has(key))) return false;
  const rollingUpdate = strategy.rollingUpdate;
  if (rollingUpdate === void 0 || rollingUpdate === null) return true;
  const fields = asRecord(rollingUpdate);
  return fields !== void 0 && Object.keys(fields).every((key) => ROLLING_UPDATE_KEYS.has(key));
}

// src/rules/no-replicas.ts
var no_replicas_default = defineRule({
  id: "no-replicas",
  meta: {
    description: "A DaemonSet has no replica count: it runs one pod on every selected node.",
    severity: "error",
    fixable: true,
    messages: {
      replicas: "spec.replicas is not a DaemonSet field: a DaemonSet runs one pod per selected node, and strict field validation rejects it; remove it"
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (spec && "replicas" in spec) {
      context.report({ path: ["spec", "replicas"], messageId: "replicas", fix: { op: "delete", path: ["spec", "replicas"] } });
    }
  }
});

// src/rules/pod-security/policy.ts
function controlMessage(control) {
  return `violates Pod Security Standard "${control.name}" (${control.level}): {{detail}}`;
}
var POD_SPEC = ["spec", "template", "spec"];
var POD_SECURITY_CONTEXT = [...POD_SPEC, "securityContext"];
var OLDEST_POLICY_MINOR = 25;
var NEWEST_POLICY_MINOR = 36;
function policyMinor(kubeVersion) {
  const match = /^v?(\d+)\.(\d+)/.exec(kubeVersion.trim());
  if (!match || Number(match[1]) !== 1) return NEWEST_POLICY_MINOR;
  return Math.min(NEWEST_POLICY_MINOR, Math.max(OLDEST_POLICY_MINOR, Number(match[2])));
}
function podSecurityContext(input) {
  return asRecord(input.podSpec.securityContext);
}
function securityContextOf(ref) {
  return asRecord(ref.container.securityContext);
}
function containerFieldPath(ref, field) {
  const first = ref.container[field[0]];
  return first === void 0 || first === null ? containerAnchor(ref) : [...ref.path, ...field];
}
function inUserNamespace(input) {
  return input.podSpec.hostUsers === false;
}
function isWindowsPod(input) {
  return asRecord(input.podSpec.os)?.name === "windows";
}
var Offenders = class {
  first;
  pod = false;
  names = [];
  addPod(path, at) {
    this.pod = true;
    this.note(path, at);
  }
  addContainer(ref, path, at) {
    const name = containerName(ref);
    if (!this.names.includes(name)) this.names.push(name);
    this.note(path, at);
  }
  /** An offending field that belongs to neither the pod's nor a container's securityContext. */
  addField(path, at) {
    this.note(path, at);
  }
  /** Whether the pod or a container was added. */
  get hasSetters() {
    return this.pod || this.names.length > 0;
  }
  /** `pod and containers "a", "b"` */
  setters() {
    const parts = [];
    if (this.pod) parts.push("pod");
    if (this.names.length > 0) parts.push(containersPhrase(this.names));
    return parts.join(" and ");
  }
  /** `containers "a", "b"` (without the pod). */
  containers() {
    return containersPhrase(this.names);
  }
  violation(detail) {
    if (!this.first) return void 0;
    return { ...this.first, detail };
  }
  note(path, at) {
    if (this.first) return;
    this.first = at ? { path, at } : { path };
  }
};
function containersPhrase(names) {
  return `${plural(names.length, "container", "containers")} ${quoteList(names)}`;
}
function plural(count, singular, pluralForm) {
  return count === 1 ? singular : pluralForm;
}
function quoteList(items) {
  return items.map((item) => JSON.stringify(item)).join(", ");
}
function distinct(items) {
  return [...new Set(items)];
}
function joinAnd(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function stringField(record, key) {
  const value = record?.[key];
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return value;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
function isSet2(value) {
  return value !== void 0 && value !== null;
}

// src/rules/pod-security/baseline.ts
var hostProcess = {
  id: "hostProcess",
  name: "HostProcess",
  level: "baseline",
  check(input) {
    const offenders = new Offenders();
    if (asRecord(podSecurityContext(input)?.windowsOptions)?.hostProcess === true) {
      offenders.addPod([...POD_SECURITY_CONTEXT, "windowsOptions", "hostProcess"]);
    }
    for (const ref of input.containers) {
      if (asRecord(securityContextOf(ref)?.windowsOptions)?.hostProcess === true) {
        offenders.addContainer(ref, [...ref.path, "securityContext", "windowsOptions", "hostProcess"]);
      }
    }
    return offenders.violation(`${offenders.setters()} must not set securityContext.windowsOptions.hostProcess=true`);
  }
};
var hostNamespaces = {
  id: "hostNamespaces",
  name: "Host Namespaces",
  level: "baseline",
  check({ podSpec }) {
    const set = ["hostNetwork", "hostPID", "hostIPC"].filter((key) => podSpec[key] === true);
    if (set.length === 0) return void 0;
    return {
      path: [...POD_SPEC, set[0]],
      detail: `pod must not set ${joinAnd(set.map((key) => `${key}=true`))}`
    };
  }
};
var privileged = {
  id: "privileged",
  name: "Privileged Containers",
  level: "baseline",
  check({ containers }) {
    const offenders = new Offenders();
    for (const ref of containers) {
      if (securityContextOf(ref)?.privileged === true) offenders.addContainer(ref, [...ref.path, "securityContext", "privileged"]);
    }
    return offenders.violation(`${offenders.containers()} must not set securityContext.privileged=true`);
  }
};
var BASELINE_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
var capabilitiesBaseline = {
  id: "capabilitiesBaseline",
  name: "Capabilities",
  level: "baseline",
  check({ containers }) {
    const offenders = new Offenders();
    const forbidden = [];
    for (const ref of containers) {
      const add = asArray(asRecord(securityContextOf(ref)?.capabilities)?.add);
      add.forEach((item, index) => {
        if (typeof item !== "string" || BASELINE_CAPABILITIES.has(item)) return;
        forbidden.push(item);
        offenders.addContainer(ref, [...ref.path, "securityContext", "capabilities", "add", index]);
      });
    }
    return offenders.violation(
      `${offenders.containers()} must not include ${quoteList(distinct(forbidden))} in securityContext.capabilities.add (only the container runtime's default capabilities may be added)`
    );
  }
};
var hostPathVolumes2 = {
  id: "hostPathVolumes",
  name: "HostPath Volumes",
  level: "baseline",
  check({ podSpec }) {
    const names = [];
    let first;
    asArray(podSpec.volumes).forEach((item, index) => {
      const volume = asRecord(item);
      if (!volume || !isSet2(volume.hostPath)) return;
      names.push(stringField(volume, "name"));
      first ??= [...POD_SPEC, "volumes", index, "hostPath"];
    });
    if (!first) return void 0;
    return { path: first, detail: `${plural(names.length, "volume", "volumes")} ${quoteList(names)} must not use hostPath` };
  }
};
var hostPorts = {
  id: "hostPorts",
  name: "Host Ports",
  level: "baseline",
  check({ containers }) {
    const offenders = new Offenders();
    const ports = [];
    for (const ref of containers) {
      asArray(ref.container.ports).forEach((item, index) => {
        const hostPort = asRecord(item)?.hostPort;
        if (typeof hostPort !== "number" || hostPort === 0) return;
        ports.push(hostPort);
        offenders.addContainer(ref, [...ref.path, "ports", index, "hostPort"]);
      });
    }
    const list = distinct(ports).sort((a, b) => a - b);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, "hostPort", "hostPorts")} ${list.join(", ")}`
    );
  }
};
var PROBES2 = ["livenessProbe", "readinessProbe", "startupProbe"];
var LIFECYCLE_HANDLERS2 = ["postStart", "preStop"];
var HOST_ACTIONS = ["httpGet", "tcpSocket"];
var hostProbes = {
  id: "hostProbes",
  name: "Probes / Lifecycle Hooks",
  level: "baseline",
  check({ containers, minor }) {
    if (minor < 34) return void 0;
    const offenders = new Offenders();
    const hosts = [];
    for (const ref of containers) {
      const handlers = [
        ...PROBES2.map((probe) => ({ handler: asRecord(ref.container[probe]), path: [...ref.path, probe] })),
        ...LIFECYCLE_HANDLERS2.map((hook) => ({
          handler: asRecord(asRecord(ref.container.lifecycle)?.[hook]),
          path: [...ref.path, "lifecycle", hook]
        }))
      ];
      for (const { handler, path } of handlers) {
        for (const action of HOST_ACTIONS) {
          const host = stringField(asRecord(handler?.[action]), "host");
          if (host === "") continue;
          hosts.push(host);
          offenders.addContainer(ref, [...path, action, "host"]);
        }
      }
    }
    const list = distinct(hosts);
    return offenders.violation(
      `${offenders.containers()} must not set ${plural(list.length, "host", "hosts")} ${quoteList(list)} in probes or lifecycle handlers`
    );
  }
};
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var APPARMOR_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var appArmor = {
  id: "appArmor",
  name: "AppArmor",
  level: "baseline",
  check(input) {
    const offenders = new Offenders();
    const types = [];
    const podProfile = asRecord(podSecurityContext(input)?.appArmorProfile);
    if (podProfile && !APPARMOR_TYPES.has(stringField(podProfile, "type"))) {
      types.push(stringField(podProfile, "type"));
      offenders.addPod([...POD_SECURITY_CONTEXT, "appArmorProfile", "type"], "value");
    }
    for (const ref of input.containers) {
      const profile = asRecord(securityContextOf(ref)?.appArmorProfile);
      if (!profile || APPARMOR_TYPES.has(stringField(profile, "type"))) continue;
      types.push(stringField(profile, "type"));
      offenders.addContainer(ref, [...ref.path, "securityContext", "appArmorProfile", "type"], "value");
    }
    const parts = [];
    if (offenders.hasSetters) {
      parts.push(`${offenders.setters()} must not set appArmorProfile.type to ${quoteList(distinct(types))} (allowed: RuntimeDefault, Localhost)`);
    }
    const annotations = asRecord(input.podMetadata?.annotations) ?? {};
    const badAnnotations = Object.keys(annotations).filter((key) => key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAppArmorAnnotation(annotations[key])).sort();
    for (const key of badAnnotations) offenders.addField(["spec", "template", "metadata", "annotations", key], "value");
    if (badAnnotations.length > 0) {
      const listed = badAnnotations.map((key) => `${key}=${JSON.stringify(stringField(annotations, key))}`).join(", ");
      parts.push(`${plural(badAnnotations.length, "annotation", "annotations")} ${listed} must be runtime/default or localhost/<profile>`);
    }
    return offenders.violation(parts.join("; "));
  }
};
function allowedAppArmorAnnotation(value) {
  if (value === null || value === void 0 || value === "") return true;
  return value === "runtime/default" || typeof value === "string" && value.startsWith("localhost/");
}
var SELINUX_TYPES = ["", "container_t", "container_init_t", "container_kvm_t"];
var seLinux = {
  id: "seLinux",
  name: "SELinux",
  level: "baseline",
  check(input) {
    const allowedTypes = new Set(input.minor >= 31 ? [...SELINUX_TYPES, "container_engine_t"] : SELINUX_TYPES);
    const offenders = new Offenders();
    const badTypes = [];
    let setUser = false;
    let setRole = false;
    const inspect = (options, path, add) => {
      const type = stringField(options, "type");
      if (!allowedTypes.has(type)) {
        badTypes.push(type);
        add([...path, "type"]);
      }
      if (stringField(options, "user") !== "") {
        setUser = true;
        add([...path, "user"]);
      }
      if (stringField(options, "role") !== "") {
        setRole = true;
        add([...path, "role"]);
      }
    };
    const podOptions = asRecord(podSecurityContext(input)?.seLinuxOptions);
    if (podOptions) inspect(podOptions, [...POD_SECURITY_CONTEXT, "seLinuxOptions"], (path) => offenders.addPod(path, "value"));
    for (const ref of input.containers) {
      const options = asRecord(securityContextOf(ref)?.seLinuxOptions);
      if (options) inspect(options, [...ref.path, "securityContext", "seLinuxOptions"], (path) => offenders.addContainer(ref, path, "value"));
    }
    const problems = [];
    const types = distinct(badTypes);
    if (types.length > 0) problems.push(`${plural(types.length, "type", "types")} ${quoteList(types)}`);
    if (setUser) problems.push("user may not be set");
    if (setRole) problems.push("role may not be set");
    return offenders.violation(
      `${offenders.setters()} set forbidden securityContext.seLinuxOptions: ${problems.join("; ")} (allowed types: ${[...allowedTypes].filter(Boolean).join(", ")})`
    );
  }
};
var procMount = {
  id: "procMount",
  name: "/proc Mount Type",
  level: "baseline",
  check(input) {
    if (input.level === "baseline" && input.minor >= 35 && inUserNamespace(input)) return void 0;
    const offenders = new Offenders();
    const values = [];
    for (const ref of input.containers) {
      const securityContext = securityContextOf(ref);
      if (!isSet2(securityContext?.procMount)) continue;
      const value = stringField(securityContext, "procMount");
      if (value === "Default") continue;
      values.push(value);
      offenders.addContainer(ref, [...ref.path, "securityContext", "procMount"], "value");
    }
    return offenders.violation(`${offenders.containers()} must not set securityContext.procMount to ${quoteList(distinct(values))}`);
  }
};
var SECCOMP_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
var seccompBaseline = {
  id: "seccompBaseline",
  name: "Seccomp",
  level: "baseline",
  check(input) {
    const offenders = new Offenders();
    const values = [];
    const podProfile = asRecord(podSecurityContext(input)?.seccompProfile);
    if (podProfile && !SECCOMP_TYPES.has(stringField(podProfile, "type"))) {
      values.push(stringField(podProfile, "type"));
      offenders.addPod([...POD_SECURITY_CONTEXT, "seccompProfile", "type"], "value");
    }
    for (const ref of input.containers) {
      const profile = asRecord(securityContextOf(ref)?.seccompProfile);
      if (!profile || SECCOMP_TYPES.has(stringField(profile, "type"))) continue;
      values.push(stringField(profile, "type"));
      offenders.addContainer(ref, [...ref.path, "securityContext", "seccompProfile", "type"], "value");
    }
    return offenders.violation(
      `${offenders.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))} (allowed: RuntimeDefault, Localhost)`
    );
  }
};
var SAFE_SYSCTLS = [
  { name: "kernel.shm_rmid_forced", since: 0 },
  { name: "net.ipv4.ip_local_port_range", since: 0 },
  { name: "net.ipv4.tcp_syncookies", since: 0 },
  { name: "net.ipv4.ping_group_range", since: 0 },
  { name: "net.ipv4.ip_unprivileged_port_start", since: 0 },
  { name: "net.ipv4.ip_local_reserved_ports", since: 27 },
  { name: "net.ipv4.tcp_keepalive_time", since: 29 },
  { name: "net.ipv4.tcp_fin_timeout", since: 29 },
  { name: "net.ipv4.tcp_keepalive_intvl", since: 29 },
  { name: "net.ipv4.tcp_keepalive_probes", since: 29 },
  { name: "net.ipv4.tcp_rmem", since: 32 },
  { name: "net.ipv4.tcp_wmem", since: 32 }
];
function safeSysctls(minor) {
  return new Set(SAFE_SYSCTLS.filter((s) => minor >= s.since).map((s) => s.name));
}
var sysctls = {
  id: "sysctls",
  name: "Sysctls",
  level: "baseline",
  check(input) {
    const safe = safeSysctls(input.minor);
    const names = [];
    let first;
    asArray(podSecurityContext(input)?.sysctls).forEach((item, index) => {
      const sysctl = asRecord(item);
      if (!sysctl) return;
      const name = stringField(sysctl, "name");
      if (safe.has(name)) return;
      names.push(name);
      first ??= [...POD_SECURITY_CONTEXT, "sysctls", index, "name"];
    });
    if (!first) return void 0;
    const list = distinct(names);
    return {
      path: first,
      at: "value",
      detail: `pod must not set ${plural(list.length, "sysctl", "sysctls")} ${quoteList(list)} (only the safe sysctls are allowed)`
    };
  }
};
var BASELINE_CONTROLS = [
  hostProcess,
  hostNamespaces,
  privileged,
  capabilitiesBaseline,
  hostPathVolumes2,
  hostPorts,
  appArmor,
  seLinux,
  procMount,
  seccompBaseline,
  sysctls,
  hostProbes
];

// src/rules/pod-security/restricted.ts
var ALLOWED_VOLUME_TYPES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
var RESTRICTED_VOLUME_TYPES = [
  "hostPath",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "nfs",
  "iscsi",
  "glusterfs",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "fc",
  "azureFile",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "portworxVolume",
  "photonPersistentDisk",
  "scaleIO",
  "storageos"
];
var volumeTypes = {
  id: "volumeTypes",
  name: "Volume Types",
  level: "restricted",
  check({ podSpec }) {
    const names = [];
    const types = [];
    let first;
    asArray(podSpec.volumes).forEach((item, index) => {
      const volume = asRecord(item);
      if (!volume || ALLOWED_VOLUME_TYPES.some((type2) => isSet2(volume[type2]))) return;
      const type = RESTRICTED_VOLUME_TYPES.find((t) => isSet2(volume[t]));
      if (type === void 0) return;
      names.push(stringField(volume, "name"));
      types.push(type);
      first ??= [...POD_SPEC, "volumes", index, type];
    });
    if (!first) return void 0;
    const typeList = distinct(types);
    return {
      path: first,
      detail: `${plural(names.length, "volume", "volumes")} ${quoteList(names)} must not use ${plural(typeList.length, "restricted volume type", "restricted volume types")} ${quoteList(typeList)} (allowed: ${ALLOWED_VOLUME_TYPES.join(", ")})`
    };
  }
};
var privilegeEscalation = {
  id: "privilegeEscalation",
  name: "Privilege Escalation",
  level: "restricted",
  check(input) {
    if (isWindowsPod(input)) return void 0;
    const offenders = new Offenders();
    for (const ref of input.containers) {
      if (securityContextOf(ref)?.allowPrivilegeEscalation === false) continue;
      offenders.addContainer(ref, containerFieldPath(ref, ["securityContext", "allowPrivilegeEscalation"]));
    }
    return offenders.violation(`${offenders.containers()} must set securityContext.allowPrivilegeEscalation=false`);
  }
};
var runAsNonRoot = {
  id: "runAsNonRoot",
  name: "Running as Non-root",
  level: "restricted",
  check(input) {
    if (input.minor >= 35 && inUserNamespace(input)) return void 0;
    const explicit = new Offenders();
    const implicit = new Offenders();
    const podValue = podSecurityContext(input)?.runAsNonRoot;
    if (podValue === false) explicit.addPod([...POD_SECURITY_CONTEXT, "runAsNonRoot"], "value");
    for (const ref of input.containers) {
      const value = securityContextOf(ref)?.runAsNonRoot;
      if (value === false) {
        explicit.addContainer(ref, [...ref.path, "securityContext", "runAsNonRoot"], "value");
      } else if (value !== true && podValue !== true) {
        implicit.addContainer(ref, containerFieldPath(ref, ["securityContext", "runAsNonRoot"]));
      }
    }
    return combine(
      explicit,
      implicit,
      (offenders) => `${offenders.setters()} must not set securityContext.runAsNonRoot=false`,
      (offenders) => `pod or ${offenders.containers()} must set securityContext.runAsNonRoot=true`
    );
  }
};
var runAsUser = {
  id: "runAsUser",
  name: "Running as Non-root user",
  level: "restricted",
  check(input) {
    if (input.minor >= 35 && inUserNamespace(input)) return void 0;
    const offenders = new Offenders();
    if (podSecurityContext(input)?.runAsUser === 0) offenders.addPod([...POD_SECURITY_CONTEXT, "runAsUser"], "value");
    for (const ref of input.containers) {
      if (securityContextOf(ref)?.runAsUser === 0) offenders.addContainer(ref, [...ref.path, "securityContext", "runAsUser"], "value");
    }
    return offenders.violation(`${offenders.setters()} must not set securityContext.runAsUser=0`);
  }
};
var seccompRestricted = {
  id: "seccompRestricted",
  name: "Seccomp",
  level: "restricted",
  check(input) {
    if (isWindowsPod(input)) return void 0;
    const explicit = new Offenders();
    const implicit = new Offenders();
    const values = [];
    const podProfile = asRecord(podSecurityContext(input)?.seccompProfile);
    let podValid = false;
    if (podProfile) {
      const type = stringField(podProfile, "type");
      if (SECCOMP_TYPES.has(type)) {
        podValid = true;
      } else {
        values.push(type);
        explicit.addPod([...POD_SECURITY_CONTEXT, "seccompProfile", "type"], "value");
      }
    }
    for (const ref of input.containers) {
      const profile = asRecord(securityContextOf(ref)?.seccompProfile);
      if (profile) {
        const type = stringField(profile, "type");
        if (SECCOMP_TYPES.has(type)) continue;
        values.push(type);
        explicit.addContainer(ref, [...ref.path, "securityContext", "seccompProfile", "type"], "value");
      } else if (!podValid) {
        implicit.addContainer(ref, containerFieldPath(ref, ["securityContext", "seccompProfile", "type"]));
      }
    }
    return combine(
      explicit,
      implicit,
      (offenders) => `${offenders.setters()} must not set securityContext.seccompProfile.type to ${quoteList(distinct(values))}`,
      (offenders) => `pod or ${offenders.containers()} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`
    );
  }
};
var capabilitiesRestricted = {
  id: "capabilitiesRestricted",
  name: "Capabilities",
  level: "restricted",
  check(input) {
    if (isWindowsPod(input)) return void 0;
    const missingDrop = new Offenders();
    const adding = new Offenders();
    const forbidden = [];
    let first;
    for (const ref of input.containers) {
      const capabilities = asRecord(securityContextOf(ref)?.capabilities);
      const dropPath = containerFieldPath(ref, ["securityContext", "capabilities", "drop"]);
      const dropsAll = asArray(capabilities?.drop).some((item) => item === "ALL");
      if (!dropsAll) missingDrop.addContainer(ref, dropPath);
      let firstAdd;
      asArray(capabilities?.add).forEach((item, index) => {
        if (typeof item !== "string" || item === "NET_BIND_SERVICE") return;
        forbidden.push(item);
        const path = [...ref.path, "securityContext", "capabilities", "add", index];
        adding.addContainer(ref, path);
        firstAdd ??= path;
      });
      if (!first && (firstAdd || !dropsAll)) first = firstAdd ?? dropPath;
    }
    if (!first) return void 0;
    const parts = [];
    if (missingDrop.hasSetters) parts.push(`${missingDrop.containers()} must set securityContext.capabilities.drop=["ALL"]`);
    if (adding.hasSetters) {
      parts.push(
        `${adding.containers()} must not include ${quoteList(distinct(forbidden))} in securityContext.capabilities.add (only "NET_BIND_SERVICE" may be added)`
      );
    }
    return { path: first, detail: parts.join("; ") };
  }
};
function combine(explicit, implicit, explicitDetail, implicitDetail) {
  const parts = [];
  if (explicit.hasSetters) parts.push(explicitDetail(explicit));
  if (implicit.hasSetters) parts.push(implicitDetail(implicit));
  return explicit.violation(parts.join("; ")) ?? implicit.violation(parts.join("; "));
}
var RESTRICTED_CONTROLS = [
  volumeTypes,
  privilegeEscalation,
  runAsNonRoot,
  runAsUser,
  seccompRestricted,
  capabilitiesRestricted
];
var REPLACED_BY_RESTRICTED = /* @__PURE__ */ new Set([hostPathVolumes2, capabilitiesBaseline, seccompBaseline]);

// src/rules/pod-security.ts
var ALL_CONTROLS = [...BASELINE_CONTROLS, ...RESTRICTED_CONTROLS];
function controlsFor(level) {
  if (level === "baseline") return BASELINE_CONTROLS;
  return [...BASELINE_CONTROLS.filter((control) => !REPLACED_BY_RESTRICTED.has(control)), ...RESTRICTED_CONTROLS];
}
var PROFILES = {
  baseline: controlsFor("baseline"),
  restricted: controlsFor("restricted")
};
var pod_security_default = defineRule({
  id: "pod-security",
  meta: {
    description: "The pod template meets the Pod Security Standards profile (restricted by default, or baseline); each violated control is named.",
    severity: "error",
    fixable: false,
    messages: Object.fromEntries(ALL_CONTROLS.map((control) => [control.id, controlMessage(control)])),
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        level: { enum: ["baseline", "restricted"] }
      }
    },
    defaultOptions: { level: "restricted" },
    tags: ["security"],
    securitySeverity: 7,
    // Most node agents need what the restricted profile forbids: the strict and all presets turn it on.
    recommended: false
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const level = context.options.level === "baseline" ? "baseline" : "restricted";
    const input = {
      podSpec,
      podMetadata: asRecord(asRecord(asRecord(asRecord(daemonSet)?.spec)?.template)?.metadata),
      containers: containersOf(daemonSet),
      minor: policyMinor(context.kubeVersion),
      level
    };
    for (const control of PROFILES[level]) {
      const violation = control.check(input);
      if (!violation) continue;
      context.report({ path: violation.path, at: violation.at, messageId: control.id, data: { detail: violation.detail } });
    }
  }
});

// src/rules/priority-class.ts
var BUILT_IN_PRIORITIES = /* @__PURE__ */ new Map([
  ["system-cluster-critical", 2e9],
  ["system-node-critical", 2000001e3]
]);
var priority_class_default = defineRule({
  id: "priority-class",
  meta: {
    description: "The pod template names a PriorityClass, so the daemon is not the first pod preempted or evicted.",
    severity: "warning",
    fixable: false,
    messages: {
      missing: "pod template has no priorityClassName: its pods get the default priority (0 unless the cluster has a globalDefault PriorityClass), so on a full node they cannot preempt anything and stay Pending, and they are among the first evicted under node pressure; set priorityClassName (system-node-critical for agents the node cannot work without, or a PriorityClass of your own)",
      empty: "priorityClassName is empty, which names no PriorityClass: its pods get the default priority and are among the first preempted or evicted; name a PriorityClass (system-node-critical for agents the node cannot work without, or one of your own)",
      numericOnly: "priority {{priority}} without a priorityClassName: the Priority admission controller computes each pod's priority from its class (0 unless the cluster has a globalDefault PriorityClass) and rejects pods whose priority differs, so the DaemonSet cannot create its pods; set priorityClassName and remove priority",
      mismatch: "priority {{priority}} differs from the value {{expected}} of PriorityClass {{className}}: the Priority admission controller rejects such pods, so the DaemonSet cannot create them; remove priority"
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const className = podSpec.priorityClassName;
    const priority = podSpec.priority;
    const hasPriority = typeof priority === "number";
    if (className === void 0 || className === null || className === "") {
      if (hasPriority) {
        context.report({ path: [...POD_SPEC_PATH, "priority"], messageId: "numericOnly", data: { priority } });
      } else if (className === void 0) {
        context.report({ path: POD_SPEC_PATH, messageId: "missing" });
      } else {
        context.report({ path: [...POD_SPEC_PATH, "priorityClassName"], messageId: "empty" });
      }
      return;
    }
    if (typeof className !== "string" || !hasPriority) return;
    const expected = BUILT_IN_PRIORITIES.get(className);
    if (expected !== void 0 && priority !== expected) {
      context.report({
        path: [...POD_SPEC_PATH, "priority"],
        at: "value",
        messageId: "mismatch",
        data: { priority, expected, className }
      });
    }
  }
});

// src/rules/probes.ts
var probes_default = defineRule({
  id: "probes",
  meta: {
    description: "Every long-running container has a livenessProbe or a readinessProbe.",
    severity: "warning",
    fixable: false,
    messages: {
      missing: 'container "{{container}}" has no livenessProbe or readinessProbe: a hung agent keeps running unnoticed on its node, and a rolling update moves on to the next node as soon as the new container starts; add a readinessProbe (it gates the rollout) or a livenessProbe (it restarts a hung container)',
      startupOnly: 'container "{{container}}" has only a startupProbe, which stops checking once the container has started: a hung agent keeps running unnoticed on its node; add a livenessProbe or a readinessProbe'
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    for (const ref of containersOf(daemonSet, ["initContainers", "containers"])) {
      if (!ref.longRunning) continue;
      const container = ref.container;
      if (isSet3(container.livenessProbe) || isSet3(container.readinessProbe)) continue;
      context.report({
        path: containerAnchor(ref),
        messageId: isSet3(container.startupProbe) ? "startupOnly" : "missing",
        data: { container: containerName(ref) }
      });
    }
  }
});
function isSet3(value) {
  return value !== void 0 && value !== null;
}

// src/rules/privileged-justified.ts
var DEFAULT_DANGEROUS_CAPABILITIES = [
  "ALL",
  "SYS_ADMIN",
  "NET_ADMIN",
  "SYS_PTRACE",
  "SYS_MODULE",
  "DAC_READ_SEARCH",
  "NET_RAW",
  "BPF",
  "PERFMON",
  "SYS_RAWIO"
];
var DEFAULT_SENSITIVE_HOST_PATHS = [
  "/",
  "/etc",
  "/root/**",
  "/proc/**",
  "/sys",
  "/dev",
  "/boot/**",
  "/var/lib/kubelet/**",
  "/var/run/docker.sock",
  "/run/containerd/**",
  "/var/run/crio/**"
];
function normaliseCapability(name) {
  const upper = name.trim().toUpperCase();
  return upper.startsWith("CAP_") ? upper.slice(4) : upper;
}
var POD_FLAGS = [
  { key: "hostNetwork", subject: "the pod uses the node's network namespace (hostNetwork: true)" },
  { key: "hostPID", subject: "the pod shares the node's process namespace (hostPID: true)" },
  { key: "hostIPC", subject: "the pod shares the node's IPC namespace (hostIPC: true)" }
];
var privileged_justified_default = defineRule({
  id: "privileged-justified",
  meta: {
    description: "Every host privilege a DaemonSet uses (privileged, privilege escalation, dangerous capabilities, host namespaces, sensitive host paths) carries a justification.",
    severity: "error",
    fixable: false,
    messages: {
      ...justificationMessages,
      unknownKey: 'annotation {{annotation}} justifies nothing: "{{key}}" is not a justification key; use one of {{keys}}',
      unknownKeyCase: "annotation {{annotation}} justifies nothing: justification keys are case-sensitive; write {{suggestion}}"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        dangerousCapabilities: { type: "array", items: { type: "string", minLength: 1 } },
        sensitiveHostPaths: { type: "array", items: { type: "string", pattern: "^/" } },
        minJustificationLength: { type: "integer", minimum: 1 }
      }
    },
    defaultOptions: {
      dangerousCapabilities: DEFAULT_DANGEROUS_CAPABILITIES,
      sensitiveHostPaths: DEFAULT_SENSITIVE_HOST_PATHS,
      minJustificationLength: DEFAULT_MIN_JUSTIFICATION_LENGTH
    },
    tags: ["security"],
    securitySeverity: 8
  },
  check(daemonSet, context) {
    const settings = { minLength: context.options.minJustificationLength, now: context.now };
    const cache = /* @__PURE__ */ new Map();
    const report = (key, path, subject, remedy, at) => {
      let justification = cache.get(key);
      if (!justification) {
        justification = justificationFor(daemonSet, key, settings);
        cache.set(key, justification);
      }
      context.report({ path, at, ...justificationReport(justification, key, subject, remedy) });
    };
    const dangerous = new Set(context.options.dangerousCapabilities.map(normaliseCapability));
    for (const ref of containersOf(daemonSet)) {
      const securityContext = asRecord(ref.container.securityContext);
      if (!securityContext) continue;
      const sc = [...ref.path, "securityContext"];
      const who = `container "${containerName(ref)}"`;
      if (securityContext.privileged === true) {
        report("privileged", [...sc, "privileged"], `${who} runs privileged`, "drop privileged");
      }
      if (securityContext.allowPrivilegeEscalation === true) {
        report(
          "allowPrivilegeEscalation",
          [...sc, "allowPrivilegeEscalation"],
          `${who} allows privilege escalation`,
          "set allowPrivilegeEscalation: false"
        );
      }
      asArray(asRecord(securityContext.capabilities)?.add).forEach((item, index) => {
        if (typeof item !== "string") return;
        const capability = normaliseCapability(item);
        if (!dangerous.has(capability)) return;
        const subject = capability === "ALL" ? `${who} adds ALL capabilities` : `${who} adds capability ${capability}`;
        report("capabilities", [...sc, "capabilities", "add", index], subject, "remove it from capabilities.add");
      });
    }
    const podSpec = podSpecOf(daemonSet);
    for (const { key, subject } of POD_FLAGS) {
      if (podSpec?.[key] === true) report(key, [...POD_SPEC_PATH, key], subject, `remove ${key}`);
    }
    const patterns = context.options.sensitiveHostPaths.map(parseHostPathPattern).filter((p) => p !== void 0);
    for (const volume of hostPathVolumes(daemonSet)) {
      if (volume.hostPath === void 0) continue;
      const match = sensitiveMatch(volume.hostPath, patterns);
      if (!match) continue;
      const name = volume.name === void 0 ? "hostPath volume" : `volume "${volume.name}"`;
      report(
        "hostPath",
        [...volume.path, "hostPath", "path"],
        `${name} ${exposure(volume.hostPath, match)}`,
        match.relation === "contains" ? "mount only the subdirectory the pod needs" : "remove the volume",
        "value"
      );
    }
    for (const { source, annotation, key } of unknownJustificationAnnotations(daemonSet)) {
      const path = annotationPath(source, annotation);
      const sameLetters = JUSTIFICATION_KEYS.find((known) => known.toLowerCase() === key.toLowerCase());
      if (sameLetters) {
        context.report({ path, messageId: "unknownKeyCase", data: { annotation, suggestion: `${JUSTIFICATION_PREFIX}${sameLetters}` } });
      } else {
        context.report({ path, messageId: "unknownKey", data: { annotation, key, keys: JUSTIFICATION_KEYS.join(", ") } });
      }
    }
  }
});
function exposure(hostPath, match) {
  const sensitive = match.pattern.path;
  const link = match.viaRunLink ? ", as /var/run links to /run" : "";
  switch (match.relation) {
    case "same":
      return match.viaRunLink ? `exposes sensitive host path ${hostPath} (the same as ${sensitive}${link})` : `exposes sensitive host path ${hostPath}`;
    case "inside":
      return `exposes host path ${hostPath} (inside sensitive ${sensitive}${link})`;
    case "contains":
      return `exposes host path ${hostPath} (it contains sensitive ${sensitive}${link})`;
  }
}

// src/k8s/quantity.ts
var ZERO = { sign: 0, coefficient: 0n, exponent: 0 };
var NANO_EXPONENT = -9;
var MAX_BINARY = 2n ** 63n - 1n;
var DECIMAL_SUFFIXES = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY_SUFFIXES = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/s;
var EXPONENT_SUFFIX = /^[eE]([+-]?[0-9]+)$/;
var INT64_MIN2 = -(2n ** 63n);
var INT64_MAX2 = 2n ** 63n - 1n;
var GO_SPACE = "[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
var SURROUNDING_SPACE = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, "g");
function parseQuantity(value) {
  if (typeof value === "string") return parseQuantityText(value.replace(SURROUNDING_SPACE, ""));
  if (typeof value === "number") return Number.isFinite(value) ? parseQuantityText(String(value)) : void 0;
  if (typeof value === "bigint") return parseQuantityText(String(value));
  return void 0;
}
function parseQuantityText(text) {
  const match = QUANTITY.exec(text);
  if (!match) return void 0;
  const [, signText, whole, fraction = "", suffix] = match;
  if (whole.length + fraction.length === 0) return void 0;
  const digits = BigInt(`${whole}${fraction}` || "0");
  const negative = signText === "-";
  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== void 0) return binaryQuantity(negative, digits, fraction.length, binary);
  let exponent = DECIMAL_SUFFIXES[suffix];
  if (exponent === void 0) {
    const e = EXPONENT_SUFFIX.exec(suffix);
    if (!e) return void 0;
    const parsed = BigInt(e[1]);
    if (parsed < INT64_MIN2 || parsed > INT64_MAX2) return void 0;
    exponent = Number(BigInt.asIntN(32, parsed));
  }
  return decimalQuantity(negative, digits, exponent - fraction.length);
}
function decimalQuantity(negative, digits, exponent) {
  if (digits === 0n) return ZERO;
  if (exponent < NANO_EXPONENT) {
    const shift = NANO_EXPONENT - exponent;
    digits = digitCount(digits) <= shift ? 1n : ceilDiv(digits, 10n ** BigInt(shift));
    exponent = NANO_EXPONENT;
  }
  return normalized(negative, digits, exponent);
}
function binaryQuantity(negative, digits, fractionDigits, power) {
  if (digits === 0n) return ZERO;
  let nanos = ceilDiv(digits * (1n << BigInt(power)) * 10n ** 9n, 10n ** BigInt(fractionDigits));
  if (nanos > MAX_BINARY * 10n ** 9n) nanos = MAX_BINARY * 10n ** 9n;
  return normalized(negative, nanos, NANO_EXPONENT);
}
function normalized(negative, coefficient, exponent) {
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent++;
  }
  return { sign: negative ? -1 : 1, coefficient, exponent };
}
function compareQuantities(a, b) {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  if (a.sign === 0) return 0;
  const magnitude = compareMagnitudes(a, b);
  return a.sign === 1 || magnitude === 0 ? magnitude : magnitude === 1 ? -1 : 1;
}
function compareMagnitudes(a, b) {
  const aLead = digitCount(a.coefficient) + a.exponent;
  const bLead = digitCount(b.coefficient) + b.exponent;
  if (aLead !== bLead) return aLead < bLead ? -1 : 1;
  const shift = a.exponent - b.exponent;
  const aAligned = shift > 0 ? a.coefficient * 10n ** BigInt(shift) : a.coefficient;
  const bAligned = shift < 0 ? b.coefficient * 10n ** BigInt(-shift) : b.coefficient;
  return aAligned === bAligned ? 0 : aAligned < bAligned ? -1 : 1;
}
function digitCount(n) {
  return n.toString().length;
}
function ceilDiv(n, d) {
  return (n + d - 1n) / d;
}

// src/rules/resources-requests-limits.ts
var RESOURCES = ["cpu", "memory", "ephemeral-storage"];
var POD_LEVEL_RESOURCES_MINOR = 34;
var POD_LEVEL_SUPPORTED = /* @__PURE__ */ new Set(["cpu", "memory"]);
var resourceList = { type: "array", items: { enum: [...RESOURCES] }, uniqueItems: true };
var resources_requests_limits_default = defineRule({
  id: "resources-requests-limits",
  meta: {
    description: "Every container requests and limits cpu and memory, and no request exceeds its limit.",
    severity: "error",
    fixable: false,
    messages: {
      missing: 'container "{{container}}" has {{missing}}; set {{fields}}',
      requestAboveLimit: "{{subject}} requests {{resource}} {{request}} but limits it to {{limit}}: a request may not exceed its limit",
      requestNotLimit: "{{subject}} requests {{resource}} {{request}} but limits it to {{limit}}: {{resource}} cannot be overcommitted, so the API requires its request to equal its limit"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { requests: resourceList, limits: resourceList }
    },
    defaultOptions: { requests: ["cpu", "memory"], limits: ["cpu", "memory"] },
    tags: ["reliability"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    const podLevel = podLevelHonoured(context.kubeVersion) ? requirementsOf2(podSpec?.resources) : void 0;
    for (const ref of containersOf(daemonSet, ["initContainers", "containers"])) {
      const own = requirementsOf2(ref.container.resources);
      reportMissing(ref, own, podLevel, context);
      const subject = `container "${containerName(ref)}"`;
      compareRequestsWithLimits(own, [...ref.path, "resources", "requests"], subject, context);
    }
    if (podLevel) compareRequestsWithLimits(podLevel, [...POD_SPEC_PATH, "resources", "requests"], "the pod", context);
  }
});
function reportMissing(ref, own, podLevel, context) {
  const coveredByPod = (resource, list) => POD_LEVEL_SUPPORTED.has(resource) && stated(list, resource);
  const missingRequests = RESOURCES.filter(
    (r) => context.options.requests.includes(r) && !stated(own.requests, r) && !stated(own.limits, r) && !coveredByPod(r, podLevel?.requests) && !coveredByPod(r, podLevel?.limits)
  );
  const missingLimits = RESOURCES.filter(
    (r) => context.options.limits.includes(r) && !stated(own.limits, r) && !coveredByPod(r, podLevel?.limits)
  );
  if (missingRequests.length === 0 && missingLimits.length === 0) return;
  const parts = [];
  if (missingRequests.length > 0) parts.push(`no ${joinWords(missingRequests, "or")} request`);
  if (missingLimits.length > 0) parts.push(`no ${joinWords(missingLimits, "or")} limit`);
  const fields = [
    ...missingRequests.map((r) => `resources.requests.${r}`),
    ...missingLimits.map((r) => `resources.limits.${r}`)
  ];
  context.report({
    path: missingAnchor(ref, missingRequests.length > 0, missingLimits.length > 0),
    messageId: "missing",
    data: { container: containerName(ref), missing: parts.join(" and "), fields: joinWords(fields, "and") }
  });
}
function missingAnchor(ref, requestsMissing, limitsMissing) {
  const container = ref.container;
  const resources = asRecord(container.resources);
  const resourcesPath = [...ref.path, "resources"];
  if (resources && requestsMissing !== limitsMissing) {
    const list = requestsMissing ? "requests" : "limits";
    if (list in resources) return [...resourcesPath, list];
  }
  return "resources" in container ? resourcesPath : containerAnchor(ref);
}
function compareRequestsWithLimits({ requests, limits }, requestsPath, subject, context) {
  if (!requests || !limits) return;
  for (const [resource, requestValue] of Object.entries(requests)) {
    if (!(resource in limits)) continue;
    const limitValue = limits[resource];
    const request = parseQuantity(requestValue);
    const limit = parseQuantity(limitValue);
    if (!request || !limit) continue;
    const order = compareQuantities(request, limit);
    const messageId = order > 0 ? "requestAboveLimit" : order < 0 && !overcommitAllowed(resource) ? "requestNotLimit" : void 0;
    if (!messageId) continue;
    context.report({
      path: [...requestsPath, resource],
      at: "value",
      messageId,
      data: { subject, resource, request: asWritten(requestValue), limit: asWritten(limitValue) }
    });
  }
}
function requirementsOf2(resources) {
  const record = asRecord(resources);
  return { requests: asRecord(record?.requests), limits: asRecord(record?.limits) };
}
function stated(list, resource) {
  return list !== void 0 && list[resource] !== void 0 && list[resource] !== null;
}
function overcommitAllowed(resource) {
  const native = !resource.includes("/") || resource.includes("kubernetes.io/");
  return native && !resource.startsWith("hugepages-");
}
function podLevelHonoured(kubeVersion) {
  const match = /^(\d+)\.(\d+)$/.exec(kubeVersion);
  if (!match) return true;
  return Number(match[1]) > 1 || Number(match[2]) >= POD_LEVEL_RESOURCES_MINOR;
}
function asWritten(value) {
  return typeof value === "string" ? value.trim() : String(value);
}
function joinWords(words, conjunction) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

// src/rules/restart-policy-always.ts
var RESTART_POLICY_PATH = [...POD_SPEC_PATH, "restartPolicy"];
var restart_policy_always_default = defineRule({
  id: "restart-policy-always",
  meta: {
    description: "The pod template restarts its containers: restartPolicy is Always or left out.",
    severity: "error",
    fixable: true,
    messages: {
      notAlways: "restartPolicy {{value}} is not allowed in a DaemonSet: its pods run for as long as the node does, and the API accepts only Always; set it to Always or remove it"
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec || !("restartPolicy" in podSpec)) return;
    const value = podSpec.restartPolicy;
    if (value === "Always" || value === null || value === "") return;
    context.report({
      path: RESTART_POLICY_PATH,
      at: "value",
      messageId: "notAlways",
      data: { value: describe(value) },
      fix: { op: "set", path: RESTART_POLICY_PATH, value: "Always" }
    });
  }
});
function describe(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "given as a list";
  if (typeof value === "object") return "given as a mapping";
  return String(value);
}

// src/rules/schema.ts
var schema_default = defineRule({
  id: "schema",
  meta: {
    description: "Strict validation against the Kubernetes OpenAPI schema of the selected version: unknown fields, wrong types, missing required fields, invalid enum values.",
    severity: "error",
    fixable: false,
    messages: {
      unknownField: 'unknown field "{{field}}" in {{location}}{{suggestion}}',
      missingField: 'missing required field "{{field}}" in {{location}}',
      wrongType: "{{path}}: expected {{expected}}, got {{actual}}",
      invalidValue: "invalid value {{value}} for {{path}}: expected one of {{allowed}}",
      invalidQuantity: "{{path}}: {{value}} is not a quantity: expected a number with an optional suffix, such as 500m, 128Mi, 2G or 1e3",
      outOfRange: "{{path}}: {{value}} does not fit in a 32-bit integer",
      invalid: "{{path}}: {{reason}}",
      missingApiVersion: 'missing required field "apiVersion" in the DaemonSet: set apiVersion: apps/v1',
      unknownApiVersion: "apiVersion {{apiVersion}} does not serve DaemonSets: use apps/v1"
    },
    defaultOptions: {},
    tags: ["api"]
  },
  prepare: ({ kubeVersion }) => preloadValidator(kubeVersion),
  check(daemonSet, context) {
    const validate = loadedValidator(context.kubeVersion);
    if (!validate) {
      const version = schemaVersionFor(context.kubeVersion);
      throw new Error(
        version === void 0 ? unsupportedMessage(context.kubeVersion) : `the schema validator for Kubernetes ${version} is not loaded: await preloadValidator("${context.kubeVersion}") from src/schema/validators.ts before linting`
      );
    }
    const apiVersion = apiVersionFinding(daemonSet);
    if (apiVersion) context.report(apiVersion);
    if (validate(daemonSet)) return;
    for (const finding of findingsOf(validate.errors ?? [], daemonSet)) context.report(finding);
  }
});
var OWNED_ELSEWHERE = {
  unknownField: [
    // no-replicas, no-deployment-fields
    ["spec", "replicas"],
    ["spec", "strategy"],
    ["spec", "paused"],
    ["spec", "progressDeadlineSeconds"]
  ],
  required: [
    // selector-match-labels: a missing selector, an expression without key or operator
    ["spec", "selector"],
    ["spec", "selector", "matchExpressions", "#", "*"]
  ],
  type: [
    // restart-policy-always reports any value but Always
    ["spec", "template", "spec", "restartPolicy"],
    // selector-match-labels: label values that are not strings, operators and keys it checks
    ["spec", "selector", "matchLabels", "*"],
    ["spec", "selector", "matchExpressions", "#", "key"],
    ["spec", "selector", "matchExpressions", "#", "operator"],
    ["spec", "selector", "matchExpressions", "#", "values", "#"],
    ["spec", "template", "metadata", "labels", "*"]
  ]
};
function ownedElsewhere(kind, path) {
  return OWNED_ELSEWHERE[kind].some(
    (pattern) => pattern.length === path.length && pattern.every((p, i) => p === (typeof path[i] === "number" ? "#" : "*") || p === path[i])
  );
}
var KNOWN_API_VERSIONS = /* @__PURE__ */ new Set(["apps/v1", "extensions/v1beta1", "apps/v1beta1", "apps/v1beta2"]);
function apiVersionFinding(daemonSet) {
  const apiVersion = daemonSet.apiVersion;
  if (apiVersion === void 0 || apiVersion === null || apiVersion === "") {
    return { path: ["kind"], messageId: "missingApiVersion" };
  }
  if (typeof apiVersion === "string" && !KNOWN_API_VERSIONS.has(apiVersion)) {
    return { path: ["apiVersion"], at: "value", messageId: "unknownApiVersion", data: { apiVersion: quote(apiVersion) } };
  }
  return void 0;
}
function findingsOf(errors, root) {
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const out = [];
  for (const error of errors) {
    if (error.keyword !== "type" && wrongType.has(error.instancePath)) continue;
    const finding = findingOf(error, instancePathOf(error.instancePath, root), root);
    if (finding) out.push(finding);
  }
  return out;
}
function findingOf(error, path, root) {
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      if (ownedElsewhere("unknownField", [...path, field])) return void 0;
      if (path.length === 2 && path[0] === "spec" && path[1] === "selector" && selectsNothing(error.data)) return void 0;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const close = closestName(field, known);
      return {
        path: [...path, field],
        messageId: "unknownField",
        data: { field, location: locationOf(path, root), suggestion: close ? `; did you mean "${close}"?` : "" }
      };
    }
    case "required": {
      const field = String(params.missingProperty);
      if (ownedElsewhere("required", [...path, field])) return void 0;
      return { path, messageId: "missingField", data: { field, location: locationOf(path, root) } };
    }
    case "type": {
      if (ownedElsewhere("type", path)) return void 0;
      const types = Array.isArray(params.type) ? params.type : [String(params.type)];
      return {
        path,
        at: "value",
        messageId: "wrongType",
        data: { path: fieldPath2(path), expected: expectedOf(types), actual: describeValue(error.data) }
      };
    }
    case "enum": {
      const allowed = params.allowedValues.filter((v) => typeof v === "string" && v !== "");
      return {
        path,
        at: "value",
        messageId: "invalidValue",
        data: { value: quote(error.data), path: fieldPath2(path), allowed: allowed.join(", ") }
      };
    }
    case "pattern":
      return { path, at: "value", messageId: "invalidQuantity", data: { path: fieldPath2(path), value: quote(error.data) } };
    case "minimum":
    case "maximum":
      return { path, at: "value", messageId: "outOfRange", data: { path: fieldPath2(path), value: String(error.data) } };
    default:
      return { path, at: "value", messageId: "invalid", data: { path: fieldPath2(path) || "DaemonSet", reason: error.message ?? error.keyword } };
  }
}
function selectsNothing(selector) {
  const { matchLabels, matchExpressions } = selector;
  const noLabels = matchLabels == null || isMapping(matchLabels) && Object.keys(matchLabels).length === 0;
  const noExpressions = matchExpressions == null || Array.isArray(matchExpressions) && matchExpressions.length === 0;
  return noLabels && noExpressions;
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function instancePathOf(pointer, root) {
  if (pointer === "") return [];
  const out = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = node !== null && typeof node === "object" ? node[segment] : void 0;
    }
  }
  return out;
}
function fieldPath2(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${segment}]`;
  }
  return out;
}
var CONTAINER_LISTS = {
  containers: "container",
  initContainers: "init container",
  ephemeralContainers: "ephemeral container"
};
function locationOf(path, root) {
  if (path.length === 0) return "the DaemonSet";
  const [a, b, c, list, index] = path;
  if (a === "spec" && b === "template" && c === "spec" && typeof list === "string" && list in CONTAINER_LISTS && typeof index === "number") {
    const name = valueAt(root, path.slice(0, 5))?.name;
    if (typeof name === "string") {
      const container = `${CONTAINER_LISTS[list]} "${name}"`;
      const rest = path.slice(5);
      return rest.length === 0 ? container : `${fieldPath2(rest)} of ${container}`;
    }
  }
  return fieldPath2(path);
}
function valueAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
var TYPE_NAMES = { object: "a mapping", array: "a list" };
function expectedOf(types) {
  return types.filter((t) => t !== "null").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
}
function describeValue(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `string ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}
function quote(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 56)}..."` : text;
}
function closestName(unknown, known) {
  const wanted = unknown.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(unknown.length / 3)));
  let best;
  let bestDistance = Infinity;
  for (const name of [...known].sort()) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

// src/rules/selector-match-labels.ts
var SELECTOR_PATH = ["spec", "selector"];
var TEMPLATE_LABELS_PATH = ["spec", "template", "metadata", "labels"];
var SELECTOR_FIELDS = /* @__PURE__ */ new Set(["matchLabels", "matchExpressions"]);
var OPERATOR_LIST = "In, NotIn, Exists or DoesNotExist";
var selector_match_labels_default = defineRule({
  id: "selector-match-labels",
  meta: {
    description: "spec.selector is present, valid, not empty, and selects the pods of the DaemonSet's own template.",
    severity: "error",
    fixable: false,
    messages: {
      missing: "spec.selector is missing: apps/v1 requires a selector that matches spec.template.metadata.labels (older API versions defaulted it from them); add spec.selector.matchLabels",
      empty: "spec.selector is empty: the API rejects a DaemonSet selector with no matchLabels and no matchExpressions, since it would select every pod in the namespace; add matchLabels that spec.template.metadata.labels satisfy",
      strayField: "spec.selector has no matchLabels or matchExpressions, so it is empty and the API rejects it; {{field}} is not a selector field: labels go under matchLabels",
      invalidKey: "label key {{key}} in {{where}} is invalid: {{reason}}",
      invalidValue: "label value {{value}} of {{key}} in {{where}} is invalid: {{reason}}",
      nonStringValue: "label {{key}} in {{where}} has a value that YAML reads as the {{type}} {{value}}, not a string; label values are strings and the API rejects it: quote the value",
      missingKey: "{{where}} has no key: name the label it tests",
      missingOperator: `{{where}} has no operator: use ${OPERATOR_LIST}`,
      badOperator: "operator {{operator}} in {{where}} is not a valid selector operator: use {{expected}}",
      valuesRequired: "{{where}} tests {{key}} with {{operator}} but gives no values: {{operator}} needs at least one value",
      valuesForbidden: "{{where}} tests {{key}} with {{operator}} but gives values: {{operator}} takes none, remove them",
      templateLabelsMissing: "spec.template.metadata.labels is {{state}}, so spec.selector selects none of the DaemonSet's own pods; add labels that satisfy {{requirements}}",
      labelMissing: "spec.template.metadata.labels has no label {{key}}, but spec.selector requires {{requirement}}; add the label to the pod template",
      labelUnsatisfied: "spec.template.metadata.labels has {{label}}, but spec.selector requires {{requirement}}; change the template label (spec.selector cannot change once the DaemonSet exists)",
      labelForbidden: "spec.template.metadata.labels has label {{key}}, but spec.selector requires {{requirement}}; remove it from the pod template"
    },
    defaultOptions: {},
    tags: ["api"]
  },
  check(daemonSet, context) {
    const root = asRecord(daemonSet);
    const specValue = root?.spec;
    if (specValue === void 0 || specValue === null) {
      context.report({ path: ["spec"], messageId: "missing" });
      return;
    }
    const spec = asRecord(specValue);
    if (!spec) return;
    if (spec.selector === void 0) {
      context.report({ path: ["spec"], messageId: "missing" });
      return;
    }
    if (spec.selector === null) {
      context.report({ path: SELECTOR_PATH, messageId: "empty" });
      return;
    }
    const selector = asRecord(spec.selector);
    if (!selector) return;
    const read = readSelector(selector);
    for (const issue of read.issues) reportSelectorIssue(context, issue);
    if (read.malformed) return;
    if (read.empty) {
      const stray = Object.keys(selector).find((field) => !SELECTOR_FIELDS.has(field));
      if (stray === void 0) context.report({ path: SELECTOR_PATH, messageId: "empty" });
      else context.report({ path: [...SELECTOR_PATH, stray], messageId: "strayField", data: { field: stray } });
      return;
    }
    checkTemplateLabels(context, spec, read.requirements);
  }
});
function checkTemplateLabels(context, spec, requirements) {
  const template = asRecord(spec.template);
  if (!template) return;
  const metadataValue = template.metadata;
  const metadata = asRecord(metadataValue);
  if (metadataValue !== void 0 && metadataValue !== null && !metadata) return;
  const labelsValue = metadata?.labels;
  const labelsRecord = asRecord(labelsValue);
  if (labelsValue !== void 0 && labelsValue !== null && !labelsRecord) return;
  const templateLabels2 = readLabels(labelsRecord ?? {});
  for (const issue of templateLabels2.issues) reportLabelIssue(context, issue, TEMPLATE_LABELS_PATH, "spec.template.metadata.labels");
  const failing = requirements.filter(
    ({ requirement }) => !templateLabels2.unreadable.has(requirement.key) && !requirementMatches(requirement, templateLabels2.labels)
  );
  if (failing.length === 0) return;
  if (!labelsRecord || Object.keys(labelsRecord).length === 0) {
    context.report({
      path: TEMPLATE_LABELS_PATH,
      messageId: "templateLabelsMissing",
      data: { state: labelsRecord ? "empty" : "missing", requirements: failing.map(({ requirement }) => describeRequirement(requirement)).join(", ") }
    });
    return;
  }
  for (const { requirement, path } of failing) {
    const key = requirement.key;
    const data = { key, requirement: describeRequirement(requirement) };
    if (!Object.hasOwn(templateLabels2.labels, key)) {
      const at = requirement.operator === "Equals" ? "key" : "value";
      const selectorPath = requirement.operator === "Equals" ? [...SELECTOR_PATH, ...path] : [...SELECTOR_PATH, ...path, "key"];
      context.report({ path: selectorPath, at, messageId: "labelMissing", data });
    } else if (requirement.operator === "DoesNotExist") {
      context.report({ path: [...TEMPLATE_LABELS_PATH, key], messageId: "labelForbidden", data });
    } else {
      context.report({
        path: [...TEMPLATE_LABELS_PATH, key],
        at: "value",
        messageId: "labelUnsatisfied",
        data: { ...data, label: formatLabel(key, templateLabels2.labels[key]) }
      });
    }
  }
}
function reportSelectorIssue(context, issue) {
  const path = [...SELECTOR_PATH, ...issue.path];
  switch (issue.kind) {
    case "invalidKey":
    case "invalidValue":
    case "nonStringValue":
      reportLabelIssue(context, issue, SELECTOR_PATH, selectorWhere(issue.path));
      return;
    case "missingKey":
    case "missingOperator":
      context.report({ path, at: issue.at, messageId: issue.kind, data: { where: expressionWhere(issue.index) } });
      return;
    case "badOperator": {
      const caseFix = SELECTOR_OPERATORS.find((op) => op.toLowerCase() === issue.operator.toLowerCase());
      context.report({
        path,
        at: issue.at,
        messageId: "badOperator",
        data: { operator: JSON.stringify(issue.operator), where: expressionWhere(issue.index), expected: caseFix ?? OPERATOR_LIST }
      });
      return;
    }
    case "valuesRequired":
    case "valuesForbidden":
      context.report({
        path,
        at: issue.at,
        messageId: issue.kind,
        data: { where: expressionWhere(issue.index), key: labelName(issue.key), operator: issue.operator }
      });
      return;
  }
}
function reportLabelIssue(context, issue, base, where) {
  const path = [...base, ...issue.path];
  switch (issue.kind) {
    case "invalidKey":
      context.report({ path, at: issue.at, messageId: "invalidKey", data: { key: JSON.stringify(issue.key), where, reason: issue.reasons.join("; ") } });
      return;
    case "invalidValue":
      context.report({
        path,
        at: issue.at,
        messageId: "invalidValue",
        data: { key: labelName(issue.key), value: JSON.stringify(issue.value), where, reason: issue.reasons.join("; ") }
      });
      return;
    case "nonStringValue":
      context.report({ path, at: issue.at, messageId: "nonStringValue", data: { key: labelName(issue.key), where, type: typeof issue.value, value: String(issue.value) } });
      return;
  }
}
function labelName(key) {
  return key === "" ? "(no key)" : key;
}
function expressionWhere(index) {
  return `spec.selector.matchExpressions[${index}]`;
}
function selectorWhere(path) {
  if (path[0] === "matchLabels") return "spec.selector.matchLabels";
  return `${expressionWhere(Number(path[1]))}.${String(path[2])}`;
}

// src/rules/selector-overlap.ts
var selector_overlap_default = defineRule({
  id: "selector-overlap",
  meta: {
    description: "Two DaemonSets (or a DaemonSet and another workload in the input) in the same namespace whose selectors each select the other's pod template labels: the controllers fight over the same pods.",
    severity: "error",
    fixable: false,
    messages: {
      overlap: "{{earlier}} and {{later}} select each other's pods ({{labels}}): their controllers fight over the same pods, each adopting the other's orphans; give each a distinct selector label",
      adoptsPod: "{{daemonSet}} selects {{pod}} ({{labels}}), a pod no controller owns: the DaemonSet controller adopts it, then deletes it where it is surplus or outdated; give the pod labels the selector does not match"
    },
    defaultOptions: {},
    tags: ["reliability"]
  },
  checkAll(objects, context) {
    const members = objects.flatMap((object) => {
      const member = memberOf(object);
      return member ? [member] : [];
    });
    const byNamespace = /* @__PURE__ */ new Map();
    for (const later of members) {
      let earlierOnes = byNamespace.get(later.namespace);
      if (!earlierOnes) byNamespace.set(later.namespace, earlierOnes = []);
      for (const earlier of earlierOnes) {
        if (sameObject2(earlier, later)) continue;
        if (!earlier.daemonSet && !later.daemonSet) continue;
        if (earlier.selector && later.selector) {
          if (!selects(earlier.selector, later.labels) || !selects(later.selector, earlier.labels)) continue;
          context.report({
            object: later.object,
            path: later.anchor,
            messageId: "overlap",
            data: { earlier: earlier.display, later: later.display, labels: sharedLabels(later, [...later.selector, ...earlier.selector]) },
            related: [{ object: earlier.object, path: earlier.anchor, message: `the selector of ${earlier.display}, which also selects the pods of ${later.display}` }]
          });
          continue;
        }
        const daemonSet = earlier.selector ? earlier : later;
        const pod = earlier.selector ? later : earlier;
        if (!daemonSet.daemonSet || !daemonSet.selector || pod.selector || !selects(daemonSet.selector, pod.labels)) continue;
        context.report({
          object: later.object,
          path: later.anchor,
          messageId: "adoptsPod",
          data: { daemonSet: daemonSet.display, pod: pod.display, labels: sharedLabels(pod, daemonSet.selector) },
          related: [
            {
              object: earlier.object,
              path: earlier.anchor,
              message: earlier === pod ? `the labels of ${pod.display}, which ${daemonSet.display} selects` : `the selector of ${daemonSet.display}, which selects ${pod.display}`
            }
          ]
        });
      }
      earlierOnes.push(later);
    }
  }
});
function selects(selector, labels) {
  return selector.every((requirement) => requirementMatches(requirement, labels));
}
function sameObject2(a, b) {
  const ra = a.object.ref;
  const rb = b.object.ref;
  return ra.kind === rb.kind && ra.name !== void 0 && ra.name === rb.name;
}
function sharedLabels(member, selector) {
  const keys = [...new Set(selector.map((r) => r.key))].filter((key) => Object.hasOwn(member.labels, key));
  if (keys.length > 0) return keys.map((key) => formatLabel(key, member.labels[key])).join(", ");
  return [...new Set(selector.map(describeRequirement))].join(", ");
}
function describeObject2(object) {
  const { kind, namespace, name } = object.ref;
  return `${kind ?? "object"} ${namespace ? `${namespace}/` : ""}${name ?? "<unnamed>"}`;
}
function memberOf(object) {
  const value = object.value;
  const kind = object.ref.kind;
  const spec = asRecord(value.spec);
  const base = {
    object,
    namespace: object.ref.namespace || "default",
    display: describeObject2(object),
    daemonSet: kind === "DaemonSet"
  };
  switch (kind) {
    case "DaemonSet":
    case "Deployment":
    case "ReplicaSet":
    case "StatefulSet":
      return controller(base, spec, ["spec"]);
    case "Job":
      return job(base, spec, ["spec"]);
    case "CronJob":
      return job(base, asRecord(asRecord(spec?.jobTemplate)?.spec), ["spec", "jobTemplate", "spec"]);
    case "ReplicationController": {
      const labels = templateLabels(spec);
      if (!labels || Object.keys(labels).length === 0) return void 0;
      const written = asRecord(spec?.selector);
      if (!written || Object.keys(written).length === 0) {
        return { ...base, selector: equalities(labels), anchor: ["spec", "template", "metadata", "labels"], labels };
      }
      const read = readLabels(written);
      if (read.issues.length > 0 || read.unreadable.size > 0) return void 0;
      const selector = equalities(read.labels);
      return selects(selector, labels) ? { ...base, selector, anchor: ["spec", "selector"], labels } : void 0;
    }
    case "Pod": {
      const metadata = asRecord(value.metadata);
      if (asArray(metadata?.ownerReferences).some((o) => asRecord(o)?.controller === true)) return void 0;
      const labels = readableLabels(metadata?.labels);
      return labels ? { ...base, anchor: ["metadata", "labels"], labels } : void 0;
    }
    default:
      return void 0;
  }
}
function controller(base, spec, specPath) {
  const selectorRecord = asRecord(spec?.selector);
  const labels = templateLabels(spec);
  if (!selectorRecord || !labels) return void 0;
  const read = readSelector(selectorRecord);
  if (read.malformed || read.issues.length > 0 || read.empty) return void 0;
  const selector = read.requirements.map((r) => r.requirement);
  if (!selects(selector, labels)) return void 0;
  return { ...base, selector, anchor: [...specPath, "selector"], labels };
}
function job(base, spec, specPath) {
  return spec?.manualSelector === true ? controller(base, spec, specPath) : void 0;
}
function templateLabels(spec) {
  return readableLabels(asRecord(asRecord(spec?.template)?.metadata)?.labels);
}
function readableLabels(raw) {
  if (raw === void 0 || raw === null) return {};
  const record = asRecord(raw);
  if (!record) return void 0;
  const read = readLabels(record);
  return read.issues.length > 0 || read.unreadable.size > 0 ? void 0 : read.labels;
}
function equalities(labels) {
  return Object.entries(labels).map(([key, value]) => ({ key, operator: "Equals", values: [value] }));
}

// src/rules/index.ts
var builtinRules = [
  pod_security_default,
  host_network_dns_policy_default,
  image_pinned_default,
  priority_class_default,
  probes_default,
  schema_default,
  api_validation_default,
  api_version_default,
  no_deployment_fields_default,
  update_strategy_default,
  control_plane_toleration_default,
  hostpath_readonly_default,
  hostport_conflict_default,
  no_replicas_default,
  privileged_justified_default,
  resources_requests_limits_default,
  restart_policy_always_default,
  selector_match_labels_default,
  selector_overlap_default
].sort((a, b) => a.id < b.id ? -1 : 1);

// src/engine/node-index.ts
var MERGE_KEY = "<<";
var AliasLimitError = class extends Error {
};
var DuplicateKeyError = class extends Error {
  constructor(offset) {
    super("duplicated mapping key");
    this.offset = offset;
  }
  offset;
};
function buildDocuments(events, source, base, maxExpandedNodes) {
  const roots = [];
  const anchors = /* @__PURE__ */ new Map();
  let needsConstructor = false;
  const stack = [];
  let rootsAtDocumentStart = 0;
  let expanded = 0;
  let lastEnd = 0;
  const attach = (node, size, value) => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      roots.push({ root: node, value, needsConstructor });
      return;
    }
    frame.size += size;
    if (frame.node.kind === "sequence") {
      frame.node.items.push(node);
      frame.value.push(value);
      return;
    }
    if (frame.pendingKey === null) {
      frame.pendingKey = node;
      return;
    }
    const keyNode = frame.pendingKey;
    frame.pendingKey = null;
    if (node.kind === "scalar" && node.empty) {
      const colon = source.indexOf(":", keyNode.end - base);
      if (colon !== -1) node.start = node.end = node.propsStart = colon + 1 + base;
    }
    if (keyNode.kind !== "scalar") needsConstructor = true;
    const key = keyNode.kind === "scalar" ? scalarKey(source, keyNode, base) : "";
    if (key === MERGE_KEY && keyNode.kind === "scalar" && keyNode.style === SCALAR_STYLE.PLAIN) {
      needsConstructor = true;
      const targets = node.kind === "sequence" ? node.items : [node];
      frame.node.merges.push(...targets);
    } else {
      frame.node.entries.push({ key, keyNode, value: node });
      const object = frame.value;
      if (Object.hasOwn(object, key)) throw new DuplicateKeyError(keyNode.start);
      if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
    }
  };
  const anchorName = (e) => e.anchorStart === -1 ? null : source.slice(e.anchorStart, e.anchorEnd);
  const propsStart = (e, start) => {
    let p = start;
    if (e.anchorStart !== -1) p = Math.min(p, e.anchorStart - 1 + base);
    if (e.tagStart !== -1) p = Math.min(p, e.tagStart + base);
    return p;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        rootsAtDocumentStart = roots.length;
        anchors.clear();
        expanded = 0;
        needsConstructor = e.directives.length > 0;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const start = e.start + base;
        const flow = e.style === COLLECTION_STYLE.FLOW;
        const node = e.type === EVENT_ID.MAPPING ? { kind: "mapping", start, end: start, propsStart: propsStart(e, start), flow, entries: [], merges: [] } : { kind: "sequence", start, end: start, propsStart: propsStart(e, start), flow, items: [] };
        if (e.tagStart !== -1) needsConstructor = true;
        stack.push({ node, value: e.type === EVENT_ID.MAPPING ? {} : [], pendingKey: null, anchor: anchorName(e), size: 1 });
        lastEnd = start + 1;
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(source, e, base, lastEnd);
        lastEnd = Math.max(lastEnd, node.end);
        const name = anchorName(e);
        if (name !== null) anchors.set(name, { node, size: 1 });
        expanded += 1;
        if (e.tagStart !== -1) needsConstructor = true;
        attach(node, 1, needsConstructor ? null : scalarValue(source, e));
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = source.slice(e.anchorStart, e.anchorEnd);
        const anchored = anchors.get(name);
        const start = e.anchorStart - 1 + base;
        const node = { kind: "alias", start, end: e.anchorEnd + base, propsStart: start, target: anchored?.node };
        lastEnd = node.end;
        const size = anchored?.size ?? 1;
        expanded += size;
        if (expanded > maxExpandedNodes) {
          throw new AliasLimitError(`aliases expand this document past ${maxExpandedNodes} nodes; an alias bomb is not a manifest`);
        }
        needsConstructor = true;
        attach(node, size, null);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) {
          if (roots.length === rootsAtDocumentStart) roots.push({ root: null, value: null, needsConstructor });
          break;
        }
        const node = frame.node;
        node.end = collectionEnd(source, node, base, lastEnd);
        lastEnd = node.end;
        if (frame.anchor !== null) anchors.set(frame.anchor, { node, size: frame.size });
        expanded += 1;
        attach(node, frame.size, frame.value);
        break;
      }
    }
  }
  return roots;
}
function scalarValue(source, e) {
  if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(source, e);
  if (e.valueStart === -1) return null;
  const raw = e.fast ? source.slice(e.valueStart, e.valueEnd) : getScalarValue(source, e);
  return kubernetesYamlSchema.resolveImplicitScalarTag(raw).value;
}
function scalarNode(source, e, base, lastEnd) {
  if (e.valueStart === -1) {
    const at = Math.max(e.anchorEnd, e.tagEnd, -1);
    const pos = (at === -1 ? lastEnd - base : at) + base;
    return { kind: "scalar", start: pos, end: pos, propsStart: pos, style: e.style, empty: true };
  }
  let start = e.valueStart;
  let end = e.valueEnd;
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    start -= 1;
    end += 1;
  } else if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) {
    const from = Math.max(lastEnd - base, e.anchorEnd, e.tagEnd, 0);
    const indicator = indexOfBlockIndicator(source, from, start);
    if (indicator !== -1) start = indicator;
    end = trimTrailingBreaks(source, start, end);
  }
  const node = { kind: "scalar", start: start + base, end: end + base, propsStart: 0, style: e.style, empty: false };
  node.propsStart = Math.min(
    node.start,
    e.anchorStart !== -1 ? e.anchorStart - 1 + base : Infinity,
    e.tagStart !== -1 ? e.tagStart + base : Infinity
  );
  return node;
}
function indexOfBlockIndicator(source, from, to) {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 124 || c === 62) return i;
    if (c === 35) {
      return -1;
    }
  }
  return -1;
}
function trimTrailingBreaks(source, start, end) {
  let e = end;
  while (e > start) {
    const c = source.charCodeAt(e - 1);
    if (c === 10 || c === 13 || c === 32 || c === 9) e--;
    else break;
  }
  return e;
}
function collectionEnd(source, node, base, lastEnd) {
  if (!node.flow) {
    const last = lastChildEnd(node);
    return last ?? node.start;
  }
  const close = node.kind === "mapping" ? 125 : 93;
  let i = Math.max(lastEnd, node.start + 1) - base;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === close) return i + 1 + base;
    if (c === 35) {
      while (i < source.length && source.charCodeAt(i) !== 10) i++;
      continue;
    }
    i++;
  }
  return lastEnd;
}
function lastChildEnd(node) {
  if (node.kind === "sequence") return node.items.length ? node.items[node.items.length - 1].end : void 0;
  let end;
  for (const entry of node.entries) end = Math.max(end ?? 0, entry.value.end, entry.keyNode.end);
  for (const merged of node.merges) end = Math.max(end ?? 0, merged.end);
  return end;
}
function scalarKey(source, node, base) {
  if (node.empty) return "null";
  const raw = source.slice(node.start - base, node.end - base);
  if (node.style === SCALAR_STYLE.PLAIN) return keyString(kubernetesYamlSchema.resolveImplicitScalarTag(raw).value);
  if (node.style === SCALAR_STYLE.SINGLE_QUOTED) return raw.slice(1, -1).replace(/''/g, "'");
  if (node.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    try {
      return JSON.parse(raw);
    } catch {
      return getScalarValue(source, {
        type: EVENT_ID.SCALAR,
        valueStart: node.start - base + 1,
        valueEnd: node.end - base - 1,
        anchorStart: -1,
        anchorEnd: -1,
        tagStart: -1,
        tagEnd: -1,
        style: node.style,
        chomping: 1,
        indent: -1,
        fast: false
      });
    }
  }
  return raw;
}
function resolveAlias(node) {
  let n = node;
  for (let hops = 0; n?.kind === "alias" && hops < 64; hops++) n = n.target;
  return n;
}
function findEntry(mapping, key) {
  for (let i = mapping.entries.length - 1; i >= 0; i--) {
    if (mapping.entries[i].key === key) return mapping.entries[i];
  }
  for (const merged of mapping.merges) {
    const target = resolveAlias(merged);
    if (target?.kind === "mapping") {
      const found = findEntry(target, key);
      if (found) return found;
    }
  }
  return void 0;
}
function locate(root, path) {
  let value = root;
  let key;
  let depth = 0;
  let viaAlias = false;
  for (const segment of path) {
    const node = resolveAlias(value);
    if (node === void 0) break;
    if (node !== value) viaAlias = true;
    if (node.kind === "mapping" && typeof segment === "string") {
      const entry = findEntry(node, segment);
      if (!entry) break;
      if (!node.entries.includes(entry)) viaAlias = true;
      key = entry.keyNode;
      value = entry.value;
    } else if (node.kind === "sequence" && typeof segment === "number" && segment >= 0 && segment < node.items.length) {
      key = void 0;
      value = node.items[segment];
    } else {
      break;
    }
    depth++;
  }
  if (depth === path.length && resolveAlias(value) !== value) viaAlias = true;
  return { key, value, exact: depth === path.length, depth, viaAlias };
}

// src/engine/split-documents.ts
var DIRECTIVES_ONLY = /^(?:[ \t]*(?:%.*|#.*)?\r?\n)*$/;
var MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function splitDocuments(text) {
  const chunks = [];
  let start = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    if (m[0] === "---") {
      const before = text.slice(start, m.index);
      if (DIRECTIVES_ONLY.test(before) && before.includes("%")) continue;
      if (m.index > start || chunks.length > 0) pushChunk(start, m.index);
      start = m.index;
    } else {
      const lineEnd = text.indexOf("\n", m.index);
      const end = lineEnd === -1 ? text.length : lineEnd + 1;
      pushChunk(start, end);
      start = end;
    }
  }
  pushChunk(start, text.length);
  return chunks;
  function pushChunk(s, e) {
    if (e > s && hasContent(text, s, e)) chunks.push({ start: s, end: e, index: chunks.length });
  }
}
var NO_CONTENT_LINE = /^(?:[ \t]*(?:#.*)?|(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?|%.*)\r?$/;
function hasContent(text, start, end) {
  let lineStart = start;
  while (lineStart < end) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    if (!NO_CONTENT_LINE.test(text.slice(lineStart, lineEnd))) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

// src/engine/parse.ts
var lenient;
async function loadLenientReader() {
  lenient ??= await import("./yaml-fallback-IZCXLYFQ.js");
}
var MAX_EXPANDED_NODES = 1e5;
var MAX_LENIENT_ALIASES = 1e3;
var MAX_DEPTH = 200;
function parseFile(file, chunks = splitDocuments(file.text)) {
  const result = { documents: [], errors: [], wantsLenientReader: false };
  for (const chunk of chunks) parseChunk(file, chunk, result);
  return result;
}
function parseChunk(file, chunk, into) {
  const { text } = file;
  const index = chunk.index;
  const source = text.slice(chunk.start, chunk.end);
  try {
    const events = parseEvents(source, { maxDepth: MAX_DEPTH });
    if (events.length === 0) return;
    const built = buildDocuments(events, source, chunk.start, MAX_EXPANDED_NODES);
    const values = built.some((d) => d.needsConstructor) ? constructFromEvents(events, { source, schema: kubernetesYamlSchema, maxTotalMergeKeys: MAX_EXPANDED_NODES }) : built.map((d) => d.value);
    for (let i = 0; i < values.length; i++) {
      const root = built[i]?.root ?? null;
      if (values[i] == null && (root === null || root.kind === "scalar" && root.empty)) continue;
      into.documents.push({ index, start: chunk.start, end: chunk.end, value: values[i], root });
    }
  } catch (error) {
    const syntaxError = toSyntaxError(error, index, chunk.start, source);
    const lenientRead = error instanceof YAMLException ? readLeniently(source, chunk.start) : void 0;
    if (lenientRead && "value" in lenientRead) {
      if (lenientRead.value != null) into.documents.push({ index, start: chunk.start, end: chunk.end, ...lenientRead });
    } else {
      if (error instanceof YAMLException && !lenient) into.wantsLenientReader = true;
      into.errors.push(lenientRead ? { index, offset: lenientRead.offset, message: lenientRead.message } : syntaxError);
    }
  }
}
function readLeniently(source, base) {
  if (!lenient) return void 0;
  try {
    return lenient.parseChunkLeniently(source, base, MAX_LENIENT_ALIASES);
  } catch (error) {
    if (error instanceof lenient.FallbackSyntaxError) return { offset: error.offset, message: error.message };
    return void 0;
  }
}
function toSyntaxError(error, index, base, source) {
  if (error instanceof YAMLException) {
    const position = error.mark?.position ?? 0;
    return { index, offset: base + Math.min(position, source.length), message: reasonOf(error) };
  }
  if (error instanceof DuplicateKeyError) return { index, offset: error.offset, message: error.message };
  if (error instanceof AliasLimitError) return { index, offset: base + firstContent(source), message: error.message };
  if (error instanceof RangeError) {
    return { index, offset: base + firstContent(source), message: "document is nested too deeply to parse" };
  }
  throw error;
}
function reasonOf(error) {
  const reason = error.reason;
  if (reason) return reason;
  return error.message.split("\n")[0].replace(/\s*\(\d+:\d+\)$/, "");
}
function firstContent(source) {
  const m = /^(?:\s*(?:#.*|---.*)?\r?\n)*\s*/.exec(source);
  return m ? m[0].length : 0;
}

// src/engine/yaml-scalar.ts
function formatScalar(value) {
  if (typeof value !== "string") return String(value);
  if (isSafePlain(value)) return value;
  return JSON.stringify(value);
}
function isSafePlain(value) {
  if (value === "" || value !== value.trim()) return false;
  if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@=+-]*$/.test(value)) return false;
  if (/: |:$/.test(value)) return false;
  return kubernetesYamlSchema.resolveImplicitScalarTag(value).value === value;
}

// src/engine/fix.ts
function editFor(text, root, request) {
  const format = formatFor(root);
  switch (request.op) {
    case "set":
      return setEdit(text, root, request.path, format(request.value), format);
    case "delete":
      return deleteEdit(text, root, request.path);
    case "rename":
      return renameEdit(text, root, request.path, request.to, format);
    case "append":
      return appendEdit(text, root, request.path, request.value, format);
  }
}
function formatFor(root) {
  return isJsonDocument(root) ? (value) => JSON.stringify(value) : formatScalar;
}
function isJsonDocument(root) {
  return root.kind === "mapping" && root.flow;
}
function flowSeparator(text, previousStart, lastStart, eol) {
  if (startOfLine(text, previousStart) === startOfLine(text, lastStart)) return ", ";
  return `,${eol}${" ".repeat(columnOf(text, lastStart))}`;
}
function setEdit(text, root, path, scalar, format) {
  const found = locate(root, path);
  if (found.viaAlias) return void 0;
  if (found.exact) {
    const node = found.value;
    if (node.kind !== "scalar") return void 0;
    if (node.empty || node.start === node.end) {
      const colon = found.key ? text.indexOf(":", found.key.end) : -1;
      const at = colon === -1 ? node.start : colon + 1;
      return { start: at, end: at, text: ` ${scalar}` };
    }
    return { start: node.start, end: node.end, text: scalar };
  }
  return insertMissing(text, root, path, () => scalar, false, format);
}
function insertMissing(text, root, path, valueText, multiline, format) {
  const found = locate(root, path);
  const parent = found.value;
  if (found.viaAlias || parent.kind !== "mapping") return void 0;
  const missing = path.slice(found.depth);
  if (missing.some((segment) => typeof segment !== "string")) return void 0;
  const keys = missing;
  const eol = lineEnding(text);
  if (parent.flow) {
    if (multiline) return void 0;
    const body = nestedFlow(keys, valueText(0, eol), format);
    const last = parent.entries[parent.entries.length - 1];
    if (!last) return { start: contentEnd(text, parent) - 1, end: contentEnd(text, parent) - 1, text: body };
    const at2 = entryEnd(last, text);
    const previous = parent.entries[parent.entries.length - 2]?.keyNode.start ?? parent.start;
    return { start: at2, end: at2, text: `${flowSeparator(text, previous, last.keyNode.start, eol)}${body}` };
  }
  if (parent.entries.length === 0) return void 0;
  const indent = columnOf(text, parent.entries[0].keyNode.start);
  const step = indentStep(text, root);
  const lines = [];
  keys.forEach((key, i) => {
    const pad = " ".repeat(indent + i * step);
    const last = i === keys.length - 1;
    if (!last) lines.push(`${pad}${format(key)}:`);
    else if (multiline) lines.push(`${pad}${format(key)}:${eol}${valueText(indent + i * step, eol)}`);
    else lines.push(`${pad}${format(key)}: ${valueText(indent + i * step, eol)}`);
  });
  const at = lineAfter(text, parent);
  const insertion = `${lines.join(eol)}${eol}`;
  if (at === text.length && !text.endsWith("\n")) return { start: at, end: at, text: `${eol}${lines.join(eol)}` };
  return { start: at, end: at, text: insertion };
}
function nestedFlow(keys, value, format) {
  let out = value;
  for (let i = keys.length - 1; i >= 0; i--) out = i === keys.length - 1 ? `${format(keys[i])}: ${out}` : `${format(keys[i])}: {${out}}`;
  return out;
}
function deleteEdit(text, root, path) {
  const found = locate(root, path);
  if (!found.exact || found.viaAlias || path.length === 0) return void 0;
  const parentFound = locate(root, path.slice(0, -1));
  const parent = parentFound.value;
  if (parent.kind !== "mapping" || typeof path[path.length - 1] !== "string") return void 0;
  const entryIndex = parent.entries.findIndex((e) => e.keyNode === found.key);
  if (entryIndex === -1) return void 0;
  const entry = parent.entries[entryIndex];
  const next = parent.entries[entryIndex + 1];
  const prev = parent.entries[entryIndex - 1];
  if (parent.flow) {
    if (next) return { start: entry.keyNode.start, end: next.keyNode.start, text: "" };
    if (prev) return { start: entryEnd(prev, text), end: entryEnd(entry, text), text: "" };
    return { start: entry.keyNode.start, end: entryEnd(entry, text), text: "" };
  }
  if (parent.entries.length === 1 && parent.merges.length === 0) {
    return { start: entry.keyNode.start, end: entryEnd(entry, text), text: "{}" };
  }
  const lineStart = startOfLine(text, entry.keyNode.start);
  const onOwnLine = text.slice(lineStart, entry.keyNode.start).trim() === "";
  if (!onOwnLine) {
    if (next && entryIndex === 0) return { start: entry.keyNode.start, end: next.keyNode.start, text: "" };
    return void 0;
  }
  let end = nextLineStart(text, entryEnd(entry, text));
  if (prev && keepsTrailingLines(text, prev.value)) end = skipEmptyLines(text, end);
  return { start: lineStart, end, text: "" };
}
function renameEdit(text, root, path, to, format) {
  const found = locate(root, path);
  if (!found.exact || found.viaAlias || !found.key || path.length === 0) return void 0;
  const parent = resolveAlias(locate(root, path.slice(0, -1)).value);
  if (parent?.kind !== "mapping" || findEntry(parent, to)) return void 0;
  if (!parent.entries.some((e) => e.keyNode === found.key)) return void 0;
  return { start: found.key.start, end: found.key.end, text: format(to) };
}
function appendEdit(text, root, path, value, format) {
  const found = locate(root, path);
  if (found.viaAlias) return void 0;
  const eol = lineEnding(text);
  const pairs = Object.entries(value).map(([k, v]) => `${format(k)}: ${format(v)}`);
  if (found.exact) {
    const seq = found.value;
    if (seq.kind !== "sequence") return void 0;
    if (seq.flow) {
      const item = `{${pairs.join(", ")}}`;
      const last = seq.items[seq.items.length - 1];
      if (!last) return { start: contentEnd(text, seq) - 1, end: contentEnd(text, seq) - 1, text: item };
      const previous = seq.items[seq.items.length - 2]?.propsStart ?? seq.start;
      const at = contentEnd(text, last);
      return { start: at, end: at, text: `${flowSeparator(text, previous, last.propsStart, eol)}${item}` };
    }
    return appendBlockItem(text, seq, pairs, eol);
  }
  if (found.depth !== path.length - 1) return void 0;
  if (isJsonDocument(root) && found.value.kind === "mapping" && found.value.flow) {
    return insertMissing(text, root, path, () => `[{${pairs.join(", ")}}]`, false, format);
  }
  return insertMissing(
    text,
    root,
    path,
    (keyIndent, lineEnd) => {
      const dash = " ".repeat(keyIndent + (sequencesIndented(text, root) ? indentStep(text, root) : 0));
      return pairs.map((p, i) => i === 0 ? `${dash}- ${p}` : `${dash}  ${p}`).join(lineEnd);
    },
    true,
    format
  );
}
function appendBlockItem(text, seq, pairs, eol) {
  const last = seq.items[seq.items.length - 1];
  if (!last) return void 0;
  const dashAt = dashBefore(text, last.propsStart);
  if (dashAt === -1) return void 0;
  const dashColumn = columnOf(text, dashAt);
  const pad = " ".repeat(dashColumn);
  const item = pairs.map((p, i) => i === 0 ? `${pad}- ${p}` : `${pad}  ${p}`).join(eol);
  const at = lineAfter(text, seq);
  if (at === text.length && !text.endsWith("\n")) return { start: at, end: at, text: `${eol}${item}` };
  return { start: at, end: at, text: `${item}${eol}` };
}
function dashBefore(text, itemStart) {
  let i = itemStart - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "	")) i--;
  if (i >= 0 && text[i] === "-") return i;
  if (i < 0 || text[i] !== "\n") return -1;
  let lineEnd = i;
  while (lineEnd >= 0) {
    const lineStart = text.lastIndexOf("\n", lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const dash = /^([ \t]*)-(?:[ \t]+(?:#.*)?)?$/.exec(line);
    if (dash) return lineStart + dash[1].length;
    if (!/^[ \t]*(?:#.*)?$/.test(line)) return -1;
    lineEnd = lineStart - 1;
  }
  return -1;
}
function entryEnd(entry, text) {
  if (entry.value.kind === "scalar" && entry.value.empty) {
    const colon = text.indexOf(":", entry.keyNode.end);
    return colon === -1 ? entry.keyNode.end : colon + 1;
  }
  return Math.max(entry.keyNode.end, contentEnd(text, entry.value));
}
function contentEnd(text, node) {
  let end = node.end;
  while (end > node.start && /\s/.test(text[end - 1])) end--;
  return end;
}
function lineAfter(text, collection) {
  const at = endOfLine(text, contentEnd(text, collection));
  return keepsTrailingLines(text, collection) ? skipEmptyLines(text, at) : at;
}
function keepsTrailingLines(text, node) {
  let last = node;
  for (; ; ) {
    if (last.kind === "mapping" && !last.flow && last.entries.length > 0) last = last.entries[last.entries.length - 1].value;
    else if (last.kind === "sequence" && !last.flow && last.items.length > 0) last = last.items[last.items.length - 1];
    else break;
  }
  return last.kind === "scalar" && contentEnd(text, last) === contentEnd(text, node) && /^[|>](?:\+|[1-9]\+)/.test(text.slice(last.start, last.start + 3));
}
function skipEmptyLines(text, at) {
  let line = at;
  while (line < text.length) {
    const next = endOfLine(text, line);
    if (text.slice(line, next).trim() !== "") break;
    line = next;
  }
  return line;
}
function columnOf(text, offset) {
  return offset - startOfLine(text, offset);
}
function startOfLine(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function endOfLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}
function nextLineStart(text, offset) {
  return endOfLine(text, offset);
}
function lineEnding(text) {
  const nl = text.indexOf("\n");
  return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}
function indentStep(text, root) {
  let step;
  const visit = (node, depth) => {
    if (step !== void 0 || depth > 6) return;
    if (node.kind === "mapping" && !node.flow) {
      for (const e of node.entries) {
        const child = e.value;
        if (child.kind === "mapping" && !child.flow && child.entries.length > 0) {
          const d = columnOf(text, child.entries[0].keyNode.start) - columnOf(text, e.keyNode.start);
          if (d > 0 && startOfLine(text, child.entries[0].keyNode.start) !== startOfLine(text, e.keyNode.start)) {
            step = d;
            return;
          }
        }
        visit(child, depth + 1);
      }
    }
  };
  visit(root, 0);
  return step ?? 2;
}
function sequencesIndented(text, root) {
  let answer;
  const visit = (node) => {
    if (answer !== void 0) return;
    if (node.kind === "mapping") {
      for (const e of node.entries) {
        const v = e.value;
        if (v.kind === "sequence" && !v.flow && v.items.length > 0) {
          const dash = dashBefore(text, v.items[0].propsStart);
          if (dash !== -1 && startOfLine(text, dash) !== startOfLine(text, e.keyNode.start)) {
            answer = columnOf(text, dash) > columnOf(text, e.keyNode.start);
            return;
          }
        }
        visit(v);
      }
    } else if (node.kind === "sequence") {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return answer ?? true;
}

// src/engine/objects.ts
function objectsOf(document) {
  const value = document.value;
  if (!isRecord(value)) return [];
  const kind = value.kind;
  if (typeof kind === "string" && kind.endsWith("List") && Array.isArray(value.items)) {
    const out = [];
    value.items.forEach((item, i) => {
      if (isRecord(item)) out.push({ document, path: ["items", i], value: item, ref: refOf(item) });
    });
    return out;
  }
  return [{ document, path: [], value, ref: refOf(value) }];
}
function isDaemonSet(object) {
  return object.value.kind === "DaemonSet";
}
function refOf(value) {
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  const ref = {};
  if (typeof value.apiVersion === "string") ref.apiVersion = value.apiVersion;
  if (typeof value.kind === "string") ref.kind = value.kind;
  if (typeof metadata.namespace === "string") ref.namespace = metadata.namespace;
  if (typeof metadata.name === "string") ref.name = metadata.name;
  return ref;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/engine/ignore-annotation.ts
var IGNORE_ANNOTATION = "daemonlint.io/ignore";
var IGNORE_REASON_ANNOTATION = "daemonlint.io/ignore-reason";
function ignoreAnnotationOf(object) {
  const metadata = isRecord(object.metadata) ? object.metadata : void 0;
  const annotations = metadata && isRecord(metadata.annotations) ? metadata.annotations : void 0;
  const value = annotations?.[IGNORE_ANNOTATION];
  if (typeof value !== "string") return void 0;
  const rules = value.split(",").map((r) => r.trim()).filter(Boolean);
  const reason = annotations?.[IGNORE_REASON_ANNOTATION];
  const out = { rules, path: ["metadata", "annotations", IGNORE_ANNOTATION] };
  if (typeof reason === "string" && reason.trim() !== "") out.reason = reason.trim();
  return out;
}

// src/engine/locate-finding.ts
function rangeOf(file, root, path, at = "key", fallback = 0) {
  if (root === null) return pointRange(file, fallback);
  const found = locate(root, path);
  const node = at === "value" || found.key === void 0 ? found.value : found.key;
  return nodeRange(file, node);
}
function nodeRange(file, node) {
  const start = node.kind === "mapping" || node.kind === "sequence" ? node.propsStart : node.start;
  return { start: file.position(start), end: file.position(Math.max(node.end, start)) };
}
function pointRange(file, offset) {
  const p = file.position(offset);
  return { start: p, end: p };
}

// src/engine/run-rules.ts
var YAML_SYNTAX = "yaml-syntax";
var UNUSED_SUPPRESSION = "unused-suppression";
var WORKLOAD_KINDS = /* @__PURE__ */ new Set(["DaemonSet", "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob", "Pod"]);
async function prepareRules(active, settings) {
  await Promise.all(active.map((a) => a.rule.prepare?.({ kubeVersion: settings.kubeVersion })));
}
function runRulesOnFile(file, parsed, rules, settings) {
  const result = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], wantsLenientReader: parsed.wantsLenientReader };
  for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
  for (const document of parsed.documents) lintDocument(file, document, rules, settings, result);
  return result;
}
function lintChunks(file, chunks, rules, settings) {
  const result = { findings: [], daemonSets: 0, failures: [], objects: [], checked: [], wantsLenientReader: false };
  const parsed = { documents: [], errors: [], wantsLenientReader: false };
  for (const chunk of chunks) {
    parseChunk(file, chunk, parsed);
    for (const error of parsed.errors) result.findings.push(syntaxFinding(file, error));
    for (const document of parsed.documents) lintDocument(file, document, rules, settings, result);
    parsed.documents.length = 0;
    parsed.errors.length = 0;
  }
  result.wantsLenientReader = parsed.wantsLenientReader;
  return result;
}
function lintDocument(file, document, rules, settings, result) {
  const collect = rules.some((a) => a.rule.checkAll);
  for (const object of objectsOf(document)) {
    if (collect && typeof object.value.kind === "string" && WORKLOAD_KINDS.has(object.value.kind)) {
      result.objects.push({ ref: object.ref, value: object.value, file: file.path, documentIndex: document.index, objectPath: object.path });
    }
    if (!isDaemonSet(object)) continue;
    result.daemonSets++;
    result.checked.push({ file: file.path, documentIndex: document.index, object: object.ref, path: object.path });
    const first = result.findings.length;
    for (const active of rules) runRule(file, object, active, settings, result.findings, result.failures);
    const ignore = ignoreAnnotationOf(object.value);
    if (ignore) applyIgnoreAnnotation(file, object, ignore, result.findings, first, settings, rules);
  }
}
function applyIgnoreAnnotation(file, object, ignore, findings, first, settings, rules) {
  const requireReason = settings.requireReason ?? true;
  const used = /* @__PURE__ */ new Set();
  if (ignore.reason !== void 0 || !requireReason) {
    for (let i = first; i < findings.length; i++) {
      const f = findings[i];
      if (f.suppressions?.length || !ignore.rules.includes(f.ruleId)) continue;
      f.suppressions = [{ kind: "inSource", justification: ignore.reason ?? `${IGNORE_ANNOTATION} annotation` }];
      delete f.fix;
      used.add(f.ruleId);
    }
  }
  const level = settings.unusedSuppression ?? "warning";
  if (level === "off") return;
  const acrossInput = new Set(rules.filter((a) => a.rule.checkAll).map((a) => a.rule.id));
  const unused = ignore.rules.filter((r) => !used.has(r) && !(acrossInput.has(r) && (ignore.reason !== void 0 || !requireReason)));
  if (unused.length === 0) return;
  const message = ignore.reason === void 0 && requireReason ? `${IGNORE_ANNOTATION} suppresses nothing without a reason: add annotation ${IGNORE_REASON_ANNOTATION}: "<why>"` : `${IGNORE_ANNOTATION} names ${unused.join(", ")}, but ${unused.length === 1 ? "that rule reports" : "those rules report"} nothing here; remove ${unused.length === 1 ? "it" : "them"} from the annotation`;
  const path = [...object.path, ...ignore.path];
  findings.push({
    ruleId: UNUSED_SUPPRESSION,
    severity: level,
    message,
    file: file.path,
    range: rangeOf(file, object.document.root, path, "value", object.document.start),
    documentIndex: object.document.index,
    object: object.ref,
    path
  });
}
function syntaxFinding(file, error) {
  return {
    ruleId: YAML_SYNTAX,
    severity: "error",
    message: error.message,
    file: file.path,
    range: pointRange(file, error.offset),
    documentIndex: error.index,
    path: []
  };
}
function runRule(file, object, active, settings, out, failures) {
  const { rule, severity, options } = active;
  if (!rule.check) return;
  const context = {
    options,
    object: object.ref,
    now: settings.now,
    kubeVersion: settings.kubeVersion,
    report(descriptor) {
      const path = [...object.path, ...descriptor.path];
      const finding = {
        ruleId: rule.id,
        severity,
        message: renderMessage(rule, descriptor.messageId, descriptor.data),
        messageId: descriptor.messageId,
        file: file.path,
        range: rangeOf(file, object.document.root, path, descriptor.at, object.document.start),
        documentIndex: object.document.index,
        object: object.ref,
        path
      };
      if (descriptor.justification !== void 0) {
        finding.suppressions = [{ kind: "inSource", justification: descriptor.justification }];
      }
      if (descriptor.fix && !finding.suppressions) {
        const edit = object.document.root && editFor(file.text, object.document.root, { ...descriptor.fix, path: [...object.path, ...descriptor.fix.path] });
        if (edit) finding.fix = { range: { start: file.position(edit.start), end: file.position(edit.end) }, text: edit.text };
      }
      out.push(finding);
    }
  };
  try {
    rule.check(object.value, context);
  } catch (error) {
    const name = object.ref.name ? ` (${object.ref.kind ?? "object"} ${object.ref.namespace ? `${object.ref.namespace}/` : ""}${object.ref.name})` : "";
    failures.push({ ruleId: rule.id, where: `${file.path}${name}`, message: error instanceof Error ? error.message : String(error) });
  }
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/engine/source-file.ts
var SourceFile = class {
  constructor(path, rawText, absolutePath) {
    this.path = path;
    this.absolutePath = absolutePath;
    this.hadBom = rawText.charCodeAt(0) === 65279;
    this.text = this.hadBom ? rawText.slice(1) : rawText;
  }
  path;
  absolutePath;
  text;
  hadBom;
  lineStarts;
  position(offset) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    const starts = this.lineStarts ??= computeLineStarts(this.text);
    return starts[Math.min(Math.max(line - 1, 0), starts.length - 1)];
  }
};
function computeLineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

// src/engine/lint-share.ts
async function lintShare(task, rulesById) {
  const active = task.rules.map((r) => {
    const rule = rulesById.get(r.id);
    if (!rule) throw new Error(`rule "${r.id}" is not available in this thread`);
    return { rule, severity: r.severity, options: r.options };
  });
  const settings = { ...task.settings, now: new Date(task.settings.now) };
  await prepareRules(active, settings);
  const out = [];
  for (const f of task.files) {
    const file = new SourceFile(f.path, f.text);
    let result = lintChunks(file, f.chunks, active, settings);
    if (result.wantsLenientReader) {
      await loadLenientReader();
      result = lintChunks(file, f.chunks, active, settings);
    }
    out.push({ path: f.path, findings: result.findings, daemonSets: result.daemonSets, failures: result.failures, objects: result.objects, checked: result.checked });
  }
  return out;
}

export {
  defineRule,
  renderMessage,
  supportedKubeVersions,
  defaultKubeVersion,
  schemaVersionFor,
  unsupportedMessage,
  builtinRules,
  splitDocuments,
  loadLenientReader,
  parseFile,
  ignoreAnnotationOf,
  rangeOf,
  YAML_SYNTAX,
  UNUSED_SUPPRESSION,
  prepareRules,
  runRulesOnFile,
  lintChunks,
  compareFindings,
  SourceFile,
  lintShare
};
