import type { AnyRule } from '../types/rule.js';
type Schema = Record<string, unknown>;
/**
 * The JSON Schema of `.daemonlint.yaml`, made from the same lists the loader checks against and
 * from each rule's option schema, so that editors (yaml-language-server, through the
 * `# yaml-language-server: $schema=` line `daemonlint init` writes) complete and validate what
 * the loader accepts. Built with the bundle (dist/daemonlint.schema.json, shipped in the package).
 * Rule ids with a `/` are plugins' and take any options.
 */
export declare function configSchema(rules: readonly AnyRule[]): Schema;
export {};
