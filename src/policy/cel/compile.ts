import type { Environment } from '@marcbachmann/cel-js';
import { callName, receiverOf, renameCall, walk, type AstNode } from './ast.js';
import { instrument } from './cost.js';
import { INTRODUCED_IN, NOT_IN_KUBERNETES, OVERRIDDEN, RENAMED_PATTERN, renamed } from './environment.js';
import { compileRegex } from './libs/regex.js';

/** What an expression must evaluate to: validations and match conditions bool, messages string; variables anything. */
export type ResultType = 'bool' | 'string' | 'any';

export interface CompiledExpression {
  source: string;
  ast: AstNode;
  /** The checked result type, in cel-go's spelling (`bool`, `list(dyn)`). */
  type: string;
  /** The type as the CEL library names it, for declaring a variable of this type. */
  libraryType: string;
  /** Evaluates the expression with these variables; throws CEL errors (and a Meter's limit errors). */
  evaluate(activation: Record<string, unknown>): unknown;
}

/** Why an expression does not compile, and where in it (character offsets, end exclusive). */
export interface CompileFailure {
  message: string;
  start: number;
  end: number;
}

interface LibraryError {
  summary?: string;
  message: string;
  range?: { start: number; end: number };
}

/**
 * Compiles an expression as the API server does when a policy is created: parse, type check
 * against the environment's declarations, and require the result type of its field. Calls the
 * Kubernetes environment lacks (cel.bind ...) fail here as they do there; literal regular
 * expressions are checked as RE2 (base environment 1.29 validates them at compile time).
 */
export function compileExpression(env: Environment, source: string, result: ResultType, minor: number): CompiledExpression | CompileFailure {
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(source);
  } catch (error) {
    return failure(error as LibraryError, source);
  }
  const ast = parsed.ast as unknown as AstNode;
  let problem: CompileFailure | undefined;
  walk(ast, (node) => {
    if (problem) return;
    const name = callName(node);
    if (name === undefined) return;
    const receiver = receiverOf(node);
    if (node.op === 'rcall' && NOT_IN_KUBERNETES.has(name)) {
      const cel = receiver?.op === 'id' && receiver.args === 'cel';
      problem = { message: cel ? "undeclared reference to 'cel' (cel.bind is not in Kubernetes' CEL environment)" : `no function '${name}' in Kubernetes' CEL environment`, start: node.start, end: node.end };
      return;
    }
    if (name === 'matches' || name === 'find' || name === 'findAll') {
      const args = node.op === 'rcall' ? ((node.args as unknown[])[2] as AstNode[]) : ((node.args as unknown[])[1] as AstNode[]).slice(1);
      const pattern = args[0];
      if (pattern?.op === 'value' && typeof pattern.args === 'string') {
        const re = compileRegex(pattern.args);
        if (re instanceof Error) problem = { message: `compilation failed: ${re.message}`, start: pattern.start, end: pattern.end };
      }
    }
    if (OVERRIDDEN.has(name)) renameCall(node, renamed(name));
  });
  if (problem) return problem;
  const checked = parsed.check();
  if (!checked.valid) return withVersionHint(failure(checked.error as LibraryError, source), ast, minor);
  const libraryType = checked.type ?? 'dyn';
  const type = celGoType(libraryType);
  if (result !== 'any' && libraryType !== result) {
    return { message: `must evaluate to ${result} but got ${type}`, start: 0, end: source.length };
  }
  instrument(ast);
  return { source, ast, type, libraryType, evaluate: (activation) => parsed(activation) };
}

function failure(error: LibraryError, source: string): CompileFailure {
  // cel-go's wording for the two errors people meet most (a misspelt variable or field of a typed variable).
  const text = (error.summary ?? error.message.split('\n')[0])
    .replace(RENAMED_PATTERN, '')
    .replace(/^Unknown variable: (.*)$/, "undeclared reference to '$1'")
    .replace(/^No such key: (.*)$/, "undefined field '$1'");
  const range = error.range ?? { start: 0, end: source.length };
  return { message: text, start: range.start, end: Math.max(range.end, range.start) };
}

/** When an unknown name is one a later Kubernetes version has, say so. */
function withVersionHint(failure: CompileFailure, ast: AstNode, minor: number): CompileFailure {
  let hint: string | undefined;
  walk(ast, (node) => {
    if (hint) return;
    const name = node.op === 'id' ? (node.args as string) : callName(node)?.replace(RENAMED_PATTERN, '');
    const since = name === undefined ? undefined : INTRODUCED_IN[name];
    if (since !== undefined && since > minor) hint = `${name} is in Kubernetes' CEL environment from 1.${since}; this run targets 1.${minor}`;
  });
  return hint ? { ...failure, message: `${failure.message} (${hint})` } : failure;
}

/** The CEL library's type names in cel-go's spelling: list<dyn> → list(dyn), optional<T> → optional_type(T). */
export function celGoType(type: string): string {
  if (type === 'list') return 'list(dyn)';
  if (type === 'map') return 'map(dyn, dyn)';
  return type.replace(/optional</g, 'optional_type<').replace(/</g, '(').replace(/>/g, ')');
}
