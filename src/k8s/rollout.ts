import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { formatIntOrString, intOrPercentValue, parseIntOrString, percentValue, type IntOrString } from './int-or-percent.js';
import { asRecord } from './values.js';

/**
 * A DaemonSet's update strategy after the API server's defaulting (SetDefaults_DaemonSet in
 * pkg/apis/apps/v1/defaults.go): type RollingUpdate, maxUnavailable 1, maxSurge 0. Values the
 * API rejects are update-strategy's findings; here they read as the defaults would.
 */
export interface Rollout {
  /** `RollingUpdate`, `OnDelete`, or another value the API rejects. */
  type: string;
  /** Path to `type` when it is written. */
  typePath?: JsonPath;
  maxUnavailable: RolloutField;
  maxSurge: RolloutField;
}

export interface RolloutField {
  value: IntOrString;
  /** Path to the field when it is written; undefined when defaulted. */
  path?: JsonPath;
  /** A count of nodes, or a share of them in percent. */
  kind: 'count' | 'percent';
  /** The count, or the percentage. */
  amount: number;
}

const STRATEGY_PATH = ['spec', 'updateStrategy'] as const;

export function rolloutOf(daemonSet: DaemonSet): Rollout {
  const strategy = asRecord(asRecord(asRecord(daemonSet)?.spec)?.updateStrategy);
  const type = strategy?.type;
  const rollingUpdate = asRecord(strategy?.rollingUpdate);
  return {
    type: typeof type === 'string' && type !== '' ? type : 'RollingUpdate',
    ...(typeof type === 'string' && type !== '' ? { typePath: [...STRATEGY_PATH, 'type'] } : {}),
    maxUnavailable: field(rollingUpdate, 'maxUnavailable', 1),
    maxSurge: field(rollingUpdate, 'maxSurge', 0),
  };
}

function field(rollingUpdate: Record<string, unknown> | undefined, name: string, fallback: number): RolloutField {
  const raw = rollingUpdate?.[name];
  const value = raw === undefined || raw === null ? undefined : parseIntOrString(raw);
  if (value === undefined) return { value: { kind: 'int', value: fallback }, kind: 'count', amount: fallback };
  const percent = percentValue(value);
  const path = [...STRATEGY_PATH, 'rollingUpdate', name];
  return percent !== undefined ? { value, path, kind: 'percent', amount: percent } : { value, path, kind: 'count', amount: intOrPercentValue(value) };
}

/** `spec.minReadySeconds`, 0 when absent (its default); undefined when it is not a number. */
export function minReadySecondsOf(daemonSet: DaemonSet): number | undefined {
  const value = asRecord(asRecord(daemonSet)?.spec)?.minReadySeconds;
  if (value === undefined || value === null) return 0;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** For messages: `25%`, `1`; a string that is not a percentage quoted as written. */
export function formatRolloutField(field: RolloutField): string {
  return field.kind === 'percent' ? `${field.amount}%` : formatIntOrString(field.value);
}
