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
} from "./chunk-NXFFOPGD.js";
import "./chunk-XZ4C5TOT.js";
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
