/** Pod-level `resources` exist since 1.32 but are dropped by the API server until the feature is on by default in 1.34. */
const POD_LEVEL_RESOURCES_MINOR = 34;

let honouredFor: string | undefined;
let honoured = true;

/**
 * Whether the target version honours pod-level `resources` (gate PodLevelResources: alpha in
 * 1.32, beta and on by default from 1.34). Asked once per DaemonSet; a run has one target version.
 */
export function podLevelResourcesHonoured(kubeVersion: string): boolean {
  if (kubeVersion !== honouredFor) {
    const match = /^(\d+)\.(\d+)$/.exec(kubeVersion);
    // A version we cannot read is taken to be a current one.
    honoured = !match || Number(match[1]) > 1 || Number(match[2]) >= POD_LEVEL_RESOURCES_MINOR;
    honouredFor = kubeVersion;
  }
  return honoured;
}
