import { locate, type SourceNode } from './source-node.js';
import type { SourceFile } from './source-file.js';
import type { JsonPath, Range } from '../types/finding.js';

/**
 * The source range a finding points at: the key of a mapping entry (or its value with
 * `at: 'value'`), a sequence item, or, where the path does not exist in the source, the
 * deepest enclosing node that does.
 */
export function rangeOf(file: SourceFile, root: SourceNode | null, path: JsonPath, at: 'key' | 'value' = 'key', fallback = 0): Range {
  if (root === null) return pointRange(file, fallback);
  const found = locate(root, path);
  const node = at === 'value' || found.key === undefined ? found.value : found.key;
  return nodeRange(file, node);
}

export function nodeRange(file: SourceFile, node: SourceNode): Range {
  const start = node.kind === 'mapping' || node.kind === 'sequence' ? node.propsStart : node.start;
  return { start: file.position(start), end: file.position(Math.max(node.end, start)) };
}

export function pointRange(file: SourceFile, offset: number): Range {
  const p = file.position(offset);
  return { start: p, end: p };
}
