import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  inclusiveEnd,
  objectLabel
} from "./chunk-S7HBLIDI.js";
import "./chunk-LJMWVT2U.js";
import "./chunk-XWPH6VHD.js";
import "./chunk-PBUJXICT.js";
export {
  formatGithub,
  inclusiveEnd,
  objectLabel
};
