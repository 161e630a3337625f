import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
} from "./chunk-AC33PE2S.js";
import "./chunk-M4ELB4HJ.js";
import "./chunk-IEBSLDYH.js";
import "./chunk-W3537A7T.js";
export {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
};
