import type { Environment } from '@marcbachmann/cel-js';
import { Duration } from '@marcbachmann/cel-js/evaluator';
import { charge } from '../cost.js';
import { celCompare, celEquals, checkedInt, fail, int, registerNamespace, typeName } from './common.js';

/**
 * Kubernetes' list library (k8s.io/apiserver/pkg/cel/library/lists.go, base environment):
 * isSorted, sum, min, max, indexOf, lastIndexOf; cel-go's sets extension (1.29); and, from 1.34,
 * cel-go's lists extension version 3 (slice, flatten, reverse, distinct, sort, lists.range).
 * indexOf and lastIndexOf share their names with the string functions (strings.ts registers
 * those under the same new names: a call resolves by its receiver's type at run time).
 */
export function registerKubernetesLists(env: Environment, renamed: (name: string) => string): void {
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn('list<dyn>.isSorted(): bool', (list: unknown[]) => {
    charge(list.length);
    for (let i = 1; i < list.length; i++) if (celCompare(list[i - 1], list[i]) > 0) return false;
    return true;
  });
  fn('list<dyn>.sum(): dyn', (list: unknown[]) => sum(list));
  fn('list<dyn>.min(): dyn', (list: unknown[]) => extreme(list, 'min'));
  fn('list<dyn>.max(): dyn', (list: unknown[]) => extreme(list, 'max'));
  fn(`list<dyn>.${renamed('indexOf')}(dyn): int`, (list: unknown[], value: unknown) => {
    charge(list.length);
    return BigInt(list.findIndex((v) => celEquals(v, value)));
  });
  fn(`list<dyn>.${renamed('lastIndexOf')}(dyn): int`, (list: unknown[], value: unknown) => {
    charge(list.length);
    for (let i = list.length - 1; i >= 0; i--) if (celEquals(list[i], value)) return BigInt(i);
    return -1n;
  });
}

function sum(list: readonly unknown[]): unknown {
  charge(list.length);
  if (list.length === 0) return 0n;
  const first = list[0];
  if (typeof first === 'bigint') {
    let total = 0n;
    for (const v of list) {
      if (typeof v !== 'bigint') fail(`no such overload: int + ${typeName(v)}`);
      total = checkedInt(total + v);
    }
    return total;
  }
  if (typeof first === 'number') {
    let total = 0;
    for (const v of list) {
      if (typeof v !== 'number') fail(`no such overload: double + ${typeName(v)}`);
      total += v;
    }
    return total;
  }
  if (first instanceof Duration) {
    let total = first;
    for (const v of list.slice(1)) {
      if (!(v instanceof Duration)) fail(`no such overload: google.protobuf.Duration + ${typeName(v)}`);
      total = total.addDuration(v);
    }
    return total;
  }
  return fail(`no such overload: sum on a list of ${typeName(first)}`);
}

function extreme(list: readonly unknown[], which: 'min' | 'max'): unknown {
  charge(list.length);
  if (list.length === 0) fail(`${which} called on empty list`);
  let best = list[0];
  for (const v of list.slice(1)) {
    const order = celCompare(v, best);
    if (which === 'min' ? order < 0 : order > 0) best = v;
  }
  return best;
}

export function registerSets(env: Environment): void {
  registerNamespace(env, 'sets', 'SetsNamespace');
  const contains = (a: readonly unknown[], b: readonly unknown[]): boolean => {
    charge(a.length * b.length);
    return b.every((x) => a.some((y) => celEquals(x, y)));
  };
  env.registerFunction('SetsNamespace.contains(list<dyn>, list<dyn>): bool', (_: unknown, a: unknown[], b: unknown[]) => contains(a, b));
  env.registerFunction('SetsNamespace.equivalent(list<dyn>, list<dyn>): bool', (_: unknown, a: unknown[], b: unknown[]) => contains(a, b) && contains(b, a));
  env.registerFunction('SetsNamespace.intersects(list<dyn>, list<dyn>): bool', (_: unknown, a: unknown[], b: unknown[]) => {
    charge(a.length * b.length);
    return a.some((x) => b.some((y) => celEquals(x, y)));
  });
}

/** lists.range(n) refuses what cel-go refuses: more than this many elements. */
const MAX_RANGE = 10_000_000;

export function registerListsExtension(env: Environment): void {
  registerNamespace(env, 'lists', 'ListsNamespace');
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn('list<dyn>.slice(int, int): list<dyn>', (list: unknown[], startValue: bigint, endValue: bigint) => {
    const start = int(startValue);
    const end = int(endValue);
    if (start < 0 || end < 0) fail(`cannot slice(${start}, ${end}), negative indexes not supported`);
    if (start > end) fail(`cannot slice(${start}, ${end}), start index must be less than or equal to end index`);
    if (list.length < end) fail(`cannot slice(${start}, ${end}), list is length ${list.length}`);
    return list.slice(start, end);
  });
  fn('list<dyn>.flatten(): list<dyn>', (list: unknown[]) => flatten(list, 1));
  fn('list<dyn>.flatten(int): list<dyn>', (list: unknown[], depth: bigint) => {
    if (depth < 0n) fail('level must be non-negative');
    return flatten(list, int(depth));
  });
  fn('list<dyn>.reverse(): list<dyn>', (list: unknown[]) => [...list].reverse());
  fn('list<dyn>.distinct(): list<dyn>', (list: unknown[]) => {
    charge(list.length * list.length);
    const out: unknown[] = [];
    for (const v of list) if (!out.some((o) => celEquals(o, v))) out.push(v);
    return out;
  });
  fn('list<dyn>.sort(): list<dyn>', (list: unknown[]) => {
    charge(list.length * Math.ceil(Math.log2(list.length + 1)));
    if (list.length > 1 && list.some((v) => typeName(v) !== typeName(list[0]))) fail('list elements must have the same type');
    return [...list].sort(celCompare);
  });
  fn('ListsNamespace.range(int): list<int>', (_: unknown, n: bigint) => {
    if (n < 0n) fail(`lists.range(${n}) requires a non-negative count`);
    if (n > BigInt(MAX_RANGE)) fail(`lists.range(${n}) exceeds the maximum of ${MAX_RANGE}`);
    charge(int(n));
    return Array.from({ length: int(n) }, (_, i) => BigInt(i));
  });
}

function flatten(list: readonly unknown[], depth: number): unknown[] {
  charge(list.length);
  const out: unknown[] = [];
  for (const v of list) {
    if (Array.isArray(v) && depth > 0) out.push(...flatten(v, depth - 1));
    else out.push(v);
  }
  return out;
}
