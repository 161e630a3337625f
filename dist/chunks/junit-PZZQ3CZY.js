import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit,
  junitWriter
} from "./chunk-5XPMCKPS.js";
import "./chunk-NYBYA7QI.js";
import "./chunk-RKV3SCOZ.js";
import "./chunk-VKDSCHDX.js";
import "./chunk-W3537A7T.js";
export {
  formatJunit,
  junitWriter
};
