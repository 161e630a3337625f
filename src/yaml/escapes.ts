import { forEachScalar, type SourceNode } from './source-node.js';
import { ReadingError } from './tree-builder.js';

/** SCALAR_STYLE.DOUBLE_QUOTED, as every reader writes a scalar's style. */
const DOUBLE_QUOTED = 3;

/**
 * `\/` in a double-quoted scalar: an escape of YAML 1.2, which js-yaml and the `yaml` package
 * decode, but not of YAML 1.1: go-yaml v2 (scannerc.go, yaml_parser_scan_flow_scalar) has no `/`
 * among its escapes and refuses the document ("found unknown escape character"), so kubectl
 * applies nothing of it. Called on every document whose text holds `\/`, with its node tree,
 * which tells a double-quoted scalar from a block scalar or plain text, where `\/` is two
 * characters.
 */
export function checkEscapes(source: string, base: number, root: SourceNode | null): void {
  if (root === null || source.indexOf('\\/') === -1) return;
  let first = -1;
  forEachScalar(root, (node) => {
    if (node.style !== DOUBLE_QUOTED) return;
    const at = unknownEscape(source, node.start - base + 1, node.end - base - 1);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  });
  // The first in the text, where go-yaml stops.
  if (first !== -1) {
    throw new ReadingError('the escape \\/ is YAML 1.2 only: Kubernetes rejects the document (found unknown escape character); write / without the backslash', base + first);
  }
}

/** The offset of a `\/` escape between from and to (a double-quoted scalar's content), or -1. */
function unknownEscape(source: string, from: number, to: number): number {
  for (let i = source.indexOf('\\', from); i !== -1 && i < to; i = source.indexOf('\\', i + 2)) {
    if (source.charCodeAt(i + 1) === 0x2f /* / */) return i;
  }
  return -1;
}
