import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-OD2KJCB3.js";
import "./chunk-XWPH6VHD.js";
import "./chunk-PBUJXICT.js";
export {
  formatStylish
};
