import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  formatJsonPath
} from "./chunk-K4PH63GC.js";

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
import path from "node:path";
var STDIN = "<stdin>";
function fingerprints(findings, cwd) {
  const seen = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    let file = names.get(f.file);
    if (file === void 0) {
      file = f.file === STDIN ? STDIN : relativeUriPath(f.file, cwd) ?? f.file;
      names.set(f.file, file);
    }
    const key = fingerprintKey(f, file);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${hash(key)}:${occurrence}`;
  });
}
function fingerprintKey(f, file) {
  return JSON.stringify([
    f.ruleId,
    file,
    f.object?.kind ?? "",
    f.object?.namespace ?? "",
    f.object?.name ?? "",
    formatJsonPath(f.path),
    f.messageId ?? f.message
  ]);
}
var hashOnce;
function hash(text) {
  if (hashOnce === void 0) {
    const getBuiltin = process.getBuiltinModule;
    const found = getBuiltin?.("node:crypto")?.hash;
    hashOnce = typeof found === "function" ? found : null;
  }
  const digest = hashOnce !== null ? hashOnce("sha256", text, "hex") : createHash("sha256").update(text).digest("hex");
  return digest.slice(0, 32);
}
function relativeUriPath(file, cwd) {
  const relative = relativePath(file, cwd);
  if (relative === void 0) return void 0;
  return relative.split("/").map(encodeURIComponent).join("/");
}
function relativePath(file, cwd) {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : path.normalize(file);
  if (path.isAbsolute(relative)) return void 0;
  return relative.split(path.sep === "\\" ? /[\\/]/ : "/").join("/");
}

export {
  fingerprints,
  relativeUriPath,
  relativePath
};
