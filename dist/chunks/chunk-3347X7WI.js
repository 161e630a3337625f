import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-755FVMVC.js")).formatStylish,
  json: async () => (await import("./json-E5FEN75D.js")).formatJson,
  sarif: async () => (await import("./sarif-ODQPNLXX.js")).formatSarif,
  github: async () => (await import("./github-KQBNUVH4.js")).formatGithub,
  junit: async () => (await import("./junit-2SRHNRIG.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-KAXCRLIS.js")).formatGitlab
};
var formatterNames = Object.keys(formatterLoaders);
function isFormatterName(name) {
  return Object.hasOwn(formatterLoaders, name);
}
var formatsWithFixes = /* @__PURE__ */ new Set(["stylish", "sarif"]);

export {
  formatterLoaders,
  formatterNames,
  isFormatterName,
  formatsWithFixes
};
