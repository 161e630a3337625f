import type { ActiveRule, RunSettings } from './config-types.js';
import { lintChunks, type FileResult } from './run-rules.js';
import { splitDocuments } from './split-documents.js';
import { SourceFile } from './source-file.js';

/** Parses and lints one text as if it were a file at `path`. */
export function lintSourceFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  return lintChunks(file, splitDocuments(file.text), rules, settings);
}

export function lintText(text: string, path: string, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  return lintSourceFile(new SourceFile(path, text), rules, settings);
}
