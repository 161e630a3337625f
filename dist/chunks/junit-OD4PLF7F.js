import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit
} from "./chunk-KK5HAS2Y.js";
import "./chunk-MWWBD4PW.js";
import "./chunk-ZRJGZZBY.js";
import "./chunk-AX3GMU75.js";
import "./chunk-W3537A7T.js";
export {
  formatJunit
};
