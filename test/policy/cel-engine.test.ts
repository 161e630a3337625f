import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/policy/cel/compile.js';
import { BUDGET_MESSAGE, CALL_LIMIT_MESSAGE, charge, CostLimitError, Meter, PER_BINDING_BUDGET, PER_CALL_LIMIT } from '../../src/policy/cel/cost.js';
import { kubernetesEnvironment } from '../../src/policy/cel/environment.js';
import { toCel } from '../../src/policy/cel/values.js';

// The hooks daemonlint puts into the CEL library (@marcbachmann/cel-js): renamed calls, the cost
// meter on every node, macros of our own. They use parts of the library it does not document, so
// its version is pinned exactly; these tests fail first if an upgrade changes those parts.

function compile(expression: string, variables: string[] = []) {
  const env = kubernetesEnvironment(36).clone();
  for (const v of variables) env.registerVariable(v, 'dyn');
  const compiled = compileExpression(env, expression, 'any', 36);
  if (!('evaluate' in compiled)) throw new Error(compiled.message);
  return compiled;
}

describe('the CEL library', () => {
  it('is pinned to the exact version these hooks were written for', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@marcbachmann/cel-js']).toBe('8.0.0');
    expect(pkg.devDependencies.re2js).toBe('2.10.0');
  });
});

describe('the cost meter', () => {
  it('charges each step evaluated, so a comprehension costs in proportion to its list', () => {
    const spent = (list: number[]) => {
      const meter = new Meter();
      meter.run(() => compile('items.all(x, x >= 0)', ['items']).evaluate({ items: toCel(list) }));
      return PER_CALL_LIMIT - meter.callLeft;
    };
    const small = spent([1, 2]);
    const large = spent(Array.from({ length: 102 }, (_, i) => i));
    expect(small).toBeGreaterThan(0);
    expect(large - small).toBeGreaterThanOrEqual(100);
  });

  it('charges what operators and functions build: a doubling string is stopped', () => {
    const meter = new Meter();
    const doubling = compile("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22].map(i, 'x').join('').size() > 0 && s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s + s != ''", ['s']);
    expect(() => meter.run(() => doubling.evaluate({ s: 'y'.repeat(100_000) }))).toThrow(CALL_LIMIT_MESSAGE);
  });

  it('stops an expression at the per-call limit even where CEL would absorb the error (|| true), and lets the next one run', () => {
    const meter = new Meter();
    const runaway = compile('[0,1,2,3,4,5,6,7,8,9].all(a, [0,1,2,3,4,5,6,7,8,9].all(b, [0,1,2,3,4,5,6,7,8,9].all(c, [0,1,2,3,4,5,6,7,8,9].all(d, [0,1,2,3,4,5,6,7,8,9].all(e, [0,1,2,3,4,5,6,7,8,9].all(f, true)))))) || true');
    let error: unknown;
    try {
      meter.run(() => runaway.evaluate({}));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CostLimitError);
    expect((error as CostLimitError).limit).toBe('call');
    expect(meter.run(() => compile('1 + 1 == 2').evaluate({}))).toBe(true);
  });

  it("runs out of the binding's budget after enough expensive expressions, and then nothing more runs", () => {
    const meter = new Meter();
    const calls = Math.floor(PER_BINDING_BUDGET / (PER_CALL_LIMIT - 1));
    for (let i = 0; i < calls; i++) meter.run(() => charge(PER_CALL_LIMIT - 1));
    expect(() => meter.run(() => charge(PER_CALL_LIMIT - 1))).toThrow(BUDGET_MESSAGE);
    expect(() => meter.run(() => 1)).toThrow(BUDGET_MESSAGE);
  });

  it('counts what a nested expression (a variable read for the first time) spends towards the one reading it', () => {
    const meter = new Meter();
    meter.run(() => {
      charge(10);
      meter.run(() => charge(5));
      expect(PER_CALL_LIMIT - meter.callLeft).toBe(15);
    });
  });
});

describe('renamed calls', () => {
  it("replace the library's own matches, indexOf and lowerAscii, in every position (receiver, argument, macro body)", () => {
    const compiled = compile("items.all(s, s.matches('(?i)^A') && s.indexOf('😀') == -1 && 'ÀB'.lowerAscii() == 'Àb')", ['items']);
    expect(new Meter().run(() => compiled.evaluate({ items: ['abc', 'Axe'] }))).toBe(true);
  });

  it('keep the names the policy wrote in messages', () => {
    const env = kubernetesEnvironment(36).clone();
    const failure = compileExpression(env, '1.matches(2)', 'bool', 36);
    expect(failure).toEqual({ message: "found no matching overload for 'int.matches(int)'", start: 0, end: 12 });
  });
});

describe('results the API server requires', () => {
  it("a validation must be bool, a message string: dyn is not enough (cel-go's IsExactType)", () => {
    const env = kubernetesEnvironment(36).clone().registerVariable('object', 'dyn');
    expect(compileExpression(env, 'object.spec.paused', 'bool', 36)).toEqual({ message: 'must evaluate to bool but got dyn', start: 0, end: 18 });
    expect(compileExpression(env, "object.spec.paused == true ? 'a' : 'b'", 'string', 36)).toMatchObject({ type: 'string' });
    expect(compileExpression(env, 'object.spec.containers.map(c, c.name)', 'string', 36)).toEqual({ message: 'must evaluate to string but got list(dyn)', start: 0, end: 37 });
  });
});
