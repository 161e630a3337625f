import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
} from "./chunk-QITN3Q3R.js";
import "./chunk-IUD7RKBK.js";
import "./chunk-R7SX3WPS.js";
import "./chunk-LLXENIQX.js";
import "./chunk-PBUJXICT.js";
export {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
};
