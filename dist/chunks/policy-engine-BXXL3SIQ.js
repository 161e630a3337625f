import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import "./chunk-W3537A7T.js";

// piece:policy-engine
import { createRequire } from "node:module";
var piece = createRequire(import.meta.url)("./policy-engine.cjs");
var { checkPolicies } = piece;
export {
  checkPolicies
};
