import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-7WK2EL63.js")).formatStylish,
  json: async () => (await import("./json-I3MN5OMP.js")).formatJson,
  sarif: async () => (await import("./sarif-PS36AVZ2.js")).formatSarif,
  github: async () => (await import("./github-GOW5WWBF.js")).formatGithub,
  junit: async () => (await import("./junit-PUL5RYDY.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-VQBS4OOA.js")).formatGitlab,
  coverage: async () => (await import("./coverage-RSJA3INU.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-7WK2EL63.js")).stylishWriter,
  json: async () => (await import("./json-I3MN5OMP.js")).jsonWriter,
  sarif: async () => (await import("./sarif-PS36AVZ2.js")).sarifWriter,
  github: async () => (await import("./github-GOW5WWBF.js")).githubWriter,
  junit: async () => (await import("./junit-PUL5RYDY.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-VQBS4OOA.js")).gitlabWriter,
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
