import type { AnyRule } from '../engine/rule.js';
import noReplicas from './no-replicas.js';
import resourcesRequestsLimits from './resources-requests-limits.js';
import restartPolicyAlways from './restart-policy-always.js';

/** Every built-in rule, in id order. */
export const builtinRules: readonly AnyRule[] = [noReplicas, resourcesRequestsLimits, restartPolicyAlways].sort((a, b) =>
  a.id < b.id ? -1 : 1,
);
