import { defineRule, type InputObject, type InputRuleContext } from '../types/rule.js';
import { groupIdentical } from '../k8s/identical-groups.js';
import type { JsonPath } from '../types/finding.js';
import { asArray, asRecord } from '../k8s/values.js';
import { describeRequirement, formatLabel, readLabels, readSelector, requirementMatches, type Requirement } from '../k8s/selector.js';
import { describeObject } from '../k8s/object-ref.js';

/**
 * What this rule keeps of a workload of the input: the labels its pods carry and, for a
 * controller, the selector it claims pods with. A bare Pod has labels and no selector.
 */
interface Membership {
  /** The namespace it lands in: a missing one is read as `default`. */
  namespace: string;
  daemonSet: boolean;
  /** The selector's requirements; undefined for a bare Pod. */
  selector?: readonly Requirement[];
  /** Where the selector is written (for a bare Pod, its labels). */
  anchor: JsonPath;
  labels: Readonly<Record<string, string>>;
}

type Member = InputObject<Membership>;

/**
 * The earlier members of one namespace, indexed so that a later member is compared only with
 * those it could select: comparing every pair is quadratic in the size of the input, and in a
 * big input nearly every selector names a label of its own.
 */
class Namespace {
  /** Every member, in input order. */
  private readonly all: Member[] = [];
  /** Members by each of their pod labels: key, then value. */
  private readonly byLabel = new Map<string, Map<string, Member[]>>();
  /** DaemonSets with a selector: the only members a bare Pod is compared with. */
  private readonly selecting: Member[] = [];

  /**
   * The earlier members, in input order, that may select `later` or be selected by it. A member
   * that selects by an exact label (`Equals`) selects only pods with that label, and a
   * comparison reports only when `later`'s selector selects the earlier pods, or, for a bare
   * Pod, when the earlier DaemonSet selects it.
   */
  candidates(later: Member): readonly Member[] {
    if (!later.value.selector) return this.selecting;
    const exact = exactLabel(later.value.selector);
    if (!exact) return this.all;
    return this.byLabel.get(exact.key)?.get(exact.values[0]) ?? NO_MEMBERS;
  }

  add(member: Member): void {
    this.all.push(member);
    if (member.value.daemonSet && member.value.selector) this.selecting.push(member);
    const labels = member.value.labels;
    for (const key in labels) {
      if (!Object.hasOwn(labels, key)) continue;
      let byValue = this.byLabel.get(key);
      if (!byValue) this.byLabel.set(key, (byValue = new Map()));
      const value = labels[key];
      const members = byValue.get(value);
      if (members) members.push(member);
      else byValue.set(value, [member]);
    }
  }
}

const NO_MEMBERS: readonly Member[] = [];

/** A requirement every pod the selector selects meets with one exact label. */
function exactLabel(selector: readonly Requirement[]): Requirement | undefined {
  for (let i = 0; i < selector.length; i++) {
    if (selector[i].operator === 'Equals') return selector[i];
  }
  return undefined;
}

export default defineRule({
  id: 'selector-overlap',
  meta: {
    description:
      "Two DaemonSets (or a DaemonSet and another workload in the input) in the same namespace whose selectors each select the other's pod template labels: the controllers fight over the same pods.",
    severity: 'error',
    fixable: false,
    messages: {
      overlap: {
        message: 'selects the same pods as {{earlier}}',
        help: "{{earlier}} and {{later}} select each other's pods ({{labels}}): their controllers fight over the same pods, each adopting the other's and deleting those it finds surplus or outdated. Give each a distinct selector label, and the same label in its pod template (a selector cannot change once the DaemonSet exists).",
      },
      overlapGroup: {
        message: '{{count}} objects select the same pods: {{list}}',
        help: "{{list}} select each other's pods ({{labels}}): their controllers fight over the same pods, each adopting the others' and deleting those it finds surplus or outdated. Give each a distinct selector label, and the same label in its pod template (a selector cannot change once the DaemonSet exists).",
      },
      adoptsPod: {
        message: '{{daemonSet}} selects {{pod}}, which no controller owns',
        help: '{{daemonSet}} selects {{pod}} ({{labels}}), a pod no controller owns: the DaemonSet controller adopts it, then deletes it where it is surplus or outdated. Give the pod labels the selector does not match.',
      },
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  collect: membershipOf,
  checkAll(objects, context) {
    // Objects with the same kind, namespace, selector and labels are one group: a group of
    // DaemonSets all select each other's pods (each one's labels meet the selector they share),
    // which is one finding however many copies there are; groups are compared by representative.
    const groups = groupIdentical(objects, shapeOf, (o) => (o.ref.name === undefined ? undefined : `${o.ref.kind}/${o.ref.name}`), roughShapeOf);
    for (const { members } of groups) if (members[0].value.daemonSet && members[0].value.selector) reportGroup(members, context);
    const groupOf = new Map(groups.map((g) => [g.members[0], g.members]));
    /** The related note for an earlier member, with how many more objects are like it. */
    const alike = (member: Member, note: string): string => {
      const more = (groupOf.get(member)?.length ?? 1) - 1;
      return more === 0 ? note : `${note}; ${more} more ${more === 1 ? 'object has' : 'objects have'} the same selector and labels`;
    };
    // Earlier representatives by namespace: only those in the later one's namespace are compared.
    const byNamespace = new Map<string, Namespace>();
    for (const { members } of groups) {
      const later = members[0];
      const laterIs = later.value;
      let earlierOnes = byNamespace.get(laterIs.namespace);
      if (!earlierOnes) byNamespace.set(laterIs.namespace, (earlierOnes = new Namespace()));
      const candidates = earlierOnes.candidates(later);
      for (let c = 0; c < candidates.length; c++) {
        const earlier = candidates[c];
        const earlierIs = earlier.value;
        if (sameObject(earlier, later)) continue;
        if (!earlierIs.daemonSet && !laterIs.daemonSet) continue;
        if (earlierIs.selector && laterIs.selector) {
          if (!selects(earlierIs.selector, laterIs.labels) || !selects(laterIs.selector, earlierIs.labels)) continue;
          const earlierDisplay = describeObject(earlier.ref);
          const laterDisplay = describeObject(later.ref);
          context.report({
            object: later,
            path: laterIs.anchor,
            messageId: 'overlap',
            data: { earlier: earlierDisplay, later: laterDisplay, labels: sharedLabels(laterIs, [...laterIs.selector, ...earlierIs.selector]) },
            related: [{ object: earlier, path: earlierIs.anchor, message: alike(earlier, `the selector of ${earlierDisplay}, which also selects the pods of ${laterDisplay}`) }],
          });
          continue;
        }
        // A bare Pod and a DaemonSet (two Pods, or a Pod and another controller, are not this rule's).
        const daemonSet = earlierIs.selector ? earlier : later;
        const pod = earlierIs.selector ? later : earlier;
        if (!daemonSet.value.daemonSet || !daemonSet.value.selector || pod.value.selector || !selects(daemonSet.value.selector, pod.value.labels)) continue;
        const daemonSetDisplay = describeObject(daemonSet.ref);
        const podDisplay = describeObject(pod.ref);
        context.report({
          object: later,
          path: laterIs.anchor,
          messageId: 'adoptsPod',
          data: { daemonSet: daemonSetDisplay, pod: podDisplay, labels: sharedLabels(pod.value, daemonSet.value.selector) },
          related: [
            {
              object: earlier,
              path: earlierIs.anchor,
              message: alike(earlier, earlier === pod ? `the labels of ${podDisplay}, which ${daemonSetDisplay} selects` : `the selector of ${daemonSetDisplay}, which selects ${podDisplay}`),
            },
          ],
        });
      }
      earlierOnes.add(later);
    }
  },
});

/** Everything the comparison reads of a member: members with the same shape are interchangeable here. */
function shapeOf(member: Member): string {
  const m = member.value;
  return JSON.stringify([member.ref.kind, m.namespace, m.daemonSet, m.anchor, m.selector ?? null, m.labels]);
}

/**
 * A part of shapeOf's text, cheap to make: the namespace and the first requirement of the
 * selector (of a bare Pod, its first label). Objects of one shape share it, and most objects of
 * an input have one of their own.
 */
function roughShapeOf(member: Member): string {
  const m = member.value;
  const first = m.selector?.[0];
  if (first) return `${m.namespace}\u0000${first.key}\u0000${first.operator}\u0000${first.values.join('\u0000')}`;
  for (const key in m.labels) if (Object.hasOwn(m.labels, key)) return `${m.namespace}\u0000${key}\u0000${m.labels[key]}`;
  return m.namespace;
}

/**
 * DaemonSets with the same selector and labels: two are a pair, reported on the later one as any
 * overlapping pair is; three or more are one finding on the first, the others as related places.
 */
function reportGroup(members: readonly Member[], context: InputRuleContext<Record<string, never>>): void {
  if (members.length < 2) return;
  const first = members[0];
  const labels = sharedLabels(first.value, first.value.selector!);
  if (members.length === 2) {
    const [earlier, later] = members;
    const earlierDisplay = describeObject(earlier.ref);
    const laterDisplay = describeObject(later.ref);
    context.report({
      object: later,
      path: later.value.anchor,
      messageId: 'overlap',
      data: { earlier: earlierDisplay, later: laterDisplay, labels },
      related: [{ object: earlier, path: earlier.value.anchor, message: `the selector of ${earlierDisplay}, which also selects the pods of ${laterDisplay}` }],
    });
    return;
  }
  context.report({
    object: first,
    path: first.value.anchor,
    messageId: 'overlapGroup',
    data: { count: members.length, list: listObjects(members), labels },
    related: members.slice(1).map((m) => ({ object: m, path: m.value.anchor, message: `the selector of ${describeObject(m.ref)}, the same, selecting the same pods` })),
  });
}

/** The first few objects by name, and how many more: `DaemonSet a/x, DaemonSet a/y, DaemonSet a/z and 997 more`. */
function listObjects(members: readonly Member[]): string {
  const named = members.slice(0, 3).map((m) => describeObject(m.ref));
  const more = members.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

function selects(selector: readonly Requirement[], labels: Readonly<Record<string, string>>): boolean {
  for (let i = 0; i < selector.length; i++) {
    if (!requirementMatches(selector[i], labels)) return false;
  }
  return true;
}

/** The same object written twice (two versions of one manifest; members are compared within a namespace): the later apply replaces the earlier, they never coexist. */
function sameObject(a: Member, b: Member): boolean {
  const ra = a.ref;
  const rb = b.ref;
  return ra.kind === rb.kind && ra.name !== undefined && ra.name === rb.name;
}

/** The member's labels the selectors ask about, as `key=value`; the selectors in words when they ask only for missing labels. */
function sharedLabels(member: Membership, selector: readonly Requirement[]): string {
  const keys = [...new Set(selector.map((r) => r.key))].filter((key) => Object.hasOwn(member.labels, key));
  if (keys.length > 0) return keys.map((key) => formatLabel(key, member.labels[key])).join(', ');
  return [...new Set(selector.map(describeRequirement))].join(', ');
}


/**
 * Reads a workload's selector and pod labels. Objects the API would reject (no selector, an
 * empty one, one its own template does not match, invalid labels) are left out: they never
 * run, and other rules report them.
 */
function membershipOf(object: InputObject): Membership | undefined {
  const value = object.value;
  const kind = object.ref.kind;
  const spec = asRecord(value.spec);
  switch (kind) {
    case 'DaemonSet':
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      return controller(object, spec, SPEC_SELECTOR);
    case 'Job':
      return job(object, spec, SPEC_SELECTOR);
    case 'CronJob':
      return job(object, asRecord(asRecord(spec?.jobTemplate)?.spec), JOB_TEMPLATE_SELECTOR);
    case 'ReplicationController': {
      const labels = templateLabels(spec);
      if (!labels || isEmpty(labels)) return undefined;
      // The API defaults a missing or empty selector to the template's labels.
      const written = asRecord(spec?.selector);
      if (!written || isEmpty(written)) {
        return member(object, equalities(labels), TEMPLATE_LABELS, labels);
      }
      const read = readLabels(written);
      if (read.issues.length > 0 || read.unreadable.size > 0) return undefined;
      const selector = equalities(read.labels);
      return selects(selector, labels) ? member(object, selector, SPEC_SELECTOR, labels) : undefined;
    }
    case 'Pod': {
      const metadata = asRecord(value.metadata);
      // A pod a controller owns is not adopted by another.
      if (asArray(metadata?.ownerReferences).some((o) => asRecord(o)?.controller === true)) return undefined;
      const labels = readableLabels(metadata?.labels);
      return labels ? member(object, undefined, POD_LABELS, labels) : undefined;
    }
    default:
      return undefined;
  }
}

// Frozen: what a run keeps of every object shares them (see run/compact-copy.ts).
const SPEC_SELECTOR: JsonPath = Object.freeze(['spec', 'selector']);
const JOB_TEMPLATE_SELECTOR: JsonPath = Object.freeze(['spec', 'jobTemplate', 'spec', 'selector']);
const TEMPLATE_LABELS: JsonPath = Object.freeze(['spec', 'template', 'metadata', 'labels']);
const POD_LABELS: JsonPath = Object.freeze(['metadata', 'labels']);

function member(object: InputObject, selector: readonly Requirement[] | undefined, anchor: JsonPath, labels: Readonly<Record<string, string>>): Membership {
  const out: Membership = { namespace: object.ref.namespace || 'default', daemonSet: object.ref.kind === 'DaemonSet', anchor, labels };
  if (selector) out.selector = selector;
  return out;
}

function isEmpty(record: Readonly<Record<string, unknown>>): boolean {
  for (const key in record) {
    if (Object.hasOwn(record, key)) return false;
  }
  return true;
}

function controller(object: InputObject, spec: Record<string, unknown> | undefined, anchor: JsonPath): Membership | undefined {
  const selectorRecord = asRecord(spec?.selector);
  if (!selectorRecord) return undefined;
  const labels = templateLabels(spec);
  if (!labels) return undefined;
  const read = readSelector(selectorRecord);
  if (read.malformed || read.issues.length > 0 || read.empty) return undefined;
  const selector: Requirement[] = [];
  for (let i = 0; i < read.requirements.length; i++) selector.push(read.requirements[i].requirement);
  if (!selects(selector, labels)) return undefined;
  return member(object, selector, anchor, labels);
}

/** A Job's selector is generated, unique to the Job, unless it sets `manualSelector: true`. */
function job(object: InputObject, spec: Record<string, unknown> | undefined, anchor: JsonPath): Membership | undefined {
  return spec?.manualSelector === true ? controller(object, spec, anchor) : undefined;
}

function templateLabels(spec: Record<string, unknown> | undefined): Record<string, string> | undefined {
  return readableLabels(asRecord(asRecord(spec?.template)?.metadata)?.labels);
}

/** Labels as the API stores them; undefined when it would reject them. */
function readableLabels(raw: unknown): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return {};
  const record = asRecord(raw);
  if (!record) return undefined;
  const read = readLabels(record);
  return read.issues.length > 0 || read.unreadable.size > 0 ? undefined : read.labels;
}

function equalities(labels: Readonly<Record<string, string>>): Requirement[] {
  return Object.entries(labels).map(([key, value]) => ({ key, operator: 'Equals', values: [value] }));
}
