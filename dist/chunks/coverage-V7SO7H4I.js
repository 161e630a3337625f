import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  coverageMarkdown,
  formatCoverage
} from "./chunk-LCNFZ7JR.js";
import "./chunk-VAL5KFXQ.js";
import "./chunk-BMUJQPWX.js";
import "./chunk-W3537A7T.js";
export {
  coverageMarkdown,
  formatCoverage
};
