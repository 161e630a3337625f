import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  coverageMarkdown,
  coverageWriter,
  formatCoverage
} from "./chunk-SSMWEL5U.js";
import "./chunk-VAL5KFXQ.js";
import "./chunk-IEBSLDYH.js";
import "./chunk-W3537A7T.js";
export {
  coverageMarkdown,
  coverageWriter,
  formatCoverage
};
