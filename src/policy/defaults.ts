import { parseImageReference } from '../k8s/image-reference.js';
import { asArray, asRecord } from '../k8s/values.js';

/**
 * What the API server fills in before admission: a policy sees the DaemonSet decoded with its
 * defaults (k8s.io/kubernetes pkg/apis/apps/v1 SetDefaults_DaemonSet, pkg/apis/core/v1
 * SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_ContainerPort, SetDefaults_Probe,
 * SetDefaults_HTTPGetAction, the volume sources' default modes) and with the namespace of the
 * request. Without them, `object.spec.updateStrategy.type == 'RollingUpdate'` would fail on a
 * manifest that leaves the strategy out, though the cluster would admit it.
 *
 * Works on a copy the caller owns (toCel's result): values here are CEL values (ints as BigInt).
 */
type Mutable = Record<string, unknown>;

function setDefault(target: Mutable, key: string, value: unknown): void {
  if (target[key] === undefined || target[key] === null || target[key] === '') target[key] = value;
}

function child(target: Mutable, key: string): Mutable {
  const existing = asRecord(target[key]);
  if (existing) return existing;
  const created = Object.create(null) as Mutable;
  target[key] = created;
  return created;
}

export function applyDaemonSetDefaults(object: Mutable, namespace: string): void {
  const metadata = child(object, 'metadata');
  setDefault(metadata, 'namespace', namespace);
  const spec = asRecord(object.spec);
  if (!spec) return;
  const strategy = child(spec, 'updateStrategy');
  setDefault(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const rolling = child(strategy, 'rollingUpdate');
    setDefault(rolling, 'maxUnavailable', 1n);
    setDefault(rolling, 'maxSurge', 0n);
  }
  setDefault(spec, 'revisionHistoryLimit', 10n);
  const podSpec = asRecord(asRecord(spec.template)?.spec);
  if (podSpec) applyPodSpecDefaults(podSpec);
}

function applyPodSpecDefaults(podSpec: Mutable): void {
  setDefault(podSpec, 'dnsPolicy', 'ClusterFirst');
  setDefault(podSpec, 'restartPolicy', 'Always');
  child(podSpec, 'securityContext');
  setDefault(podSpec, 'terminationGracePeriodSeconds', 30n);
  setDefault(podSpec, 'schedulerName', 'default-scheduler');
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const entry of asArray(podSpec[list])) {
      const container = asRecord(entry);
      if (container) applyContainerDefaults(container);
    }
  }
  for (const entry of asArray(podSpec.volumes)) {
    const volume = asRecord(entry);
    if (!volume) continue;
    for (const source of ['secret', 'configMap', 'downwardAPI', 'projected']) {
      const s = asRecord(volume[source]);
      if (s) setDefault(s, 'defaultMode', 420n);
    }
  }
}

function applyContainerDefaults(container: Mutable): void {
  if (typeof container.image === 'string') {
    // Neither tag nor digest means :latest, which is pulled every time.
    const reference = parseImageReference(container.image);
    const tag = reference?.tag ?? (reference?.digest ? '' : 'latest');
    setDefault(container, 'imagePullPolicy', tag === 'latest' ? 'Always' : 'IfNotPresent');
  }
  setDefault(container, 'terminationMessagePath', '/dev/termination-log');
  setDefault(container, 'terminationMessagePolicy', 'File');
  for (const entry of asArray(container.ports)) {
    const port = asRecord(entry);
    if (port) setDefault(port, 'protocol', 'TCP');
  }
  for (const name of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const probe = asRecord(container[name]);
    if (!probe) continue;
    setDefault(probe, 'timeoutSeconds', 1n);
    setDefault(probe, 'periodSeconds', 10n);
    setDefault(probe, 'successThreshold', 1n);
    setDefault(probe, 'failureThreshold', 3n);
    const httpGet = asRecord(probe.httpGet);
    if (httpGet) {
      setDefault(httpGet, 'path', '/');
      setDefault(httpGet, 'scheme', 'HTTP');
    }
  }
}
