import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-IFEAOVCT.js";
import "./chunk-V5IACQHZ.js";
import "./chunk-W3537A7T.js";
export {
  formatStylish
};
