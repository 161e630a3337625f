import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { ConfigError, findConfigFile, type Config } from '../config/config.js';
import { PluginError } from '../config/plugins.js';
import { loadConfig } from '../run/configure.js';
import { BaselineError } from '../suppress/baseline.js';
import type { JsonPath } from '../types/finding.js';
import { rangeOf } from '../yaml/locate.js';
import { parseFile } from '../yaml/parse.js';
import { SourceFile } from '../yaml/source-file.js';
import { SOURCE, toLspRange } from './convert.js';

/** The configuration a document is linted with, as the CLI would find it for that file. */
export interface DocumentConfig {
  /** The config file in force (the nearest `.daemonlint.yaml`), if any. */
  file?: string;
  /** Undefined when the config file is broken: the document is not linted (the CLI would exit 2). */
  config?: Config;
  /** The directory relative paths are shown from: the workspace folder, else the config's. */
  cwd: string;
}

/** Something wrong with a config file, shown as one diagnostic on it. */
export interface ConfigProblem {
  key: string;
  message: string;
  severity: 'error' | 'info';
}

interface Loaded {
  config?: Config;
  problem?: ConfigProblem;
}

/**
 * Config files by path, loaded once and kept until they change on disk (`forget`). A workspace
 * that is not trusted gets its configs without plugins: loading one runs its code.
 */
export class Configurations {
  private readonly loaded = new Map<string, Loaded>();
  /** Problems found while linting with a config (unknown rules, bad options, plugins, baseline). */
  private readonly lintProblems = new Map<string, ConfigProblem>();

  constructor(private trusted: boolean) {}

  setTrusted(trusted: boolean): void {
    if (trusted === this.trusted) return;
    this.trusted = trusted;
    this.forget();
  }

  /** Forgets one config file (or all), so that it is read again. */
  forget(file?: string): void {
    if (file === undefined) {
      this.loaded.clear();
      this.lintProblems.clear();
    } else {
      this.loaded.delete(file);
      this.lintProblems.delete(file);
    }
  }

  forDocument(file: string, workspaceFolder: string | undefined): DocumentConfig {
    const configFile = findConfigFile(path.dirname(file));
    const cwd = workspaceFolder ?? (configFile ? path.dirname(configFile) : path.dirname(file));
    if (configFile === undefined) return { config: loadConfig(false, cwd), cwd };
    let loaded = this.loaded.get(configFile);
    if (loaded === undefined) {
      loaded = this.load(configFile, cwd);
      this.loaded.set(configFile, loaded);
    }
    return { file: configFile, config: loaded.problem?.severity === 'error' ? undefined : loaded.config, cwd };
  }

  private load(file: string, cwd: string): Loaded {
    let config: Config;
    try {
      config = loadConfig(file, cwd);
    } catch (error) {
      return { problem: problemOf(error) };
    }
    if (this.trusted || config.plugins.length === 0) return { config };
    // Plugin rules are named <plugin>/<id>: their settings go with the plugins.
    const rules = Object.fromEntries(Object.entries(config.rules).filter(([id]) => !id.includes('/')));
    return {
      config: { ...config, plugins: [], rules },
      problem: {
        key: 'plugins',
        severity: 'info',
        message: `plugins are not loaded: the workspace is not trusted (set "daemonlint.trusted": true to run their code); their rules are left out`,
      },
    };
  }

  /** Records (or clears, with undefined) a problem that linting with this config file met. */
  setLintProblem(file: string, problem: ConfigProblem | undefined): boolean {
    const before = this.lintProblems.get(file);
    if (problem === undefined) this.lintProblems.delete(file);
    else this.lintProblems.set(file, problem);
    return before?.message !== problem?.message || before?.key !== problem?.key;
  }

  /** The diagnostics of a config file: its load problem, else the problem linting with it met. */
  diagnosticsOf(file: string): Diagnostic[] {
    const loaded = this.loaded.get(file);
    const problems = [loaded?.problem?.severity === 'error' ? loaded.problem : this.lintProblems.get(file) ?? loaded?.problem].filter((p) => p !== undefined);
    return problems.map((p) => configDiagnostic(file, p));
  }

  /** Every config file with something to say, or that had (so its diagnostics can be cleared). */
  files(): string[] {
    return [...new Set([...this.loaded.keys(), ...this.lintProblems.keys()])];
  }
}

/** A configuration error as a problem, or undefined for errors that are not about the configuration. */
export function problemOf(error: unknown): ConfigProblem {
  if (error instanceof ConfigError) {
    const prefix = `${error.file}: ${error.key}: `;
    return { key: error.key, message: error.message.startsWith(prefix) ? `${error.key}: ${error.message.slice(prefix.length)}` : error.message, severity: 'error' };
  }
  if (error instanceof PluginError) return { key: 'plugins', message: error.message, severity: 'error' };
  if (error instanceof BaselineError) return { key: 'baseline', message: error.message, severity: 'error' };
  return { key: '(file)', message: error instanceof Error ? error.message : String(error), severity: 'error' };
}

export function isConfigurationError(error: unknown): boolean {
  return error instanceof ConfigError || error instanceof PluginError || error instanceof BaselineError;
}

/** The problem at its key in the config file (`rules.probes`, `exclude[0].reason`), or at the top. */
function configDiagnostic(file: string, problem: ConfigProblem): Diagnostic {
  let range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  try {
    const source = new SourceFile(file, readFileSync(file, 'utf8'));
    const document = parseFile(source).documents[0];
    if (document?.root) range = toLspRange(rangeOf(source, document.root, keyPath(problem.key), 'key', document.start), source.hadBom);
  } catch {
    // unreadable now: the top of the file
  }
  return { range, severity: problem.severity === 'error' ? 1 : 3, source: SOURCE, message: problem.message };
}

function keyPath(key: string): JsonPath {
  if (key.startsWith('(')) return [];
  const out: (string | number)[] = [];
  for (const part of key.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1] !== '') out.push(m[1]);
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}
