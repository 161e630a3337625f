import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-APPSQZIJ.js";
import "./chunk-AX3GMU75.js";
import "./chunk-W3537A7T.js";
export {
  formatStylish
};
