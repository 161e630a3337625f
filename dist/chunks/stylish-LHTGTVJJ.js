import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish,
  stylishWriter
} from "./chunk-XZPWCAJY.js";
import "./chunk-VAL5KFXQ.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  formatStylish,
  stylishWriter
};
