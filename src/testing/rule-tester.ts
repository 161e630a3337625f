import assert from 'node:assert/strict';
import { fixFile, type FixOutcome } from '../run/fix-file.js';
import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { runInputRules } from '../run/across-input.js';
import { loadLenientReader } from '../yaml/parse.js';
import { SourceFile } from '../yaml/source-file.js';
import type { AnyRule } from '../types/rule.js';
import { compareFindings, lintSourceFile } from '../run/lint-file.js';
import type { Finding, FixSafety, Severity } from '../types/finding.js';
import type { Inventory } from '../types/inventory.js';
import { inventoryFromTexts } from '../inventory/load.js';

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
  related?: { line: number; column: number; message: string }[];
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

type Suite = (name: string, body: () => void) => void;
const globals = globalThis as unknown as { describe?: Suite; it?: Suite };

export class RuleTester {
  constructor(private readonly defaults: { kubeVersion?: string; now?: string } = {}) {}

  run<Options>(rule: AnyRule, cases: RuleTestCases<Options>): void {
    const describe = globals.describe;
    const it = globals.it;
    if (!describe || !it) throw new Error('RuleTester needs a test framework with global describe/it');
    describe(rule.id, () => {
      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, async () => {
            await this.prepare(rule, c);
            assert.deepEqual(await this.findings(rule, c), [], 'expected no findings');
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, async () => {
            await this.prepare(rule, c);
            assert.ok(c.errors.length > 0, 'an invalid case must expect at least one finding');
            const actual = await this.findings(rule, c);
            for (const a of actual) {
              assert.ok(!UNFILLED.test(a.message) && !UNFILLED.test(a.help ?? ''), `a placeholder was left unfilled (data is missing a name): ${a.message} / ${a.help}`);
              assert.ok(!/[\r\n]/.test(a.message), `a headline is one line: ${JSON.stringify(a.message)}`);
            }
            assert.deepEqual(
              actual.map((a, i) => shape(a, c.errors[i])),
              c.errors.map((e) => shape(e, e)),
            );
            const fixed = this.fix(rule, c);
            if (c.output === undefined) {
              assert.equal(fixed.output, c.code, 'the rule fixed this case: state the expected `output`');
            } else if (c.output === null) {
              assert.equal(fixed.output, c.code, 'expected no fix');
            } else {
              assert.equal(fixed.failure, undefined, 'the fix failed verification');
              assert.notEqual(fixed.output, c.code, 'expected a fix, but nothing changed');
              assert.equal(fixed.output, c.output);
            }
            const unsafe = this.fix(rule, c, { unsafe: true });
            if (c.unsafeOutput === undefined) {
              assert.equal(unsafe.output, fixed.output, 'unsafe fixes changed this case: state the expected `unsafeOutput`');
            } else {
              assert.equal(unsafe.failure, undefined, 'the unsafe fix failed verification');
              assert.notEqual(unsafe.output, fixed.output, 'expected unsafe fixes to change more than `output`, but they did not');
              assert.equal(unsafe.output, c.unsafeOutput);
            }
          });
        }
      });
    });
  }

  async findings(rule: AnyRule, c: ValidCase<unknown>): Promise<ExpectedFinding[]> {
    const file = new SourceFile('test.yaml', c.code);
    const rules = this.activeRules(rule, c);
    const result = lintSourceFile(file, rules, this.settings(c));
    // What a rule's collect keeps may come from a worker thread: it must survive structured cloning.
    const input = await runInputRules(structuredClone(result.objects), new Map([[file.path, file]]), rules, this.settings(c));
    // The engine keeps going when a rule throws; a test must not.
    const failure = [...result.failures, ...input.failures][0];
    if (failure) throw new Error(`rule ${failure.ruleId} threw on ${failure.where}: ${failure.message}`);
    return [...result.findings, ...input.findings].sort(compareFindings).map(toExpected);
  }

  /** `--fix` with only this rule (`unsafe`: with `--unsafe-fixes`). */
  fix(rule: AnyRule, c: ValidCase<unknown>, filter: { unsafe?: boolean } = {}): FixOutcome {
    return fixFile(new SourceFile('test.yaml', c.code), this.activeRules(rule, c), this.settings(c), filter);
  }

  private async prepare(rule: AnyRule, c: ValidCase<unknown>): Promise<void> {
    await loadLenientReader();
    if (c.inventory !== undefined && !inventories.has(c)) inventories.set(c, await inventoryFromTexts([{ path: 'nodes.yaml', text: c.inventory }]));
    await rule.prepare?.({ kubeVersion: this.settings(c).kubeVersion });
  }

  private activeRules(rule: AnyRule, c: ValidCase<unknown>): ActiveRule[] {
    if (rule.meta.requiresInventory && c.inventory === undefined) return [];
    const options = { ...(rule.meta.defaultOptions as object), ...(c.options as object | undefined) };
    return [{ rule, severity: rule.meta.severity, options }];
  }

  private settings(c: ValidCase<unknown>): RunSettings {
    const settings: RunSettings = {
      kubeVersion: c.kubeVersion ?? this.defaults.kubeVersion ?? '1.36',
      now: new Date(c.now ?? this.defaults.now ?? '2026-06-01T00:00:00Z'),
    };
    const inventory = inventories.get(c);
    // Workers get a copy of the inventory: a rule must not depend on its identity.
    if (inventory) settings.inventory = structuredClone(inventory);
    return settings;
  }
}

/** A `{{name}}` left in a rendered message: the report gave no value for it. */
const UNFILLED = /\{\{\s*\w+\s*\}\}/;

/** Each case's inventory, read once (prepare is async, the runs that use it are not). */
const inventories = new WeakMap<ValidCase<unknown>, Inventory>();

function toExpected(f: Finding): ExpectedFinding {
  const out: ExpectedFinding = {
    message: f.message,
    help: f.help ?? null,
    messageId: f.messageId ?? '',
    severity: f.severity,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
  };
  const justification = f.suppressions?.[0]?.justification;
  if (justification !== undefined) out.justification = justification;
  if (f.fixable !== undefined) out.fixable = f.fixable;
  if (f.related) out.related = f.related.map((r) => ({ line: r.range.start.line, column: r.range.start.column, message: r.message }));
  return out;
}

/**
 * The fields compared for one finding: message, line and column always, the justification
 * always (so a suppressed finding must be expected as such), the rest when the case states them.
 */
function shape(finding: ExpectedFinding, expected: ExpectedFinding | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { message: finding.message, line: finding.line, column: finding.column };
  if (expected?.help !== undefined) out.help = finding.help;
  if (expected?.endLine !== undefined) out.endLine = finding.endLine;
  if (expected?.endColumn !== undefined) out.endColumn = finding.endColumn;
  if (expected?.messageId !== undefined) out.messageId = finding.messageId;
  if (expected?.severity !== undefined) out.severity = finding.severity;
  out.justification = finding.justification;
  out.related = finding.related;
  if (expected?.fixable !== undefined || finding.fixable === 'unsafe') out.fixable = finding.fixable ?? null;
  return out;
}

/** Template tag that strips the common indentation, so cases can be written indented in tests. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings.raw.map((s) => s.replace(/\\`/g, '`')) }, ...values);
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
