import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  countFindings,
  fixSafetyOf,
  formatJson,
  formatJsonPath,
  fromJsonFinding,
  isSuppressed,
  objectRef,
  parseJsonPath,
  toJsonReport
} from "./chunk-V5IACQHZ.js";
import "./chunk-W3537A7T.js";
export {
  countFindings,
  fixSafetyOf,
  formatJson,
  formatJsonPath,
  fromJsonFinding,
  isSuppressed,
  objectRef,
  parseJsonPath,
  toJsonReport
};
