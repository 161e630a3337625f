import type { Formatter } from '../types/finding.js';
import { isFormatterName, type FormatterName } from './formats.js';
import { formatCoverage } from './coverage.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export { formatterNames, isFormatterName, type FormatterName } from './formats.js';

/** Every formatter, loaded eagerly for library users (the CLI imports only the one it needs, through formats.ts). */
export const formatters: Record<FormatterName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  gitlab: formatGitlab,
  coverage: formatCoverage,
};

/** The formatter called `name`, or undefined for an unknown name (a usage error for the CLI to report). */
export function getFormatter(name: string): Formatter | undefined {
  return isFormatterName(name) ? formatters[name] : undefined;
}
