// The GitHub Action as the runner starts it: `node dist/action.js` with its inputs in INPUT_<NAME>
// variables (action.yml's defaults filled in, as the runner does), GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY pointing at files, the workspace as working directory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const actionJs = path.join(root, 'dist', 'action.js');

export interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, unknown>;
}
export const actionYml = load(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml;

export function requireBuiltAction(): void {
  if (!existsSync(actionJs)) throw new Error('dist/action.js is missing: run `npm run build` first');
}

/** A fresh checkout: `dir` holding these files (contents as text or bytes). */
export function writeWorkspace(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The variable the runner sets for an input: `INPUT_` + the name upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT as written. */
  outputFile: string;
  summary: string;
  /** `::error ...::` and `::warning ...::` lines. */
  annotations: string[];
}

export function runAction(ws: string, inputs: Record<string, string> = {}, options: { defaults?: boolean } = {}): ActionRun {
  const outputFile = path.join(ws, '..', `${path.basename(ws)}.output`);
  const summaryFile = path.join(ws, '..', `${path.basename(ws)}.summary`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // Nothing from the test's own environment: under GitHub Actions it has GITHUB_OUTPUT and INPUT_ variables of its own.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_WORKSPACE: ws, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile };
  if (options.defaults !== false) {
    for (const [name, input] of Object.entries(actionYml.inputs)) env[inputVariable(name)] = input.default ?? '';
  }
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  const r = spawnSync(process.execPath, [actionJs], { cwd: ws, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const outputText = readFileSync(outputFile, 'utf8');
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(outputText),
    outputFile: outputText,
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: r.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l)),
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}
