import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJunit,
  junitWriter
} from "./chunk-EEAGRPWN.js";
import "./chunk-HG7VHAV3.js";
import "./chunk-B4AXPI3G.js";
import "./chunk-T6BLVOEI.js";
import "./chunk-W3537A7T.js";
export {
  formatJunit,
  junitWriter
};
