import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
} from "./chunk-YZKCSAXK.js";
import "./chunk-Z6MU4AU2.js";
import "./chunk-WS4WHVOX.js";
import "./chunk-LLXENIQX.js";
import "./chunk-PBUJXICT.js";
export {
  FINGERPRINT_KEY,
  formatSarif,
  toSarif
};
