import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-67FLIZWY.js")).formatStylish,
  json: async () => (await import("./json-JBLSYUE2.js")).formatJson,
  sarif: async () => (await import("./sarif-RA4SMRG6.js")).formatSarif,
  github: async () => (await import("./github-XFOFP4PH.js")).formatGithub,
  junit: async () => (await import("./junit-56OCWYWA.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-XR2MCHWH.js")).formatGitlab
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
