import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  logEnds,
  renderedAt,
  sarifText,
  sarifWriter,
  toSarif,
  writeResults
} from "./chunk-MGVSSHWK.js";
import "./chunk-53VAL3JM.js";
import "./chunk-LLXENIQX.js";
import "./chunk-K4PH63GC.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  logEnds,
  renderedAt,
  sarifText,
  sarifWriter,
  toSarif,
  writeResults
};
