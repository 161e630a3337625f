import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixFile, type FixOutcome } from '../../src/run/fix-file.js';
import type { ActiveRule, RunSettings } from '../../src/config/resolved.js';
import { loadLenientReader, parseFile } from '../../src/yaml/parse.js';
import { SourceFile } from '../../src/yaml/source-file.js';
import apiVersion from '../../src/rules/api-version.js';
import controlPlaneToleration from '../../src/rules/control-plane-toleration.js';
import hostNetworkDnsPolicy from '../../src/rules/host-network-dns-policy.js';
import hostpathReadonly from '../../src/rules/hostpath-readonly.js';
import { builtinRules } from '../../src/rules/index.js';
import noDeploymentFields from '../../src/rules/no-deployment-fields.js';
import noReplicas from '../../src/rules/no-replicas.js';
import restartPolicyAlways from '../../src/rules/restart-policy-always.js';

/*
 * Property tests of `--fix` over generated DaemonSet files. A generator builds DaemonSets with
 * the problems the fixable rules fix and writes them in many styles: block or flow (one line or
 * one item per line), indented or flush sequences, an item's dash alone on its line, 2 or 4
 * spaces, CRLF, comments above and at line ends, empty lines, trailing blanks, quoted keys and
 * values, anchors, tags and aliases, block scalars (`|+` too), several documents (a Deployment and
 * a ConfigMap among them, which must not change), List items, a BOM, no final newline, documents
 * only the lenient reader reads, and JSON. The renderer marks every line a fix may rewrite; every
 * other line must come through byte for byte. The expected object is computed here, in plain JS,
 * from the parsed input: it is what the fixes are meant to do, written independently of how the
 * engine does it. FIX_PROPERTY_RUNS=3000 searches longer.
 */

/** Every fixable built-in rule (a test below says so): the expected object knows what each fixes. */
const RULES = [apiVersion, controlPlaneToleration, hostNetworkDnsPolicy, hostpathReadonly, noDeploymentFields, noReplicas, restartPolicyAlways];
const ACTIVE: ActiveRule[] = RULES.map((rule) => ({ rule, severity: rule.meta.severity, options: rule.meta.defaultOptions }));
const SETTINGS: RunSettings = { kubeVersion: '1.36', now: new Date('2026-06-01T00:00:00Z') };
/** 200 keeps the suite fast; FIX_PROPERTY_RUNS=3000 for a longer search. */
const NUM_RUNS = Number(process.env.FIX_PROPERTY_RUNS ?? 200);
const TIMEOUT = 30_000 + NUM_RUNS * 50;

const CP_KEY = 'node-role.kubernetes.io/control-plane';
const JUSTIFICATION = 'daemonlint.io/justification.hostPath';

// ---------------------------------------------------------------------------------------------
// A small YAML model, rendered in a chosen style, with the lines a fix may change marked.

interface YScalar {
  t: 's';
  /** The scalar as written: quotes, anchor and tag included (or an alias, `*name`). */
  text: string;
  /** A literal block scalar's lines (then `text` is its header, `|`). */
  block?: string[];
  flag?: boolean;
}
interface YEntry {
  key: string;
  value: YNode;
  /** A fix may rewrite the entry's first line (its key, its scalar value, or remove it). */
  flag?: boolean;
  /** A comment on its own line above the entry, at the entry's indentation or at column 0. */
  above?: string;
  aboveAtColumnZero?: boolean;
  /** An empty line above the entry. */
  blankAbove?: boolean;
  /** A comment at the end of the entry's first line. */
  eol?: string;
  /** Spaces and tabs at the end of the entry's first line. */
  trailing?: string;
  /** `key : value` */
  spaceBeforeColon?: boolean;
  /** An anchor or tag before a block collection value (`key: &name`). */
  props?: string;
}
interface YMap {
  t: 'm';
  entries: YEntry[];
  flow?: boolean;
  /** A fix may insert into this (flow) mapping. */
  flag?: boolean;
  /** As a block sequence item: first key on the dash line, or the dash alone (or with a comment) on its own line. */
  dash?: 'inline' | 'alone' | 'comment';
}
interface YSeq {
  t: 'q';
  items: YNode[];
  flow?: boolean;
  /** A flow sequence written one item per line (`[` after the key, `]` on a line of its own). */
  multiline?: boolean;
  trailingComma?: boolean;
  /**
   * The closing `]` at the key's indentation: go-yaml reads it, js-yaml does not, so the document
   * goes to the lenient reader (and its node ranges are what the fixes work from).
   */
  closeAtKey?: boolean;
  /** A fix may append to this (flow) sequence. */
  flag?: boolean;
}
type YNode = YScalar | YMap | YSeq;

interface Line {
  text: string;
  /** A fix may change or remove this line. */
  flag: boolean;
}

interface Style {
  step: 2 | 4;
  /** `key:\n  - a` (true) or `key:\n- a` (false). */
  indentedSequences: boolean;
}

function flagged(node: YNode): boolean {
  if (node.t === 's') return node.flag === true;
  if (node.flag) return true;
  if (node.t === 'm') return node.entries.some((e) => e.flag || flagged(e.value));
  return node.items.some(flagged);
}

/** A collection in flow style (comments are dropped: a flow collection on one line has none). */
function flowText(node: YNode): string {
  if (node.t === 's') return node.text;
  if (node.t === 'm') return `{${node.entries.map((e) => `${e.key}: ${flowText(e.value)}`).join(', ')}}`;
  return `[${node.items.map(flowText).join(', ')}]`;
}

function written(node: YNode): 'inline' | 'multiline-flow' | 'block' {
  if (node.t === 's') return node.block === undefined ? 'inline' : 'block';
  if (node.t === 'q' && node.flow && node.multiline && node.items.length > 0) return 'multiline-flow';
  if (node.flow || (node.t === 'm' ? node.entries.length === 0 : node.items.length === 0)) return 'inline';
  return 'block';
}

/** Writes a block mapping whose keys start at `indent`; `first` replaces the first line's indentation (`- ` of a sequence item). */
function renderMap(map: YMap, indent: number, style: Style, out: Line[], first?: string): void {
  const pad = ' '.repeat(indent);
  map.entries.forEach((entry, i) => {
    const onDash = i === 0 && first !== undefined;
    if (entry.blankAbove && !onDash) out.push({ text: '', flag: false });
    if (entry.above !== undefined) out.push({ text: `${entry.aboveAtColumnZero ? '' : onDash ? first.replace('-', ' ') : pad}# ${entry.above}`, flag: false });
    const prefix = onDash ? first : pad;
    const head = `${prefix}${entry.key}${entry.spaceBeforeColon ? ' ' : ''}:`;
    const tail = `${entry.eol === undefined ? '' : ` # ${entry.eol}`}${entry.trailing ?? ''}`;
    const value = entry.value;
    const props = entry.props ? ` ${entry.props}` : '';
    switch (written(value)) {
      case 'inline':
        out.push({ text: `${head}${props} ${flowText(value)}${tail}`, flag: entry.flag === true || flagged(value) });
        return;
      case 'multiline-flow': {
        const seq = value as YSeq;
        const inner = ' '.repeat(indent + style.step);
        out.push({ text: `${head}${props} [${tail}`, flag: entry.flag === true });
        seq.items.forEach((item, j) => {
          const last = j === seq.items.length - 1;
          const comma = !last || seq.trailingComma ? ',' : '';
          // Appending writes after the last item, on its line.
          out.push({ text: `${inner}${flowText(item)}${comma}`, flag: flagged(item) || (last && seq.flag === true) });
        });
        out.push({ text: `${seq.closeAtKey ? pad : inner}]`, flag: false });
        return;
      }
      case 'block':
        out.push({ text: `${head}${value.t === 's' ? ` ${value.text}` : props}${tail}`, flag: entry.flag === true });
        if (value.t === 's') {
          for (const l of value.block ?? []) out.push({ text: l === '' ? '' : `${pad}${' '.repeat(style.step)}${l}`, flag: false });
        } else if (value.t === 'm') {
          renderMap(value, indent + style.step, style, out);
        } else {
          renderSeq(value, indent + (style.indentedSequences ? style.step : 0), style, out);
        }
    }
  });
}

function renderSeq(seq: YSeq, dashColumn: number, style: Style, out: Line[]): void {
  const dash = `${' '.repeat(dashColumn)}- `;
  for (const item of seq.items) {
    if (written(item) === 'inline') {
      out.push({ text: `${dash}${flowText(item)}`, flag: flagged(item) });
    } else if (item.t === 's') {
      out.push({ text: `${dash}${item.text}`, flag: false });
      for (const l of item.block ?? []) out.push({ text: l === '' ? '' : `${' '.repeat(dashColumn + 2)}${l}`, flag: false });
    } else if (item.t === 'm' && item.dash !== undefined && item.dash !== 'inline') {
      out.push({ text: item.dash === 'alone' ? dash.trimEnd() : `${dash}# item`, flag: false });
      renderMap(item, dashColumn + 2, style, out);
    } else if (item.t === 'm') {
      renderMap(item, dashColumn + 2, style, out, dash);
    } else {
      throw new Error('the generator writes no nested block sequences');
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Style decisions: a fixed list of rolls (0-99) read in turn. Rolls shrink to 0, which always
// means the plainest choice, so a counterexample shrinks to the fewest style features.

class Dice {
  private i = 0;
  private anchors = 0;
  constructor(private readonly rolls: readonly number[]) {}
  private next(): number {
    return this.rolls.length === 0 ? 0 : this.rolls[this.i++ % this.rolls.length];
  }
  /** True with about `percent`% probability; never for a roll of 0. */
  chance(percent: number): boolean {
    return this.next() >= 100 - percent;
  }
  pick<T>(options: readonly T[]): T {
    return options[this.next() % options.length];
  }
  anchor(): string {
    return `&a${++this.anchors}`;
  }
}

const COMMENTS = ['note', 'replicas: 3', '- key: x', '{a: b}', 'readOnly: false', 'tolerations:', '#', 'TODO ünïcode', '---'];

/** A string scalar, plain or quoted, sometimes with an anchor or a `!!str` tag (neither changes its value). */
function str(dice: Dice, value: string, flag = false): YScalar {
  let text = value;
  if (dice.chance(25)) text = dice.pick([`"${value}"`, `'${value}'`]);
  if (dice.chance(5)) text = `${dice.pick([dice.anchor(), '!!str'])} ${text}`;
  return { t: 's', text, flag };
}
function raw(text: string, flag = false): YScalar {
  return { t: 's', text, flag };
}

function entry(dice: Dice, key: string, value: YNode, flag = false): YEntry {
  const e: YEntry = { key: dice.chance(8) ? dice.pick([`"${key}"`, `'${key}'`]) : key, value, flag };
  if (dice.chance(12)) e.above = dice.pick(COMMENTS);
  if (e.above !== undefined && dice.chance(30)) e.aboveAtColumnZero = true;
  if (dice.chance(6)) e.blankAbove = true;
  if (dice.chance(12)) e.eol = dice.pick(COMMENTS);
  if (dice.chance(5)) e.trailing = dice.pick([' ', '   ', ' \t']);
  if (dice.chance(4)) e.spaceBeforeColon = true;
  if (dice.chance(4) && value.t !== 's') e.props = dice.anchor();
  return e;
}

function map(dice: Dice, entries: YEntry[], flowPercent = 0, flag = false): YMap {
  return { t: 'm', entries, flow: entries.length > 0 && dice.chance(flowPercent), flag, dash: dice.chance(6) ? dice.pick(['alone', 'comment'] as const) : 'inline' };
}
function seq(dice: Dice, items: YNode[], flowPercent = 0, flag = false): YSeq {
  const flow = items.length > 0 && dice.chance(flowPercent);
  const multiline = flow && dice.chance(30);
  return { t: 'q', items, flow, flag, multiline, trailingComma: dice.chance(30), closeAtKey: multiline && dice.chance(40) };
}

// ---------------------------------------------------------------------------------------------
// DaemonSets with the problems the fixable rules fix.

type Toleration = 'controlPlane' | 'catchAll' | 'legacy' | 'nearEffect' | 'nearValue' | 'unrelated';
type ReadOnly = 'absent' | 'true' | 'yes' | 'false' | 'no' | '"false"' | 'False' | '' | '&ro false';

interface Mount {
  volume: number;
  readOnly: ReadOnly;
}
interface DaemonSetModel {
  apiVersion: string;
  name: string;
  replicas: number | undefined;
  progressDeadlineSeconds: boolean;
  paused: 'absent' | 'false' | 'true';
  strategy: 'absent' | 'strategyOnDelete' | 'strategyRolling' | 'strategyRecreate' | 'updateOnDelete' | 'updateRolling' | 'both';
  templateGeneration: boolean;
  selector: 'absent' | 'written' | 'alias';
  restartPolicy: 'absent' | 'Always' | 'OnFailure' | 'Never';
  hostNetwork: 'absent' | 'true' | 'false';
  dnsPolicy: 'absent' | 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | '""' | '';
  nodeSelector: 'absent' | 'linux' | 'pool' | 'windows' | 'controlPlane';
  tolerations: Toleration[] | undefined;
  volumes: { kind: 'hostPath' | 'configMap' | 'emptyDir'; path: string }[];
  containers: Mount[][];
  initContainers: Mount[][];
  justified: boolean;
  /** Seeds for the order of the spec's and the pod spec's keys. */
  order: number[];
  inList: boolean;
  rolls: number[];
}

const mount = fc.record({
  volume: fc.nat({ max: 3 }),
  readOnly: fc.constantFrom<ReadOnly>('absent', 'true', 'yes', 'false', 'no', '"false"', 'False', '', '&ro false'),
});
const container = fc.array(mount, { maxLength: 3 });

const daemonSetModel: fc.Arbitrary<DaemonSetModel> = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'apps/v1', 'extensions/v1beta1', 'apps/v1beta2', 'apps/v1beta1'),
  name: fc.constantFrom('node-agent', 'log-shipper', 'csi-node', 'exporter'),
  replicas: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
  progressDeadlineSeconds: fc.boolean(),
  paused: fc.constantFrom('absent', 'absent', 'false', 'true'),
  strategy: fc.constantFrom('absent', 'strategyOnDelete', 'strategyRolling', 'strategyRecreate', 'updateOnDelete', 'updateRolling', 'both'),
  templateGeneration: fc.constantFrom(false, false, false, true),
  selector: fc.constantFrom('written', 'written', 'alias', 'absent'),
  restartPolicy: fc.constantFrom('absent', 'Always', 'OnFailure', 'Never'),
  hostNetwork: fc.constantFrom('absent', 'absent', 'true', 'true', 'false'),
  dnsPolicy: fc.constantFrom('absent', 'absent', 'ClusterFirst', 'ClusterFirstWithHostNet', 'Default', '""', ''),
  nodeSelector: fc.constantFrom('absent', 'absent', 'linux', 'pool', 'windows', 'controlPlane'),
  tolerations: fc.option(fc.array(fc.constantFrom<Toleration>('controlPlane', 'catchAll', 'legacy', 'nearEffect', 'nearValue', 'unrelated'), { maxLength: 3 }), {
    nil: undefined,
  }),
  volumes: fc.array(
    fc.record({ kind: fc.constantFrom('hostPath', 'hostPath', 'configMap', 'emptyDir'), path: fc.constantFrom('/var/log', '/var/lib/agent', '/proc', '/') }),
    { minLength: 1, maxLength: 4 },
  ),
  containers: fc.array(container, { minLength: 1, maxLength: 2 }),
  initContainers: fc.array(container, { maxLength: 1 }),
  justified: fc.constantFrom(false, false, false, true),
  order: fc.array(fc.nat({ max: 1000 }), { minLength: 12, maxLength: 12 }),
  inList: fc.constantFrom(false, false, false, false, true),
  rolls: fc.array(fc.nat({ max: 99 }), { minLength: 97, maxLength: 97 }),
});

/** Stable reordering of `items` by the seeds (shrinks to the natural order). */
function permute<T>(items: T[], seeds: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: seeds[i % seeds.length] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}

function volumeName(i: number, m: DaemonSetModel): string {
  const v = m.volumes[i % m.volumes.length];
  return `${v.kind === 'hostPath' ? 'host' : v.kind === 'configMap' ? 'config' : 'scratch'}-${i % m.volumes.length}`;
}

function tolerationNode(dice: Dice, t: Toleration): YMap {
  const e = (k: string, v: string) => entry(dice, k, str(dice, v));
  const fields: Record<Toleration, () => YEntry[]> = {
    controlPlane: () => [e('key', CP_KEY), e('operator', 'Exists'), e('effect', 'NoSchedule')],
    catchAll: () => [e('operator', 'Exists')],
    legacy: () => [e('key', 'node-role.kubernetes.io/master'), e('operator', 'Exists'), e('effect', 'NoSchedule')],
    nearEffect: () => [e('key', CP_KEY), e('operator', 'Exists'), e('effect', 'NoExecute')],
    nearValue: () => [e('key', CP_KEY), e('operator', 'Equal'), entry(dice, 'value', raw('"true"')), e('effect', 'NoSchedule')],
    unrelated: () => [e('key', 'example.com/gpu'), e('operator', 'Exists'), e('effect', 'NoSchedule')],
  };
  return map(dice, fields[t](), 25);
}

function containerNode(dice: Dice, m: DaemonSetModel, mounts: Mount[], index: number, init: boolean): YMap {
  const name = `${init ? 'init' : 'agent'}-${index}`;
  const entries: YEntry[] = [entry(dice, 'name', str(dice, name)), entry(dice, 'image', str(dice, `registry.example.com/${name}:1.2.${index}`))];
  if (dice.chance(20)) entries.push(entry(dice, 'args', seq(dice, [str(dice, '--v=2'), str(dice, '--node=$(NODE_NAME)')], 40)));
  if (dice.chance(15)) {
    // A shell script last in the container: with `|+` its trailing empty lines are part of it.
    const script: YScalar = { t: 's', text: dice.pick(['|', '|-', '|+', '>']), block: ['set -e', 'exec agent --node="$NODE_NAME"', ...(dice.chance(60) ? ['', ''] : [])] };
    entries.push(entry(dice, 'command', { t: 'q', items: [raw('/bin/sh'), raw('-c'), script] }));
  }
  if (mounts.length > 0) {
    const list = seq(dice, [], 0);
    list.flow = dice.chance(12);
    list.multiline = list.flow && dice.chance(50);
    list.closeAtKey = list.multiline && dice.chance(40);
    list.items = mounts.map((mt, i): YMap => {
      const fields: YEntry[] = [entry(dice, 'name', str(dice, volumeName(mt.volume, m))), entry(dice, 'mountPath', str(dice, `/mnt/${init ? 'i' : 'c'}${index}-${i}`))];
      if (mt.readOnly !== 'absent') fields.push(entry(dice, 'readOnly', raw(mt.readOnly, true), true));
      if (dice.chance(30)) fields.reverse();
      const node = map(dice, fields, 20);
      // In flow style, a missing readOnly is added on the mapping's line.
      if (node.flow || list.flow) node.flag = mt.readOnly !== 'true' && mt.readOnly !== 'yes';
      return node;
    });
    entries.push(entry(dice, 'volumeMounts', list));
  }
  return map(dice, dice.chance(25) ? permute(entries, m.order) : entries);
}

function daemonSetNode(m: DaemonSetModel): YMap {
  const dice = new Dice(m.rolls);
  const labels = (): YMap => map(dice, [entry(dice, 'app', str(dice, m.name))], 40);
  // `metadata.labels: &labels ...` and `*labels` below, as many charts write it.
  const aliased = m.selector === 'alias';

  const podEntries: YEntry[] = [];
  podEntries.push(entry(dice, 'containers', seq(dice, m.containers.map((c, i) => containerNode(dice, m, c, i, false)))));
  if (m.initContainers.length > 0) {
    podEntries.push(entry(dice, 'initContainers', seq(dice, m.initContainers.map((c, i) => containerNode(dice, m, c, i, true)))));
  }
  if (m.restartPolicy !== 'absent') podEntries.push(entry(dice, 'restartPolicy', str(dice, m.restartPolicy), m.restartPolicy !== 'Always'));
  if (m.hostNetwork !== 'absent') podEntries.push(entry(dice, 'hostNetwork', raw(m.hostNetwork)));
  if (m.dnsPolicy !== 'absent') {
    const value = m.dnsPolicy === '' || m.dnsPolicy === '""' ? raw(m.dnsPolicy) : str(dice, m.dnsPolicy);
    podEntries.push(entry(dice, 'dnsPolicy', value, m.dnsPolicy !== 'ClusterFirstWithHostNet' && m.dnsPolicy !== 'Default'));
  }
  const nodeSelector: Record<DaemonSetModel['nodeSelector'], [string, string] | undefined> = {
    absent: undefined,
    linux: ['kubernetes.io/os', 'linux'],
    pool: ['example.com/pool', 'gpu'],
    windows: ['kubernetes.io/os', 'windows'],
    controlPlane: [CP_KEY, '""'],
  };
  const selected = nodeSelector[m.nodeSelector];
  if (selected) podEntries.push(entry(dice, 'nodeSelector', map(dice, [entry(dice, selected[0], selected[1] === '""' ? raw('""') : str(dice, selected[1]))], 40)));
  if (m.tolerations) {
    const list = seq(dice, m.tolerations.map((t) => tolerationNode(dice, t)), 25);
    if (list.items.length === 0) list.flow = true;
    // Appending to a flow sequence writes on its (last) line.
    if (list.flow) list.flag = true;
    podEntries.push(entry(dice, 'tolerations', list));
  }
  if (dice.chance(30)) podEntries.push(entry(dice, 'terminationGracePeriodSeconds', raw('30')));
  if (dice.chance(20)) podEntries.push(entry(dice, 'serviceAccountName', str(dice, m.name)));
  const volumes = m.volumes.map((v, i) => {
    const source =
      v.kind === 'hostPath'
        ? map(dice, [entry(dice, 'path', str(dice, v.path)), ...(dice.chance(30) ? [entry(dice, 'type', str(dice, 'Directory'))] : [])], 30)
        : v.kind === 'configMap'
          ? map(dice, [entry(dice, 'name', str(dice, `${m.name}-config`))], 30)
          : map(dice, [], 0);
    return map(dice, [entry(dice, 'name', str(dice, volumeName(i, m))), entry(dice, v.kind, source)], 15);
  });
  podEntries.push(entry(dice, 'volumes', seq(dice, volumes)));

  const templateMetadata: YEntry[] = [entry(dice, 'labels', aliased ? raw('*labels') : labels())];
  const metadataEntries: YEntry[] = [entry(dice, 'name', str(dice, m.name)), entry(dice, 'namespace', str(dice, 'kube-system'))];
  if (aliased) metadataEntries.push({ ...entry(dice, 'labels', labels()), props: '&labels' });
  if (m.justified) {
    const annotations = map(dice, [entry(dice, JUSTIFICATION, raw('"the agent keeps its state and logs on the node"'))]);
    (dice.chance(50) ? templateMetadata : metadataEntries).push(entry(dice, 'annotations', annotations));
  }

  const specEntries: YEntry[] = [];
  if (m.selector !== 'absent') {
    specEntries.push(entry(dice, 'selector', map(dice, [entry(dice, 'matchLabels', aliased ? raw('*labels') : labels())], 15)));
  }
  if (m.replicas !== undefined) specEntries.push(entry(dice, 'replicas', raw(String(m.replicas)), true));
  if (m.progressDeadlineSeconds) specEntries.push(entry(dice, 'progressDeadlineSeconds', raw('600'), true));
  if (m.paused !== 'absent') specEntries.push(entry(dice, 'paused', raw(m.paused), true));
  if (m.templateGeneration) specEntries.push(entry(dice, 'templateGeneration', raw('2')));
  const strategy = (type: string, rolling: boolean): YMap =>
    map(
      dice,
      [
        entry(dice, 'type', str(dice, type)),
        ...(rolling && dice.chance(50) ? [entry(dice, 'rollingUpdate', map(dice, [entry(dice, 'maxUnavailable', raw(dice.pick(['1', '"25%"'])))], 30))] : []),
      ],
      30,
    );
  switch (m.strategy) {
    case 'strategyOnDelete':
    case 'strategyRolling':
    case 'strategyRecreate': {
      const type = { strategyOnDelete: 'OnDelete', strategyRolling: 'RollingUpdate', strategyRecreate: 'Recreate' }[m.strategy];
      specEntries.push(entry(dice, 'strategy', strategy(type, true), true));
      break;
    }
    case 'updateOnDelete':
    case 'updateRolling':
      specEntries.push(entry(dice, 'updateStrategy', strategy(m.strategy === 'updateOnDelete' ? 'OnDelete' : 'RollingUpdate', true)));
      break;
    case 'both':
      specEntries.push(entry(dice, 'strategy', strategy('RollingUpdate', false), true));
      specEntries.push(entry(dice, 'updateStrategy', strategy('OnDelete', false)));
      break;
  }
  const podSpec = map(dice, permute(podEntries, m.order));
  specEntries.push(entry(dice, 'template', map(dice, [entry(dice, 'metadata', map(dice, templateMetadata)), entry(dice, 'spec', podSpec)])));

  return map(dice, [
    entry(dice, 'apiVersion', str(dice, m.apiVersion), m.apiVersion !== 'apps/v1'),
    entry(dice, 'kind', str(dice, 'DaemonSet')),
    entry(dice, 'metadata', map(dice, metadataEntries)),
    entry(dice, 'spec', map(dice, permute(specEntries, m.order.slice(3)))),
  ]);
}

/** Not a DaemonSet: its Deployment fields and replica count must come through untouched. */
function deploymentNode(dice: Dice): YMap {
  const e = (key: string, value: YNode) => entry(dice, key, value);
  const container = map(dice, [e('name', raw('web')), e('image', raw('nginx:1.27'))]);
  const podSpec = map(dice, [e('restartPolicy', str(dice, 'OnFailure')), e('containers', seq(dice, [container]))]);
  return map(dice, [
    e('apiVersion', str(dice, 'apps/v1')),
    e('kind', str(dice, 'Deployment')),
    e('metadata', map(dice, [e('name', str(dice, 'web'))], 50)),
    e(
      'spec',
      map(dice, [
        e('replicas', raw('3')),
        e('progressDeadlineSeconds', raw('600')),
        e('strategy', map(dice, [e('type', str(dice, 'Recreate'))])),
        e('selector', map(dice, [e('matchLabels', map(dice, [e('app', raw('web'))], 50))])),
        e('template', map(dice, [e('spec', podSpec)])),
      ]),
    ),
  ]);
}

/** A ConfigMap whose literal block holds text that looks like a fixable DaemonSet. */
function configMapNode(dice: Dice): YMap {
  const block: YScalar = { t: 's', text: '|', block: ['kind: DaemonSet', 'spec:', '  replicas: 3', '', '  restartPolicy: Never'] };
  return map(dice, [
    entry(dice, 'apiVersion', raw('v1')),
    entry(dice, 'kind', raw('ConfigMap')),
    entry(dice, 'metadata', map(dice, [entry(dice, 'name', raw('agent-config'))])),
    entry(dice, 'data', map(dice, [{ key: 'template.yaml', value: block }])),
  ]);
}

type DocumentModel = { kind: 'daemonSet'; model: DaemonSetModel } | { kind: 'deployment' | 'configMap' | 'comment' };

interface FileModel {
  documents: DocumentModel[];
  step: 2 | 4;
  indentedSequences: boolean;
  crlf: boolean;
  bom: boolean;
  leadingMarker: boolean;
  finalNewline: boolean;
  rolls: number[];
}

const fileModel: fc.Arbitrary<FileModel> = fc.record({
  documents: fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: daemonSetModel.map((model): DocumentModel => ({ kind: 'daemonSet', model })) },
        { weight: 1, arbitrary: fc.constantFrom<DocumentModel>({ kind: 'deployment' }, { kind: 'configMap' }, { kind: 'comment' }) },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .filter((docs) => docs.some((d) => d.kind === 'daemonSet')),
  step: fc.constantFrom<(2 | 4)[]>(2, 4),
  indentedSequences: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.constantFrom(false, false, false, true),
  leadingMarker: fc.boolean(),
  finalNewline: fc.constantFrom(true, true, true, false),
  rolls: fc.array(fc.nat({ max: 99 }), { minLength: 11, maxLength: 11 }),
});

interface GeneratedFile {
  /** The file as written, BOM included. */
  text: string;
  /** Its lines (no BOM, no terminators), each marked when a fix may change it. */
  lines: Line[];
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
}

function renderFile(f: FileModel): GeneratedFile {
  const dice = new Dice(f.rolls);
  const style: Style = { step: f.step, indentedSequences: f.indentedSequences };
  const lines: Line[] = [];
  let ended = false;
  f.documents.forEach((doc, i) => {
    if (i > 0 || f.leadingMarker || ended) lines.push({ text: dice.chance(30) ? `--- # ${dice.pick(COMMENTS)}` : '---', flag: false });
    if (doc.kind === 'comment') {
      lines.push({ text: '# a document with no content', flag: false });
      return;
    }
    let root: YMap = doc.kind === 'daemonSet' ? daemonSetNode(doc.model) : doc.kind === 'deployment' ? deploymentNode(dice) : configMapNode(dice);
    if (doc.kind === 'daemonSet' && doc.model.inList) {
      root = { t: 'm', entries: [{ key: 'apiVersion', value: raw('v1') }, { key: 'kind', value: raw('List') }, { key: 'items', value: { t: 'q', items: [root] } }] };
    }
    renderMap(root, 0, style, lines);
    if (dice.chance(20)) lines.push({ text: `# end of document ${i}`, flag: false });
    ended = dice.chance(15);
    if (ended) lines.push({ text: '...', flag: false });
  });
  const eol = f.crlf ? '\r\n' : '\n';
  const body = lines.map((l) => l.text).join(eol) + (f.finalNewline ? eol : '');
  return { text: (f.bom ? '\ufeff' : '') + body, lines, crlf: f.crlf, bom: f.bom, finalNewline: f.finalNewline };
}

const generatedFile = fileModel.map(renderFile);

/**
 * The same DaemonSets as JSON documents (compact or indented), as `kubectl get -o json` writes
 * them: a fix must keep such a file JSON, or tools that read it as JSON reject it.
 */
const generatedJson = fc
  .record({ model: daemonSetModel, indent: fc.constantFrom(0, 2, 4), crlf: fc.boolean() })
  .map(({ model, indent, crlf }) => {
    const lines: Line[] = [];
    renderMap(daemonSetNode(model), 0, { step: 2, indentedSequences: false }, lines);
    const [document] = parseFile(new SourceFile('generated.yaml', lines.map((l) => l.text).join('\n'))).documents;
    const json = `${JSON.stringify(document.value, null, indent)}\n`;
    return crlf ? json.replace(/\n/g, '\r\n') : json;
  });

// ---------------------------------------------------------------------------------------------
// What the fixes are meant to do, computed on the parsed input.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function tolerates(t: Obj): boolean {
  const effect = text(t.effect);
  const key = text(t.key);
  const operator = text(t.operator);
  if (effect !== '' && effect !== 'NoSchedule') return false;
  if (key !== '' && key !== CP_KEY) return false;
  return operator === 'Exists' || ((operator === '' || operator === 'Equal') && text(t.value) === '');
}

type Targeting = 'every-node' | 'control-plane' | 'subset' | 'excluded';
function targeting(pod: Obj): Targeting {
  const selector = isObj(pod.nodeSelector) ? pod.nodeSelector : {};
  let result: Targeting = 'every-node';
  for (const [key, value] of Object.entries(selector)) {
    if (key === 'kubernetes.io/os' && value !== 'linux') return 'excluded';
    if (key === CP_KEY) result = 'control-plane';
    else if (key !== 'kubernetes.io/os' && result !== 'control-plane') result = 'subset';
  }
  return result;
}

const REMOVED_VERSIONS = new Set(['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']);

/** One round of every intended change; true when something changed. */
function fixRound(ds: Obj): boolean {
  let changed = false;
  const spec = isObj(ds.spec) ? ds.spec : undefined;
  const pod = spec && isObj(spec.template) && isObj(spec.template.spec) ? spec.template.spec : undefined;
  if (spec) {
    for (const key of ['replicas', 'progressDeadlineSeconds']) {
      if (key in spec) {
        delete spec[key];
        changed = true;
      }
    }
    if ('paused' in spec && (spec.paused === false || spec.paused === null)) {
      delete spec.paused;
      changed = true;
    }
    // Renamed when it means the same as an updateStrategy (the generator writes OnDelete,
    // RollingUpdate with maxUnavailable 1 or "25%", and Recreate, which has no counterpart).
    if ('strategy' in spec && !('updateStrategy' in spec) && isObj(spec.strategy) && (spec.strategy.type === 'OnDelete' || spec.strategy.type === 'RollingUpdate')) {
      spec.updateStrategy = spec.strategy;
      delete spec.strategy;
      changed = true;
    }
  }
  if (pod) {
    if ('restartPolicy' in pod && pod.restartPolicy !== 'Always' && pod.restartPolicy !== null && pod.restartPolicy !== '') {
      pod.restartPolicy = 'Always';
      changed = true;
    }
    const windowsOnly = isObj(pod.nodeSelector) && pod.nodeSelector['kubernetes.io/os'] === 'windows';
    if (pod.hostNetwork === true && !windowsOnly && [undefined, null, '', 'ClusterFirst'].includes(pod.dnsPolicy as string)) {
      pod.dnsPolicy = 'ClusterFirstWithHostNet';
      changed = true;
    }
    const annotated = (metadata: unknown) => isObj(metadata) && isObj(metadata.annotations) && JUSTIFICATION in metadata.annotations;
    const justified = annotated(ds.metadata) || annotated(isObj(spec?.template) ? spec.template.metadata : undefined);
    const hostPathVolumes = new Map<string, boolean>();
    for (const v of Array.isArray(pod.volumes) ? pod.volumes : []) {
      if (isObj(v) && typeof v.name === 'string' && !hostPathVolumes.has(v.name)) hostPathVolumes.set(v.name, isObj(v.hostPath));
    }
    for (const list of ['initContainers', 'containers']) {
      for (const c of Array.isArray(pod[list]) ? (pod[list] as unknown[]) : []) {
        for (const mnt of isObj(c) && Array.isArray(c.volumeMounts) ? c.volumeMounts : []) {
          if (!justified && isObj(mnt) && typeof mnt.name === 'string' && hostPathVolumes.get(mnt.name) && mnt.readOnly !== true) {
            mnt.readOnly = true;
            changed = true;
          }
        }
      }
    }
    const where = targeting(pod);
    const tolerations = (Array.isArray(pod.tolerations) ? pod.tolerations : []).filter(isObj);
    if (where !== 'excluded' && !tolerations.some(tolerates)) {
      const meant = tolerations.some((t) => t.key === CP_KEY || t.key === 'node-role.kubernetes.io/master');
      if (meant || where !== 'subset') {
        pod.tolerations = [...(Array.isArray(pod.tolerations) ? pod.tolerations : []), { key: CP_KEY, operator: 'Exists', effect: 'NoSchedule' }];
        changed = true;
      }
    }
  }
  const version = ds.apiVersion;
  if (typeof version === 'string' && REMOVED_VERSIONS.has(version)) {
    const type = spec && isObj(spec.updateStrategy) ? spec.updateStrategy.type : undefined;
    const needsMore =
      spec?.selector === undefined || spec.selector === null || 'templateGeneration' in spec || (version === 'extensions/v1beta1' && (typeof type !== 'string' || type === ''));
    if (!needsMore) {
      ds.apiVersion = 'apps/v1';
      changed = true;
    }
  }
  return changed;
}

function expectedDocument(value: unknown): unknown {
  const copy = structuredClone(value);
  const objects = isObj(copy) && copy.kind === 'List' && Array.isArray(copy.items) ? copy.items : [copy];
  for (const object of objects) {
    if (!isObj(object) || object.kind !== 'DaemonSet') continue;
    // Fixes are applied in passes: a rename can make the apiVersion fix possible in the next one.
    for (let pass = 0; pass < 10 && fixRound(object); pass++);
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------

/** `--fix --unsafe-fixes`: the properties hold for every fix, whatever its safety. */
function fix(input: string): FixOutcome {
  return fixFile(new SourceFile('generated.yaml', input), ACTIVE, SETTINGS, { unsafe: true });
}

function values(input: string): unknown[] {
  return parseFile(new SourceFile('generated.yaml', input)).documents.map((d) => d.value);
}

/** A text's lines with their terminators. */
function splitLines(s: string): string[] {
  return s.split(/(?<=\n)/).filter((l) => l !== '');
}

/** Lines a fix inserts whole (a `readOnly`, a toleration, one in a flow list written one item per line). */
const INSERTED_LINE =
  /^ *(?:readOnly: true|dnsPolicy: ClusterFirstWithHostNet|tolerations:|- key: node-role\.kubernetes\.io\/control-plane|operator: Exists|effect: NoSchedule|\{key: node-role\.kubernetes\.io\/control-plane, operator: Exists, effect: NoSchedule\},?)\r?\n?$/;

/**
 * "Bytes outside edited lines are unchanged": every input line the generator did not mark as
 * one a fix may rewrite appears in the output byte for byte (terminator included; the last line,
 * when it has no terminator, may gain one), in the same order. The output lines not matched that
 * way are whole inserted lines, or rewrites of marked lines (no more of them than there are).
 */
function checkUntouchedLines(file: GeneratedFile, output: string): void {
  const eol = file.crlf ? '\r\n' : '\n';
  const text = file.text.replace(/^\ufeff/, '');
  // The rendered lines with their terminators; a last line without one may be empty (nothing).
  const input = file.lines.map((l, i) => (i < file.lines.length - 1 || file.finalNewline ? l.text + eol : l.text));
  expect(input.join('')).toBe(text);
  const out = splitLines(output.replace(/^\ufeff/, ''));
  // An entry deleted right after a block scalar that keeps its final line breaks (`|+`) takes the
  // empty lines after it along, or the scalar would take them in: those may go.
  const keeps = file.lines.some((l) => /(?:^|[:-] )[|>][1-9]?\+/.test(l.text));
  const matched = new Set<number>();
  let cursor = 0;
  input.forEach((line, i) => {
    if (file.lines[i].flag || line === '' || (keeps && line.trim() === '')) return;
    const last = i === input.length - 1 && !line.endsWith('\n');
    while (cursor < out.length && out[cursor] !== line && !(last && out[cursor] === line + eol)) cursor++;
    expect(cursor, `line ${i + 1} ${JSON.stringify(line)} is missing or out of order in the output:\n${output}`).toBeLessThan(out.length);
    matched.add(cursor++);
  });
  const rewritten = out.filter((l, i) => !matched.has(i) && !INSERTED_LINE.test(l) && !(keeps && l.trim() === ''));
  const marked = file.lines.filter((l) => l.flag).length;
  expect(rewritten.length, `output lines neither kept nor inserted: ${JSON.stringify(rewritten)}`).toBeLessThanOrEqual(marked);
}

describe('--fix on generated DaemonSets', () => {
  beforeAll(async () => {
    await loadLenientReader();
  });

  it('covers every fixable built-in rule', () => {
    const covered = new Set(RULES.map((r) => r.id));
    expect(builtinRules.filter((r) => r.meta.fixable && !covered.has(r.id)).map((r) => r.id)).toStrictEqual([]);
  });

  it('the generator writes what it means to (valid YAML, with something to fix)', () => {
    let fixable = 0;
    fc.assert(
      fc.property(generatedFile, (file) => {
        const parsed = parseFile(new SourceFile('generated.yaml', file.text));
        expect(parsed.errors).toStrictEqual([]);
        const expected = parsed.documents.map((d) => expectedDocument(d.value));
        if (JSON.stringify(expected) !== JSON.stringify(parsed.documents.map((d) => d.value))) fixable++;
      }),
      { numRuns: NUM_RUNS },
    );
    // Most generated files have something to fix, or the properties below would prove little.
    expect(fixable).toBeGreaterThan(NUM_RUNS * 0.7);
  }, TIMEOUT);

  it('fixes without failing verification, and leaves nothing fixable', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        const outcome = fix(file.text);
        expect(outcome.failure, file.text).toBeUndefined();
        expect(outcome.result.findings.filter((f) => f.fix && !f.suppressions?.length).map((f) => f.message)).toStrictEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it('is idempotent: fixing the output changes nothing', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        const once = fix(file.text).output;
        const twice = fix(once);
        expect(twice.output).toBe(once);
        expect(twice.fixed).toStrictEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it('gives output that parses, with the same documents', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        const before = parseFile(new SourceFile('generated.yaml', file.text));
        const after = parseFile(new SourceFile('generated.yaml', fix(file.text).output));
        expect(after.errors.length).toBeLessThanOrEqual(before.errors.length);
        expect(after.documents.length).toBe(before.documents.length);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it('changes the objects exactly as the fixes intend, and nothing else', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        const output = fix(file.text).output;
        expect(values(output)).toEqual(values(file.text).map(expectedDocument));
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it('leaves every line it does not edit byte for byte as it was', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        checkUntouchedLines(file, fix(file.text).output);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it('keeps a JSON document JSON, changed only as the fixes intend', () => {
    fc.assert(
      fc.property(generatedJson, (input) => {
        const outcome = fix(input);
        expect(outcome.failure).toBeUndefined();
        expect(outcome.result.findings.filter((f) => f.fix).map((f) => f.message)).toStrictEqual([]);
        expect(() => JSON.parse(outcome.output), outcome.output).not.toThrow();
        expect(JSON.parse(outcome.output)).toEqual(expectedDocument(JSON.parse(input)));
        expect(fix(outcome.output).output).toBe(outcome.output);
        if (input.includes('\r\n')) expect(outcome.output).not.toMatch(/(?<!\r)\n/);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);

  it('keeps the line endings and the BOM', () => {
    fc.assert(
      fc.property(generatedFile, (file) => {
        const output = fix(file.text).output;
        if (file.crlf) expect(output).not.toMatch(/(?<!\r)\n/);
        else expect(output).not.toContain('\r');
        expect(output.startsWith('\ufeff')).toBe(file.bom);
        expect(output.slice(1)).not.toContain('\ufeff');
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT);
});
