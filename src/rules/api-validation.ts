import { defineRule } from '../types/rule.js';
import { containersOf, podSpecOf, podTemplateMetadataOf } from '../k8s/containers.js';
import { featuresFor } from '../k8s/features.js';
import { checkAffinity, checkTopologySpread } from './api-validation/affinity.js';
import { checkContainer, checkContainerNames } from './api-validation/containers.js';
import { checkEnv, checkEnvFrom } from './api-validation/env.js';
import { FIELD_ERROR_MESSAGES, FieldErrors, fieldPath } from './api-validation/field-errors.js';
import { checkMetadata } from './api-validation/metadata.js';
import { checkEphemeralContainers, checkTemplateAnnotations } from './api-validation/pod-annotations.js';
import { checkDaemonSetSpec, checkHostUsers, checkPodSpecFields } from './api-validation/pod-spec.js';
import { checkContainerPorts, checkHostNetworkPorts, checkHostPortConflicts } from './api-validation/ports.js';
import { checkContainerResources, checkOverhead, checkPodResourceClaims, checkPodResources } from './api-validation/resources.js';
import { checkContainerSecurityContext, checkHostProcess, checkOSFields, checkPodSecurityContext } from './api-validation/security-context.js';
import { checkTolerations } from './api-validation/tolerations.js';
import { checkVolumeMounts, checkVolumes } from './api-validation/volumes.js';

/**
 * What the API server's own validation rejects when a DaemonSet is created, beyond decoding it:
 * ValidateDaemonSet (pkg/apis/apps/validation) and everything it calls in
 * pkg/apis/core/validation (ValidatePodTemplateSpec, ValidatePodSpec, ...) and apimachinery,
 * for the target version with its default feature gates (k8s/features.ts: fields a disabled
 * gate drops are not checked; relaxed and reworded checks follow the version). Each finding's
 * headline is the field path and the API's error, its help why and how to fix it and the whole
 * error `kubectl apply` prints. What needs the cluster is listed in docs/rules/api-validation.md.
 */
export default defineRule({
  id: 'api-validation',
  meta: {
    description:
      "The DaemonSet passes the API server's create-time validation for the target version: metadata, names, containers, env, resources, probes, security contexts, scheduling, volumes, mounts, tolerations.",
    severity: 'error',
    fixable: false,
    messages: {
      ...FIELD_ERROR_MESSAGES,
      unsafeSysctl: {
        message: '{{field}}: {{name}} is not a safe sysctl: the kubelet refuses the pod',
        help:
          'The API server accepts any sysctl, but the kubelet of every node refuses a pod with a sysctl outside its safe set (SysctlForbidden) unless the node runs with --allowed-unsafe-sysctls listing it, so the DaemonSet\'s pods fail wherever that is not set. Allow it on the nodes (and keep this finding as a reminder with a suppression), or drop the sysctl.',
      },
    },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const errors = new FieldErrors(context, featuresFor(context.kubeVersion));
    checkMetadata(daemonSet, errors);
    checkDaemonSetSpec(daemonSet, errors);

    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    if (!podSpec) return;
    const containers = containersOf(daemonSet);
    checkTemplateAnnotations(podTemplateMetadataOf(daemonSet), podSpec, containers, errors);
    checkEphemeralContainers(podSpec, containers, errors);

    // ValidatePodSpec, in its order.
    const volumes = checkVolumes(podSpec, errors);
    const claims = checkPodResourceClaims(podSpec, errors);
    checkContainerNames(containers, errors);
    for (const ref of containers) {
      if (ref.list === 'ephemeralContainers') continue;
      checkContainer(ref, podSpec, errors);
      checkContainerPorts(ref, errors);
      checkEnv(ref, errors);
      checkEnvFrom(ref, errors);
      checkVolumeMounts(ref, volumes, errors);
      checkContainerResources(ref, claims, errors);
      checkContainerSecurityContext(ref, podSpec, errors);
    }
    checkPodResources(podSpec, containers, errors);
    checkHostPortConflicts(containers, errors);
    checkHostNetworkPorts(containers, podSpec.hostNetwork === true, errors);
    checkPodSecurityContext(podSpec, errors, (path, name) => {
      context.report({ path, at: 'value', messageId: 'unsafeSysctl', severity: 'warning', data: { field: fieldPath(path).replace('spec.template.spec.', ''), name: JSON.stringify(name) } });
    });
    checkAffinity(podSpec, errors);
    checkPodSpecFields(podSpec, errors);
    checkTopologySpread(podSpec, errors);
    checkHostProcess(podSpec, containers, errors);
    checkHostUsers(podSpec, errors);
    checkTolerations(podSpec, errors);
    checkOverhead(podSpec, errors);
    checkOSFields(podSpec, containers, errors);
  },
});
