import { resolvePlain } from './kubernetes-scalars.js';

/**
 * Writes a value as a YAML scalar that Kubernetes reads back as the same value: plain when that
 * is unambiguous under YAML 1.1 (so `yes` or `1.0` as strings get quoted), double-quoted otherwise.
 */
export function formatScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (isSafePlain(value)) return value;
  return JSON.stringify(value);
}

function isSafePlain(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@=+-]*$/.test(value)) return false;
  if (/: |:$/.test(value)) return false;
  return resolvePlain(value) === value;
}
