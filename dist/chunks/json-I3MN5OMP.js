import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  addCounts,
  countFindings,
  fixSafetyOf,
  formatJson,
  formatJsonPath,
  fromJsonFinding,
  isSuppressed,
  jsonWriter,
  objectRef,
  parseJsonPath,
  toJsonReport
} from "./chunk-K4PH63GC.js";
import "./chunk-W3537A7T.js";
export {
  addCounts,
  countFindings,
  fixSafetyOf,
  formatJson,
  formatJsonPath,
  fromJsonFinding,
  isSuppressed,
  jsonWriter,
  objectRef,
  parseJsonPath,
  toJsonReport
};
