import type { AnyRule } from '../engine/rule.js';
import noReplicas from './no-replicas.js';

/** Every built-in rule, in id order. */
export const builtinRules: readonly AnyRule[] = [noReplicas].sort((a, b) => (a.id < b.id ? -1 : 1));
