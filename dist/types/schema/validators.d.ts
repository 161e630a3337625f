import type { ErrorObject } from 'ajv';
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
export declare const supportedKubeVersions: readonly string[];
/** The newest bundled version, used when no version is given. */
export declare const defaultKubeVersion: string;
/**
 * The bundled schema that stands for a Kubernetes minor version: the version itself when it is
 * bundled; for a version in between (1.31), the next newer bundled one, so that no field the
 * cluster knows is called unknown; for a version newer than all, the newest. Undefined for text
 * that is no `major.minor` version, or for a version older than the oldest bundled.
 */
export declare function schemaVersionFor(kubeVersion: string): string | undefined;
/**
 * Loads the validator for a Kubernetes version (see `schemaVersionFor`), importing only that
 * version's module; later calls return the same validator. Rejects for a version with no schema.
 */
export declare function loadValidator(kubeVersion?: string): Promise<DaemonSetSchemaValidator>;
/** Makes `loadedValidator(kubeVersion)` available; call before running rules synchronously. */
export declare function preloadValidator(kubeVersion?: string): Promise<void>;
/** The validator for a version if it has been loaded, for synchronous callers such as rules. */
export declare function loadedValidator(kubeVersion: string): DaemonSetSchemaValidator | undefined;
/**
 * The Kubernetes versions a run may target: every minor from the oldest bundled schema to the
 * newest (a minor in between is checked with the next newer schema, see schemaVersionFor).
 */
export declare const targetableKubeVersions: readonly string[];
/**
 * Why a run cannot target this version, or undefined when it can: a version newer than the
 * newest schema would be checked against an older API (its new fields called unknown, its
 * removals missed), so it is refused rather than quietly checked as the newest.
 */
export declare function unsupportedKubeVersion(kubeVersion: string): string | undefined;
export declare function unsupportedMessage(kubeVersion: string): string;
