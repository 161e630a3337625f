import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-OH62FAG2.js")).formatStylish,
  json: async () => (await import("./json-W7PCCUFA.js")).formatJson,
  sarif: async () => (await import("./sarif-VDWSQS4B.js")).formatSarif,
  github: async () => (await import("./github-7HQL5WUZ.js")).formatGithub,
  junit: async () => (await import("./junit-IXIMNMNL.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-PMLSXY3I.js")).formatGitlab
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
