import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  coverageMarkdown,
  coverageWriter,
  formatCoverage
} from "./chunk-HJ5YMKH5.js";
import "./chunk-VAL5KFXQ.js";
import "./chunk-K4PH63GC.js";
import "./chunk-W3537A7T.js";
export {
  coverageMarkdown,
  coverageWriter,
  formatCoverage
};
