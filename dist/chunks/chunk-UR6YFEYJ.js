import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-DOQRRKKQ.js")).formatStylish,
  json: async () => (await import("./json-SPIHJXCZ.js")).formatJson,
  sarif: async () => (await import("./sarif-BAFMTIJP.js")).formatSarif,
  github: async () => (await import("./github-I2QVU5EV.js")).formatGithub,
  junit: async () => (await import("./junit-QRW72YMX.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-N2VUO274.js")).formatGitlab
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
