import type { ErrorObject } from 'ajv';
import { bundledKubeVersions, validatorModules } from './generated/versions.js';
import type { DaemonSetSchemaValidator } from './generated/v1.36.validate.js';

/**
 * The DaemonSet schema validators, one per bundled Kubernetes minor version, generated ahead of
 * time by scripts/generate-schemas.mjs (nothing compiles a schema at run time).
 *
 * Each validator is a module of about half a megabyte, so only the version a run targets is
 * loaded. Loading is asynchronous (a dynamic `import()`, one literal per version so a bundler
 * splits them into chunks), while rules run synchronously: call `preloadValidator(version)`
 * before linting, then the `schema` rule finds it with `loadedValidator(version)`.
 */

export type SchemaError = ErrorObject;
export type { DaemonSetSchemaValidator };

/** Kubernetes minor versions with a bundled schema, oldest first. */
export const supportedKubeVersions: readonly string[] = [...bundledKubeVersions];

/** The newest bundled version, used when no version is given. */
export const defaultKubeVersion: string = supportedKubeVersions[supportedKubeVersions.length - 1];

const loaded = new Map<string, DaemonSetSchemaValidator>();
const loading = new Map<string, Promise<DaemonSetSchemaValidator>>();

/**
 * The bundled schema that stands for a Kubernetes minor version: the version itself when it is
 * bundled; for a version in between (1.31), the next newer bundled one, so that no field the
 * cluster knows is called unknown; for a version newer than all, the newest. Undefined for text
 * that is no `major.minor` version, or for a version older than the oldest bundled.
 */
export function schemaVersionFor(kubeVersion: string): string | undefined {
  // Asked once per DaemonSet by the schema rule: the answer never changes within a run.
  if (resolvedVersions.has(kubeVersion)) return resolvedVersions.get(kubeVersion);
  const resolved = resolveSchemaVersion(kubeVersion);
  resolvedVersions.set(kubeVersion, resolved);
  return resolved;
}

const resolvedVersions = new Map<string, string | undefined>();

function resolveSchemaVersion(kubeVersion: string): string | undefined {
  const wanted = parseMinor(kubeVersion);
  if (!wanted) return undefined;
  const oldest = parseMinor(supportedKubeVersions[0])!;
  if (compare(wanted, oldest) < 0) return undefined;
  for (const version of supportedKubeVersions) {
    if (compare(parseMinor(version)!, wanted) >= 0) return version;
  }
  return defaultKubeVersion;
}

/**
 * Loads the validator for a Kubernetes version (see `schemaVersionFor`), importing only that
 * version's module; later calls return the same validator. Rejects for a version with no schema.
 */
export function loadValidator(kubeVersion: string = defaultKubeVersion): Promise<DaemonSetSchemaValidator> {
  const version = schemaVersionFor(kubeVersion);
  if (version === undefined) return Promise.reject(new Error(unsupportedMessage(kubeVersion)));
  const ready = loaded.get(version);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(version);
  if (!pending) {
    pending = validatorModules[version]().then((module) => {
      loaded.set(version, module.default);
      loading.delete(version);
      return module.default;
    });
    loading.set(version, pending);
  }
  return pending;
}

/** Makes `loadedValidator(kubeVersion)` available; call before running rules synchronously. */
export async function preloadValidator(kubeVersion: string = defaultKubeVersion): Promise<void> {
  await loadValidator(kubeVersion);
}

/** The validator for a version if it has been loaded, for synchronous callers such as rules. */
export function loadedValidator(kubeVersion: string): DaemonSetSchemaValidator | undefined {
  const version = schemaVersionFor(kubeVersion);
  return version === undefined ? undefined : loaded.get(version);
}

/**
 * The Kubernetes versions a run may target: every minor from the oldest bundled schema to the
 * newest (a minor in between is checked with the next newer schema, see schemaVersionFor).
 */
export const targetableKubeVersions: readonly string[] = (() => {
  const [major, oldest] = parseMinor(supportedKubeVersions[0])!;
  const newest = parseMinor(defaultKubeVersion)![1];
  return Array.from({ length: newest - oldest + 1 }, (_, i) => `${major}.${oldest + i}`);
})();

/**
 * Why a run cannot target this version, or undefined when it can: a version newer than the
 * newest schema would be checked against an older API (its new fields called unknown, its
 * removals missed), so it is refused rather than quietly checked as the newest.
 */
export function unsupportedKubeVersion(kubeVersion: string): string | undefined {
  if (targetableKubeVersions.includes(kubeVersion)) return undefined;
  return `"${kubeVersion}" is not a supported Kubernetes version; supported: ${targetableKubeVersions.join(', ')}`;
}

export function unsupportedMessage(kubeVersion: string): string {
  return `no bundled Kubernetes schema for version "${kubeVersion}"; supported: ${supportedKubeVersions[0]} and newer (bundled: ${supportedKubeVersions.join(', ')})`;
}

function parseMinor(version: string): [number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function compare(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}
