import type { ActiveRule, RunSettings } from './config-types.js';
import { lintChunks, type FileResult } from './run-rules.js';
import type { SourceFile } from './source-file.js';

/** Parses and lints one file, one document at a time. */
export function lintSourceFile(file: SourceFile, rules: readonly ActiveRule[], settings: RunSettings): FileResult {
  return lintChunks(file, file.documents, rules, settings);
}
