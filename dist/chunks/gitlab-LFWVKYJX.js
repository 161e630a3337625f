import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
} from "./chunk-ZK4RW2AE.js";
import "./chunk-NYBYA7QI.js";
import "./chunk-RKV3SCOZ.js";
import "./chunk-VKDSCHDX.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  gitlabWriter,
  toCodeQuality
};
