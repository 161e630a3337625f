import { CHOMPING_MODE, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, getScalarValue, type Event, type ScalarEvent } from 'js-yaml';
import { keyString, resolvePlain } from './kubernetes-scalars.js';
import type { JsonPath } from '../types/finding.js';

/**
 * Source offsets of every node of one YAML document, built from the same parser events that
 * construct its value. Offsets are 0-based, end-exclusive, relative to the whole file.
 */
export type SourceNode = ScalarNode | MappingNode | SequenceNode | AliasNode;

interface NodeBase {
  /** First character of the node itself (a quote, `|`, `{`, `[`, or the first key of a block mapping). */
  start: number;
  end: number;
  /** First character of the node's properties (anchor, tag) when it has them, else `start`. */
  propsStart: number;
}
export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  style: number;
  /** `start`/`end` of an empty (null) value sit where the value would begin. */
  empty: boolean;
}
export interface MappingEntry {
  key: string;
  keyNode: SourceNode;
  value: SourceNode;
}
export interface MappingNode extends NodeBase {
  kind: 'mapping';
  flow: boolean;
  entries: MappingEntry[];
  /** Targets of `<<` merge keys, in precedence order. */
  merges: SourceNode[];
}
export interface SequenceNode extends NodeBase {
  kind: 'sequence';
  flow: boolean;
  items: SourceNode[];
}
export interface AliasNode extends NodeBase {
  kind: 'alias';
  target: SourceNode | undefined;
}

/** Where a JSON path lands in the source: the key (for mapping entries) and the value. */
export interface Located {
  key?: SourceNode;
  value: SourceNode;
  /** True when the path resolved completely; false when only a prefix exists. */
  exact: boolean;
  /** How many path segments resolved. */
  depth: number;
  /** True when the path passed through an alias or merge: the node is shared with other places. */
  viaAlias: boolean;
}

const MERGE_KEY = '<<';

/** Raised when aliases would expand a document past what any real manifest needs. */
export class AliasLimitError extends Error {}

/** Raised for a key that appears twice in one mapping (strict decoding rejects it too). */
export class DuplicateKeyError extends Error {
  constructor(readonly offset: number) {
    super('duplicated mapping key');
  }
}

/** A document's node tree and, when it needs no YAML feature beyond plain data, its value. */
export interface BuiltDocument {
  root: SourceNode | null;
  value: unknown;
  /**
   * The document uses aliases, merge keys, tags or complex keys: its value must come from
   * js-yaml's constructor, which implements those, rather than from this single pass.
   */
  needsConstructor: boolean;
}

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

/** Where a block scalar's `|` or `>` stands between `from` and its content (`to`), or -1. Shared with fast-reader.ts. */
export function indexOfBlockIndicator(source: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return i;
    if (c === 0x23 /* # */) {
      // A comment before the indicator cannot happen; after it, stop looking.
      return -1;
    }
  }
  return -1;
}

/** A block scalar's range ends at its last content character, not at the line breaks it keeps. */
export function trimTrailingBreaks(source: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = source.charCodeAt(e - 1);
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09) e--;
    else break;
  }
  return e;
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

/** A scalar event for js-yaml's getScalarValue to decode the text between `valueStart` and `valueEnd`. Shared with fast-reader.ts. */
export function scalarEvent(valueStart: number, valueEnd: number, style: number, chomping: number, indent: number): ScalarEvent {
  return {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: style as ScalarEvent['style'],
    chomping: chomping as ScalarEvent['chomping'],
    indent,
    fast: false,
  };
}

/** Follows aliases to the node they stand for. */
export function resolveAlias(node: SourceNode | undefined): SourceNode | undefined {
  let n = node;
  for (let hops = 0; n?.kind === 'alias' && hops < 64; hops++) n = n.target;
  return n;
}

/** Finds the entry for `key` in a mapping, as Kubernetes sees it: explicit keys win over `<<` merges. */
export function findEntry(mapping: MappingNode, key: string): MappingEntry | undefined {
  for (let i = mapping.entries.length - 1; i >= 0; i--) {
    if (mapping.entries[i].key === key) return mapping.entries[i];
  }
  for (const merged of mapping.merges) {
    const target = resolveAlias(merged);
    if (target?.kind === 'mapping') {
      const found = findEntry(target, key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Resolves `path` from `root`; when the path does not exist, stops at the deepest node that does. */
export function locate(root: SourceNode, path: JsonPath): Located {
  let value: SourceNode = root;
  let key: SourceNode | undefined;
  let depth = 0;
  let viaAlias = false;
  for (const segment of path) {
    const node = resolveAlias(value);
    if (node === undefined) break;
    if (node !== value) viaAlias = true;
    if (node.kind === 'mapping' && typeof segment === 'string') {
      const entry = findEntry(node, segment);
      if (!entry) break;
      if (!node.entries.includes(entry)) viaAlias = true;
      key = entry.keyNode;
      value = entry.value;
    } else if (node.kind === 'sequence' && typeof segment === 'number' && segment >= 0 && segment < node.items.length) {
      key = undefined;
      value = node.items[segment];
    } else {
      break;
    }
    depth++;
  }
  if (depth === path.length && resolveAlias(value) !== value) viaAlias = true;
  return { key, value, exact: depth === path.length, depth, viaAlias };
}
