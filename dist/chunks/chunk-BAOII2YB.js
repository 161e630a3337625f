import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-W7L7UZBK.js")).formatStylish,
  json: async () => (await import("./json-QIYPZ7YL.js")).formatJson,
  sarif: async () => (await import("./sarif-D33A6CQP.js")).formatSarif,
  github: async () => (await import("./github-CD3LIMYA.js")).formatGithub,
  junit: async () => (await import("./junit-T5QV3ZCS.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-O6IWSAP2.js")).formatGitlab,
  coverage: async () => (await import("./coverage-J3SD6KAW.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-W7L7UZBK.js")).stylishWriter,
  json: async () => (await import("./json-QIYPZ7YL.js")).jsonWriter,
  sarif: async () => (await import("./sarif-D33A6CQP.js")).sarifWriter,
  github: async () => (await import("./github-CD3LIMYA.js")).githubWriter,
  junit: async () => (await import("./junit-T5QV3ZCS.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-O6IWSAP2.js")).gitlabWriter,
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
