import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
} from "./chunk-Q4IXFJJG.js";
import "./chunk-ZRJGZZBY.js";
import "./chunk-AX3GMU75.js";
import "./chunk-LLXENIQX.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
};
