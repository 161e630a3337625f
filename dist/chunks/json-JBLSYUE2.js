import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  countFindings,
  fixSafetyOf,
  formatJson,
  formatJsonPath,
  isSuppressed,
  objectRef,
  toJsonReport
} from "./chunk-NJOY4II4.js";
import "./chunk-W3537A7T.js";
export {
  countFindings,
  fixSafetyOf,
  formatJson,
  formatJsonPath,
  isSuppressed,
  objectRef,
  toJsonReport
};
