import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import { describe, expect, it } from 'vitest';
import {
  mayShareNode,
  nodeSelectionOf,
  placementOf,
  requirementsSatisfiable,
  selectionsIntersect,
  type NodeRequirement,
} from '../../src/k8s/node-selection.js';

function label(key: string, operator: string, ...values: string[]): NodeRequirement {
  return { on: 'label', key, operator, values, path: [] };
}

function field(key: string, operator: string, ...values: string[]): NodeRequirement {
  return { on: 'field', key, operator, values, path: [] };
}

function daemonSet(podSpec: Record<string, unknown>): DaemonSet {
  return { apiVersion: 'apps/v1', kind: 'DaemonSet', spec: { selector: {}, template: { spec: podSpec } } } as unknown as DaemonSet;
}

function affinity(...terms: Record<string, unknown>[][]): Record<string, unknown> {
  return {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms.map((matchExpressions) => ({ matchExpressions })) },
    },
  };
}

describe('requirementsSatisfiable', () => {
  it.each<[string, NodeRequirement[]]>([
    ['nothing asked', []],
    ['same value', [label('pool', 'In', 'a'), label('pool', 'In', 'a', 'b')]],
    ['In sets share a value', [label('pool', 'In', 'a', 'b'), label('pool', 'In', 'b', 'c')]],
    ['In and NotIn leave a value', [label('pool', 'In', 'a', 'b'), label('pool', 'NotIn', 'a')]],
    ['different keys never contradict', [label('pool', 'In', 'a'), label('zone', 'In', 'b')]],
    ['NotIn and DoesNotExist: a node without the label', [label('pool', 'NotIn', 'a'), label('pool', 'DoesNotExist')]],
    ['Exists and NotIn: another value', [label('pool', 'Exists'), label('pool', 'NotIn', 'a', 'b')]],
    ['Gt and Lt with an integer between', [label('gen', 'Gt', '3'), label('gen', 'Lt', '5')]],
    ['Gt alone', [label('gen', 'Gt', '3'), label('gen', 'NotIn', '4', '5')]],
    ['In with a value within bounds', [label('gen', 'In', '4', 'x'), label('gen', 'Gt', '3')]],
    ['NotIn cannot exclude every spelling of an integer', [label('gen', 'Gt', '3'), label('gen', 'Lt', '5'), label('gen', 'NotIn', '4')]],
    ['a field and a label of the same name are different things', [field('metadata.name', 'In', 'a'), label('metadata.name', 'In', 'b')]],
    ['the beta os label is the os label', [label('kubernetes.io/os', 'In', 'linux'), label('beta.kubernetes.io/os', 'In', 'linux')]],
  ])('satisfiable: %s', (_name, requirements) => expect(requirementsSatisfiable(requirements)).toBe(true));

  it.each<[string, NodeRequirement[]]>([
    ['different values', [label('pool', 'In', 'a'), label('pool', 'In', 'b')]],
    ['In sets without a common value', [label('pool', 'In', 'a', 'b'), label('pool', 'In', 'c')]],
    ['In excluded by NotIn', [label('pool', 'In', 'a'), label('pool', 'NotIn', 'a')]],
    ['Exists and DoesNotExist', [label('pool', 'Exists'), label('pool', 'DoesNotExist')]],
    ['In and DoesNotExist', [label('pool', 'In', 'a'), label('pool', 'DoesNotExist')]],
    ['empty In', [label('pool', 'In')]],
    ['no integer between Gt and Lt', [label('gen', 'Gt', '3'), label('gen', 'Lt', '4')]],
    ['Gt with a value that is not an integer', [label('gen', 'Gt', 'x')]],
    ['In values outside the bounds', [label('gen', 'In', '2', 'x'), label('gen', 'Gt', '3')]],
    ['an unknown operator', [label('pool', 'Near', 'a')]],
    ['a malformed expression', [label('', '')]],
    ['windows and linux', [label('kubernetes.io/os', 'In', 'windows'), label('kubernetes.io/os', 'In', 'linux')]],
    ['beta and stable os labels with different values', [label('beta.kubernetes.io/os', 'In', 'windows'), label('kubernetes.io/os', 'In', 'linux')]],
    ['the kubelet always sets the os label', [label('kubernetes.io/os', 'DoesNotExist')]],
    ['two node names', [field('metadata.name', 'In', 'a'), field('metadata.name', 'In', 'b')]],
  ])('contradictory: %s', (_name, requirements) => expect(requirementsSatisfiable(requirements)).toBe(false));
});

describe('selectionsIntersect', () => {
  it('nodeSelectors with the same key and different values are disjoint', () => {
    expect(selectionsIntersect(nodeSelectionOf(daemonSet({ nodeSelector: { pool: 'a' } })), nodeSelectionOf(daemonSet({ nodeSelector: { pool: 'b' } })))).toBe(false);
  });

  it('every node and some nodes intersect', () => {
    expect(selectionsIntersect(nodeSelectionOf(daemonSet({})), nodeSelectionOf(daemonSet({ nodeSelector: { pool: 'b' } })))).toBe(true);
  });

  it('one alternative that can meet the other is enough', () => {
    const a = nodeSelectionOf(daemonSet({ affinity: affinity([{ key: 'pool', operator: 'In', values: ['a'] }], [{ key: 'pool', operator: 'In', values: ['c'] }]) }));
    const b = nodeSelectionOf(daemonSet({ affinity: affinity([{ key: 'pool', operator: 'NotIn', values: ['a'] }]) }));
    expect(selectionsIntersect(a, b)).toBe(true);
  });

  it('nodeSelector and affinity terms combine: each term of one contradicts the other', () => {
    const a = nodeSelectionOf(daemonSet({ nodeSelector: { 'kubernetes.io/os': 'windows' } }));
    const b = nodeSelectionOf(
      daemonSet({ affinity: affinity([{ key: 'kubernetes.io/os', operator: 'In', values: ['linux'] }], [{ key: 'beta.kubernetes.io/os', operator: 'NotIn', values: ['windows'] }]) }),
    );
    expect(selectionsIntersect(a, b)).toBe(false);
  });

  it('a selection of no node (only empty terms) intersects nothing', () => {
    const none = nodeSelectionOf(daemonSet({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{}] } } } }));
    expect(none.alternatives).toEqual([]);
    expect(selectionsIntersect(none, nodeSelectionOf(daemonSet({})))).toBe(false);
  });

  it('different nodeNames are disjoint', () => {
    expect(selectionsIntersect(nodeSelectionOf(daemonSet({ nodeName: 'a' })), nodeSelectionOf(daemonSet({ nodeName: 'b' })))).toBe(false);
  });
});

describe('mayShareNode', () => {
  const controlPlaneOnly = {
    nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
    tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
  };

  it('a control-plane DaemonSet and one that does not tolerate the control-plane taint never meet', () => {
    expect(mayShareNode(placementOf(daemonSet(controlPlaneOnly)), placementOf(daemonSet({})))).toBe(false);
    expect(mayShareNode(placementOf(daemonSet({})), placementOf(daemonSet(controlPlaneOnly)))).toBe(false);
  });

  it('they meet when both tolerate the taint', () => {
    expect(mayShareNode(placementOf(daemonSet(controlPlaneOnly)), placementOf(daemonSet({ tolerations: [{ operator: 'Exists' }] })))).toBe(true);
  });

  it('a DaemonSet that asks for control-plane nodes without the toleration runs on none of them', () => {
    const untolerated = { nodeSelector: { 'node-role.kubernetes.io/control-plane': '' } };
    expect(mayShareNode(placementOf(daemonSet(untolerated)), placementOf(daemonSet({ tolerations: [{ operator: 'Exists' }] })))).toBe(false);
  });

  it('other taints are not inferred from labels', () => {
    const gpu = { nodeSelector: { dedicated: 'gpu' }, tolerations: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] };
    expect(mayShareNode(placementOf(daemonSet(gpu)), placementOf(daemonSet({})))).toBe(true);
  });

  it('contradicting node selection is disjoint whatever the tolerations', () => {
    expect(mayShareNode(placementOf(daemonSet({ nodeSelector: { pool: 'a' } })), placementOf(daemonSet({ nodeSelector: { pool: 'b' } })))).toBe(false);
  });

  it('a DaemonSet that runs on every node meets one that runs on workers', () => {
    expect(mayShareNode(placementOf(daemonSet({ tolerations: [{ operator: 'Exists' }] })), placementOf(daemonSet({ nodeSelector: { pool: 'a' } })))).toBe(true);
  });
});
