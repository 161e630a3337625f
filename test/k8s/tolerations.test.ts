import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_PLANE_TAINT,
  LEGACY_MASTER_TAINT,
  isCatchAll,
  tolerates,
  toleratesTaint,
  tolerationMismatch,
  tolerationsOf,
  type Taint,
} from '../../src/k8s/tolerations.js';

const cp = CONTROL_PLANE_TAINT;
const valued: Taint = { key: 'dedicated', value: 'gpu', effect: 'NoExecute' };
const numeric: Taint = { key: 'example.com/generation', value: '5', effect: 'NoSchedule' };

describe('tolerationMismatch (Toleration.ToleratesTaint)', () => {
  it.each([
    ['catch-all: Exists with no key and no effect', { operator: 'Exists' }, cp],
    ['catch-all of the taint effect', { operator: 'Exists', effect: 'NoSchedule' }, cp],
    ['Exists with the key, any effect', { key: cp.key, operator: 'Exists' }, cp],
    ['Exists with the key and effect', { key: cp.key, operator: 'Exists', effect: 'NoSchedule' }, cp],
    ['Equal with no value matches the empty value', { key: cp.key, operator: 'Equal', effect: 'NoSchedule' }, cp],
    ['no operator means Equal', { key: cp.key, effect: 'NoSchedule' }, cp],
    ['explicit empty value', { key: cp.key, operator: 'Equal', value: '' }, cp],
    ['null fields read as empty', { key: cp.key, operator: null, value: null, effect: null }, cp],
    ['Equal with the same value', { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoExecute' }, valued],
    ['Exists ignores the taint value', { key: 'dedicated', operator: 'Exists' }, valued],
    ['Exists with a value still matches (validation rejects it, matching does not look)', { key: 'dedicated', operator: 'Exists', value: 'x' }, valued],
    // No key and no operator: the key check is skipped and Equal compares values. The API rejects
    // such a toleration, but this is what the scheduler's comparison does.
    ['empty key with Equal compares only the value', {}, cp],
    ['Gt: taint value above the bound', { key: numeric.key, operator: 'Gt', value: '4' }, numeric],
    ['Lt: taint value below the bound', { key: numeric.key, operator: 'Lt', value: '+6' }, numeric],
    ['YAML 1.1 number read as its text', { key: numeric.key, operator: 'Equal', value: 5 }, numeric],
  ])('%s tolerates', (_name, toleration, taint) => {
    expect(tolerationMismatch(toleration, taint)).toBeUndefined();
    expect(toleratesTaint(toleration, taint)).toBe(true);
  });

  it.each([
    ['another effect', { key: cp.key, operator: 'Exists', effect: 'NoExecute' }, cp, 'effect'],
    ['PreferNoSchedule is another effect too', { operator: 'Exists', effect: 'PreferNoSchedule' }, cp, 'effect'],
    ['effect is compared before the key', { key: 'other', effect: 'NoExecute' }, cp, 'effect'],
    ['another key', { key: LEGACY_MASTER_TAINT.key, operator: 'Exists', effect: 'NoSchedule' }, cp, 'key'],
    ['Equal with a value against an empty taint value', { key: cp.key, operator: 'Equal', value: 'true' }, cp, 'value'],
    ['YAML 1.1 boolean true is the text "true"', { key: cp.key, value: true }, cp, 'value'],
    ['Equal with no value against a valued taint', { key: 'dedicated', operator: 'Equal' }, valued, 'value'],
    ['Gt against a taint without a value', { key: cp.key, operator: 'Gt', value: '0' }, cp, 'comparison'],
    ['Gt: equal is not greater', { key: numeric.key, operator: 'Gt', value: '5' }, numeric, 'comparison'],
    ['Lt: bound that is not an integer', { key: numeric.key, operator: 'Lt', value: '6.5' }, numeric, 'comparison'],
    ['Lt: bound beyond int64', { key: numeric.key, operator: 'Lt', value: '9223372036854775808' }, numeric, 'comparison'],
    ['operators are case-sensitive', { key: cp.key, operator: 'exists' }, cp, 'operator'],
    ['a toleration that is not a mapping', 'node-role.kubernetes.io/control-plane', cp, 'malformed'],
    ['a key that is a mapping', { key: { name: cp.key }, operator: 'Exists' }, cp, 'malformed'],
  ])('%s does not tolerate', (_name, toleration, taint, reason) => {
    expect(tolerationMismatch(toleration, taint)).toBe(reason);
    expect(toleratesTaint(toleration, taint)).toBe(false);
  });
});

describe('tolerates (TolerationsTolerateTaint)', () => {
  it('is true when any toleration tolerates the taint', () => {
    expect(tolerates([{ key: 'a', operator: 'Exists' }, { key: cp.key, operator: 'Exists' }], cp)).toBe(true);
  });
  it('is false for no tolerations, or a list that is not a list', () => {
    expect(tolerates([], cp)).toBe(false);
    expect(tolerates(undefined, cp)).toBe(false);
    expect(tolerates({ operator: 'Exists' }, cp)).toBe(false);
  });
  it('a legacy master toleration does not tolerate the control-plane taint', () => {
    expect(tolerates([{ key: LEGACY_MASTER_TAINT.key, effect: 'NoSchedule' }], cp)).toBe(false);
    expect(tolerates([{ key: LEGACY_MASTER_TAINT.key, effect: 'NoSchedule' }], LEGACY_MASTER_TAINT)).toBe(true);
  });
});

describe('isCatchAll', () => {
  it('is an Exists toleration without a key, whatever its effect', () => {
    expect(isCatchAll({ operator: 'Exists' })).toBe(true);
    expect(isCatchAll({ operator: 'Exists', effect: 'NoExecute', key: '' })).toBe(true);
    expect(isCatchAll({ operator: 'Exists', key: cp.key })).toBe(false);
    expect(isCatchAll({})).toBe(false);
    expect(isCatchAll(null)).toBe(false);
  });
});

describe('tolerationsOf', () => {
  it('lists the mapping items of the pod template tolerations with their paths', () => {
    const daemonSet = { spec: { template: { spec: { tolerations: [{ operator: 'Exists' }, 'junk', { key: 'a' }] } } } };
    expect(tolerationsOf(daemonSet as unknown as DaemonSet)).toEqual([
      { toleration: { operator: 'Exists' }, index: 0, path: ['spec', 'template', 'spec', 'tolerations', 0] },
      { toleration: { key: 'a' }, index: 2, path: ['spec', 'template', 'spec', 'tolerations', 2] },
    ]);
  });
  it('is empty when the manifest has no pod spec or no list', () => {
    expect(tolerationsOf({})).toEqual([]);
    const notAList = { spec: { template: { spec: { tolerations: { operator: 'Exists' } } } } };
    expect(tolerationsOf(notAList as unknown as DaemonSet)).toEqual([]);
  });
});
