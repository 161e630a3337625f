import type { SourceNode } from './source-node.js';
import { ReadingError } from './tree-builder.js';

/**
 * Tabs that go-yaml refuses where the other YAML parsers let them pass: a line of white space
 * (or before a comment) whose indentation holds a tab, and a tab after a block sequence's `-`.
 * go-yaml (scannerc.go) skips tabs only inside flow collections and quoted scalars; a plain
 * scalar reading on over blank lines accepts a tab at or right of its own indentation ("found a
 * tab character that violates indentation" left of it); inside a block scalar a tab left of the
 * content's indentation is "found a tab character where an indentation space is expected";
 * anywhere else the tab "cannot start any token". Called on every document that holds a tab, with
 * its node tree, which tells the context of each line.
 */
export function checkTabs(source: string, base: number, root: SourceNode | null): void {
  if (source.indexOf('\t') === -1) return;
  let leaves: Leaf[] | undefined;
  let lineStart = 0;
  while (lineStart < source.length) {
    const nl = source.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? source.length : nl;
    const line = source.slice(lineStart, lineEnd);
    if (line.indexOf('\t') !== -1) {
      const tab = suspectTab(line);
      if (tab !== -1) {
        leaves ??= collectLeaves(root);
        const message = verdict(source, base, leaves, lineStart, tab, line);
        if (message) throw new ReadingError(message, base + lineStart + tab);
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** The column of a tab go-yaml may refuse on this line: in the leading white space of a blank or comment line, or after `-`. */
function suspectTab(line: string): number {
  const lead = /^[ \t]*/.exec(line)![0];
  const rest = line.slice(lead.length);
  if (lead.includes('\t') && (rest === '' || rest === '\r' || rest.startsWith('#'))) return lead.indexOf('\t');
  const dash = /^ *(?:-[ ]+)*-[ ]*\t/.exec(line);
  return dash ? dash[0].length - 1 : -1;
}

interface Leaf {
  node: SourceNode;
  /** A mapping key (a plain key ends at its `:`, so it reads no blank lines after it). */
  key: boolean;
  /** The column the enclosing block collection stands in (its keys or its `-`); -1 at the root. */
  parentColumn: number;
  /** Inside a flow collection: tabs there are white space. */
  inFlow: boolean;
}

function collectLeaves(root: SourceNode | null): Leaf[] {
  const out: Leaf[] = [];
  const visit = (node: SourceNode, key: boolean, parentStart: number, inFlow: boolean): void => {
    if (node.kind === 'mapping') {
      const flow = inFlow || node.flow;
      for (const entry of node.entries) {
        visit(entry.keyNode, true, node.start, flow);
        visit(entry.value, false, node.start, flow);
      }
      for (const merge of node.merges) {
        visit(merge.keyNode, true, node.start, flow);
        visit(merge.value, false, node.start, flow);
      }
      if (flow && !inFlow) out.push({ node, key: false, parentColumn: -1, inFlow: false });
    } else if (node.kind === 'sequence') {
      const flow = inFlow || node.flow;
      for (const item of node.items) visit(item, false, node.start, flow);
      if (flow && !inFlow) out.push({ node, key: false, parentColumn: -1, inFlow: false });
    } else if (!(node.kind === 'scalar' && node.empty)) {
      out.push({ node, key, parentColumn: parentStart, inFlow });
    }
  };
  if (root) visit(root, false, -1, false);
  return out.sort((a, b) => a.node.start - b.node.start);
}

function verdict(source: string, base: number, leaves: readonly Leaf[], lineStart: number, tab: number, line: string): string | undefined {
  const at = base + lineStart;
  let before: Leaf | undefined;
  for (const leaf of leaves) {
    const { node } = leaf;
    if (node.start <= at && at < node.end) {
      if (leaf.inFlow || node.kind === 'mapping' || node.kind === 'sequence') return undefined;
      if (node.kind === 'scalar' && (node.style === 2 || node.style === 3)) return undefined;
      before = leaf;
      break;
    }
    if (node.end <= at && !leaf.inFlow) before = leaf;
  }
  const cannotStart = 'a tab where YAML needs a space: Kubernetes rejects the document (found character that cannot start any token)';
  if (line.trimStart().startsWith('-')) return cannotStart; // a tab after `-`
  if (!before || before.key || before.node.kind !== 'scalar') return cannotStart;
  const node = before.node;
  if (node.style === 4 || node.style === 5) {
    const indent = blockIndent(source, base, node.start, at);
    if (indent === -1 || tab < indent) {
      return 'a tab in the indentation of a block scalar: Kubernetes rejects the document (found a tab character where an indentation space is expected)';
    }
    return undefined;
  }
  if (node.style !== 1) return cannotStart;
  // A plain scalar reads on over blank lines, unless a comment ended it.
  if (node.end <= at && source.slice(node.end - base, at - base).includes('#')) return cannotStart;
  const indent = before.parentColumn === -1 ? 0 : column(source, base, before.parentColumn) + 1;
  if (tab < indent) return 'a tab in the indentation: Kubernetes rejects the document (found a tab character that violates indentation)';
  return undefined;
}

function column(source: string, base: number, offset: number): number {
  return offset - base - (source.lastIndexOf('\n', offset - base - 1) + 1);
}

/** The content indentation of the block scalar whose indicator is at `start`, from its first non-blank line before `limit`; -1 if none yet. */
function blockIndent(source: string, base: number, start: number, limit: number): number {
  let p = source.indexOf('\n', start - base);
  while (p !== -1 && p + 1 < limit - base) {
    const lineStart = p + 1;
    let q = lineStart;
    while (source.charCodeAt(q) === 0x20) q++;
    const c = source.charCodeAt(q);
    if (c !== 0x0a && c !== 0x0d && c !== 0x09 && q < source.length) return q - lineStart;
    p = source.indexOf('\n', lineStart);
  }
  return -1;
}
