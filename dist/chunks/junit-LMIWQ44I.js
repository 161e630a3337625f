import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit
} from "./chunk-UKYLMTZJ.js";
import "./chunk-77XRU7TB.js";
import "./chunk-IUD7RKBK.js";
import "./chunk-R7SX3WPS.js";
import "./chunk-PBUJXICT.js";
export {
  formatJunit
};
