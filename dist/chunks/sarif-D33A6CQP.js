import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  sarifWriter,
  toSarif
} from "./chunk-GLIO2YDE.js";
import "./chunk-TBU2MMIK.js";
import "./chunk-LLXENIQX.js";
import "./chunk-ETCOOYX4.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  sarifWriter,
  toSarif
};
