import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  inclusiveEnd
} from "./chunk-4GA67PVR.js";
import {
  fingerprints,
  relativePath
} from "./chunk-DFS6T7VA.js";
import {
  isSuppressed,
  safeJsonText
} from "./chunk-V5IACQHZ.js";

// src/report/gitlab.ts
function toCodeQuality(result) {
  const rules = new Map(result.rules.map((r) => [r.id, r]));
  const fingerprintOf = fingerprints(result.findings, result.cwd);
  const issues = [];
  result.findings.forEach((f, i) => {
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
function formatGitlab(result, _options) {
  return safeJsonText(`${JSON.stringify(toCodeQuality(result), null, 2)}
`);
}
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
  codeQualitySeverity
};
