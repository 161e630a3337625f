import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish,
  stylishWriter
} from "./chunk-D4KA2REC.js";
import "./chunk-VAL5KFXQ.js";
import "./chunk-K4PH63GC.js";
import "./chunk-W3537A7T.js";
export {
  formatStylish,
  stylishWriter
};
