import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-3RXCSIOJ.js")).formatStylish,
  json: async () => (await import("./json-2RV3IG2L.js")).formatJson,
  sarif: async () => (await import("./sarif-IBNJNZGR.js")).formatSarif,
  github: async () => (await import("./github-CI2GHQHZ.js")).formatGithub,
  junit: async () => (await import("./junit-OD4PLF7F.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-5BN2LXBB.js")).formatGitlab
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
