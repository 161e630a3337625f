import { KeyError, plainKey, resolvePlain } from '../yaml/kubernetes-scalars.js';

/**
 * `kubectl get nodes -o yaml` for 5,000 nodes is tens of megabytes, most of it what an inventory
 * does not read (`status.images`, conditions, annotations). Building the whole YAML tree of it takes
 * seconds; this reads the text the way kubectl (go-yaml) writes it, line by line, keeping only the
 * fields an inventory uses and passing over the rest by its indentation.
 *
 * It reads exactly what the full reader would for those fields, or gives up: anything outside the
 * plain shape kubectl prints (flow collections, anchors, tags, block scalars, multi-line or
 * escaped-beyond-JSON scalars, tabs, duplicate keys where it reads) returns undefined, and the
 * full YAML reader reads the file instead. Parts it passes over are not validated.
 */
export function scanKubectlList(text: string, take?: TakeItem): Record<string, unknown> | undefined {
  if (text.indexOf('\t') !== -1 || text.indexOf('\r') !== -1 || text.indexOf('\0') !== -1) return undefined;
  try {
    return new ListScanner(text, take).list();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

const GIVE_UP = Symbol('not the shape kubectl prints');

/**
 * Called with each item of `items` as soon as it is read (`index` among all items); an item it
 * takes (returns true) is left out of the list returned. Taking items as they come lets their
 * reading be garbage at once instead of living, and being copied by the collector, to the end.
 */
export type TakeItem = (item: Record<string, unknown>, index: number) => boolean;

/**
 * What is read of a mapping, by key: a scalar, a mapping of scalars (labels), a sequence of
 * mappings of scalars (taints), or a nested mapping read likewise. Other keys are passed over.
 */
interface Entries {
  readonly [key: string]: 'scalar' | 'scalars' | 'list of scalars' | Entries;
}

class ListScanner {
  /** The current line: where it starts and ends, its indentation, where its content starts. */
  private start = 0;
  private end = -1;
  private indent = 0;
  private content = 0;
  private atEnd = false;

  constructor(
    private readonly text: string,
    private readonly take?: TakeItem,
  ) {
    this.advance();
  }

  list(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (!this.atEnd) {
      if (this.indent !== 0) throw GIVE_UP;
      const { key, value } = this.entry();
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      if (key === 'items') {
        if (value !== undefined) throw GIVE_UP;
        out.items = this.items();
      } else if (key === 'kind' || key === 'apiVersion') {
        out[key] = this.scalarOrGiveUp(value, 0);
      } else {
        this.skipValue(value, 0);
        out[key] = null;
      }
    }
    if (out.kind !== 'List' && out.kind !== 'NodeList') throw GIVE_UP;
    if (!Array.isArray(out.items)) throw GIVE_UP;
    return out;
  }

  /** The sequence under `items:`, each item a Node read for the fields an inventory uses. */
  private items(): Record<string, unknown>[] {
    const items: Record<string, unknown>[] = [];
    // `items:` with nothing below is null to the full reader, which says so.
    if (this.atEnd || !this.isSequenceItem()) throw GIVE_UP;
    const itemIndent = this.indent;
    for (let index = 0; !this.atEnd && this.indent === itemIndent && this.isSequenceItem(); index++) {
      const item = this.mapping(itemIndent + 2, NODE, true);
      if (!this.take?.(item, index)) items.push(item);
    }
    if (!this.atEnd && this.indent > 0) throw GIVE_UP;
    return items;
  }

  /**
   * A block mapping whose keys are at `indent` (the first one after `- ` when `inItem`): each key
   * in `entries` is read as it says, any other passed over.
   */
  private mapping(indent: number, entries: Entries, inItem = false): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let first = inItem;
    for (;;) {
      if (first) {
        // `- key: value`: the item's first entry starts after the dash.
        this.content = this.start + indent;
        if (this.text.charCodeAt(this.content) === SPACE) throw GIVE_UP;
        first = false;
      } else if (this.atEnd || this.indent !== indent || this.isSequenceItem()) {
        if (!this.atEnd && this.indent > indent) throw GIVE_UP;
        return out;
      }
      const { key, value } = this.entry();
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      const how = entries === ANY_SCALARS ? 'scalar' : Object.hasOwn(entries, key) ? entries[key] : undefined;
      if (how === undefined) {
        this.skipValue(value, indent);
        out[key] = null;
      } else if (how === 'scalar') {
        out[key] = this.scalarOrGiveUp(value, indent);
      } else {
        // What is read here is a block below the key; inline (`labels: {}`) it is the full reader's.
        if (value !== undefined) throw GIVE_UP;
        if (how === 'scalars') out[key] = this.scalars(indent);
        else if (how === 'list of scalars') out[key] = this.sequenceOfScalars(indent);
        else out[key] = this.nested(indent, how);
      }
    }
  }

  /** A nested block mapping under a key at `parent`, read with `entries`; nothing nested is null. */
  private nested(parent: number, entries: Entries): Record<string, unknown> | null {
    if (this.atEnd || this.indent <= parent) return null;
    return this.mapping(this.indent, entries);
  }

  /** A nested mapping of scalars (labels, allocatable): every entry read. */
  private scalars(parent: number): Record<string, unknown> | null {
    if (this.atEnd || this.indent <= parent) return null;
    const indent = this.indent;
    const out: Record<string, unknown> = {};
    while (!this.atEnd && this.indent === indent && !this.isSequenceItem()) {
      const { key, value } = this.entry();
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      out[key] = this.scalarOrGiveUp(value, indent);
    }
    if (!this.atEnd && this.indent > indent) throw GIVE_UP;
    return out;
  }

  /** A sequence of mappings of scalars under a key at `parent` (taints), compact (`- ` at the key's indentation) or indented. */
  private sequenceOfScalars(parent: number): Record<string, unknown>[] | null {
    if (this.atEnd || this.indent < parent || !this.isSequenceItem()) {
      if (!this.atEnd && this.indent > parent) throw GIVE_UP;
      return null;
    }
    const itemIndent = this.indent;
    const out: Record<string, unknown>[] = [];
    while (!this.atEnd && this.indent === itemIndent && this.isSequenceItem()) out.push(this.mapping(itemIndent + 2, ANY_SCALARS, true));
    if (!this.atEnd && this.indent > parent && this.indent !== itemIndent) throw GIVE_UP;
    return out;
  }

  /** The key of the entry on the current line and the text of its inline value (undefined when none); moves to the next line. */
  private entry(): { key: string; value: string | undefined } {
    const { text, content, end } = this;
    const c = text.charCodeAt(content);
    if (c === QUOTE || c === APOSTROPHE || c === QUESTION || c === BRACE || c === BRACKET || c === AMPERSAND || c === STAR || c === BANG || c === HASH || c === DASH) {
      // A quoted key, a complex key, flow, anchors, tags: the full reader knows these.
      if (!(c === DASH && text.charCodeAt(content + 1) !== SPACE)) throw GIVE_UP;
    }
    let colon = text.indexOf(': ', content);
    if (colon === -1 || colon > end) {
      if (text.charCodeAt(end - 1) !== COLON) throw GIVE_UP;
      colon = end - 1;
    }
    const raw = text.slice(content, colon);
    if (raw === '' || raw.includes(' #') || raw.trimEnd() !== raw) throw GIVE_UP;
    let key: string;
    try {
      key = plainKey(raw);
    } catch (error) {
      // A key JSON cannot name: the full reader says so.
      if (error instanceof KeyError) throw GIVE_UP;
      throw error;
    }
    let valueStart = colon + 1;
    while (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
    const value = valueStart < end ? text.slice(valueStart, end) : undefined;
    this.advance();
    return { key, value };
  }

  /** An inline scalar as the full reader resolves it; a value that continues on the next lines, or is no plain scalar, gives up. */
  private scalarOrGiveUp(value: string | undefined, indent: number): unknown {
    // A nested block under a key read as a scalar, or a scalar that continues on the next line.
    if (!this.atEnd && (this.indent > indent || (this.indent === indent && this.isSequenceItem() && value === undefined))) throw GIVE_UP;
    if (value === undefined) return null;
    return scalar(value.trimEnd());
  }

  /** Passes over a value the inventory does not read: its inline text and every line nested deeper (or a compact sequence at the key's indentation). */
  private skipValue(value: string | undefined, indent: number): void {
    if (value !== undefined) {
      // An inline value: only a block scalar (`|`, `>`) or a multi-line flow or quoted scalar goes on below it, always deeper.
      while (!this.atEnd && this.indent > indent) this.advance();
      if (!this.atEnd && this.indent === indent && this.isSequenceItem()) throw GIVE_UP;
      return;
    }
    while (!this.atEnd && (this.indent > indent || (this.indent === indent && this.isSequenceItem()))) this.advance();
  }

  private isSequenceItem(): boolean {
    return this.text.charCodeAt(this.content) === DASH && (this.content + 1 === this.end || this.text.charCodeAt(this.content + 1) === SPACE);
  }

  /** Moves to the next line with content (blank lines and comment lines are passed over). */
  private advance(): void {
    const { text } = this;
    for (;;) {
      const start = this.end + 1;
      if (start >= text.length) {
        this.atEnd = true;
        return;
      }
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      this.start = start;
      this.end = end;
      let content = start;
      while (content < end && text.charCodeAt(content) === SPACE) content++;
      if (content === end || text.charCodeAt(content) === HASH) continue;
      // Document markers and directives: one document of the shape kubectl prints, or the full reader.
      if (content === start && (text.startsWith('---', start) || text.startsWith('...', start) || text.charCodeAt(start) === PERCENT)) throw GIVE_UP;
      this.indent = content - start;
      this.content = content;
      return;
    }
  }
}

const SPACE = 0x20;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const QUESTION = 0x3f;
const BRACE = 0x7b;
const BRACKET = 0x5b;
const AMPERSAND = 0x26;
const STAR = 0x2a;
const BANG = 0x21;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const PERCENT = 0x25;

/** Plain scalars that start like an indicator, or hold a comment or a mapping, are the full reader's. */
const NOT_PLAIN_START = /^[&*!|>%@`{[\]},#?:-]/;
/** The escapes JSON and YAML double-quoted scalars share. */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

function scalar(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === QUOTE) {
    if (text.length < 2 || text.charCodeAt(text.length - 1) !== QUOTE) throw GIVE_UP;
    const body = text.slice(1, -1);
    // An unescaped quote inside (a comment after the scalar, two scalars) is the full reader's.
    if (body.replace(JSON_ESCAPES, '').includes('"') || body.replace(JSON_ESCAPES, '').includes('\\')) throw GIVE_UP;
    if (!body.includes('\\')) return body;
    try {
      return JSON.parse(text) as string;
    } catch {
      // Control characters JSON refuses and YAML allows.
      throw GIVE_UP;
    }
  }
  if (first === APOSTROPHE) {
    if (text.length < 2 || text.charCodeAt(text.length - 1) !== APOSTROPHE) throw GIVE_UP;
    const body = text.slice(1, -1);
    if (body.replace(/''/g, '').includes("'")) throw GIVE_UP;
    return body.replace(/''/g, "'");
  }
  if (NOT_PLAIN_START.test(text) && !/^-[^ ]/.test(text)) throw GIVE_UP;
  if (text.includes(' #') || text.includes(': ') || text.endsWith(':')) throw GIVE_UP;
  return resolvePlain(text);
}

/** Every key read as a scalar (a taint's fields). */
const ANY_SCALARS: Entries = {};

/** What an inventory reads of a Node (inventory/node.ts); everything else is passed over. */
const NODE: Entries = {
  apiVersion: 'scalar',
  kind: 'scalar',
  metadata: { name: 'scalar', labels: 'scalars' },
  spec: { unschedulable: 'scalar', taints: 'list of scalars' },
  status: { allocatable: 'scalars', capacity: 'scalars', nodeInfo: { operatingSystem: 'scalar', architecture: 'scalar' } },
};
