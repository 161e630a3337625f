// Bundles the CLI, its worker, the GitHub Action and the library into dist/ (or the directory
// given), so a run loads a few files instead of hundreds of modules (start-up time), and the
// Action and the npm package run without node_modules. The library's type declarations go to
// dist/types/ (only the files its public API reaches).
//   node scripts/build.mjs [outdir]
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(root, process.argv[2] ?? 'dist');

/**
 * @actions/core imports an HTTP client (undici, ~800 kB) for OIDC tokens and a process runner for
 * platform details. The Action uses neither, so both become stubs that throw if ever called.
 */
const leaveOutActionsNetworking = {
  name: 'leave-out-actions-networking',
  setup(build) {
    build.onResolve({ filter: /^@actions\/(http-client|exec)(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'left-out' }));
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
      contents: [
        `const leftOut = () => { throw new Error(${JSON.stringify(`${args.path} is not bundled into daemonlint`)}); };`,
        'export class HttpClient { constructor() { leftOut(); } }',
        'export class BearerCredentialHandler { constructor() { leftOut(); } }',
        'export const getExecOutput = leftOut;',
        'export const exec = leftOut;',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/main.ts', worker: 'src/worker.ts', action: 'src/action.ts', index: 'src/index.ts' },
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
  plugins: [leaveOutActionsNetworking],
  logLevel: 'warning',
});
emitDeclarations('src/index.ts', path.join(outdir, 'types'));

/** Declarations of the library entry and of every source file its declarations import. */
function emitDeclarations(entry, declarationDir) {
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram([path.join(root, entry)], {
    ...options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationDir,
    rootDir: path.join(root, 'src'),
    outDir: undefined,
    sourceMap: false,
    declarationMap: false,
  });
  // Type errors are the type check's business; only what makes the declarations wrong stops the build.
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getDeclarationDiagnostics()];
  if (diagnostics.length > 0) {
    throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  }
  const written = new Map();
  const result = program.emit(undefined, (file, text) => written.set(path.resolve(file), text));
  if (result.emitSkipped) throw new Error('declaration emit failed');

  // Keep only what the entry's declarations reach: implementation-only modules need no types.
  const keep = new Set();
  const queue = [path.join(declarationDir, entry.replace(/^src\//, '').replace(/\.ts$/, '.d.ts'))];
  while (queue.length > 0) {
    const file = queue.pop();
    if (keep.has(file)) continue;
    // A hand-written declaration file among the sources (the generated validators') is copied as it is.
    if (!written.has(file)) {
      const source = path.join(root, 'src', path.relative(declarationDir, file));
      if (!ts.sys.fileExists(source)) throw new Error(`declarations import ${path.relative(root, file)}, which was not emitted`);
      written.set(file, ts.sys.readFile(source));
    }
    const text = written.get(file);
    keep.add(file);
    for (const m of text.matchAll(/(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      queue.push(path.resolve(path.dirname(file), `${m[1]}.d.ts`));
    }
  }
  for (const file of [...keep].sort()) ts.sys.writeFile(file, written.get(file));
}
