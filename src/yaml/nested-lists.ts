import type { SourceNode } from './source-node.js';
import { ReadingError } from './tree-builder.js';

/**
 * An item of a `kind: ...List` that is a list itself (it has an `items` list). kubectl flattens a
 * List one level through its items, finds the item is a list (Unstructured.IsList) and fails to
 * take items out of it ("*unstructured.Unstructured is not a list: no Items field in this
 * object"), so `kubectl apply` refuses the whole file. daemonlint reads one level of items
 * (run/objects.ts): without this, the objects inside would pass unchecked, and the file clean.
 */
export function checkNestedLists(value: unknown, root: SourceNode | null): void {
  if (!isList(value)) return;
  const i = value.items.findIndex((item) => isRecord(item) && Array.isArray(item.items));
  if (i === -1) return;
  const item = itemNode(root, i);
  throw new ReadingError(
    'a list inside a list (an item with items of its own): kubectl refuses the file (is not a list: no Items field in this object); list its items in the outer list',
    item?.start ?? root?.start ?? 0,
  );
}

/** A document read as a list of objects (`kind: List`, `DaemonSetList`, ...): its items are the objects. */
export function isList(value: unknown): value is { kind: string; items: unknown[] } {
  return isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node of the i-th item, when `items` is written in the document's root mapping (not merged in). */
function itemNode(root: SourceNode | null, i: number): SourceNode | undefined {
  if (root?.kind !== 'mapping') return undefined;
  let items: SourceNode | undefined;
  for (const entry of root.entries) if (entry.key === 'items') items = entry.value;
  while (items?.kind === 'alias') items = items.target;
  return items?.kind === 'sequence' ? items.items[i] : undefined;
}
