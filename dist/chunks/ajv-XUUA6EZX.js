import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import "./chunk-W3537A7T.js";

// piece:ajv
import { createRequire } from "node:module";
var piece = createRequire(import.meta.url)("./ajv.cjs");
var ajv_default = piece.default;
var { Ajv, KeywordCxt, _, str, stringify, nil, Name, CodeGen, ValidationError, MissingRefError } = piece;
export {
  Ajv,
  CodeGen,
  KeywordCxt,
  MissingRefError,
  Name,
  ValidationError,
  _,
  ajv_default as default,
  nil,
  str,
  stringify
};
