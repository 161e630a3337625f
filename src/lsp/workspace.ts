import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { resolveInputs } from '../inputs/load.js';

/** Bytes of manifests read between two turns of the event loop while a workspace is scanned. */
const SCAN_SLICE_BYTES = 256 * 1024;

/**
 * The manifests of the workspace folders, as the CLI's directory walk finds them (`.yaml`, `.yml`,
 * `.json`; no `node_modules`, no dot-folders), for the rules across the input. Read a slice at a
 * time, so that the editor's requests are answered while a large workspace is read.
 */
export class WorkspaceFiles {
  private readonly texts = new Map<string, string>();
  private folders: string[] = [];
  /** Until the first scan has finished, the workspace contributes nothing. */
  ready = false;

  setFolders(folders: readonly string[]): void {
    // Longest first: the folder of a file is the innermost one that holds it.
    this.folders = [...folders].sort((a, b) => b.length - a.length);
  }

  folderOf(file: string): string | undefined {
    return this.folders.find((folder) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
  }

  /**
   * Reads every manifest of the folders, calling `slice` with each slice of files read (to let
   * the caller lint them ahead of need), and yielding to the event loop between slices.
   */
  async scan(slice: (files: { path: string; text: string }[]) => Promise<void>): Promise<void> {
    for (const folder of this.folders) {
      let files: string[];
      try {
        files = await resolveInputs([folder], folder);
      } catch {
        continue;
      }
      let batch: { path: string; text: string }[] = [];
      let bytes = 0;
      for (const file of files) {
        if (this.texts.has(file)) continue;
        const text = readText(file);
        if (text === undefined) continue;
        this.texts.set(file, text);
        batch.push({ path: file, text });
        bytes += text.length;
        if (bytes >= SCAN_SLICE_BYTES) {
          await slice(batch);
          await nextTurn();
          batch = [];
          bytes = 0;
        }
      }
      if (batch.length > 0) await slice(batch);
      await nextTurn();
    }
    this.ready = true;
  }

  /** Reads a file again after it changed on disk (or forgets it, when it is gone). Whether it is a manifest the walk would find. */
  refresh(file: string): boolean {
    if (!MANIFEST.test(file) || this.folderOf(file) === undefined || isHidden(file, this.folderOf(file)!)) return false;
    const text = readText(file);
    if (text === undefined) this.texts.delete(file);
    else this.texts.set(file, text);
    return true;
  }

  /** The workspace's manifests, with the editor's text instead of the file's where it has one. */
  files(open: ReadonlyMap<string, string>): { path: string; text: string }[] {
    const out: { path: string; text: string }[] = [];
    if (this.ready) for (const [file, text] of this.texts) out.push({ path: file, text: open.get(file) ?? text });
    for (const [file, text] of open) if (!this.ready || !this.texts.has(file)) out.push({ path: file, text });
    return out;
  }
}

const MANIFEST = /\.(ya?ml|json)$/i;

function isHidden(file: string, folder: string): boolean {
  return path
    .relative(folder, file)
    .split(path.sep)
    .some((part) => part.startsWith('.') || part === 'node_modules');
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
