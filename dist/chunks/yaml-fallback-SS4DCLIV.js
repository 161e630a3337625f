import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import "./chunk-W3537A7T.js";

// piece:yaml-fallback
import { createRequire } from "node:module";
var piece = createRequire(import.meta.url)("./yaml-fallback.cjs");
var { FallbackSyntaxError, parseChunkLeniently } = piece;
export {
  FallbackSyntaxError,
  parseChunkLeniently
};
