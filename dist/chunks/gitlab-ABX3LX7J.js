import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
} from "./chunk-PXSWRHXZ.js";
import "./chunk-F7VYSLK7.js";
import "./chunk-AE7VFAKT.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
};
