import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folders of src/ are the stages of a manifest's path, and they depend on each other one way
 * only (ARCHITECTURE.md): entry points → run → config, inputs, suppress, fix → rules → k8s → yaml →
 * types; report depends on the finding types only. This reads every import in src/ (type-only
 * imports too: they are dependencies of meaning) and names each one that goes the wrong way.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');

const BELOW_RUN = ['types', 'yaml', 'k8s', 'schema', 'inventory', 'policy', 'rules', 'config', 'inputs', 'suppress', 'fix'];
/** For each folder, the folders its modules may import (besides their own and the leaf `version.ts`). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  types: [],
  yaml: ['types'],
  k8s: ['types', 'yaml'],
  schema: [],
  /** A node inventory (`--nodes`): nodes, pools, where each DaemonSet schedules. */
  inventory: ['types', 'yaml', 'k8s'],
  /** The cluster's admission policies (ValidatingAdmissionPolicy, CEL), evaluated offline. */
  policy: ['types', 'yaml', 'k8s'],
  rules: ['types', 'yaml', 'k8s', 'schema', 'inventory', 'policy'],
  config: ['types', 'rules'],
  inputs: ['types', 'yaml'],
  suppress: ['types', 'yaml', 'k8s', 'config'],
  fix: ['types', 'yaml'],
  run: BELOW_RUN,
  report: ['types'],
  testing: [...BELOW_RUN, 'run'],
  cli: [...BELOW_RUN, 'run', 'report'],
  action: [...BELOW_RUN, 'run', 'report'],
  lsp: [...BELOW_RUN, 'run', 'report'],
};
/** Modules directly in src/: the public API may use anything; the version is a leaf. */
const TOP_LEVEL: Record<string, readonly string[] | 'any'> = { 'index.ts': 'any', 'version.ts': [] };

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : modules(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1]).replace(/\.js$/, '.ts'));
}

/** The stage a module belongs to: its first folder under src/, or its file name for top-level modules. */
function stageOf(file: string): string {
  return path.relative(src, file).split(path.sep)[0];
}

describe('the folders of src/ depend on each other one way only', () => {
  const files = modules(src);

  it('every folder is a known stage, with its place in the order', () => {
    const unknown = [...new Set(files.map(stageOf))].filter((s) => !(s in MAY_IMPORT) && !(s in TOP_LEVEL));
    expect(unknown).toEqual([]);
  });

  it('no module imports a stage its own stage may not depend on', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = stageOf(file);
      const allowed = TOP_LEVEL[from] ?? MAY_IMPORT[from];
      if (allowed === 'any') continue;
      for (const target of importsOf(file)) {
        const to = stageOf(target);
        if (to === from || to === 'version.ts' || allowed.includes(to)) continue;
        wrong.push(`${path.relative(root, file)} imports ${path.relative(root, target)} (${from} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the speed machinery (threads, V8 tuning) is reached only through run/speed/index.ts', () => {
    const speed = path.join(src, 'run', 'speed');
    const wrong: string[] = [];
    for (const file of files) {
      if (file.startsWith(speed + path.sep)) continue;
      for (const target of importsOf(file)) {
        if (target.startsWith(speed + path.sep) && target !== path.join(speed, 'index.ts')) wrong.push(`${path.relative(root, file)} imports ${path.relative(root, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the allowed dependencies themselves have no cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const cycle = (stage: string): boolean => {
      if (done.has(stage)) return false;
      if (visiting.has(stage)) return true;
      visiting.add(stage);
      const found = (MAY_IMPORT[stage] ?? []).some(cycle);
      visiting.delete(stage);
      done.add(stage);
      return found;
    };
    expect(Object.keys(MAY_IMPORT).filter(cycle)).toEqual([]);
  });
});
