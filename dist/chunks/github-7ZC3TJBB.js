import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  inclusiveEnd,
  objectLabel
} from "./chunk-77XRU7TB.js";
import "./chunk-IUD7RKBK.js";
import "./chunk-R7SX3WPS.js";
import "./chunk-PBUJXICT.js";
export {
  formatGithub,
  inclusiveEnd,
  objectLabel
};
