import { defineRule, type InputObject } from '../engine/rule.js';
import type { JsonPath } from '../engine/types.js';
import { asArray, asRecord } from '../k8s/containers.js';
import { describeRequirement, formatLabel, readLabels, readSelector, requirementMatches, type Requirement } from '../k8s/selector.js';

/**
 * A workload of the input as this rule sees it: the labels its pods carry and, for a
 * controller, the selector it claims pods with. A bare Pod has labels and no selector.
 */
interface Member {
  object: InputObject;
  /** The namespace it lands in: a missing one is read as `default`. */
  namespace: string;
  display: string;
  daemonSet: boolean;
  /** The selector's requirements; undefined for a bare Pod. */
  selector?: readonly Requirement[];
  /** Where the selector is written (for a bare Pod, its labels). */
  anchor: JsonPath;
  labels: Readonly<Record<string, string>>;
}

export default defineRule({
  id: 'selector-overlap',
  meta: {
    description:
      "Two DaemonSets (or a DaemonSet and another workload in the input) in the same namespace whose selectors each select the other's pod template labels: the controllers fight over the same pods.",
    severity: 'error',
    fixable: false,
    messages: {
      overlap:
        "{{earlier}} and {{later}} select each other's pods ({{labels}}): their controllers fight over the same pods, each adopting the other's orphans; give each a distinct selector label",
      adoptsPod:
        '{{daemonSet}} selects {{pod}} ({{labels}}), a pod no controller owns: the DaemonSet controller adopts it, then deletes it where it is surplus or outdated; give the pod labels the selector does not match',
    },
    defaultOptions: {},
    tags: ['reliability'],
  },
  checkAll(objects, context) {
    const members = objects.flatMap((object) => {
      const member = memberOf(object);
      return member ? [member] : [];
    });
    // Earlier members by namespace: only those in the later one's namespace are compared.
    const byNamespace = new Map<string, Member[]>();
    for (const later of members) {
      let earlierOnes = byNamespace.get(later.namespace);
      if (!earlierOnes) byNamespace.set(later.namespace, (earlierOnes = []));
      for (const earlier of earlierOnes) {
        if (sameObject(earlier, later)) continue;
        if (!earlier.daemonSet && !later.daemonSet) continue;
        if (earlier.selector && later.selector) {
          if (!selects(earlier.selector, later.labels) || !selects(later.selector, earlier.labels)) continue;
          context.report({
            object: later.object,
            path: later.anchor,
            messageId: 'overlap',
            data: { earlier: earlier.display, later: later.display, labels: sharedLabels(later, [...later.selector, ...earlier.selector]) },
            related: [{ object: earlier.object, path: earlier.anchor, message: `the selector of ${earlier.display}, which also selects the pods of ${later.display}` }],
          });
          continue;
        }
        // A bare Pod and a DaemonSet (two Pods, or a Pod and another controller, are not this rule's).
        const daemonSet = earlier.selector ? earlier : later;
        const pod = earlier.selector ? later : earlier;
        if (!daemonSet.daemonSet || !daemonSet.selector || pod.selector || !selects(daemonSet.selector, pod.labels)) continue;
        context.report({
          object: later.object,
          path: later.anchor,
          messageId: 'adoptsPod',
          data: { daemonSet: daemonSet.display, pod: pod.display, labels: sharedLabels(pod, daemonSet.selector) },
          related: [
            {
              object: earlier.object,
              path: earlier.anchor,
              message: earlier === pod ? `the labels of ${pod.display}, which ${daemonSet.display} selects` : `the selector of ${daemonSet.display}, which selects ${pod.display}`,
            },
          ],
        });
      }
      earlierOnes.push(later);
    }
  },
});

function selects(selector: readonly Requirement[], labels: Readonly<Record<string, string>>): boolean {
  return selector.every((requirement) => requirementMatches(requirement, labels));
}

/** The same object written twice (two versions of one manifest; members are compared within a namespace): the later apply replaces the earlier, they never coexist. */
function sameObject(a: Member, b: Member): boolean {
  const ra = a.object.ref;
  const rb = b.object.ref;
  return ra.kind === rb.kind && ra.name !== undefined && ra.name === rb.name;
}

/** The member's labels the selectors ask about, as `key=value`; the selectors in words when they ask only for missing labels. */
function sharedLabels(member: Member, selector: readonly Requirement[]): string {
  const keys = [...new Set(selector.map((r) => r.key))].filter((key) => Object.hasOwn(member.labels, key));
  if (keys.length > 0) return keys.map((key) => formatLabel(key, member.labels[key])).join(', ');
  return [...new Set(selector.map(describeRequirement))].join(', ');
}

function describeObject(object: InputObject): string {
  const { kind, namespace, name } = object.ref;
  return `${kind ?? 'object'} ${namespace ? `${namespace}/` : ''}${name ?? '<unnamed>'}`;
}

/**
 * Reads a workload's selector and pod labels. Objects the API would reject (no selector, an
 * empty one, one its own template does not match, invalid labels) are left out: they never
 * run, and other rules report them.
 */
function memberOf(object: InputObject): Member | undefined {
  const value = object.value;
  const kind = object.ref.kind;
  const spec = asRecord(value.spec);
  const base = {
    object,
    namespace: object.ref.namespace || 'default',
    display: describeObject(object),
    daemonSet: kind === 'DaemonSet',
  };
  switch (kind) {
    case 'DaemonSet':
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
      return controller(base, spec, ['spec']);
    case 'Job':
      return job(base, spec, ['spec']);
    case 'CronJob':
      return job(base, asRecord(asRecord(spec?.jobTemplate)?.spec), ['spec', 'jobTemplate', 'spec']);
    case 'ReplicationController': {
      const labels = templateLabels(spec);
      if (!labels || Object.keys(labels).length === 0) return undefined;
      // The API defaults a missing or empty selector to the template's labels.
      const written = asRecord(spec?.selector);
      if (!written || Object.keys(written).length === 0) {
        return { ...base, selector: equalities(labels), anchor: ['spec', 'template', 'metadata', 'labels'], labels };
      }
      const read = readLabels(written);
      if (read.issues.length > 0 || read.unreadable.size > 0) return undefined;
      const selector = equalities(read.labels);
      return selects(selector, labels) ? { ...base, selector, anchor: ['spec', 'selector'], labels } : undefined;
    }
    case 'Pod': {
      const metadata = asRecord(value.metadata);
      // A pod a controller owns is not adopted by another.
      if (asArray(metadata?.ownerReferences).some((o) => asRecord(o)?.controller === true)) return undefined;
      const labels = readableLabels(metadata?.labels);
      return labels ? { ...base, anchor: ['metadata', 'labels'], labels } : undefined;
    }
    default:
      return undefined;
  }
}

type Base = Pick<Member, 'object' | 'namespace' | 'display' | 'daemonSet'>;

function controller(base: Base, spec: Record<string, unknown> | undefined, specPath: JsonPath): Member | undefined {
  const selectorRecord = asRecord(spec?.selector);
  const labels = templateLabels(spec);
  if (!selectorRecord || !labels) return undefined;
  const read = readSelector(selectorRecord);
  if (read.malformed || read.issues.length > 0 || read.empty) return undefined;
  const selector = read.requirements.map((r) => r.requirement);
  if (!selects(selector, labels)) return undefined;
  return { ...base, selector, anchor: [...specPath, 'selector'], labels };
}

/** A Job's selector is generated, unique to the Job, unless it sets `manualSelector: true`. */
function job(base: Base, spec: Record<string, unknown> | undefined, specPath: JsonPath): Member | undefined {
  return spec?.manualSelector === true ? controller(base, spec, specPath) : undefined;
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
