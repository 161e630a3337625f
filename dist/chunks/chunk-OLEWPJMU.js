import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-5NCK2I2G.js")).formatStylish,
  json: async () => (await import("./json-QIYPZ7YL.js")).formatJson,
  sarif: async () => (await import("./sarif-MWI73PAU.js")).formatSarif,
  github: async () => (await import("./github-B6D5Y5J3.js")).formatGithub,
  junit: async () => (await import("./junit-AHH7WYWI.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-5NHG5NWE.js")).formatGitlab,
  coverage: async () => (await import("./coverage-J3SD6KAW.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-5NCK2I2G.js")).stylishWriter,
  json: async () => (await import("./json-QIYPZ7YL.js")).jsonWriter,
  sarif: async () => (await import("./sarif-MWI73PAU.js")).sarifWriter,
  github: async () => (await import("./github-B6D5Y5J3.js")).githubWriter,
  junit: async () => (await import("./junit-AHH7WYWI.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-5NHG5NWE.js")).gitlabWriter,
  coverage: async () => (await import("./coverage-J3SD6KAW.js")).coverageWriter
};
var formatterNames = Object.keys(formatterLoaders);
function isFormatterName(name) {
  return Object.hasOwn(formatterLoaders, name);
}
var formatsWithFixes = /* @__PURE__ */ new Set(["stylish", "sarif"]);

export {
  formatterLoaders,
  writerLoaders,
  formatterNames,
  isFormatterName,
  formatsWithFixes
};
