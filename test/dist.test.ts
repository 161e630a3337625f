import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { supportedKubeVersions } from '../src/schema/validators.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('the committed bundle (dist/)', () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'daemonlint-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is what the sources build to: run `npm run build` and commit dist/ when this fails', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), fresh], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const committed = listFiles(path.join(root, 'dist'));
    expect(committed).toEqual(listFiles(fresh));
    for (const file of committed) {
      expect(readFileSync(path.join(root, 'dist', file), 'utf8'), file).toBe(readFileSync(path.join(fresh, file), 'utf8'));
    }
  });

  it('imports by name no export of a built-in module that Node 20.0 lacks (an ES module that does fails to load there)', () => {
    // Added after 20.0: crypto.hash (20.12), process.getBuiltinModule (20.16), util.styleText (20.12),
    // util.getCallSite, module.enableCompileCache (22).
    const newer: Record<string, readonly string[]> = { 'node:crypto': ['hash'], 'node:process': ['getBuiltinModule'], 'node:util': ['styleText', 'getCallSite'], 'node:module': ['enableCompileCache'] };
    const named = /import\s*\{([^}]*)\}\s*from\s*"(node:[\w/]+)"/g;
    const found: string[] = [];
    for (const file of listFiles(path.join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
      for (const [, names, id] of readFileSync(path.join(root, 'dist', file), 'utf8').matchAll(named)) {
        for (const name of names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0])) if (newer[id]?.includes(name)) found.push(`${file}: ${name} from ${id}`);
      }
    }
    expect(found).toStrictEqual([]);
  });
});

/** DaemonSets that between them make every kind of schema error. */
const container = { name: 'agent', image: 'example.com/agent:1.0.0' };
const daemonSet = (spec: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent', namespace: 'default' },
  spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [container] } }, ...spec },
  ...rest,
});
const podSpec = (fields: Record<string, unknown>) => daemonSet({ template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [container], ...fields } } });
const samples: unknown[] = [
  daemonSet({}),
  daemonSet({ replicas: 2 }, { bogus: true, status: { numberReady: 'three', conditions: [{ type: 1 }] } }),
  daemonSet({ minReadySeconds: 1.5, revisionHistoryLimit: -3e9, updateStrategy: { type: 'Sometimes', rollingUpdate: { maxSurge: [] } } }),
  daemonSet({ selector: undefined, template: undefined }),
  podSpec({ containers: {}, initContainers: [null, { image: 5 }], hostNetwork: 'yes', nodeSelector: { a: 1 } }),
  podSpec({ containers: [{ ...container, ports: [{ containerPort: '80' }, { containerPort: 1e12, hostPort: -1 }], resources: { requests: { cpu: 'lots', memory: ' 1Gi ' }, limits: { cpu: 2 } } }] }),
  podSpec({ securityContext: { seccompProfile: { type: 'Bogus' }, appArmorProfile: { type: 'Localhost' } }, topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'k', whenUnsatisfiable: 'Maybe' }] }),
  podSpec({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'k', operator: 'Near' }] }] } } }, volumes: [{ name: 'v', hostPath: {} }, { emptyDir: { sizeLimit: '1x' } }] }),
  { kind: 'DaemonSet', spec: null, metadata: { labels: [], annotations: { a: null } } },
  'not an object',
  null,
  [],
];

describe('the schema validators in dist/chunks', () => {
  const corpus = path.join(root, '..', 'shared', 'corpus');
  const corpusDocuments = existsSync(corpus)
    ? readdirSync(corpus, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.ya?ml$/.test(f))
        .flatMap((f) => {
          try {
            return loadAll(readFileSync(path.join(corpus, f), 'utf8')).filter((d) => (d as { kind?: unknown } | null)?.kind === 'DaemonSet');
          } catch {
            return [];
          }
        })
    : [];

  it.each(supportedKubeVersions)('%s reports exactly the errors of the generated validator it is minified from', async (version) => {
    const built = createRequire(import.meta.url)(path.join(root, 'dist', 'chunks', `v${version}.validate.cjs`)).default;
    const generated = (await import(pathToFileURL(path.join(root, 'src', 'schema', 'generated', `v${version}.validate.js`)).href)).default;
    for (const document of [...samples, ...corpusDocuments]) {
      expect(built(document)).toBe(generated(document));
      expect(built.errors).toEqual(generated.errors);
    }
  });

  it('between them, the samples make every kind of error', async () => {
    const generated = (await import(pathToFileURL(path.join(root, 'src', 'schema', 'generated', `v${supportedKubeVersions.at(-1)}.validate.js`)).href)).default;
    const keywords = new Set(samples.flatMap((document) => (generated(document) ? [] : generated.errors.map((e: { keyword: string }) => e.keyword))));
    // No enum and no required lists: the values a field takes and what it requires are api-validation's (scripts/generate-schemas.mjs).
    expect([...keywords].sort()).toEqual(['additionalProperties', 'maximum', 'minimum', 'pattern', 'type']);
  });
});
