import type { ErrorObject } from 'ajv';
import { lastFieldSteps } from '../k8s/field-path.js';
import { defineRule, type ReportDescriptor } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { jsonText } from '../k8s/values.js';
import { loadedValidator, preloadValidator, schemaVersionFor, unsupportedMessage } from '../schema/validators.js';

/**
 * Strict validation against the Kubernetes OpenAPI schema of the target version, as the API
 * server decodes a DaemonSet with strict field validation: unknown fields, wrong types, integers
 * that do not fit their field, quantities that do not parse. What the API's validation requires
 * or forbids after decoding (a missing name, a value outside its set) is api-validation's, in the
 * API's own words, so that one problem gives one finding. The validators are generated ahead of time
 * (scripts/generate-schemas.mjs); this rule turns their errors into one finding per problem.
 */
export default defineRule({
  id: 'schema',
  meta: {
    description:
      'Strict validation against the Kubernetes OpenAPI schema of the selected version, as the API server decodes a DaemonSet: unknown fields, wrong types, integers that do not fit, quantities that do not parse.',
    severity: 'error',
    fixable: false,
    messages: {
      unknownField: {
        message: 'unknown field "{{field}}" in {{where}}{{suggestion}}',
        help: 'The DaemonSet API has no field "{{field}}" in {{location}}: with strict field validation (kubectl\'s default since 1.27) the API server rejects the DaemonSet, and without it the field is silently dropped. {{advice}}',
      },
      wrongType: {
        message: '{{field}}: expected {{expected}}, got {{actual}}',
        help: 'The API server cannot decode {{path}}: it expects {{expected}}, and the manifest has {{actual}}. Quote a value that must be a string; write numbers and booleans without quotes.',
      },
      invalidValue: {
        message: '{{field}} {{value}} is not one of {{allowed}}',
        help: 'The API server rejects {{value}} for {{path}}: the allowed values are {{allowed}} (case matters).',
      },
      invalidQuantity: {
        message: '{{field}} {{value}} is not a quantity, like 500m or 128Mi',
        help: 'The API server rejects {{path}}: {{value}} is not a quantity. Write a number with an optional suffix, such as 500m, 128Mi, 2G or 1e3.',
      },
      outOfRange: {
        message: '{{field}} {{value}} does not fit in a {{bits}}-bit integer',
        help: 'The API server rejects {{path}}: the field is a {{bits}}-bit integer, and {{value}} is outside its range.',
      },
      invalid: {
        message: '{{field}}: {{reason}}',
        help: 'The API server rejects {{path}}: {{reason}}.',
      },
      missingApiVersion: {
        message: 'missing apiVersion: set apiVersion: apps/v1',
        help: 'The API server needs apiVersion to know what the object is, and rejects it without one. DaemonSets are served at apps/v1.',
      },
      unknownApiVersion: {
        message: 'apiVersion {{apiVersion}} does not serve DaemonSets: use apps/v1',
        help: 'The API server serves DaemonSets at apps/v1 only (extensions/v1beta1 and apps/v1beta2 were removed in 1.16), and rejects this manifest. Use apiVersion: apps/v1.',
      },
    },
    defaultOptions: {},
    tags: ['api'],
  },
  prepare: ({ kubeVersion }) => preloadValidator(kubeVersion),
  check(daemonSet, context) {
    const validate = loadedValidator(context.kubeVersion);
    if (!validate) {
      const version = schemaVersionFor(context.kubeVersion);
      throw new Error(
        version === undefined
          ? unsupportedMessage(context.kubeVersion)
          : `the schema validator for Kubernetes ${version} is not loaded: await preloadValidator("${context.kubeVersion}") from src/schema/validators.ts before linting`,
      );
    }
    const apiVersion = apiVersionFinding(daemonSet as Record<string, unknown>);
    if (apiVersion) context.report(apiVersion);
    if (validate(daemonSet)) return;
    for (const finding of findingsOf(validate.errors ?? [], daemonSet)) context.report(finding);
  },
});

/**
 * What other rules report, so that one problem gives one finding. Paths are patterns: `*` stands
 * for any key, `#` for any list index.
 */
const OWNED_ELSEWHERE: Readonly<Record<'unknownField' | 'type', readonly (readonly string[])[]>> = {
  unknownField: [
    // no-replicas, no-deployment-fields
    ['spec', 'replicas'],
    ['spec', 'strategy'],
    ['spec', 'paused'],
    ['spec', 'progressDeadlineSeconds'],
  ],
  type: [
    // restart-policy-always reports any value but Always
    ['spec', 'template', 'spec', 'restartPolicy'],
    // selector-match-labels: label values that are not strings, operators and keys it checks
    ['spec', 'selector', 'matchLabels', '*'],
    ['spec', 'selector', 'matchExpressions', '#', 'key'],
    ['spec', 'selector', 'matchExpressions', '#', 'operator'],
    ['spec', 'selector', 'matchExpressions', '#', 'values', '#'],
    ['spec', 'template', 'metadata', 'labels', '*'],
  ],
};

function ownedElsewhere(kind: keyof typeof OWNED_ELSEWHERE, path: JsonPath): boolean {
  return OWNED_ELSEWHERE[kind].some(
    (pattern) =>
      pattern.length === path.length &&
      pattern.every((p, i) => p === (typeof path[i] === 'number' ? '#' : '*') || p === path[i]),
  );
}

/**
 * The apiVersions a DaemonSet may carry without a finding from this rule: apps/v1, and the
 * removed ones that the api-version rule reports.
 */
const KNOWN_API_VERSIONS = new Set(['apps/v1', 'extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']);

function apiVersionFinding(daemonSet: Record<string, unknown>): ReportDescriptor | undefined {
  const apiVersion = daemonSet.apiVersion;
  if (apiVersion === undefined || apiVersion === null || apiVersion === '') {
    // The object has no apiVersion node to point at; its kind says what it was meant to be.
    return { path: ['kind'], messageId: 'missingApiVersion' };
  }
  if (typeof apiVersion === 'string' && !KNOWN_API_VERSIONS.has(apiVersion)) {
    return { path: ['apiVersion'], at: 'value', messageId: 'unknownApiVersion', data: { apiVersion: quote(apiVersion) } };
  }
  return undefined; // apps/v1, a removed version (api-version), or not a string (a type error below)
}

function findingsOf(errors: readonly ErrorObject[], root: unknown): ReportDescriptor[] {
  // A value of the wrong type is one problem: its enum, pattern or range errors are noise.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const out: ReportDescriptor[] = [];
  for (const error of errors) {
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
    const finding = findingOf(error, instancePathOf(error.instancePath, root), root);
    if (finding) out.push(finding);
  }
  return out;
}

function findingOf(error: ErrorObject, path: JsonPath, root: unknown): ReportDescriptor | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      if (ownedElsewhere('unknownField', [...path, field])) return undefined;
      // Labels written straight under an otherwise empty selector: selector-match-labels says
      // they belong under matchLabels.
      if (path.length === 2 && path[0] === 'spec' && path[1] === 'selector' && selectsNothing(error.data)) return undefined;
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const close = closestName(field, known);
      return {
        path: [...path, field],
        messageId: 'unknownField',
        data: {
          field,
          where: locationOf(path, root, shortPath),
          location: locationOf(path, root),
          suggestion: close ? `; did you mean "${close}"?` : '',
          advice: close ? `Did you mean "${close}"?` : 'Check its spelling and indentation, or remove it.',
        },
      };
    }
    case 'type': {
      if (ownedElsewhere('type', path)) return undefined;
      const types = Array.isArray(params.type) ? (params.type as string[]) : [String(params.type)];
      // An integer past 2^53 is a bigint, which the validator does not take for a number.
      if (typeof error.data === 'bigint' && (types.includes('integer') || types.includes('number'))) return bigIntegerFinding(error, path, types);
      return {
        path,
        at: 'value',
        messageId: 'wrongType',
        data: { field: shortPath(path), path: fieldPath(path), expected: expectedOf(types), actual: describeValue(error.data) },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v): v is string => typeof v === 'string' && v !== '');
      return {
        path,
        at: 'value',
        messageId: 'invalidValue',
        data: { value: quote(error.data), field: shortPath(path), path: fieldPath(path), allowed: allowed.join(', ') },
      };
    }
    case 'pattern':
      // The only pattern in the generated schemas is the quantity grammar.
      return { path, at: 'value', messageId: 'invalidQuantity', data: { field: shortPath(path), path: fieldPath(path), value: quote(error.data) } };
    case 'minimum':
    case 'maximum':
      // The only bounds in the generated schemas are those of int32 and int64 fields.
      return { path, at: 'value', messageId: 'outOfRange', data: { field: shortPath(path), path: fieldPath(path), value: String(error.data), bits: bitsOf(error.parentSchema) } };
    default:
      return { path, at: 'value', messageId: 'invalid', data: { field: shortPath(path) || 'DaemonSet', path: fieldPath(path) || 'DaemonSet', reason: error.message ?? error.keyword } };
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The width of an integer field from its bounds: 32 for int32 (and int-or-string), else 64. */
function bitsOf(schema: unknown): string {
  return (schema as { maximum?: number } | undefined)?.maximum === 2147483647 ? '32' : '64';
}

/**
 * An integer the validator could not check because it is a bigint (past 2^53): in range of an
 * int64 field it is fine, as it is for a quantity; else it does not fit, reported with its digits.
 */
function bigIntegerFinding(error: ErrorObject, path: JsonPath, types: readonly string[]): ReportDescriptor | undefined {
  const value = error.data as bigint;
  const schema = error.parentSchema as { minimum?: number; maximum?: number } | undefined;
  const bits = bitsOf(schema);
  const fits = bits === '32' ? false : types.includes('integer') ? value >= INT64_MIN && value <= INT64_MAX : true;
  if (fits) return undefined;
  return { path, at: 'value', messageId: 'outOfRange', data: { field: shortPath(path), path: fieldPath(path), value: String(value), bits } };
}

/**
 * A selector with no matchLabels and no matchExpressions entries (and neither of the wrong type,
 * which selector-match-labels leaves to this rule): the case selector-match-labels reports.
 */
function selectsNothing(selector: unknown): boolean {
  const { matchLabels, matchExpressions } = selector as Record<string, unknown>;
  const noLabels = matchLabels == null || (isMapping(matchLabels) && Object.keys(matchLabels).length === 0);
  const noExpressions = matchExpressions == null || (Array.isArray(matchExpressions) && matchExpressions.length === 0);
  return noLabels && noExpressions;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An ajv instance path (JSON pointer) as a path of keys and list indexes. */
function instancePathOf(pointer: string, root: unknown): JsonPath {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

/** A field path as the API server writes it: `spec.template.spec.containers[0].ports[1]`. */
function fieldPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${segment}]`;
  }
  return out;
}

const CONTAINER_LISTS: Readonly<Record<string, string>> = {
  containers: 'container',
  initContainers: 'init container',
  ephemeralContainers: 'ephemeral container',
};

/**
 * Where an object is, for a person: `container "agent"`, `ports[0] of container "agent"`, the
 * field path elsewhere (`spec.template.spec`), or `the DaemonSet` for the top level.
 */
function locationOf(path: JsonPath, root: unknown, write: (path: JsonPath) => string = fieldPath): string {
  if (path.length === 0) return 'the DaemonSet';
  const [a, b, c, list, index] = path;
  if (a === 'spec' && b === 'template' && c === 'spec' && typeof list === 'string' && list in CONTAINER_LISTS && typeof index === 'number') {
    const name = (valueAt(root, path.slice(0, 5)) as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string') {
      const container = `${CONTAINER_LISTS[list]} "${name}"`;
      const rest = path.slice(5);
      return rest.length === 0 ? container : `${write(rest)} of ${container}`;
    }
  }
  return write(path);
}

/** A field as a headline names it: its last two names (`ports[0].containerPort`, `template.spec`). */
function shortPath(path: JsonPath): string {
  return fieldPath(lastFieldSteps(path));
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

const TYPE_NAMES: Readonly<Record<string, string>> = { object: 'a mapping', array: 'a list' };

function expectedOf(types: readonly string[]): string {
  return types
    .filter((t) => t !== 'null')
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `string ${quote(value)}`;
  if (typeof value === 'bigint') return `number ${String(value)}`;
  return `${typeof value} ${String(value)}`;
}

function quote(value: unknown): string {
  const text = jsonText(value);
  return text.length > 60 ? `${text.slice(0, 56)}..."` : text;
}

/**
 * The known field a misspelt one most likely meant: same letters in another case, or at most two
 * edits away (insertions, deletions, substitutions, swaps of neighbours), fewer for short names.
 */
function closestName(unknown: string, known: readonly string[]): string | undefined {
  const wanted = unknown.toLowerCase();
  const limit = Math.min(2, Math.max(1, Math.floor(unknown.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of [...known].sort()) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Optimal string alignment distance (Levenshtein plus transpositions of adjacent characters). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Math.abs(a.length - b.length);
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}
