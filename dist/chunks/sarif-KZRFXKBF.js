import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  sarifWriter,
  toSarif
} from "./chunk-L7PAT3HU.js";
import "./chunk-RKV3SCOZ.js";
import "./chunk-LLXENIQX.js";
import "./chunk-VKDSCHDX.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  artifactLocation,
  formatSarif,
  sarifText,
  sarifWriter,
  toSarif
};
