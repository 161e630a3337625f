import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { allowV8Tuning, DEFAULT_INTERRUPT_BUDGET, raiseInterruptBudget, TUNED_INTERRUPT_BUDGET, v8MinorVersion } from '../../src/run/speed/v8-tuning.js';

const NODE_20_V8 = '11.3.244.8-node.33';
const calls: string[] = [];
const record = (flags: string) => calls.push(flags);

afterEach(() => {
  calls.length = 0;
});

describe('raising V8 interrupt budget', () => {
  it('does nothing until the entry point allows it', () => {
    // The library's default: a host process's V8 is left alone. (Allowed below, for the rest of this file.)
    expect(raiseInterruptBudget({}, [], NODE_20_V8)).toBeUndefined();
  });

  it('raises it, puts V8 default back to compile, and at the end; each change once', () => {
    allowV8Tuning(record);
    const tuning = raiseInterruptBudget({}, [], NODE_20_V8)!;
    expect(calls).toEqual(['--interrupt-budget=262144']);
    tuning.pause();
    tuning.pause();
    tuning.resume();
    tuning.end();
    tuning.end();
    expect(calls).toEqual(['--interrupt-budget=262144', '--interrupt-budget=67584', '--interrupt-budget=262144', '--interrupt-budget=67584']);
  });

  it.each([
    ['DAEMONLINT_NO_V8_TUNING is set', { DAEMONLINT_NO_V8_TUNING: '1' }, [], NODE_20_V8],
    ['the user set the budget on the command line', {}, ['--interrupt-budget=1000'], NODE_20_V8],
    ['the user set it spelled with an underscore', {}, ['--max-old-space-size=100', '--interrupt_budget=1000'], NODE_20_V8],
    ['V8 default is not known for this version', {}, [], '12.4.254.21-node.33'],
  ])('changes nothing when %s', (_, env, execArgv, version) => {
    allowV8Tuning(record);
    expect(raiseInterruptBudget(env, execArgv, version)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('an empty DAEMONLINT_NO_V8_TUNING, or another flag of that name, does not turn it off', () => {
    allowV8Tuning(record);
    raiseInterruptBudget({ DAEMONLINT_NO_V8_TUNING: '' }, ['--interrupt-budget-for-feedback-allocation=900'], NODE_20_V8)?.end();
    expect(calls).toHaveLength(2);
  });

  it('on this V8, if listed: putting the listed default back restores the flag hash code caches are checked against', () => {
    const listed = DEFAULT_INTERRUPT_BUDGET[v8MinorVersion(process.versions.v8)];
    if (listed === undefined) {
      allowV8Tuning(record);
      expect(raiseInterruptBudget({}, [])).toBeUndefined();
      return;
    }
    // V8 checks a cache against the source's length only; a source of its own for each check
    // keeps V8 from finding the script in its in-memory compilation cache instead.
    let checks = 0;
    const source = () => `function f(a) { return a + 1; } f(1); // ${String(checks++).padStart(4, '0')}`;
    const cachedData = new vm.Script(source(), { filename: 'probe.js' }).createCachedData();
    const accepted = () => !new vm.Script(source(), { filename: 'probe.js', cachedData }).cachedDataRejected;
    expect(accepted()).toBe(true);
    allowV8Tuning(setFlagsFromString);
    const tuning = raiseInterruptBudget({}, [])!;
    try {
      // Raised, the hash differs: the check below can fail.
      expect(accepted()).toBe(false);
    } finally {
      tuning.end();
    }
    expect(accepted()).toBe(true);
    expect(TUNED_INTERRUPT_BUDGET).toBeGreaterThan(listed);
  });
});
