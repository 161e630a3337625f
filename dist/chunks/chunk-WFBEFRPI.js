import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-LHTGTVJJ.js")).formatStylish,
  json: async () => (await import("./json-424KPTCM.js")).formatJson,
  sarif: async () => (await import("./sarif-VMSRK3PP.js")).formatSarif,
  github: async () => (await import("./github-YCCSGNUG.js")).formatGithub,
  junit: async () => (await import("./junit-GZPLS2WF.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-H7KP4762.js")).formatGitlab,
  coverage: async () => (await import("./coverage-DQSIXI4Q.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-LHTGTVJJ.js")).stylishWriter,
  json: async () => (await import("./json-424KPTCM.js")).jsonWriter,
  sarif: async () => (await import("./sarif-VMSRK3PP.js")).sarifWriter,
  github: async () => (await import("./github-YCCSGNUG.js")).githubWriter,
  junit: async () => (await import("./junit-GZPLS2WF.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-H7KP4762.js")).gitlabWriter,
  coverage: async () => (await import("./coverage-DQSIXI4Q.js")).coverageWriter
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
