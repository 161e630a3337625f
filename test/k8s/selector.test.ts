import { describe, expect, it } from 'vitest';
import {
  describeRequirement,
  labelKeyErrors,
  labelValueErrors,
  readLabels,
  readSelector,
  requirementMatches,
  selectorMatches,
} from '../../src/k8s/selector.js';

const NAME_REGEX_ERROR =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_REGEX_ERROR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('labelKeyErrors', () => {
  it.each(['app', 'a', 'App.Name_1-x', '123', 'app.kubernetes.io/name', 'k8s.io/A', `${'a'.repeat(253)}/${'b'.repeat(63)}`])(
    'accepts %s',
    (key) => expect(labelKeyErrors(key)).toEqual([]),
  );

  it('rejects a name that does not start and end with an alphanumeric character', () => {
    expect(labelKeyErrors('-app')).toEqual([NAME_REGEX_ERROR]);
    expect(labelKeyErrors('app_')).toEqual([NAME_REGEX_ERROR]);
    expect(labelKeyErrors('my app')).toEqual([NAME_REGEX_ERROR]);
  });

  it('rejects an empty name, with or without a prefix', () => {
    expect(labelKeyErrors('')).toEqual(['name part must be non-empty', NAME_REGEX_ERROR]);
    expect(labelKeyErrors('example.com/')).toEqual(['name part must be non-empty', NAME_REGEX_ERROR]);
  });

  it('limits the name to 63 bytes, counting bytes rather than characters', () => {
    expect(labelKeyErrors('a'.repeat(63))).toEqual([]);
    expect(labelKeyErrors('a'.repeat(64))).toEqual(['name part must be no more than 63 bytes']);
    expect(labelKeyErrors(`${'a'.repeat(30)}é`)).toEqual([NAME_REGEX_ERROR]);
    expect(labelKeyErrors('é'.repeat(32))).toEqual(['name part must be no more than 63 bytes', NAME_REGEX_ERROR]);
  });

  it('wants the prefix to be a lowercase DNS subdomain of at most 253 bytes', () => {
    const subdomainError =
      "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
    expect(labelKeyErrors('Example.com/app')).toEqual([subdomainError]);
    expect(labelKeyErrors('example..com/app')).toEqual([subdomainError]);
    expect(labelKeyErrors('/app')).toEqual(['prefix part must be non-empty']);
    expect(labelKeyErrors(`${'a'.repeat(254)}/app`)).toEqual(['prefix part must be no more than 253 bytes']);
  });

  it('rejects more than one slash with a single error', () => {
    expect(labelKeyErrors('a/b/c')).toEqual([
      "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
  });
});

describe('labelValueErrors', () => {
  it.each(['', 'agent', 'v1.2.3', 'My_Value-1', 'a'.repeat(63)])('accepts %j', (value) => expect(labelValueErrors(value)).toEqual([]));

  it('rejects bad characters and ends', () => {
    expect(labelValueErrors('agent_')).toEqual([VALUE_REGEX_ERROR]);
    expect(labelValueErrors('a/b')).toEqual([VALUE_REGEX_ERROR]);
    expect(labelValueErrors(' agent')).toEqual([VALUE_REGEX_ERROR]);
  });

  it('rejects more than 63 bytes', () => {
    expect(labelValueErrors('a'.repeat(64))).toEqual(['must be no more than 63 bytes']);
  });
});

describe('requirementMatches', () => {
  const labels = { app: 'agent', tier: 'node', empty: '' };

  it.each([
    [{ key: 'app', operator: 'Equals', values: ['agent'] }, true],
    [{ key: 'app', operator: 'Equals', values: ['other'] }, false],
    [{ key: 'missing', operator: 'Equals', values: ['agent'] }, false],
    [{ key: 'empty', operator: 'Equals', values: [''] }, true],
    [{ key: 'missing', operator: 'Equals', values: [''] }, false],
    [{ key: 'tier', operator: 'In', values: ['web', 'node'] }, true],
    [{ key: 'tier', operator: 'In', values: ['web'] }, false],
    [{ key: 'missing', operator: 'In', values: ['node'] }, false],
    [{ key: 'tier', operator: 'NotIn', values: ['web'] }, true],
    [{ key: 'tier', operator: 'NotIn', values: ['web', 'node'] }, false],
    [{ key: 'missing', operator: 'NotIn', values: ['node'] }, true],
    [{ key: 'tier', operator: 'Exists', values: [] }, true],
    [{ key: 'empty', operator: 'Exists', values: [] }, true],
    [{ key: 'missing', operator: 'Exists', values: [] }, false],
    [{ key: 'missing', operator: 'DoesNotExist', values: [] }, true],
    [{ key: 'tier', operator: 'DoesNotExist', values: [] }, false],
  ] as const)('%j → %s', (requirement, expected) => {
    expect(requirementMatches(requirement, labels)).toBe(expected);
  });

  it('does not mistake inherited object properties for labels', () => {
    expect(requirementMatches({ key: 'constructor', operator: 'Exists', values: [] }, {})).toBe(false);
    expect(requirementMatches({ key: 'toString', operator: 'DoesNotExist', values: [] }, {})).toBe(true);
  });
});

describe('selectorMatches', () => {
  const labels = { app: 'agent', tier: 'node' };

  it('needs every matchLabels pair and every expression to hold', () => {
    expect(selectorMatches({ matchLabels: { app: 'agent' } }, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: { app: 'agent', tier: 'web' } }, labels)).toBe(false);
    expect(
      selectorMatches(
        {
          matchLabels: { app: 'agent' },
          matchExpressions: [
            { key: 'tier', operator: 'In', values: ['node', 'edge'] },
            { key: 'canary', operator: 'DoesNotExist' },
          ],
        },
        labels,
      ),
    ).toBe(true);
    expect(
      selectorMatches({ matchLabels: { app: 'agent' }, matchExpressions: [{ key: 'canary', operator: 'Exists' }] }, labels),
    ).toBe(false);
  });

  it('reads an empty YAML value as the empty string', () => {
    expect(selectorMatches({ matchLabels: { app: null } }, { app: '' })).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'In', values: [null] }] }, { app: '' })).toBe(true);
  });

  it('selects nothing without a selector and everything with an empty one, as LabelSelectorAsSelector', () => {
    expect(selectorMatches(undefined, labels)).toBe(false);
    expect(selectorMatches(null, labels)).toBe(false);
    expect(selectorMatches({}, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: {}, matchExpressions: [] }, {})).toBe(true);
  });

  it('selects nothing when the API would reject the selector', () => {
    expect(selectorMatches({ matchLabels: { app: 1 } }, { app: '1' })).toBe(false);
    expect(selectorMatches({ matchLabels: { '-app': 'agent' } }, { '-app': 'agent' })).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'in', values: ['agent'] }] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'Exists', values: ['agent'] }] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'NotIn' }] }, labels)).toBe(false);
  });

  it('selects nothing when the selector cannot be decoded', () => {
    expect(selectorMatches(5, labels)).toBe(false);
    expect(selectorMatches({ matchLabels: ['app'] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: { key: 'app' } }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: ['app'] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'In', values: 'agent' }] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: ['In'], values: ['agent'] }] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: Object.create(null) as object }] }, labels)).toBe(false);
  });
});

describe('readSelector', () => {
  it('gives each requirement the path of what wrote it', () => {
    const read = readSelector({ matchLabels: { app: 'agent' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] });
    expect(read).toEqual({
      requirements: [
        { requirement: { key: 'app', operator: 'Equals', values: ['agent'] }, path: ['matchLabels', 'app'] },
        { requirement: { key: 'tier', operator: 'Exists', values: [] }, path: ['matchExpressions', 0] },
      ],
      issues: [],
      empty: false,
      malformed: false,
    });
  });

  it('reports each problem of an expression once, and keeps the requirement out', () => {
    const read = readSelector({
      matchExpressions: [
        { key: 'a', operator: 'Gt', values: ['1'] },
        { operator: 'Exists' },
        { key: 'b', values: ['x'] },
        { key: 'c', operator: 'DoesNotExist', values: ['x'] },
        { key: 'd', operator: 'In', values: [] },
        { key: 'e', operator: 'In', values: ['ok', 'bad_', true] },
      ],
    });
    expect(read.requirements).toEqual([]);
    expect(read.issues).toEqual([
      { kind: 'badOperator', index: 0, operator: 'Gt', path: ['matchExpressions', 0, 'operator'], at: 'value' },
      { kind: 'missingKey', index: 1, path: ['matchExpressions', 1], at: 'key' },
      { kind: 'missingOperator', index: 2, path: ['matchExpressions', 2], at: 'key' },
      { kind: 'valuesForbidden', index: 3, key: 'c', operator: 'DoesNotExist', path: ['matchExpressions', 3, 'values'], at: 'key' },
      { kind: 'valuesRequired', index: 4, key: 'd', operator: 'In', path: ['matchExpressions', 4, 'values'], at: 'key' },
      { kind: 'invalidValue', key: 'e', value: 'bad_', reasons: [VALUE_REGEX_ERROR], path: ['matchExpressions', 5, 'values', 1], at: 'value' },
      { kind: 'nonStringValue', key: 'e', value: true, path: ['matchExpressions', 5, 'values', 2], at: 'value' },
    ]);
  });

  it('counts an empty key as an invalid key, not a missing one', () => {
    expect(readSelector({ matchExpressions: [{ key: '', operator: 'Exists' }] }).issues).toEqual([
      { kind: 'invalidKey', key: '', reasons: ['name part must be non-empty', NAME_REGEX_ERROR], path: ['matchExpressions', 0, 'key'], at: 'value' },
    ]);
  });

  it('is empty with no entries in either field, and not when a field has the wrong shape', () => {
    expect(readSelector({}).empty).toBe(true);
    expect(readSelector({ matchLabels: null, matchExpressions: [] }).empty).toBe(true);
    expect(readSelector({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }).empty).toBe(false);
    expect(readSelector({ matchLabels: 'app' })).toMatchObject({ malformed: true });
  });
});

describe('readLabels', () => {
  it('keeps strings and empty values, and sets aside what the API cannot decode', () => {
    const read = readLabels({ app: 'agent', empty: null, version: 1, enabled: true, list: ['a'] });
    expect(read.labels).toEqual({ app: 'agent', empty: '' });
    expect([...read.unreadable]).toEqual(['version', 'enabled', 'list']);
    expect(read.issues).toEqual([
      { kind: 'nonStringValue', key: 'version', value: 1, path: ['version'], at: 'value' },
      { kind: 'nonStringValue', key: 'enabled', value: true, path: ['enabled'], at: 'value' },
    ]);
  });

  it('reports invalid keys and values; a label with an invalid key still counts for matching, one with an invalid value does not', () => {
    const read = readLabels({ 'bad key': 'x', app: 'agent_' });
    expect(read.labels).toEqual({ 'bad key': 'x' });
    expect(read.issues.map((i) => i.kind)).toEqual(['invalidKey', 'invalidValue']);
  });
});

describe('describeRequirement', () => {
  it.each([
    [{ key: 'app', operator: 'Equals', values: ['agent'] }, 'app=agent'],
    [{ key: 'app', operator: 'Equals', values: [''] }, 'app=""'],
    [{ key: 'tier', operator: 'In', values: ['node', 'edge'] }, 'tier in (node, edge)'],
    [{ key: 'tier', operator: 'NotIn', values: ['web'] }, 'tier notin (web)'],
    [{ key: 'tier', operator: 'Exists', values: [] }, 'tier to exist'],
    [{ key: 'tier', operator: 'DoesNotExist', values: [] }, 'tier not to exist'],
  ] as const)('%j', (requirement, text) => expect(describeRequirement(requirement)).toBe(text));
});
