import type { AnyRule } from '../engine/rule.js';
/** Every built-in rule, in id order. */
export declare const builtinRules: readonly AnyRule[];
