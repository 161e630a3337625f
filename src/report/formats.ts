import type { FileWriterFactory, Formatter } from '../types/finding.js';

/** Formats `--format` accepts. New ones are added here (and to `formatters` in index.ts, which the type enforces). */
export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'gitlab' | 'coverage';

/**
 * Each formatter, imported only when a run writes its format: a run needs one, and some are
 * costly to load (stylish's colours probe the terminal, others load a hash function). In the
 * order `--help` and error messages list them, the default first.
 */
export const formatterLoaders: Record<FormatterName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
  coverage: async () => (await import('./coverage.js')).formatCoverage,
};

/** Each format's file writer, for reports written file by file as a large run hands over its files (the CLI's). */
export const writerLoaders: Record<FormatterName, () => Promise<FileWriterFactory>> = {
  stylish: async () => (await import('./stylish.js')).stylishWriter,
  json: async () => (await import('./json.js')).jsonWriter,
  sarif: async () => (await import('./sarif.js')).sarifWriter,
  github: async () => (await import('./github.js')).githubWriter,
  junit: async () => (await import('./junit.js')).junitWriter,
  gitlab: async () => (await import('./gitlab.js')).gitlabWriter,
  coverage: async () => (await import('./coverage.js')).coverageWriter,
};

export const formatterNames = Object.keys(formatterLoaders) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(formatterLoaders, name);
}

/** The formats that show fixes (stylish counts the fixable, SARIF carries the edits); runs in the others skip computing them. */
export const formatsWithFixes: ReadonlySet<FormatterName> = new Set(['stylish', 'sarif']);
