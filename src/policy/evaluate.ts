import type { CompiledExpression } from './cel/compile.js';
import { CostLimitError, Meter } from './cel/cost.js';
import { RENAMED_PATTERN } from './cel/environment.js';
import { authorizerValue } from './cel/libs/authz.js';
import { NotEvaluableError, type CelValue } from './cel/values.js';
import type { CompiledPolicy } from './compile-policy.js';
import type { JsonPath } from '../types/finding.js';
import { fieldName } from './fields.js';

/**
 * One evaluation of a policy for a binding (and one param), as the API server's validator runs
 * it (admission/plugin/policy/validating validator.go): match conditions, then each validation in
 * order, then audit annotations, all against one cost budget.
 */
export interface Activation {
  object: CelValue;
  request: CelValue;
  namespaceObject: CelValue;
  /** Undefined when the policy has no paramKind (then `params` is not declared at all). */
  params?: CelValue;
}

export type Outcome =
  /** A validation evaluated to false: the request is refused with this message. */
  | { kind: 'violation'; index: number; message: string; reason: string }
  /** An expression failed (or the budget ran out, or the binding's params are missing: `inBinding`); failurePolicy decides what that means. */
  | { kind: 'error'; path: JsonPath; message: string; inBinding?: boolean; headline?: string }
  /** An expression needs what no manifest holds (an authorizer decision, a namespace's labels). */
  | { kind: 'notEvaluable'; path: JsonPath; reason: string };

/** Evaluated messages longer than this are not used (MaxEvaluatedMessageExpressionSizeBytes). */
const MAX_MESSAGE_BYTES = 5 * 1024;

/**
 * The variables of one evaluation and its cost budget: every expression of the evaluation reads
 * the same (lazily evaluated) `variables` and spends from the same budget.
 */
export class Evaluation {
  private readonly meter = new Meter();
  private readonly bindings: Record<string, unknown>;

  constructor(policy: CompiledPolicy, activation: Activation) {
    let memo: Map<string, { value: unknown } | { error: unknown }> | undefined;
    this.bindings = {
      object: activation.object,
      oldObject: null,
      request: activation.request,
      namespaceObject: activation.namespaceObject,
      authorizer: authorizerValue(),
    };
    if (activation.params !== undefined) this.bindings.params = activation.params;
    // Variables are evaluated on first use, once (their cost counted once), errors included.
    this.bindings.variables = policy.variablesValue((name) => {
      memo ??= new Map();
      let memoized = memo.get(name);
      if (memoized === undefined) {
        const variable = policy.variableByName.get(name);
        try {
          memoized = { value: variable ? this.run(variable.program) : null };
        } catch (error) {
          memoized = { error: error instanceof NotEvaluableError || error instanceof CostLimitError ? error : new VariableError(name, error) };
        }
        memo.set(name, memoized);
      }
      if ('error' in memoized) throw memoized.error;
      return memoized.value;
    });
  }

  run(program: CompiledExpression): unknown {
    return this.meter.run(() => program.evaluate(this.bindings));
  }

  attempt(program: CompiledExpression): { value: unknown } | { error: unknown } {
    try {
      return { value: this.run(program) };
    } catch (error) {
      return { error };
    }
  }
}

export function evaluatePolicy(policy: CompiledPolicy, activation: Activation): Outcome[] {
  const evaluation = new Evaluation(policy, activation);
  const attempt = (program: CompiledExpression) => evaluation.attempt(program);

  // Match conditions: any false skips the policy; otherwise an error is the outcome.
  let conditionFailure: Outcome | undefined;
  for (const condition of policy.matchConditions) {
    const result = attempt(condition.program);
    if ('value' in result && result.value === false) return [];
    if ('error' in result) conditionFailure ??= failureOf(result.error, condition.spec.path, `matchConditions ${JSON.stringify(condition.spec.name)}`);
  }
  if (conditionFailure) return [conditionFailure];

  const outcomes: Outcome[] = [];
  for (const validation of policy.validations) {
    const result = attempt(validation.program);
    if ('error' in result) {
      const failure = failureOf(result.error, validation.spec.path, `expression '${shortened(validation.spec.expression)}'`);
      outcomes.push(failure);
      if (result.error instanceof CostLimitError && result.error.limit === 'budget') return outcomes;
      continue;
    }
    if (result.value === true) continue;
    let message = defaultMessage(validation.spec.message, validation.spec.expression);
    if (validation.message) {
      const evaluated = attempt(validation.message);
      if ('error' in evaluated) {
        // A failed message expression only loses its message, unless the budget ran out.
        if (evaluated.error instanceof CostLimitError) {
          outcomes.push({ kind: 'error', path: validation.spec.messageExpression?.path ?? validation.spec.path, message: `failed messageExpression: ${evaluated.error.message}` });
          if (evaluated.error.limit === 'budget') return outcomes;
          continue;
        }
      } else if (usableMessage(evaluated.value)) message = evaluated.value.trim();
    }
    outcomes.push({ kind: 'violation', index: validation.spec.index, message, reason: validation.spec.reason });
  }
  for (const annotation of policy.auditAnnotations) {
    const result = attempt(annotation.program);
    if ('error' in result) outcomes.push(failureOf(result.error, annotation.spec.path, `valueExpression '${shortened(annotation.spec.expression)}'`));
    else if (result.value !== null && typeof result.value !== 'string') {
      outcomes.push({
        kind: 'error',
        path: annotation.spec.path,
        message: `valueExpression '${annotation.spec.expression}' resulted in unsupported return type: ${typeof result.value}. Return type must be either string or null.`,
      });
    }
  }
  return outcomes;
}

/** A variable's own error, named, as the API server reports it through whatever reads the variable. */
class VariableError extends Error {
  constructor(name: string, cause: unknown) {
    super(`composited variable ${JSON.stringify(name)} fails to evaluate: ${errorText(cause)}`);
  }
}

/**
 * What a failed expression becomes: the API server's message (`expression '...' resulted in
 * error: ...`), and a headline naming the field instead of quoting the expression, so that the
 * error itself is in sight.
 */
function failureOf(error: unknown, path: JsonPath, what: string): Outcome {
  if (error instanceof NotEvaluableError) return { kind: 'notEvaluable', path, reason: error.reason };
  const field = fieldName(path[0] === 'spec' ? path.slice(1) : path);
  if (error instanceof CostLimitError && error.limit === 'budget') return { kind: 'error', path, message: error.message, headline: `${field}: ${error.message}` };
  const text = error instanceof CostLimitError ? error.message : errorText(error);
  return { kind: 'error', path, message: `${what} resulted in error: ${text}`, headline: `${field} failed: ${text}` };
}

/** A CEL error's own words (without the library's caret excerpt), with names as the policy wrote them. */
export function errorText(error: unknown): string {
  if (error instanceof VariableError) return error.message;
  const e = error as { summary?: unknown; message?: unknown };
  const text = typeof e?.summary === 'string' ? e.summary : typeof e?.message === 'string' ? e.message.split('\n')[0] : String(error);
  // cel-go's spelling of the commonest error, which people search for.
  return text.replace(RENAMED_PATTERN, '').replace(/^No such key: /, 'no such key: ');
}

/**
 * An expression quoted in an error message (the API server quotes it whole): long ones are cut,
 * so the error itself stays in sight; the finding's related location shows the whole expression.
 */
function shortened(expression: string): string {
  const line = expression.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

function defaultMessage(message: string | undefined, expression: string): string {
  const trimmed = message?.trim();
  return trimmed ? trimmed : `failed expression: ${expression.trim()}`;
}

/** A messageExpression result is used only if it is a one-line, non-empty string of at most 5 KiB. */
function usableMessage(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && !/[\r\n]/.test(value) && Buffer.byteLength(value, 'utf8') <= MAX_MESSAGE_BYTES;
}
