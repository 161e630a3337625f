import { defineRule } from '../types/rule.js';
import { containersOf, podSpecOf } from '../k8s/containers.js';
import { checkContainer, checkContainerNames } from './api-validation/containers.js';
import { FIELD_ERROR_MESSAGES, FieldErrors } from './api-validation/field-errors.js';
import { checkMetadata } from './api-validation/metadata.js';
import { checkDaemonSetSpec, checkPodSpecFields } from './api-validation/pod-spec.js';
import { checkContainerPorts, checkHostNetworkPorts, checkHostPortConflicts } from './api-validation/ports.js';
import { checkTolerations } from './api-validation/tolerations.js';
import { checkVolumeMounts, checkVolumes } from './api-validation/volumes.js';

/**
 * What the API server's own validation rejects in a DaemonSet beyond its OpenAPI schema, after
 * ValidateDaemonSet (pkg/apis/apps/validation) and the pod template checks it runs
 * (pkg/apis/core/validation: ValidatePodTemplateSpec, ValidatePodSpec, ...). Messages are the
 * API's own `field.Error` text, so a finding reads like the error `kubectl apply` would print.
 */
export default defineRule({
  id: 'api-validation',
  meta: {
    description: "The DaemonSet passes the API server's validation: names, containers, ports, volumes, mounts, tolerations.",
    severity: 'error',
    fixable: false,
    messages: { ...FIELD_ERROR_MESSAGES },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const errors = new FieldErrors(context);
    checkMetadata(daemonSet, errors);
    checkDaemonSetSpec(daemonSet, errors);

    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
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
  },
});
