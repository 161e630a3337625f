import type { DaemonSet } from 'kubernetes-types/apps/v1.js';
import type { FixSafety, JsonPath, ObjectRef, Severity } from './finding.js';
import { bounded } from './bounded-text.js';
import { ownString } from './own-string.js';
import type { Inventory } from './inventory.js';

export type { FixSafety };

/** A JSON schema for a rule's options object (validated with ajv when a config sets options). */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta<Options> {
  description: string;
  /** Severity in the `recommended` preset. */
  severity: Severity;
  /** True when the rule offers fixes for some of its findings. */
  fixable: boolean;
  /**
   * Messages by id. `{{name}}` is replaced by `data.name` in both parts. A plain string is a
   * headline with no help (plugins may still write them so).
   */
  messages: Record<string, string | MessageTemplate>;
  /** Schema of the options object; omitted when the rule takes no options. */
  optionsSchema?: OptionsSchema;
  defaultOptions: Options;
  /** `security` rules carry a SARIF security-severity. */
  tags: readonly ('security' | 'reliability' | 'api' | 'best-practice')[];
  /** CVSS-like 0.0-10.0 score for GitHub code scanning; security rules only. */
  securitySeverity?: number;
  /** False for rules only the `strict` and `all` presets turn on (default true). */
  recommended?: boolean;
  /** The rule reads `context.inventory`: it runs only when a node inventory is given (`--nodes`). */
  requiresInventory?: boolean;
}

/** One message of a rule. */
export interface MessageTemplate {
  /** The headline: what is wrong, with the names and values that identify it; one line, about 80 characters at most once rendered. */
  message: string;
  /** Why it matters and how to fix it: shown under the headline on request (`--verbose`), in SARIF's rule help, on hover in an editor. */
  help: string;
}

/**
 * A change a fix makes, said in terms of the object, never of text: the engine turns it into a
 * minimal text edit in the document's own style.
 */
export type FixRequest = FixChange & {
  /**
   * `unsafe` when the change may alter what the workload does beyond the finding (a mount made
   * read-only that the agent writes, a DNS policy chosen for it): `--fix` applies only safe fixes,
   * `--unsafe-fixes` the rest. Decided per finding; default `safe`.
   */
  safety?: FixSafety;
};

export type FixChange =
  | { op: 'set'; path: JsonPath; value: string | number | boolean }
  | { op: 'delete'; path: JsonPath }
  | { op: 'rename'; path: JsonPath; to: string }
  | { op: 'append'; path: JsonPath; value: Record<string, string | number | boolean> };

export interface ReportDescriptor {
  /** Path from the DaemonSet root to the most specific node the finding is about. */
  path: JsonPath;
  messageId: string;
  data?: Record<string, string | number>;
  /** Point at the mapping key (default) or at its value. */
  at?: 'key' | 'value';
  fix?: FixRequest;
  /** A privilege the manifest justifies: reported, but as a suppressed result with this reason. */
  justification?: string;
  /**
   * For a rule whose findings differ in weight (node-fit: a pod too big for a node is an error, a
   * large share of the node a warning): this finding's severity while the rule runs at its default
   * level. A level the configuration sets (in the config file, with `--rule`, or by the `strict`
   * preset) applies to every finding of the rule.
   */
  severity?: Severity;
  /**
   * For a privilege that is not (validly) justified: the annotation that would justify it
   * (`daemonlint.io/justification.hostNetwork`), so that an editor can offer to add it.
   */
  justifyWith?: string;
}

/**
 * What `check` is given besides the DaemonSet. One context serves a rule for every DaemonSet of a
 * file (of a thread's share of it, in a parallel run): `object` and `report` are about the
 * DaemonSet being checked; a report after the check has returned is a failure of the rule.
 */
export interface RuleContext<Options> {
  readonly options: Options;
  /** The object being checked, for messages. */
  readonly object: ObjectRef;
  /** The date justifications expire against (the run's clock; fixed in tests). */
  readonly now: Date;
  /** Kubernetes minor version the run targets, e.g. "1.36". */
  readonly kubeVersion: string;
  /** The node inventory of the run (`--nodes`, `nodes:` in the config), read once per run; undefined when none is given. */
  readonly inventory?: Inventory;
  report(descriptor: ReportDescriptor): void;
}

/**
 * An object of the whole input, as rules across the input see it: its value, or what the rule's
 * `collect` kept of it.
 */
export interface InputObject<Value = Record<string, unknown>> {
  ref: ObjectRef;
  value: Value;
  /** The file it came from (as reported) and its document index there. */
  file: string;
  documentIndex: number;
}

export interface InputReportDescriptor extends Omit<ReportDescriptor, 'fix' | 'justification' | 'justifyWith'> {
  /** The object the finding is about (its path is relative to that object's root). */
  object: InputObject<unknown>;
  /** Other places the finding involves, shown beside it (SARIF relatedLocations). */
  related?: { object: InputObject<unknown>; path: JsonPath; message: string }[];
  /**
   * Characters `start` to `end` (UTF-16, end exclusive) of the value of the scalar at `path`:
   * the finding points there instead of at the whole node (an error inside a CEL expression).
   */
  within?: { start: number; end: number };
}

export interface InputRuleContext<Options> {
  readonly options: Options;
  readonly kubeVersion: string;
  /** As in RuleContext. */
  readonly inventory?: Inventory;
  report(descriptor: InputReportDescriptor): void;
  /**
   * The whole value of an object this rule was given, read again from its document. A rule that
   * keeps little of each object (memory stays flat) reads the ones it needs in full, one at a time.
   */
  read(object: InputObject<unknown>): Record<string, unknown> | undefined;
}

/**
 * A rule is either per DaemonSet (`check`, called once for each) or across the whole input
 * (`checkAll`, called once with every workload object of every file and stdin, or the objects of
 * the kinds it collects).
 */
export interface Rule<Options = Record<string, never>, Kept = Record<string, unknown>> {
  id: string;
  meta: RuleMeta<Options>;
  /**
   * Loads what `check` needs before a run (the schema validator of the target version), so that
   * `check` stays synchronous and a run pays only for what its rules use.
   */
  prepare?(settings: { kubeVersion: string }): Promise<void>;
  check?(daemonSet: DaemonSet, context: RuleContext<Options>): void;
  /**
   * For a rule across the input: what it needs of one workload object, taken while that object's
   * document is linted; undefined when the object does not concern the rule. `checkAll` then sees
   * this as the object's `value`, and only objects it was given for. Without `collect`, every
   * workload object's whole value is kept until the end of the run (and `Kept` should then be
   * left at its default). The result must be plain data (it may come back from a worker thread)
   * and must not depend on other objects. `context` says what the run targets.
   */
  collect?(object: InputObject, options: Options, context: { kubeVersion: string }): Kept | undefined;
  /**
   * The kinds of object `collect` (or, without it, `checkAll`) is given: by default the workload
   * kinds (those with a pod template or pod spec); `'*'` for every object of the input.
   */
  collectKinds?: readonly string[] | '*';
  /**
   * May return a promise: a rule loads what it needs once it knows the input calls for it
   * (admission-policy loads its CEL engine only when the input holds policies).
   */
  checkAll?(objects: readonly InputObject<Kept>[], context: InputRuleContext<Options>): void | Promise<void>;
}

/** Identity with types: lets a rule module declare its options once and have them checked. */
export function defineRule<Options = Record<string, never>, Kept = Record<string, unknown>>(rule: Rule<Options, Kept>): Rule<Options, Kept> {
  return rule;
}

// Rules are stored in heterogeneous lists; their options are checked against their schema at load.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any>;

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  let compiled = compiledTemplates.get(template);
  if (compiled === undefined) {
    compiled = { id: compiledTemplates.size, parts: template.split(PLACEHOLDER) };
    compiledTemplates.set(template, compiled);
  }
  const { id, parts } = compiled;
  if (parts.length === 1) return template;
  // split() with two capture groups yields text, placeholder, name, text, placeholder, name, ...
  // A value comes from the manifest: each is quoted up to MAX_QUOTED characters, so a 1 MB name stays a line.
  const values: (string | undefined)[] = [];
  let key = `${id}`;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1];
    const value = data && name in data ? bounded(String(data[name])) : undefined;
    values.push(value);
    // Each value with its length (a value may hold any character); a missing one as "-".
    key += value === undefined ? '-' : `:${value.length}:${value}`;
  }
  const known = renderedTexts.get(key);
  if (known !== undefined) return known;
  let out = parts[0];
  for (let i = 1, v = 0; i < parts.length; i += 3, v++) out += (values[v] ?? parts[i]) + parts[i + 2];
  if (renderedTexts.size >= MAX_SHARED) renderedTexts.clear();
  // Copies, the text and its key: kept past their run (by the language server, for hours), strings
  // joined from names cut from a document would keep that document's whole text alive.
  const own = ownString(out);
  renderedTexts.set(ownString(key), own);
  return own;
}

/**
 * One string for each text rendered again and again: most findings of an input repeat a headline
 * and help of a few hundred characters (the same control, the same container name), and each
 * finding lives until the report. Kept apart, as the pieces `+=` joined, they were a third of the
 * heap of 20,000 DaemonSets in one file, copied and traced by every collection. Found by the
 * template and its values (a short key), not by the text: a help text is hundreds of characters
 * to join, flatten and hash for each finding. At most MAX_SHARED are held, then all forgotten at once.
 */
const renderedTexts = new Map<string, string>();
const MAX_SHARED = 4096;

const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;
/** Messages are rendered once per finding, thousands of times per template on a big input: split each template once. */
const compiledTemplates = new Map<string, { id: number; parts: string[] }>();

/** The headline a rule's report renders to; an unknown message id is a bug in the rule. */
export function renderMessage(rule: { id: string; meta: { messages: Record<string, string | MessageTemplate> } }, messageId: string, data: Record<string, string | number> | undefined): string {
  const template = rule.meta.messages[messageId];
  if (template === undefined) throw new Error(`rule "${rule.id}" reported unknown messageId "${messageId}"`);
  return formatMessage(typeof template === 'string' ? template : template.message, data);
}

/** The help text of a rule's message, rendered with the same data; undefined when the message has none. */
export function renderHelp(rule: { meta: { messages: Record<string, string | MessageTemplate> } }, messageId: string, data: Record<string, string | number> | undefined): string | undefined {
  const template = rule.meta.messages[messageId];
  return template === undefined || typeof template === 'string' ? undefined : formatMessage(template.help, data);
}
