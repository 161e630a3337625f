import { EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { indexOfBlockIndicator, trimTrailingBreaks } from './scalar-text.js';
import { blockEnd, type AliasNode, type BuiltDocument, type MappingNode, type ScalarNode, type SequenceNode, type SourceNode } from './source-node.js';
import { scalarRead, TreeBuilder, type ScalarRead } from './tree-builder.js';

/**
 * Builds the node tree and the value of each document in `events`, as `parseEvents` returns them
 * for `source`, in one pass, with go-yaml's reading of scalars, keys, merges and aliases
 * (tree-builder.ts). `base` is added to every offset, so a document parsed on its own keeps file
 * offsets. Throws ReadingError for what Kubernetes cannot read.
 */
export function buildDocuments(events: Event[], source: string, base: number): BuiltDocument[] {
  const builder = new TreeBuilder();
  let lastEnd = 0;
  let pendingEmptyKey: SourceNode | null = null;

  const anchorName = (e: { anchorStart: number; anchorEnd: number }): string | null =>
    e.anchorStart === -1 ? null : source.slice(e.anchorStart, e.anchorEnd);
  const propsStart = (e: { anchorStart: number; tagStart: number }, start: number): number => {
    let p = start;
    if (e.anchorStart !== -1) p = Math.min(p, e.anchorStart - 1 + base); // include the `&`
    if (e.tagStart !== -1) p = Math.min(p, e.tagStart + base);
    return p;
  };
  // An empty value belongs right after its key's colon, where a fix would write one.
  const placeEmpty = (node: SourceNode): void => {
    if (pendingEmptyKey === null || node.kind !== 'scalar' || !node.empty) return;
    const colon = source.indexOf(':', pendingEmptyKey.end - base);
    if (colon !== -1) node.start = node.end = node.propsStart = colon + 1 + base;
  };
  // Whether the next node is a mapping's value, and after which key.
  const frames: { mapping: boolean; expectValue: boolean; key: SourceNode | null }[] = [];
  const before = (): void => {
    const frame = frames[frames.length - 1];
    pendingEmptyKey = frame?.mapping && frame.expectValue ? frame.key : null;
  };
  const after = (node: SourceNode): void => {
    const frame = frames[frames.length - 1];
    if (!frame?.mapping) return;
    frame.expectValue = !frame.expectValue;
    frame.key = frame.expectValue ? node : null;
  };

  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        builder.beginDocument();
        lastEnd = 0;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        before();
        const start = e.start + base;
        const flow = e.style === COLLECTION_STYLE.FLOW;
        const node: MappingNode | SequenceNode =
          e.type === EVENT_ID.MAPPING
            ? { kind: 'mapping', start, end: start, propsStart: propsStart(e, start), flow, entries: [], merges: [] }
            : { kind: 'sequence', start, end: start, propsStart: propsStart(e, start), flow, items: [] };
        builder.openCollection(node, anchorName(e));
        frames.push({ mapping: e.type === EVENT_ID.MAPPING, expectValue: false, key: null });
        lastEnd = start + 1;
        break;
      }
      case EVENT_ID.SCALAR: {
        before();
        const node = scalarNode(source, e, base, lastEnd);
        placeEmpty(node);
        lastEnd = Math.max(lastEnd, node.end);
        builder.scalar(node, readScalar(source, e, node.start), anchorName(e));
        after(node);
        break;
      }
      case EVENT_ID.ALIAS: {
        before();
        const start = e.anchorStart - 1 + base; // the `*`
        const node: AliasNode = { kind: 'alias', start, end: e.anchorEnd + base, propsStart: start, target: undefined };
        lastEnd = node.end;
        builder.alias(node, source.slice(e.anchorStart, e.anchorEnd));
        after(node);
        break;
      }
      case EVENT_ID.POP: {
        if (frames.length === 0) {
          builder.endDocument();
          break;
        }
        frames.pop();
        const node = builder.closeCollection();
        node.end = collectionEnd(source, node, base, lastEnd);
        lastEnd = node.end;
        after(node);
        break;
      }
    }
  }
  return builder.result();
}

/** What a scalar event reads as, as a value and as a key. */
function readScalar(source: string, e: ScalarEvent, offset: number): ScalarRead {
  const plain = e.style === SCALAR_STYLE.PLAIN;
  const text = e.valueStart === -1 ? '' : plain && e.fast ? source.slice(e.valueStart, e.valueEnd) : getScalarValue(source, e);
  return scalarRead(text, plain, e.tagStart === -1 ? null : source.slice(e.tagStart, e.tagEnd), offset);
}

function scalarNode(source: string, e: ScalarEvent, base: number, lastEnd: number): ScalarNode {
  if (e.valueStart === -1) {
    // An empty value: it sits after the properties, or right where the previous node ended.
    const at = Math.max(e.anchorEnd, e.tagEnd, -1);
    const pos = (at === -1 ? lastEnd - base : at) + base;
    return { kind: 'scalar', start: pos, end: pos, propsStart: pos, style: e.style, empty: true };
  }
  let start = e.valueStart;
  let end = e.valueEnd;
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    start -= 1;
    end += 1;
  } else if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) {
    // The event starts at the content; the node starts at its `|` or `>` indicator.
    const from = Math.max(lastEnd - base, e.anchorEnd, e.tagEnd, 0);
    const indicator = indexOfBlockIndicator(source, from, start);
    if (indicator !== -1) start = indicator;
    end = trimTrailingBreaks(source, start, end);
  }
  const node: ScalarNode = { kind: 'scalar', start: start + base, end: end + base, propsStart: 0, style: e.style, empty: false };
  node.propsStart = Math.min(
    node.start,
    e.anchorStart !== -1 ? e.anchorStart - 1 + base : Infinity,
    e.tagStart !== -1 ? e.tagStart + base : Infinity,
  );
  return node;
}

function collectionEnd(source: string, node: MappingNode | SequenceNode, base: number, lastEnd: number): number {
  if (!node.flow) {
    const last = blockEnd(node);
    return last ?? node.start;
  }
  // Flow collections close with a bracket the events do not mark: find it after the last child.
  const close = node.kind === 'mapping' ? 0x7d /* } */ : 0x5d; /* ] */
  let i = Math.max(lastEnd, node.start + 1) - base;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === close) return i + 1 + base;
    if (c === 0x23 /* # */) {
      while (i < source.length && source.charCodeAt(i) !== 0x0a) i++;
      continue;
    }
    i++;
  }
  return lastEnd;
}
