import { defineRule } from '../types/rule.js';
import { containersOf, podSpecOf, podTemplateMetadataOf } from '../k8s/containers.js';
import { BASELINE_CONTROLS } from './pod-security/baseline.js';
import { controlMessage, policyInput, policyMinor, summarize, type Control, type PolicyLevel } from './pod-security/policy.js';
import { REPLACED_BY_RESTRICTED, RESTRICTED_CONTROLS } from './pod-security/restricted.js';

export interface PodSecurityOptions {
  /** The profile to enforce; restricted includes baseline. */
  level: PolicyLevel;
}

const ALL_CONTROLS: readonly Control[] = [...BASELINE_CONTROLS, ...RESTRICTED_CONTROLS];

/** The controls a profile enforces: restricted is baseline plus its own, minus the baseline controls it replaces. */
function controlsFor(level: PolicyLevel): readonly Control[] {
  if (level === 'baseline') return BASELINE_CONTROLS;
  return [...BASELINE_CONTROLS.filter((control) => !REPLACED_BY_RESTRICTED.has(control)), ...RESTRICTED_CONTROLS];
}

const PROFILES: Record<PolicyLevel, readonly Control[]> = {
  baseline: controlsFor('baseline'),
  restricted: controlsFor('restricted'),
};

/**
 * The Pod Security Standards (https://kubernetes.io/docs/concepts/security/pod-security-standards/)
 * applied to the pod template, as the PodSecurity admission plugin would apply them to the
 * DaemonSet's pods at the run's Kubernetes version: one finding per violated control, naming it
 * and listing every offending field. Justification annotations do not count here: this is the
 * profile itself, and a DaemonSet that needs an exception is exempted by suppression.
 */
export default defineRule<PodSecurityOptions>({
  id: 'pod-security',
  meta: {
    description: 'The pod template meets the Pod Security Standards profile (restricted by default, or baseline); each violated control is named.',
    severity: 'error',
    fixable: false,
    messages: Object.fromEntries(ALL_CONTROLS.map((control) => [control.id, controlMessage(control)])),
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        level: { enum: ['baseline', 'restricted'] },
      },
    },
    defaultOptions: { level: 'restricted' },
    tags: ['security'],
    securitySeverity: 7.0,
    // Most node agents need what the restricted profile forbids: the strict and all presets turn it on.
    recommended: false,
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet) as Record<string, unknown> | undefined;
    if (!podSpec) return;
    const level = context.options.level === 'baseline' ? 'baseline' : 'restricted';
    const input = policyInput(
      podSpec,
      podTemplateMetadataOf(daemonSet),
      containersOf(daemonSet),
      policyMinor(context.kubeVersion),
      level,
    );
    const controls = PROFILES[level];
    for (let i = 0; i < controls.length; i++) {
      const control = controls[i];
      const violation = control.check(input);
      if (!violation) continue;
      context.report({ path: violation.path, at: violation.at, messageId: control.id, data: { summary: summarize(violation.detail), detail: violation.detail } });
    }
  },
});
