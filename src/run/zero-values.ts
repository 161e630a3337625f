import { SHAPES } from '../schema/generated/shapes.js';

/**
 * Reads the nulls of a DaemonSet as the API server decodes them, once, before any rule sees it:
 * YAML's empty value (`containers:`, `name:`) is JSON null, which Go decodes as the field's zero
 * value. A null struct field is the same as a missing one (an empty string, 0, false, an unset
 * pointer, slice or map: defaulting and validation then see "not set"); it becomes `undefined`,
 * so a finding can still point at its key. A null list item is a zero item (`- null` as a
 * container is a container with no name and no image); a null map value is a zero value
 * (`labels: {a: }` is the label a=""; `limits: {cpu: }` is a limit of 0). So every rule sees what
 * the API sees: `name: null` is a missing name ("Required value"). Field types come from the
 * newest schema (schema/generated/shapes.ts); a field unknown there is left as written (the
 * schema rule reports it).
 */
export function readNulls(daemonSet: Record<string, unknown>): void {
  struct(daemonSet, SHAPES.DaemonSet, 0);
}

/** No manifest nests this deep; a document that does is a yaml-syntax error long before. */
const MAX_DEPTH = 256;

function struct(object: Record<string, unknown>, fields: Readonly<Record<string, string>> | undefined, depth: number): void {
  if (!fields || depth > MAX_DEPTH) return;
  for (const key of Object.keys(object)) {
    const type = fields[key];
    if (type === undefined) continue;
    const value = object[key];
    // Kept as a key with no value: rules read it as absent, and a finding can still point at it.
    if (value === null) object[key] = undefined;
    else visit(value, type, depth + 1);
  }
}

function visit(value: unknown, type: string, depth: number): void {
  if (typeof value !== 'object' || value === null) return;
  const kind = type.charCodeAt(0);
  if (kind === HASH) {
    if (!Array.isArray(value)) struct(value as Record<string, unknown>, SHAPES[type.slice(1)], depth);
  } else if (kind === LIST) {
    if (!Array.isArray(value)) return;
    const item = type.slice(1);
    for (let i = 0; i < value.length; i++) {
      if (value[i] === null) value[i] = zero(item);
      else visit(value[i], item, depth + 1);
    }
  } else if (kind === MAP) {
    if (Array.isArray(value)) return;
    const item = type.slice(1);
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) {
      if (map[key] === null) map[key] = zero(item);
      else visit(map[key], item, depth + 1);
    }
  }
}

const HASH = 0x23; // #
const LIST = 0x5b; // [
const MAP = 0x7b; // {

/** Go's zero value of a type, as a manifest would write it. */
function zero(type: string): unknown {
  switch (type.charCodeAt(0)) {
    case 0x73 /* s */:
      return '';
    case 0x62 /* b */:
      return false;
    case 0x69 /* i */:
    case 0x6e /* n */:
    case 0x71 /* q */:
    case 0x78 /* x */:
      return 0;
    case LIST:
      return [];
    default:
      return {};
  }
}
