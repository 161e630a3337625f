import { createRequire as __daemonlintCreateRequire } from 'node:module'; const require = __daemonlintCreateRequire(import.meta.url);
import {
  require_picocolors
} from "./chunk-VAL5KFXQ.js";
import {
  addCounts,
  countFindings
} from "./chunk-K4PH63GC.js";
import {
  __toESM
} from "./chunk-W3537A7T.js";

// src/report/coverage.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function cellText(cell) {
  const missed = cell.misses - cell.notSelected;
  const parts = [
    [cell.runs, "runs"],
    [missed, "misses"],
    [cell.unfit, "unfit"],
    [cell.notSelected, "-"]
  ].filter(([n]) => n > 0);
  if (parts.length === 1) return parts[0][1];
  return parts.map(([n, word]) => `${word === "-" ? "not selected" : word} ${n}`).join(", ");
}
function formatCoverage(result, options) {
  return coverageText(result, countFindings(result.findings), options);
}
var coverageWriter = (run, options) => {
  const counts = { errors: 0, warnings: 0, info: 0, suppressed: 0 };
  return {
    order: "path",
    file(_file, findings) {
      addCounts(counts, findings);
    },
    ends: () => ({ head: "", tail: coverageText(run, counts, options) })
  };
};
function coverageText(run, counts, options) {
  const c = import_picocolors.default.createColors(options.color);
  const coverage = run.coverage;
  if (!coverage) return "No node inventory: give one with --nodes <file> (or nodes: in the config) to see where each DaemonSet runs.\n";
  const { inventory } = coverage;
  const groups = nodeGroups(coverage);
  let out = `${c.bold("Node coverage")}: ${count(coverage.daemonSets.length, "DaemonSet")} on ${count(inventory.nodes, "node")} in ${count(groups.length, "node group")} (${inventory.files.map(plain).join(", ")})

`;
  if (coverage.daemonSets.length > 0) {
    const header = ["DaemonSet", ...groups.map((g) => plain(g.name)), "fleet cpu", "fleet memory"];
    const counts2 = ["", ...groups.map((g) => count(g.nodes, "node")), "", ""];
    const rows = coverage.daemonSets.map((d) => [objectName(d), ...groupCells(d, groups).map(cellText), d.fleetRequests.cpu, d.fleetRequests.memory]);
    out += table(header, counts2, rows, c) + "\n";
    out += c.dim("runs: gets a pod that fits \xB7 misses: selected, but a taint keeps the pod off \xB7 unfit: the pod stays Pending \xB7 -: not selected") + "\n";
    out += c.dim("fleet cpu, memory: requests summed over the nodes the DaemonSet runs on") + "\n";
    const reasons = reasonLines(coverage, c);
    if (reasons) out += `
${reasons}`;
  }
  const problems = counts.errors + counts.warnings;
  out += `
${problems === 0 ? c.green("\u2714 no problems") : c.red(`\u2716 ${count(problems, "problem")} (${count(counts.errors, "error")}, ${count(counts.warnings, "warning")})`)}; --format stylish lists the findings
`;
  return out;
}
function table(header, subheader, rows, c) {
  const widths = header.map((h, i) => Math.max(h.length, subheader[i].length, ...rows.map((r) => r[i].length)));
  const fleet = header.length - 2;
  const line = (cells, paint) => cells.map((cell, i) => paint(i >= fleet ? cell.padStart(widths[i]) : cell.padEnd(widths[i]), i)).join("  ").trimEnd();
  const paintState = (text, i) => {
    if (i === 0 || i >= fleet) return text;
    const word = text.trim();
    if (word === "runs") return c.green(text);
    if (word === "-") return c.dim(text);
    return word.includes("unfit") ? c.red(text) : c.yellow(text);
  };
  return [line(header, (t) => c.bold(t)), line(subheader, (t) => c.dim(t)), ...rows.map((r) => line(r, paintState))].join("\n");
}
function reasonLines(coverage, c) {
  const groupOf = groupByPool(coverage);
  let out = "";
  for (const d of coverage.daemonSets) {
    const missed = d.nodes.missed.filter((o) => o.cause !== "selection");
    const lines = [...grouped(missed, "misses", groupOf, c), ...grouped(d.nodes.unfit, "unfit", groupOf, c)];
    if (lines.length > 0) out += `${c.underline(objectName(d))}
${lines.join("\n")}
`;
  }
  return out;
}
function grouped(outcomes, state, groupOf, c) {
  const label = state === "misses" ? c.yellow("misses") : c.red("unfit ");
  return groupOutcomes(outcomes, groupOf).map(({ group, reason, nodes }) => `  ${label} ${plain(group)} (${nodeList(nodes)}): ${plain(reason)}`);
}
function groupOutcomes(outcomes, groupOf) {
  const groups = /* @__PURE__ */ new Map();
  let last;
  let lastEntry;
  for (const o of outcomes) {
    if (lastEntry && o.pool === last.pool && o.reason === last.reason) {
      lastEntry.nodes.push(o.node);
      continue;
    }
    const group = groupOf.get(o.pool) ?? o.pool;
    const key = `${group}\0${o.reason}`;
    let entry = groups.get(key);
    if (entry) entry.nodes.push(o.node);
    else groups.set(key, entry = { group, reason: o.reason, nodes: [o.node] });
    last = o;
    lastEntry = entry;
  }
  return [...groups.values()];
}
function nodeGroups(coverage) {
  const groups = /* @__PURE__ */ new Map();
  coverage.inventory.pools.forEach((pool, i) => {
    let group = groups.get(pool.group);
    if (!group) groups.set(pool.group, group = { name: pool.group, nodes: 0, pools: [] });
    group.nodes += pool.nodes;
    group.pools.push(i);
  });
  return [...groups.values()];
}
function groupByPool(coverage) {
  return new Map(coverage.inventory.pools.map((p) => [p.name, p.group]));
}
function groupCells(d, groups) {
  return groups.map((g) => {
    const cell = { runs: 0, misses: 0, notSelected: 0, unfit: 0 };
    for (const i of g.pools) {
      const p = d.pools[i];
      cell.runs += p.runs;
      cell.misses += p.misses;
      cell.notSelected += p.notSelected;
      cell.unfit += p.unfit;
    }
    return cell;
  });
}
function nodeList(nodes) {
  if (nodes.length > 3) return count(nodes.length, "node");
  return nodes.map(plain).join(", ");
}
function objectName(d) {
  const { namespace, name } = d.object;
  return plain(`${namespace ? `${namespace}/` : ""}${name ?? "<unnamed>"}`);
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
function plain(text) {
  return text.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function coverageMarkdown(coverage) {
  const { inventory } = coverage;
  const groups = nodeGroups(coverage);
  const groupOf = groupByPool(coverage);
  let out = `### Node coverage

${count(coverage.daemonSets.length, "DaemonSet")} on ${count(inventory.nodes, "node")} in ${count(groups.length, "node group")} (${inventory.files.map(markdown).join(", ")}).

`;
  if (coverage.daemonSets.length === 0) return out;
  out += `| DaemonSet | ${groups.map((g) => `${markdown(g.name)} (${count(g.nodes, "node")})`).join(" | ")} | fleet cpu | fleet memory |
`;
  out += `|---|${groups.map(() => "---|").join("")}---:|---:|
`;
  for (const d of coverage.daemonSets) {
    out += `| ${markdown(objectName(d))} | ${groupCells(d, groups).map((cell) => markdown(cellText(cell))).join(" | ")} | ${d.fleetRequests.cpu} | ${d.fleetRequests.memory} |
`;
  }
  out += "\nruns: gets a pod that fits \xB7 misses: selected, but a taint keeps the pod off \xB7 unfit: the pod stays Pending \xB7 -: not selected. Fleet cpu, memory: requests summed over the nodes the DaemonSet runs on.\n";
  const lines = [];
  for (const d of coverage.daemonSets) {
    for (const [outcomes, state] of [
      [d.nodes.missed.filter((o) => o.cause !== "selection"), "misses"],
      [d.nodes.unfit, "does not fit on"]
    ]) {
      for (const g of groupOutcomes(outcomes, groupOf)) lines.push(`- **${markdown(objectName(d))}** ${state} ${markdown(g.group)} (${markdown(nodeList(g.nodes))}): ${markdown(g.reason)}`);
    }
  }
  if (lines.length > MAX_SUMMARY_REASONS) lines.splice(MAX_SUMMARY_REASONS, lines.length, `- \u2026 and ${lines.length - MAX_SUMMARY_REASONS} more (the JSON report has them all)`);
  if (lines.length > 0) out += `
${lines.join("\n")}
`;
  return out;
}
var MAX_SUMMARY_REASONS = 200;
function markdown(text) {
  return plain(text).replace(/[\\|`*_[\]<>&]/g, (ch) => `\\${ch}`).replace(/[\r\n]+/g, " ");
}

export {
  formatCoverage,
  coverageWriter,
  coverageMarkdown
};
