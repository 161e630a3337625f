import type { AnyRule } from '../types/rule.js';
/** Every built-in rule, in id order. */
export declare const builtinRules: readonly AnyRule[];
