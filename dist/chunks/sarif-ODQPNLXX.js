import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
} from "./chunk-BV5JSY5B.js";
import "./chunk-LJMWVT2U.js";
import "./chunk-XWPH6VHD.js";
import "./chunk-LLXENIQX.js";
import "./chunk-PBUJXICT.js";
export {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
};
