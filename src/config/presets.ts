import type { AnyRule } from '../types/rule.js';
import type { Level } from '../types/finding.js';

export type Preset = 'recommended' | 'strict' | 'all';

/**
 * What a preset makes of a rule (see the catalog's Presets section):
 * - recommended: every rule of the catalog at its listed severity; rules marked
 *   `recommended: false` (pod-security) stay off;
 * - strict: recommended plus pod-security, warnings raised to errors, image-pinned requiring digests,
 *   probes requiring a readinessProbe;
 * - all: every rule on at its default severity.
 */
export function presetSetting(preset: Preset, rule: AnyRule): { level: Level; options?: Record<string, unknown> } {
  const inRecommended = rule.meta.recommended !== false;
  switch (preset) {
    case 'recommended':
      return { level: inRecommended ? rule.meta.severity : 'off' };
    case 'all':
      return { level: rule.meta.severity };
    case 'strict':
      return { level: 'error', options: STRICT_OPTIONS[rule.id] };
  }
}

const STRICT_OPTIONS: Record<string, Record<string, unknown>> = {
  'image-pinned': { requireDigest: true },
  // A readinessProbe is what gates a DaemonSet's rolling update.
  probes: { require: ['readiness'] },
  'pod-security': { level: 'restricted' },
};
