import { EvaluationError } from '@marcbachmann/cel-js';
import type { AstNode } from './ast.js';

/**
 * The API server's limits on evaluating admission policies (k8s.io/apiserver/pkg/apis/cel
 * config.go): one expression may cost at most PER_CALL_LIMIT, one evaluation of a policy for a
 * binding (all its expressions) at most PER_BINDING_BUDGET.
 */
export const PER_CALL_LIMIT = 1_000_000;
export const PER_BINDING_BUDGET = 10_000_000;

/** cel-go's message when one expression goes over its limit. */
export const CALL_LIMIT_MESSAGE = 'operation cancelled: actual cost limit exceeded';
/** The API server's message when a binding's evaluation runs out of budget (validating filter.go). */
export const BUDGET_MESSAGE = 'validation failed due to running out of cost budget, no further validation rules will be run';

/** Thrown when a limit is reached; sticky, so no `||`, `all` or `exists` can absorb it (see Meter). */
export class CostLimitError extends EvaluationError {
  constructor(readonly limit: 'call' | 'budget') {
    super(limit === 'call' ? CALL_LIMIT_MESSAGE : BUDGET_MESSAGE);
  }
}

/**
 * Counts the cost of evaluating a binding's expressions. Costs approximate cel-go's: one unit per
 * step of the expression evaluated (each node, each time, so each iteration of a comprehension
 * costs its body), plus the size of every string or list an operator or function builds, and the
 * length of the text a regular expression scans. The numbers are not cel-go's, but they grow the
 * same way, so a runaway expression stops long before it could hang a run.
 */
export class Meter {
  /** What the expression now running may still spend. */
  callLeft = PER_CALL_LIMIT;
  /** What the binding may still spend. */
  budgetLeft = PER_BINDING_BUDGET;
  exceeded: CostLimitError | undefined;
  private depth = 0;

  charge(units: number): void {
    this.callLeft -= units;
    this.budgetLeft -= units;
    if (this.callLeft < 0 || this.budgetLeft < 0) this.overLimit();
  }

  /** One step of evaluation: the commonest charge, kept small. */
  step(): void {
    this.callLeft--;
    this.budgetLeft--;
    if (this.callLeft < 0 || this.budgetLeft < 0) this.overLimit();
  }

  /** A limit is reached: from now on every step throws (a spent meter stays below zero). */
  private overLimit(): never {
    this.exceeded ??= new CostLimitError(this.callLeft < 0 ? 'call' : 'budget');
    throw this.exceeded;
  }

  /**
   * Runs one expression against this meter. Expressions evaluated inside it (a variable read for
   * the first time) count towards the one that reads them. Once a limit is reached every further
   * step throws, and the result is the limit's error even where CEL would have absorbed it.
   */
  run<T>(evaluate: () => T): T {
    if (this.exceeded) throw this.exceeded;
    const outer = active;
    const savedCall = this.callLeft;
    if (this.depth === 0) this.callLeft = PER_CALL_LIMIT;
    this.depth++;
    // The meter of the expression now running is module state: library functions charge it.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    active = this;
    try {
      const result = evaluate();
      if (this.exceeded) throw this.exceeded;
      return result;
    } catch (error) {
      throw this.exceeded ?? error;
    } finally {
      active = outer;
      this.depth--;
      // (Read through a cast: the checks above narrowed the field, but `evaluate` may have set it.)
      const exceeded = this.exceeded as CostLimitError | undefined;
      if (this.depth === 0 && exceeded?.limit === 'call') {
        // The next expression of the binding starts afresh unless the budget itself is spent.
        this.exceeded = undefined;
        this.callLeft = savedCall;
      }
    }
  }
}

let active: Meter | undefined;

/** Charges the expression now evaluating (library functions charge the work they do). */
export function charge(units: number): void {
  active?.charge(units);
}

/** Operators and functions whose result is built anew: they pay for its size. */
const BUILDING_OPS = new Set(['+', 'call', 'rcall', 'list', 'map']);

/**
 * Makes every node of a checked expression charge the active meter when evaluated. Must run after
 * type checking (which settles how each node evaluates) and before the first evaluation. The
 * library lets each node replace its `evaluate` on first use; an own `evaluate` set here takes its
 * place, doing what that first use would do.
 */
export function instrument(root: AstNode): void {
  const seen = new Set<AstNode>();
  const visit = (node: AstNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const meta = node.meta;
    if (meta.alternate) visit(meta.alternate);
    forEachChild(node.args, visit);
    const builds = BUILDING_OPS.has(node.op);
    const inner = (ev: unknown, ast: AstNode, ctx: unknown): unknown => {
      if (meta.alternate) return meta.alternate.evaluate(ev, meta.alternate, ctx);
      if (meta.macro) return meta.macro.evaluate(ev, meta.macro, ctx);
      return meta.evaluate.call(node, ev, ast, ctx);
    };
    node.evaluate = builds
      ? (ev, ast, ctx) => {
          active?.step();
          const result = inner(ev, ast, ctx);
          if (typeof result === 'string' || Array.isArray(result)) charge(result.length);
          return result;
        }
      : (ev, ast, ctx) => {
          active?.step();
          return inner(ev, ast, ctx);
        };
  };
  visit(root);
}

/** Calls `visit` for each AST node among a node's arguments (arrays, nodes, a comprehension's parts). */
export function forEachChild(args: unknown, visit: (node: AstNode) => void): void {
  if (args === null || typeof args !== 'object') return;
  if (isAstNode(args)) {
    visit(args);
    return;
  }
  if (Array.isArray(args)) {
    for (const a of args) forEachChild(a, visit);
    return;
  }
  // A comprehension's parts: its nodes, never what type checking hung on it (contexts).
  for (const key of Object.keys(args)) {
    const value = (args as Record<string, unknown>)[key];
    if (isAstNode(value)) visit(value);
  }
}

export function isAstNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { op?: unknown }).op === 'string' && 'meta' in value;
}
