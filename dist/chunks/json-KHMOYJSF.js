import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  countFindings,
  formatJson,
  formatJsonPath,
  isSuppressed,
  objectRef,
  toJsonReport
} from "./chunk-R7SX3WPS.js";
import "./chunk-PBUJXICT.js";
export {
  countFindings,
  formatJson,
  formatJsonPath,
  isSuppressed,
  objectRef,
  toJsonReport
};
