import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
} from "./chunk-NYBYA7QI.js";
import "./chunk-RKV3SCOZ.js";
import "./chunk-VKDSCHDX.js";
import "./chunk-W3537A7T.js";
export {
  formatGithub,
  githubWriter,
  inclusiveEnd,
  objectLabel
};
