import type { ActiveRule, RunSettings } from '../config/resolved.js';
import { lintChunks, type FileResult } from './lint-file.js';
import type { SourceFile } from '../yaml/source-file.js';

/** Parses and lints one file, one document at a time. */
export function lintSourceFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  return lintChunks(file, file.documents, rules, settings);
}
