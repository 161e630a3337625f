import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-ZMYVT2GF.js")).formatStylish,
  json: async () => (await import("./json-HI2YZ52Q.js")).formatJson,
  sarif: async () => (await import("./sarif-IEMVDTA6.js")).formatSarif,
  github: async () => (await import("./github-7XCQLZRP.js")).formatGithub,
  junit: async () => (await import("./junit-ZW4VEEAT.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-6DBGC3GB.js")).formatGitlab,
  coverage: async () => (await import("./coverage-EB3VVHP2.js")).formatCoverage
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-ZMYVT2GF.js")).stylishWriter,
  json: async () => (await import("./json-HI2YZ52Q.js")).jsonWriter,
  sarif: async () => (await import("./sarif-IEMVDTA6.js")).sarifWriter,
  github: async () => (await import("./github-7XCQLZRP.js")).githubWriter,
  junit: async () => (await import("./junit-ZW4VEEAT.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-6DBGC3GB.js")).gitlabWriter,
  coverage: async () => (await import("./coverage-EB3VVHP2.js")).coverageWriter
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
