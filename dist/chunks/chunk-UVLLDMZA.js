import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);

// src/report/formats.ts
var formatterLoaders = {
  stylish: async () => (await import("./stylish-ENBQC23S.js")).formatStylish,
  json: async () => (await import("./json-ZHYUW25R.js")).formatJson,
  sarif: async () => (await import("./sarif-L6PXTSRP.js")).formatSarif,
  github: async () => (await import("./github-HQTIROUL.js")).formatGithub,
  junit: async () => (await import("./junit-3727O3Y3.js")).formatJunit,
  gitlab: async () => (await import("./gitlab-DCLE4X2G.js")).formatGitlab
};
var writerLoaders = {
  stylish: async () => (await import("./stylish-ENBQC23S.js")).stylishWriter,
  json: async () => (await import("./json-ZHYUW25R.js")).jsonWriter,
  sarif: async () => (await import("./sarif-L6PXTSRP.js")).sarifWriter,
  github: async () => (await import("./github-HQTIROUL.js")).githubWriter,
  junit: async () => (await import("./junit-3727O3Y3.js")).junitWriter,
  gitlab: async () => (await import("./gitlab-DCLE4X2G.js")).gitlabWriter
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
