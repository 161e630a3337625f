import pc from 'picocolors';
import type { FileWriterFactory, FormatOptions, LintResult, ReportRun } from '../types/finding.js';
import type { CoverageReport, DaemonSetCoverage, NodeOutcome } from '../types/inventory.js';
import { addCounts, countFindings, type Counts } from './json.js';

type Colors = ReturnType<typeof pc.createColors>;

/**
 * One cell of the table: how a DaemonSet fares on the nodes of one pool. `-` is a pool its node
 * selection leaves out on purpose; `misses` is one it selects and still gets no pod on.
 */
function cellText(cell: Omit<DaemonSetCoverage['pools'][number], 'pool'>): string {
  const missed = cell.misses - cell.notSelected;
  const parts: [number, string][] = (
    [
      [cell.runs, 'runs'],
      [missed, 'misses'],
      [cell.unfit, 'unfit'],
      [cell.notSelected, '-'],
    ] as [number, string][]
  ).filter(([n]) => n > 0);
  if (parts.length === 1) return parts[0][1];
  return parts.map(([n, word]) => `${word === '-' ? 'not selected' : word} ${n}`).join(', ');
}

/**
 * `--format coverage`: a table of DaemonSets × node pools (runs, misses, unfit in each cell, and
 * each DaemonSet's requests summed over the nodes it runs on), then why each miss and misfit
 * happens, then the count of findings. Without a node inventory there is nothing to show.
 */
export function formatCoverage(result: LintResult, options: FormatOptions): string {
  return coverageText(result, countFindings(result.findings), options);
}

/** The same, written as a large run hands over its files: only the counts of findings are kept. */
export const coverageWriter: FileWriterFactory = (run, options) => {
  const counts: Counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  return {
    order: 'path',
    file(_file, findings) {
      addCounts(counts, findings);
    },
    ends: () => ({ head: '', tail: coverageText(run, counts, options) }),
  };
};

function coverageText(run: ReportRun, counts: Counts, options: FormatOptions): string {
  const c = pc.createColors(options.color);
  const coverage = run.coverage;
  if (!coverage) return 'No node inventory: give one with --nodes <file> (or nodes: in the config) to see where each DaemonSet runs.\n';
  const { inventory } = coverage;
  const groups = nodeGroups(coverage);
  let out = `${c.bold('Node coverage')}: ${count(coverage.daemonSets.length, 'DaemonSet')} on ${count(inventory.nodes, 'node')} in ${count(groups.length, 'node group')} (${inventory.files.map(plain).join(', ')})\n\n`;
  if (coverage.daemonSets.length > 0) {
    const header = ['DaemonSet', ...groups.map((g) => plain(g.name)), 'fleet cpu', 'fleet memory'];
    const counts = ['', ...groups.map((g) => count(g.nodes, 'node')), '', ''];
    const rows = coverage.daemonSets.map((d) => [objectName(d), ...groupCells(d, groups).map(cellText), d.fleetRequests.cpu, d.fleetRequests.memory]);
    out += table(header, counts, rows, c) + '\n';
    out += c.dim('runs: gets a pod that fits · misses: selected, but a taint keeps the pod off · unfit: the pod stays Pending · -: not selected') + '\n';
    out += c.dim('fleet cpu, memory: requests summed over the nodes the DaemonSet runs on') + '\n';
    const reasons = reasonLines(coverage, c);
    if (reasons) out += `\n${reasons}`;
  }
  const problems = counts.errors + counts.warnings;
  out += `\n${problems === 0 ? c.green('✔ no problems') : c.red(`✖ ${count(problems, 'problem')} (${count(counts.errors, 'error')}, ${count(counts.warnings, 'warning')})`)}; --format stylish lists the findings\n`;
  return out;
}

function table(header: readonly string[], subheader: readonly string[], rows: readonly string[][], c: Colors): string {
  const widths = header.map((h, i) => Math.max(h.length, subheader[i].length, ...rows.map((r) => r[i].length)));
  const fleet = header.length - 2;
  const line = (cells: readonly string[], paint: (text: string, i: number) => string): string =>
    cells
      .map((cell, i) => paint(i >= fleet ? cell.padStart(widths[i]) : cell.padEnd(widths[i]), i))
      .join('  ')
      .trimEnd();
  const paintState = (text: string, i: number): string => {
    if (i === 0 || i >= fleet) return text;
    const word = text.trim();
    if (word === 'runs') return c.green(text);
    if (word === '-') return c.dim(text);
    return word.includes('unfit') ? c.red(text) : c.yellow(text);
  };
  return [line(header, (t) => c.bold(t)), line(subheader, (t) => c.dim(t)), ...rows.map((r) => line(r, paintState))].join('\n');
}

/** For each DaemonSet that misses or does not fit somewhere: where, and why, with the nodes counted. */
function reasonLines(coverage: CoverageReport, c: Colors): string {
  const groupOf = groupByPool(coverage);
  let out = '';
  for (const d of coverage.daemonSets) {
    // A pool its selection leaves out is its choice; what else keeps it off a node, or Pending there, is said.
    const missed = d.nodes.missed.filter((o) => o.cause !== 'selection');
    const lines = [...grouped(missed, 'misses', groupOf, c), ...grouped(d.nodes.unfit, 'unfit', groupOf, c)];
    if (lines.length > 0) out += `${c.underline(objectName(d))}\n${lines.join('\n')}\n`;
  }
  return out;
}

function grouped(outcomes: readonly NodeOutcome[], state: 'misses' | 'unfit', groupOf: ReadonlyMap<string, string>, c: Colors): string[] {
  const label = state === 'misses' ? c.yellow('misses') : c.red('unfit ');
  return groupOutcomes(outcomes, groupOf).map(({ group, reason, nodes }) => `  ${label} ${plain(group)} (${nodeList(nodes)}): ${plain(reason)}`);
}

/** Nodes that share a node group and a reason, in first-seen order. */
function groupOutcomes(outcomes: readonly NodeOutcome[], groupOf: ReadonlyMap<string, string>): { group: string; reason: string; nodes: string[] }[] {
  const groups = new Map<string, { group: string; reason: string; nodes: string[] }>();
  // A pool's nodes that miss for one reason come one after another (tens of thousands in a large fleet): their entry is looked up once.
  let last: NodeOutcome | undefined;
  let lastEntry: { nodes: string[] } | undefined;
  for (const o of outcomes) {
    if (lastEntry && o.pool === last!.pool && o.reason === last!.reason) {
      lastEntry.nodes.push(o.node);
      continue;
    }
    const group = groupOf.get(o.pool) ?? o.pool;
    const key = `${group}\u0000${o.reason}`;
    let entry = groups.get(key);
    if (entry) entry.nodes.push(o.node);
    else groups.set(key, (entry = { group, reason: o.reason, nodes: [o.node] }));
    last = o;
    lastEntry = entry;
  }
  return [...groups.values()];
}

interface NodeGroup {
  name: string;
  nodes: number;
  /** Indexes of its pools in `inventory.pools` (and in each DaemonSet's `pools`). */
  pools: number[];
}

/** The table's columns: the pools of one node group (the zones of a cloud node pool, say) together, in the inventory's order. */
function nodeGroups(coverage: CoverageReport): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  coverage.inventory.pools.forEach((pool, i) => {
    let group = groups.get(pool.group);
    if (!group) groups.set(pool.group, (group = { name: pool.group, nodes: 0, pools: [] }));
    group.nodes += pool.nodes;
    group.pools.push(i);
  });
  return [...groups.values()];
}

function groupByPool(coverage: CoverageReport): Map<string, string> {
  return new Map(coverage.inventory.pools.map((p) => [p.name, p.group]));
}

/** A DaemonSet's counts over the pools of each group. */
function groupCells(d: DaemonSetCoverage, groups: readonly NodeGroup[]): Omit<DaemonSetCoverage['pools'][number], 'pool'>[] {
  return groups.map((g) => {
    const cell = { runs: 0, misses: 0, notSelected: 0, unfit: 0 };
    for (const i of g.pools) {
      const p = d.pools[i];
      cell.runs += p.runs;
      cell.misses += p.misses;
      cell.notSelected += p.notSelected;
      cell.unfit += p.unfit;
    }
    return cell;
  });
}

function nodeList(nodes: readonly string[]): string {
  if (nodes.length > 3) return count(nodes.length, 'node');
  return nodes.map(plain).join(', ');
}

function objectName(d: DaemonSetCoverage): string {
  const { namespace, name } = d.object;
  return plain(`${namespace ? `${namespace}/` : ''}${name ?? '<unnamed>'}`);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Names and reasons come from manifests and inventories: they may not drive the terminal, nor break a line. */
function plain(text: string): string {
  return text.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The same table in Markdown, for the GitHub Action's job summary: cells and reasons escaped,
 * reasons listed under the table (one line per DaemonSet, pool and reason).
 */
export function coverageMarkdown(coverage: CoverageReport): string {
  const { inventory } = coverage;
  const groups = nodeGroups(coverage);
  const groupOf = groupByPool(coverage);
  let out = `### Node coverage\n\n${count(coverage.daemonSets.length, 'DaemonSet')} on ${count(inventory.nodes, 'node')} in ${count(groups.length, 'node group')} (${inventory.files.map(markdown).join(', ')}).\n\n`;
  if (coverage.daemonSets.length === 0) return out;
  out += `| DaemonSet | ${groups.map((g) => `${markdown(g.name)} (${count(g.nodes, 'node')})`).join(' | ')} | fleet cpu | fleet memory |\n`;
  out += `|---|${groups.map(() => '---|').join('')}---:|---:|\n`;
  for (const d of coverage.daemonSets) {
    out += `| ${markdown(objectName(d))} | ${groupCells(d, groups)
      .map((cell) => markdown(cellText(cell)))
      .join(' | ')} | ${d.fleetRequests.cpu} | ${d.fleetRequests.memory} |\n`;
  }
  out += '\nruns: gets a pod that fits · misses: selected, but a taint keeps the pod off · unfit: the pod stays Pending · -: not selected. Fleet cpu, memory: requests summed over the nodes the DaemonSet runs on.\n';
  const lines: string[] = [];
  for (const d of coverage.daemonSets) {
    for (const [outcomes, state] of [
      [d.nodes.missed.filter((o) => o.cause !== 'selection'), 'misses'],
      [d.nodes.unfit, 'does not fit on'],
    ] as const) {
      for (const g of groupOutcomes(outcomes, groupOf)) lines.push(`- **${markdown(objectName(d))}** ${state} ${markdown(g.group)} (${markdown(nodeList(g.nodes))}): ${markdown(g.reason)}`);
    }
  }
  // A job summary holds at most 1 MiB: a selection by node name could list thousands of lines.
  if (lines.length > MAX_SUMMARY_REASONS) lines.splice(MAX_SUMMARY_REASONS, lines.length, `- … and ${lines.length - MAX_SUMMARY_REASONS} more (the JSON report has them all)`);
  if (lines.length > 0) out += `\n${lines.join('\n')}\n`;
  return out;
}

const MAX_SUMMARY_REASONS = 200;

function markdown(text: string): string {
  return plain(text)
    .replace(/[\\|`*_[\]<>&]/g, (ch) => `\\${ch}`)
    .replace(/[\r\n]+/g, ' ');
}
