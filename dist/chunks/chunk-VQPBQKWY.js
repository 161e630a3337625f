import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-7WK2EL63.js")).formatStylish,
  json: async () => (await import("./json-I3MN5OMP.js")).formatJson,
  sarif: async () => (await import("./sarif-INCYPEDB.js")).formatSarif,
  github: async () => (await import("./github-GN3R42Z4.js")).formatGithub,
  junit: async () => (await import("./junit-IXXBPOKI.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-BAQTA3UO.js")).formatGitlab,
  coverage: async () => (await import("./coverage-RSJA3INU.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-7WK2EL63.js")).stylishWriter,
  json: async () => (await import("./json-I3MN5OMP.js")).jsonWriter,
  sarif: async () => (await import("./sarif-INCYPEDB.js")).sarifWriter,
  github: async () => (await import("./github-GN3R42Z4.js")).githubWriter,
  junit: async () => (await import("./junit-IXXBPOKI.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-BAQTA3UO.js")).gitlabWriter,
  coverage: async () => (await import("./coverage-RSJA3INU.js")).coverageWriter
};
var formatterNames = Object.keys(formatterLoaders);
function isFormatterName(name) {
  return Object.hasOwn(formatterLoaders, name);
}
var formatsWithFixes = /* @__PURE__ */ new Set(["stylish", "sarif"]);

export {
  writerLoaders,
  formatterNames,
  isFormatterName,
  formatsWithFixes
};
