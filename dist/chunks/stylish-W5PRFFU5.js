import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-5AR2BLNC.js";
import "./chunk-WS4WHVOX.js";
import "./chunk-PBUJXICT.js";
export {
  formatStylish
};
