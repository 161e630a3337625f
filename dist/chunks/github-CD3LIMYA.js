import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
} from "./chunk-EKWQSZPO.js";
import "./chunk-TBU2MMIK.js";
import "./chunk-ETCOOYX4.js";
import "./chunk-W3537A7T.js";
export {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
};
