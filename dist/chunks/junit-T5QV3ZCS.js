import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit,
  junitWriter
} from "./chunk-FPIBO4M7.js";
import "./chunk-EKWQSZPO.js";
import "./chunk-TBU2MMIK.js";
import "./chunk-ETCOOYX4.js";
import "./chunk-W3537A7T.js";
export {
  formatJunit,
  junitWriter
};
