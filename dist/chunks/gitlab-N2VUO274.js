import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
} from "./chunk-YHXFK5EQ.js";
import "./chunk-4GA67PVR.js";
import "./chunk-DFS6T7VA.js";
import "./chunk-V5IACQHZ.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
};
