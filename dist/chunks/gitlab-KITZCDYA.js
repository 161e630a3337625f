import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
} from "./chunk-A7SYRMFM.js";
import "./chunk-C7ODQVAV.js";
import "./chunk-DFS6T7VA.js";
import "./chunk-V5IACQHZ.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
};
