import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-DOQRRKKQ.js")).formatStylish,
  json: async () => (await import("./json-SPIHJXCZ.js")).formatJson,
  sarif: async () => (await import("./sarif-YTOLOFXM.js")).formatSarif,
  github: async () => (await import("./github-J7IRCPAL.js")).formatGithub,
  junit: async () => (await import("./junit-QF6UAUPL.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-KITZCDYA.js")).formatGitlab
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
