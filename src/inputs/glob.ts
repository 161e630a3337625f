/**
 * Shell-style globs for input patterns (`k8s/**\/*.yaml`, `deploy/*-ds.yml`, `{a,b}/*.yaml`),
 * matched in linear time by types/patterns.ts (the same matcher reads the config's `ignore`).
 */
import { hasGlobMagic } from '../types/patterns.js';

export { compileGlob, hasGlobMagic, PatternError } from '../types/patterns.js';

/** The directory part of a pattern before its first glob character: where to start walking. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasGlobMagic(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}
