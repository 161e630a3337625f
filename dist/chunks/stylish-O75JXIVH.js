import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-ZRWWSHPL.js";
import "./chunk-R7SX3WPS.js";
import "./chunk-PBUJXICT.js";
export {
  formatStylish
};
