// Bundles the CLI, its worker, the GitHub Action and the library into dist/ (or the directory
// given), so a run loads a few files instead of hundreds of modules (start-up time), and the
// Action and the npm package run without node_modules. The library's type declarations go to
// dist/types/ (only the files its public API reaches).
//   node scripts/build.mjs [outdir]
//
// What it writes:
//   dist/index.js, action.js, worker.js, cli.js   ES modules, sharing dist/chunks/*.js
//   dist/lsp.js                                    the language server (`daemonlint lsp`), an ES
//                                                  module too, with vscode-languageserver inside
//   dist/cli.cjs                                   the CLI again as one CommonJS file, which
//                                                  bin/daemonlint.js compiles with a V8 code cache
//   dist/chunks/<piece>.cjs                        what runs load only when needed (each schema
//                                                  version's validator, the lenient YAML reader,
//                                                  ajv, the admission policy engine), one
//                                                  self-contained CommonJS file each,
//                                                  shared by both builds above
// Every .cjs file starts with `// daemonlint-bundle <hash of the rest>`: the code cache is keyed
// by it, because npm gives every installed file the same mtime and V8 itself checks only the
// length of the source. The rest is the code inside a CommonJS wrapper of its own (see
// BUNDLE_WRAPPER below).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** The modules only dynamically imported, and big enough to be worth a file of their own: name → entry. */
const generated = path.join(root, 'src', 'schema', 'generated');
const pieces = new Map([
  ...readdirSync(generated)
    .filter((f) => /^v\d+\.\d+\.validate\.js$/.test(f))
    .sort()
    .map((f) => [f.replace(/\.js$/, ''), path.join(generated, f)]),
  ['yaml-fallback', path.join(root, 'src', 'yaml', 'lenient-reader.ts')],
  // admission-policy's CEL engine (the CEL library, RE2, Kubernetes' CEL libraries): only runs whose input holds policies load it.
  ['policy-engine', path.join(root, 'src', 'policy', 'check.ts')],
  ['ajv', createRequire(import.meta.url).resolve('ajv')],
]);
const pieceByEntry = new Map([...pieces].map(([name, entry]) => [entry, name]));

/**
 * A dynamic import of a piece becomes a small module that requires "<dir><piece>.cjs" and
 * re-exports its exports by name, so that both builds load the one copy in dist/chunks/ and see
 * the exports they would see from source. In the ES build the module requires relative to its
 * own file, which is a chunk of its own (being imported only dynamically), in chunks/ beside the
 * pieces; in the CommonJS build it uses the bundle's `require`, which bin/daemonlint.js provides.
 */
function usePieces(format) {
  const requirePiece = (name) =>
    format === 'esm'
      ? `import { createRequire } from 'node:module';\nconst piece = createRequire(import.meta.url)(${JSON.stringify(`./${name}.cjs`)});`
      : `const piece = require(${JSON.stringify(`./chunks/${name}.cjs`)});`;
  return {
    name: 'use-pieces',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const name = pieceByEntry.get(resolved.path);
        return name === undefined ? undefined : { path: name, namespace: 'piece' };
      });
      build.onLoad({ filter: /.*/, namespace: 'piece' }, (args) => {
        const names = pieceExports.get(args.path);
        const named = names.filter((n) => n !== 'default');
        return {
          contents: [
            requirePiece(args.path),
            ...(names.includes('default') ? ['export default piece.default;'] : []),
            ...(named.length > 0 ? [`export const { ${named.join(', ')} } = piece;`] : []),
          ].join('\n'),
          loader: 'js',
        };
      });
      build.onResolve({ filter: /\.cjs$/, namespace: 'piece' }, (args) => ({ path: args.path, external: true }));
    },
  };
}

/**
 * Built-in modules that cost milliseconds to load and that a run on a small input never calls
 * (worker_threads for big inputs, crypto for fingerprints in some formats, v8 for tuning big
 * inputs, which loads node:stream, fs/promises for --fix, -o and merge): in the CommonJS CLI
 * they load on first use. (node:module, which plugins need, is loaded by Node and the bin anyway.) esbuild compiles a named import of a built-in to
 * `require("node:x")` and property reads of the result, so that call becomes a proxy that
 * requires the module on the first read; enumerating it (a default import) loads it at once.
 */
const LAZY_BUILTINS = ['node:worker_threads', 'node:crypto', 'node:v8', 'node:fs/promises'];
const LAZY_REQUIRE = `var __daemonlintLazyRequire = (id) => {
  let loaded;
  const load = () => (loaded ??= require(id));
  return new Proxy({}, {
    get: (_, key) => load()[key],
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => (key in load() ? { value: load()[key], writable: false, enumerable: true, configurable: true } : undefined),
  });
};
`;

function requireBuiltinsLazily(text) {
  let out = text;
  for (const id of LAZY_BUILTINS) out = out.replaceAll(`require(${JSON.stringify(id)})`, `__daemonlintLazyRequire(${JSON.stringify(id)})`);
  return LAZY_REQUIRE + out;
}

/**
 * What is still imported at run time (a plugin) goes through `require.importModule`, which
 * bin/daemonlint.js provides: it compiles the bundles as vm scripts, and on Node 20 a vm script
 * cannot import() without --experimental-vm-modules. Required by Node itself, a bundle imports
 * as usual. esbuild leaves only such imports in the output (it bundles those of literal paths)
 * and drops comments, so the text `import(` is one of them (or, one day, part of a string).
 */
const HOST_IMPORT = 'var __daemonlintImport = require.importModule ?? ((specifier) => import(specifier));\n';

function importThroughHost(text) {
  const out = text.replace(/(?<![\w$.])import\(/g, '__daemonlintImport(');
  return out === text ? text : HOST_IMPORT + out;
}

/**
 * The code of every .cjs file, from its second line on, is a function with Node's CommonJS
 * parameters: bin/daemonlint.js compiles the file as it is, as a script whose value is that
 * function, and calls it. Wrapping the text at run time instead (`(function (...) {` + text)
 * cost a copy of the whole bundle (~1 MB, ~3 ms on a small run: V8 flattens the joined string).
 * Loaded by Node's require (the ES build requires the pieces), `arguments` is its module
 * wrapper's, and the function is called with them at once; in a script (the bin's vm.Script)
 * there is no `arguments`, and the function is the script's value. (The bin also takes a file
 * without this line, should someone build one by hand, and wraps it itself.) The function is in
 * parentheses of its own, which tell V8 it is called at once: compiled on the first run without
 * a cache, it is then parsed once, not first skimmed and then parsed when called.
 */
const BUNDLE_WRAPPER = '(typeof arguments === "object" ? (body) => body.apply(this, arguments) : (body) => body)((function (exports, require, module, __filename, __dirname) {';

rmSync(outdir, { recursive: true, force: true });
// ASCII output (esbuild's default, spelled out): bin/daemonlint.js reads the bundles as latin1.
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', charset: 'ascii', legalComments: 'none', logLevel: 'warning' };

const validators = [...pieces.keys()].filter((name) => name.endsWith('.validate'));
await buildCommonJs({
  ...common,
  entryPoints: Object.fromEntries([...pieces].filter(([name]) => !validators.includes(name)).map(([name, entry]) => [`chunks/${name}`, entry])),
});
// Generated code no one reads: minified (620 kB to 375 kB for 1.36), a run reads and parses 40%
// less of it. test/dist.test.ts checks that they report the very errors of the generated code.
await buildCommonJs({
  ...common,
  entryPoints: Object.fromEntries(validators.map((name) => [`chunks/${name}`, pieces.get(name)])),
  minify: true,
});
/** Each piece's export names, for the modules standing in for it. */
const pieceExports = new Map([...pieces.keys()].map((name) => [name, Object.keys(createRequire(import.meta.url)(path.join(outdir, 'chunks', `${name}.cjs`)))]));

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/run/speed/worker.ts', action: 'src/action/action.ts', index: 'src/index.ts', lsp: 'src/lsp/main.ts' },
  splitting: true,
  format: 'esm',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (yaml) require Node built-ins; ESM output needs a real `require` for that.
  banner: { js: "import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);" },
  plugins: [leaveOutActionsNetworking, usePieces('esm')],
  metafile: true,
}).then(({ metafile }) => {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const stub = Object.keys(output.inputs).find((input) => input.startsWith('piece:'));
    if (stub && path.dirname(path.resolve(root, file)) !== path.join(outdir, 'chunks')) throw new Error(`${stub} ended up in ${file}, outside chunks/`);
  }
});

await buildCommonJs({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  // Bundled as CommonJS, the CLI finds its worker and its docs from its own file's URL. The
  // sources are ES modules, so strict: the directive has to come before the banner's statement.
  define: { 'import.meta.url': '__daemonlintImportMetaUrl' },
  banner: { js: '"use strict";\nvar __daemonlintImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [usePieces('cjs')],
  transform: requireBuiltinsLazily,
});

/**
 * A CommonJS build, each file headed by the hash of its content (see the top of this file).
 * `transform` rewrites the body (after the banner) and may put lines before it.
 */
async function buildCommonJs({ transform = (text) => text, ...options }) {
  const { outputFiles } = await build({ ...options, format: 'cjs', outdir, outExtension: { '.js': '.cjs' }, write: false });
  const banner = options.banner ? `${options.banner.js}\n` : '';
  for (const file of outputFiles) {
    if (!file.text.startsWith(banner)) throw new Error(`${file.path} does not start with its banner`);
    const text = `${BUNDLE_WRAPPER}${banner}${transform(importThroughHost(file.text.slice(banner.length)))}\n}));\n`;
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 32);
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path, `// daemonlint-bundle ${hash}\n${text}`);
  }
}

emitDeclarations('src/index.ts', path.join(outdir, 'types'));

// The JSON Schema of .daemonlint.yaml, from the rules just bundled (run/config-schema.ts): editors
// validate configs with it, and `daemonlint init` points at it.
{
  const library = await import(`${pathToFileURL(path.join(outdir, 'index.js')).href}?build=${Date.now()}`);
  writeFileSync(path.join(outdir, 'daemonlint.schema.json'), `${JSON.stringify(library.configSchema(library.builtinRules), null, 2)}\n`);
}

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
