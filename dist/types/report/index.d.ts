import type { Formatter } from '../types/finding.js';
import { type FormatterName } from './formats.js';
export { formatterNames, isFormatterName, type FormatterName } from './formats.js';
/** Every formatter, loaded eagerly for library users (the CLI imports only the one it needs, through formats.ts). */
export declare const formatters: Record<FormatterName, Formatter>;
/** The formatter called `name`, or undefined for an unknown name (a usage error for the CLI to report). */
export declare function getFormatter(name: string): Formatter | undefined;
