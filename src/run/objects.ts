import { asRecord } from '../k8s/values.js';
import { isList } from '../yaml/nested-lists.js';
import type { ParsedDocument } from '../yaml/parse.js';
import type { JsonPath, ObjectRef } from '../types/finding.js';

/** A Kubernetes object found in a document: the document itself, or an item of a `kind: List`. */
export interface ManifestObject {
  document: ParsedDocument;
  /** Path from the document root to the object (empty, or ['items', i]). */
  path: JsonPath;
  value: Record<string, unknown>;
  ref: ObjectRef;
}

export function objectsOf(document: ParsedDocument): ManifestObject[] {
  const value = asRecord(document.value);
  if (value === undefined) return [];
  if (isList(value)) {
    const out: ManifestObject[] = [];
    value.items.forEach((entry, i) => {
      const item = asRecord(entry);
      if (item) out.push({ document, path: ['items', i], value: item, ref: refOf(item) });
    });
    return out;
  }
  return [{ document, path: DOCUMENT_ROOT, value, ref: refOf(value) }];
}

/** Frozen: shared by every object that is a whole document, and by what runs keep of them (run/compact-copy.ts). */
const DOCUMENT_ROOT: JsonPath = Object.freeze([]);

export function isDaemonSet(object: ManifestObject): boolean {
  return object.value.kind === 'DaemonSet';
}

function refOf(value: Record<string, unknown>): ObjectRef {
  const metadata = asRecord(value.metadata) ?? {};
  const ref: ObjectRef = {};
  if (typeof value.apiVersion === 'string') ref.apiVersion = value.apiVersion;
  if (typeof value.kind === 'string') ref.kind = value.kind;
  if (typeof metadata.namespace === 'string') ref.namespace = metadata.namespace;
  if (typeof metadata.name === 'string') ref.name = metadata.name;
  return ref;
}
