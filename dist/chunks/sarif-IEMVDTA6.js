import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  sarifWriter,
  toSarif
} from "./chunk-5OVQDPIC.js";
import "./chunk-M4ELB4HJ.js";
import "./chunk-LLXENIQX.js";
import "./chunk-IEBSLDYH.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  sarifWriter,
  toSarif
};
