import { ENGINE_RULES, EXCLUDE_KEYS, LEVEL_ALIASES, LEVELS, PRESETS, TOP_LEVEL_KEYS } from '../config/config.js';
import { targetableKubeVersions } from '../schema/validators.js';
import type { AnyRule } from '../types/rule.js';
import { HOMEPAGE } from '../version.js';

type Schema = Record<string, unknown>;

/**
 * The JSON Schema of `.daemonlint.yaml`, made from the same lists the loader checks against and
 * from each rule's option schema, so that editors (yaml-language-server, through the
 * `# yaml-language-server: $schema=` line `daemonlint init` writes) complete and validate what
 * the loader accepts. Built with the bundle (dist/daemonlint.schema.json, shipped in the package).
 * Rule ids with a `/` are plugins' and take any options.
 */
export function configSchema(rules: readonly AnyRule[]): Schema {
  const level: Schema = {
    description: 'off, info, warning (or warn), error; false is off',
    enum: [...LEVELS, ...Object.keys(LEVEL_ALIASES), false],
  };
  const setting = (description: string, options?: Schema): Schema => ({
    description,
    anyOf: [
      { $ref: '#/definitions/level' },
      options === undefined
        ? { type: 'array', items: [{ $ref: '#/definitions/level' }], minItems: 1, maxItems: 1 }
        : { type: 'array', items: [{ $ref: '#/definitions/level' }, options], minItems: 1, maxItems: 2 },
    ],
  });
  const ruleProperties: Record<string, Schema> = {};
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    ruleProperties[rule.id] = setting(`${rule.meta.description} (${HOMEPAGE}/blob/main/docs/rules/${rule.id}.md)`, rule.meta.optionsSchema as Schema | undefined);
  }
  for (const id of Object.keys(ENGINE_RULES)) {
    ruleProperties[id] = setting(`The engine's ${id} rule (${HOMEPAGE}/blob/main/docs/rules/${id}.md)`);
  }
  const strings = (description: string): Schema => ({ description, type: 'array', items: { type: 'string', minLength: 1 } });
  const properties: Record<(typeof TOP_LEVEL_KEYS)[number], Schema> = {
    extends: { description: 'The preset the rules start from.', enum: [...PRESETS] },
    rules: {
      description: 'A level per rule id, or [level, {options}].',
      type: ['object', 'null'],
      properties: ruleProperties,
      patternProperties: { '/': setting("A plugin's rule: the plugin checks its options.", { type: 'object' }) },
      additionalProperties: false,
    },
    kubeVersion: {
      description: `The Kubernetes minor version to validate against: ${targetableKubeVersions.join(', ')}.`,
      anyOf: [{ type: 'string', pattern: `^v?(${targetableKubeVersions.map((v) => v.replace('.', '\\.')).join('|')})(\\.\\d+)?$` }, { type: 'number' }],
    },
    requireReason: { description: 'Suppressions must say why to count.', type: 'boolean' },
    ignore: strings('Path globs, relative to this file, that are not linted at all.'),
    exclude: {
      description: 'Findings of some rules on some objects, accepted with the reason.',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rules: strings('Rule ids; none means every rule.'),
          objects: strings('namespace/name patterns; * matches any run of characters.'),
          reason: { description: 'Why these findings are accepted (required while requireReason is on).', type: 'string' },
        } satisfies Record<(typeof EXCLUDE_KEYS)[number], Schema>,
        required: ['objects'],
        additionalProperties: false,
      },
    },
    baseline: { description: 'A baseline file, relative to this file.', type: 'string', minLength: 1 },
    plugins: strings('Rule plugins: paths relative to this file, or package names.'),
    policies: strings('Files, directories or globs of admission policies, bindings, Namespaces and params, read with every run.'),
    maxFileSize: {
      description: 'The largest input read: bytes, or a size such as "64MiB" or "500KB"; a larger one is a yaml-syntax error.',
      anyOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*([bB]|[bB]ytes?|[kKmMgG]([iI]?[bB])?)?\\s*$' }],
    },
    ruleTimeout: { description: "Milliseconds one call into a plugin's code may take.", type: 'integer', minimum: 1 },
    nodes: {
      description: 'Node inventory files, relative to this file: kubectl get nodes -o yaml output, or NodePool entries.',
      anyOf: [{ type: 'string', minLength: 1 }, strings('Node inventory files, relative to this file.')],
    },
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${HOMEPAGE}/blob/main/dist/daemonlint.schema.json`,
    title: 'daemonlint configuration (.daemonlint.yaml)',
    type: ['object', 'null'],
    definitions: { level },
    properties,
    additionalProperties: false,
  };
}
