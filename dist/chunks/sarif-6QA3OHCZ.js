import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  logEnds,
  resultsText,
  sarifText,
  sarifWriter,
  toSarif
} from "./chunk-ZOUGXTBT.js";
import "./chunk-AE7VFAKT.js";
import "./chunk-LLXENIQX.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  logEnds,
  resultsText,
  sarifText,
  sarifWriter,
  toSarif
};
