/**
 * daemonlint's library API (`import { lint } from 'daemonlint'`), documented in docs/api.md.
 * Everything exported here is public: changing it is a breaking change of the package.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configFromValue } from './config/config.js';
import { lint as lintWith, type LintOptions, type LintRun } from './run/lint.js';

export type { FileFix, LintOptions, LintRun } from './run/lint.js';
export { LintCache } from './run/lint-context.js';
export { ConfigError, type Config, type RuleSetting } from './config/config.js';
export { InputError } from './inputs/load.js';
export { InventoryError } from './inventory/problems.js';
export { inventoryFromTexts, loadInventory, type InventoryFile } from './inventory/load.js';
export type { CoverageReport, DaemonSetCoverage, Inventory, InventoryTaint, NodeOutcome, NodePool } from './types/inventory.js';
export type { SourceFile } from './yaml/source-file.js';
export {
  defineRule,
  type AnyRule,
  type FixChange,
  type FixRequest,
  type OptionsSchema,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
  type RuleMeta,
} from './types/rule.js';
export type {
  Finding,
  FixSafety,
  FormatOptions,
  Formatter,
  JsonPath,
  Level,
  LintResult,
  ObjectRef,
  Position,
  Range,
  RuleInfo,
  Severity,
  Suppression,
} from './types/finding.js';
export { formatterNames, formatters, getFormatter, type FormatterName } from './report/index.js';
export type { JsonReport, JsonFinding, JsonSummary } from './report/json.js';
export type { SarifLog } from './report/sarif.js';
export { builtinRules } from './rules/index.js';
export { configSchema } from './run/config-schema.js';
export { supportedKubeVersions } from './schema/validators.js';
export {
  RuleTester,
  yaml,
  type ExpectedFinding,
  type InvalidCase,
  type RuleTestCases,
  type ValidCase,
} from './testing/rule-tester.js';
export { VERSION as version } from './version.js';

// Built, the library sits beside the CLI's worker script and lints large inputs on threads like
// the CLI; run from source, there is no worker and everything stays on one thread.
const bundledWorker = new URL('./worker.js', import.meta.url);
const workerUrl = bundledWorker.protocol === 'file:' && existsSync(fileURLToPath(bundledWorker)) ? bundledWorker : undefined;

/**
 * Lints files (`patterns`) and in-memory texts (`texts`) with the nearest `.daemonlint.yaml`
 * (or `configFile` / `config`) and returns every finding, sorted by file and position. Nothing
 * is printed and nothing is written, even with `fix` (the fixed texts are in `fixes`).
 * Throws `ConfigError` for a bad configuration, `InputError` for unreadable inputs and
 * `InventoryError` for a node inventory (`nodes`) it cannot use.
 */
export function lint(options: LintOptions = {}): Promise<LintRun> {
  // A config object from a caller is checked as a file is (and may be written as one).
  return options.config === undefined ? lintWith({ workerUrl, ...options }) : Promise.resolve().then(() => lintWith({ workerUrl, ...options, config: configFromValue(options.config) }));
}
