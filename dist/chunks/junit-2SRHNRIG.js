import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit
} from "./chunk-CVH22JN6.js";
import "./chunk-S7HBLIDI.js";
import "./chunk-LJMWVT2U.js";
import "./chunk-XWPH6VHD.js";
import "./chunk-PBUJXICT.js";
export {
  formatJunit
};
