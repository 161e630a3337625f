import { KeyError, plainKey, resolvePlain, resolveTagged, shortTag, taggedKey, TagError, type ScalarValue } from './kubernetes-scalars.js';
import type { AliasNode, BuiltDocument, DuplicateKey, MappingNode, SequenceNode, SourceNode } from './source-node.js';

/**
 * A document that Kubernetes cannot read although its YAML parses: an alias to its own anchor,
 * a key JSON cannot name, an infinity, a merge of something that is not a mapping, nesting past
 * the limit. `offset` is in the file.
 */
export class ReadingError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Collections may nest this deep in every reader (go-yaml allows 10000; no manifest comes near this). */
export const MAX_NESTING = 200;
/** Aliases may not expand one document past this many nodes (real manifests stay far below). */
export const MAX_EXPANDED_NODES = 100_000;

export function nestingError(offset: number): ReadingError {
  return new ReadingError(`collections are nested more than ${MAX_NESTING} levels deep; no manifest needs that many`, offset);
}

/** What a reader knows of a scalar when it hands it over: its value, and its text as a map key. */
export interface ScalarRead {
  value: ScalarValue;
  /** The key this scalar names in a mapping (go-yaml's key conversion); throws KeyError when JSON cannot name it. */
  key(): string;
  /** A `<<` that go-yaml takes as a merge key (plain and untagged, or tagged `!!merge`). */
  merge: boolean;
}

/**
 * A scalar as Kubernetes reads it, from its text (decoded, folded), whether it is plain, and its
 * tag as written: a value, the key it names, and whether it is a `<<` merge key. `offset` places
 * the error of a tagged scalar that is not of its tag.
 */
export function scalarRead(text: string, plain: boolean, tag: string | null, offset: number): ScalarRead {
  let value: ScalarValue;
  try {
    value = tag !== null ? resolveTagged(tag, text) : plain ? resolvePlain(text) : text;
  } catch (error) {
    if (error instanceof TagError) throw new ReadingError(error.message, offset);
    throw error;
  }
  return {
    value,
    key: () => (tag !== null ? taggedKey(tag, text) : plain ? plainKey(text) : text),
    merge: text === '<<' && (tag === null ? plain : shortTag(tag) === '!!merge'),
  };
}

interface Anchor {
  node: SourceNode;
  value: unknown;
  size: number;
  /** Still being read: an alias to it now would be part of its own value. */
  open: boolean;
  /** The scalar's read, when an alias to it stands as a key. */
  scalar?: ScalarRead;
}

interface Frame {
  node: MappingNode | SequenceNode;
  value: Record<string, unknown> | unknown[];
  anchor: string | null;
  size: number;
  /** In a mapping: the key read and waiting for its value; `merge` for `<<`. */
  pending: { keyNode: SourceNode; key: string } | { keyNode: SourceNode; merge: true } | null;
}

/**
 * Builds a document's value from the nodes a reader hands over in document order, as go-yaml v2
 * decodes into untyped values (decode.go `mapping`, `merge`, `alias`): a merge key overwrites the
 * keys before it and is overwritten by those after it (of a list of sources, the earlier wins); a
 * duplicated key keeps its last value (and is noted); an alias repeats its anchor's value; a
 * collection or null as a key, a merge of anything but mappings, an alias inside its own anchor
 * and an infinite number are errors. The event reader and the lenient reader both build through it.
 */
export class TreeBuilder {
  private readonly documents: BuiltDocument[] = [];
  private readonly anchors = new Map<string, Anchor>();
  private readonly stack: Frame[] = [];
  private expanded = 0;
  private duplicates: DuplicateKey[] | undefined;
  private hasNull = false;
  private started = 0;

  beginDocument(): void {
    this.anchors.clear();
    this.expanded = 0;
    this.duplicates = undefined;
    this.hasNull = false;
    this.started = this.documents.length;
  }

  /** Ends a document; one that attached nothing has no root. */
  endDocument(): void {
    if (this.documents.length === this.started) this.documents.push({ root: null, value: null });
  }

  result(): BuiltDocument[] {
    return this.documents;
  }

  openCollection(node: MappingNode | SequenceNode, anchor: string | null): void {
    if (this.stack.length >= MAX_NESTING) throw nestingError(node.start);
    const value = node.kind === 'mapping' ? {} : [];
    if (anchor !== null) this.anchors.set(anchor, { node, value, size: 1, open: true });
    this.stack.push({ node, value, anchor, size: 1, pending: null });
  }

  closeCollection(): MappingNode | SequenceNode {
    const frame = this.stack.pop()!;
    if (frame.pending !== null) throw new Error('a mapping closed with a key and no value'); // readers always give one
    if (frame.anchor !== null) {
      const anchor = this.anchors.get(frame.anchor);
      if (anchor && anchor.node === frame.node) {
        anchor.open = false;
        anchor.size = frame.size;
      }
    }
    this.expanded += 1;
    this.attach(frame.node, frame.size, frame.value, undefined);
    return frame.node;
  }

  scalar(node: SourceNode, read: ScalarRead, anchor: string | null): void {
    if (anchor !== null) this.anchors.set(anchor, { node, value: read.value, size: 1, open: false, scalar: read });
    this.expanded += 1;
    this.attach(node, 1, read.value, read);
  }

  alias(node: AliasNode, name: string): void {
    const anchor = this.anchors.get(name);
    if (!anchor) throw new ReadingError(`unknown anchor '${name}' referenced`, node.start);
    if (anchor.open) throw new ReadingError(`anchor '${name}' value contains itself`, node.start);
    node.target = anchor.node;
    this.expanded += anchor.size;
    if (this.expanded > MAX_EXPANDED_NODES) {
      throw new ReadingError(`aliases expand this document past ${MAX_EXPANDED_NODES} nodes; an alias bomb is not a manifest`, node.start);
    }
    this.attach(node, anchor.size, anchor.value, anchor.scalar, anchor.node);
  }

  private attach(node: SourceNode, size: number, value: unknown, scalar: ScalarRead | undefined, target: SourceNode = node): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      checkFinite(value, node);
      const document: BuiltDocument = { root: node, value };
      if (this.duplicates) document.duplicates = this.duplicates;
      if (this.hasNull) document.hasNull = true;
      this.documents.push(document);
      return;
    }
    frame.size += size;
    if (frame.node.kind === 'sequence') {
      if (value === null) this.hasNull = true;
      checkFinite(value, node);
      frame.node.items.push(node);
      (frame.value as unknown[]).push(value);
      return;
    }
    if (frame.pending === null) {
      frame.pending = this.keyOf(node, scalar, target);
      return;
    }
    const pending = frame.pending;
    frame.pending = null;
    const mapping = frame.node;
    const object = frame.value as Record<string, unknown>;
    if ('merge' in pending) {
      mapping.merges.push({ at: mapping.entries.length, keyNode: pending.keyNode, value: node, sources: mergeSources(target) });
      merge(object, value, node);
      return;
    }
    checkFinite(value, node);
    if (value === null) this.hasNull = true;
    const { key, keyNode } = pending;
    const earlier = findExplicit(mapping, key);
    if (earlier) (this.duplicates ??= []).push({ key, offset: keyNode.start, first: earlier.keyNode.start });
    mapping.entries.push({ key, keyNode, value: node });
    set(object, key, value);
  }

  private keyOf(node: SourceNode, scalar: ScalarRead | undefined, target: SourceNode): Frame['pending'] {
    if (target.kind === 'mapping' || target.kind === 'sequence' || !scalar) {
      throw new ReadingError('a mapping or list as a key: Kubernetes cannot convert it to JSON (invalid map key)', node.start);
    }
    if (scalar.merge && node === target) return { keyNode: node, merge: true };
    try {
      return { keyNode: node, key: scalar.key() };
    } catch (error) {
      if (error instanceof KeyError) throw new ReadingError(error.message, node.start);
      throw error;
    }
  }
}

function findExplicit(mapping: MappingNode, key: string): MappingNode['entries'][number] | undefined {
  const entries = mapping.entries;
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].key === key) return entries[i];
  return undefined;
}

function mergeSources(node: SourceNode): SourceNode[] {
  return node.kind === 'sequence' ? node.items : [node];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** decode.go `merge`: a mapping (or an alias of one) overwrites; of a list of them, the earlier ones win. */
function merge(into: Record<string, unknown>, value: unknown, node: SourceNode): void {
  const sources = Array.isArray(value) ? value : [value];
  if (!sources.every(isMapping)) {
    throw new ReadingError('map merge requires map or sequence of maps as the value', node.start);
  }
  for (let i = sources.length - 1; i >= 0; i--) {
    const source = sources[i] as Record<string, unknown>;
    for (const key of Object.keys(source)) set(into, key, source[key]);
  }
}

function set(object: Record<string, unknown>, key: string, value: unknown): void {
  // `__proto__` is an ordinary key in a manifest; plain assignment would set the prototype.
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

function checkFinite(value: unknown, node: SourceNode): void {
  if (typeof value !== 'number' || Number.isFinite(value)) return;
  const go = Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf';
  throw new ReadingError(
    `${Number.isNaN(value) ? 'NaN' : 'infinity'} cannot be converted to JSON: Kubernetes rejects the document (json: unsupported value: ${go})`,
    node.start,
  );
}
