import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
} from "./chunk-2TQ2LDHP.js";
import "./chunk-EKWQSZPO.js";
import "./chunk-TBU2MMIK.js";
import "./chunk-ETCOOYX4.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
};
