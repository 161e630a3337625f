import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  toSarif
} from "./chunk-BFLOARTF.js";
import "./chunk-DFS6T7VA.js";
import "./chunk-LLXENIQX.js";
import "./chunk-V5IACQHZ.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  toSarif
};
