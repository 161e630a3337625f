import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-O4J2DYZV.js")).formatStylish,
  json: async () => (await import("./json-HEAYLNFQ.js")).formatJson,
  sarif: async () => (await import("./sarif-KZRFXKBF.js")).formatSarif,
  github: async () => (await import("./github-EOZCBPIF.js")).formatGithub,
  junit: async () => (await import("./junit-PZZQ3CZY.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-LFWVKYJX.js")).formatGitlab,
  coverage: async () => (await import("./coverage-6Q622VS4.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-O4J2DYZV.js")).stylishWriter,
  json: async () => (await import("./json-HEAYLNFQ.js")).jsonWriter,
  sarif: async () => (await import("./sarif-KZRFXKBF.js")).sarifWriter,
  github: async () => (await import("./github-EOZCBPIF.js")).githubWriter,
  junit: async () => (await import("./junit-PZZQ3CZY.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-LFWVKYJX.js")).gitlabWriter,
  coverage: async () => (await import("./coverage-6Q622VS4.js")).coverageWriter
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
