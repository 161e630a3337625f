import { locate, type SourceNode } from './node-index.js';
import type { SourceFile } from './source-file.js';
import type { JsonPath, Range } from './types.js';

/**
 * The source range a finding points at: the key of a mapping entry (or its value with
 * `at: 'value'`), a sequence item, or, where the path does not exist in the source, the
 * deepest enclosing node that does.
 */
export function rangeOf(file: SourceFile, root: SourceNode | null, path: JsonPath, at: 'key' | 'value' = 'key', fallback = 0): Range {
  if (root === null) return pointRange(file, fallback);
  const found = locate(root, path);
  const node = at === 'value' || found.key === undefined ? found.value : found.key;
  // Several findings in a row often point at one node (pod-security's controls at a container's
  // name): they share one Range, which nothing changes, instead of keeping a copy each to the end.
  if (node === last.node && file === last.file) return last.range;
  const range = nodeRange(file, node);
  last = { node, file, range };
  return range;
}

let last: { node: SourceNode | undefined; file: SourceFile | undefined; range: Range } = { node: undefined, file: undefined, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };

export function nodeRange(file: SourceFile, node: SourceNode): Range {
  const start = node.kind === 'mapping' || node.kind === 'sequence' ? node.propsStart : node.start;
  return { start: file.position(start), end: file.position(Math.max(node.end, start)) };
}

export function pointRange(file: SourceFile, offset: number): Range {
  const p = file.position(offset);
  return { start: p, end: p };
}
