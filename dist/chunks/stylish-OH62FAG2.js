import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-EJR4TGEB.js";
import "./chunk-AX3GMU75.js";
import "./chunk-PBUJXICT.js";
export {
  formatStylish
};
