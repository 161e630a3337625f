import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
} from "./chunk-TOZMNQJE.js";
import "./chunk-JM3ZYCEL.js";
import "./chunk-NJOY4II4.js";
import "./chunk-LLXENIQX.js";
import "./chunk-W3537A7T.js";
export {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
};
