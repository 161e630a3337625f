import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  logEnds,
  renderedAt,
  resultsText,
  sarifText,
  sarifWriter,
  toSarif
} from "./chunk-5ESIFK54.js";
import "./chunk-B4AXPI3G.js";
import "./chunk-LLXENIQX.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  logEnds,
  renderedAt,
  resultsText,
  sarifText,
  sarifWriter,
  toSarif
};
