import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
} from "./chunk-F7VYSLK7.js";
import "./chunk-AE7VFAKT.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
};
