#!/usr/bin/env node
// Starts daemonlint's language server (the same as `daemonlint lsp`): LSP over stdio, for editors
// (docs/editors.md). CommonJS, like bin/daemonlint.js beside it; the server is an ES module.
'use strict';

/* global require, __dirname -- defined when this file runs as CommonJS (bin/package.json) */
const builtin = typeof require === 'function' ? require : process.getBuiltinModule;
const server = builtin('node:path').join(__dirname, '..', 'dist', 'lsp.js');
import(builtin('node:url').pathToFileURL(server).href);
