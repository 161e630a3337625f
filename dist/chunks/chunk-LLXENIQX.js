import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";
var HOMEPAGE = "https://github.com/daemonlint/daemonlint";

export {
  VERSION,
  HOMEPAGE
};
