import type { Formatter } from '../engine/types.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** Formats `--format` accepts. New ones are added here and nowhere else. */
export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'gitlab';

export const formatters: Record<FormatterName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
};

/** In the order `--help` and error messages list them, the default first. */
export const formatterNames = Object.keys(formatters) as FormatterName[];

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(formatters, name);
}

/** The formatter called `name`, or undefined for an unknown name (a usage error for the CLI to report). */
export function getFormatter(name: string): Formatter | undefined {
  return isFormatterName(name) ? formatters[name] : undefined;
}
