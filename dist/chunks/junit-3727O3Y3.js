import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit,
  junitWriter
} from "./chunk-GRJQIYJL.js";
import "./chunk-3FP5UPKH.js";
import "./chunk-7EGHMIMM.js";
import "./chunk-AWE7TIHC.js";
import "./chunk-W3537A7T.js";
export {
  formatJunit,
  junitWriter
};
