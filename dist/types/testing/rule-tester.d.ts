import { type FixOutcome } from '../run/fix-file.js';
import type { AnyRule } from '../types/rule.js';
import type { FixSafety, Severity } from '../types/finding.js';
/**
 * Runs a rule over valid and invalid cases, ESLint RuleTester style: every invalid case lists
 * each finding it expects with its exact message, line and column, and nothing else may be reported.
 * Uses the test framework's global `describe`/`it` (vitest with `globals: true`, mocha, jest).
 */
export interface ValidCase<Options = unknown> {
    name: string;
    code: string;
    options?: Partial<Options>;
    /** The run's date, for rules that read expiry dates (default 2026-06-01). */
    now?: string;
    kubeVersion?: string;
    /**
     * A node inventory, as a `--nodes` file holds it (`kubectl get nodes -o yaml` output or NodePool
     * entries): given to the rule as `context.inventory`. A rule that needs one does not run without.
     */
    inventory?: string;
}
export interface ExpectedFinding {
    /** The headline. */
    message: string;
    /** The help text; compared when stated (`null`: the finding has none). */
    help?: string | null;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
    messageId?: string;
    /** Compared when stated: for rules whose findings differ in severity (`ReportDescriptor.severity`). */
    severity?: Severity;
    /** The justification of a finding reported as suppressed. */
    justification?: string;
    /** Other places the finding involves (rules across the input). */
    related?: {
        line: number;
        column: number;
        message: string;
    }[];
    /**
     * The safety of the fix the finding offers, `null` for none. Compared when stated, and always
     * when the fix is unsafe: an unsafe fix must be expected as such.
     */
    fixable?: FixSafety | null;
}
export interface InvalidCase<Options = unknown> extends ValidCase<Options> {
    errors: ExpectedFinding[];
    /**
     * The text after `--fix` with only this rule, byte for byte; `null` asserts that no fix applies.
     * Required whenever the rule fixes something in the case.
     */
    output?: string | null;
    /**
     * The text after `--fix --unsafe-fixes` with only this rule. Required when unsafe fixes change
     * the case beyond `output`; when left out, unsafe fixes must change nothing more.
     */
    unsafeOutput?: string;
}
export interface RuleTestCases<Options = unknown> {
    valid: ValidCase<Options>[];
    invalid: InvalidCase<Options>[];
}
export declare class RuleTester {
    private readonly defaults;
    constructor(defaults?: {
        kubeVersion?: string;
        now?: string;
    });
    run<Options>(rule: AnyRule, cases: RuleTestCases<Options>): void;
    findings(rule: AnyRule, c: ValidCase<unknown>): Promise<ExpectedFinding[]>;
    /** `--fix` with only this rule (`unsafe`: with `--unsafe-fixes`). */
    fix(rule: AnyRule, c: ValidCase<unknown>, filter?: {
        unsafe?: boolean;
    }): FixOutcome;
    private prepare;
    private activeRules;
    private settings;
}
/** Template tag that strips the common indentation, so cases can be written indented in tests. */
export declare function yaml(strings: TemplateStringsArray, ...values: unknown[]): string;
