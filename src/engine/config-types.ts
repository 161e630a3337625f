import type { AnyRule } from './rule.js';
import type { Severity } from './types.js';

/** A rule switched on for a run, with the severity and options the configuration gave it. */
export interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
}

export interface RunSettings {
  kubeVersion: string;
  now: Date;
}
