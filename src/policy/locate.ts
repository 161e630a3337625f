import { argumentsOf, callName, receiverOf, selectionPath, singleFieldPath, walk, type AstNode } from './cel/ast.js';
import type { CompiledExpression } from './cel/compile.js';
import type { CelMap, CelValue } from './cel/values.js';
import { Evaluation, type Activation } from './evaluate.js';
import type { CompiledPolicy } from './compile-policy.js';
import type { JsonPath } from '../types/finding.js';

/**
 * Where in the DaemonSet a violation is shown: at the field the message names (`spec.template
 * .spec.priorityClassName must be ...`), else at the one field path the expression reads (through
 * a variable too), else at the DaemonSet's name. When that field is a list the expression checks
 * with `all(...)` (every container, every volume), the first element that fails it is found by
 * evaluating the expression with that element alone, and the place is that element's field the
 * predicate reads.
 */
export function violationPath(policy: CompiledPolicy, validationIndex: number, message: string, activation: Activation): JsonPath {
  const validation = policy.validations.find((v) => v.spec.index === validationIndex);
  if (!validation) return NAME;
  let read = readPaths.get(validation.program);
  if (read === undefined) {
    read = expressionPath(validation.program.ast, policy) ?? null;
    readPaths.set(validation.program, read);
  }
  if (read === null) read = undefined;
  // The default message quotes the expression: what it reads is found in the expression itself.
  const path = (message.startsWith('failed expression: ') ? undefined : pathNamedIn(message)) ?? read;
  if (path === undefined) return NAME;
  return (read !== undefined && samePath(path, read) && culprit(policy, validation.program, path, activation)) || path;
}

const NAME: JsonPath = ['metadata', 'name'];
/** What each validation reads, found once (null: no single path). */
const readPaths = new WeakMap<CompiledExpression, (string | number)[] | null>();

/** A field path in a message: `spec.template.spec.hostNetwork`, `object.metadata.labels`, `spec.containers[0].image`. */
const FIELD_IN_TEXT = /(?<![\w.])(?:object\.)?((?:spec|metadata)(?:\.[A-Za-z_][\w-]*|\[\d+\])+)/;

export function pathNamedIn(message: string): (string | number)[] | undefined {
  const m = FIELD_IN_TEXT.exec(message);
  if (!m) return undefined;
  const path: (string | number)[] = [];
  for (const part of m[1].matchAll(/([A-Za-z_][\w-]*)|\[(\d+)\]/g)) path.push(part[1] ?? Number(part[2]));
  // `spec.containers.all(` names a function last, not a field.
  if (message[m.index + m[0].length] === '(') path.pop();
  return path.length > 1 ? path : undefined;
}

/** The one path of `object` an expression reads, directly or through one of the policy's variables. */
function expressionPath(ast: AstNode, policy: CompiledPolicy): (string | number)[] | undefined {
  const direct = singleFieldPath(ast, 'object');
  if (direct !== undefined) return direct;
  const variable = singleFieldPath(ast, 'variables');
  if (variable?.length !== 1) return undefined;
  const definition = policy.variables.find((v) => v.spec.name === variable[0]);
  return definition ? singleFieldPath(definition.program.ast, 'object') : undefined;
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** The first element of the list at `path` that fails an `<path>.all(x, predicate)`, with the field of it the predicate reads. */
function culprit(policy: CompiledPolicy, program: CompiledExpression, path: readonly (string | number)[], activation: Activation): JsonPath | undefined {
  const list = valueAt(activation.object, path);
  if (!Array.isArray(list) || list.length === 0) return undefined;
  if (list.length === 1) return withPredicatePath(program.ast, path, 0);
  for (let i = 0; i < list.length; i++) {
    const object = replaced(activation.object, path, [list[i]]);
    const result = new Evaluation(policy, { ...activation, object }).attempt(program);
    if ('value' in result && result.value === false) return withPredicatePath(program.ast, path, i);
  }
  return undefined;
}

function withPredicatePath(ast: AstNode, path: readonly (string | number)[], index: number): JsonPath | undefined {
  let within = predicatePaths.get(ast);
  if (within === undefined) {
    within = predicatePath(ast, path) ?? null;
    predicatePaths.set(ast, within);
  }
  return within === null ? undefined : [...path, index, ...within];
}

/** What the predicate of `<path>.all(x, predicate)` reads of x, found once per expression. */
const predicatePaths = new WeakMap<AstNode, (string | number)[] | null>();

function predicatePath(ast: AstNode, path: readonly (string | number)[]): (string | number)[] | undefined {
  let found: (string | number)[] | undefined;
  walk(ast, (node) => {
    if (found || callName(node) !== 'all') return;
    const receiver = receiverOf(node);
    const [variable, predicate] = argumentsOf(node);
    if (!receiver || variable?.op !== 'id' || !predicate) return;
    const over = selectionPath(receiver, 'object');
    if (!over || !samePath(over, path)) return;
    found = singleFieldPath(predicate, variable.args as string) ?? [];
  });
  return found;
}

function valueAt(value: CelValue, path: readonly (string | number)[]): CelValue | undefined {
  let at: CelValue | undefined = value;
  for (const segment of path) {
    if (at === null || typeof at !== 'object' || at instanceof Map) return undefined;
    at = Array.isArray(at) ? at[segment as number] : Object.hasOwn(at, segment) ? (at as CelMap)[segment as string] : undefined;
  }
  return at;
}

/** A copy of `value` with the value at `path` replaced (copying only the maps along the path). */
function replaced(value: CelValue, path: readonly (string | number)[], replacement: CelValue): CelValue {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaced(v, rest, replacement) : v));
  const copy = Object.assign(Object.create(null) as CelMap, value);
  copy[head as string] = replaced((value as CelMap)[head as string] ?? null, rest, replacement);
  return copy;
}
