import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-W5PRFFU5.js")).formatStylish,
  json: async () => (await import("./json-YSJRDGQZ.js")).formatJson,
  sarif: async () => (await import("./sarif-CS7XRM54.js")).formatSarif,
  github: async () => (await import("./github-JDE2LOT5.js")).formatGithub,
  junit: async () => (await import("./junit-B3UZAGXH.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-BOWVWNNC.js")).formatGitlab
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
