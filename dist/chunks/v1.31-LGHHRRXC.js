import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import "./chunk-W3537A7T.js";

// piece:v1.31.validate
import { createRequire } from "node:module";
var piece = createRequire(import.meta.url)("./v1.31.validate.cjs");
var v1_31_default = piece.default;
var { validate } = piece;
export {
  v1_31_default as default,
  validate
};
