// Bundles the CLI and its worker into dist/ (or the directory given), so a run loads a few files
// instead of hundreds of modules (start-up time), and the GitHub Action runs without node_modules.
//   node scripts/build.mjs [outdir]
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(root, process.argv[2] ?? 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/main.ts', worker: 'src/worker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // CommonJS dependencies (yaml) require Node built-ins; ESM output needs a real `require` for that.
  banner: { js: "import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
