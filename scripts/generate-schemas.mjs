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

const INT32 = { minimum: -2147483648, maximum: 2147483647 };
// As doubles: the validator sees JavaScript numbers; integers past 2^53 are bigints, which the
// schema rule checks against the exact int64 range itself.
const INT64 = { minimum: -9223372036854775808, maximum: 9223372036854775807 };

/**
 * Versions the input has no OpenAPI for, derived from the next version's by removing what that
 * version added (the fields that exist from it on, per its release notes and the API's
 * "+featureGate" markers): the derived schema then calls them unknown, as that API server does.
 */
const DERIVED_VERSIONS = [
  {
    version: '1.31',
    from: 'swagger-v1.32.json',
    // Added in 1.32 (alpha): SELinuxChangePolicy (KEP-1710) and PodLevelResources (KEP-2837).
    remove: [
      ['io.k8s.api.core.v1.PodSecurityContext', 'seLinuxChangePolicy'],
      ['io.k8s.api.core.v1.PodSpec', 'resources'],
    ],
  },
];

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
  for (const derived of DERIVED_VERSIONS) {
    if (files.some((f) => f.version === derived.version) || !files.some((f) => f.file === derived.from)) continue;
    const [major, minor] = derived.version.split('.').map(Number);
    files.push({ file: derived.from, version: derived.version, major, minor, derived });
  }
  files.sort((a, b) => a.major - b.major || a.minor - b.minor);
  const rows = [];
  let newest;
  for (const { file, version, derived } of files) {
    const input = readFileSync(path.join(inputDir, file));
    const swagger = JSON.parse(input.toString('utf8'));
    for (const [definition, property] of derived?.remove ?? []) {
      if (!swagger.definitions[definition]?.properties?.[property]) throw new Error(`v${version}: ${definition}.${property} is not in ${file}`);
      delete swagger.definitions[definition].properties[property];
    }
    const { schema } = deriveSchema(swagger, version);
    newest = schema;
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
      derived,
      schemaBytes: Buffer.byteLength(schemaText),
      codeBytes: Buffer.byteLength(code),
    });
  }
  writeFileSync(path.join(outputDir, 'versions.ts'), versionsModule(rows.map((r) => r.version)));
  writeFileSync(path.join(outputDir, 'shapes.ts'), shapesModule(newest, rows[rows.length - 1].version));
  writeFileSync(path.join(outputDir, 'SOURCE.md'), sourceNote(rows));
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  for (const r of rows) {
    console.log(`v${r.version}: ${r.definitions} definitions, schema ${kb(r.schemaBytes)}, validator ${kb(r.codeBytes)}`);
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
  const definitions = {};
  for (const name of [...reachable].sort()) definitions[name] = convertDefinition(name, source[name], version);
  return {
    schema: {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `urn:daemonlint:kubernetes:v${version}:daemonset`,
      $ref: `#/definitions/${ROOT}`,
      definitions,
    },
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

function convertDefinition(name, definition, version) {
  if (name === QUANTITY) {
    // A YAML number (`cpu: 1`, `cpu: 0.5`) reaches the API as a JSON number, which Quantity accepts.
    return { type: ['string', 'number', 'null'], pattern: QUANTITY_PATTERN };
  }
  return convert(definition, `${version} ${name}`);
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
      // Its `required` list is left out: decoding does not enforce it; what validation requires
      // the api-validation rule reports, in the API server's words.
      out.additionalProperties = false;
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
    return { type: ['integer', 'null'], ...(schema.format === 'int32' ? INT32 : INT64) };
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
  const derivedLines = rows
    .filter((r) => r.derived)
    .map((r) => `- v${r.version}: from ${r.file}, without ${r.derived.remove.map(([d, p]) => `\`${d.replace(/^io\.k8s\.api\.core\.v1\./, '')}.${p}\``).join(' and ')} (added in the next version)`)
    .join('\n');
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

Versions with no OpenAPI of their own in the input are derived from the next version's, without
the fields that version added (\`DERIVED_VERSIONS\` in the generator):

${derivedLines}

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
- Int64 integers must fit in 64 bits.
- \`required\` lists are left out: the API server's decoding does not enforce them, and what its
  validation requires (\`Required value\`) is the api-validation rule's to report.
- No \`enum\`: the values a field accepts are checked by the api-validation rule (\`Unsupported
  value\`), with the API's wording and its version's rules.
- \`shapes.ts\`: the type of every field of the newest version in a few characters each, for the
  engine's reading of \`null\` (Go's zero value: \`""\`, 0, false, an unset field).
`;
}

/**
 * The shape of every definition of a schema, as the engine reads nulls by it: for each field a
 * code, `s` string, `i` integer, `n` number, `b` boolean, `q` quantity, `x` int-or-string, `o` a
 * free-form object, `#Name` a definition, `[` + code a list, `{` + code a map.
 */
function shapesModule(schema, version) {
  const shortName = (name) => name.slice(name.lastIndexOf('.') + 1);
  const names = Object.keys(schema.definitions);
  const seen = new Map();
  for (const name of names) {
    const short = shortName(name);
    if (seen.has(short)) throw new Error(`shapes: ${name} and ${seen.get(short)} have the same short name`);
    seen.set(short, name);
  }
  const code = (s) => {
    if (s.$ref) {
      const name = refName(s.$ref);
      if (name === QUANTITY) return 'q';
      // A definition with no fields (Time, FieldsV1) is its own type.
      return schema.definitions[name].properties ? `#${shortName(name)}` : code(schema.definitions[name]);
    }
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes('integer') && types.includes('string')) return 'x';
    if (types.includes('array')) return `[${code(s.items)}`;
    if (types.includes('object')) return s.properties ? 'o' : s.additionalProperties && typeof s.additionalProperties === 'object' ? `{${code(s.additionalProperties)}` : 'o';
    if (types.includes('string')) return 's';
    if (types.includes('integer')) return 'i';
    if (types.includes('number')) return 'n';
    if (types.includes('boolean')) return 'b';
    throw new Error(`shapes: no code for ${JSON.stringify(s).slice(0, 100)}`);
  };
  const lines = [];
  for (const name of names.sort()) {
    const definition = schema.definitions[name];
    if (!definition.properties) continue;
    const fields = Object.entries(definition.properties).map(([key, s]) => `${key}: '${code(s)}'`);
    lines.push(`  ${shortName(name)}: { ${fields.join(', ')} },`);
  }
  return `// Generated by scripts/generate-schemas.mjs from the Kubernetes ${version} schema; do not edit.

/**
 * Every struct a DaemonSet reaches, field by field: \`s\` string, \`i\` integer, \`n\` number, \`b\`
 * boolean, \`q\` quantity, \`x\` int-or-string, \`o\` free-form object, \`#Name\` a struct below,
 * \`[\` + code a list of it, \`{\` + code a map to it.
 */
export const SHAPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
${lines.join('\n')}
};
`;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

main();
