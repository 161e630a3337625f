import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { JsonPath } from '../types/finding.js';
import { POD_SPEC_PATH, podSpecOf } from './containers.js';
import { asRecord } from './values.js';

/** A node taint, as the scheduler compares it with tolerations. */
export interface Taint {
  key: string;
  /** Taints without a value compare as the empty string. */
  value: string;
  effect: string;
}

/**
 * The taint kubeadm puts on control-plane nodes (kubeadm `init`/`join --control-plane`).
 * https://kubernetes.io/docs/reference/labels-annotations-taints/#node-role-kubernetes-io-control-plane-taint
 */
export const CONTROL_PLANE_TAINT: Taint = { key: 'node-role.kubernetes.io/control-plane', value: '', effect: 'NoSchedule' };

/**
 * The taint kubeadm used before the control-plane one. Kubeadm 1.24 applied both; 1.25 stopped
 * applying this one, so a toleration for it alone no longer lets a pod onto a control-plane node.
 * https://github.com/kubernetes/kubeadm/issues/2200
 */
export const LEGACY_MASTER_TAINT: Taint = { key: 'node-role.kubernetes.io/master', value: '', effect: 'NoSchedule' };

/** Why a toleration does not tolerate a taint, in the order the scheduler checks. */
export type TolerationMismatch =
  | 'malformed'
  | 'effect'
  | 'key'
  /** `Equal` (or no operator) with a value other than the taint's. */
  | 'value'
  /** `Lt`/`Gt` whose integer comparison fails, or a value that is not an integer. */
  | 'comparison'
  | 'operator';

export interface TolerationRef {
  toleration: Record<string, unknown>;
  /** Path from the DaemonSet root to the toleration's list item. */
  path: JsonPath;
  index: number;
}

/** Every toleration of the pod template that is a mapping, with its path. */
export function tolerationsOf(daemonSet: DaemonSet): TolerationRef[] {
  const list = (podSpecOf(daemonSet) as Record<string, unknown> | undefined)?.tolerations;
  const out: TolerationRef[] = [];
  if (!Array.isArray(list)) return out;
  for (let index = 0; index < list.length; index++) {
    const toleration = asRecord(list[index]);
    if (toleration) out.push({ toleration, path: [...POD_SPEC_PATH, 'tolerations', index], index });
  }
  return out;
}

/** Whether any of the tolerations tolerates the taint (Kubernetes' `TolerationsTolerateTaint`). */
export function tolerates(tolerations: unknown, taint: Taint): boolean {
  if (!Array.isArray(tolerations)) return false;
  for (let i = 0; i < tolerations.length; i++) {
    if (toleratesTaint(tolerations[i], taint)) return true;
  }
  return false;
}

export function toleratesTaint(toleration: unknown, taint: Taint): boolean {
  return tolerationMismatch(toleration, taint) === undefined;
}

/**
 * Undefined when the toleration tolerates the taint, else the first check that fails. Mirrors
 * `Toleration.ToleratesTaint` in k8s.io/api/core/v1/toleration.go: an empty effect matches every
 * effect, an empty key every key, `Exists` every value, `Equal` (the default) only the same value,
 * and `Lt`/`Gt` compare both values as int64 (false when either is not one).
 */
export function tolerationMismatch(toleration: unknown, taint: Taint): TolerationMismatch | undefined {
  const record = asRecord(toleration);
  if (!record) return 'malformed';
  const key = fieldText(record.key);
  const operator = fieldText(record.operator);
  const value = fieldText(record.value);
  const effect = fieldText(record.effect);
  if (key === undefined || operator === undefined || value === undefined || effect === undefined) return 'malformed';

  if (effect !== '' && effect !== taint.effect) return 'effect';
  if (key !== '' && key !== taint.key) return 'key';
  switch (operator) {
    case '':
    case 'Equal':
      return value === taint.value ? undefined : 'value';
    case 'Exists':
      return undefined;
    case 'Lt':
    case 'Gt':
      return compareIntegers(operator, value, taint.value) ? undefined : 'comparison';
    default:
      return 'operator';
  }
}

/** A toleration without a key and with `operator: Exists`: it tolerates every taint of its effect (of every effect when it has none). */
export function isCatchAll(toleration: unknown): boolean {
  const record = asRecord(toleration);
  return record !== undefined && fieldText(record.key) === '' && fieldText(record.operator) === 'Exists';
}

/**
 * A toleration field as the API decodes it: a missing or null field is the empty string. YAML
 * 1.1 turns `value: true` or `value: 1` into a boolean or a number; they are read as the text the
 * user wrote. Anything else is not a toleration the API would accept.
 */
function fieldText(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** strconv.ParseInt(s, 10, 64): optional sign, decimal digits, within int64. */
const INTEGER = /^[+-]?\d+$/;

function parseInt64(text: string): bigint | undefined {
  if (!INTEGER.test(text)) return undefined;
  const n = BigInt(text);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

function compareIntegers(operator: 'Lt' | 'Gt', tolerationValue: string, taintValue: string): boolean {
  const limit = parseInt64(tolerationValue);
  const actual = parseInt64(taintValue);
  if (limit === undefined || actual === undefined) return false;
  return operator === 'Lt' ? actual < limit : actual > limit;
}
