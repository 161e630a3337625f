import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit,
  junitWriter
} from "./chunk-4SAMUAWZ.js";
import "./chunk-HG4NSVYZ.js";
import "./chunk-XZ4C5TOT.js";
import "./chunk-K4PH63GC.js";
import "./chunk-W3537A7T.js";
export {
  formatJunit,
  junitWriter
};
