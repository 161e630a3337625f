import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  inclusiveEnd,
  objectLabel
} from "./chunk-LQIORFFS.js";
import "./chunk-JM3ZYCEL.js";
import "./chunk-NJOY4II4.js";
import "./chunk-W3537A7T.js";
export {
  formatGithub,
  inclusiveEnd,
  objectLabel
};
