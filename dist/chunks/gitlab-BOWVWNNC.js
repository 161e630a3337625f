import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
} from "./chunk-TFHIGCVA.js";
import "./chunk-AFFOD6CT.js";
import "./chunk-Z6MU4AU2.js";
import "./chunk-WS4WHVOX.js";
import "./chunk-PBUJXICT.js";
export {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
};
