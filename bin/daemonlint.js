#!/usr/bin/env node
// Starts the CLI from dist/cli.cjs, compiled with a V8 code cache kept per user. Compiling the
// bundle (~930 kB, plus a ~360 kB schema validator) and running its functions for the first time
// are most of a small run; the cache holds the bytecode of every function the run compiled, so
// the next run neither parses nor compiles them. Node's own compile cache (22.1+) is not used:
// it serializes a module right after compiling it, before any inner function has been compiled.
//
// The cache is an optimization only: failing to read, accept or write it is silent and the run
// goes on without it. DAEMONLINT_NO_CACHE (set to anything but the empty string) turns it off.
//
// This file is CommonJS (bin/package.json says so): the ES module loader, which the package's
// "type": "module" would put it under, costs a few milliseconds of start-up. It still runs as an
// ES module (it has neither import statements nor import.meta) should it be copied without that
// package.json. Built-ins come from `require` or process.getBuiltinModule (Node 20.16+) rather
// than `import`, which would build a module facade of each (node:fs's touches every lazy getter,
// loading all of node:stream).
'use strict';

/** How the build begins the second line of each bundle (scripts/build.mjs says why). */
const BUNDLE_WRAPPER = '(typeof arguments === "object" ? (body) => body.apply(this, arguments) : (body) => body)((function (exports, require, module, __filename, __dirname) {';

/* global require, __filename -- defined only when this file runs as CommonJS */
const getBuiltin = typeof require === 'function' ? require : process.getBuiltinModule;
if (getBuiltin) {
  main(getBuiltin, typeof __filename === 'string' ? __filename : undefined);
} else {
  import('node:module').then(({ createRequire }) => main(createRequire(process.argv[1]), undefined));
}

/**
 * @param {(id: string) => any} builtin
 * @param {string | undefined} self this file, or undefined when it runs as an ES module (it is
 *   then the main module, process.argv[1], possibly through npm's bin symlink)
 */
function main(builtin, self) {
  const fs = builtin('node:fs');
  const path = builtin('node:path');
  const vm = builtin('node:vm');
  const { createRequire, isBuiltin } = builtin('node:module');

  const dist = path.join(path.dirname(self ?? fs.realpathSync.native(process.argv[1])), '..', 'dist');
  if (process.argv[2] === 'lsp') {
    // The language server is an ES module of its own (dist/lsp.js), read only for this command:
    // an ordinary run pays one comparison for it. It runs for hours, so no code cache either.
    import(builtin('node:url').pathToFileURL(path.join(dist, 'lsp.js')).href);
    return;
  }
  const cli = path.join(dist, 'cli.cjs');
  let nodeRequire;
  const cacheDir = process.env.DAEMONLINT_NO_CACHE ? undefined : cacheDirectory();
  /** Scripts compiled without an accepted cache: their cache is written when the process exits. */
  const uncached = [];
  const modules = new Map();
  /** Whether the cache directory is safe to read, once a cache is looked for. */
  let privateDir;

  const importModule = (specifier) => import(specifier);
  /** readFile's buffer. */
  let scratch = Buffer.alloc(0);

  if (cacheDir !== undefined) process.once('exit', writeCaches);
  /** src/main.ts's exports: `progress.linted` says whether the run got as far as linting. */
  const cliExports = load(cli);

  /** Runs a bundled CommonJS file (dist/cli.cjs or a piece in dist/chunks/) and returns its exports. */
  function load(file) {
    const loaded = modules.get(file);
    if (loaded) return loaded.exports;
    // The build writes ASCII (esbuild escapes the rest), and latin1 is the cheaper decoding.
    const bytes = readFile(file);
    const source = bytes.toString('latin1');
    const cacheFile = cacheDir === undefined ? undefined : cacheFileFor(file, source);
    const cachedData = cacheFile === undefined ? undefined : readCache(cacheFile);
    // The build puts the code in a function with Node's CommonJS parameters, from the second line
    // on (scripts/build.mjs says why); a file without it gets Node's own wrapper here, on the
    // first line so that stack traces keep their line numbers.
    const wrapped = source.startsWith(BUNDLE_WRAPPER, source.indexOf('\n') + 1);
    const script = new vm.Script(wrapped ? source : `(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
    if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
      uncached.push({ script, cacheFile, prefix: `${path.basename(file)}-` });
    }
    const module = { exports: {}, id: file, filename: file };
    modules.set(file, module);
    const dir = path.dirname(file);
    const require = (id) =>
      id.startsWith('./') || id.startsWith('../') ? load(path.resolve(dir, id)) : isBuiltin(id) ? builtin(id) : (nodeRequire ??= createRequire(cli))(id);
    // On Node 20 a vm script cannot import() (not without --experimental-vm-modules, and its
    // replacement is experimental and lost with a code cache); the build sends plugins' import here.
    require.importModule = importModule;
    script.runInThisContext().call(module.exports, module.exports, require, module, file, dir);
    return module.exports;
  }

  /**
   * A file's bytes, in a buffer shared by every read (the bundles and their caches): valid only
   * until the next read. A fresh megabyte costs this process ~3 ms before anything is in it
   * (the kernel maps and zeroes each page on first touch, slow in a virtual machine), and the
   * bundle, its cache and the schema validator and its cache are ~2 MB; V8 is done with the
   * bytes once the string is made or the script compiled.
   */
  function readFile(file) {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(size);
      let length = 0;
      while (length < size) {
        const n = fs.readSync(fd, scratch, length, size - length, null);
        if (n === 0) break;
        length += n;
      }
      return scratch.subarray(0, length);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * $XDG_CACHE_HOME/daemonlint, or daemonlint-<uid> in the temporary directory. The cache holds
   * code that runs, so only a directory of this user that no one else can write to is used: in a
   * shared /tmp another user could have created it first.
   */
  function cacheDirectory() {
    const xdg = process.env.XDG_CACHE_HOME;
    if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'daemonlint');
    return path.join(builtin('node:os').tmpdir(), `daemonlint-${process.getuid?.() ?? 'user'}`);
  }

  function isPrivateDirectory(dir) {
    try {
      const stat = fs.lstatSync(dir);
      const uid = process.getuid?.();
      return stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
    } catch {
      return false;
    }
  }

  /**
   * A bundle's cache file, named by the content hash the build put on its first line (npm installs
   * every file with the same mtime, and V8 checks only the length of the source), its mtime (for
   * a bundle edited by hand), and the Node version and architecture.
   */
  function cacheFileFor(file, source) {
    const hash = /^\/\/ daemonlint-bundle ([0-9a-f]{16,64})\r?\n/.exec(source)?.[1];
    if (hash === undefined) return undefined;
    try {
      const mtime = Math.trunc(fs.statSync(file).mtimeMs);
      return path.join(cacheDir, `${path.basename(file)}-${hash}-${mtime}-${process.version}-${process.arch}.v8cache`);
    } catch {
      return undefined;
    }
  }

  function readCache(cacheFile) {
    privateDir ??= isPrivateDirectory(cacheDir);
    if (!privateDir) return undefined;
    try {
      return readFile(cacheFile);
    } catch {
      return undefined;
    }
  }

  /**
   * Only after the run, so that the functions it compiled are in the cache. Help, the version, a
   * rule's page or the configuration compile a small part of the CLI, and a run that failed may
   * have stopped anywhere: their cache would hold too little, so they leave it to a run that
   * linted, as the CLI itself says (however its arguments were spelled).
   */
  function writeCaches(code) {
    if (uncached.length === 0 || (code !== 0 && code !== 1) || cliExports?.progress?.linted !== true) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      // Checked before the cache is made, which takes milliseconds, not after.
      if (!isPrivateDirectory(cacheDir)) return;
      fs.accessSync(cacheDir, fs.constants.W_OK);
      for (const { script, cacheFile, prefix } of uncached) {
        // Written under another name and renamed, so that a concurrent run never reads half a file.
        const temp = `${cacheFile}.${process.pid}.tmp`;
        try {
          fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
          fs.renameSync(temp, cacheFile);
        } catch {
          fs.rmSync(temp, { force: true });
        }
        removeStale(cacheFile, prefix);
      }
    } catch {
      // no cache this time
    }
  }

  /** Caches of other builds of the same file (an upgrade, another Node) once a week old. */
  function removeStale(cacheFile, prefix) {
    const weekAgo = Date.now() - 7 * 24 * 60 * 60 * 1000;
    for (const name of fs.readdirSync(cacheDir)) {
      const other = path.join(cacheDir, name);
      if (!name.startsWith(prefix) || other === cacheFile) continue;
      try {
        if (fs.statSync(other).mtimeMs < weekAgo) fs.rmSync(other, { force: true });
      } catch {
        // another run removed it
      }
    }
  }
}
