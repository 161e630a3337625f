import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish,
  stylishWriter
} from "./chunk-LOP4QAWC.js";
import "./chunk-AWE7TIHC.js";
import "./chunk-W3537A7T.js";
export {
  formatStylish,
  stylishWriter
};
