import { EvaluationError, Optional, type Environment } from '@marcbachmann/cel-js';
import type { AstNode } from '../ast.js';
import { fail } from './common.js';

/**
 * cel-go's two-variable comprehensions (ext.TwoVarComprehensions, base environment 1.32):
 * `all(k, v, pred)`, `exists(k, v, pred)`, `existsOne(k, v, pred)`, `transformList(k, v, [filter,]
 * expr)`, `transformMap(k, v, [filter,] expr)` and `transformMapEntry(k, v, [filter,] expr)`. On a
 * list, `k` is the index. They are macros of the CEL library; binding the two variables uses its
 * evaluation contexts (forkWithVariable, iterValue), which it does not document: the version is
 * pinned, and test/policy/cel-libraries.test.ts covers each form.
 */
interface Context {
  forkWithVariable(name: string, type: unknown): Context & { iterValue: unknown };
}
interface Checker {
  check(node: AstNode, ctx: Context): unknown;
  getType(name: string): unknown;
}
interface Evaluator {
  run(node: AstNode, ctx: unknown): unknown;
  tryEval(node: AstNode, ctx: unknown): unknown;
}

type Kind = 'all' | 'exists' | 'existsOne' | 'transformList' | 'transformMap' | 'transformMapEntry';

interface Macro {
  receiver: AstNode;
  key: string;
  value: string;
  filter?: AstNode;
  body: AstNode;
  typeCheck(checker: Checker, macro: Macro, ctx: Context): unknown;
  evaluate(ev: Evaluator, macro: Macro, ctx: Context): unknown;
}

function identifier(node: AstNode, kind: string): string {
  if (node.op !== 'id') throw new EvaluationError(`${kind}() variable names must be simple identifiers`);
  return node.args as string;
}

/** The entries of a list (index, element) or a map (key, value). */
function entries(value: unknown): [unknown, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [BigInt(i), v]);
  if (value instanceof Map) return [...value.entries()];
  if (typeof value === 'object' && value !== null) return Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
  return fail('expression of type is not a list or a map');
}

function macro(kind: Kind, withFilter: boolean): (call: { args: AstNode[]; receiver: AstNode }) => Macro {
  return ({ args, receiver }) => ({
    receiver,
    key: identifier(args[0], kind),
    value: identifier(args[1], kind),
    filter: withFilter ? args[2] : undefined,
    body: withFilter ? args[3] : args[2],
    typeCheck(checker, m, ctx) {
      checker.check(m.receiver, ctx);
      const dyn = checker.getType('dyn');
      const inner = ctx.forkWithVariable(m.key, dyn).forkWithVariable(m.value, dyn);
      if (m.filter) checker.check(m.filter, inner);
      checker.check(m.body, inner);
      if (kind === 'transformList') return checker.getType('list');
      if (kind === 'transformMap' || kind === 'transformMapEntry') return checker.getType('map');
      return checker.getType('bool');
    },
    evaluate(ev, m, ctx) {
      const keyCtx = ctx.forkWithVariable(m.key, undefined);
      const valueCtx = keyCtx.forkWithVariable(m.value, undefined);
      const bind = (k: unknown, v: unknown): unknown => {
        keyCtx.iterValue = k;
        valueCtx.iterValue = v;
        return valueCtx;
      };
      return run(kind, ev, m, entries(ev.run(m.receiver, ctx)), bind);
    },
  });
}

function run(kind: Kind, ev: Evaluator, m: Macro, items: [unknown, unknown][], bind: (k: unknown, v: unknown) => unknown): unknown {
  switch (kind) {
    case 'all':
    case 'exists': {
      // As the one-variable forms: a decisive result wins over errors elsewhere.
      const decisive = kind === 'exists';
      let error: unknown;
      for (const [k, v] of items) {
        const r = ev.tryEval(m.body, bind(k, v));
        if (r === decisive) return decisive;
        if (r instanceof Error) error ??= r;
        else if (typeof r !== 'boolean') error ??= new EvaluationError(`${kind}() predicate must return bool`);
      }
      if (error) throw error;
      return !decisive;
    }
    case 'existsOne': {
      let count = 0;
      for (const [k, v] of items) if (ev.run(m.body, bind(k, v)) === true) count++;
      return count === 1;
    }
    case 'transformList': {
      const out: unknown[] = [];
      for (const [k, v] of items) {
        const ctx = bind(k, v);
        if (m.filter && ev.run(m.filter, ctx) !== true) continue;
        out.push(ev.run(m.body, ctx));
      }
      return out;
    }
    default: {
      const out = new Map<unknown, unknown>();
      for (const [k, v] of items) {
        const ctx = bind(k, v);
        if (m.filter && ev.run(m.filter, ctx) !== true) continue;
        const result = ev.run(m.body, ctx);
        if (kind === 'transformMap') {
          out.set(k, result);
          continue;
        }
        for (const [ek, evalue] of entries(result)) {
          if (out.has(ek)) fail(`insert failed: key ${String(ek)} already exists`);
          out.set(ek, evalue);
        }
      }
      return out;
    }
  }
}

export function registerTwoVariableComprehensions(env: Environment): void {
  const register = (name: string, kind: Kind, arity: number, withFilter: boolean): void => {
    const args = new Array<string>(arity).fill('ast').join(', ');
    const result = kind === 'transformList' ? 'list<dyn>' : kind.startsWith('transformMap') ? 'map<dyn, dyn>' : 'bool';
    for (const receiver of ['list', 'map']) {
      env.registerFunction(`${receiver}.${name}(${args}): ${result}`, macro(kind, withFilter) as never);
    }
  };
  register('all', 'all', 3, false);
  register('exists', 'exists', 3, false);
  register('existsOne', 'existsOne', 3, false);
  register('exists_one', 'existsOne', 3, false);
  for (const kind of ['transformList', 'transformMap', 'transformMapEntry'] as const) {
    register(kind, kind, 3, false);
    register(kind, kind, 4, true);
  }
}

/** optional.ofNonZeroValue (part of CEL's optional types in Kubernetes, 1.28): none for a type's zero value. */
export function registerOptionalExtras(env: Environment): void {
  env.registerFunction('OptionalNamespace.ofNonZeroValue(dyn): optional<dyn>', (_: unknown, value: unknown) => (isZero(value) ? Optional.none() : Optional.of(value)));
}

function isZero(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '' || value === 0 || value === 0n) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Map) return value.size === 0;
  if (value instanceof Uint8Array) return value.length === 0;
  if (typeof value === 'object' && (value.constructor === undefined || value.constructor === Object)) return Object.keys(value).length === 0;
  return typeof value === 'object' && typeof (value as { valueOf(): unknown }).valueOf() === 'bigint' && (value as { valueOf(): bigint }).valueOf() === 0n;
}
