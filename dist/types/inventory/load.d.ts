import type { Inventory } from '../types/inventory.js';
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
export declare function loadInventory(files: readonly InventoryFile[]): Promise<Inventory>;
/** Reads inventory texts given in memory (tests, the library), as if they were files at these paths. */
export declare function inventoryFromTexts(texts: readonly {
    path: string;
    text: string;
}[]): Promise<Inventory>;
