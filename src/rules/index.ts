import type { AnyRule } from '../types/rule.js';
import admissionPolicy from './admission-policy.js';
import apiValidation from './api-validation.js';
import automountServiceAccountToken from './automount-service-account-token.js';
import defaultNamespace from './default-namespace.js';
import envSecrets from './env-secrets.js';
import minReadySeconds from './min-ready-seconds.js';
import readonlyRootFilesystem from './readonly-root-filesystem.js';
import rolloutHostportSurge from './rollout-hostport-surge.js';
import rolloutMaxUnavailable from './rollout-max-unavailable.js';
import runAsHighUid from './run-as-high-uid.js';
import apiVersion from './api-version.js';
import controlPlaneToleration from './control-plane-toleration.js';
import hostNetworkDnsPolicy from './host-network-dns-policy.js';
import hostpathReadonly from './hostpath-readonly.js';
import hostportConflict from './hostport-conflict.js';
import imagePinned from './image-pinned.js';
import noDeploymentFields from './no-deployment-fields.js';
import nodeCoverage from './node-coverage.js';
import nodeFit from './node-fit.js';
import noReplicas from './no-replicas.js';
import podSecurity from './pod-security.js';
import priorityClass from './priority-class.js';
import probes from './probes.js';
import privilegedJustified from './privileged-justified.js';
import resourcesRequestsLimits from './resources-requests-limits.js';
import restartPolicyAlways from './restart-policy-always.js';
import schema from './schema.js';
import selectorMatchLabels from './selector-match-labels.js';
import selectorOverlap from './selector-overlap.js';
import updateStrategy from './update-strategy.js';

/** Every built-in rule, in id order. */
export const builtinRules: readonly AnyRule[] = [
  automountServiceAccountToken,
  defaultNamespace,
  envSecrets,
  minReadySeconds,
  readonlyRootFilesystem,
  rolloutHostportSurge,
  rolloutMaxUnavailable,
  runAsHighUid,
  admissionPolicy,
  podSecurity,
  hostNetworkDnsPolicy,
  imagePinned,
  priorityClass,
  probes,
  schema,
  apiValidation,
  apiVersion,
  noDeploymentFields,
  nodeCoverage,
  nodeFit,
  updateStrategy,
  controlPlaneToleration,
  hostpathReadonly,
  hostportConflict,
  noReplicas,
  privilegedJustified,
  resourcesRequestsLimits,
  restartPolicyAlways,
  selectorMatchLabels,
  selectorOverlap,
].sort((a, b) => (a.id < b.id ? -1 : 1));
