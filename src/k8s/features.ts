/**
 * What the API server of a Kubernetes minor version does with its default feature gates, as far
 * as DaemonSet validation goes: which fields exist and are kept (a field whose gate is off is
 * dropped before validation, so nothing checks it), and which checks were relaxed or reworded.
 * Source: pkg/features/kube_features.go (versioned gate defaults) and pkg/api/pod/util.go
 * (dropDisabledFields, GetValidationOptionsFromPodSpecAndMeta), per release.
 */
export interface Features {
  /** The minor version (29 for 1.29). */
  readonly minor: number;
  /** `appArmorProfile` fields (AppArmorFields, 1.30). */
  readonly appArmorFields: boolean;
  /** The `sleep` lifecycle handler (PodLifecycleSleepAction, beta on in 1.30; dropped before). */
  readonly sleepAction: boolean;
  /** `sleep.seconds: 0` allowed (PodLifecycleSleepActionAllowZero, 1.33). */
  readonly sleepZero: boolean;
  /** Environment variable names: any printable ASCII but `=` (RelaxedEnvironmentVariableValidation, 1.32). */
  readonly relaxedEnvNames: boolean;
  /** dnsConfig search paths may have `_` and be `.` (RelaxedDNSSearchValidation, 1.33). */
  readonly relaxedDnsSearch: boolean;
  /** `volumeMounts[].recursiveReadOnly` (no field in 1.29, dropped in 1.30, on from 1.31). */
  readonly recursiveReadOnly: boolean;
  /** `resizePolicy` (InPlacePodVerticalScaling, 1.33; dropped before). */
  readonly resizePolicy: boolean;
  /** `procMount` kept (ProcMountType, 1.33; before, any value becomes Default). */
  readonly procMount: boolean;
  /** `hostUsers` kept (UserNamespacesSupport, 1.33; dropped before). */
  readonly hostUsers: boolean;
  /** `supplementalGroupsPolicy` kept (1.33; dropped before). */
  readonly supplementalGroupsPolicy: boolean;
  /** `seLinuxChangePolicy` kept (SELinuxChangePolicy, 1.33; the field exists from 1.32, dropped there). */
  readonly seLinuxChangePolicy: boolean;
  /** Pod-level `resources` (PodLevelResources, 1.34; the field exists from 1.32, dropped before 1.34). */
  readonly podLevelResources: boolean;
  /** `resourceClaims` and containers' `resources.claims` (DynamicResourceAllocation, 1.34). */
  readonly resourceClaims: boolean;
  /** Image volumes (ImageVolume, beta on in 1.35; before, such a volume and its mounts are dropped). */
  readonly imageVolumes: boolean;
  /** `matchLabelKeys`/`mismatchLabelKeys` in pod (anti-)affinity (MatchLabelKeysInPodAffinity, 1.31). */
  readonly matchLabelKeysInPodAffinity: boolean;
  /**
   * The ContainerRestartRules gate exists (1.34 on): while it is off (1.34), dropContainerRestartRules
   * removes a regular container's `restartPolicy` and `restartPolicyRules`, and an init container's
   * `restartPolicy` other than Always, before validation, so none of them is an error.
   */
  readonly containerRestartRulesGate: boolean;
  /** Containers may set `restartPolicy` (Always, OnFailure, Never) with `restartPolicyRules` (ContainerRestartRules on, 1.35). */
  readonly containerRestartRules: boolean;
  /** `env[].valueFrom.fileKeyRef` (EnvFiles, 1.35). */
  readonly envFiles: boolean;
  /** Required node affinity values must be label values (kubernetes PR 128212, 1.32). */
  readonly requiredNodeAffinityLabelValues: boolean;
  /** `Too long` errors read `must have at most N bytes` (1.32); before, `may not be longer than N`. */
  readonly tooLongInBytes: boolean;
}

const cache = new Map<string, Features>();

/** The features of a `major.minor` version (newer versions than known get the newest's). */
export function featuresFor(kubeVersion: string): Features {
  let features = cache.get(kubeVersion);
  if (!features) {
    const minor = Number(/^\d+\.(\d+)/.exec(kubeVersion)?.[1] ?? 36);
    features = Object.freeze({
      minor,
      appArmorFields: minor >= 30,
      sleepAction: minor >= 30,
      sleepZero: minor >= 33,
      relaxedEnvNames: minor >= 32,
      relaxedDnsSearch: minor >= 33,
      recursiveReadOnly: minor >= 31,
      resizePolicy: minor >= 33,
      procMount: minor >= 33,
      hostUsers: minor >= 33,
      supplementalGroupsPolicy: minor >= 33,
      seLinuxChangePolicy: minor >= 33,
      podLevelResources: minor >= 34,
      resourceClaims: minor >= 34,
      imageVolumes: minor >= 35,
      matchLabelKeysInPodAffinity: minor >= 31,
      containerRestartRulesGate: minor >= 34,
      containerRestartRules: minor >= 35,
      envFiles: minor >= 35,
      requiredNodeAffinityLabelValues: minor >= 32,
      tooLongInBytes: minor >= 32,
    });
    cache.set(kubeVersion, features);
  }
  return features;
}
