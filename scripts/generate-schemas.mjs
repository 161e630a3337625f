// Derives the DaemonSet schema of each bundled Kubernetes version from the Kubernetes OpenAPI
// (swagger 2.0) documents and compiles it into a standalone validator module, so that nothing
// compiles a schema at run time.
//
//   node scripts/generate-schemas.mjs [path-to-k8s-openapi-dir] [output-dir]
//   (defaults: ../shared/k8s-openapi and src/schema/generated, relative to the project root)
//
// Writes, for every swagger-v1.X.json found:
//   src/schema/generated/v1.X.schema.json   the derived JSON schema (draft-07), for review and tests
//   src/schema/generated/v1.X.validate.js   ajv standalone ESM validator of that schema
//   src/schema/generated/v1.X.validate.d.ts its type
// and src/schema/generated/versions.ts (the versions and one literal import() per version, so a
// bundler splits each validator into its own chunk) and src/schema/generated/SOURCE.md.
//
// The output depends only on the input files and the installed ajv version: same input, same bytes.

import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inputDir = path.resolve(process.argv[2] ?? path.join(projectRoot, '..', 'shared', 'k8s-openapi'));
const outputDir = path.resolve(process.argv[3] ?? path.join(projectRoot, 'src', 'schema', 'generated'));

const AJV_VERSION = createRequire(import.meta.url)('ajv/package.json').version;

const ROOT = 'io.k8s.api.apps.v1.DaemonSet';
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/**
 * The Kubernetes quantity grammar (k8s.io/apimachinery/pkg/api/resource, quantity.go and
 * suffix.go): a signed decimal with at least one digit, then an optional binary suffix
 * (Ki..Ei), decimal suffix (n, u, m, k, M, G, T, P, E) or decimal exponent (e/E and a signed
 * integer). `Quantity.UnmarshalJSON` trims surrounding white space (Go's unicode.IsSpace) first.
 */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*';
const QUANTITY_PATTERN = `^${GO_SPACE}[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?${GO_SPACE}$`;

/**
 * These swagger documents carry no `enum` keywords for the DaemonSet's definitions; the allowed
 * values of some fields are stated only in their descriptions. A field gets an enum here only
 * where the API server rejects other values (`Unsupported value`, pkg/apis/core/validation) and
 * only in the versions whose description states exactly this set, matched by `stated`. When a
 * later version words it differently, the enum is left out for that version (with a warning)
 * until this table says what the new wording means. Empty strings stay allowed: the API server
 * defaults an empty value before validating it.
 *
 * Fields whose values another rule checks, with the API server's own messages, are left out so
 * that a manifest does not get two findings for one value: imagePullPolicy,
 * terminationMessagePolicy, ports' protocol, dnsPolicy, preemptionPolicy, toleration operator and
 * effect, mountPropagation, recursiveReadOnly, hostPath type, httpGet scheme (api-validation),
 * restartPolicy (restart-policy-always), updateStrategy.type (update-strategy), label selector
 * operators (selector-match-labels).
 */
const STATED_ENUMS = [
  { definition: 'io.k8s.api.core.v1.NodeSelectorRequirement', property: 'operator', stated: / Valid operators are In, NotIn, Exists, DoesNotExist\. Gt, and Lt\.$/, values: ['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'] },
  { definition: 'io.k8s.api.core.v1.SeccompProfile', property: 'type', stated: /Valid options are:\n\nLocalhost - .* RuntimeDefault - .* Unconfined - [^-]*$/, values: ['Localhost', 'RuntimeDefault', 'Unconfined'] },
  { definition: 'io.k8s.api.core.v1.AppArmorProfile', property: 'type', stated: /Valid options are:\n {2}Localhost - .*\n {2}RuntimeDefault - .*\n {2}Unconfined - [^\n]*$/, values: ['Localhost', 'RuntimeDefault', 'Unconfined'] },
  { definition: 'io.k8s.api.core.v1.TopologySpreadConstraint', property: 'whenUnsatisfiable', stated: /^WhenUnsatisfiable indicates .* - DoNotSchedule \(default\) tells .* - ScheduleAnyway tells /s, values: ['DoNotSchedule', 'ScheduleAnyway'] },
  { definition: 'io.k8s.api.core.v1.TopologySpreadConstraint', property: 'nodeAffinityPolicy', stated: / Options are: - Honor: (?:(?! - \w+:).)* - Ignore: (?:(?! - \w+:).)*$/s, values: ['Honor', 'Ignore'] },
  { definition: 'io.k8s.api.core.v1.TopologySpreadConstraint', property: 'nodeTaintsPolicy', stated: / Options are: - Honor: (?:(?! - \w+:).)* - Ignore: (?:(?! - \w+:).)*$/s, values: ['Honor', 'Ignore'] },
  { definition: 'io.k8s.api.core.v1.PodSecurityContext', property: 'fsGroupChangePolicy', stated: / Valid values are "OnRootMismatch" and "Always"\. /, values: ['Always', 'OnRootMismatch'] },
  { definition: 'io.k8s.api.core.v1.PodSecurityContext', property: 'supplementalGroupsPolicy', stated: / Valid values are "Merge" and "Strict"\. /, values: ['Merge', 'Strict'] },
  { definition: 'io.k8s.api.core.v1.PodSecurityContext', property: 'seLinuxChangePolicy', stated: / Valid values are "MountOption" and "Recursive"\.\n/, values: ['MountOption', 'Recursive'] },
];

/**
 * Fields of the read-only status: the API server discards a submitted status, so what its
 * definitions call required is never asked of a manifest. Their fields are still decoded
 * strictly (unknown fields and wrong types are rejected).
 */
const STATUS_DEFINITIONS = new Set(['io.k8s.api.apps.v1.DaemonSetStatus', 'io.k8s.api.apps.v1.DaemonSetCondition']);

const INT32 = { minimum: -2147483648, maximum: 2147483647 };

const warnings = new Set();

function main() {
  const files = readdirSync(inputDir)
    .map((name) => ({ name, match: /^swagger-v(\d+)\.(\d+)\.json$/.exec(name) }))
    .filter((f) => f.match)
    .map((f) => ({ file: f.name, version: `${f.match[1]}.${f.match[2]}`, major: Number(f.match[1]), minor: Number(f.match[2]) }))
    .sort((a, b) => a.major - b.major || a.minor - b.minor);
  if (files.length === 0) throw new Error(`no swagger-v1.X.json files in ${inputDir}`);
  const commits = readSourceCommits(path.join(inputDir, 'SOURCE.md'));

  mkdirSync(outputDir, { recursive: true });
  // Remove what an earlier run generated (a version may have been dropped), nothing else.
  for (const name of readdirSync(outputDir)) {
    if (/^v\d+\.\d+\.(schema\.json|validate\.js|validate\.d\.ts)$/.test(name)) rmSync(path.join(outputDir, name));
  }
  const rows = [];
  for (const { file, version } of files) {
    const input = readFileSync(path.join(inputDir, file));
    const swagger = JSON.parse(input.toString('utf8'));
    const { schema, enums } = deriveSchema(swagger, version);
    const schemaText = `${JSON.stringify(schema, null, 2)}\n`;
    writeFileSync(path.join(outputDir, `v${version}.schema.json`), schemaText);
    const code = compile(schema, version, file);
    writeFileSync(path.join(outputDir, `v${version}.validate.js`), code);
    writeFileSync(path.join(outputDir, `v${version}.validate.d.ts`), DECLARATION);
    rows.push({
      file,
      version,
      commit: commits.get(file) ?? '(not listed in SOURCE.md)',
      sha256: createHash('sha256').update(input).digest('hex'),
      definitions: Object.keys(schema.definitions).length,
      enums,
      schemaBytes: Buffer.byteLength(schemaText),
      codeBytes: Buffer.byteLength(code),
    });
  }
  writeFileSync(path.join(outputDir, 'versions.ts'), versionsModule(rows.map((r) => r.version)));
  writeFileSync(path.join(outputDir, 'SOURCE.md'), sourceNote(rows));
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const r of rows) {
    console.log(`v${r.version}: ${r.definitions} definitions, ${r.enums.length} stated enums, schema ${kb(r.schemaBytes)}, validator ${kb(r.codeBytes)}`);
  }
}

/** The definitions a DaemonSet reaches, rewritten for strict validation of a manifest. */
function deriveSchema(swagger, version) {
  const source = swagger.definitions;
  if (!source?.[ROOT]) throw new Error(`v${version}: no ${ROOT} definition`);
  const reachable = new Set([ROOT]);
  const queue = [ROOT];
  while (queue.length > 0) {
    for (const ref of refsOf(source[queue.shift()])) {
      if (!source[ref]) throw new Error(`v${version}: dangling $ref ${ref}`);
      if (!reachable.has(ref)) {
        reachable.add(ref);
        queue.push(ref);
      }
    }
  }
  const enums = [];
  const definitions = {};
  for (const name of [...reachable].sort()) {
    definitions[name] = convertDefinition(name, source[name], version, enums);
  }
  // A listed field whose description no longer states a known set: say so, so the table is updated.
  for (const { definition, property } of STATED_ENUMS) {
    const key = `${definition}.${property}`;
    if (source[definition]?.properties?.[property] && !enums.includes(key) && reachable.has(definition)) {
      if (!STATED_ENUMS.some((e) => `${e.definition}.${e.property}` === key && e.stated.test(source[definition].properties[property].description ?? ''))) {
        warnings.add(`v${version}: ${key} states no known set of values; no enum for it in this version`);
      }
    }
  }
  return {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `urn:daemonlint:kubernetes:v${version}:daemonset`,
      $ref: `#/definitions/${ROOT}`,
      definitions,
    },
    enums,
  };
}

/** `$ref` targets of a definition, walking only places that hold schemas. */
function refsOf(schema) {
  const out = [];
  const visit = (s) => {
    if (!s || typeof s !== 'object') return;
    if (typeof s.$ref === 'string') out.push(refName(s.$ref));
    for (const p of Object.values(s.properties ?? {})) visit(p);
    if (s.items) visit(s.items);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') visit(s.additionalProperties);
    for (const key of ['allOf', 'anyOf', 'oneOf']) for (const sub of s[key] ?? []) visit(sub);
  };
  visit(schema);
  return out;
}

function refName(ref) {
  const prefix = '#/definitions/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

function convertDefinition(name, definition, version, enums) {
  if (name === QUANTITY) {
    // A YAML number (`cpu: 1`, `cpu: 0.5`) reaches the API as a JSON number, which Quantity accepts.
    return { type: ['string', 'number', 'null'], pattern: QUANTITY_PATTERN };
  }
  const converted = convert(definition, `${version} ${name}`);
  if (STATUS_DEFINITIONS.has(name)) delete converted.required;
  for (const entry of STATED_ENUMS) {
    if (entry.definition !== name) continue;
    const property = definition.properties?.[entry.property];
    const target = converted.properties?.[entry.property];
    if (!property || !target) continue;
    if (!entry.stated.test(property.description ?? '')) continue;
    if (target.enum) throw new Error(`v${version} ${name}.${entry.property}: already has an enum`);
    target.enum = [...entry.values, '', null];
    enums.push(`${name}.${entry.property}`);
  }
  return converted;
}

/**
 * One swagger schema as strict JSON schema. Every value may be null: Kubernetes decodes a JSON
 * null (an empty YAML value) as "not set" for any field. Descriptions, formats and x-kubernetes-*
 * extensions are dropped once their meaning is applied.
 */
function convert(schema, where) {
  if (schema.$ref) return { $ref: schema.$ref };
  if (schema['x-kubernetes-int-or-string'] === true || schema.format === 'int-or-string') {
    // IntOrString holds an int32 (k8s.io/apimachinery/pkg/util/intstr): larger numbers fail to decode.
    return { type: ['integer', 'string', 'null'], ...INT32 };
  }
  if (Array.isArray(schema.enum)) {
    const out = convertTyped(schema, where);
    out.enum = schema.enum.includes(null) ? [...schema.enum] : [...schema.enum, null];
    return out;
  }
  return convertTyped(schema, where);
}

function convertTyped(schema, where) {
  const type = schema.type;
  if (type === 'object' || (type === undefined && (schema.properties || schema.additionalProperties))) {
    const out = { type: ['object', 'null'] };
    if (schema.properties) {
      out.properties = {};
      for (const key of Object.keys(schema.properties).sort()) out.properties[key] = convert(schema.properties[key], `${where}.${key}`);
      // Kubernetes decodes API objects strictly: a field the type does not declare is rejected.
      out.additionalProperties = false;
      if (Array.isArray(schema.required) && schema.required.length > 0) out.required = [...schema.required];
    } else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      // A map (labels, annotations, nodeSelector, resource limits): any key, typed values.
      out.additionalProperties = convert(schema.additionalProperties, `${where}{}`);
    }
    // Neither: a free-form object (FieldsV1), open.
    return out;
  }
  if (type === 'array') {
    if (!schema.items) throw new Error(`${where}: array without items`);
    return { type: ['array', 'null'], items: convert(schema.items, `${where}[]`) };
  }
  if (type === 'integer') {
    return schema.format === 'int32' ? { type: ['integer', 'null'], ...INT32 } : { type: ['integer', 'null'] };
  }
  if (type === 'string' || type === 'boolean' || type === 'number') return { type: [type, 'null'] };
  throw new Error(`${where}: unsupported schema ${JSON.stringify(schema).slice(0, 200)}`);
}

function compile(schema, version, file) {
  const ajv = new Ajv.default({
    allErrors: true,
    // Errors carry the object schema they come from: the rule reads the known field names
    // there to suggest one for an unknown field.
    verbose: true,
    strict: true,
    strictTypes: false, // ["object","null"] unions are intended
    inlineRefs: false, // one function per definition instead of a copy at every use
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  const validate = ajv.compile(schema);
  const code = standaloneCode.default(ajv, validate);
  const header =
    `// Generated by scripts/generate-schemas.mjs from ${file} (Kubernetes ${version}); do not edit.\n` +
    '// Validates a DaemonSet manifest strictly against that version\'s API schema (see SOURCE.md).\n';
  return `${header}${code}\n`;
}

const DECLARATION = `// Generated by scripts/generate-schemas.mjs; do not edit.
import type { ErrorObject } from 'ajv';

export interface DaemonSetSchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: DaemonSetSchemaValidator;
export default validate;
`;

function versionsModule(versions) {
  const cases = versions.map((v) => `  '${v}': () => import('./v${v}.validate.js'),`).join('\n');
  return `// Generated by scripts/generate-schemas.mjs; do not edit.
import type { DaemonSetSchemaValidator } from './v${versions[versions.length - 1]}.validate.js';

/** Kubernetes minor versions with a bundled schema, oldest first. */
export const bundledKubeVersions = ${JSON.stringify(versions).replace(/,/g, ', ')} as const;

/**
 * One literal \`import()\` per version, so a bundler emits each validator as its own chunk and a run
 * loads only the version it validates against.
 */
export const validatorModules: Readonly<Record<string, () => Promise<{ default: DaemonSetSchemaValidator }>>> = {
${cases}
};
`;
}

function readSourceCommits(file) {
  const commits = new Map();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return commits;
  }
  for (const m of text.matchAll(/^\|\s*(swagger-v[\d.]+\.json)\s*\|[^|]*\|\s*([0-9a-f]{40})\s*\|/gm)) commits.set(m[1], m[2]);
  return commits;
}

function sourceNote(rows) {
  const table = rows
    .map((r) => `| v${r.version} | ${r.file} | ${r.commit} | \`${r.sha256.slice(0, 16)}\` | ${r.definitions} | ${kb(r.schemaBytes)} | ${kb(r.codeBytes)} |`)
    .join('\n');
  const enumLines = rows.map((r) => `- v${r.version}: ${r.enums.length ? r.enums.map((e) => `\`${e.replace(/^io\.k8s\.api\.core\.v1\./, '')}\``).join(', ') : 'none'}`).join('\n');
  return `# Generated DaemonSet schemas

Generated by \`node scripts/generate-schemas.mjs [path-to-k8s-openapi-dir]\` (default
\`../shared/k8s-openapi\`) with ajv ${AJV_VERSION}; do not edit by hand. Regenerate after changing
the generator, adding a Kubernetes version or upgrading ajv, and commit the result: nothing
compiles a schema at run time, and the same inputs give the same bytes.

Input: the Kubernetes OpenAPI (swagger 2.0) documents from kubernetes-client/javascript,
\`src/gen/swagger.json.unprocessed\` (Apache-2.0, The Kubernetes Authors); commits as listed in the
input folder's SOURCE.md. The sha256 prefix identifies the exact input file.

| version | input | source commit | input sha256 | definitions | schema | validator |
|---|---|---|---|---|---|---|
${table}

## What the generator does to the OpenAPI

- Keeps only the definitions reachable from \`${ROOT}\`; drops descriptions and
  \`x-kubernetes-*\` extensions.
- \`additionalProperties: false\` on every object type that declares \`properties\` (the API
  server decodes strictly there); maps (\`additionalProperties: {...}\`: labels, annotations,
  nodeSelector, resource limits and requests) stay open with typed values.
- Every value may also be \`null\` (an empty YAML value means "not set" to the API server).
- Int-or-string (\`format: int-or-string\` or \`x-kubernetes-int-or-string\`) accepts an integer or a
  string; \`int32\` integers (and the integer of an int-or-string) must fit in 32 bits.
- \`${QUANTITY}\` accepts a number, or a string in the Kubernetes quantity grammar.
- \`apiVersion\` and \`kind\` are plain strings: which versions are removed is the api-version rule's
  business.
- \`required\` lists are kept, except in the status definitions (the API server discards a
  submitted status).
- These swagger documents carry no \`enum\` keywords for a DaemonSet; the generator adds the
  allowed values of a few fields that the API server checks and no other rule reports, only in
  versions whose OpenAPI description states exactly that set (\`STATED_ENUMS\` in the generator;
  an empty string stays allowed, as the server defaults it):

${enumLines}
`;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

main();
