import { readFileSync } from 'node:fs';
import { asRecord } from '../k8s/values.js';
import type { JsonPath } from '../types/finding.js';
import type { Inventory } from '../types/inventory.js';
import { loadLenientReader, parseFile } from '../yaml/parse.js';
import { SourceFile } from '../yaml/source-file.js';
import { readNode, type InventoryNode } from './node.js';
import { readPlannedPool } from './planned-pool.js';
import { scanKubectlList } from './kubectl-list.js';
import { groupIntoPools } from './pools.js';
import { DocumentPlace, InventoryError, quote } from './problems.js';

/** A file of the inventory: where to read it, and how messages name it. */
export interface InventoryFile {
  absolutePath: string;
  shownAs: string;
}

/**
 * Reads a node inventory: `kubectl get nodes -o yaml` (or `-o json`) output, bare Node objects,
 * and NodePool entries of the planning form, from one or more files. Throws InventoryError,
 * naming the file, line and field, for anything it cannot use.
 */
export async function loadInventory(files: readonly InventoryFile[]): Promise<Inventory> {
  const sources: SourceFile[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readText(file.absolutePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InventoryError(file.shownAs, '', code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory; give the file kubectl get nodes -o yaml wrote' : `cannot be read (${code ?? String(error)})`);
    }
    sources.push(new SourceFile(file.shownAs, text, file.absolutePath));
  }
  return inventoryFromSources(sources);
}

/**
 * A file's text as UTF-8. kubectl's output is ASCII but for the odd label value: such a file,
 * read as Latin-1, is the same characters, which V8 stores a byte each without decoding (for
 * 11 MiB ~35 ms, and ~4 ms to see that no byte is past ASCII, against ~110 ms for Node 20's UTF-8
 * decoder; a first call of buffer.isAscii took ~15 ms). Any other file is decoded as UTF-8.
 */
function readText(file: string): string {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  return NOT_ASCII.test(text) ? bytes.toString('utf8') : text;
}

const NOT_ASCII = /[^\u0000-\u007f]/;

/** Reads inventory texts given in memory (tests, the library), as if they were files at these paths. */
export async function inventoryFromTexts(texts: readonly { path: string; text: string }[]): Promise<Inventory> {
  return inventoryFromSources(texts.map((t) => new SourceFile(t.path, t.text)));
}

async function inventoryFromSources(sources: readonly SourceFile[]): Promise<Inventory> {
  const nodes: InventoryNode[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const before = nodes.length;
    for (const node of await nodesOf(source)) nodes.push(node);
    for (let i = before; i < nodes.length; i++) {
      const node = nodes[i];
      const other = seen.get(node.name);
      if (other !== undefined) {
        throw new InventoryError(source.path, '', `node ${quote(node.name)} is listed twice${other === source.path ? '' : ` (also in ${other})`}: an inventory describes each node once`);
      }
      seen.set(node.name, source.path);
    }
    if (nodes.length === before) throw new InventoryError(source.path, '', 'has no nodes: give kubectl get nodes -o yaml output or NodePool entries (docs/inventory.md)');
  }
  return { files: sources.map((s) => s.path), nodeCount: nodes.length, pools: groupIntoPools(nodes) };
}

/**
 * The nodes of one file. `kubectl get nodes` output, large as it gets, is read the quick way when
 * it can be (JSON.parse for `-o json`, kubectl-list.ts for `-o yaml`); anything else, and every
 * file with a mistake in it (so that the error can say where), goes through the YAML reader that
 * keeps positions.
 */
async function nodesOf(source: SourceFile): Promise<InventoryNode[]> {
  try {
    const quick = quickNodes(source);
    if (quick !== undefined) return quick;
  } catch (error) {
    if (!(error instanceof InventoryError)) throw error;
  }
  let parsed = parseFile(source);
  if (parsed.wantsLenientReader) {
    // The lenient reader is loaded only when some document needs it, as for manifests.
    await loadLenientReader();
    parsed = parseFile(source);
  }
  const error = parsed.errors[0];
  if (error) {
    const at = source.position(error.offset);
    throw new InventoryError(source.path, '', `not valid YAML: ${error.message.split('\n')[0]}`, at.line, at.column);
  }
  const nodes: InventoryNode[] = [];
  for (const document of parsed.documents) readDocument(document.value, [], new DocumentPlace(source, document.root, document.start), nodes);
  return nodes;
}

/**
 * The nodes of a file kubectl wrote, read without positions; undefined when it is not one the
 * quick readers take. Throws InventoryError for a mistake (the full reader then says where).
 */
function quickNodes(source: SourceFile): InventoryNode[] | undefined {
  const { text } = source;
  const place = new DocumentPlace(source, null, 0);
  const nodes: InventoryNode[] = [];
  const first = /\S/.exec(text)?.[0];
  if (first === '{') {
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
    readDocument(value, [], place, nodes);
    return nodes;
  }
  if (!ITEMS_LINE.test(text)) return undefined;
  // Items that are Nodes, as kubectl prints every one, are read as they come while all before
  // them were; the rest, in order, with the List itself (whose kind comes after its items).
  let taking = true;
  const list = scanKubectlList(text, (item, index) => {
    if (!taking || item.kind !== 'Node') return (taking = false);
    nodes.push(readNode(item, ['items', index], place));
    return true;
  });
  if (list === undefined) return undefined;
  readDocument(list, [], place, nodes);
  return nodes;
}

/** `items:` on a line of its own at the top level: the List kubectl prints. */
const ITEMS_LINE = /^items:$/m;

const KINDS_ALLOWED = 'a Node, a List of Nodes (kubectl get nodes -o yaml), or a NodePool (docs/inventory.md)';

function readDocument(value: unknown, path: JsonPath, place: DocumentPlace, into: InventoryNode[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => readObject(item, [...path, i], place, into));
    return;
  }
  readObject(value, path, place, into);
}

function readObject(value: unknown, path: JsonPath, place: DocumentPlace, into: InventoryNode[]): void {
  const object = asRecord(value);
  if (!object) throw place.error(path, `expected ${KINDS_ALLOWED}, got ${quote(value)}`);
  const kind = object.kind;
  if (kind === 'Node') {
    into.push(readNode(object, path, place));
  } else if (kind === 'NodePool') {
    for (const node of readPlannedPool(object, path, place)) into.push(node);
  } else if ((kind === 'List' || kind === 'NodeList') && object.items !== undefined) {
    if (!Array.isArray(object.items)) throw place.error([...path, 'items'], 'must be a list of Node objects');
    object.items.forEach((item, i) => {
      const itemKind = asRecord(item)?.kind;
      // kubectl leaves out an item's kind in some versions of `-o json`: in a NodeList every item is a Node.
      if (kind === 'NodeList' && itemKind === undefined && asRecord(item)) into.push(readNode(asRecord(item)!, [...path, 'items', i], place));
      else readObject(item, [...path, 'items', i], place, into);
    });
  } else {
    throw place.error(kind === undefined ? path : [...path, 'kind'], `expected ${KINDS_ALLOWED}, got ${kind === undefined ? 'no kind' : `kind ${quote(kind)}`}`, kind === undefined ? 'key' : 'value');
  }
}
