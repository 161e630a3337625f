import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
} from "./chunk-JQ5XNTBM.js";
import "./chunk-LQIORFFS.js";
import "./chunk-JM3ZYCEL.js";
import "./chunk-NJOY4II4.js";
import "./chunk-W3537A7T.js";
export {
  codeQualitySeverity,
  formatGitlab,
  toCodeQuality
};
