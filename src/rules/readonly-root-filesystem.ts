import { defineRule } from '../types/rule.js';
import { POD_CONTAINER_LISTS, containerAnchor, containerName, containersOf } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { runsOnWindowsOnly } from '../k8s/windows.js';

const HELP =
  "A writable root filesystem lets an intruder, or a bug, change the container's binaries and configuration and keep files outside any volume. With securityContext.readOnlyRootFilesystem: true the image stays as it was built; mount an emptyDir where the agent writes (/tmp, a cache, its state). Set readOnlyRootFilesystem: true.";

export default defineRule({
  id: 'readonly-root-filesystem',
  meta: {
    description: 'Every container mounts its root filesystem read-only (securityContext.readOnlyRootFilesystem: true).',
    severity: 'warning',
    fixable: false,
    recommended: false,
    messages: {
      missing: { message: 'container "{{container}}" has a writable root filesystem', help: HELP },
      notTrue: { message: 'container "{{container}}" sets readOnlyRootFilesystem: false', help: HELP },
    },
    defaultOptions: {},
    tags: ['security'],
    securitySeverity: 4.0,
  },
  check(daemonSet, context) {
    // Windows containers have no read-only root filesystem: the API rejects the field for a Windows pod.
    if (runsOnWindowsOnly(daemonSet)) return;
    // Init containers too: an installer that rewrites its own image is as exposed while it runs.
    const containers = containersOf(daemonSet, POD_CONTAINER_LISTS);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const securityContext = asRecord(ref.container.securityContext);
      const value = securityContext?.readOnlyRootFilesystem;
      // `yes` arrives as true (YAML 1.1); a value that is not a boolean is the schema rule's.
      if (value === true || (value !== undefined && value !== null && typeof value !== 'boolean')) continue;
      const container = containerName(ref);
      if (value === undefined || value === null) {
        context.report({ path: containerAnchor(ref), messageId: 'missing', data: { container } });
      } else {
        context.report({ path: [...ref.path, 'securityContext', 'readOnlyRootFilesystem'], at: 'value', messageId: 'notTrue', data: { container } });
      }
    }
  },
});
