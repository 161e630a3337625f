import { CHOMPING_MODE, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { keyString, resolvePlain } from './kubernetes-scalars.js';
import { indexOfBlockIndicator, scalarEvent, trimTrailingBreaks } from './scalar-text.js';
import { AliasLimitError, DuplicateKeyError, type AliasNode, type BuiltDocument, type MappingNode, type ScalarNode, type SequenceNode, type SourceNode } from './source-node.js';

const MERGE_KEY = '<<';

/**
 * Builds the node tree (and, for plain data, the value) of each document in `events`, as
 * `parseEvents` returns them for `source`, in one pass. `base` is added to every offset, so a
 * document parsed on its own keeps file offsets.
 */
export function buildDocuments(events: Event[], source: string, base: number, maxExpandedNodes: number): BuiltDocument[] {
  const roots: BuiltDocument[] = [];
  const anchors = new Map<string, { node: SourceNode; size: number }>();
  // Stack of open collections with the bookkeeping needed while their children arrive.
  interface Frame {
    node: MappingNode | SequenceNode;
    value: Record<string, unknown> | unknown[];
    pendingKey: SourceNode | null;
    anchor: string | null;
    size: number;
  }
  let needsConstructor = false;
  const stack: Frame[] = [];
  let rootsAtDocumentStart = 0;
  let expanded = 0;
  let lastEnd = 0;

  const attach = (node: SourceNode, size: number, value: unknown): void => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      roots.push({ root: node, value, needsConstructor });
      return;
    }
    frame.size += size;
    if (frame.node.kind === 'sequence') {
      frame.node.items.push(node);
      (frame.value as unknown[]).push(value);
      return;
    }
    if (frame.pendingKey === null) {
      frame.pendingKey = node;
      return;
    }
    const keyNode = frame.pendingKey;
    frame.pendingKey = null;
    if (node.kind === 'scalar' && node.empty) {
      // An empty value belongs right after its key's colon, where a fix would write one.
      const colon = source.indexOf(':', keyNode.end - base);
      if (colon !== -1) node.start = node.end = node.propsStart = colon + 1 + base;
    }
    if (keyNode.kind !== 'scalar') needsConstructor = true;
    const key = keyNode.kind === 'scalar' ? scalarKey(source, keyNode, base) : '';
    if (key === MERGE_KEY && keyNode.kind === 'scalar' && keyNode.style === SCALAR_STYLE.PLAIN) {
      needsConstructor = true;
      const targets = node.kind === 'sequence' ? node.items : [node];
      frame.node.merges.push(...targets);
    } else {
      frame.node.entries.push({ key, keyNode, value: node });
      const object = frame.value as Record<string, unknown>;
      if (Object.hasOwn(object, key)) throw new DuplicateKeyError(keyNode.start);
      // `__proto__` is an ordinary key in a manifest; plain assignment would set the prototype.
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
    }
  };

  const anchorName = (e: { anchorStart: number; anchorEnd: number }): string | null =>
    e.anchorStart === -1 ? null : source.slice(e.anchorStart, e.anchorEnd);
  const propsStart = (e: { anchorStart: number; tagStart: number }, start: number): number => {
    let p = start;
    if (e.anchorStart !== -1) p = Math.min(p, e.anchorStart - 1 + base); // include the `&`
    if (e.tagStart !== -1) p = Math.min(p, e.tagStart + base);
    return p;
  };

  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        rootsAtDocumentStart = roots.length;
        anchors.clear();
        expanded = 0;
        needsConstructor = e.directives.length > 0;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const start = e.start + base;
        const flow = e.style === COLLECTION_STYLE.FLOW;
        const node: MappingNode | SequenceNode =
          e.type === EVENT_ID.MAPPING
            ? { kind: 'mapping', start, end: start, propsStart: propsStart(e, start), flow, entries: [], merges: [] }
            : { kind: 'sequence', start, end: start, propsStart: propsStart(e, start), flow, items: [] };
        if (e.tagStart !== -1) needsConstructor = true;
        stack.push({ node, value: e.type === EVENT_ID.MAPPING ? {} : [], pendingKey: null, anchor: anchorName(e), size: 1 });
        lastEnd = start + 1;
        break;
      }
      case EVENT_ID.SCALAR: {
        const node = scalarNode(source, e, base, lastEnd);
        lastEnd = Math.max(lastEnd, node.end);
        const name = anchorName(e);
        if (name !== null) anchors.set(name, { node, size: 1 });
        expanded += 1;
        if (e.tagStart !== -1) needsConstructor = true;
        attach(node, 1, needsConstructor ? null : scalarValue(source, e));
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = source.slice(e.anchorStart, e.anchorEnd);
        const anchored = anchors.get(name);
        const start = e.anchorStart - 1 + base; // the `*`
        const node: AliasNode = { kind: 'alias', start, end: e.anchorEnd + base, propsStart: start, target: anchored?.node };
        lastEnd = node.end;
        const size = anchored?.size ?? 1;
        expanded += size;
        if (expanded > maxExpandedNodes) {
          throw new AliasLimitError(`aliases expand this document past ${maxExpandedNodes} nodes; an alias bomb is not a manifest`);
        }
        needsConstructor = true;
        attach(node, size, null);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (!frame) {
          // The document closes; one with no content attached nothing.
          if (roots.length === rootsAtDocumentStart) roots.push({ root: null, value: null, needsConstructor });
          break;
        }
        const node = frame.node;
        node.end = collectionEnd(source, node, base, lastEnd);
        lastEnd = node.end;
        if (frame.anchor !== null) anchors.set(frame.anchor, { node, size: frame.size });
        expanded += 1;
        attach(node, frame.size, frame.value);
        break;
      }
    }
  }
  return roots;
}

/** A scalar's value as Kubernetes reads it: plain scalars resolve under YAML 1.1, the rest are strings. */
function scalarValue(source: string, e: ScalarEvent): unknown {
  if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(source, e);
  if (e.valueStart === -1) return null;
  const raw = e.fast ? source.slice(e.valueStart, e.valueEnd) : getScalarValue(source, e);
  return resolvePlain(raw);
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
    const last = lastChildEnd(node);
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

function lastChildEnd(node: MappingNode | SequenceNode): number | undefined {
  if (node.kind === 'sequence') return node.items.length ? node.items[node.items.length - 1].end : undefined;
  let end: number | undefined;
  for (const entry of node.entries) end = Math.max(end ?? 0, entry.value.end, entry.keyNode.end);
  for (const merged of node.merges) end = Math.max(end ?? 0, merged.end);
  return end;
}

function scalarKey(source: string, node: ScalarNode, base: number): string {
  if (node.empty) return 'null';
  const raw = source.slice(node.start - base, node.end - base);
  if (node.style === SCALAR_STYLE.PLAIN) return keyString(resolvePlain(raw));
  if (node.style === SCALAR_STYLE.SINGLE_QUOTED) return raw.slice(1, -1).replace(/''/g, "'");
  if (node.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return getScalarValue(source, scalarEvent(node.start - base + 1, node.end - base - 1, node.style, CHOMPING_MODE.CLIP, -1));
    }
  }
  return raw;
}

