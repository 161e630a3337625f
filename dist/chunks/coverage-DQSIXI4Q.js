import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  coverageMarkdown,
  coverageWriter,
  formatCoverage
} from "./chunk-WALVI7AC.js";
import "./chunk-VAL5KFXQ.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  coverageMarkdown,
  coverageWriter,
  formatCoverage
};
