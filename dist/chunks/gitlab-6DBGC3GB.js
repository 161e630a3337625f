import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
} from "./chunk-GASFH7VQ.js";
import "./chunk-AC33PE2S.js";
import "./chunk-M4ELB4HJ.js";
import "./chunk-IEBSLDYH.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
};
