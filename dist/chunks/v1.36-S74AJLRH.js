import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import "./chunk-W3537A7T.js";

// piece:v1.36.validate
import { createRequire } from "node:module";
var piece = createRequire(import.meta.url)("./v1.36.validate.cjs");
var v1_36_default = piece.default;
var { validate } = piece;
export {
  v1_36_default as default,
  validate
};
