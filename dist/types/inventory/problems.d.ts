import type { JsonPath } from '../types/finding.js';
import type { SourceNode } from '../yaml/source-node.js';
import type { SourceFile } from '../yaml/source-file.js';
/**
 * A node inventory that cannot be used: names the file, the line and column, the field and what
 * is allowed there. The run stops (exit 2): a fleet read wrongly would give wrong answers about
 * every DaemonSet.
 */
export declare class InventoryError extends Error {
    readonly file: string;
    readonly field: string;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(file: string, field: string, detail: string, line?: number | undefined, column?: number | undefined);
}
/** `items[3].spec.taints[0].effect`: a field path as messages write it. */
export declare function fieldPath(path: JsonPath): string;
/** Where a document of an inventory file is, for the errors about it. */
export declare class DocumentPlace {
    private readonly file;
    private readonly root;
    private readonly start;
    constructor(file: SourceFile, root: SourceNode | null, start: number);
    error(path: JsonPath, detail: string, at?: 'key' | 'value'): InventoryError;
    get fileName(): string;
}
/** A value as an error quotes it: JSON, cut short. */
export declare function quote(value: unknown): string;
