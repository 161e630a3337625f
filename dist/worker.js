import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  builtinRules,
  lintShare
} from "./chunks/chunk-GTJUMAUR.js";
import "./chunks/chunk-W3537A7T.js";

// src/run/speed/worker.ts
import { parentPort } from "node:worker_threads";
var rulesById = new Map(builtinRules.map((r) => [r.id, r]));
parentPort?.on("message", (task) => {
  lintShare(task, rulesById).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) })
  );
});
