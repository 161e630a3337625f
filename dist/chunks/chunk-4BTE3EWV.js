import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  inclusiveEnd
} from "./chunk-HG4NSVYZ.js";
import {
  fingerprints,
  relativePath
} from "./chunk-XZ4C5TOT.js";
import {
  PIECE,
  formatWhole,
  isSuppressed,
  safeJsonText
} from "./chunk-K4PH63GC.js";

// src/report/gitlab.ts
function toCodeQuality(result) {
  return issuesOf(result.findings, result, new Map(result.rules.map((r) => [r.id, r])));
}
function issuesOf(findings, result, rules) {
  const fingerprintOf = fingerprints(findings, result.cwd);
  const issues = [];
  findings.forEach((f, i) => {
    if (isSuppressed(f)) return;
    issues.push({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprintOf[i],
      severity: codeQualitySeverity(f, rules.get(f.ruleId)),
      location: {
        path: f.file === "<stdin>" ? f.file : relativePath(f.file, result.cwd) ?? f.file,
        lines: { begin: f.range.start.line, end: inclusiveEnd(f.range).line }
      }
    });
  });
  return issues;
}
function formatGitlab(result, options = { color: false }) {
  return formatWhole(gitlabWriter, result, options);
}
var gitlabWriter = (run) => {
  const rules = new Map(run.rules.map((r) => [r.id, r]));
  let written = 0;
  return {
    order: "path",
    file(_file, findings, _objects, write) {
      const issues = issuesOf(findings, run, rules);
      for (let start = 0; start < issues.length; start += PIECE) {
        const text = JSON.stringify(issues.slice(start, start + PIECE), null, 2);
        if (written > 0) write(",\n");
        write(safeJsonText(text.slice(2, -2)));
        written += Math.min(PIECE, issues.length - start);
      }
    },
    ends: () => written === 0 ? { head: "[]\n", tail: "" } : { head: "[\n", tail: "\n]\n" }
  };
};
function codeQualitySeverity(f, rule) {
  if (f.severity === "info") return "info";
  if (f.severity === "warning") return "minor";
  const score = rule?.securitySeverity;
  if (score === void 0 || score < 7) return "major";
  return score >= 9 ? "blocker" : "critical";
}

export {
  toCodeQuality,
  formatGitlab,
  gitlabWriter,
  codeQualitySeverity
};
