import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Runs Microsoft's SARIF validator (`Sarif.Multitool validate --rule-kind "Ghas;Sarif"`, GitHub's
 * ingestion rules plus the SARIF spec's) over a log and returns what it reported.
 */
const require = createRequire(import.meta.url);

export function multitoolPath(): string {
  // The wrapper package resolves to the binary of this platform's optional dependency.
  return require('@microsoft/sarif-multitool') as string;
}

export interface ValidatorResult {
  ruleId: string;
  level?: string;
  ruleIndex?: number;
  message: { id?: string; text?: string; arguments?: string[] };
  locations?: { physicalLocation?: { region?: { startLine?: number; startColumn?: number } } }[];
}

interface ValidatorLog {
  runs: { tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } }; results?: ValidatorResult[] }[];
}

/**
 * Notes the validator raises that this format deliberately does not act on, each with the reason.
 * A note not listed here, and any warning or error, fails the test.
 */
const JUSTIFIED_NOTES: Record<string, string> = {
  // "Use message id and arguments instead of text": GitHub requires message.text (its GH rules reject results without it).
  SARIF2002: 'Note_Default',
  // "Provide versionControlProvenance": a formatter knows no commit; GitHub's upload records the commit itself.
  SARIF2003: 'Note_Default',
  // "URI not reachable": the check needs the network, which tests must not; the help pages are reachable once published.
  SARIF2006: 'Note_Default',
  // "Use rule ids like CS2001": daemonlint's ids are descriptive by design (they are what users type in config).
  SARIF2009: 'Note_UseConventionalRuleIds',
  // "Provide a snippet / context region / embedded file content": formatters get no source text, manifests can hold
  // secrets in env values, and GitHub shows the code from the repository anyway.
  SARIF2010: 'Note_Default',
  SARIF2011: 'Note_Default',
  SARIF2013: 'Note_Default',
  // "Provide a friendly name": one-word ids (privileged, probes) have no PascalCase name that differs from the id, and a
  // name equal to the id is a SARIF1001 warning.
  SARIF2012: 'Note_ProvideFriendlyName',
};

const workDir = mkdtempSync(path.join(tmpdir(), 'daemonlint-sarif-'));

let runs = 0;
export function runValidator(sarifText: string): ValidatorResult[] {
  const bin = multitoolPath();
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    // npm 11 skips the package's postinstall, which is what makes the binary executable.
    chmodSync(bin, 0o755);
  }
  const n = ++runs;
  const input = path.join(workDir, `input-${n}.sarif`);
  const output = path.join(workDir, `validation-${n}.sarif`);
  writeFileSync(input, sarifText);
  const args = ['validate', '--rule-kind', 'Ghas;Sarif', '--level', 'Error;Warning;Note', '--output', output, '--log', 'ForceOverwrite;PrettyPrint', input];
  // Invariant globalization spares CI images without libicu a .NET start-up failure; validation does not depend on culture.
  const run = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, timeout: 120_000 });
  if (run.status !== 0) throw new Error(`Sarif.Multitool ${args.join(' ')} exited ${run.status}:\n${run.stdout}\n${run.stderr}\n${run.error ?? ''}`);
  const log = JSON.parse(readFileSync(output, 'utf8').replace(/^\uFEFF/, '')) as ValidatorLog;
  const results = log.runs[0].results ?? [];
  const rules = log.runs[0].tool.driver.rules ?? [];
  for (const r of results) {
    // The validator's log carries message ids and arguments; render them so a failure reads like the console output.
    const template = r.ruleIndex !== undefined && r.message.id ? rules[r.ruleIndex]?.messageStrings?.[r.message.id]?.text : undefined;
    if (template && r.message.text === undefined) r.message.text = template.replace(/\{(\d+)\}/g, (_, i: string) => r.message.arguments?.[Number(i)] ?? '');
  }
  return results;
}

export function describeResults(results: readonly ValidatorResult[]): string {
  return results
    .map((r) => {
      const region = r.locations?.[0]?.physicalLocation?.region;
      return `${r.level ?? 'warning'} ${r.ruleId} (${r.message.id}) at ${region?.startLine}:${region?.startColumn}: ${r.message.text ?? r.message.arguments?.join(', ')}`;
    })
    .join('\n');
}

export function unjustified(results: readonly ValidatorResult[]): ValidatorResult[] {
  return results.filter((r) => r.level !== 'note' || JUSTIFIED_NOTES[r.ruleId] !== r.message.id);
}

