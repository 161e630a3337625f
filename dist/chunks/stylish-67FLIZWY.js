import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatStylish
} from "./chunk-YMHUBPYL.js";
import "./chunk-NJOY4II4.js";
import "./chunk-W3537A7T.js";
export {
  formatStylish
};
