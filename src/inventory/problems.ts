import type { JsonPath } from '../types/finding.js';
import { rangeOf } from '../yaml/locate.js';
import type { SourceNode } from '../yaml/source-node.js';
import type { SourceFile } from '../yaml/source-file.js';

/**
 * A node inventory that cannot be used: names the file, the line and column, the field and what
 * is allowed there. The run stops (exit 2): a fleet read wrongly would give wrong answers about
 * every DaemonSet.
 */
export class InventoryError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line !== undefined ? `:${line}:${column}` : ''}: ${field === '' ? '' : `${field}: `}${detail}`);
  }
}

/** `items[3].spec.taints[0].effect`: a field path as messages write it. */
export function fieldPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}

/** Where a document of an inventory file is, for the errors about it. */
export class DocumentPlace {
  constructor(
    private readonly file: SourceFile,
    private readonly root: SourceNode | null,
    private readonly start: number,
  ) {}

  error(path: JsonPath, detail: string, at: 'key' | 'value' = 'value'): InventoryError {
    const { start } = rangeOf(this.file, this.root, path, at, this.start);
    return new InventoryError(this.file.path, fieldPath(path), detail, start.line, start.column);
  }

  get fileName(): string {
    return this.file.path;
  }
}

/** A value as an error quotes it: JSON, cut short. */
export function quote(value: unknown): string {
  const text = typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
