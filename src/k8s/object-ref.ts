import type { ObjectRef } from '../types/finding.js';

/** An object as messages about several objects name it: `DaemonSet kube-system/agent`. */
export function describeObject(ref: ObjectRef): string {
  const { kind, namespace, name } = ref;
  return `${kind ?? 'object'} ${namespace ? `${namespace}/` : ''}${name ?? '<unnamed>'}`;
}
