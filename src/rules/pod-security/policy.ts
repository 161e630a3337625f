import type { JsonPath } from '../../types/finding.js';
import { containerAnchor, containerName, type ContainerRef } from '../../k8s/containers.js';
import { asRecord, jsonText } from '../../k8s/values.js';
import { memoize } from '../../k8s/memoize.js';
import type { MessageTemplate } from '../../types/rule.js';
import { bounded } from '../../types/bounded-text.js';

/**
 * The Pod Security Standards as pod-security-admission enforces them
 * (staging/src/k8s.io/pod-security-admission/policy/check_*.go in kubernetes/kubernetes; the
 * controls and their names are those of https://kubernetes.io/docs/concepts/security/pod-security-standards/).
 * Each control reads the pod template the way the admission plugin reads a pod: a field counts
 * when it holds the value the API would decode (`true`, a number, a string); a field of the wrong
 * type is an API error the `schema` rule reports, and grants nothing.
 */

export type PolicyLevel = 'baseline' | 'restricted';

/** What every control sees: the pod template's spec and metadata, its containers, the policy version. */
export interface PolicyInput {
  podSpec: Record<string, unknown>;
  /** The pod template's metadata (annotations are read from there, as admission reads the pod's). */
  podMetadata: Record<string, unknown> | undefined;
  /** Init, regular and ephemeral containers, in the order the admission plugin visits them. */
  containers: readonly ContainerRef[];
  /** The policy version's minor number (1.36 → 36). */
  minor: number;
  /** The profile being enforced: some controls differ between the two (see /proc Mount Type). */
  level: PolicyLevel;
  // The fields below are read once for all controls, which each read them for every DaemonSet.
  /** The pod's securityContext, when it is a mapping. */
  podSecurityContext: Record<string, unknown> | undefined;
  /** Each container's securityContext when it is a mapping, at the container's position in `containers`. */
  securityContexts: readonly (Record<string, unknown> | undefined)[];
  /** A pod in its own user namespace (`hostUsers: false`): some controls are relaxed for it. */
  userNamespace: boolean;
  /** A pod for Windows nodes: Linux-only restricted controls do not apply (policy 1.25+). */
  windows: boolean;
}

export function policyInput(
  podSpec: Record<string, unknown>,
  podMetadata: Record<string, unknown> | undefined,
  containers: readonly ContainerRef[],
  minor: number,
  level: PolicyLevel,
): PolicyInput {
  const securityContexts: (Record<string, unknown> | undefined)[] = [];
  for (let i = 0; i < containers.length; i++) securityContexts.push(asRecord(containers[i].container.securityContext));
  return {
    podSpec,
    podMetadata,
    containers,
    minor,
    level,
    podSecurityContext: asRecord(podSpec.securityContext),
    securityContexts,
    userNamespace: podSpec.hostUsers === false,
    windows: asRecord(podSpec.os)?.name === 'windows',
  };
}

/** A violated control: where to report it and what is wrong, listing every offending field. */
export interface Violation {
  path: JsonPath;
  at?: 'value';
  detail: string;
}

export interface Control {
  /** Message id; one per control. */
  id: string;
  /** The control's name in the Pod Security Standards. */
  name: string;
  level: PolicyLevel;
  check(input: PolicyInput): Violation | undefined;
}

/** The message a control's findings carry: the control and a summary, then the whole detail in the help. */
export function controlMessage(control: Control): MessageTemplate {
  return {
    message: '{{summary}}',
    help:
      `Pod Security Standards, ${control.level} profile, "${control.name}" control: {{detail}}. ` +
      `In a namespace that enforces ${control.level}, the PodSecurity admission controller rejects the DaemonSet's pods. ` +
      'Change the pod template as said, or, where the node agent needs the privilege, run it in a namespace with a lower profile and set this rule\'s level option to match.',
  };
}

/** Headlines are about 80 characters: lists of names give way to their count beyond that. */
const HEADLINE_LENGTH = 80;
const PARENTHESIS = / \((?:allowed|only)[^)]*\)/g;
const NAME_LIST = /\b(containers|volumes|sysctls) ("(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")+)/g;

/**
 * A violation's detail in short, for the headline: its first clause (the rest counted),
 * securityContext. left out (every field named is in one), the lists of what is allowed left to
 * the help, and, while the headline is too long, lists of names counted, "pod or" left out, a
 * long name cut, and at last the end cut.
 */
export function summarize(detail: string): string {
  return summaries(detail) ?? shorten(detail);
}

/** Details repeat from DaemonSet to DaemonSet (the same container names, the same controls), and shortening one is several regular expressions. */
const summaries = memoize(shorten);

function shorten(detail: string): string {
  const clauses = detail.split('; ');
  const more = clauses.length > 1 ? ` (+${clauses.length - 1} more)` : '';
  const first = clauses[0].replaceAll('securityContext.', '').replace(PARENTHESIS, '');
  const room = HEADLINE_LENGTH - more.length;
  if (first.length <= room) return first + more;
  const counted = first.replace(NAME_LIST, (_, noun: string, list: string) => `${list.split('", "').length} ${noun}`);
  if (counted.length <= room) return counted + more;
  // "pod or containers ... must set": the containers are named, and the help says the pod may set it instead.
  const named = counted.replace(/^pod or /, '');
  const shortened = shortenLongestName(named, named.length - room);
  if (shortened.length <= room) return shortened + more;
  // Beyond that the headline is cut at its end, which a cut name would not save; the help has it whole.
  return bounded(named + more, HEADLINE_LENGTH);
}

/** The text with its longest quoted name cut by `excess` characters (to no fewer than 6), with an ellipsis. */
function shortenLongestName(text: string, excess: number): string {
  if (excess <= 0) return text;
  let longest: RegExpExecArray | undefined;
  for (const match of text.matchAll(QUOTED)) if (!longest || match[0].length > longest[0].length) longest = match as RegExpExecArray;
  if (!longest) return text;
  const keep = Math.max(6, longest[1].length - excess - 1);
  if (keep >= longest[1].length) return text;
  return `${text.slice(0, longest.index)}"${longest[1].slice(0, keep)}…"${text.slice(longest.index + longest[0].length)}`;
}

const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

export const POD_SPEC = ['spec', 'template', 'spec'] as const;
export const POD_SECURITY_CONTEXT: JsonPath = [...POD_SPEC, 'securityContext'];

/** Policy versions this rule knows: 1.25 (the oldest with today's control set) to 1.36. */
export const OLDEST_POLICY_MINOR = 25;
export const NEWEST_POLICY_MINOR = 36;

/**
 * The policy version for a target Kubernetes version, as `enforce-version` would pin it: newer
 * versions than the rule knows are evaluated as the newest, older ones as the oldest, and a
 * version that does not read as `1.x` as the newest.
 */
export function policyMinor(kubeVersion: string): number {
  // Asked once per DaemonSet; a run has one target version.
  if (kubeVersion === lastKubeVersion) return lastMinor;
  lastMinor = readPolicyMinor(kubeVersion);
  lastKubeVersion = kubeVersion;
  return lastMinor;
}

let lastKubeVersion: string | undefined;
let lastMinor = NEWEST_POLICY_MINOR;

function readPolicyMinor(kubeVersion: string): number {
  const match = /^v?(\d+)\.(\d+)/.exec(kubeVersion.trim());
  if (!match || Number(match[1]) !== 1) return NEWEST_POLICY_MINOR;
  return Math.min(NEWEST_POLICY_MINOR, Math.max(OLDEST_POLICY_MINOR, Number(match[2])));
}

/**
 * Path to report a container field at: the field, or its deepest existing parent, except that a
 * container without a `securityContext` (or whatever the field's first step is) is reported at its
 * name rather than across the whole container.
 */
export function containerFieldPath(ref: ContainerRef, field: readonly string[]): JsonPath {
  const first = (ref.container as unknown as Record<string, unknown>)[field[0]];
  return first === undefined || first === null ? containerAnchor(ref) : [...ref.path, ...field];
}

/**
 * Collects who sets a forbidden value, the pod and/or its containers, and where the first of them
 * is: one finding per control, at its first offending field.
 */
export class Offenders {
  private firstPath: JsonPath | undefined = undefined;
  private firstAt: 'value' | undefined = undefined;
  private pod = false;
  private readonly names: string[] = [];

  addPod(path: JsonPath, at?: 'value'): void {
    this.pod = true;
    this.note(path, at);
  }

  addContainer(ref: ContainerRef, path: JsonPath, at?: 'value'): void {
    const name = containerName(ref);
    if (!this.names.includes(name)) this.names.push(name);
    this.note(path, at);
  }

  /** An offending field that belongs to neither the pod's nor a container's securityContext. */
  addField(path: JsonPath, at?: 'value'): void {
    this.note(path, at);
  }

  /** Whether the pod or a container was added. */
  get hasSetters(): boolean {
    return this.pod || this.names.length > 0;
  }

  /** `pod and containers "a", "b"` */
  setters(): string {
    if (this.names.length === 0) return this.pod ? 'pod' : '';
    return this.pod ? `pod and ${containersPhrase(this.names)}` : containersPhrase(this.names);
  }

  /** `containers "a", "b"` (without the pod). */
  containers(): string {
    return containersPhrase(this.names);
  }

  violation(detail: string): Violation | undefined {
    if (!this.firstPath) return undefined;
    return { path: this.firstPath, at: this.firstAt, detail };
  }

  private note(path: JsonPath, at?: 'value'): void {
    if (this.firstPath) return;
    this.firstPath = path;
    this.firstAt = at;
  }
}

export function containersPhrase(names: readonly string[]): string {
  return `${plural(names.length, 'container', 'containers')} ${quoteList(names)}`;
}

export function plural(count: number, singular: string, pluralForm: string): string {
  return count === 1 ? singular : pluralForm;
}

/** `"a", "b"` */
export function quoteList(items: readonly string[]): string {
  if (items.length === 0) return '';
  let out = JSON.stringify(items[0]);
  for (let i = 1; i < items.length; i++) out += `, ${JSON.stringify(items[i])}`;
  return out;
}

/** Distinct values in first-seen order. */
export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** `a`, `a and b`, `a, b and c` */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * A string-valued field as the API decodes it: absent and null read as "" (Go's zero value).
 * Another type is an API error; it is shown as written.
 */
export function stringField(record: Record<string, unknown> | undefined, key: string): string {
  const value = record?.[key];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return typeof value === 'object' ? jsonText(value) : String(value);
}

/** A field that is set: present and not null (null decodes to an unset pointer). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}
