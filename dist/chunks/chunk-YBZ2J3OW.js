import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-O75JXIVH.js")).formatStylish,
  json: async () => (await import("./json-KHMOYJSF.js")).formatJson,
  sarif: async () => (await import("./sarif-VX5BEJCK.js")).formatSarif,
  github: async () => (await import("./github-7ZC3TJBB.js")).formatGithub,
  junit: async () => (await import("./junit-LMIWQ44I.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-HMJEWEUH.js")).formatGitlab
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
