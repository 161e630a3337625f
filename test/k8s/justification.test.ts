import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { describe, expect, it } from 'vitest';
import {
  annotationPath,
  endOfDay,
  justificationFor,
  unknownJustificationAnnotations,
  type JustificationSettings,
} from '../../src/k8s/justification.js';

const settings: JustificationSettings = { minLength: 10, now: new Date('2026-06-01T00:00:00Z') };

/** A DaemonSet with the given annotations on its own metadata and on its pod template. */
function ds(own?: Record<string, unknown>, template?: Record<string, unknown>): DaemonSet {
  return {
    metadata: own && { name: 'a', annotations: own as Record<string, string> },
    spec: { selector: {}, template: { metadata: template && { annotations: template as Record<string, string> } } },
  } as DaemonSet;
}

const reason = 'loads the eBPF programs that enforce network policy';

describe('justificationFor', () => {
  it('is missing when neither object has the annotation', () => {
    expect(justificationFor(ds(), 'privileged', settings)).toEqual({ status: 'missing' });
    expect(justificationFor(ds({ other: 'x' }, {}), 'privileged', settings)).toEqual({ status: 'missing' });
  });

  it('reads the DaemonSet metadata and the pod template metadata', () => {
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPID': reason }), 'hostPID', settings))
      .toEqual({ status: 'justified', reason, source: 'daemonSet' });
    expect(justificationFor(ds(undefined, { 'daemonlint.io/justification.hostPID': reason }), 'hostPID', settings))
      .toEqual({ status: 'justified', reason, source: 'podTemplate' });
  });

  it('answers only for the key asked', () => {
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPID': reason }), 'hostIPC', settings)).toEqual({ status: 'missing' });
  });

  it('trims the reason and counts characters, not UTF-16 units', () => {
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': '  reads logs  ' }), 'hostPath', settings))
      .toEqual({ status: 'justified', reason: 'reads logs', source: 'daemonSet' });
    // Nine emoji are nine characters (eighteen UTF-16 units): still too short.
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': '🔧'.repeat(9) }), 'hostPath', settings)).toMatchObject({
      status: 'invalid',
      problem: 'tooShort',
    });
  });

  it('refuses a reason under the minimum length, with the numbers', () => {
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': ' needed ' }), 'hostPath', settings)).toEqual({
      status: 'invalid',
      problem: 'tooShort',
      why: 'is too short ("needed", 6 characters; at least 10)',
      source: 'daemonSet',
    });
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': 'needed' }), 'hostPath', { ...settings, minLength: 6 }))
      .toMatchObject({ status: 'justified' });
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': '' }), 'hostPath', settings)).toMatchObject({
      status: 'invalid',
      problem: 'tooShort',
    });
  });

  it.each(['todo', 'TBD', 'n/a', 'None', '-', ' - ', 'TODO: explain why this is needed', 'tbd later, ask the team'])(
    'refuses the placeholder %j whatever its length',
    (placeholder) => {
      expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': placeholder }), 'hostPath', { ...settings, minLength: 1 }))
        .toMatchObject({ status: 'invalid', problem: 'placeholder', why: `is a placeholder ("${placeholder.trim()}")` });
    },
  );

  it('does not mistake words that merely start like a placeholder', () => {
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': 'todolist service keeps its state on the node' }), 'hostPath', settings))
      .toMatchObject({ status: 'justified' });
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostPath': 'nonexistent-device probing for the GPU' }), 'hostPath', settings))
      .toMatchObject({ status: 'justified' });
  });

  it('refuses a value that is not a string', () => {
    expect(justificationFor(ds({ 'daemonlint.io/justification.hostNetwork': true }), 'hostNetwork', settings)).toMatchObject({
      status: 'invalid',
      problem: 'notString',
    });
  });

  it('accepts a valid justification on one object even when the other has a bad one', () => {
    const both = ds({ 'daemonlint.io/justification.privileged': 'todo' }, { 'daemonlint.io/justification.privileged': reason });
    expect(justificationFor(both, 'privileged', settings)).toEqual({ status: 'justified', reason, source: 'podTemplate' });
  });

  it('reports the DaemonSet problem first when neither object is valid', () => {
    const both = ds({ 'daemonlint.io/justification.privileged': 'tbd' }, { 'daemonlint.io/justification.privileged': 'short' });
    expect(justificationFor(both, 'privileged', settings)).toMatchObject({ status: 'invalid', problem: 'placeholder', source: 'daemonSet' });
    const templateOnly = ds({}, { 'daemonlint.io/justification.privileged': 'short' });
    expect(justificationFor(templateOnly, 'privileged', settings)).toMatchObject({ status: 'invalid', problem: 'tooShort', source: 'podTemplate' });
  });

  describe('expiry', () => {
    const expiring = (expires: unknown) => ds({ 'daemonlint.io/justification.hostPID': reason, 'daemonlint.io/justification-expires': expires });

    it('counts through the whole expiry day, UTC', () => {
      const day = expiring('2026-05-31');
      expect(justificationFor(day, 'hostPID', { ...settings, now: new Date('2026-05-31T23:59:59.999Z') })).toMatchObject({ status: 'justified' });
      expect(justificationFor(day, 'hostPID', { ...settings, now: new Date('2026-06-01T00:00:00Z') })).toEqual({
        status: 'expired',
        expires: '2026-05-31',
        source: 'daemonSet',
      });
    });

    it('accepts a date in the future', () => {
      expect(justificationFor(expiring('2027-03-31'), 'hostPID', settings)).toMatchObject({ status: 'justified' });
    });

    it.each([['2027-3-31'], ['2027-02-30'], ['31.03.2027'], ['2027-03-31T00:00:00Z'], [20270331], [null]])(
      'refuses the malformed date %j instead of ignoring it',
      (expires) => {
        expect(justificationFor(expiring(expires), 'hostPID', settings)).toMatchObject({
          status: 'invalid',
          problem: 'badExpiry',
          why: `is bounded by daemonlint.io/justification-expires: ${JSON.stringify(expires)}, which is not a YYYY-MM-DD date`,
        });
      },
    );

    it('bounds only the justifications on its own object', () => {
      const split = ds({ 'daemonlint.io/justification-expires': '2020-01-01' }, { 'daemonlint.io/justification.hostPID': reason });
      expect(justificationFor(split, 'hostPID', settings)).toMatchObject({ status: 'justified', source: 'podTemplate' });
      const templateExpired = ds(
        { 'daemonlint.io/justification.hostPID': reason },
        { 'daemonlint.io/justification.hostPID': reason, 'daemonlint.io/justification-expires': '2020-01-01' },
      );
      expect(justificationFor(templateExpired, 'hostPID', settings)).toMatchObject({ status: 'justified', source: 'daemonSet' });
    });

    it('says the reason is a placeholder before it says it expired', () => {
      const both = ds({ 'daemonlint.io/justification.hostPID': 'todo', 'daemonlint.io/justification-expires': '2020-01-01' });
      expect(justificationFor(both, 'hostPID', settings)).toMatchObject({ status: 'invalid', problem: 'placeholder' });
    });
  });

  it('survives manifests of the wrong shape', () => {
    for (const bad of [{}, { metadata: 'x' }, { metadata: { annotations: ['a'] } }, { spec: { template: [] } }, null]) {
      expect(justificationFor(bad as unknown as DaemonSet, 'hostPath', settings)).toEqual({ status: 'missing' });
    }
  });
});

describe('endOfDay', () => {
  it('is midnight UTC after the day, leap days included', () => {
    expect(endOfDay('2028-02-29')).toBe(Date.UTC(2028, 2, 1));
    expect(endOfDay('2027-02-29')).toBeUndefined();
    expect(endOfDay('2027-12-31')).toBe(Date.UTC(2028, 0, 1));
  });
});

describe('annotationPath', () => {
  it('points into the object the annotation is on', () => {
    expect(annotationPath('daemonSet', 'daemonlint.io/justification.hostPID')).toEqual(['metadata', 'annotations', 'daemonlint.io/justification.hostPID']);
    expect(annotationPath('podTemplate', 'x')).toEqual(['spec', 'template', 'metadata', 'annotations', 'x']);
  });
});

describe('unknownJustificationAnnotations', () => {
  it('lists prefixed annotations whose key is not a justification key, on both objects', () => {
    const found = unknownJustificationAnnotations(
      ds(
        { 'daemonlint.io/justification.privilged': reason, 'daemonlint.io/justification.privileged': reason, 'daemonlint.io/justification-expires': '2027-01-01' },
        { 'daemonlint.io/justification.hostpath': reason },
      ),
    );
    expect(found).toEqual([
      { source: 'daemonSet', annotation: 'daemonlint.io/justification.privilged', key: 'privilged' },
      { source: 'podTemplate', annotation: 'daemonlint.io/justification.hostpath', key: 'hostpath' },
    ]);
  });
});
